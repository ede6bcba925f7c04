"""RONA (RONA-*): timeouts, the flashing accept button, delivery failures, popover, toaster."""

from __future__ import annotations

import pytest

from agentstatus.contract.vocabulary import Channel
from tests.contract.desk import Desk
from tests.reference.conftest import MakeDesk

DEFAULT_LIMITS = [("voice", 18), ("campaign", 18), ("chat", 30), ("email", 30), ("social", 30)]


class TestTimeout:
    """RONA-1, RONA-2, INT-3: unanswered at exactly the limit means RONA."""

    @pytest.mark.parametrize(("channel", "limit"), DEFAULT_LIMITS)
    def test_unanswered_at_exactly_the_default_limit(
        self, desk: Desk, channel: str, limit: int
    ) -> None:
        desk.available()
        snap = desk.offer(channel, "c1")
        assert snap["offers"][0]["remaining_seconds"] == limit
        snap = desk.advance(limit - 0.001)
        assert snap["state"] == "Available"
        assert snap["offers"][0]["remaining_seconds"] == pytest.approx(0.001)
        snap = desk.advance(0.001)
        assert (snap["state"], snap["label"], snap["icon"]) == ("RONA", "RONA", "rona")
        assert snap["offers"] == []
        assert snap["state_timer"] == "00:00"
        assert snap["rona_popover"] == {
            "channel": channel,
            "options": ["go_to_idle", "go_to_available"],
        }
        assert snap["routable_channels"] == []

    def test_a_pending_offer_never_shows_zero_seconds_left(self, desk: Desk) -> None:
        desk.available()
        desk.offer("voice", "c1")
        offer = desk.advance(17.9996)["offers"][0]
        assert offer["remaining_seconds"] == pytest.approx(0.0004)
        assert offer["remaining_seconds"] > 0
        assert desk.advance(0.0004)["state"] == "RONA"

    def test_the_rona_timer_runs_from_the_moment_of_rona(self, desk: Desk) -> None:
        desk.available()
        desk.offer("voice", "c1")
        assert desk.advance(18 + 75)["state_timer"] == "01:15"

    def test_accepting_at_17_seconds_means_no_rona(self, desk: Desk) -> None:
        desk.available()
        desk.offer("voice", "c1")
        desk.advance(17)
        desk.do("accept", contact="c1")
        snap = desk.advance(60)
        assert (snap["state"], snap["label"]) == ("Available", "Engaged")
        assert snap["interactions"][0]["state"] == "connected"

    @pytest.mark.parametrize("limit", [5, 10, 45])
    def test_a_custom_limit_is_honoured(self, make_desk: MakeDesk, limit: int) -> None:
        timeouts = {**dict.fromkeys(Channel, 30), Channel.EMAIL: limit}
        desk = make_desk(rona_timeouts=timeouts)
        desk.available()
        desk.offer("email", "e1")
        assert desk.advance(limit - 1)["state"] == "Available"
        assert desk.advance(1)["state"] == "RONA"

    def test_rona_returns_every_other_pending_offer_to_the_queue(self, desk: Desk) -> None:
        desk.available()
        desk.offer("voice", "c1")
        desk.advance(10)
        desk.offer("chat", "c2")
        desk.offer("email", "c3")
        snap = desk.advance(8)
        assert snap["state"] == "RONA"
        assert snap["offers"] == []
        assert snap["rona_popover"]["channel"] == "voice"
        assert desk.advance(60)["state_timer"] == "01:00"  # no second RONA

    def test_the_earliest_deadline_decides_the_rona_channel(self, desk: Desk) -> None:
        desk.available()
        desk.offer("chat", "c1")
        desk.advance(15)
        desk.offer("voice", "c2")  # 18 s: due at 33 s, after the chat's 30 s
        assert desk.advance(15)["rona_popover"]["channel"] == "chat"

    def test_an_offer_pending_after_choosing_idle_returns_without_rona(self, desk: Desk) -> None:
        desk.available()
        desk.offer("voice", "c1")
        desk.advance(5)
        desk.idle("lunch")
        snap = desk.advance(13)
        assert (snap["state"], snap["idle_reason"], snap["state_timer"]) == (
            "Idle",
            "lunch",
            "00:13",
        )
        assert snap["offers"] == []
        assert snap["rona_popover"] is None


