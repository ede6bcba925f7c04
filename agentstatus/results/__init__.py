"""Conformance results as a data contract: what a run found, independent of how it is shown.

A run writes one JSON document (``results.schema.json``, versioned by ``SCHEMA_VERSION``);
the reports in ``reports/`` are rendered from that document alone, so a saved results file
can be re-rendered in any language without running the suite again.

Step code reports a mismatch with ``ExpectationFailed`` (or ``expect``) so the results carry
the field, the expected and the actual value as data instead of a formatted sentence; a
scenario that does not apply to an implementation calls ``not_applicable``.
"""

from __future__ import annotations

from agentstatus.results.expectations import (
    ExpectationFailed,
    Mismatch,
    expect,
    not_applicable,
)
from agentstatus.results.model import (
    FAILING_OUTCOMES,
    NOT_APPLICABLE_PREFIX,
    OUTCOMES,
    SCHEMA_VERSION,
    ResultsError,
    counts_by_outcome,
    load_results,
    validate_results,
    verdict_of,
    write_results,
)

__all__ = [
    "FAILING_OUTCOMES",
    "NOT_APPLICABLE_PREFIX",
    "OUTCOMES",
    "SCHEMA_VERSION",
    "ExpectationFailed",
    "Mismatch",
    "ResultsError",
    "counts_by_outcome",
    "expect",
    "load_results",
    "not_applicable",
    "validate_results",
    "verdict_of",
    "write_results",
]
