"""Bad input to the contract gets a clear ``ContractError``, never a traceback, and no trace.

The invalid inputs are generated from the schemas' structure as a list of named kinds of
invalidity (``MUTATIONS``): Hypothesis draws a valid configuration, command or desktop,
then one kind, and the details it leaves open (which channel, which command, which bad
value). Every kind must end in a ``ContractError`` with a code and a message that names
the field; a command or an advance refused by a started reference desktop must leave its
snapshot exactly as it was; and where JSON can carry the value, the committed schema must
refuse it too, so an implementation in another language that checks the schema agrees.

Each kind is also run once on its own (``test_each_kind_alone``): a regression test per
measured problem (a NaN RONA limit that broke every snapshot, ``"no"`` switching Teams
sync on, capacity 1.5, an empty contact id, ``advance(nan)``, ...).
"""

from __future__ import annotations

import math
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from agentstatus.contract import (
    COMMANDS,
    CommandResult,
    ContractError,
    ImplementationInfo,
    TenantConfig,
    parse_command,
)
from agentstatus.contract.driver import InvalidAdvance, check_advance
from agentstatus.contract.schemas import load_schema
from agentstatus.contract.vocabulary import Channel
from agentstatus.harness.validation import ContractCheckingDriver
from agentstatus.reference_impl.driver import ReferenceDriver

CHANNELS = [c.value for c in Channel]
BOOLEAN_KEYS = [
    "agent_available_after_outdial",
    "teams_presence_sync",
    "dial_number_valid",
    "desktop_active",
]
NAN, INF = float("nan"), float("inf")


# ------------------------------------------------------------------- valid inputs


NAMES = st.text(alphabet=string.ascii_lowercase + "_ -åä", min_size=1, max_size=8).filter(str.strip)
SECONDS = st.one_of(
    st.integers(1, 10**6), st.floats(0.001, 1e6, allow_nan=False, allow_infinity=False)
)


@st.composite
def valid_configs(draw: st.DrawFn) -> dict[str, Any]:
    """A valid dict form: any subset of the keys, each with a value the schema allows."""
    reasons = draw(st.lists(NAMES, min_size=1, max_size=4, unique=True))
    optional = {
        "rona_timeouts": st.dictionaries(st.sampled_from(CHANNELS), SECONDS, max_size=5),
        "capacity": st.dictionaries(st.sampled_from(CHANNELS), st.integers(0, 9), max_size=5),
        "reload_restore_seconds": st.one_of(st.just(0), SECONDS),
        **{key: st.booleans() for key in BOOLEAN_KEYS},
    }
    data: dict[str, Any] = {
        "idle_reasons": reasons,
        "default_idle_reason": draw(st.sampled_from(reasons)),
    }
    for key, values in optional.items():
        if draw(st.booleans()):
            data[key] = draw(values)
    return data


CONTACTS = st.text(min_size=1, max_size=6).filter(
    lambda text: not text.isspace() and text.strip() != ""
)


@st.composite
def valid_commands(draw: st.DrawFn, names: tuple[str, ...] = tuple(COMMANDS)) -> dict[str, Any]:
    """A command from the table, with every required argument and some optional ones."""
    name = draw(st.sampled_from(names))
    data: dict[str, Any] = {"command": name}
    for arg_name, arg in COMMANDS[name].args.items():
        if not arg.required and draw(st.booleans()):
            continue
        if arg.choices:
            data[arg_name] = draw(st.sampled_from(arg.choices))
        elif arg.type is bool:
            data[arg_name] = draw(st.booleans())
        elif arg.non_blank:
            data[arg_name] = draw(CONTACTS)
        else:
            data[arg_name] = draw(NAMES)
    return data


def commands_with(predicate: Callable[[str, Any], bool]) -> tuple[str, ...]:
    return tuple(
        name
        for name, spec in COMMANDS.items()
        if any(predicate(a, s) for a, s in spec.args.items())
    )


WITH_CONTACT = commands_with(lambda name, arg: name == "contact")
WITH_REQUIRED = commands_with(lambda name, arg: arg.required)
WITH_BOOLEAN = commands_with(lambda name, arg: arg.type is bool)
WITH_STRING = commands_with(lambda name, arg: arg.type is str)
WITHOUT_ARGS = tuple(name for name, spec in COMMANDS.items() if not spec.args)


