"""The verdict, computed from the outcomes alone: per requirement, per profile, for the run.

A requirement is *met* when every applicable scenario tagged with it passed, in every
language run; *failed* when one of them failed, errored or passed unexpectedly (or is a
known failure of the baseline: known, but still not met); *not applicable* when every
scenario tagged with it needs a capability the implementation does not declare; *not run*
when none of its scenarios ran. The run's verdict follows:

``conforms``          the whole applicable specification ran and every requirement is met;
``does_not_conform``  a scenario failed, errored or passed unexpectedly (or is known to fail);
``partial``           nothing failed, but not the whole applicable specification ran.

The *gate* is what a CI job's exit status follows: it passes when the verdict conforms, or,
with a baseline, when the only failures are the baseline's known ones. Reports never store a
conclusion they could not recompute: ``agentstatus report`` recomputes all of this and
refuses a document whose stored figures disagree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from agentstatus.spec.applicability import profile_of

CONFORMS = "conforms"
DOES_NOT_CONFORM = "does_not_conform"
PARTIAL = "partial"
VERDICTS = (CONFORMS, DOES_NOT_CONFORM, PARTIAL)

MET, FAILED, NOT_APPLICABLE, NOT_RUN = "met", "failed", "not_applicable", "not_run"

#: Outcomes that fail a requirement. An expected failure is known, but not a pass.
NOT_MET_OUTCOMES = frozenset({"failed", "error", "unexpected_pass", "expected_failure"})
#: Outcomes that fail the gate (``unexpected_pass`` unless the baseline allows it).
GATE_FAILING_OUTCOMES = frozenset({"failed", "error", "unexpected_pass"})


def scenario_label(scenario: Mapping[str, Any]) -> str:
    """``SC-RONA-03 (sv)``, or ``SC-RONA-03 #2 (sv)`` for an outline's second example."""
    label = str(scenario.get("id") or scenario.get("nodeid") or "?")
    example = scenario.get("example")
    if isinstance(example, Mapping) and example.get("index"):
        label += f" #{example['index']}"
    return f"{label} ({scenario.get('language') or '?'})"


@dataclass
class Requirement:
    id: str
    status: str = NOT_RUN
    failing: list[str] = field(default_factory=list)
    passed: int = 0
    not_applicable: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "failing_scenarios": self.failing}


def requirement_statuses(
    scenarios: Iterable[Mapping[str, Any]], catalogue_ids: Iterable[str] = ()
) -> list[Requirement]:
    """Every requirement of the catalogue (and any other a scenario names), in catalogue order."""
    table: dict[str, Requirement] = {rid: Requirement(rid) for rid in catalogue_ids}
    for scenario in scenarios:
        outcome = scenario.get("outcome")
        for rid in scenario.get("requirements") or ():
            row = table.setdefault(rid, Requirement(rid))
            if outcome in NOT_MET_OUTCOMES:
                row.failing.append(scenario_label(scenario))
            elif outcome == "passed":
                row.passed += 1
            elif outcome == "not_applicable":
                row.not_applicable += 1
    for row in table.values():
        if row.failing:
            row.status = FAILED
        elif row.passed:
            row.status = MET
        elif row.not_applicable:
            row.status = NOT_APPLICABLE
    return list(table.values())


@dataclass(frozen=True)
class Summary:
    """The conclusions a report states, all derived from the outcomes and the run's scope."""

    verdict: str
    gate_passed: bool
    met: int
    applicable: int
    requirements: list[Requirement]
    profiles: list[dict[str, Any]]

    @property
    def failing_requirements(self) -> list[Requirement]:
        return [r for r in self.requirements if r.status == FAILED]

    def to_dict(self) -> dict[str, Any]:
        """The stored form: ``report`` recomputes it and compares."""
        return {
            "met": self.met,
            "applicable": self.applicable,
            "total": len(self.requirements),
            "failing": [r.to_dict() for r in self.failing_requirements],
            "not_applicable": [r.id for r in self.requirements if r.status == NOT_APPLICABLE],
            "not_run": [r.id for r in self.requirements if r.status == NOT_RUN],
        }


