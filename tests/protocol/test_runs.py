"""Whole ``agentstatus run``s over ``exec:``: a broken program makes a complete, reported
run that does not conform (exit 1, never a crash of the suite), and the served reference
is indistinguishable from the in-process one.

Each run is a subprocess, the way a user runs the suite; the runs of a fixture start at
once and are shared by the module's tests, since each costs seconds.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

from tests.protocol.broken import exec_spec, starts

#: Generous: a run takes a few seconds; this only keeps a stuck run from stalling the suite.
RUN_LIMIT_SECONDS = 300
SERVED = "exec:" + shlex.join([sys.executable, "-m", "agentstatus.cli", "serve"])
REPORTS = ("results.json", "junit.xml", "report.en.html", "report.en.md")


@dataclass
class Run:
    name: str
    returncode: int
    output: str
    seconds: float
    report_dir: Path
    starts: Path

    @cached_property
    def results(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(
            (self.report_dir / "results.json").read_text(encoding="utf-8")
        )
        return loaded

    @property
    def scenarios(self) -> list[dict[str, Any]]:
        """The scenarios that apply (those of another reading are not applicable)."""
        return [s for s in self.results["scenarios"] if s["outcome"] != "not_applicable"]

    def messages(self) -> list[str]:
        return [(s["failure"] or {}).get("message", "") for s in self.scenarios]


def run_all(out: Path, runs: dict[str, tuple[str, list[str]]]) -> dict[str, Run]:
    """Start ``agentstatus run`` for each ``name: (implementation, options)`` at once, and
    wait for all of them; ``{starts}`` in an implementation is the run's starts file."""
    env = {key: value for key, value in os.environ.items() if key != "PYTEST_ADDOPTS"}
    started: dict[str, tuple[subprocess.Popen[bytes], float]] = {}
    try:
        for name, (implementation, options) in runs.items():
            command = [
                sys.executable,
                "-m",
                "agentstatus.cli",
                "run",
                "--implementation",
                implementation.format(starts=out / f"{name}.starts"),
                "--report-dir",
                str(out / name),
                *options,
            ]
            with (out / f"{name}.out").open("wb") as log:
                process = subprocess.Popen(
                    command, cwd=out, env=env, stdout=log, stderr=subprocess.STDOUT
                )
            started[name] = (process, time.monotonic())
        finished = {}
        for name, (process, began) in started.items():
            returncode = process.wait(timeout=RUN_LIMIT_SECONDS)
            seconds = time.monotonic() - began
            output = (out / f"{name}.out").read_text(encoding="utf-8", errors="replace")
            starts_file = out / f"{name}.starts"
            finished[name] = Run(name, returncode, output, seconds, out / name, starts_file)
        return finished
    finally:
        for process, _ in started.values():
            if process.poll() is None:
                process.kill()
                process.wait()


BROKEN: dict[str, tuple[str, list[str]]] = {
    "crash": (
        exec_spec("crash", "--starts", "{starts}"),
        ["--lang", "en", "--max-restarts", "2"],
    ),
    "hang": (exec_spec("hang"), ["--lang", "en", "--timeout", "2", "--max-restarts", "1"]),
    "schema_invalid": (exec_spec("schema_invalid"), ["--lang", "en", "--validate"]),
}


#: Run on its own, so its wall time is not the other runs' as well.
HANDSHAKE: dict[str, tuple[str, list[str]]] = {
    "wrong_version": (
        exec_spec("wrong_version", "--starts", "{starts}"),
        ["--lang", "en", "--timeout", "0.5"],
    ),
}


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Run]]:
    out = tmp_path_factory.mktemp("broken-runs")
    yield {**run_all(out, HANDSHAKE), **run_all(out, BROKEN)}


@pytest.mark.parametrize("name", [*HANDSHAKE, *BROKEN])
def test_a_broken_program_makes_a_complete_run_that_does_not_conform(
    broken: dict[str, Run], name: str
) -> None:
    """Exit 1 ("does not conform"), not 2 or a crash; every report written; every
    scenario an error that says which fault, none a confusing assertion failure."""
    run = broken[name]
    assert run.returncode == 1, run.output[-3000:]
    assert "Traceback" not in run.output, run.output[-3000:]
    assert "INTERNALERROR" not in run.output, run.output[-3000:]
    for report in REPORTS:
        assert (run.report_dir / report).is_file(), (report, run.output[-3000:])
    results = run.results
    assert results["verdict"] == "does_not_conform"
    assert results["collection_errors"] == []
    assert results["languages"] == ["en"]
    assert len(run.scenarios) > 50
    for scenario in run.scenarios:
        assert scenario["outcome"] == "error", scenario["id"]
        assert scenario["failure"]["exception_type"] == "ImplementationFault", scenario["id"]


