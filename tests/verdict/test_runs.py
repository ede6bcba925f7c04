"""Whole runs give per-requirement verdicts a release gate can trust: a broken rule fails
its requirements (in-process and served), a filtered run is partial, a baseline round-trips,
and an undeclared capability makes its scenarios not applicable rather than failed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.suite_process import child_environment, run_in_sessions

HERE = Path(__file__).resolve().parent
SERVE = f"exec:{sys.executable} -m agentstatus.cli serve --implementation"


@dataclass
class Run:
    status: int
    output: str
    results: dict[str, Any]

    def requirement_statuses(self) -> dict[str, list[str]]:
        return {
            r["id"]: r["failing_scenarios"] for r in self.results["requirement_summary"]["failing"]
        }


def run_arguments(out: Path, name: str, *options: str) -> list[str]:
    """``agentstatus run`` in English, its reports in ``out/name``."""
    return ["run", "--lang", "en", "--format", "json,md", "--report-dir", str(out / name), *options]


def environment() -> dict[str, str]:
    """The outer run's environment, without its pytest options, with ``core_desk`` importable."""
    env = child_environment()
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), env.get("PYTHONPATH", "")])
    return env


def result(out: Path, name: str, status: int, output: str) -> Run:
    path = out / name / "results.json"
    results = json.loads(path.read_text("utf-8")) if path.exists() else {}
    return Run(status, output, results)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Run]]:
    out = tmp_path_factory.mktemp("verdict-runs")
    baseline = out / "baseline.json"
    written = subprocess.run(
        [
            sys.executable,
            "-m",
            "agentstatus.cli",
            "baseline",
            "--write",
            str(baseline),
            "--implementation",
            "faux:never-rona",
            "--lang",
            "en",
        ],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert written.returncode == 0, written.stdout + written.stderr
    fixed_one = json.loads(baseline.read_text("utf-8"))
    fixed_one["expected_failures"].append(
        {"scenario": "SC-AV-01", "language": "en", "reason": "fixed since the baseline"}
    )
    (out / "fixed-one.json").write_text(json.dumps(fixed_one), "utf-8")
    options = {
        "never-rona": ["--implementation", "faux:never-rona"],
        "never-rona-served": ["--implementation", f"{SERVE} faux:never-rona"],
        "filtered": ["--implementation", "faux:never-rona"],
        "baseline": ["--implementation", "faux:never-rona", "--baseline", str(baseline)],
        "fixed-one": [
            "--implementation",
            "faux:never-rona",
            "--baseline",
            str(out / "fixed-one.json"),
        ],
        "core-only": ["--implementation", "python:core_desk:make_driver"],
        "core-only-served": ["--implementation", f"{SERVE} python:core_desk:make_driver"],
    }
    commands = {
        name: ["agentstatus", *run_arguments(out, name, *args)] for name, args in options.items()
    }
    sessions = run_in_sessions(
        commands,
        out,
        cwd=out,
        env=environment(),
        overlays={"filtered": {"PYTEST_ADDOPTS": "-m AV-1"}},
    )
    yield {name: result(out, name, run.returncode, run.output) for name, run in sessions.items()}


BROKEN_BY_NEVER_RONA = {"RONA-1", "RONA-2", "RONA-3", "AV-7", "TM-1"}


@pytest.mark.parametrize("name", ["never-rona", "never-rona-served"])
def test_a_broken_rule_fails_its_requirements_with_their_scenarios(
    runs: dict[str, Run], name: str
) -> None:
    run = runs[name]
    assert run.status == 1, run.output[-2000:]
    assert run.results["verdict"] == "does_not_conform"
    failing = run.requirement_statuses()
    assert set(failing) >= BROKEN_BY_NEVER_RONA
    assert failing["RONA-1"] == ["SC-RONA-01 (en)", "SC-RONA-29 (en)"]
    summary = run.results["requirement_summary"]
    assert (summary["met"], summary["applicable"], summary["total"]) == (43, 59, 59)


def test_in_process_and_served_agree_requirement_by_requirement(runs: dict[str, Run]) -> None:
    assert (
        runs["never-rona"].results["requirement_summary"]
        == (runs["never-rona-served"].results["requirement_summary"])
    )


def test_a_filtered_run_is_partial_and_never_conforms(runs: dict[str, Run]) -> None:
    run = runs["filtered"]
    assert run.status == 3, run.output[-2000:]
    assert run.results["verdict"] == "partial"
    assert run.results["scope"]["complete"] is False
    assert run.results["scope"]["ran"] < run.results["scope"]["expected"]
    assert "Conforms" not in run.output


def test_a_baseline_of_the_failures_makes_the_run_green(runs: dict[str, Run]) -> None:
    run = runs["baseline"]
    assert run.status == 0, run.output[-2000:]
    assert run.results["gate_passed"] is True
    assert run.results["verdict"] == "does_not_conform", "known failures are still failures"
    assert run.results["counts"]["expected_failure"] == 40
    assert run.results["counts"]["failed"] == 0


def test_a_listed_scenario_that_now_passes_fails_the_run(runs: dict[str, Run]) -> None:
    run = runs["fixed-one"]
    assert run.status == 1, run.output[-2000:]
    unexpected = [s for s in run.results["scenarios"] if s["outcome"] == "unexpected_pass"]
    assert [(s["id"], s["language"]) for s in unexpected] == [("SC-AV-01", "en")]


@pytest.mark.parametrize("name", ["core-only", "core-only-served"])
def test_an_undeclared_capability_is_not_applicable(runs: dict[str, Run], name: str) -> None:
    run = runs[name]
    assert run.status == 0, run.output[-2000:]
    assert run.results["verdict"] == "conforms"
    not_applicable = {s["id"] for s in run.results["scenarios"] if s["outcome"] == "not_applicable"}
    assert {"SC-TS-01", "SC-MO-06", "SC-OD-01", "SC-RONA-08", "SC-AV-03"} <= not_applicable
    assert all(  # a capability not declared, or a reading not followed (the default's is)
        any(tag.startswith(("needs-", "reading-")) for tag in s["tags"])
        for s in run.results["scenarios"]
        if s["outcome"] == "not_applicable"
    )
    profiles = {p["name"]: p["verdict"] for p in run.results["profiles"]}
    assert profiles == {
        "core": "conforms",
        "teams_presence_sync": "not_declared",
        "supervisor_monitoring": "not_declared",
        "outdial": "not_declared",
        "social_channel": "not_declared",
        "campaign_calls": "not_declared",
    }
    assert run.results["implementation"]["capabilities"] == []
