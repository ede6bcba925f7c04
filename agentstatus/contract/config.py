"""The tenant configuration a desktop starts with: everything an administrator can set.

Plain data both ways (``to_dict``/``from_dict``) so the same configuration can travel over
the JSON-lines protocol; ``config.schema.json`` describes the dict form.

A configuration is checked when it is made, however it is made (``TenantConfig(...)``,
``from_dict``, ``with_changes``): a bad value must be refused at the door with a message
that names it, not found later as a desktop whose every snapshot raises (a NaN timeout) or
that shows ``Infinity`` (an infinite one). The checks here and ``config.schema.json`` say
the same thing, except what JSON cannot carry (NaN, infinities, tuples) and what JSON
Schema cannot say (the default idle reason is one of the idle reasons).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Any

from agentstatus.contract.errors import ContractError, shown
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

#: The keys whose default the source text itself gives (docs/contract.md, Tenant
#: configuration): the RONA limits ("18 sekunder och 30 sekunder", campaign as a call by
#: INT-19), no Teams presence sync unless the administrator has configured and enabled it,
#: a dial number that is right and a desktop that is the active window (the source names
#: the other case as the exception). Every implementation must apply these defaults itself:
#: the suite's "default values" Background leaves them out of the configuration it sends.
#: Every other key is tenant data (idle reasons, capacities, the outdial setting) or a
#: stand-in for the network (the reload delay), which the suite always sends.
SOURCE_DEFAULTED: frozenset[str] = frozenset(
    {"rona_timeouts", "teams_presence_sync", "dial_number_valid", "desktop_active"}
)

#: A name (an idle reason) has at least one character that is not white space; the same
#: regular expression is the ``pattern`` of names in ``config.schema.json``.
NAME_PATTERN = r"\S"
_NAME = re.compile(NAME_PATTERN)
_CHANNELS = frozenset(c.value for c in Channel)
_CHANNEL_LIST = ", ".join(c.value for c in Channel)
_BOOLEANS = (
    "agent_available_after_outdial",
    "teams_presence_sync",
    "dial_number_valid",
    "desktop_active",
)
_SECONDS_NEED = "a positive number of seconds (finite, above 0)"
_CAPACITY_NEED = "a whole number of 0 or more"
_NAME_NEED = "a name (a string with at least one character that is not a space)"


def _is_number(value: Any) -> bool:
    """An int or a float; ``True`` is not a number here, although Python says it is 1."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_finite(value: Any) -> bool:
    # an int is always finite (and math.isfinite fails on one too large for a float)
    return _is_number(value) and (isinstance(value, int) or math.isfinite(value))


def _is_positive_seconds(value: Any) -> bool:
    return _is_finite(value) and value > 0


