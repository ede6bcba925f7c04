"""Scenarios of a capability the implementation does not declare, or of a reading it does
not follow, are *not applicable*.

Decided once, when the run's scenarios are known and the implementation has said what it
offers (``info().capabilities``, over the protocol the handshake's ``capabilities``): such a
scenario is skipped with the not-applicable reason, which the results record as the
outcome ``not_applicable``, never as a failure.
"""

from __future__ import annotations

import pytest

from agentstatus.contract import ImplementationInfo
from agentstatus.results.expectations import NOT_APPLICABLE_PREFIX
from agentstatus.spec.applicability import not_applicable_because


def mark_not_applicable(items: list[pytest.Item], info: ImplementationInfo | str) -> None:
    if not isinstance(info, ImplementationInfo):
        return  # a broken implementation: its scenarios are errors, not skipped
    for item in items:
        tags = [mark.name for mark in item.iter_markers()]
        reason = not_applicable_because(tags, info.capabilities, info.readings)
        if reason:
            item.add_marker(pytest.mark.skip(reason=NOT_APPLICABLE_PREFIX + reason))
