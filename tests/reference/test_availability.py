"""Availability (AV-*): login, choosing a status, routing, reload, reopen, supervisor logout."""

from __future__ import annotations

import pytest

from agentstatus.contract import COMMANDS
from tests.contract.desk import Desk
from tests.reference.conftest import MakeDesk

ALL_CHANNELS = ["voice", "chat", "email", "social", "campaign"]


def test_login_lands_in_the_default_idle_reason_at_00_00(desk: Desk) -> None:
    assert desk.snap["logged_in"] is False
    snap = desk.login()
    assert (snap["state"], snap["idle_reason"], snap["label"], snap["icon"]) == (
        "Idle",
        "idle",
        "Idle",
        "idle",
    )
    assert snap["state_timer"] == "00:00"
    assert snap["routable_channels"] == []


def test_login_uses_the_tenants_default_idle_reason(make_desk: MakeDesk) -> None:
    desk = make_desk(idle_reasons=("break", "meeting"), default_idle_reason="meeting")
    assert desk.login()["idle_reason"] == "meeting"


def test_logging_in_twice_is_refused(desk: Desk) -> None:
    desk.login()
    desk.refuse("already_logged_in", "login")


@pytest.mark.parametrize("command", sorted(set(COMMANDS) - {"login"}))
def test_every_command_but_login_needs_a_logged_in_agent(desk: Desk, command: str) -> None:
    args = {a: "c1" for a, spec in COMMANDS[command].args.items() if spec.required}
    args |= {"state": "Available"} if command == "choose_state" else {}
    args |= {"channel": "voice"} if command == "offer" else {}
    args |= {"cause": "network"} if command == "delivery_failure" else {}
    desk.refuse("not_logged_in", command, **args)


def test_only_an_available_agent_is_routed_to_on_every_channel(desk: Desk) -> None:
    desk.login()
    for channel in ALL_CHANNELS:
        desk.refuse("not_routable", "offer", channel=channel, contact="c1")
    snap = desk.do("choose_state", state="Available")
    assert (snap["label"], snap["icon"], snap["state_timer"]) == ("Available", "available", "00:00")
    assert snap["routable_channels"] == ALL_CHANNELS
    snap = desk.idle("lunch")
    assert snap["routable_channels"] == []
    desk.refuse("not_routable", "offer", channel="chat", contact="c1")


def test_choosing_the_status_one_already_has_is_refused(desk: Desk) -> None:
    desk.login()
    desk.refuse("already_in_state", "choose_state", state="Idle")
    desk.refuse("already_in_state", "choose_state", state="Idle", idle_reason="idle")
    desk.do("choose_state", state="Available")
    desk.refuse("already_in_state", "choose_state", state="Available")


def test_choosing_idle_without_a_reason_means_the_default_reason(desk: Desk) -> None:
    desk.available()
    assert desk.do("choose_state", state="Idle")["idle_reason"] == "idle"


def test_an_unconfigured_idle_reason_is_refused(desk: Desk) -> None:
    desk.available()
    desk.refuse("unknown_idle_reason", "choose_state", state="Idle", idle_reason="nap")


def test_logged_out_cannot_be_chosen_and_available_takes_no_reason(desk: Desk) -> None:
    desk.login()
    desk.refuse("not_selectable", "choose_state", state="LoggedOut")
    desk.refuse("malformed_command", "choose_state", state="Available", idle_reason="lunch")


def test_idle_can_be_chosen_during_an_interaction(desk: Desk) -> None:
    desk.available()
    desk.connect("chat", "c1")
    snap = desk.idle("meeting")
    assert (snap["state"], snap["idle_reason"], snap["icon"]) == (
        "Idle",
        "meeting",
        "engaged-in-idle",
    )
    assert snap["routable_channels"] == []