# -------------------------------------------------------------- the kinds of invalidity


@dataclass(frozen=True)
class Mutation:
    """One kind of invalidity: ``make`` turns a valid input (and Hypothesis's ``draw``)
    into an invalid one and says which word the error message must contain."""

    name: str
    target: str  # "config", "command" or "advance"
    make: Callable[[st.DrawFn, Any], tuple[Any, str]]
    #: Whether JSON can carry the value, so the committed schema must refuse it as well
    #: (NaN and infinities are not JSON; "one of idle_reasons" is beyond JSON Schema).
    json_schema_refuses: bool = True


MUTATIONS: list[Mutation] = []


def mutation(name: str, target: str, *, json_schema_refuses: bool = True) -> Callable[..., Any]:
    def register(make: Callable[[st.DrawFn, Any], tuple[Any, str]]) -> Callable[..., Any]:
        MUTATIONS.append(Mutation(name, target, make, json_schema_refuses))
        return make

    return register


def config_value(name: str, path: tuple[str, ...], value: Any, **flags: bool) -> None:
    """Register "set the configuration's ``path`` to ``value``"; ``*`` is a drawn channel
    or boolean key."""

    def make(draw: st.DrawFn, config: dict[str, Any]) -> tuple[Any, str]:
        data = dict(config)
        key = path[0]
        if key == "*bool":
            key = draw(st.sampled_from(BOOLEAN_KEYS))
        if len(path) == 1:
            data[key] = value() if callable(value) else value
            return data, key
        channel = draw(st.sampled_from(CHANNELS)) if path[1] == "*" else path[1]
        data[key] = {**data.get(key, {}), channel: value}
        return data, f"{key}.{channel}" if channel in CHANNELS else key

    MUTATIONS.append(Mutation(name, "config", make, **flags))


not_json = {"json_schema_refuses": False}
config_value("rona_timeouts.<channel> = NaN", ("rona_timeouts", "*"), NAN, **not_json)
config_value("rona_timeouts.<channel> = Infinity", ("rona_timeouts", "*"), INF, **not_json)
config_value("rona_timeouts.<channel> = -Infinity", ("rona_timeouts", "*"), -INF, **not_json)
config_value("rona_timeouts.<channel> = 0", ("rona_timeouts", "*"), 0)
config_value("rona_timeouts.<channel> = -5", ("rona_timeouts", "*"), -5)
config_value("rona_timeouts.<channel> = true", ("rona_timeouts", "*"), True)
config_value("rona_timeouts.<channel> = '18' (a string)", ("rona_timeouts", "*"), "18")
config_value("rona_timeouts.<channel> = null", ("rona_timeouts", "*"), None)
config_value("rona_timeouts.fax (unknown channel)", ("rona_timeouts", "fax"), 10)
config_value("rona_timeouts = [18] (not an object)", ("rona_timeouts",), [18])
config_value("capacity.<channel> = 1.5", ("capacity", "*"), 1.5)
config_value("capacity.<channel> = -1", ("capacity", "*"), -1)
config_value("capacity.<channel> = true", ("capacity", "*"), True)
config_value("capacity.<channel> = NaN", ("capacity", "*"), NAN, **not_json)
config_value("capacity.<channel> = Infinity", ("capacity", "*"), INF, **not_json)
config_value("capacity.<channel> = '2' (a string)", ("capacity", "*"), "2")
config_value("capacity.Voice (channel in the wrong case)", ("capacity", "Voice"), 1)
config_value("capacity = 'one' (not an object)", ("capacity",), "one")
config_value("idle_reasons = [] (none)", ("idle_reasons",), [])
config_value("idle_reasons = 'idle' (a string, not a list)", ("idle_reasons",), "idle")
config_value("idle_reasons = 5 (not a list)", ("idle_reasons",), 5)
config_value("default_idle_reason = ''", ("default_idle_reason",), "")
config_value("default_idle_reason = '   ' (only spaces)", ("default_idle_reason",), "   ")
config_value("default_idle_reason = 3 (not a string)", ("default_idle_reason",), 3)
config_value("<boolean> = 'no' (a string)", ("*bool",), "no")
config_value("<boolean> = 'false' (a string)", ("*bool",), "false")
config_value("<boolean> = 1 (a number)", ("*bool",), 1)
config_value("<boolean> = 0 (a number)", ("*bool",), 0)
config_value("<boolean> = null", ("*bool",), None)
config_value("reload_restore_seconds = -1", ("reload_restore_seconds",), -1)
config_value("reload_restore_seconds = NaN", ("reload_restore_seconds",), NAN, **not_json)
config_value("reload_restore_seconds = Infinity", ("reload_restore_seconds",), INF, **not_json)
config_value("reload_restore_seconds = true", ("reload_restore_seconds",), True)
config_value("reload_restore_seconds = '2' (a string)", ("reload_restore_seconds",), "2")


