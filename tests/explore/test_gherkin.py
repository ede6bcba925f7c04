"""The translator: every step the explorer can take or check has a line in each language,
in the features' own phrases, that means exactly that; and the explorer sends what the step
would send."""

from __future__ import annotations

from itertools import product
from typing import Any

import pytest

from agentstatus.contract import CAPABILITIES, COMMANDS, Accepted, CommandResult
from agentstatus.contract.vocabulary import Channel, InteractionState
from agentstatus.explore.command import (
    REFUSABLE,
    WHEN,
    Contacts,
    Meaning,
    advance,
    available,
    command_for,
)
from agentstatus.explore.compare import Declared
from agentstatus.explore.generate import (
    CONSULT_STEPS,
    _contact_steps,
    _flow_step,
    _flows,
    all_moves,
)
from agentstatus.explore.gherkin import KEYWORDS, LANGUAGES, instantiate, means, say
from agentstatus.explore.play import call
from agentstatus.steps.context import ScenarioContext
from agentstatus.steps.phrases import REGISTRY, matching
from agentstatus.steps.vocabulary import VOCABULARY
from tests.conformance.test_steps import ENGLISH

CHANNELS = [c.value for c in Channel]
INTERACTIONS = [*CHANNELS, "outdial"]
EVERYTHING = Declared.of(CAPABILITIES)


def _words(kind: str) -> list[str]:
    return [row.canonical for row in VOCABULARY if row.kind == kind]


def when_meanings() -> list[Meaning]:
    """Every When step the generator can produce, with every argument it can take."""
    found: list[Meaning] = []
    for move in all_moves(EVERYTHING, CHANNELS, strict=False):
        if move[0] == "do":
            found.append(move[1])
        elif move[0] == "request":
            found.append(Meaning.of("request_comes_in", channel=move[1]))
        elif move[0] == "contact" and move[1] in ("accept_request",):
            found += [Meaning.of(move[1], channel=c) for c in CHANNELS]
        elif move[0] == "contact" and move[1] == "call_cannot_reach_agent":
            found += [Meaning.of(move[1], cause=c) for c in _words("cause")]
        elif move[0] == "contact" and move[1] in (*CONSULT_STEPS, "place_outdial"):
            found.append(Meaning.of(move[1]))
        elif move[0] == "contact":
            found += [Meaning.of(move[1], interaction=i) for i in INTERACTIONS]
        elif move[0] == "flow":
            channel, path = move[1]
            found += [_flow_step(step, channel) for step in path]
    found += [advance(s) for s in (0, 1, 2, 18, 59, 60, 61, 120, 2400, 3600, 7200)]
    return sorted(set(found), key=repr)


def given_meanings() -> list[Meaning]:
    return [
        *(Meaning.of("rona_timeout", channel=c, seconds=s) for c in CHANNELS for s in (3, 9)),
        *(Meaning.of("channel_capacity", channel=c, capacity=n) for c in CHANNELS for n in (0, 2)),
        *(Meaning.of("default_idle_reason", status=s) for s in ("Idle:lunch", "Idle:meeting")),
        *(Meaning.of("idle_reason_not_configured", status=s) for s in ("Idle:training",)),
        *(Meaning.of("available_after_outdial", answer=a) for a in ("yes", "no")),
        Meaning.of("teams_presence_sync"),
        Meaning.of("wrong_dial_number"),
        *(Meaning.of("reload_restore_time", seconds=s) for s in (0, 1, 5)),
    ]


def then_meanings() -> list[Meaning]:
    timers = ("00:00", "00:18", "59:59", "01:00:00", "20:00/30:00")
    states = [s.value for s in InteractionState]
    return [
        *(Meaning.of("status_is", status=s) for s in _words("status")),
        *(Meaning.of("label_is", label=s) for s in _words("label")),
        *(Meaning.of("icon_is", icon=s) for s in _words("icon")),
        *(Meaning.of("state_timer_shows", timer=t) for t in timers),
        Meaning.of("no_state_timer"),
        *(
            Meaning.of("channel_routed", channel=c, negated=n)
            for c, n in product(CHANNELS, (False, True))
        ),
        Meaning.of("every_channel_routed"),
        Meaning.of("nothing_routed"),
        *(Meaning.of("request_waiting", channel=c) for c in CHANNELS),
        *(Meaning.of("request_returned", channel=c) for c in CHANNELS),
        *(
            Meaning.of("accept_button_flashing", channel=c, negated=n)
            for c, n in product(CHANNELS, (False, True))
        ),
        *(
            Meaning.of("interaction_state_is", state=s, interaction=i)
            for s, i in product(states, INTERACTIONS)
        ),
        *(Meaning.of("timer_beside_state", timer="00:05", state=s) for s in states),
        *(Meaning.of("connected_timer_shows", timer="01:02", interaction=i) for i in INTERACTIONS),
        *(Meaning.of("left_task_list", interaction=i) for i in INTERACTIONS),
        *(Meaning.of("history_total", timer="00:30", interaction=i) for i in INTERACTIONS),
        *(Meaning.of("history_consult_time", timer="00:00", interaction=i) for i in INTERACTIONS),
        Meaning.of("rona_popover_offers", first="go_to_idle", second="go_to_available"),
        Meaning.of("no_rona_popover"),
        Meaning.of("rona_toaster_shown"),
        Meaning.of("no_rona_toaster"),
        *(Meaning.of("teams_presence_is", presence=p) for p in _words("presence")),
        Meaning.of("no_teams_presence"),
        *(Meaning.of("supervisor_sees_monitoring", status=s) for s in _words("monitoring")),
        Meaning.of("supervisor_sees_no_monitoring"),
        *(Meaning.of("command_is_refused", thing=t) for t in sorted(REFUSABLE)),
    ]


