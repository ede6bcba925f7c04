"""Channel capacity (EN-5, INT-16, INT-19): what may still be routed while engaged."""

from __future__ import annotations

import pytest

from agentstatus.contract.vocabulary import Channel
from tests.contract.desk import Desk
from tests.reference.conftest import MakeDesk


@pytest.mark.parametrize(("first", "second"), [("voice", "campaign"), ("campaign", "voice")])
def test_voice_and_campaign_share_the_phone_line(desk: Desk, first: str, second: str) -> None:
    desk.available()
    snap = desk.connect(first, "c1")
    assert "voice" not in snap["routable_channels"]
    assert "campaign" not in snap["routable_channels"]
    desk.refuse("not_routable", "offer", channel=second, contact="c2")


def test_a_pending_call_takes_the_line(desk: Desk) -> None:
    desk.available()
    snap = desk.offer("voice", "c1")
    assert snap["routable_channels"] == ["chat", "email", "social"]
    desk.refuse("not_routable", "offer", channel="campaign", contact="c2")


def test_chat_takes_three_at_a_time(desk: Desk) -> None:
    desk.available()
    desk.connect("chat", "c1")
    desk.connect("chat", "c2")
    snap = desk.offer("chat", "c3")
    assert "chat" not in snap["routable_channels"]
    desk.refuse("not_routable", "offer", channel="chat", contact="c4")
    desk.do("accept", contact="c3")
    desk.finish("c2")
    assert "chat" in desk.snap["routable_channels"]
    desk.offer("chat", "c4")


def test_the_line_is_free_again_once_wrap_up_is_done(desk: Desk) -> None:
    desk.available()
    desk.connect("voice", "c1")
    desk.finish("c1")
    assert "voice" in desk.snap["routable_channels"]
    desk.offer("campaign", "k1")


def test_capacity_is_per_tenant(make_desk: MakeDesk) -> None:
    two_lines = {Channel.VOICE: 2, Channel.CAMPAIGN: 2}
    desk = make_desk(capacity={**dict.fromkeys(Channel, 1), Channel.EMAIL: 0, **two_lines})
    snap = desk.available()
    assert "email" not in snap["routable_channels"]
    desk.refuse("not_routable", "offer", channel="email", contact="e1")
    desk.connect("voice", "c1")
    desk.connect("campaign", "c2")  # the line holds two calls now
    desk.refuse("not_routable", "offer", channel="voice", contact="c3")
    desk.refuse("not_routable", "offer", channel="campaign", contact="c3")


def test_an_offer_for_a_contact_already_on_the_desktop_is_refused(desk: Desk) -> None:
    desk.available()
    desk.offer("chat", "c1")
    desk.refuse("duplicate_contact", "offer", channel="email", contact="c1")
    desk.do("accept", contact="c1")
    desk.refuse("duplicate_contact", "offer", channel="chat", contact="c1")


def test_campaign_requests_ring_like_calls(desk: Desk) -> None:
    """INT-19, INT-20: ringing, 18 s, Available only."""
    desk.login()
    desk.refuse("not_routable", "offer", channel="campaign", contact="k1")
    desk.do("choose_state", state="Available")
    offer = desk.offer("campaign", "k1")["offers"][0]
    assert (offer["state"], offer["remaining_seconds"]) == ("ringing", 18)


@pytest.mark.parametrize(
    ("channel", "shown"),
    [
        ("voice", "ringing"),
        ("campaign", "ringing"),
        ("chat", "offered"),
        ("email", "offered"),
        ("social", "offered"),
    ],
)
def test_a_pending_offer_shows_ringing_only_for_calls(desk: Desk, channel: str, shown: str) -> None:
    desk.available()
    offer = desk.offer(channel, "c1")["offers"][0]
    assert (offer["contact"], offer["channel"], offer["state"]) == ("c1", channel, shown)
    assert offer["accept_flashing"] is False


def test_accepting_needs_a_pending_offer(desk: Desk) -> None:
    desk.available()
    desk.refuse("unknown_contact", "accept", contact="nobody")
    desk.connect("chat", "c1")
    desk.refuse("unknown_contact", "accept", contact="c1")
