"""The verdict model on hand-made results: what each outcome does to a requirement, a
profile, the verdict and the gate; and the report's refusal of conclusions that disagree."""

from __future__ import annotations

from typing import Any

import pytest

from agentstatus.results import counts_by_outcome
from agentstatus.results.verdict import disagreements, scenario_label, summarize


def scenario(ident: str, requirements: list[str], outcome: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "nodeid": f"x::{ident}::{extra.get('language', 'en')}",
        "language": extra.pop("language", "en"),
        "requirements": requirements,
        "tags": [ident, *requirements, *extra.pop("tags", [])],
        "outcome": outcome,
        "example": extra.pop("example", None),
        **extra,
    }


def document(*scenarios: dict[str, Any], complete: bool = True, **extra: Any) -> dict[str, Any]:
    found = {
        "scenarios": list(scenarios),
        "collection_errors": [],
        "catalogue": {"requirements": {"AV-1": {}, "AV-2": {}, "TS-1": {}}},
        "implementation": {"capabilities": ["teams_presence_sync"]},
        "scope": {"complete": complete},
        **extra,
    }
    found["counts"] = counts_by_outcome(s["outcome"] for s in found["scenarios"])
    return found


def test_all_passed_and_complete_conforms() -> None:
    summary = summarize(
        document(
            scenario("SC-AV-01", ["AV-1"], "passed"),
            scenario("SC-AV-02", ["AV-2"], "passed", language="sv"),
            scenario("SC-TS-01", ["TS-1"], "passed", tags=["needs-teams_presence_sync"]),
        )
    )
    assert (summary.verdict, summary.gate_passed, summary.met, summary.applicable) == (
        "conforms",
        True,
        3,
        3,
    )


def test_one_failing_language_fails_the_requirement_and_names_the_scenario() -> None:
    summary = summarize(
        document(
            scenario("SC-AV-01", ["AV-1"], "passed", language="en"),
            scenario("SC-AV-01", ["AV-1"], "failed", language="sv", example={"index": 2}),
            scenario("SC-AV-02", ["AV-2"], "passed"),
        )
    )
    assert summary.verdict == "does_not_conform"
    assert not summary.gate_passed
    assert [(r.id, r.failing) for r in summary.failing_requirements] == [
        ("AV-1", ["SC-AV-01 #2 (sv)"])
    ]
    assert summary.requirements[0].id == "AV-1", "failing requirements come first"
    assert (summary.met, summary.applicable) == (1, 2)


@pytest.mark.parametrize("outcome", ["failed", "error", "unexpected_pass"])
def test_failing_outcomes_fail_the_verdict_and_the_gate(outcome: str) -> None:
    summary = summarize(document(scenario("SC-AV-01", ["AV-1"], outcome)))
    assert (summary.verdict, summary.gate_passed) == ("does_not_conform", False)


def test_an_incomplete_run_is_partial_never_conforms() -> None:
    summary = summarize(document(scenario("SC-AV-01", ["AV-1"], "passed"), complete=False))
    assert (summary.verdict, summary.gate_passed) == ("partial", False)
    failing = summarize(document(scenario("SC-AV-01", ["AV-1"], "failed"), complete=False))
    assert failing.verdict == "does_not_conform"


def test_a_known_failure_passes_the_gate_but_not_the_requirement() -> None:
    summary = summarize(
        document(
            scenario("SC-AV-01", ["AV-1"], "expected_failure"),
            scenario("SC-AV-02", ["AV-2"], "passed"),
        )
    )
    assert (summary.verdict, summary.gate_passed) == ("does_not_conform", True)
    assert [r.id for r in summary.failing_requirements] == ["AV-1"]


def test_an_allowed_unexpected_pass_counts_as_a_pass() -> None:
    allowed = document(
        scenario("SC-AV-01", ["AV-1"], "unexpected_pass"),
        baseline={"allow_unexpected_pass": True},
    )
    assert (summarize(allowed).verdict, summarize(allowed).gate_passed) == ("conforms", True)


def test_an_undeclared_capability_is_not_applicable_not_failed() -> None:
    summary = summarize(
        document(
            scenario("SC-AV-01", ["AV-1"], "passed"),
            scenario("SC-AV-03", ["AV-2"], "not_applicable", tags=["needs-campaign_calls"]),
            implementation={"capabilities": []},
        )
    )
    assert summary.verdict == "conforms"
    statuses = {r.id: r.status for r in summary.requirements}
    assert statuses == {"AV-1": "met", "AV-2": "not_applicable", "TS-1": "not_run"}
    profiles = {p["name"]: p["verdict"] for p in summary.profiles}
    assert profiles["core"] == "conforms"
    assert profiles["campaign_calls"] == "not_declared"
    assert profiles["teams_presence_sync"] == "not_declared"


def test_nothing_passed_does_not_conform() -> None:
    assert summarize(document()).verdict == "does_not_conform"


def test_labels_name_the_example_and_the_language() -> None:
    assert scenario_label({"id": "SC-RONA-04", "language": "sv", "example": {"index": 2}}) == (
        "SC-RONA-04 #2 (sv)"
    )


def consistent(doc: dict[str, Any]) -> dict[str, Any]:
    summary = summarize(doc)
    doc.update(
        verdict=summary.verdict,
        gate_passed=summary.gate_passed,
        requirement_summary=summary.to_dict(),
        profiles=summary.profiles,
    )
    return doc


def test_a_consistent_document_has_no_disagreements() -> None:
    doc = consistent(document(scenario("SC-AV-01", ["AV-1"], "passed")))
    assert disagreements(doc) == []


@pytest.mark.parametrize(
    ("tamper", "complaint"),
    [
        (lambda d: d["scenarios"][0].update(outcome="failed"), "counts.failed is 0"),
        (lambda d: d.update(verdict="does_not_conform"), "the verdict is 'does_not_conform'"),
        (lambda d: d.update(gate_passed=False), "gate_passed is False"),
        (lambda d: d["requirement_summary"].update(met=0), "requirement_summary is"),
        (lambda d: d["counts"].update(passed=7), "counts.passed is 7"),
    ],
)
def test_edited_conclusions_are_named(tamper: Any, complaint: str) -> None:
    doc = consistent(document(scenario("SC-AV-01", ["AV-1"], "passed")))
    tamper(doc)
    assert any(complaint in problem for problem in disagreements(doc)), disagreements(doc)


def test_an_older_document_is_checked_by_its_own_rule() -> None:
    old = document(scenario("SC-AV-01", ["AV-1"], "passed"))
    del old["scope"]
    old["verdict"] = "conforms"
    assert disagreements(old) == []
    old["verdict"] = "does_not_conform"
    assert disagreements(old)
