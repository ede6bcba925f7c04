"""Mid-call monitoring (MO-*, INT-12, INT-13): the supervisor's view of one call."""

from __future__ import annotations

import pytest

from tests.contract.desk import Desk


@pytest.fixture
def on_call(desk: Desk) -> Desk:
    desk.available()
    desk.connect("voice", "c1")
    return desk


def test_monitoring_shows_only_when_it_succeeds(on_call: Desk) -> None:
    assert on_call.snap["monitoring"] is None
    assert on_call.do("monitor_start", succeeded=False)["monitoring"] is None
    assert on_call.do("monitor_start")["monitoring"] == "monitoring"


def test_pause_and_resume(on_call: Desk) -> None:
    on_call.do("monitor_start", succeeded=True)
    assert on_call.do("monitor_pause")["monitoring"] == "paused"
    assert on_call.do("monitor_resume")["monitoring"] == "monitoring"


def test_a_failed_resume_stays_paused(on_call: Desk) -> None:
    on_call.do("monitor_start")
    on_call.do("monitor_pause")
    assert on_call.do("monitor_resume", succeeded=False)["monitoring"] == "paused"


@pytest.mark.parametrize("paused", [False, True])
def test_a_breakdown_ends_monitoring(on_call: Desk, paused: bool) -> None:
    on_call.do("monitor_start")
    if paused:
        on_call.do("monitor_pause")
    assert on_call.do("monitor_fail")["monitoring"] is None
    assert on_call.do("monitor_start")["monitoring"] == "monitoring"


def test_the_end_of_the_call_ends_monitoring(on_call: Desk) -> None:
    on_call.do("monitor_start")
    on_call.do("hold", contact="c1")
    assert on_call.snap["monitoring"] == "monitoring"  # still a call in progress
    assert on_call.do("end", contact="c1")["monitoring"] is None


def test_monitoring_needs_a_call_in_progress(desk: Desk) -> None:
    desk.available()
    desk.refuse("nothing_to_monitor", "monitor_start")
    desk.connect("chat", "c1")
    desk.refuse("nothing_to_monitor", "monitor_start")
    desk.connect("voice", "c2")
    desk.do("end", contact="c2")
    desk.refuse("nothing_to_monitor", "monitor_start")


@pytest.mark.parametrize(
    ("setup", "command"),
    [
        ([], "monitor_pause"),
        ([], "monitor_resume"),
        ([], "monitor_fail"),
        (["monitor_start"], "monitor_start"),
        (["monitor_start"], "monitor_resume"),
        (["monitor_start", "monitor_pause"], "monitor_pause"),
        (["monitor_start", "monitor_pause"], "monitor_start"),
    ],
)
def test_monitoring_commands_out_of_order_are_refused(
    on_call: Desk, setup: list[str], command: str
) -> None:
    for step in setup:
        on_call.do(step)
    on_call.refuse("not_allowed_in_state", command)


def test_the_agents_own_view_never_shows_monitoring(on_call: Desk) -> None:
    """MO-3, INT-13: only the supervisor's ``monitoring`` field changes."""
    before = on_call.snap
    for command in ("monitor_start", "monitor_pause", "monitor_resume", "monitor_fail"):
        after = on_call.do(command)
        assert {k: v for k, v in after.items() if k != "monitoring"} == {
            k: v for k, v in before.items() if k != "monitoring"
        }