CASES = [
    *(("given", m) for m in given_meanings()),
    *(("when", m) for m in when_meanings()),
    *(("then", m) for m in then_meanings()),
]


@pytest.mark.parametrize(("role", "meaning"), CASES, ids=[repr(m) for _, m in CASES])
def test_every_step_has_one_line_per_language_that_means_exactly_it(
    role: str, meaning: Meaning
) -> None:
    for language in LANGUAGES:
        for keyword in (KEYWORDS[language][role], KEYWORDS[language]["and"]):
            text = say(meaning, language, keyword)
            assert means(text, language, meaning), text
            # exactly one step function, only in its own language (tests/conformance)
            assert {name for name, _ in matching(text)} == {meaning.step}, text
            assert {p.language for _, p in matching(text)} == {language}, text
            if language == "sv":
                assert not set(text.lower().split()) & ENGLISH, text


def test_swedish_lines_put_the_verb_second_and_english_ones_read_well() -> None:
    status = Meaning.of("status_is", status="RONA")
    assert say(status, "sv", "Så") == 'är statusen "OVIS"'
    assert say(status, "sv", "Och") == 'statusen är "OVIS"'
    assert say(Meaning.of("rona_timeout", channel="voice", seconds=8), "sv", "Givet").startswith(
        "att "
    )
    assert say(Meaning.of("request_comes_in", channel="email"), "en", "When") == (
        "an email request comes in"
    )
    assert say(advance(1), "en", "When") == "1 second passes"
    assert say(advance(120), "en", "When") == "2 minutes pass"
    assert say(advance(3600), "sv", "När") == "1 timme passerar"


def test_a_phrase_that_cannot_say_the_values_is_skipped() -> None:
    assert instantiate("the {thing} is refused", {"thing": "choice"}, {}, set()) == (
        "the choice is refused"
    )
    # a flag the phrase has no group for, a required group not asked for, a field left over
    assert instantiate("the {thing} is refused", {"thing": "x"}, {"negated": True}, set()) is None
    assert instantiate("agenten (?P<cache>rensar) och", {}, {}, set()) is None
    assert instantiate("{a} och {b}", {"a": "1"}, {}, set()) is None


def test_every_step_the_explorer_uses_is_a_step_of_the_features() -> None:
    used = {m.step for _, m in CASES}
    assert used <= set(REGISTRY), sorted(used - set(REGISTRY))
    assert set(WHEN) <= set(REGISTRY)


def test_every_command_of_the_contract_is_generated() -> None:
    contacts = Contacts()
    for channel in INTERACTIONS:
        contacts.new(channel)
    sent = set()
    for meaning in when_meanings():
        command = command_for(meaning, contacts.copy())
        if command is not None:
            sent.add(command["command"])
    assert sent == set(COMMANDS), sorted(set(COMMANDS) ^ sent)


def test_only_declared_capabilities_are_generated() -> None:
    core = Declared.of(())
    moves = all_moves(core, sorted(core.channels), strict=False)
    steps = {m[1].step for m in moves if m[0] == "do"} | {m[1] for m in moves if m[0] == "contact"}
    assert not steps & {"start_monitoring", "pause_monitoring", "place_outdial"}
    assert {m[1] for m in moves if m[0] == "request"} == {"voice", "chat", "email"}
    assert {flow[0] for flow in _flows(core)} <= {"voice", "chat", "email"}
    assert "place_outdial" not in _contact_steps(core)


class Recorder:
    """Accepts every command and remembers it; shows a desktop with nothing on it."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    def start(self, config: Any) -> None:
        pass

    def send(self, command: Any) -> CommandResult:
        self.sent.append(command.to_dict())
        return Accepted()

    def advance(self, seconds: float) -> None:
        pass

    def snapshot(self) -> dict[str, Any]:
        return {"state": "Idle", "idle_reason": "idle"}


def test_the_explorer_sends_what_the_step_sends() -> None:
    """``command.WHEN`` mirrors ``steps/definitions.py``: the same command, the same contact."""
    naming = [
        *(Meaning.of("request_comes_in", channel=c) for c in CHANNELS),
        Meaning.of("place_outdial"),
    ]
    for meaning in when_meanings():
        if meaning.step == "time_passes":
            continue
        recorder = Recorder()
        context = ScenarioContext(driver=recorder, language="en")  # type: ignore[arg-type]
        contacts = Contacts()
        expected = []
        for step in [*naming, meaning]:
            assert available(step, contacts)
            expected.append(command_for(step, contacts))
            call(context, say(step, "en", "When"), "en")
        assert recorder.sent == expected, meaning