def reasons_with(extra: Any) -> Callable[[st.DrawFn, dict[str, Any]], tuple[Any, str]]:
    def make(draw: st.DrawFn, config: dict[str, Any]) -> tuple[Any, str]:
        reasons = list(config["idle_reasons"])
        reasons.insert(draw(st.integers(0, len(reasons))), extra)
        return {**config, "idle_reasons": reasons}, "idle_reasons"

    return make


MUTATIONS += [
    Mutation("idle_reasons holds ''", "config", reasons_with("")),
    Mutation("idle_reasons holds '  ' (only spaces)", "config", reasons_with("  ")),
    Mutation("idle_reasons holds null", "config", reasons_with(None)),
    Mutation("idle_reasons holds a list", "config", reasons_with(["lunch"])),
]


@mutation("idle_reasons repeats a reason", "config")
def _repeat_reason(draw: st.DrawFn, config: dict[str, Any]) -> tuple[Any, str]:
    reasons = list(config["idle_reasons"])
    return {**config, "idle_reasons": [*reasons, draw(st.sampled_from(reasons))]}, "repeat"


@mutation("default_idle_reason not one of idle_reasons", "config", json_schema_refuses=False)
def _default_elsewhere(draw: st.DrawFn, config: dict[str, Any]) -> tuple[Any, str]:
    other = draw(NAMES.filter(lambda name: name not in config["idle_reasons"]))
    return {**config, "default_idle_reason": other}, "default_idle_reason"


@mutation("unknown key", "config")
def _unknown_key(draw: st.DrawFn, config: dict[str, Any]) -> tuple[Any, str]:
    key = draw(st.sampled_from(["rona_timeout", "Capacity", "bogus", ""]))
    return {**config, key: draw(st.integers(0, 3))}, "known keys are"


@mutation("unknown key that is not a string", "config", json_schema_refuses=False)
def _non_string_key(draw: st.DrawFn, config: dict[str, Any]) -> tuple[Any, str]:
    return {**config, draw(st.sampled_from([1, None, 2.5])): True}, "known keys are"


@mutation("configuration not an object", "config")
def _config_not_object(draw: st.DrawFn, config: dict[str, Any]) -> tuple[Any, str]:
    return draw(st.sampled_from([[], "idle", None, 3, [["idle_reasons", []]]])), "object"


@mutation("two problems at once: both named", "config")
def _two_problems(draw: st.DrawFn, config: dict[str, Any]) -> tuple[Any, str]:
    channel = draw(st.sampled_from(CHANNELS))
    data = {**config, "capacity": {channel: 2.5}, "teams_presence_sync": "yes"}
    return data, f"capacity.{channel}|teams_presence_sync"


# ----------------------------------------------------------------------- commands


def command_mutation(
    name: str, commands: tuple[str, ...] = tuple(COMMANDS), **flags: bool
) -> Callable[..., Any]:
    def register(make: Callable[[st.DrawFn, dict[str, Any]], tuple[Any, str]]) -> Any:
        def with_base(draw: st.DrawFn, _: Any) -> tuple[Any, str]:
            return make(draw, draw(valid_commands(commands)))

        MUTATIONS.append(Mutation(name, "command", with_base, **flags))
        return make

    return register


def arg_of(command: dict[str, Any], predicate: Callable[[str, Any], bool]) -> list[str]:
    return [n for n, a in COMMANDS[command["command"]].args.items() if predicate(n, a)]