class TestFlash:
    """RONA-3, INT-2: the accept button flashes for the last 5 s when the limit is over 8 s."""

    @pytest.mark.parametrize(("channel", "limit"), DEFAULT_LIMITS)
    def test_flashes_from_exactly_five_seconds_before_the_limit(
        self, desk: Desk, channel: str, limit: int
    ) -> None:
        desk.available()
        desk.offer(channel, "c1")
        assert desk.advance(limit - 5.001)["offers"][0]["accept_flashing"] is False
        assert desk.advance(0.001)["offers"][0]["accept_flashing"] is True
        assert desk.advance(4.9)["offers"][0]["accept_flashing"] is True

    def test_a_nine_second_limit_flashes_from_four_seconds(self, make_desk: MakeDesk) -> None:
        desk = make_desk(rona_timeouts={**dict.fromkeys(Channel, 30), Channel.VOICE: 9})
        desk.available()
        desk.offer("voice", "c1")
        assert desk.advance(3.999)["offers"][0]["accept_flashing"] is False
        assert desk.advance(0.001)["offers"][0]["accept_flashing"] is True
        assert desk.advance(4.999)["state"] == "Available"
        assert desk.advance(0.001)["state"] == "RONA"

    @pytest.mark.parametrize("limit", [8, 6, 3])
    def test_a_limit_of_eight_seconds_or_less_never_flashes(
        self, make_desk: MakeDesk, limit: int
    ) -> None:
        desk = make_desk(rona_timeouts={**dict.fromkeys(Channel, 30), Channel.VOICE: limit})
        desk.available()
        desk.offer("voice", "c1")
        for _ in range(limit * 2 - 1):
            assert desk.snap["offers"][0]["accept_flashing"] is False
            desk.advance(0.5)
        assert desk.advance(0.5)["state"] == "RONA"

    def test_each_offer_flashes_on_its_own_clock(self, desk: Desk) -> None:
        desk.available()
        desk.offer("voice", "v1")
        desk.advance(10)
        desk.offer("chat", "c1")
        snap = desk.advance(3)
        flashing = {o["contact"]: o["accept_flashing"] for o in snap["offers"]}
        assert flashing == {"v1": True, "c1": False}


class TestDeliveryFailure:
    """RONA-4, RONA-5, INT-18: a call that cannot reach the agent turns the agent RONA."""

    @pytest.mark.parametrize("channel", ["voice", "campaign"])
    def test_a_wrong_dial_number_fails_a_call_at_once(
        self, make_desk: MakeDesk, channel: str
    ) -> None:
        desk = make_desk(dial_number_valid=False)
        desk.available()
        snap = desk.do("offer", channel=channel, contact="c1")
        assert snap["state"] == "RONA"
        assert snap["offers"] == []
        assert snap["rona_popover"]["channel"] == channel
        assert snap["state_timer"] == "00:00"

    @pytest.mark.parametrize("channel", ["chat", "email", "social"])
    def test_a_wrong_dial_number_does_not_affect_digital_requests(
        self, make_desk: MakeDesk, channel: str
    ) -> None:
        desk = make_desk(dial_number_valid=False)
        desk.available()
        snap = desk.offer(channel, "c1")
        assert snap["state"] == "Available"
        assert snap["offers"][0]["state"] == "offered"

    @pytest.mark.parametrize("cause", ["network", "phone", "device"])
    def test_a_call_that_does_not_reach_the_agent_turns_rona(self, desk: Desk, cause: str) -> None:
        desk.available()
        desk.offer("voice", "c1")
        desk.offer("chat", "c2")
        desk.advance(3)
        snap = desk.do("delivery_failure", contact="c1", cause=cause)
        assert snap["state"] == "RONA"
        assert snap["offers"] == []
        assert snap["rona_popover"]["channel"] == "voice"
        # RONA-5: the way out the seed recommends is Go to Idle
        assert desk.do("rona_go_to_idle")["state"] == "Idle"

    def test_a_delivery_failure_needs_a_pending_call(self, desk: Desk) -> None:
        desk.available()
        desk.refuse("unknown_contact", "delivery_failure", contact="c1", cause="network")
        desk.offer("chat", "c2")
        desk.refuse("not_for_this_channel", "delivery_failure", contact="c2", cause="network")
        desk.connect("voice", "c3")
        desk.refuse("unknown_contact", "delivery_failure", contact="c3", cause="phone")

    def test_a_failed_delivery_after_choosing_idle_keeps_idle(self, desk: Desk) -> None:
        desk.available()
        desk.offer("voice", "c1")
        desk.idle("meeting")
        snap = desk.do("delivery_failure", contact="c1", cause="device")
        assert (snap["state"], snap["idle_reason"], snap["offers"]) == ("Idle", "meeting", [])


