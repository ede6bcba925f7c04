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


# ------------------------------------------------ what a display check compares (INT-24)


def test_the_same_display_spelled_differently_passes() -> None:
    assert check.state_timer(snapshot(state_timer="20:00 / 30:00"), "20:00/30:00") is None
    assert check.state_timer(snapshot(state_timer="20:00/ 30:00"), "20:00/30:00") is None
    assert check.state_timer(snapshot(state_timer="0:05"), "00:05") is None
    assert check.state_timer(snapshot(state_timer="1:00:00"), "01:00:00") is None
    assert check.state_timer(snapshot(state_timer="0:00 / 0:00"), "00:00/00:00") is None
    call = {
        "contact": "voice-1",
        "state": "on_hold",
        "connected_timer": "1:45",
        "state_timer": "0:45",
    }
    held = snapshot(
        interactions=[call],
        history=[{"contact": "voice-1", "total": "5:00", "consult_time": "0:00"}],
    )
    assert check.connected_timer(held, "voice-1", "01:45") is None
    assert check.timer_beside_state(held, "on_hold", "00:45") is None
    assert check.history_total(held, "voice-1", "05:00") is None
    assert check.history_consult_time(held, "voice-1", "00:00") is None


def test_another_display_fails_and_names_what_it_showed() -> None:
    for shown, expected in [
        ("20:01/30:00", "20:00/30:00"),  # a wrong value
        ("20:00", "20:00/30:00"),  # the total missing
        ("00:00/00:00", "00:00"),  # a total where none is shown
        ("60:00", "01:00:00"),  # minutes past the hour: another layout (INT-8)
        ("00:59:59", "59:59"),  # an hours field below one hour: another layout
        ("00:00", None),  # a timer where none is shown
        (None, "00:00"),  # none where one is shown
    ]:
        mismatch = check.state_timer(snapshot(state_timer=shown), expected)
        assert mismatch is not None, (shown, expected)
        assert (mismatch.expected, mismatch.actual) == (expected, shown)
    mismatch = check.state_timer(snapshot(state_timer="20:00 / 30:01"), "20:00/30:00")
    assert mismatch is not None
    assert render(mismatch, "en") == (
        'The state timer: expected "20:00/30:00", but the desktop shows "20:00 / 30:01"'
    )


def test_the_display_form_keeps_everything_but_spacing_and_the_leading_zero() -> None:
    assert check.display_form("0:05") == "00:05"
    assert check.display_form("100:00:00") == "100:00:00"
    assert check.display_form("5:00 /  10:00") == "05:00/10:00"
    assert check.display_form("00:59:59") == "00:59:59"
    assert check.display_form("soon") == "soon"
    assert check.display_form(None) is None


def _after(before: dict[str, Any], seconds: float) -> check.LastCommand:
    return check.LastCommand(before=before, seconds_since=seconds)


def test_right_after_a_status_change_the_previous_value_may_still_show() -> None:
    # Available for 3 minutes, then the agent chooses Lunch break.
    available = snapshot(state_timer="03:00")
    lunch = {"state": "Idle", "idle_reason": "lunch", "label": "Idle", "icon": "idle"}
    lagging = snapshot(**lunch, state_timer="03:00")
    assert check.state_timer(lagging, "00:00", _after(available, 0)) is None
    assert check.state_timer(lagging, "00:00", _after(available, 0.999)) is None
    assert (
        check.state_timer(snapshot(**lunch, state_timer="3:00"), "00:00", _after(available, 0.5))
        is None
    )
    # the current value is right at any time
    assert (
        check.state_timer(snapshot(**lunch, state_timer="00:00"), "00:00", _after(available, 0))
        is None
    )


def test_the_lag_is_one_tick_after_a_status_change_and_nothing_else() -> None:
    available = snapshot(state_timer="03:00")
    lunch = {"state": "Idle", "idle_reason": "lunch", "label": "Idle", "icon": "idle"}
    # one second after the change the old value is wrong: 00:01 it must be
    late = check.state_timer(snapshot(**lunch, state_timer="03:01"), "00:01", _after(available, 1))
    assert late is not None and late.expected == "00:01"
    # at the instant of the change a timer ahead of time is wrong
    early = check.state_timer(snapshot(**lunch, state_timer="00:02"), "00:00", _after(available, 0))
    assert early is not None and (early.expected, early.actual) == ("00:00", "00:02")
    # a wrong value is wrong, lag or not
    wrong = check.state_timer(snapshot(**lunch, state_timer="02:59"), "00:00", _after(available, 0))
    assert wrong is not None
    # without a status change (a refused choice, an accepted request) there is no lag
    same = check.state_timer(snapshot(state_timer="03:00"), "00:00", _after(available, 0))
    assert same is not None
    # without a last command there is no lag either
    assert check.state_timer(snapshot(**lunch, state_timer="03:00"), "00:00") is not None


def test_an_idle_to_idle_switch_must_show_its_total_once_the_lag_is_over() -> None:
    # Idle for 10 minutes, then Lunch break: 00:00/10:00; the old display was 10:00.
    idle = snapshot(
        state="Idle", idle_reason="idle", label="Idle", icon="idle", state_timer="10:00"
    )
    lunch = {"state": "Idle", "idle_reason": "lunch", "label": "Idle", "icon": "idle"}
    assert (
        check.state_timer(snapshot(**lunch, state_timer="10:00"), "00:00/10:00", _after(idle, 0))
        is None
    )
    missing = check.state_timer(
        snapshot(**lunch, state_timer="00:00"), "00:00/10:00", _after(idle, 0)
    )
    assert missing is not None and missing.actual == "00:00"
    stale = check.state_timer(
        snapshot(**lunch, state_timer="10:00"), "00:01/10:01", _after(idle, 1)
    )
    assert stale is not None


def test_what_was_shown_before_may_be_no_timer_or_a_timer_that_should_be_gone() -> None:
    logged_out = snapshot(
        logged_in=False, state="LoggedOut", label=None, icon=None, state_timer=None
    )
    idle = {"state": "Idle", "idle_reason": "idle", "label": "Idle", "icon": "idle"}
    # right after login a client may not have drawn the timer yet, a second later it must
    assert (
        check.state_timer(snapshot(**idle, state_timer=None), "00:00", _after(logged_out, 0.5))
        is None
    )
    late = check.state_timer(snapshot(**idle, state_timer=None), "00:01", _after(logged_out, 1))
    assert late is not None
    # Go to Idle while engaged in RONA: the RONA timer may linger for the second, then goes
    rona = snapshot(state="RONA", label="Engaged", icon="engaged-in-rona", state_timer="00:00")
    engaged_idle = {**idle, "label": "Engaged", "icon": "engaged-in-idle"}
    assert (
        check.state_timer(snapshot(**engaged_idle, state_timer="00:00"), None, _after(rona, 0))
        is None
    )
    assert (
        check.state_timer(snapshot(**engaged_idle, state_timer="00:01"), None, _after(rona, 1))
        is not None
    )