@command_mutation("command not an object")
def _not_an_object(draw: st.DrawFn, command: dict[str, Any]) -> tuple[Any, str]:
    return draw(st.sampled_from([None, "login", 7, [command["command"]], True])), "object"


@command_mutation("missing 'command' key")
def _missing_name(draw: st.DrawFn, command: dict[str, Any]) -> tuple[Any, str]:
    return {k: v for k, v in command.items() if k != "command"}, "unknown command"


@command_mutation("command name not a string")
def _name_not_string(draw: st.DrawFn, command: dict[str, Any]) -> tuple[Any, str]:
    return {**command, "command": draw(st.sampled_from([None, 1, True, ["login"]]))}, "unknown"


@command_mutation("unknown command name")
def _unknown_name(draw: st.DrawFn, command: dict[str, Any]) -> tuple[Any, str]:
    name = draw(st.sampled_from(["logout", "fly", "", "accept_all", "login "]))
    return {**command, "command": name}, "known commands are"


@command_mutation("command name in the wrong case")
def _name_case(draw: st.DrawFn, command: dict[str, Any]) -> tuple[Any, str]:
    return {**command, "command": command["command"].upper()}, "unknown command"


@command_mutation("extra argument")
def _extra_argument(draw: st.DrawFn, command: dict[str, Any]) -> tuple[Any, str]:
    key = draw(st.sampled_from(["bogus", "contacts", "reason", "seconds"]))
    return {**command, key: draw(st.sampled_from(["c1", 1, None]))}, key


@command_mutation("an argument of another command", WITHOUT_ARGS)
def _foreign_argument(draw: st.DrawFn, command: dict[str, Any]) -> tuple[Any, str]:
    key = draw(st.sampled_from(["contact", "channel", "state", "clear_cache"]))
    return {**command, key: "x"}, "no arguments"


@command_mutation("extra key that is not a string", **not_json)
def _extra_key_not_string(draw: st.DrawFn, command: dict[str, Any]) -> tuple[Any, str]:
    return {**command, draw(st.sampled_from([1, None, (1, 2)])): "x"}, command["command"]


@command_mutation("missing required argument", WITH_REQUIRED)
def _missing_argument(draw: st.DrawFn, command: dict[str, Any]) -> tuple[Any, str]:
    arg = draw(st.sampled_from(arg_of(command, lambda n, a: a.required)))
    return {k: v for k, v in command.items() if k != arg}, arg


@command_mutation("string argument given a number, boolean, null or list", WITH_STRING)
def _string_wrong_type(draw: st.DrawFn, command: dict[str, Any]) -> tuple[Any, str]:
    arg = draw(st.sampled_from(arg_of(command, lambda n, a: a.type is str)))
    value = draw(st.sampled_from([1, 0.5, True, None, ["c1"], {"id": "c1"}]))
    return {**command, arg: value}, f"{command['command']}.{arg}"


@command_mutation("boolean argument given 'true', 0 or 1", WITH_BOOLEAN)
def _boolean_wrong_type(draw: st.DrawFn, command: dict[str, Any]) -> tuple[Any, str]:
    arg = draw(st.sampled_from(arg_of(command, lambda n, a: a.type is bool)))
    value = draw(st.sampled_from(["true", "yes", 0, 1, None]))
    return {**command, arg: value}, f"{command['command']}.{arg}"


def choice_mutation(command: str, arg: str, values: list[Any]) -> None:
    @command_mutation(f"{command}.{arg} not in its enum", (command,))
    def _not_a_choice(draw: st.DrawFn, data: dict[str, Any]) -> tuple[Any, str]:
        return {**data, arg: draw(st.sampled_from(values))}, f"{command}.{arg}"


choice_mutation("offer", "channel", ["fax", "Voice", "", "sms", " voice"])
choice_mutation("choose_state", "state", ["Busy", "available", "", "Engaged"])
choice_mutation("delivery_failure", "cause", ["timeout", "", "Network"])


@command_mutation("contact empty ('')", WITH_CONTACT)
def _contact_empty(draw: st.DrawFn, command: dict[str, Any]) -> tuple[Any, str]:
    return {**command, "contact": ""}, f"{command['command']}.contact"


