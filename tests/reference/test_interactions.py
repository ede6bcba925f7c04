"""Interaction states (VS-*, DG-*): voice, chat/social and email, and what each refuses."""

from __future__ import annotations

import pytest

from tests.contract.desk import Desk

VOICE_PATHS = [
    # (commands in order, the state after each)
    [("hold", "on_hold"), ("resume", "connected"), ("end", "wrap_up")],
    [
        ("consult_request", "consult_requested"),
        ("consult_connected", "consulting"),
        ("consult_hold", "consult_on_hold"),
        ("resume", "consulting"),
        ("conference", "conference"),
        ("end", "wrap_up"),
    ],
    [
        ("hold", "on_hold"),
        ("consult_request", "consult_requested"),
        ("consult_connected", "consulting"),
        ("consult_hold", "consult_on_hold"),
        ("conference", "conference"),
        ("end", "wrap_up"),
    ],
    [("consult_request", "consult_requested"), ("end", "wrap_up")],
]
DIGITAL_PATH = [
    ("conference_request", "conference_requested"),
    ("conference", "conference"),
    ("end", "wrap_up"),
]


def _walk(desk: Desk, contact: str, path: list[tuple[str, str]]) -> None:
    for command, state in path:
        desk.do(command, contact=contact)
        assert desk.interaction(contact)["state"] == state, command
    snap = desk.do("wrapup_done", contact=contact)
    assert all(i["contact"] != contact for i in snap["interactions"])


@pytest.mark.parametrize("channel", ["voice", "campaign"])
@pytest.mark.parametrize("path", VOICE_PATHS, ids=lambda p: "-".join(c for c, _ in p))
def test_call_states(desk: Desk, channel: str, path: list[tuple[str, str]]) -> None:
    desk.available()
    desk.connect(channel, "c1")
    _walk(desk, "c1", path)


@pytest.mark.parametrize("channel", ["chat", "social"])
def test_chat_and_social_states(desk: Desk, channel: str) -> None:
    desk.available()
    desk.connect(channel, "c1")
    _walk(desk, "c1", DIGITAL_PATH)


@pytest.mark.parametrize("channel", ["chat", "social", "email"])
def test_a_digital_conversation_can_end_at_once(desk: Desk, channel: str) -> None:
    desk.available()
    desk.connect(channel, "c1")
    _walk(desk, "c1", [("end", "wrap_up")])


@pytest.mark.parametrize(
    "command", ["hold", "resume", "consult_request", "consult_connected", "consult_hold"]
)
@pytest.mark.parametrize("channel", ["email", "chat", "social"])
def test_call_actions_are_refused_on_digital_channels(
    desk: Desk, channel: str, command: str
) -> None:
    desk.available()
    desk.connect(channel, "c1")
    code = "not_for_this_channel" if command in ("hold", "consult_request") else None
    desk.refuse(code or "not_allowed_in_state", command, contact="c1")


@pytest.mark.parametrize("channel", ["voice", "campaign", "email"])
def test_conference_request_is_for_chat_and_social_only(desk: Desk, channel: str) -> None:
    desk.available()
    desk.connect(channel, "c1")
    desk.refuse("not_for_this_channel", "conference_request", contact="c1")
    desk.refuse("not_allowed_in_state", "conference", contact="c1")


def test_an_email_has_no_conference(desk: Desk) -> None:
    desk.available()
    desk.connect("email", "e1")
    desk.refuse("not_for_this_channel", "conference_request", contact="e1")


@pytest.mark.parametrize(
    ("setup", "command"),
    [
        ([], "resume"),
        ([], "consult_connected"),
        ([], "consult_hold"),
        ([], "conference"),
        ([], "wrapup_done"),
        (["hold"], "hold"),
        (["consult_request"], "consult_request"),
        (["consult_request"], "hold"),
        (["consult_request", "consult_connected"], "hold"),
        (["consult_request", "consult_connected", "conference"], "consult_hold"),
        (["end"], "hold"),
        (["end"], "end"),
        (["end"], "resume"),
    ],
)
def test_call_actions_out_of_order_are_refused(desk: Desk, setup: list[str], command: str) -> None:
    desk.available()
    desk.connect("voice", "c1")
    for step in setup:
        desk.do(step, contact="c1")
    desk.refuse("not_allowed_in_state", command, contact="c1")


@pytest.mark.parametrize("command", ["hold", "end", "wrapup_done", "conference_request"])
def test_actions_on_a_contact_not_in_the_task_list_are_refused(desk: Desk, command: str) -> None:
    desk.available()
    desk.offer("voice", "c1")
    desk.refuse("unknown_contact", command, contact="c1")  # offered, not accepted
    desk.refuse("unknown_contact", command, contact="nobody")


def test_wrapped_up_contacts_leave_the_task_list_and_the_history_keeps_them(desk: Desk) -> None:
    desk.available()
    desk.connect("chat", "c1")
    snap = desk.finish("c1")
    assert snap["interactions"] == []
    assert [h["contact"] for h in snap["history"]] == ["c1"]
    desk.refuse("unknown_contact", "wrapup_done", contact="c1")


def test_several_interactions_move_independently(desk: Desk) -> None:
    desk.available()
    desk.connect("voice", "c1")
    desk.connect("chat", "c2")
    desk.do("hold", contact="c1")
    desk.do("conference_request", contact="c2")
    states = {i["contact"]: i["state"] for i in desk.snap["interactions"]}
    assert states == {"c1": "on_hold", "c2": "conference_requested"}
