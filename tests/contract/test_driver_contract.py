"""The driver contract, checked against the implementation chosen with ``--implementation``.

These tests use only the contract (the ``driver`` fixture), so they run against any
implementation: every snapshot matches the schema, a rejection carries a documented code
and changes nothing, time passes only through ``advance`` and events happen at their own
instant.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from agentstatus.contract import (
    CONTRACT_VERSION,
    Accepted,
    ContractError,
    Driver,
    Rejection,
    TenantConfig,
    parse_command,
)
from agentstatus.contract.vocabulary import Channel
from agentstatus.harness.validation import ContractCheckingDriver, check_snapshot
from tests.contract.desk import Desk


@pytest.fixture
def desk(driver: Driver) -> Desk:
    """The implementation under test, every answer checked against the contract."""
    return Desk(ContractCheckingDriver(driver), teams_presence_sync=True)


def test_the_implementation_names_itself_and_its_contract_version(driver: Driver) -> None:
    info = driver.info()
    assert info.name and info.version and info.language
    assert info.contract_version.split(".")[0] == CONTRACT_VERSION.split(".")[0]


SITUATIONS: dict[str, Callable[[Desk], object]] = {
    "logged out": lambda d: None,
    "idle at login": lambda d: d.login(),
    "idle to idle": lambda d: (d.login(), d.advance(61), d.idle("lunch")),
    "available with offers": lambda d: (
        d.available(),
        d.offer("voice", "v1"),
        d.offer("chat", "c1"),
        d.advance(14),
    ),
    "engaged on three channels": lambda d: (
        d.available(),
        d.connect("voice", "v1"),
        d.connect("chat", "c1"),
        d.connect("email", "e1"),
        d.do("hold", contact="v1"),
    ),
    "engaged in rona with a toaster": lambda d: (
        d.available(),
        d.connect("voice", "v1"),
        d.do("focus_lost"),
        d.offer("email", "e1"),
        d.advance(31),
    ),
    "consulting and monitored": lambda d: (
        d.available(),
        d.connect("campaign", "k1"),
        d.do("consult_request", contact="k1"),
        d.do("consult_connected", contact="k1"),
        d.do("monitor_start"),
        d.do("monitor_pause"),
    ),
    "wrap-up and history": lambda d: (
        d.available(),
        d.connect("social", "s1"),
        d.do("conference_request", contact="s1"),
        d.do("end", contact="s1"),
        d.advance(3600),
    ),
    "restoring after a reload": lambda d: (d.available(), d.do("reload")),
    "synced with teams after an hour": lambda d: (d.available(), d.advance(3700)),
    "outdial": lambda d: (d.login(), d.do("outdial_start", contact="o1")),
}


@pytest.mark.parametrize("situation", sorted(SITUATIONS))
def test_every_snapshot_matches_the_schema(desk: Desk, situation: str) -> None:
    SITUATIONS[situation](desk)
    check_snapshot(desk.driver.snapshot())


def test_observing_changes_nothing_and_time_stands_still(desk: Desk) -> None:
    desk.available()
    desk.offer("chat", "c1")
    assert desk.snap == desk.snap
    desk.advance(0)
    assert desk.snap["offers"][0]["remaining_seconds"] == 30


def test_events_happen_at_their_own_instant(desk: Desk) -> None:
    """One advance past a deadline: RONA began at the deadline, not at the end of it."""
    desk.available()
    desk.offer("voice", "v1")
    snap = desk.advance(60)
    assert (snap["state"], snap["state_timer"]) == ("RONA", "00:42")


def test_deadlines_are_inclusive(desk: Desk) -> None:
    desk.available()
    desk.offer("voice", "v1")
    desk.advance(17.999)
    assert desk.do("accept", contact="v1")["label"] == "Engaged"
    desk.offer("chat", "c1")
    desk.advance(30)
    desk.refuse("unknown_contact", "accept", contact="c1")


def test_many_small_steps_add_up_exactly(desk: Desk) -> None:
    desk.available()
    desk.offer("voice", "v1")
    for _ in range(179):
        desk.advance(0.1)
    assert desk.snap["state"] == "Available"
    assert desk.advance(0.1)["state"] == "RONA"


def test_start_gives_a_fresh_desktop(desk: Desk) -> None:
    desk.available()
    desk.connect("chat", "c1")
    desk.driver.start(TenantConfig())
    snap = desk.snap
    assert (snap["logged_in"], snap["interactions"], snap["history"]) == (False, [], [])


REFUSALS: dict[str, tuple[Callable[[Desk], object], str, dict[str, object]]] = {
    # name: (setup, code, command)
    "login twice": (Desk.login, "already_logged_in", {"command": "login"}),
    "anything logged out": (
        lambda d: None,
        "not_logged_in",
        {"command": "choose_state", "state": "Available"},
    ),
    "choose RONA": (
        Desk.available,
        "rona_not_selectable",
        {"command": "choose_state", "state": "RONA"},
    ),
    "choose LoggedOut": (
        Desk.login,
        "not_selectable",
        {"command": "choose_state", "state": "LoggedOut"},
    ),
    "the same status": (
        Desk.available,
        "already_in_state",
        {"command": "choose_state", "state": "Available"},
    ),
    "an unknown reason": (
        Desk.login,
        "unknown_idle_reason",
        {"command": "choose_state", "state": "Idle", "idle_reason": "nap"},
    ),
    "offer to idle": (
        Desk.login,
        "not_routable",
        {"command": "offer", "channel": "chat", "contact": "c"},
    ),
    "offer a duplicate": (
        lambda d: (d.available(), d.offer("chat", "c")),
        "duplicate_contact",
        {"command": "offer", "channel": "email", "contact": "c"},
    ),
    "accept nothing": (Desk.available, "unknown_contact", {"command": "accept", "contact": "c"}),
    "hold an email": (
        lambda d: (d.available(), d.connect("email", "e")),
        "not_for_this_channel",
        {"command": "hold", "contact": "e"},
    ),
    "wrap-up before end": (
        lambda d: (d.available(), d.connect("chat", "c")),
        "not_allowed_in_state",
        {"command": "wrapup_done", "contact": "c"},
    ),
    "logout with a chat": (
        lambda d: (d.available(), d.connect("chat", "c")),
        "logout_not_allowed",
        {"command": "supervisor_logout"},
    ),
    "popover without RONA": (Desk.available, "no_rona_popover", {"command": "rona_go_to_idle"}),
    "outdial on a busy line": (
        lambda d: (d.available(), d.connect("voice", "v")),
        "line_busy",
        {"command": "outdial_start", "contact": "o"},
    ),
    "focus twice": (Desk.login, "focus_unchanged", {"command": "focus_regained"}),
    "monitor nothing": (Desk.available, "nothing_to_monitor", {"command": "monitor_start"}),
}


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_a_refusal_has_its_code_and_changes_nothing(desk: Desk, name: str) -> None:
    setup, code, command = REFUSALS[name]
    setup(desk)
    desk.advance(7)  # running timers make an accidental restart visible
    args = {k: v for k, v in command.items() if k != "command"}
    desk.refuse(code, str(command["command"]), **args)


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"command": "dance"},
        {"command": "accept"},
        {"command": "accept", "contact": 7},
        {"command": "offer", "channel": "fax", "contact": "c"},
        {"command": "login", "as": "supervisor"},
        {"command": "monitor_start", "succeeded": "yes"},
    ],
)
def test_malformed_commands_never_reach_the_implementation(driver: Driver, data: object) -> None:
    driver.start(TenantConfig())
    before = driver.snapshot()
    with pytest.raises(ContractError) as raised:
        parse_command(data)
    assert raised.value.code in ("malformed_command", "unknown_command")
    assert driver.snapshot() == before


def test_send_answers_accepted_or_a_rejection(driver: Driver) -> None:
    driver.start(TenantConfig())
    assert isinstance(driver.send(parse_command({"command": "login"})), Accepted)
    refused = driver.send(parse_command({"command": "login"}))
    assert isinstance(refused, Rejection)
    assert refused.to_dict() == {
        "ok": False,
        "error": {"code": refused.code, "message": refused.message},
    }


def test_routable_channels_keep_the_documented_order(desk: Desk) -> None:
    assert desk.available()["routable_channels"] == [c.value for c in Channel]