def summarize(document: Mapping[str, Any]) -> Summary:
    """The verdict, the gate, the requirement table and the profiles of a results document."""
    scenarios = [s for s in document.get("scenarios") or () if isinstance(s, Mapping)]
    allow_unexpected = bool((document.get("baseline") or {}).get("allow_unexpected_pass"))
    if allow_unexpected:  # the baseline is stale there, but the scenario did pass
        scenarios = [
            {**s, "outcome": "passed"} if s.get("outcome") == "unexpected_pass" else s
            for s in scenarios
        ]
    catalogue = document.get("catalogue") or {}
    catalogue_ids = list(
        (catalogue.get("requirements") or {}) if isinstance(catalogue, Mapping) else ()
    )
    requirements = requirement_statuses(scenarios, catalogue_ids)
    complete = bool((document.get("scope") or {}).get("complete", True))
    outcomes = [s.get("outcome") for s in scenarios]
    broken = bool(document.get("collection_errors")) or any(o in NOT_MET_OUTCOMES for o in outcomes)
    ran_something = any(o == "passed" for o in outcomes) or any(
        o == "expected_failure" for o in outcomes
    )
    if broken:
        verdict = DOES_NOT_CONFORM
    elif complete and ran_something:
        verdict = CONFORMS
    else:
        verdict = PARTIAL if ran_something or not complete else DOES_NOT_CONFORM
    gate_passed = (
        complete
        and ran_something
        and not document.get("collection_errors")
        and not any(o in GATE_FAILING_OUTCOMES for o in outcomes)
    )
    applicable = [r for r in requirements if r.status in (MET, FAILED)]
    return Summary(
        verdict=verdict,
        gate_passed=gate_passed,
        met=sum(1 for r in applicable if r.status == MET),
        applicable=len(applicable),
        requirements=sorted(requirements, key=lambda r: (r.status != FAILED,)),
        profiles=profiles(scenarios, document),
    )


def profiles(
    scenarios: Iterable[Mapping[str, Any]], document: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """A verdict per profile: the core, then each optional capability."""
    from agentstatus.contract import CAPABILITIES

    declared = (document.get("implementation") or {}).get("capabilities")
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for scenario in scenarios:
        for profile in profile_of(scenario.get("tags") or ()):
            counts[profile][str(scenario.get("outcome"))] += 1
    complete = bool((document.get("scope") or {}).get("complete", True))
    found = []
    for name in ("core", *CAPABILITIES):
        tally = counts.get(name, {})
        failing = sum(tally.get(o, 0) for o in NOT_MET_OUTCOMES)
        passed = tally.get("passed", 0)
        if name != "core" and isinstance(declared, list) and name not in declared:
            verdict = "not_declared"
        elif failing:
            verdict = DOES_NOT_CONFORM
        elif passed and complete:
            verdict = CONFORMS
        else:
            verdict = PARTIAL if passed else "not_run"
        found.append(
            {
                "name": name,
                "declared": name == "core" or not isinstance(declared, list) or name in declared,
                "verdict": verdict,
                "passed": passed,
                "failing": failing,
                "not_applicable": tally.get("not_applicable", 0),
            }
        )
    return found


def disagreements(document: Mapping[str, Any]) -> list[str]:
    """Where a document's stored conclusions differ from what its outcomes give.

    A report states what the outcomes prove, never what a file claims: a results file whose
    counts or verdict were edited, or written by a broken tool, is refused with the reason.
    """
    from agentstatus.results.model import counts_by_outcome, verdict_of

    scenarios = [s for s in document.get("scenarios") or () if isinstance(s, Mapping)]
    found = []
    counts = counts_by_outcome(str(s.get("outcome")) for s in scenarios)
    stored_counts = document.get("counts") or {}
    for outcome, count in counts.items():
        if stored_counts.get(outcome, 0) != count:
            found.append(
                f"counts.{outcome} is {stored_counts.get(outcome, 0)}, but {count} scenarios "
                f"have that outcome"
            )
    if "scope" not in document:  # written before the verdict model: its own, older rule
        expected = verdict_of(counts, len(document.get("collection_errors") or ()))
        if document.get("verdict") != expected:
            found.append(
                f"the verdict is {document.get('verdict')!r}, its outcomes give {expected!r}"
            )
        return found
    summary = summarize(document)
    checks = (
        ("the verdict", document.get("verdict"), summary.verdict),
        ("gate_passed", document.get("gate_passed"), summary.gate_passed),
        ("requirement_summary", document.get("requirement_summary"), summary.to_dict()),
        ("profiles", document.get("profiles"), summary.profiles),
    )
    for name, stored, computed in checks:
        if stored != computed:
            found.append(f"{name} is {_short(stored)}, its outcomes give {_short(computed)}")
    return found


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 120 else text[:119] + "…"
