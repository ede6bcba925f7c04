"""The conformance suite, run against each fauxmplementation, reports it as not conforming
and fails the scenarios of the rule it breaks, and only those areas.

Each run is a complete pytest session on the English features (what ``agentstatus run``
does), the sessions of one transport shared out over two processes
(``tests.suite_process.run_in_sessions``); the results document (``--results-json``) is
what the assertions read, as a user of the suite would.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from agentstatus.implementations.faux import FAUXES
from agentstatus.results.model import SCHEMA_VERSION
from tests.suite_process import QUIET_RUN, child_environment, run_in_sessions

ROOT = Path(__file__).resolve().parents[2]
#: A step in which the agent accepts a request ("accepts the ...", "has accepted the ...").
ACCEPTS = re.compile(r"\bagent (accepts|has accepted) the\b")
#: Areas whose scenarios never touch what a faux breaks: they must all still pass there.
UNRELATED_AREAS: dict[str, set[str]] = {
    "never-rona": {"VS", "DG", "MO"},
    "no-flash": {"AV", "EN", "OD", "TM", "VS", "DG", "TS", "MO", "UC"},
    "timer-never-resets": {"VS", "DG", "MO"},
    "crash-on-accept": set(),
    "garbage-snapshot": set(),
    "manual-rona": {"AV", "EN", "OD", "TM", "VS", "DG", "TS", "MO", "UC"},
    "idle-routable": {"VS", "DG", "MO"},
    "dirty-rejection": {"VS", "DG", "MO"},
    "wrong-defaults": {"VS", "DG", "MO"},
}
#: A requirement at least one failing scenario must carry: the rule the faux breaks.
BROKEN_RULE = {
    "never-rona": "RONA-1",
    "no-flash": "RONA-3",
    "timer-never-resets": "TM-2",
    "manual-rona": "RONA-8",
    "idle-routable": "AV-2",
    "dirty-rejection": "RONA-8",
    "wrong-defaults": "RONA-2",
}


@dataclass
class Run:
    ident: str
    returncode: int
    output: str
    results: dict[str, Any]

    @property
    def failing(self) -> list[dict[str, Any]]:
        return [
            s for s in self.results["scenarios"] if s["outcome"] not in ("passed", "not_applicable")
        ]

    def failing_requirements(self) -> set[str]:
        return {r for s in self.failing for r in s["requirements"]}


#: How the suite reaches a faux: in-process, or served over the JSON-lines protocol.
TRANSPORTS = ("in-process", "served")


def implementation(ident: str, transport: str) -> str:
    if transport == "served":
        return f"exec:{sys.executable} -m agentstatus.cli serve --implementation faux:{ident}"
    return f"faux:{ident}"


@pytest.fixture(scope="module", params=TRANSPORTS)
def runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Run]]:
    transport = request.param
    out = tmp_path_factory.mktemp(f"faux-runs-{transport}")
    env = child_environment()
    arguments = {
        ident: [
            "pytest",
            "agentstatus/conformance",
            "-q",
            *QUIET_RUN,
            "--implementation",
            implementation(ident, transport),
            "--languages",
            "en",
            "--results-json",
            str(out / f"{ident}.json"),
        ]
        for ident in FAUXES
    }
    finished = {}
    for ident, run in run_in_sessions(arguments, out, cwd=ROOT, env=env).items():
        path = out / f"{ident}.json"
        results = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        finished[ident] = Run(ident, run.returncode, run.output, results)
    yield finished


@pytest.mark.parametrize("ident", sorted(FAUXES))
def test_the_run_completes_and_reports_does_not_conform(runs: dict[str, Run], ident: str) -> None:
    """A faux that crashes or answers garbage is an outcome in the report, not a crashed
    run: pytest exits with "tests failed" (1), never an internal or usage error."""
    run = runs[ident]
    assert run.returncode == pytest.ExitCode.TESTS_FAILED, run.output[-3000:]
    assert "INTERNALERROR" not in run.output
    assert run.results["schema_version"] == SCHEMA_VERSION
    assert run.results["verdict"] == "does_not_conform"
    assert run.results["implementation"]["spec"] in (
        f"faux:{ident}",
        implementation(ident, "served"),
    )
    assert run.results["collection_errors"] == []
    assert run.failing, "the suite found nothing wrong"
    for scenario in run.failing:
        assert scenario["outcome"] in ("failed", "error"), scenario["outcome"]
        assert scenario["failure"] and scenario["failure"]["message"], scenario["id"]


@pytest.mark.parametrize("ident", sorted(BROKEN_RULE))
def test_the_broken_rule_is_among_the_failures(runs: dict[str, Run], ident: str) -> None:
    assert BROKEN_RULE[ident] in runs[ident].failing_requirements()


@pytest.mark.parametrize("ident", sorted(FAUXES))
def test_areas_the_faux_does_not_touch_still_pass(runs: dict[str, Run], ident: str) -> None:
    unrelated = UNRELATED_AREAS[ident]
    wrongly = [s["id"] for s in runs[ident].failing if s["area"] in unrelated]
    assert not wrongly, f"{ident} should not fail {wrongly}"
    passed_there = [s for s in runs[ident].results["scenarios"] if s["area"] in unrelated]
    assert bool(passed_there) == bool(unrelated), "the control areas ran"


def test_no_flash_fails_only_flashing_scenarios(runs: dict[str, Run]) -> None:
    assert all("RONA-3" in s["requirements"] for s in runs["no-flash"].failing)


def test_manual_rona_fails_only_where_rona_is_chosen(runs: dict[str, Run]) -> None:
    assert all("RONA-8" in s["requirements"] for s in runs["manual-rona"].failing)


def test_a_crash_is_reported_with_its_exception(runs: dict[str, Run]) -> None:
    run = runs["crash-on-accept"]
    for scenario in run.failing:
        failure = scenario["failure"]
        assert (failure["exception_type"], failure["message"]) in (
            ("RuntimeError", "faux:crash-on-accept crashed on purpose"),
            (
                "ErrorReply",
                "it could not carry out send: implementation_error: "
                "RuntimeError: faux:crash-on-accept crashed on purpose",
            ),
        )
    accepting = [
        s
        for s in run.results["scenarios"]
        if s["outcome"] != "not_applicable"
        and any(ACCEPTS.search(step["text"]) for step in s["steps"])
    ]
    assert accepting and all(s["outcome"] == "error" for s in accepting)


def test_garbage_is_reported_as_failures_not_as_a_crash(runs: dict[str, Run]) -> None:
    run = runs["garbage-snapshot"]
    # The harness checks every snapshot against the schema: no scenario can pass on garbage,
    # and each says which contract rule was broken rather than a confusing mismatch.
    applicable = [s for s in run.results["scenarios"] if s["outcome"] != "not_applicable"]
    assert len(run.failing) == len(applicable)
    for scenario in run.failing:
        assert scenario["failure"]["exception_type"] == "ContractViolation"
        assert "snapshot.schema.json" in scenario["failure"]["message"]
