"""Outdial (OD-1, OD-2, UC-7, UC-8, INT-7): the status after an outdial call."""

from __future__ import annotations

import pytest

from tests.contract.desk import Desk
from tests.reference.conftest import MakeDesk


def _outdial(desk: Desk, seconds: float = 120) -> dict[str, object]:
    snap = desk.do("outdial_start", contact="o1")
    assert snap["label"] == "Engaged"
    assert desk.interaction("o1")["outdial"] is True
    assert desk.interaction("o1")["channel"] == "voice"
    desk.advance(seconds)
    return desk.do("end", contact="o1")


class TestYes:
    @pytest.fixture
    def desk(self, make_desk: MakeDesk) -> Desk:
        return make_desk(agent_available_after_outdial=True)

    def test_from_idle_the_agent_becomes_available_at_wrap_up_done(self, desk: Desk) -> None:
        desk.login()
        desk.idle("lunch")
        snap = _outdial(desk)
        assert (snap["state"], snap["icon"]) == ("Idle", "engaged-in-idle")  # not yet
        desk.advance(30)
        snap = desk.do("wrapup_done", contact="o1")
        assert (snap["state"], snap["idle_reason"], snap["state_timer"]) == (
            "Available",
            None,
            "00:00",
        )
        assert snap["routable_channels"]

    def test_already_available_is_unchanged_and_its_timer_continues(self, desk: Desk) -> None:
        desk.available()
        desk.advance(60)
        _outdial(desk)
        snap = desk.do("wrapup_done", contact="o1")
        assert (snap["state"], snap["state_timer"]) == ("Available", "03:00")


class TestNo:
    def test_an_idle_agent_stays_in_its_idle_reason(self, desk: Desk) -> None:
        desk.available()
        desk.idle("meeting")
        desk.advance(10)
        _outdial(desk)
        snap = desk.do("wrapup_done", contact="o1")
        assert (snap["state"], snap["idle_reason"], snap["state_timer"]) == (
            "Idle",
            "meeting",
            "02:10",
        )

    def test_an_available_agent_goes_to_the_default_idle_reason(self, make_desk: MakeDesk) -> None:
        desk = make_desk(default_idle_reason="training")
        desk.available()
        desk.advance(60)
        snap = _outdial(desk)
        assert snap["state"] == "Available"  # the status applies when the outdial is over
        snap = desk.do("wrapup_done", contact="o1")
        assert (snap["state"], snap["idle_reason"], snap["state_timer"]) == (
            "Idle",
            "training",
            "00:00",
        )


def test_an_ordinary_call_ending_does_not_apply_the_outdial_setting(desk: Desk) -> None:
    desk.available()
    desk.connect("voice", "c1")
    assert desk.finish("c1")["state"] == "Available"


def test_an_outdial_is_refused_in_rona(desk: Desk) -> None:
    desk.available()
    desk.offer("voice", "c1")
    desk.advance(18)
    desk.refuse("not_allowed_in_state", "outdial_start", contact="o1")


def test_an_outdial_needs_a_free_line(desk: Desk) -> None:
    desk.available()
    desk.connect("voice", "c1")
    desk.refuse("line_busy", "outdial_start", contact="o1")
    desk.refuse("duplicate_contact", "outdial_start", contact="c1")


def test_an_outdial_keeps_the_line_busy_for_incoming_calls(desk: Desk) -> None:
    desk.available()
    snap = desk.do("outdial_start", contact="o1")
    assert "voice" not in snap["routable_channels"]
    desk.refuse("not_routable", "offer", channel="campaign", contact="k1")