class TestReload:
    """AV-3, AV-8 and INT-9: only Available flickers through Idle on a reload."""

    def test_available_shows_idle_briefly_then_available_at_00_00(self, desk: Desk) -> None:
        desk.available()
        desk.advance(300)
        snap = desk.do("reload")
        assert (snap["state"], snap["idle_reason"], snap["label"]) == ("Idle", "idle", "Idle")
        assert snap["routable_channels"] == []
        desk.refuse("not_routable", "offer", channel="voice", contact="c1")
        snap = desk.advance(1.9)
        assert snap["state"] == "Idle"
        snap = desk.advance(0.1)
        assert (snap["state"], snap["state_timer"], snap["label"]) == (
            "Available",
            "00:00",
            "Available",
        )
        assert snap["routable_channels"] == ALL_CHANNELS
        assert desk.advance(7)["state_timer"] == "00:07"

    def test_choosing_available_during_the_flicker_restores_it_at_once(
        self, make_desk: MakeDesk
    ) -> None:
        desk = make_desk(reload_restore_seconds=5)
        desk.available()
        desk.do("reload")
        desk.advance(1)
        snap = desk.do("choose_state", state="Available")
        assert (snap["state"], snap["state_timer"]) == ("Available", "00:00")
        assert "voice" in snap["routable_channels"]
        assert desk.advance(10)["state_timer"] == "00:10"  # no second restart at 5 s

    def test_the_restore_delay_is_the_tenants(self, make_desk: MakeDesk) -> None:
        desk = make_desk(reload_restore_seconds=5)
        desk.available()
        desk.do("reload")
        assert desk.advance(4)["state"] == "Idle"
        assert desk.advance(1)["state"] == "Available"

    def test_an_instant_restore_still_restarts_the_available_timer(
        self, make_desk: MakeDesk
    ) -> None:
        """AV-3 with ``reload_restore_seconds=0``: no Idle flicker, but the timer is 00:00."""
        desk = make_desk(reload_restore_seconds=0)
        desk.available()
        desk.advance(30)
        snap = desk.do("reload")
        assert (snap["state"], snap["state_timer"]) == ("Available", "00:00")
        assert desk.advance(3)["state_timer"] == "00:03"

    @pytest.mark.parametrize("reason", ["idle", "lunch"])
    def test_idle_is_kept_with_its_timer_running(self, desk: Desk, reason: str) -> None:
        desk.login()
        if reason != "idle":
            desk.idle(reason)
        desk.advance(90)
        snap = desk.do("reload")
        assert (snap["state"], snap["idle_reason"]) == ("Idle", reason)
        assert desk.advance(10)["state_timer"].startswith("01:40")

    def test_rona_is_kept_with_its_timer_running(self, desk: Desk) -> None:
        desk.available()
        desk.offer("voice", "c1")
        desk.advance(18 + 40)
        snap = desk.do("reload")
        assert (snap["state"], snap["state_timer"]) == ("RONA", "00:40")
        assert snap["rona_popover"] is not None

    @pytest.mark.parametrize("clear_cache", [False, True])
    def test_reopening_the_browser_keeps_the_status(self, desk: Desk, clear_cache: bool) -> None:
        """AV-8: closing the browser or clearing its cache keeps the availability status."""
        desk.available()
        desk.idle("training")
        desk.advance(60)
        snap = desk.do("reopen_browser", clear_cache=clear_cache)
        assert (snap["state"], snap["idle_reason"], snap["state_timer"]) == (
            "Idle",
            "training",
            "01:00",
        )

    def test_reopening_an_available_desktop_restores_available(self, desk: Desk) -> None:
        desk.available()
        assert desk.do("reopen_browser")["state"] == "Idle"
        assert desk.advance(2)["state"] == "Available"


class TestSupervisorLogout:
    """AV-7 and INT-17: allowed in Available or Idle without any conversation."""

    @pytest.mark.parametrize("state", ["Available", "Idle"])
    def test_allowed_without_conversations(self, desk: Desk, state: str) -> None:
        desk.login()
        if state == "Available":
            desk.do("choose_state", state="Available")
        snap = desk.do("supervisor_logout")
        assert snap["logged_in"] is False
        assert (snap["state"], snap["label"], snap["icon"], snap["state_timer"]) == (
            "LoggedOut",
            None,
            None,
            None,
        )

    def test_refused_with_an_interaction(self, desk: Desk) -> None:
        desk.available()
        desk.connect("email", "e1")
        desk.refuse("logout_not_allowed", "supervisor_logout")
        desk.idle()
        desk.refuse("logout_not_allowed", "supervisor_logout")

    def test_refused_while_an_interaction_is_in_wrap_up(self, desk: Desk) -> None:
        desk.available()
        desk.connect("voice", "c1")
        desk.do("end", contact="c1")
        desk.refuse("logout_not_allowed", "supervisor_logout")
        desk.do("wrapup_done", contact="c1")
        assert desk.do("supervisor_logout")["logged_in"] is False

    def test_refused_with_a_pending_offer(self, desk: Desk) -> None:
        desk.available()
        desk.offer("chat", "c1")
        desk.refuse("logout_not_allowed", "supervisor_logout")

    def test_refused_in_rona(self, desk: Desk) -> None:
        desk.available()
        desk.offer("voice", "c1")
        desk.advance(18)
        desk.refuse("not_allowed_in_state", "supervisor_logout")

    def test_the_agent_can_log_in_again_afterwards(self, desk: Desk) -> None:
        desk.login()
        desk.do("supervisor_logout")
        snap = desk.login()
        assert (snap["state"], snap["state_timer"]) == ("Idle", "00:00")
