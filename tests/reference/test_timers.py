"""State timers (TM-*, UC-1..3, INT-6, INT-8): 00:00 on change, current/total, past an hour."""

from __future__ import annotations

import pytest

from agentstatus.reference_impl.timers import format_idle_timer, format_timer
from tests.contract.desk import Desk


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "00:00"),
        (0.999, "00:00"),
        (1, "00:01"),
        (59.999, "00:59"),
        (60, "01:00"),
        (3599, "59:59"),
        (3599.999, "59:59"),
        (3600, "01:00:00"),
        (3661, "01:01:01"),
        (36000, "10:00:00"),
        (100 * 3600, "100:00:00"),
    ],
)
def test_a_timer_shows_completed_seconds_and_hours_from_one_hour_on(
    seconds: float, shown: str
) -> None:
    assert format_timer(seconds) == shown


def test_the_idle_timer_shows_a_total_only_when_there_is_one() -> None:
    assert format_idle_timer(65, 3725) == "01:05/01:02:05"


def test_the_state_timer_counts_and_resets_on_every_status_change(desk: Desk) -> None:
    desk.login()
    assert desk.advance(59)["state_timer"] == "00:59"
    assert desk.advance(1)["state_timer"] == "01:00"
    assert desk.do("choose_state", state="Available")["state_timer"] == "00:00"
    assert desk.advance(3599)["state_timer"] == "59:59"
    assert desk.advance(1)["state_timer"] == "01:00:00"
    assert desk.idle("lunch")["state_timer"] == "00:00"


class TestIdleTotal:
    """TM-3, UC-2, INT-6: ``current/total`` over an unbroken run of idle states."""

    def test_ten_minutes_idle_then_twenty_minutes_lunch(self, desk: Desk) -> None:
        desk.available()
        desk.idle("idle")
        assert desk.advance(600)["state_timer"] == "10:00"
        assert desk.idle("lunch")["state_timer"] == "00:00/10:00"
        assert desk.advance(1200)["state_timer"] == "20:00/30:00"

    def test_login_then_lunch_at_once_shows_00_00_slash_00_00(self, desk: Desk) -> None:
        desk.login()
        assert desk.idle("lunch")["state_timer"] == "00:00/00:00"

    def test_the_total_keeps_counting_over_several_switches(self, desk: Desk) -> None:
        desk.login()
        desk.advance(60)
        desk.idle("lunch")
        desk.advance(120)
        desk.idle("meeting")
        desk.advance(30)
        assert desk.idle("idle")["state_timer"] == "00:00/03:30"

    def test_the_total_passes_an_hour(self, desk: Desk) -> None:
        desk.login()
        desk.advance(50 * 60)
        desk.idle("lunch")
        assert desk.advance(15 * 60)["state_timer"] == "15:00/01:05:00"

    def test_available_ends_the_run(self, desk: Desk) -> None:
        desk.login()
        desk.advance(600)
        desk.do("choose_state", state="Available")
        desk.advance(60)
        assert desk.idle("lunch")["state_timer"] == "00:00"
        desk.advance(30)
        assert desk.idle("meeting")["state_timer"] == "00:00/00:30"

    def test_rona_ends_the_run_and_its_time_never_counts(self, desk: Desk) -> None:
        desk.available()
        desk.offer("voice", "c1")
        desk.advance(18 + 100)
        assert desk.do("rona_go_to_idle")["state_timer"] == "00:00"
        desk.advance(10)
        assert desk.idle("lunch")["state_timer"] == "00:00/00:10"

    def test_switching_during_an_interaction_counts_once_the_timer_is_visible(
        self, desk: Desk
    ) -> None:
        desk.available()
        desk.connect("chat", "c1")
        desk.idle("idle")
        desk.advance(40)
        desk.idle("lunch")
        desk.advance(20)
        assert desk.finish("c1")["state_timer"] == "00:20/01:00"


class TestInteractionTimers:
    """TM-4, TM-5, INT-11, INT-22: connected timer and the time in the current state."""

    def test_the_second_timer_is_the_hold_time(self, desk: Desk) -> None:
        desk.available()
        desk.connect("voice", "c1")
        desk.advance(75)
        desk.do("hold", contact="c1")
        desk.advance(20)
        i = desk.interaction("c1")
        assert (i["state"], i["connected_timer"], i["state_timer"]) == ("on_hold", "01:35", "00:20")
        desk.do("resume", contact="c1")
        i = desk.interaction("c1")
        assert (i["state"], i["connected_timer"], i["state_timer"]) == (
            "connected",
            "01:35",
            "00:00",
        )

    def test_the_hold_time_beside_consult_on_hold(self, desk: Desk) -> None:
        desk.available()
        desk.connect("voice", "c1")
        desk.do("consult_request", contact="c1")
        desk.do("consult_connected", contact="c1")
        desk.advance(30)
        desk.do("consult_hold", contact="c1")
        desk.advance(12)
        i = desk.interaction("c1")
        assert (i["state"], i["connected_timer"], i["state_timer"]) == (
            "consult_on_hold",
            "00:42",
            "00:12",
        )

    def test_the_connected_timer_runs_through_wrap_up(self, desk: Desk) -> None:
        desk.available()
        desk.connect("email", "e1")
        desk.advance(200)
        desk.do("end", contact="e1")
        desk.advance(3500)
        i = desk.interaction("e1")
        assert (i["state"], i["connected_timer"], i["state_timer"]) == (
            "wrap_up",
            "01:01:40",
            "58:20",
        )
