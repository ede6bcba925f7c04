"""The canonical names every implementation speaks: states, channels, idle reasons.

These are identifiers, not display words. The Swedish and English words a person reads
come from the step vocabulary and the gettext catalogs; an implementation under test only
ever exchanges these names.
"""

from __future__ import annotations

from enum import StrEnum


class AgentState(StrEnum):
    """The availability status of the agent (Webex API names)."""

    LOGGED_OUT = "LoggedOut"
    AVAILABLE = "Available"
    IDLE = "Idle"
    RONA = "RONA"


class Channel(StrEnum):
    VOICE = "voice"
    CHAT = "chat"
    EMAIL = "email"
    SOCIAL = "social"
    CAMPAIGN = "campaign"


#: Channels carried on the agent's phone line; they share one telephony capacity.
TELEPHONY_CHANNELS: frozenset[Channel] = frozenset({Channel.VOICE, Channel.CAMPAIGN})
DIGITAL_CHANNELS: frozenset[Channel] = frozenset({Channel.CHAT, Channel.EMAIL, Channel.SOCIAL})


class InteractionState(StrEnum):
    """What the interaction control pane shows for one contact."""

    RINGING = "ringing"  # a voice or campaign offer whose popover is visible
    OFFERED = "offered"  # a digital offer waiting to be accepted
    CONNECTED = "connected"
    ON_HOLD = "on_hold"
    CONSULT_REQUESTED = "consult_requested"
    CONSULTING = "consulting"
    CONSULT_ON_HOLD = "consult_on_hold"
    CONFERENCE_REQUESTED = "conference_requested"
    CONFERENCE = "conference"
    WRAP_UP = "wrap_up"


class Icon(StrEnum):
    """The icon in the availability field."""

    AVAILABLE = "available"
    IDLE = "idle"
    RONA = "rona"
    ENGAGED_IN_AVAILABLE = "engaged-in-available"
    ENGAGED_IN_IDLE = "engaged-in-idle"
    ENGAGED_IN_RONA = "engaged-in-rona"


class Label(StrEnum):
    """The word in the availability field."""

    AVAILABLE = "Available"
    IDLE = "Idle"
    RONA = "RONA"
    ENGAGED = "Engaged"


class DeliveryFailureCause(StrEnum):
    NETWORK = "network"
    PHONE = "phone"
    DEVICE = "device"


class MonitoringState(StrEnum):
    NOT_MONITORED = "not_monitored"
    MONITORING = "monitoring"
    PAUSED = "paused"


class RonaOption(StrEnum):
    GO_TO_IDLE = "go_to_idle"
    GO_TO_AVAILABLE = "go_to_available"


class ToasterKind(StrEnum):
    RONA = "rona"
