"""Runs of the fixture suite (a tiny bilingual suite with a deliberately broken implementation)
that the results, report, command-line and browser tests share.

Each run is a subprocess: the suite under test must not share this process's frozen clock,
plugins or implementation registry.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from agentstatus.results import load_results

FIXTURES = Path(__file__).parent / "fixtures" / "suite"


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


def agentstatus(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agentstatus.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
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