class TestPopover:
    """RONA-6, RONA-7, RONA-8, RONA-9."""

    @pytest.fixture
    def rona(self, make_desk: MakeDesk) -> Desk:
        desk = make_desk(default_idle_reason="meeting")
        desk.available()
        desk.offer("chat", "c1")
        desk.advance(30 + 20)
        return desk

    def test_go_to_idle_lands_in_the_default_idle_reason_at_00_00(self, rona: Desk) -> None:
        snap = rona.do("rona_go_to_idle")
        assert (snap["state"], snap["idle_reason"], snap["state_timer"]) == (
            "Idle",
            "meeting",
            "00:00",
        )
        assert snap["rona_popover"] is None
        assert snap["routable_channels"] == []

    def test_go_to_available_makes_the_agent_routable_at_00_00(self, rona: Desk) -> None:
        snap = rona.do("rona_go_to_available")
        assert (snap["state"], snap["state_timer"], snap["rona_popover"]) == (
            "Available",
            "00:00",
            None,
        )
        assert "chat" in snap["routable_channels"]

    def test_the_drop_down_leaves_rona_too(self, rona: Desk) -> None:
        assert rona.do("choose_state", state="Idle", idle_reason="lunch")["state"] == "Idle"

    def test_no_request_is_routed_while_in_rona(self, rona: Desk) -> None:
        for channel in ("voice", "chat", "email", "social", "campaign"):
            rona.refuse("not_routable", "offer", channel=channel, contact="c9")
        rona.do("choose_state", state="Available")
        rona.offer("voice", "c9")

    @pytest.mark.parametrize("state", ["Available", "Idle"])
    def test_the_options_are_refused_without_a_popover(self, desk: Desk, state: str) -> None:
        desk.login()
        if state == "Available":
            desk.do("choose_state", state="Available")
        desk.refuse("no_rona_popover", "rona_go_to_idle")
        desk.refuse("no_rona_popover", "rona_go_to_available")

    @pytest.mark.parametrize("where", ["Available", "Idle", "RONA"])
    def test_rona_cannot_be_chosen_manually(self, rona: Desk, where: str) -> None:
        if where == "Available":
            rona.do("rona_go_to_available")
        elif where == "Idle":
            rona.do("rona_go_to_idle")
        rona.refuse("rona_not_selectable", "choose_state", state="RONA")


class TestToaster:
    """RONA-10, INT-21: a toaster only when RONA comes while the desktop is not active."""

    def test_no_toaster_while_the_desktop_is_active(self, desk: Desk) -> None:
        desk.available()
        desk.offer("voice", "c1")
        assert desk.advance(18)["toasters"] == []

    def test_a_toaster_when_the_desktop_is_not_the_active_window(self, make_desk: MakeDesk) -> None:
        desk = make_desk(desktop_active=False)
        desk.available()
        assert desk.snap["desktop_active"] is False
        desk.offer("email", "e1")
        assert desk.advance(30)["toasters"] == [{"kind": "rona", "channel": "email"}]

    def test_losing_focus_then_rona_raises_a_toaster(self, desk: Desk) -> None:
        desk.available()
        desk.offer("voice", "c1")
        assert desk.do("focus_lost")["desktop_active"] is False
        assert desk.advance(18)["toasters"] == [{"kind": "rona", "channel": "voice"}]

    def test_focus_regained_before_rona_means_no_toaster(self, desk: Desk) -> None:
        desk.available()
        desk.do("focus_lost")
        desk.do("focus_regained")
        desk.offer("voice", "c1")
        assert desk.advance(18)["toasters"] == []

    def test_a_wrong_dial_number_raises_a_toaster_when_not_focused(
        self, make_desk: MakeDesk
    ) -> None:
        desk = make_desk(dial_number_valid=False, desktop_active=False)
        desk.available()
        assert desk.offer("campaign", "k1")["toasters"] == [{"kind": "rona", "channel": "campaign"}]

    def test_focus_changes_to_the_same_focus_are_refused(self, desk: Desk) -> None:
        desk.login()
        desk.refuse("focus_unchanged", "focus_regained")
        desk.do("focus_lost")
        desk.refuse("focus_unchanged", "focus_lost")


def test_a_deadline_summed_from_fractions_is_met_at_its_tick() -> None:
    """0.008548 s + a 3 s limit is a hair past 3.008548 in floats, which the clock reads."""
    from agentstatus.contract import TenantConfig, parse_command
    from agentstatus.reference_impl.driver import ReferenceDriver

    driver = ReferenceDriver()
    timeouts = {"voice": 18, "chat": 30, "email": 30, "social": 3, "campaign": 18}
    driver.start(TenantConfig.from_dict({"rona_timeouts": timeouts}))
    driver.send(parse_command({"command": "login"}))
    driver.send(parse_command({"command": "choose_state", "state": "Available"}))
    driver.advance(0.008548)
    driver.send(parse_command({"command": "offer", "channel": "social", "contact": "s1"}))
    driver.advance(3)
    snap = driver.snapshot()
    assert (snap["offers"], snap["state"]) == ([], "RONA")
