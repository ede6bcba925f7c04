"""Which scenarios apply to an implementation: the tags that make a scenario conditional.

A scenario tagged ``@needs-<capability>`` exercises an optional part of the contract
(``agentstatus.contract.CAPABILITIES``); for an implementation that does not declare that
capability it is *not applicable*, neither passed nor failed. The same mechanism carries
any other declared condition: a tag names a prefix and a value, the implementation declares
values, and a scenario applies when every value it names is declared.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from agentstatus.contract import CAPABILITIES

NEEDS_PREFIX = "needs-"


def needed_capabilities(tags: Iterable[str]) -> list[str]:
    """The capabilities a scenario's tags (with or without ``@``) say it needs, in order."""
    found = []
    for tag in tags:
        name = tag.removeprefix("@")
        if name.startswith(NEEDS_PREFIX):
            found.append(name.removeprefix(NEEDS_PREFIX))
    return found


def unknown_capability(tag: str) -> str | None:
    """For a ``needs-`` tag naming no capability: the message that says which exist."""
    name = tag.removeprefix("@")
    if not name.startswith(NEEDS_PREFIX):
        return None
    capability = name.removeprefix(NEEDS_PREFIX)
    if capability in CAPABILITIES:
        return None
    return (
        f"tag @{name} names no capability; use @{NEEDS_PREFIX}<capability> with one of "
        f"{', '.join(CAPABILITIES)}"
    )


def missing_capabilities(tags: Iterable[str], declared: Collection[str]) -> list[str]:
    """The capabilities the scenario needs that the implementation does not declare."""
    return [needed for needed in needed_capabilities(tags) if needed not in declared]


def not_applicable_because(
    tags: Iterable[str], capabilities: Collection[str], readings: Mapping[str, str]
) -> str | None:
    """Why a scenario does not apply to an implementation with these capabilities and
    readings (declared ones; undeclared readings are the suite's defaults), or ``None``."""
    from agentstatus.spec.readings import mismatched_readings

    tags = list(tags)
    reasons = []
    missing = missing_capabilities(tags, capabilities)
    if missing:
        reasons.append(f"needs {', '.join(missing)}, which the implementation does not declare")
    reasons += mismatched_readings(tags, readings)
    return "; ".join(reasons) or None


def profile_of(tags: Iterable[str]) -> list[str]:
    """The profiles a scenario counts in: ``core`` or each capability it needs."""
    return needed_capabilities(tags) or ["core"]
