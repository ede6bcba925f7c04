"""The named predicates the transition tables use as guards.

Each guard reads an ``EventContext`` and carries the rejection (code and message) given
when it is the reason a command cannot be carried out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from agentstatus.contract.vocabulary import DIGITAL_CHANNELS, TELEPHONY_CHANNELS, Channel
from agentstatus.reference_impl.table import Guard

if TYPE_CHECKING:
    from agentstatus.reference_impl.desktop import Desktop, Interaction


@dataclass(frozen=True)
class EventContext:
    desktop: Desktop
    idle_reason: str | None = None
    interaction: Interaction | None = None
    succeeded: bool = True


def _channel(ctx: EventContext) -> Channel | None:
    return ctx.interaction.channel if ctx.interaction else None


reason_is_configured = Guard(
    "reason is configured",
    lambda ctx: ctx.idle_reason in ctx.desktop.config.idle_reasons,
    "unknown_idle_reason",
    "that idle reason is not configured for this tenant; choose one of its idle reasons",
)
reason_differs = Guard(
    "reason differs from the current one",
    lambda ctx: ctx.idle_reason != ctx.desktop.idle_reason,
    "already_in_state",
    "the agent is already in that idle reason; choose another state",
)
no_active_conversations = Guard(
    "no active conversations",
    lambda ctx: not ctx.desktop.interactions and not ctx.desktop.offers,
    "logout_not_allowed",
    "a supervisor can log out an agent only while the agent has no active conversations",
)
logout_in_rona_allowed = Guard(
    "reading INT-17 is lenient",
    lambda ctx: ctx.desktop.readings.get("INT-17") == "lenient",
    "not_allowed_in_state",
    "a supervisor cannot log out an agent in RONA (note INT-17)",
)
available_after_outdial = Guard(
    "Agent Available After Outdial is Yes",
    lambda ctx: ctx.desktop.config.agent_available_after_outdial,
    "internal",
    "Agent Available After Outdial is No",
)
is_call = Guard(
    "the interaction is a call",
    lambda ctx: _channel(ctx) in TELEPHONY_CHANNELS,
    "not_for_this_channel",
    "that action exists only for voice and campaign calls",
)
is_chat_or_social = Guard(
    "the interaction is a chat or social conversation",
    lambda ctx: _channel(ctx) in DIGITAL_CHANNELS - {Channel.EMAIL},
    "not_for_this_channel",
    "that action exists only for chat and social conversations",
)
call_in_progress = Guard(
    "the agent has a call in progress",
    lambda ctx: ctx.desktop.call_in_progress(),
    "nothing_to_monitor",
    "a supervisor can monitor only while the agent has a call in progress",
)
succeeded = Guard(
    "the attempt succeeded",
    lambda ctx: ctx.succeeded,
    "internal",
    "the attempt failed",
)
