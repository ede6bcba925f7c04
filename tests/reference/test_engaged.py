"""Engaged (EN-*, UC-4..6, UC-9): the label, its three icons, and the timers around it."""

from __future__ import annotations

from tests.contract.desk import Desk


def test_accepting_turns_available_into_the_engaged_label(desk: Desk) -> None:
    desk.available()
    desk.advance(120)
    snap = desk.connect("voice", "c1")
    assert (snap["state"], snap["label"], snap["icon"]) == (
        "Available",
        "Engaged",
        "engaged-in-available",
    )
    assert snap["state_timer"] is None  # the connected timer is in the control pane instead
    assert snap["interactions"] == [
        {
            "contact": "c1",
            "channel": "voice",
            "state": "connected",
            "connected_timer": "00:00",
            "state_timer": "00:00",
            "outdial": False,
        }
    ]


def test_a_pending_offer_alone_is_not_engaged(desk: Desk) -> None:
    desk.available()
    snap = desk.offer("chat", "c1")
    assert (snap["label"], snap["icon"], snap["state_timer"]) == ("Available", "available", "00:00")


def test_choosing_an_idle_reason_while_engaged_changes_the_icon(desk: Desk) -> None:
    """EN-3, UC-5, INT-5: the status changes at once; its timer shows after the interaction."""
    desk.available()
    desk.connect("chat", "c1")
    desk.advance(60)
    snap = desk.idle("lunch")
    assert (snap["state"], snap["idle_reason"], snap["label"], snap["icon"]) == (
        "Idle",
        "lunch",
        "Engaged",
        "engaged-in-idle",
    )
    assert snap["state_timer"] is None
    desk.advance(90)
    snap = desk.finish("c1")
    assert (snap["label"], snap["icon"], snap["state_timer"]) == ("Idle", "idle", "01:30")


def test_engaged_to_available_shows_the_whole_available_time(desk: Desk) -> None:
    """UC-6, INT-4: Available before accepting + connected + wrap-up, not 00:00."""
    desk.available()
    desk.advance(120)
    desk.connect("voice", "c1")
    desk.advance(300)
    desk.do("end", contact="c1")
    desk.advance(45)
    snap = desk.do("wrapup_done", contact="c1")
    assert (snap["label"], snap["icon"], snap["state_timer"]) == (
        "Available",
        "available",
        "07:45",
    )


def test_engaged_in_available_keeps_receiving_on_other_channels(desk: Desk) -> None:
    """EN-5: more requests on other channels, as capacity allows."""
    desk.available()
    snap = desk.connect("voice", "c1")
    assert snap["routable_channels"] == ["chat", "email", "social"]
    desk.offer("email", "e1")
    snap = desk.do("accept", contact="e1")
    assert [i["contact"] for i in snap["interactions"]] == ["c1", "e1"]
    assert snap["routable_channels"] == ["chat", "social"]


def test_engaged_in_idle_receives_nothing(desk: Desk) -> None:
    desk.available()
    desk.connect("voice", "c1")
    desk.idle()
    for channel in ("chat", "email", "social"):
        desk.refuse("not_routable", "offer", channel=channel, contact="x")


class TestEngagedInRona:
    """UC-9, INT-14: an unanswered request during an interaction."""

    def _rona_during_a_call(self, desk: Desk) -> None:
        desk.available()
        desk.advance(120)
        desk.connect("voice", "c1")
        desk.advance(300)
        desk.offer("email", "e1")
        desk.advance(30)

    def test_the_rona_timer_shows_from_00_00(self, desk: Desk) -> None:
        self._rona_during_a_call(desk)
        snap = desk.snap
        assert (snap["state"], snap["label"], snap["icon"], snap["state_timer"]) == (
            "RONA",
            "Engaged",
            "engaged-in-rona",
            "00:00",
        )
        assert snap["rona_popover"]["channel"] == "email"
        assert snap["interactions"][0]["state"] == "connected"
        assert desk.advance(12)["state_timer"] == "00:12"

    def test_go_to_idle_hides_the_restarted_timer_until_the_call_ends(self, desk: Desk) -> None:
        self._rona_during_a_call(desk)
        desk.advance(20)
        snap = desk.do("rona_go_to_idle")
        assert (snap["state"], snap["label"], snap["icon"], snap["state_timer"]) == (
            "Idle",
            "Engaged",
            "engaged-in-idle",
            None,
        )
        desk.advance(60)
        snap = desk.finish("c1")
        assert (snap["label"], snap["state_timer"]) == ("Idle", "01:00")

    def test_go_to_available_restarts_the_available_timer(self, desk: Desk) -> None:
        self._rona_during_a_call(desk)
        snap = desk.do("rona_go_to_available")
        assert (snap["state"], snap["label"], snap["icon"], snap["state_timer"]) == (
            "Available",
            "Engaged",
            "engaged-in-available",
            None,
        )
        desk.advance(40)
        assert desk.finish("c1")["state_timer"] == "00:40"

    def test_the_call_ending_in_rona_keeps_rona_and_its_timer(self, desk: Desk) -> None:
        self._rona_during_a_call(desk)
        desk.advance(5)
        snap = desk.finish("c1")
        assert (snap["state"], snap["label"], snap["icon"], snap["state_timer"]) == (
            "RONA",
            "RONA",
            "rona",
            "00:05",
        )
