"""What the desktop shows: the model's state turned into the contract's snapshot."""

from __future__ import annotations

from typing import Any

from agentstatus.contract.vocabulary import (
    TELEPHONY_CHANNELS,
    AgentState,
    Channel,
    Icon,
    InteractionState,
    Label,
    MonitoringState,
)
from agentstatus.reference_impl.desktop import Desktop
from agentstatus.reference_impl.timers import format_idle_timer, format_timer

_ICONS = {
    (AgentState.AVAILABLE, False): Icon.AVAILABLE,
    (AgentState.IDLE, False): Icon.IDLE,
    (AgentState.RONA, False): Icon.RONA,
    (AgentState.AVAILABLE, True): Icon.ENGAGED_IN_AVAILABLE,
    (AgentState.IDLE, True): Icon.ENGAGED_IN_IDLE,
    (AgentState.RONA, True): Icon.ENGAGED_IN_RONA,
}
FLASH_WINDOW_SECONDS = 5
FLASH_MIN_TIMEOUT_SECONDS = 8


def snapshot(desktop: Desktop) -> dict[str, Any]:
    now = desktop.clock.now()
    logged_in = desktop.state != AgentState.LOGGED_OUT
    shown_state, shown_reason = desktop.state, desktop.idle_reason
    if desktop.restoring(now):
        shown_state, shown_reason = AgentState.IDLE, desktop.config.default_idle_reason
    engaged = desktop.engaged()
    return {
        "logged_in": logged_in,
        "state": shown_state.value,
        "idle_reason": shown_reason,
        "label": _label(shown_state, engaged) if logged_in else None,
        "icon": _ICONS[shown_state, engaged].value if logged_in else None,
        "state_timer": _state_timer(desktop, shown_state, engaged, now) if logged_in else None,
        "routable_channels": [
            c.value for c in Channel if logged_in and desktop.why_not_routable(c, now) is None
        ],
        "offers": [_offer(desktop, contact, now) for contact in desktop.offers],
        "interactions": [
            {
                "contact": i.contact,
                "channel": i.channel.value,
                "state": i.state.value,
                "connected_timer": format_timer(now - i.accepted_at),
                "state_timer": format_timer(now - i.state_since),
                "outdial": i.outdial,
            }
            for i in desktop.interactions.values()
        ],
        "rona_popover": (
            {
                "channel": desktop.rona_channel.value if desktop.rona_channel else None,
                "options": ["go_to_idle", "go_to_available"],
            }
            if desktop.state == AgentState.RONA
            else None
        ),
        "toasters": [dict(t) for t in desktop.toasters],
        "desktop_active": desktop.desktop_active,
        "teams": {"synced_status": desktop.teams.synced}
        if desktop.config.teams_presence_sync
        else None,
        "history": [
            {
                "contact": h.contact,
                "channel": h.channel.value,
                "total": format_timer(h.total_seconds),
                "consult_time": format_timer(h.consult_seconds),
            }
            for h in desktop.history
        ],
        "monitoring": None
        if desktop.monitoring == MonitoringState.NOT_MONITORED
        else desktop.monitoring.value,
    }


def _label(state: AgentState, engaged: bool) -> str:
    if engaged:
        return Label.ENGAGED.value
    return Label(state.value).value


def _state_timer(desktop: Desktop, state: AgentState, engaged: bool, now: float) -> str | None:
    """The timer in the availability field: hidden while Engaged, except Engaged in RONA
    (under reading INT-14=no-timer, hidden then too)."""
    if engaged and (state != AgentState.RONA or desktop.readings.get("INT-14") == "no-timer"):
        return None
    current = now - desktop.state_since
    if state == AgentState.IDLE and desktop.idle_switched and desktop.idle_streak_since is not None:
        return format_idle_timer(current, now - desktop.idle_streak_since)
    return format_timer(current)


def _offer(desktop: Desktop, contact: str, now: float) -> dict[str, Any]:
    offer = desktop.offers[contact]
    timeout = desktop.config.rona_timeouts[offer.channel]
    # Time is kept to the microsecond: rounding to it removes float noise, and never shows
    # a pending offer with 0 s left (rounding to milliseconds did, in its last 0.5 ms).
    remaining = round(offer.deadline - now, 6)
    return {
        "contact": offer.contact,
        "channel": offer.channel.value,
        "state": (
            InteractionState.RINGING
            if offer.channel in TELEPHONY_CHANNELS
            else InteractionState.OFFERED
        ).value,
        "remaining_seconds": remaining,
        # RONA-3: flashes during the last 5 s, only where the limit is over 8 s (note INT-2).
        "accept_flashing": timeout > FLASH_MIN_TIMEOUT_SECONDS
        and remaining <= FLASH_WINDOW_SECONDS,
    }