def test_a_crash_errors_one_scenario_per_program_until_max_restarts(
    broken: dict[str, Run],
) -> None:
    """--max-restarts 2: three programs, each crashing in the scenario that met it with
    its status and stderr; then every other scenario fails at once naming --max-restarts."""
    run = broken["crash"]
    crashed = [m for m in run.messages() if m.startswith("it exited with status 3 during send")]
    assert len(crashed) == 3
    assert all(m.endswith("crash.py: log line 15") for m in crashed)
    given_up = [m for m in run.messages() if m not in crashed]
    assert given_up
    assert all(
        m.startswith(
            "not restarted again after 2 restart(s) (--max-restarts); the last problem: "
            "it exited with status 3 during send"
        )
        for m in given_up
    )
    assert starts(run.starts) == 3


def test_a_hang_errors_with_the_timeout_until_max_restarts(broken: dict[str, Run]) -> None:
    """--timeout 2 --max-restarts 1: two programs hang, one scenario each; the rest of the
    run takes no time at all. (2 s, not less: the timeout also bounds a restarted program's
    start and hello, on a busy machine too; the run is concurrent with others anyway.)"""
    run = broken["hang"]
    timed_out = [
        m for m in run.messages() if m.startswith("it did not answer send within 2 s (--timeout)")
    ]
    assert len(timed_out) == 2
    rest = [m for m in run.messages() if m not in timed_out]
    assert rest
    assert all(
        m.startswith("not restarted again after 1 restart(s) (--max-restarts)") for m in rest
    )


def test_another_protocol_major_ends_the_run_within_seconds(broken: dict[str, Run]) -> None:
    """The handshake fails once and for all: one program start for the whole run, every
    scenario the handshake's error, and the run is over in seconds."""
    run = broken["wrong_version"]
    expected = "the handshake failed: it speaks protocol 2.0, this suite speaks 1.1; "
    assert all(m.startswith(expected) for m in run.messages())
    assert run.results["implementation"]["error"].startswith(f"ImplementationFault: {expected}")
    assert starts(run.starts) == 1
    assert run.seconds < 30, run.seconds


def test_validate_reaches_the_client_and_catches_a_schema_invalid_hello(
    broken: dict[str, Run],
) -> None:
    """The same program handshakes fine without --validate (``test_client``); with it, the
    run's handshake fails naming the schema and the field."""
    run = broken["schema_invalid"]
    expected = (
        "the handshake failed: the reply to hello breaks hello.reply.schema.json: "
        "implementation/name: 42 is not of type 'string'"
    )
    assert set(run.messages()) == {expected}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Run]]:
    """The reference in-process and served over the protocol, both languages; the served run
    checks every message with --validate (which the schema_invalid run shows is in force)."""
    runs = {
        "in_process": ("reference:python", ["--lang", "all"]),
        # A generous timeout: a loaded machine must not turn a slow start into a fault.
        "served": (SERVED, ["--lang", "all", "--validate", "--timeout", "30"]),
    }
    yield run_all(tmp_path_factory.mktemp("reference-runs"), runs)


def outcomes(run: Run) -> dict[tuple[str, str, str], str]:
    """(scenario id, language, example) → outcome."""
    found = {}
    for scenario in run.scenarios:
        example = json.dumps(scenario["example"], sort_keys=True)
        key = (scenario["id"], scenario["language"], example)
        assert key not in found, key
        found[key] = scenario["outcome"]
    return found


def test_the_served_reference_passes_every_message_of_both_languages(
    reference: dict[str, Run],
) -> None:
    run = reference["served"]
    assert run.returncode == 0, run.output[-3000:]
    assert run.results["verdict"] == "conforms"
    assert run.results["languages"] == ["en", "sv"]
    assert run.results["implementation"]["name"] == "agentstatus reference"


def test_the_served_reference_has_the_in_process_outcomes_scenario_by_scenario(
    reference: dict[str, Run],
) -> None:
    served, in_process = outcomes(reference["served"]), outcomes(reference["in_process"])
    assert {language for _, language, _ in in_process} == {"en", "sv"}
    assert len(in_process) > 150
    assert served == in_process
