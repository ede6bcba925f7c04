"""The pure snapshot checks and the messages they become, on hand-written snapshots."""

from __future__ import annotations

from typing import Any

from agentstatus.steps import expectations as check
from agentstatus.steps.messages import render


def snapshot(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "logged_in": True,
        "state": "Available",
        "idle_reason": None,
        "label": "Available",
        "icon": "available",
        "state_timer": "00:00",
        "routable_channels": ["voice", "chat", "email", "social", "campaign"],
        "offers": [],
        "interactions": [],
        "rona_popover": None,
        "toasters": [],
        "desktop_active": True,
        "teams": None,
        "history": [],
        "monitoring": None,
    }
    return base | fields


def test_status_compares_the_idle_reason_not_only_the_state() -> None:
    lunch = snapshot(state="Idle", idle_reason="lunch")
    assert check.status(lunch, "Idle:lunch") is None
    mismatch = check.status(lunch, "Idle:meeting")
    assert mismatch is not None
    assert render(mismatch, "sv") == (
        'Statusen: förväntat "Möte", men skrivbordet visar "Lunchrast"'
    )
    assert render(mismatch, "en") == (
        'The status: expected "Meeting", but the desktop shows "Lunch break"'
    )


def test_no_state_timer_means_none_not_an_empty_timer() -> None:
    assert check.state_timer(snapshot(state_timer=None), None) is None
    mismatch = check.state_timer(snapshot(), None)
    assert mismatch is not None
    assert render(mismatch, "sv") == 'Statustimern: förväntat inget, men skrivbordet visar "00:00"'


def test_routing_per_channel_and_for_all_channels() -> None:
    idle = snapshot(routable_channels=[])
    assert check.routed(idle, "chat", False) is None
    mismatch = check.routed(idle, "chat", True)
    assert mismatch is not None
    assert render(mismatch, "sv") == (
        "Dirigeras förfrågningar om chatt: förväntat ja, men skrivbordet visar nej"
    )
    assert check.routed_channels(idle, []) is None
    assert check.routed_channels(snapshot(), ["chat"]) is not None


def test_offers_and_the_flashing_accept_button() -> None:
    offer = {
        "contact": "voice-1",
        "channel": "voice",
        "state": "ringing",
        "remaining_seconds": 5,
        "accept_flashing": True,
    }
    ringing = snapshot(offers=[offer])
    assert check.offer_pending(ringing, "voice-1", True) is None
    assert check.offer_pending(ringing, "voice-2", True) is not None
    assert check.accept_flashing(ringing, "voice-1", True) is None
    assert check.accept_flashing(ringing, "voice-1", False) is not None
    gone = check.accept_flashing(snapshot(), "voice-1", True)
    assert gone is not None and gone.subject == "offer_pending"
    assert check.interaction_state(ringing, "voice-1", "ringing") is None


def test_interaction_timers_and_history() -> None:
    call = {
        "contact": "voice-1",
        "channel": "voice",
        "state": "on_hold",
        "connected_timer": "01:45",
        "state_timer": "00:45",
        "outdial": False,
    }
    held = snapshot(
        interactions=[call],
        history=[
            {"contact": "voice-1", "total": "05:00", "consult_time": "03:00", "channel": "voice"}
        ],
    )
    assert check.timer_beside_state(held, "on_hold", "00:45") is None
    wrong = check.timer_beside_state(held, "on_hold", "00:46")
    assert wrong is not None
    assert render(wrong, "sv") == (
        'Timern bredvid Samtal i vänteläge: förväntat "00:46", men skrivbordet visar "00:45"'
    )
    assert check.timer_beside_state(held, "consult_on_hold", "00:45") is not None
    assert check.connected_timer(held, "voice-1", "01:45") is None
    assert check.in_task_list(held, "voice-1", True) is None
    assert check.history_total(held, "voice-1", "05:00") is None
    assert check.history_consult_time(held, "voice-1", "02:00") is not None


def test_popover_toaster_teams_and_monitoring() -> None:
    rona = snapshot(
        state="RONA",
        rona_popover={"channel": "voice", "options": ["go_to_idle", "go_to_available"]},
        toasters=[{"kind": "rona", "channel": "voice"}],
        teams={"synced_status": None},
    )
    assert check.rona_popover(rona, ["go_to_available", "go_to_idle"]) is None
    assert check.rona_popover(snapshot(), None) is None
    assert check.rona_popover(rona, None) is not None
    assert check.rona_toaster(rona, True) is None
    assert check.rona_toaster(snapshot(), True) is not None
    assert check.teams_shown(rona, True) is None
    assert check.teams_shown(snapshot(), False) is None
    assert check.teams_presence(rona, "Available") is not None
    assert check.supervisor_monitoring(snapshot(monitoring="paused"), "paused") is None


def test_monitoring_must_leave_no_trace_in_the_agents_view() -> None:
    before = snapshot()
    assert check.agent_view_unchanged(before, snapshot(monitoring="monitoring")) is None
    changed = snapshot(icon="engaged-in-idle", routable_channels=[], monitoring="monitoring")
    mismatch = check.agent_view_unchanged(before, changed)
    assert mismatch is not None and mismatch.actual == ["icon", "routable_channels"]
    leaked = snapshot(label="Monitoring", monitoring="monitoring")
    mismatch = check.agent_view_unchanged(None, leaked)
    assert mismatch is not None and mismatch.actual == ["Monitoring"]


def test_a_refusal_must_be_of_the_named_command_and_change_nothing() -> None:
    assert check.refused("choose_state", True, "choose_state") is None
    assert check.refused("choose_state", False, "choose_state") is not None
    assert check.refused("offer", True, "choose_state") is not None
    assert check.unchanged(snapshot(), snapshot()) is None
    changed = check.unchanged(snapshot(), snapshot(state_timer="00:01"))
    assert changed is not None and changed.actual == ["state_timer"]
