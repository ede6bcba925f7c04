"""The results collector: one record per scenario, right outcomes, valid against the schema."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from agentstatus.contract import CONTRACT_VERSION
from agentstatus.paths import FEATURES
from agentstatus.results import (
    SCHEMA_VERSION,
    ExpectationFailed,
    Mismatch,
    ResultsError,
    load_results,
    validate_results,
    verdict_of,
)
from agentstatus.spec.notes import read_notes
from tests.reports.conftest import Run, copy_suite


def by_key(results: dict[str, Any]) -> dict[tuple[str, str, int], dict[str, Any]]:
    return {
        (s["language"], s["id"], (s["example"] or {}).get("index", 0)): s
        for s in results["scenarios"]
    }


def test_failing_run_records_every_outcome_with_its_cause(failing_run: Run) -> None:
    results = failing_run.results
    scenarios = by_key(results)
    assert results["verdict"] == "does_not_conform"
    assert results["languages"] == ["en", "sv"]
    assert results["counts"] == {
        "passed": 0,
        "failed": 7,
        "error": 1,
        "unexpected_pass": 0,
        "expected_failure": 1,
        "not_applicable": 1,
        "skipped": 0,
    }
    wrong = scenarios[("sv", "SC-AV-01", 0)]
    assert wrong["outcome"] == "failed"
    assert wrong["requirements"] == ["AV-1"]
    assert wrong["rule"] == "Tillgänglig efter val"
    assert wrong["failure"]["kind"] == "assertion"
    assert wrong["failure"]["expectations"] == [
        {
            "field": "state",
            "expected": "Available",
            "actual": "LoggedOut <img src=x onerror=alert(2)>",
        }
    ]
    steps = wrong["steps"]
    assert [s["status"] for s in steps] == ["passed", "passed", "failed"]
    assert wrong["failure"]["step"] == 2
    assert steps[0]["keyword"].strip() == "Givet"

    undefined = scenarios[("sv", "SC-AV-04", 0)]
    assert undefined["outcome"] == "error"
    assert undefined["failure"]["kind"] == "undefined_step"
    assert [s["status"] for s in undefined["steps"]] == ["passed", "undefined", "not_run"]

    plain = scenarios[("sv", "SC-AV-06", 0)]
    assert plain["outcome"] == "failed"
    assert plain["failure"]["expectations"] == []
    assert plain["failure"]["message"].startswith("arithmetic <is> broken")

    assert scenarios[("sv", "SC-AV-05", 0)]["outcome"] == "not_applicable"
    assert scenarios[("sv", "SC-AV-05", 0)]["reason"] == "no Teams in this implementation"
    assert scenarios[("sv", "SC-AV-07", 0)]["outcome"] == "expected_failure"
    outline = scenarios[("sv", "SC-AV-03", 2)]
    assert outline["example"] == {"index": 2, "values": {"orsak": "meeting"}}
    assert outline["notes"] == ["INT-5"]
    assert outline["name"] == "Orsaker meeting"
    assert scenarios[("sv", "SC-AV-03", 1)]["notes"] == []
    assert scenarios[("en", "SC-AV-02", 0)]["notes"] == ["INT-9"]


def test_results_carry_each_note_in_both_languages(failing_run: Run) -> None:
    notes = failing_run.results["catalogue"]["notes"]
    # Every note of the notes file, in its order (new notes are appended, never renumbered).
    assert list(notes) == [note.id for note in read_notes(FEATURES, "en") or ()]
    assert {f"INT-{n}" for n in range(1, 24)} <= set(notes)
    for entry in notes.values():
        assert set(entry["title"]) == set(entry["reading"]) == {"sv", "en"}
    assert notes["INT-1"]["title"] == {
        "sv": "RONA är en egen status, inte en orsak till viloläge",
        "en": "RONA is a status of its own, not an idle reason",
    }
    assert notes["INT-23"]["reading"]["sv"].startswith("valet nekas (`already_in_state`)")
    assert notes["INT-23"]["reading"]["en"].startswith("refused (`already_in_state`)")


def test_run_metadata_names_suite_contract_and_implementation(failing_run: Run) -> None:
    results = failing_run.results
    assert results["schema_version"] == SCHEMA_VERSION
    assert results["contract_version"] == CONTRACT_VERSION
    assert results["implementation"]["name"] == "<script>alert(1)</script>"
    assert results["implementation"]["spec"] == "demo:evil"
    assert results["started_at"] <= results["finished_at"]
    assert results["started_at"].endswith("Z")


def test_durations_are_real_although_scenarios_run_on_a_frozen_clock(failing_run: Run) -> None:
    results = failing_run.results
    assert not results["started_at"].startswith("2026-01-05T08:00")  # the scenario epoch
    assert 0 < results["duration_seconds"] < 300
    for scenario in results["scenarios"]:
        assert 0 <= scenario["duration_seconds"] < 60


def test_conforming_run_passes_everything(conforming_run: Run) -> None:
    results = conforming_run.results
    assert results["verdict"] == "conforms"
    assert results["languages"] == ["en"]
    assert {s["outcome"] for s in results["scenarios"]} == {"passed"}
    assert results["implementation"]["spec"] == "reference:python"


@pytest.mark.parametrize("workers", ["0", "2"])
def test_results_are_the_same_with_and_without_xdist(tmp_path: Path, workers: str) -> None:
    suite = copy_suite(tmp_path / "suite")
    out = tmp_path / "results.json"
    subprocess.run(
        [
            sys.executable, "-m", "pytest", "-p", "agentstatus.plugin", "-q", "-p",
            "no:cacheprovider", "-n", workers, "--implementation", "demo:stuck",
            "--results-json", str(out), "-W", "ignore",
        ],
        cwd=suite, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    results = load_results(out)
    assert len(results["scenarios"]) == 10
    assert results["counts"]["failed"] == 7
    wrong = by_key(results)[("en", "SC-AV-01", 0)]
    assert [s["status"] for s in wrong["steps"]] == ["passed", "passed", "failed"]
    assert wrong["failure"]["expectations"][0]["field"] == "state"


def test_a_document_that_breaks_the_schema_is_refused(failing_run: Run, tmp_path: Path) -> None:
    results = failing_run.results
    results["scenarios"][0]["outcome"] = "sort of"
    with pytest.raises(ResultsError, match="scenarios/0/outcome"):
        validate_results(results)
    path = tmp_path / "old.json"
    path.write_text('{"schema_version": "0.9.0"}')
    with pytest.raises(ResultsError, match="schema version"):
        load_results(path)


def test_verdict_needs_a_pass_and_no_failure() -> None:
    assert verdict_of({"passed": 3, "skipped": 2}) == "conforms"
    assert verdict_of({"passed": 0, "not_applicable": 2}) == "does_not_conform"
    assert verdict_of({"passed": 3, "unexpected_pass": 1}) == "does_not_conform"
    assert verdict_of({"passed": 3}, collection_errors=1) == "does_not_conform"


def test_expectation_failed_keeps_fields_and_reads_like_an_assertion() -> None:
    error = ExpectationFailed("state_timer", "00:00", "00:01", "fel timer")
    assert isinstance(error, AssertionError)
    assert (error.field, error.expected, error.actual, str(error)) == (
        "state_timer", "00:00", "00:01", "fel timer",
    )  # fmt: skip
    many = ExpectationFailed.of([("state", "Idle", "RONA"), Mismatch("label", None, "RONA")])
    assert [m.field for m in many.mismatches] == ["state", "label"]
    assert str(many) == "state: expected 'Idle', actual 'RONA'; label: expected None, actual 'RONA'"