@command_mutation("contact only white space", WITH_CONTACT)
def _contact_blank(draw: st.DrawFn, command: dict[str, Any]) -> tuple[Any, str]:
    blank = draw(st.text(alphabet=" \t\n\r\u00a0\u2003", min_size=1, max_size=4))
    return {**command, "contact": blank}, f"{command['command']}.contact"


# ------------------------------------------------------------------------ advance


def advance_mutation(name: str, values: list[Any]) -> None:
    def make(draw: st.DrawFn, _: Any) -> tuple[Any, str]:
        return draw(st.sampled_from(values)), "advance"

    MUTATIONS.append(Mutation(name, "advance", make, json_schema_refuses=False))


advance_mutation("advance NaN", [NAN])
advance_mutation("advance +Infinity", [INF])
advance_mutation("advance -Infinity", [-INF])
advance_mutation("advance -1", [-1, -1.0, -3600])
advance_mutation("advance a tiny negative", [-1e-9, -5e-324])
advance_mutation("advance True / False", [True, False])
advance_mutation("advance a string", ["5", "", "1s", "nan"])
advance_mutation("advance None", [None])
advance_mutation("advance a list or object", [[1], {"seconds": 1}, (1,)])
advance_mutation("advance a huge negative integer", [-(10**400)])
advance_mutation("advance past what the clock can hold", [1e303, 10**400])

KINDS = {m.name: m for m in MUTATIONS}
BY_TARGET = {t: [m for m in MUTATIONS if m.target == t] for t in ("config", "command", "advance")}


def test_there_are_at_least_40_distinct_kinds_of_invalidity() -> None:
    assert len(KINDS) == len(MUTATIONS), "a kind is registered twice"
    assert len(MUTATIONS) >= 40, len(MUTATIONS)
    assert all(len(kinds) >= 10 for kinds in BY_TARGET.values())


# ------------------------------------------------------------------------- checks


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(load_schema(name))


def assert_names(error: ContractError, expected: str) -> None:
    assert error.code and error.message, "a code a program matches, a message a person reads"
    for word in expected.split("|"):
        assert word in error.message, f"{word!r} not in {error.message!r}"


def check_config(kind: Mutation, draw: st.DrawFn, base: dict[str, Any]) -> None:
    assert validator("config.schema.json").is_valid(base)
    TenantConfig.from_dict(base)  # the valid starting point is accepted
    data, expected = kind.make(draw, base)
    with pytest.raises(ContractError) as raised:
        TenantConfig.from_dict(data)
    assert raised.value.code == "invalid_config"
    assert_names(raised.value, expected)
    if kind.json_schema_refuses:
        assert not validator("config.schema.json").is_valid(data), "the schema disagrees"
    if isinstance(data, Mapping) and set(data) <= set(TenantConfig().to_dict()):
        # made in Python, the same values are refused the same way
        with pytest.raises(ContractError) as direct:
            TenantConfig(**python_form(data))
        assert direct.value.code == "invalid_config"


def python_form(data: Mapping[str, Any]) -> dict[str, Any]:
    """What a Python caller passes to ``TenantConfig(...)`` for the dict form ``data``."""
    kwargs = dict(data)
    for key, defaults in (
        ("rona_timeouts", TenantConfig().rona_timeouts),
        ("capacity", TenantConfig().capacity),
    ):
        if isinstance(kwargs.get(key), Mapping):
            kwargs[key] = {**defaults, **kwargs[key]}
    return kwargs


SETUPS: dict[str, list[dict[str, Any]]] = {
    "logged out": [],
    "idle": [{"command": "login"}],
    "ringing": [
        {"command": "login"},
        {"command": "choose_state", "state": "Available"},
        {"command": "offer", "channel": "voice", "contact": "c1"},
    ],
    "on a chat": [
        {"command": "login"},
        {"command": "choose_state", "state": "Available"},
        {"command": "offer", "channel": "chat", "contact": "c2"},
        {"command": "accept", "contact": "c2"},
    ],
}


