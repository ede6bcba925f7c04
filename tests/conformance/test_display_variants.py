"""The timer scenarios, run against the reference shown the way other clients show it:
the same display spelled differently and a once-a-second redraw pass, a timer that runs
ahead at the instant of a change fails (INT-24, docs/contract.md "What a display check
compares")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.suite_process import QUIET_RUN, child_environment, run_in_sessions

ROOT = Path(__file__).resolve().parents[2]
#: The scenarios that check the state timer right after a status change, and the rest of
#: the timer and use-case areas.
SELECTED = "TM-1 or TM-2 or TM-3 or TM-4 or TM-5 or TM-6 or UC-1 or UC-2 or UC-3 or RONA-7"


FACTORIES = ("respelled", "lagging", "early")


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    """The results of each display variant, the runs shared out over two processes."""
    out = tmp_path_factory.mktemp("display-variants")
    env = child_environment()
    commands = {
        factory: [
            "pytest",
            "agentstatus/conformance",
            "-q",
            *QUIET_RUN,
            "-p",
            "no:randomly",
            "-m",
            SELECTED,
            "--implementation",
            f"python:tests.conformance.display_variants:{factory}",
            "--results-json",
            str(out / f"{factory}.json"),
        ]
        for factory in FACTORIES
    }
    run_in_sessions(commands, out, cwd=ROOT, env=env)
    return {f: json.loads((out / f"{f}.json").read_text(encoding="utf-8")) for f in FACTORIES}


def outcomes(results: dict[str, object]) -> dict[str, str]:
    scenarios = results["scenarios"]
    assert isinstance(scenarios, list) and len(scenarios) > 20
    return {f"{s['id']} ({s['language']})": s["outcome"] for s in scenarios}


@pytest.mark.parametrize("factory", ["respelled", "lagging"])
def test_a_client_that_shows_the_same_thing_passes(
    factory: str, runs: dict[str, dict[str, object]]
) -> None:
    found = outcomes(runs[factory])
    failed = sorted(
        s for s, outcome in found.items() if outcome not in ("passed", "not_applicable")
    )
    assert not failed


def test_a_timer_ahead_at_the_instant_of_a_change_fails(runs: dict[str, dict[str, object]]) -> None:
    found = outcomes(runs["early"])
    assert found["SC-TM-70 (en)"] == found["SC-TM-70 (sv)"] == "failed"
    assert found["SC-TM-03 (sv)"] == "failed"
    assert found["SC-TM-07 (en)"] == "passed"  # no status change: nothing to be early about
