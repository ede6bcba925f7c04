"""The reference model's transition tables: availability, interaction, monitoring.

Read each event as "from these states, under these guards, to that state". Everything the
desktop does on entering a state (timers, popover, toaster, Teams sync) lives in
``desktop.py``; everything about *whether* a change may happen lives here and in
``guards.py``. ``python -m agentstatus.reference_impl.transitions`` prints these tables as Markdown.
"""

from __future__ import annotations

from agentstatus.contract.vocabulary import AgentState, InteractionState, MonitoringState
from agentstatus.reference_impl.guards import (
    available_after_outdial,
    call_in_progress,
    is_call,
    is_chat_or_social,
    logout_in_rona_allowed,
    no_active_conversations,
    reason_differs,
    reason_is_configured,
    succeeded,
)
from agentstatus.reference_impl.table import From, StateTable

logged_out = From(AgentState.LOGGED_OUT)
available = From(AgentState.AVAILABLE)
idle = From(AgentState.IDLE)
rona = From(AgentState.RONA)

AVAILABILITY: StateTable[AgentState] = StateTable(
    "the agent's status",
    {
        "login": logged_out.to(AgentState.IDLE),
        "choose_available": (idle | rona).to(AgentState.AVAILABLE),
        "choose_idle": (available | rona).to(AgentState.IDLE, when=(reason_is_configured,))
        | idle.to(AgentState.IDLE, when=(reason_is_configured, reason_differs)),
        # An offer that was not accepted in time (RONA-1), a call that could not be
        # delivered (RONA-4, RONA-5): only an Available agent turns RONA; an agent who
        # chose Idle meanwhile stays Idle and the request simply returns to the queue.
        "offer_unanswered": available.to(AgentState.RONA) | (idle | rona).stays(),
        "delivery_failed": available.to(AgentState.RONA) | (idle | rona).stays(),
        # A call to a wrong dial number under reading INT-18=invalid-number: Idle with the
        # system idle code Invalid_Number instead of RONA (only an Available agent is offered
        # calls).
        "invalid_number": available.to(AgentState.IDLE),
        "rona_go_to_idle": rona.to(AgentState.IDLE),
        "rona_go_to_available": rona.to(AgentState.AVAILABLE),
        "supervisor_logout": (available | idle).to(
            AgentState.LOGGED_OUT, when=(no_active_conversations,)
        )
        | rona.to(AgentState.LOGGED_OUT, when=(logout_in_rona_allowed, no_active_conversations)),
        # The end of an outdial interaction (OD-1, OD-2; interpretation note INT-7).
        "outdial_finished": (idle | rona).to(AgentState.AVAILABLE, when=(available_after_outdial,))
        | available.stays(when=(available_after_outdial,))
        | (available | rona).to(AgentState.IDLE, when=(~available_after_outdial,))
        | idle.stays(when=(~available_after_outdial,)),
    },
)

_state = From[InteractionState]
connected = _state(InteractionState.CONNECTED)
on_hold = _state(InteractionState.ON_HOLD)
consult_requested = _state(InteractionState.CONSULT_REQUESTED)
consulting = _state(InteractionState.CONSULTING)
consult_on_hold = _state(InteractionState.CONSULT_ON_HOLD)
conference_requested = _state(InteractionState.CONFERENCE_REQUESTED)
conference = _state(InteractionState.CONFERENCE)
talking = (
    connected | on_hold | consult_requested | consulting | consult_on_hold
    | conference_requested | conference
)  # fmt: skip

INTERACTION: StateTable[InteractionState] = StateTable(
    "the interaction",
    {
        "hold": connected.to(InteractionState.ON_HOLD, when=(is_call,)),
        "resume": on_hold.to(InteractionState.CONNECTED, when=(is_call,))
        | consult_on_hold.to(InteractionState.CONSULTING, when=(is_call,)),
        "consult_request": (connected | on_hold).to(
            InteractionState.CONSULT_REQUESTED, when=(is_call,)
        ),
        "consult_connected": consult_requested.to(InteractionState.CONSULTING, when=(is_call,)),
        "consult_hold": consulting.to(InteractionState.CONSULT_ON_HOLD, when=(is_call,)),
        "conference_request": connected.to(
            InteractionState.CONFERENCE_REQUESTED, when=(is_chat_or_social,)
        ),
        "conference": (consulting | consult_on_hold).to(
            InteractionState.CONFERENCE, when=(is_call,)
        )
        | conference_requested.to(InteractionState.CONFERENCE, when=(is_chat_or_social,)),
        "end": talking.to(InteractionState.WRAP_UP),
    },
)

_monitor = From[MonitoringState]
not_monitored = _monitor(MonitoringState.NOT_MONITORED)
monitoring = _monitor(MonitoringState.MONITORING)
paused = _monitor(MonitoringState.PAUSED)

MONITORING: StateTable[MonitoringState] = StateTable(
    "the supervisor's monitoring",
    {
        "monitor_start": not_monitored.to(
            MonitoringState.MONITORING, when=(call_in_progress, succeeded)
        )
        | not_monitored.stays(when=(call_in_progress, ~succeeded)),
        "monitor_pause": monitoring.to(MonitoringState.PAUSED),
        "monitor_resume": paused.to(MonitoringState.MONITORING, when=(succeeded,))
        | paused.stays(when=(~succeeded,)),
        "monitor_fail": (monitoring | paused).to(MonitoringState.NOT_MONITORED),
    },
)

ALL_TABLES = (AVAILABILITY, INTERACTION, MONITORING)


def markdown() -> str:
    return "\n".join(table.to_markdown() for table in ALL_TABLES)


if __name__ == "__main__":
    print(markdown())
