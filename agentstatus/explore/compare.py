"""Comparing two snapshots field by field, within what the contract lets differ.

The reference's snapshot is what the implementation must show, except where the source
allows a range (``ranges``) or the implementation did not declare the capability a field
belongs to. Fields are compared whole (a list of offers, the history): any difference is
a divergence, whether or not a Then step can name it; ``checks`` decides later which
differences a scenario can show.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from agentstatus.explore.ranges import Tolerance
from agentstatus.steps.expectations import display_form, state_timer

#: Timers inside the lists of a snapshot: compared as displays (``0:05`` is ``00:05``).
TIMERS_IN: Mapping[str, tuple[str, ...]] = {
    "interactions": ("connected_timer", "state_timer"),
    "history": ("total", "consult_time"),
}

#: Channels that exist only with a capability; the others are core.
CHANNEL_CAPABILITIES = {"social": "social_channel", "campaign": "campaign_calls"}


@dataclass(frozen=True)
class Declared:
    """What the implementation said it offers: the explorer generates nothing else."""

    capabilities: frozenset[str]

    @classmethod
    def of(cls, capabilities: Collection[str]) -> Declared:
        return cls(frozenset(capabilities))

    def has(self, capability: str) -> bool:
        return capability in self.capabilities

    @property
    def channels(self) -> frozenset[str]:
        return frozenset(
            channel
            for channel in ("voice", "chat", "email", "social", "campaign")
            if CHANNEL_CAPABILITIES.get(channel, "") in self.capabilities | {""}
        )


def _seconds(timer: Any) -> int | None:
    if not isinstance(timer, str) or "/" in timer:
        return None
    total = 0
    for part in timer.split(":"):
        if not part.isdigit():
            return None
        total = total * 60 + int(part)
    return total


def within_a_second(reference: Any, implementation: Any) -> bool:
    """The implementation's timer shows the reference's or one second more."""
    ours, theirs = _seconds(display_form(reference)), _seconds(display_form(implementation))
    return ours is not None and theirs is not None and theirs - ours in (0, 1)


def _displayed(items: Any, keys: tuple[str, ...]) -> Any:
    if not isinstance(items, list):
        return items
    return [
        {k: display_form(v) if k in keys else v for k, v in item.items()}
        if isinstance(item, Mapping)
        else item
        for item in items
    ]


def _same(
    key: str,
    ours: Any,
    theirs: Any,
    implementation: Mapping[str, Any],
    declared: Declared,
    tolerance: Tolerance,
) -> bool:
    """Whether one field shows what the reference's does, as far as the contract cares."""
    if key == "routable_channels":
        channels = declared.channels
        return [c for c in ours if c in channels] == [c for c in theirs or () if c in channels]
    if key == "teams":
        return not declared.has("teams_presence_sync") or (
            not tolerance.teams_settled and (ours is None) == (theirs is None)
        )
    if key == "monitoring":
        return not declared.has("supervisor_monitoring")
    if key == "state_timer":
        # As the step checks it: the same display, or the value before a status change
        # for a second after it (INT-24); after an early restore, one second more.
        return state_timer(implementation, ours, tolerance.last) is None or (
            tolerance.timer_slack and within_a_second(ours, theirs)
        )
    if key in TIMERS_IN:
        return bool(_displayed(ours, TIMERS_IN[key]) == _displayed(theirs, TIMERS_IN[key]))
    return False


def differences(
    reference: Mapping[str, Any],
    implementation: Mapping[str, Any],
    declared: Declared,
    tolerance: Tolerance,
) -> list[str]:
    """The snapshot fields in which the implementation diverges, in the snapshot's order."""
    return [
        key
        for key, ours in reference.items()
        if ours != (theirs := implementation.get(key))
        and not _same(key, ours, theirs, implementation, declared, tolerance)
    ]