def started(setup: str, waited: float) -> ReferenceDriver:
    driver = ReferenceDriver()
    driver.start(TenantConfig())
    for command in SETUPS[setup]:
        driver.send(parse_command(command))
    driver.advance(waited)
    return driver


def check_command(kind: Mutation, draw: st.DrawFn) -> None:
    data, expected = kind.make(draw, None)
    driver = started(draw(st.sampled_from(list(SETUPS))), draw(st.sampled_from([0, 1.5, 7])))
    before = driver.snapshot()
    with pytest.raises(ContractError) as raised:
        driver.send(parse_command(data))
    assert raised.value.code in ("malformed_command", "unknown_command")
    assert_names(raised.value, expected)
    assert driver.snapshot() == before, "a refused command changed the desktop"
    if kind.json_schema_refuses:
        assert not validator("command.schema.json").is_valid(data), "the schema disagrees"


class Spy:
    """A driver that records what reaches it."""

    def __init__(self) -> None:
        self.advanced: list[Any] = []

    def info(self) -> ImplementationInfo:
        return ImplementationInfo("spy", "0", "python")

    def start(self, config: TenantConfig) -> None: ...

    def send(self, command: Any) -> CommandResult:
        raise AssertionError("not used")

    def advance(self, seconds: float) -> None:
        self.advanced.append(seconds)

    def snapshot(self) -> dict[str, Any]:
        raise AssertionError("not used")

    def close(self) -> None: ...


def check_advance_refused(kind: Mutation, draw: st.DrawFn) -> None:
    value, expected = kind.make(draw, None)
    driver = started(draw(st.sampled_from(list(SETUPS))), draw(st.sampled_from([0, 2])))
    before = driver.snapshot()
    with pytest.raises(ContractError) as raised:
        driver.advance(value)
    assert raised.value.code == "invalid_advance"
    assert isinstance(raised.value, ValueError), "still the ValueError it always was"
    assert_names(raised.value, expected)
    assert driver.snapshot() == before, "a refused advance moved the desktop"
    driver.advance(1)  # and the desktop still works
    driver.snapshot()
    if kind.name != "advance past what the clock can hold":  # only the clock knows its end
        spy = Spy()
        with pytest.raises(InvalidAdvance):
            ContractCheckingDriver(spy).advance(value)
        assert spy.advanced == [], "the harness sent an invalid advance on"


CHECKS: dict[str, Callable[[Mutation, st.DrawFn], None]] = {
    "config": lambda kind, draw: check_config(kind, draw, draw(valid_configs())),
    "command": check_command,
    "advance": check_advance_refused,
}

FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.data())
def test_an_invalid_configuration_is_an_invalid_config_error(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(BY_TARGET["config"]), label="kind")
    CHECKS["config"](kind, data.draw)


@FAST
@given(st.data())
def test_an_invalid_command_is_refused_and_changes_nothing(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(BY_TARGET["command"]), label="kind")
    CHECKS["command"](kind, data.draw)


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_an_invalid_advance_is_refused_and_changes_nothing(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(BY_TARGET["advance"]), label="kind")
    CHECKS["advance"](kind, data.draw)


@settings(max_examples=2, deadline=None)
@given(st.data())
@pytest.mark.parametrize("kind", MUTATIONS, ids=[m.name for m in MUTATIONS])
def test_each_kind_alone(kind: Mutation, data: st.DataObject) -> None:
    """Every kind at least a few times, whatever the draws above favoured."""
    CHECKS[kind.target](kind, data.draw)


# -------------------------------------------------------- the measured problems, named


def test_a_nan_rona_limit_is_refused_instead_of_breaking_every_snapshot() -> None:
    with pytest.raises(ContractError, match=r"rona_timeouts\.voice .* got nan"):
        TenantConfig(rona_timeouts={**TenantConfig().rona_timeouts, Channel.VOICE: NAN})


def test_an_infinite_rona_limit_is_refused_instead_of_showing_infinity() -> None:
    with pytest.raises(ContractError, match=r"rona_timeouts\.chat .*finite.* got inf"):
        TenantConfig.from_dict({"rona_timeouts": {"chat": INF}})


def test_no_is_not_a_boolean() -> None:
    with pytest.raises(ContractError, match="teams_presence_sync must be true or false"):
        TenantConfig.from_dict({"teams_presence_sync": "no"})
    with pytest.raises(ContractError, match="got 1"):
        TenantConfig(desktop_active=1)  # type: ignore[arg-type]


def test_capacity_is_a_whole_number_and_true_is_not_one() -> None:
    for bad in (1.5, True, -1, "2"):
        with pytest.raises(ContractError, match=r"capacity\.chat must be a whole number"):
            TenantConfig.from_dict({"capacity": {"chat": bad}})
    two = TenantConfig.from_dict({"capacity": {"chat": 2.0}})  # JSON's 2.0 is an integer
    assert two.capacity[Channel.CHAT] == 2 and isinstance(two.capacity[Channel.CHAT], int)


def test_every_problem_is_named_in_one_message_with_what_it_got_and_needs() -> None:
    with pytest.raises(ContractError) as raised:
        TenantConfig.from_dict(
            {
                "bogus": 1,
                "rona_timeouts": {"voice": NAN},
                "capacity": {"email": 1.5},
                "idle_reasons": ["idle", " "],
                "dial_number_valid": "yes",
            }
        )
    message = raised.value.message
    for part in (
        "unknown configuration keys ['bogus']; known keys are",
        "rona_timeouts.voice must be a positive number of seconds (finite, above 0), got nan",
        "capacity.email must be a whole number of 0 or more, got 1.5",
        "idle_reasons[1] must be a name",
        "dial_number_valid must be true or false (a boolean), got 'yes'",
    ):
        assert part in message


def test_a_checked_configuration_cannot_be_changed_behind_its_back() -> None:
    timeouts = {channel: 10 for channel in Channel}
    config = TenantConfig(rona_timeouts=timeouts)
    timeouts[Channel.VOICE] = NAN
    assert config.rona_timeouts[Channel.VOICE] == 10
    with pytest.raises(TypeError):
        config.rona_timeouts[Channel.VOICE] = NAN  # type: ignore[index]
    assert TenantConfig(idle_reasons=["a", "b"], default_idle_reason="a").idle_reasons == ("a", "b")


@pytest.mark.parametrize("contact", ["", " ", "\t\n"])
def test_an_empty_contact_id_is_refused_naming_the_command_and_argument(contact: str) -> None:
    with pytest.raises(ContractError, match=r"accept\.contact must not be empty") as raised:
        parse_command({"command": "accept", "contact": contact})
    assert raised.value.code == "malformed_command"


def test_the_command_schema_refuses_an_empty_or_blank_contact() -> None:
    schema = load_schema("command.schema.json")
    for variant in schema["oneOf"]:
        if "contact" in variant["properties"]:
            assert variant["properties"]["contact"] == {
                "type": "string",
                "minLength": 1,
                "pattern": r"\S",
            }
    for contact in ("", "  "):
        assert not validator("command.schema.json").is_valid(
            {"command": "hold", "contact": contact}
        )
    assert validator("command.schema.json").is_valid({"command": "hold", "contact": " c1 "})


@pytest.mark.parametrize("seconds", [NAN, INF, -INF, -1, True, "5", None])
def test_advance_refuses_what_is_not_a_finite_number_of_seconds(seconds: Any) -> None:
    driver = started("ringing", 3)
    before = driver.snapshot()
    with pytest.raises(ContractError) as raised:
        driver.advance(seconds)
    assert raised.value.code == "invalid_advance"
    assert driver.snapshot() == before
    driver.advance(20)
    assert driver.snapshot()["state"] == "RONA", "time still passes afterwards"


def test_check_advance_returns_what_it_allows() -> None:
    assert check_advance(0) == 0 and check_advance(2.5) == 2.5
    assert check_advance(10**30) == 10**30  # an int is always finite
    assert math.copysign(1, check_advance(-0.0)) == -1  # -0.0 is not below 0


def test_the_contract_checking_driver_never_sends_an_invalid_advance() -> None:
    spy = Spy()
    checking = ContractCheckingDriver(spy)
    for seconds in (NAN, -1, True):
        with pytest.raises(InvalidAdvance):
            checking.advance(seconds)
    checking.advance(1.5)
    assert spy.advanced == [1.5]
