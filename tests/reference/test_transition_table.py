"""The transition tables are the model: the human table is printed from them, and the
desktop does what each row says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from agentstatus.reference_impl.table import Transition
from agentstatus.reference_impl.transitions import (
    ALL_TABLES,
    AVAILABILITY,
    INTERACTION,
    MONITORING,
    markdown,
)
from tests.contract.desk import Desk
from tests.reference.conftest import MakeDesk

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "transitions.md"
CONTRACT = ROOT / "docs" / "contract.md"
BEGIN, END = "<!-- transitions:begin -->", "<!-- transitions:end -->"
REFRESH = "the tables in docs/ are stale: run `python -m tests.reference.test_transition_table`"


def refresh_docs() -> None:
    """Rewrite docs/transitions.md and the tables embedded in docs/contract.md."""
    DOCS.write_text(markdown() + "\n", encoding="utf-8")
    head, rest = CONTRACT.read_text(encoding="utf-8").split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    CONTRACT.write_text(f"{head}{BEGIN}\n\n{markdown()}\n{END}{tail}", encoding="utf-8")


def test_the_committed_transition_tables_are_what_the_model_prints() -> None:
    printed = subprocess.run(
        [sys.executable, "-m", "agentstatus.reference_impl.transitions"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert printed == markdown() + "\n"
    assert DOCS.read_text(encoding="utf-8") == printed, REFRESH


def test_the_contract_embeds_the_same_tables() -> None:
    text = CONTRACT.read_text(encoding="utf-8")
    embedded = text.split(BEGIN, 1)[1].split(END, 1)[0]
    assert embedded.strip() == markdown().strip(), REFRESH


def test_every_transition_of_every_table_is_a_row() -> None:
    for table in ALL_TABLES:
        rows = list(table.rows())
        transitions: list[Transition[object]] = [t for ts in table.events.values() for t in ts]
        assert len(rows) == len(transitions)
        for (event, source, guards, target), transition in zip(rows, transitions, strict=True):
            assert event in table.events
            assert source == str(transition.source.value)
            assert target.startswith(str(transition.target.value))
            assert guards == (" and ".join(g.name for g in transition.guards) or "—")
        rendered = table.to_markdown()
        assert rendered.count("\n| ") == len(rows) + 1  # the header and one line per row


def test_every_rejecting_guard_has_a_documented_code() -> None:
    codes = {
        g.code
        for table in ALL_TABLES
        for transitions in table.events.values()
        for t in transitions
        for g in t.guards
    }
    documented = CONTRACT.read_text(encoding="utf-8")
    for code in codes - {"internal"}:
        assert f"`{code}`" in documented, code


# ------------------------------------------------ the desktop follows its table

#: How to bring a fresh interaction into each state, and on which channel.
REACH = {
    ("voice", "connected"): [],
    ("voice", "on_hold"): ["hold"],
    ("voice", "consult_requested"): ["consult_request"],
    ("voice", "consulting"): ["consult_request", "consult_connected"],
    ("voice", "consult_on_hold"): ["consult_request", "consult_connected", "consult_hold"],
    ("voice", "conference"): ["consult_request", "consult_connected", "conference"],
    ("chat", "connected"): [],
    ("chat", "conference_requested"): ["conference_request"],
    ("chat", "conference"): ["conference_request", "conference"],
    ("email", "connected"): [],
}


def _interaction_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for event, source, guards, target in INTERACTION.rows():
        if "chat or social" in guards:
            channels = ["chat"]
        elif "call" in guards:
            channels = ["voice"]
        else:
            channels = sorted({c for c, s in REACH if s == source})
        rows += [(event, source, channel, target) for channel in channels]
    return rows


@pytest.mark.parametrize(("event", "source", "channel", "target"), _interaction_rows())
def test_each_interaction_row_is_what_the_desktop_does(
    desk: Desk, event: str, source: str, channel: str, target: str
) -> None:
    desk.available()
    desk.connect(channel, "c1")
    for step in REACH[channel, source]:
        desk.do(step, contact="c1")
    assert desk.interaction("c1")["state"] == source
    assert desk.do(event, contact="c1") and desk.interaction("c1")["state"] == target


def test_no_row_means_refused_in_that_state(make_desk: MakeDesk) -> None:
    """Every (event, reachable state) pair without a row is refused and changes nothing."""
    allowed = {(e, s, c) for e, s, c, _ in _interaction_rows()}
    refused = 0
    for (channel, state), steps in REACH.items():
        for event in INTERACTION.events:
            if (event, state, channel) in allowed:
                continue
            desk = make_desk()
            desk.available()
            desk.connect(channel, "c1")
            for step in steps:
                desk.do(step, contact="c1")
            # a row from this state whose guard fails names the channel; no row at all
            # means the state does not allow the event
            has_row = any(t.source.value == state for t in INTERACTION.events[event])
            code = "not_for_this_channel" if has_row else "not_allowed_in_state"
            desk.refuse(code, event, contact="c1")
            refused += 1
    assert refused > 40


def test_each_monitoring_row_is_what_the_desktop_does(make_desk: MakeDesk) -> None:
    reach = {
        "not_monitored": [],
        "monitoring": ["monitor_start"],
        "paused": ["monitor_start", "monitor_pause"],
    }
    for event, source, guards, target in MONITORING.rows():
        fresh = make_desk()
        fresh.available()
        fresh.connect("voice", "c1")
        for step in reach[source]:
            fresh.do(step)
        succeeded = "not the attempt succeeded" not in guards
        args = {"succeeded": succeeded} if event in ("monitor_start", "monitor_resume") else {}
        shown = fresh.do(event, **args)["monitoring"]
        expected = target.removesuffix(" (stays)")
        assert (shown or "not_monitored") == expected, (event, source, guards)


def test_the_availability_table_names_every_status_change_the_desktop_makes() -> None:
    targets = {str(t.target.value) for ts in AVAILABILITY.events.values() for t in ts}
    sources = {str(t.source.value) for ts in AVAILABILITY.events.values() for t in ts}
    assert targets == sources == {"LoggedOut", "Available", "Idle", "RONA"}
    rona_sources = {
        (event, str(t.source.value))
        for event, ts in AVAILABILITY.events.items()
        for t in ts
        if t.target.value == "RONA" and not t.internal
    }
    # RONA-9: RONA is only ever entered by the system, from Available.
    assert rona_sources == {("offer_unanswered", "Available"), ("delivery_failed", "Available")}


if __name__ == "__main__":
    refresh_docs()
