"""The tenant configuration a desktop starts with: everything an administrator can set.

Plain data both ways (``to_dict``/``from_dict``) so the same configuration can travel over
the JSON-lines protocol; ``config.schema.json`` describes the dict form.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from agentstatus.contract.errors import ContractError
from agentstatus.contract.vocabulary import Channel

DEFAULT_RONA_TIMEOUTS: Mapping[Channel, float] = MappingProxyType(
    {
        Channel.VOICE: 18,
        Channel.CHAT: 30,
        Channel.EMAIL: 30,
        Channel.SOCIAL: 30,
        Channel.CAMPAIGN: 18,  # a campaign call rings on the phone: telephony timeout
    }
)
DEFAULT_CAPACITY: Mapping[Channel, int] = MappingProxyType(
    {Channel.VOICE: 1, Channel.CHAT: 3, Channel.EMAIL: 1, Channel.SOCIAL: 1, Channel.CAMPAIGN: 1}
)
DEFAULT_IDLE_REASONS: tuple[str, ...] = ("idle", "lunch", "meeting", "training")


@dataclass(frozen=True)
class TenantConfig:
    rona_timeouts: Mapping[Channel, float] = field(default_factory=lambda: DEFAULT_RONA_TIMEOUTS)
    idle_reasons: tuple[str, ...] = DEFAULT_IDLE_REASONS
    #: Where the agent lands at login and after the RONA popover's *Go to Idle*.
    default_idle_reason: str = "idle"
    agent_available_after_outdial: bool = False
    capacity: Mapping[Channel, int] = field(default_factory=lambda: DEFAULT_CAPACITY)
    teams_presence_sync: bool = False
    dial_number_valid: bool = True
    desktop_active: bool = True
    #: How long a reloaded desktop shows Idle before Available is restored ("a short while").
    reload_restore_seconds: float = 2

    def __post_init__(self) -> None:
        problems = list(self._problems())
        if problems:
            raise ContractError("invalid_config", "; ".join(problems))

    def _problems(self) -> list[str]:
        found = []
        for channel in Channel:
            timeout = self.rona_timeouts.get(channel)
            if timeout is None or timeout <= 0:
                found.append(f"rona_timeouts.{channel} must be a positive number of seconds")
            capacity = self.capacity.get(channel)
            if capacity is None or capacity < 0:
                found.append(f"capacity.{channel} must be a whole number of 0 or more")
        if not self.idle_reasons:
            found.append("idle_reasons must name at least one idle reason")
        if len(set(self.idle_reasons)) != len(self.idle_reasons):
            found.append("idle_reasons must not repeat a reason")
        if self.default_idle_reason not in self.idle_reasons:
            found.append(
                f"default_idle_reason {self.default_idle_reason!r} is not one of idle_reasons"
            )
        if self.reload_restore_seconds < 0:
            found.append("reload_restore_seconds must not be negative")
        return found

    def with_changes(self, **changes: Any) -> TenantConfig:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rona_timeouts": {str(c): self.rona_timeouts[c] for c in Channel},
            "idle_reasons": list(self.idle_reasons),
            "default_idle_reason": self.default_idle_reason,
            "agent_available_after_outdial": self.agent_available_after_outdial,
            "capacity": {str(c): self.capacity[c] for c in Channel},
            "teams_presence_sync": self.teams_presence_sync,
            "dial_number_valid": self.dial_number_valid,
            "desktop_active": self.desktop_active,
            "reload_restore_seconds": self.reload_restore_seconds,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TenantConfig:
        """Build from the dict form; missing keys take the defaults, unknown keys are refused."""
        known = set(cls().to_dict())
        unknown = sorted(set(data) - known)
        if unknown:
            raise ContractError(
                "invalid_config",
                f"unknown configuration keys {unknown}; known keys are {sorted(known)}",
            )
        kwargs: dict[str, Any] = dict(data)
        try:
            if "rona_timeouts" in data:
                kwargs["rona_timeouts"] = {
                    **DEFAULT_RONA_TIMEOUTS,
                    **{Channel(k): v for k, v in data["rona_timeouts"].items()},
                }
            if "capacity" in data:
                kwargs["capacity"] = {
                    **DEFAULT_CAPACITY,
                    **{Channel(k): v for k, v in data["capacity"].items()},
                }
        except ValueError as error:
            raise ContractError(
                "invalid_config", f"{error}; channels are {list(Channel)}"
            ) from None
        if "idle_reasons" in data:
            kwargs["idle_reasons"] = tuple(data["idle_reasons"])
        return cls(**kwargs)
