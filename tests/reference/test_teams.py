"""Teams presence sync (TS-*, INT-10): off, the first 40 minutes, then within 12 seconds."""

from __future__ import annotations

import pytest

from tests.contract.desk import Desk
from tests.reference.conftest import MakeDesk

FIRST_SYNC = 40 * 60
SYNC = 12


@pytest.fixture
def desk(make_desk: MakeDesk) -> Desk:
    return make_desk(teams_presence_sync=True)


def test_without_presence_sync_there_is_no_teams_status(make_desk: MakeDesk) -> None:
    desk = make_desk()
    desk.available()
    assert desk.advance(FIRST_SYNC)["teams"] is None


def test_the_first_sync_after_the_first_login_takes_up_to_40_minutes(desk: Desk) -> None:
    desk.login()
    desk.do("choose_state", state="Available")
    assert desk.advance(FIRST_SYNC - 1)["teams"] == {"synced_status": None}
    assert desk.advance(1)["teams"] == {"synced_status": "Available"}


def test_the_delay_does_not_hold_up_the_agent(desk: Desk) -> None:
    """TS-2: the agent works normally while Teams has not caught up."""
    desk.available()
    desk.connect("voice", "c1")
    assert desk.snap["label"] == "Engaged"


def test_later_changes_reach_teams_within_12_seconds(desk: Desk) -> None:
    desk.login()
    desk.advance(FIRST_SYNC)
    assert desk.snap["teams"] == {"synced_status": "Idle"}
    desk.do("choose_state", state="Available")
    assert desk.advance(SYNC - 0.001)["teams"] == {"synced_status": "Idle"}
    assert desk.advance(0.001)["teams"] == {"synced_status": "Available"}


@pytest.mark.parametrize(
    ("action", "synced"),
    [("engage", "Engaged"), ("rona", "RONA"), ("logout", "LoggedOut")],
)
def test_every_shown_status_is_synced(desk: Desk, action: str, synced: str) -> None:
    desk.available()
    desk.advance(FIRST_SYNC)
    if action == "engage":
        desk.connect("chat", "c1")
    elif action == "rona":
        desk.offer("chat", "c1")
        desk.advance(30)
    else:
        desk.do("supervisor_logout")
    assert desk.advance(SYNC)["teams"] == {"synced_status": synced}


def test_a_later_login_syncs_within_12_seconds(desk: Desk) -> None:
    desk.login()
    desk.advance(FIRST_SYNC)
    desk.do("supervisor_logout")
    assert desk.advance(SYNC)["teams"] == {"synced_status": "LoggedOut"}
    desk.login()
    assert desk.advance(SYNC)["teams"] == {"synced_status": "Idle"}


def test_a_logout_before_the_first_sync_does_not_restart_the_40_minutes(desk: Desk) -> None:
    desk.login()
    desk.advance(60)
    desk.do("supervisor_logout")
    desk.login()
    assert desk.advance(FIRST_SYNC - 61)["teams"] == {"synced_status": None}
    assert desk.advance(1)["teams"] == {"synced_status": "Idle"}


def test_a_reload_flicker_is_not_synced(desk: Desk) -> None:
    desk.available()
    desk.advance(FIRST_SYNC)
    desk.do("reload")
    assert desk.advance(1)["teams"] == {"synced_status": "Available"}
    assert desk.advance(SYNC)["teams"] == {"synced_status": "Available"}


def test_changes_arrive_in_order(desk: Desk) -> None:
    desk.login()
    desk.advance(FIRST_SYNC)
    desk.do("choose_state", state="Available")
    desk.advance(5)
    desk.idle("lunch")
    assert desk.advance(7)["teams"] == {"synced_status": "Available"}
    assert desk.advance(5)["teams"] == {"synced_status": "Idle"}
