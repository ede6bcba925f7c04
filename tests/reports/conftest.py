"""Runs of the fixture suite (a tiny bilingual suite with a deliberately broken implementation)
that the results, report, command-line and browser tests share, and runs of the real
specification (a broken fauxmplementation, a filtered run, a baseline) for what the reports
conclude from them.

Each run is a subprocess: the suite under test must not share this process's frozen clock,
plugins or implementation registry. They are shared per session, and the runs of the real
specification start at once, since each costs seconds.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from agentstatus import paths
from agentstatus.lint import load_spec
from agentstatus.results import load_results

FIXTURES = Path(__file__).parent / "fixtures" / "suite"


def scenarios_per_language() -> int:
    """How many scenarios the specification runs in each language (an outline once per
    Examples row), counted from the feature files: the reports must say the same."""
    spec = load_spec(paths.FEATURES)
    counts = {
        language: sum(
            sum(len(e.rows) for e in scenario.examples) if scenario.examples else 1
            for _, scenario in spec.scenarios(language)
        )
        for language in ("sv", "en")
    }
    assert counts["sv"] == counts["en"], counts  # the lint keeps the languages in parity
    return counts["en"]


#: The specification's scenarios per language.
PER_LANGUAGE = scenarios_per_language()


def copy_suite(target: Path) -> Path:
    """The fixture suite as a runnable directory (its files are stored under inert names)."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(FIXTURES / "features", target / "features")
    shutil.copy(FIXTURES / "demo_conftest.py", target / "conftest.py")
    shutil.copy(FIXTURES / "demo_scenarios.py", target / "test_demo.py")
    return target


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str
    report_dir: Path

    @property
    def results(self) -> dict[str, Any]:
        return load_results(self.report_dir / "results.json")


def environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without GitHub's step summary (a test run under GitHub
    Actions must not append its runs to the job's page), plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"}
    env.update(extra or {})
    return env


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "agentstatus.cli", *args]


def agentstatus(
    *args: str, cwd: Path, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*args),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=environment(env),
    )


def run_suite(base: Path, *args: str) -> Run:
    suite = copy_suite(base / "suite")
    report_dir = base / "reports"
    done = agentstatus(
        "run", "--suite", str(suite), "--report-dir", str(report_dir), *args, cwd=base
    )
    return Run(done.returncode, done.stdout, done.stderr, report_dir)


@pytest.fixture(scope="session")
def failing_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """Both languages against an implementation that never leaves LoggedOut and whose name
    is a script tag."""
    return run_suite(
        tmp_path_factory.mktemp("failing"),
        "--implementation",
        "demo:evil",
        "--lang",
        "all",
        "--timezone",
        "Europe/Stockholm",
    )


@pytest.fixture(scope="session")
def conforming_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The English fixture features, which all hold on the reference implementation."""
    return run_suite(tmp_path_factory.mktemp("conforming"), "--lang", "en")


class SpecRun:
    """``agentstatus run`` of the real specification, started now, awaited when read."""

    def __init__(self, base: Path, *args: str, env: Mapping[str, str] | None = None) -> None:
        base.mkdir(parents=True, exist_ok=True)
        self.report_dir = base / "reports"
        self._stdout = (base / "stdout.txt").open("w+", encoding="utf-8")
        self._stderr = (base / "stderr.txt").open("w+", encoding="utf-8")
        self._process = subprocess.Popen(
            command("run", "--report-dir", str(self.report_dir), *args),
            cwd=base,
            stdout=self._stdout,
            stderr=self._stderr,
            text=True,
            env=environment(env),
        )
        self._run: Run | None = None

    def wait(self) -> Run:
        if self._run is None:
            status = self._process.wait(timeout=300)
            outputs = []
            for handle in (self._stdout, self._stderr):
                handle.seek(0)
                outputs.append(handle.read())
                handle.close()
            self._run = Run(status, outputs[0], outputs[1], self.report_dir)
        return self._run


@dataclass
class SpecRuns:
    base: Path
    step_summary: Path
    _never_rona: SpecRun
    _partial: SpecRun
    _baseline: SpecRun | None = None

    @property
    def never_rona(self) -> Run:
        """``faux:never-rona`` in both languages: 44 failing scenarios, exit 1."""
        return self._never_rona.wait()

    @property
    def partial(self) -> Run:
        """The reference, Teams presence only, in Swedish, with ``$GITHUB_STEP_SUMMARY``
        set: a partial run (exit 3)."""
        return self._partial.wait()

    @property
    def baseline(self) -> Run:
        """``faux:never-rona`` in English with a baseline of the never-rona run's failures:
        only known failures, so the gate passes (exit 0) though it does not conform."""
        if self._baseline is None:
            written = agentstatus(
                "baseline", "--write", str(self.base / "baseline.json"), "--from",
                str(self.never_rona.report_dir / "results.json"), cwd=self.base,
            )  # fmt: skip
            assert written.returncode == 0, written.stderr
            self._baseline = SpecRun(
                self.base / "baseline", "--implementation", "faux:never-rona", "--lang", "en",
                "--baseline", str(self.base / "baseline.json"),
            )  # fmt: skip
        return self._baseline.wait()


@pytest.fixture(scope="session")
def spec_runs(tmp_path_factory: pytest.TempPathFactory) -> SpecRuns:
    base = tmp_path_factory.mktemp("spec")
    step_summary = base / "step-summary.md"
    step_summary.write_text("Earlier step's summary\n", "utf-8")
    return SpecRuns(
        base,
        step_summary,
        SpecRun(base / "never-rona", "--implementation", "faux:never-rona"),
        SpecRun(
            base / "partial",
            *("--area", "TS", "--lang", "sv"),
            env={"GITHUB_STEP_SUMMARY": str(step_summary)},
        ),
    )
