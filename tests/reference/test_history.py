"""Interaction history (TM-6, INT-15): the total includes consult time and excludes wrap-up."""

from __future__ import annotations

from tests.contract.desk import Desk


def test_the_total_runs_from_accept_to_the_end_of_the_communication(desk: Desk) -> None:
    desk.available()
    desk.offer("voice", "c1")
    desk.advance(10)  # ringing time is not part of the contact
    desk.do("accept", contact="c1")
    desk.advance(125)
    desk.do("end", contact="c1")
    desk.advance(300)  # wrap-up is not part of it either
    snap = desk.do("wrapup_done", contact="c1")
    assert snap["history"] == [
        {"contact": "c1", "channel": "voice", "total": "02:05", "consult_time": "00:00"}
    ]


def test_consulting_and_consult_on_hold_count_and_are_shown_separately(desk: Desk) -> None:
    desk.available()
    desk.connect("voice", "c1")
    for command, seconds in [
        (None, 60),
        ("consult_request", 10),
        ("consult_connected", 30),
        ("consult_hold", 20),
        ("resume", 10),
        ("conference", 40),
        ("end", 0),
    ]:
        if command:
            desk.do(command, contact="c1")
        desk.advance(seconds)
    entry = desk.snap["history"][0]
    assert (entry["total"], entry["consult_time"]) == ("02:50", "01:00")


def test_the_entry_appears_when_the_communication_ends(desk: Desk) -> None:
    desk.available()
    desk.connect("email", "e1")
    desk.advance(61)
    assert desk.snap["history"] == []
    snap = desk.do("end", contact="e1")
    assert snap["history"] == [
        {"contact": "e1", "channel": "email", "total": "01:01", "consult_time": "00:00"}
    ]


def test_the_history_lists_contacts_in_the_order_they_ended(desk: Desk) -> None:
    desk.available()
    desk.connect("chat", "a")
    desk.connect("chat", "b")
    desk.advance(5)
    desk.do("end", contact="b")
    desk.advance(3600)
    desk.do("end", contact="a")
    assert [(h["contact"], h["total"]) for h in desk.snap["history"]] == [
        ("b", "00:05"),
        ("a", "01:00:05"),
    ]


def test_an_outdial_is_in_the_history(desk: Desk) -> None:
    desk.login()
    desk.do("outdial_start", contact="o1")
    desk.advance(42)
    desk.do("end", contact="o1")
    assert desk.snap["history"][0]["total"] == "00:42"