def _is_whole_count(value: Any) -> bool:
    """JSON Schema's ``integer``: 2.0 is a whole number too (it becomes ``2``)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return (isinstance(value, int) or value.is_integer()) and value >= 0


def is_name(value: Any) -> bool:
    """An idle reason: a string with at least one character that is not white space."""
    return isinstance(value, str) and _NAME.search(value) is not None


#: Problems of one kind listed in a message; a list of 100,000 bad reasons is not read.
_LISTED = 5


def _at_most(problems: list[str]) -> list[str]:
    if len(problems) <= _LISTED:
        return problems
    return [*problems[:_LISTED], f"and {len(problems) - _LISTED} more like these"]


def _per_channel(key: str, value: Any, ok: Callable[[Any], bool], need: str) -> list[str]:
    if not isinstance(value, Mapping):
        return [
            f"{key} must be an object giving {need} per channel ({_CHANNEL_LIST}), "
            f"got {shown(value)}"
        ]
    found = _at_most(
        [
            f"{key}: {shown(unknown)} is not a valid Channel; channels are {_CHANNEL_LIST}"
            for unknown in sorted((k for k in value if k not in _CHANNELS), key=str)
        ]
    )
    for channel in Channel:
        if channel not in value:
            found.append(f"{key}.{channel} is missing; it must be {need}")
        elif not ok(value[channel]):
            found.append(f"{key}.{channel} must be {need}, got {shown(value[channel])}")
    return found


def _idle_reason_problems(reasons: Any, default: Any) -> list[str]:
    if isinstance(reasons, str) or not isinstance(reasons, list | tuple):
        found = [f"idle_reasons must be a list of idle reason names, got {shown(reasons)}"]
        reasons = None
    elif not reasons:
        found = [f"idle_reasons must name at least one idle reason, got {shown(reasons)}"]
    else:
        found = _at_most(
            [
                f"idle_reasons[{index}] must be {_NAME_NEED}, got {shown(reason)}"
                for index, reason in enumerate(reasons)
                if not is_name(reason)
            ]
        )
        counted = Counter(reason for reason in reasons if is_name(reason))
        repeated = sorted(name for name, times in counted.items() if times > 1)
        if repeated:
            found.append(
                f"idle_reasons must not repeat a reason, got {shown(repeated)} more than once"
            )
    if not is_name(default):
        found.append(f"default_idle_reason must be {_NAME_NEED}, got {shown(default)}")
    elif reasons and not found and default not in reasons:  # only against a sound list
        found.append(
            f"default_idle_reason {shown(default)} is not one of idle_reasons "
            f"{shown(list(reasons))}"
        )
    return found


def config_problems(values: Mapping[str, Any]) -> list[str]:
    """Every way the field ``values`` of a configuration are wrong, one sentence each
    (field, what it got, what it needs), so that one error lists everything to fix."""
    found = _per_channel(
        "rona_timeouts", values["rona_timeouts"], _is_positive_seconds, _SECONDS_NEED
    )
    found += _per_channel("capacity", values["capacity"], _is_whole_count, _CAPACITY_NEED)
    found += _idle_reason_problems(values["idle_reasons"], values["default_idle_reason"])
    for key in _BOOLEANS:
        if not isinstance(values[key], bool):
            found.append(f"{key} must be true or false (a boolean), got {shown(values[key])}")
    restore = values["reload_restore_seconds"]
    if not (_is_finite(restore) and restore >= 0):
        found.append(
            f"reload_restore_seconds must be a number of seconds (finite, 0 or more), "
            f"got {shown(restore)}"
        )
    return found


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
        problems = config_problems(self._values())
        if problems:
            raise ContractError("invalid_config", "; ".join(problems))
        # Read-only copies keyed by Channel: a configuration checked once stays valid (a
        # caller's dict changed afterwards cannot reach the desktop), and 2.0 seats are 2.
        timeouts = {channel: self.rona_timeouts[channel] for channel in Channel}
        capacity = {channel: int(self.capacity[channel]) for channel in Channel}
        object.__setattr__(self, "rona_timeouts", MappingProxyType(timeouts))
        object.__setattr__(self, "capacity", MappingProxyType(capacity))
        object.__setattr__(self, "idle_reasons", tuple(self.idle_reasons))

    def _values(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def with_changes(self, **changes: Any) -> TenantConfig:
        """A copy with ``changes``; one made from a partial dict stays partial (the changes
        join what it was given, see ``settings``)."""
        changed = replace(self, **changes)
        given = self.__dict__.get("_given")
        if given is not None:
            added = {key: _dict_form(key, value) for key, value in changes.items()}
            object.__setattr__(changed, "_given", _merged(given, added))
        return changed

    def settings(self) -> dict[str, Any]:
        """The dict form of only what was set: for a configuration from ``from_dict`` (and
        its ``with_changes``), the keys it was given, per-channel maps with only the
        channels given; for one made with ``TenantConfig(...)``, every key (``to_dict``).

        This is what a driver passes on to an implementation that fills in its own
        defaults (the protocol's ``start`` sends it): a missing key means "the
        implementation's default", which is how the suite checks the defaults the source
        gives (``SOURCE_DEFAULTED``). The field values of this object always hold the
        contract's defaults for the keys not given.
        """
        given = self.__dict__.get("_given")
        if given is None:
            return self.to_dict()
        return {key: _dict_form(key, value) for key, value in given.items()}

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
    def from_dict(cls, data: Any) -> TenantConfig:
        """Build from the dict form; missing keys take the defaults, unknown keys are refused.

        Every problem is reported at once (unknown keys and bad values alike), so whoever
        fixes a configuration file fixes it in one go; whatever ``data`` holds, the only
        exception is ``ContractError("invalid_config", ...)``.
        """
        keys = [f.name for f in fields(cls)]
        if not isinstance(data, Mapping):
            raise ContractError(
                "invalid_config",
                f"a configuration must be an object of settings ({', '.join(keys)}), "
                f"got {shown(data)}",
            )
        problems = []
        unknown = sorted((key for key in data if key not in keys), key=str)
        if unknown:
            listed = ", ".join(shown(key) for key in unknown[:_LISTED])
            more = f" and {len(unknown) - _LISTED} more" if len(unknown) > _LISTED else ""
            problems.append(f"unknown configuration keys [{listed}]{more}; known keys are {keys}")
        defaults = cls()._values()
        given: dict[str, Any] = {}
        for key in keys:
            if key not in data:
                continue
            value = data[key]
            if key in ("rona_timeouts", "capacity") and isinstance(value, Mapping):
                named = {Channel(k) if k in _CHANNELS else k: v for k, v in value.items()}
                value = {**defaults[key], **named}
            elif key == "idle_reasons" and isinstance(value, list | tuple):
                value = tuple(value)
            given[key] = value
        problems += config_problems({**defaults, **given})
        if problems:
            raise ContractError("invalid_config", "; ".join(problems))
        made = cls(**given)
        # Remember what was given, so ``settings`` can pass exactly that on.
        sent = {key: _dict_form(key, data[key]) for key in keys if key in data}
        object.__setattr__(made, "_given", sent)
        return made


def _dict_form(key: str, value: Any) -> Any:
    """One setting as JSON-able data: channel keys as strings, idle reasons as a list."""
    if isinstance(value, Mapping):
        return {str(channel): item for channel, item in value.items()}
    if key == "idle_reasons" and isinstance(value, list | tuple):
        return list(value)
    return value


def _merged(given: Mapping[str, Any], added: Mapping[str, Any]) -> dict[str, Any]:
    """``added`` over ``given``; per-channel maps are merged channel by channel."""
    merged = dict(given)
    for key, value in added.items():
        if key in ("rona_timeouts", "capacity") and isinstance(merged.get(key), Mapping):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged
