"""What a conformance run costs, measured against the runner's own floor.

Goals (issue "a suite that runs near its runner's floor"):

- **per-scenario cost** of the suite at most 1.3× that of a bare pytest-bdd Scenario Outline
  with the same number of scenarios and steps, under the same frozen clock (freeze once,
  move it per scenario), with the same plugins switched off;
- **simulated seconds per wall second** over the whole suite at least 1,000: the frozen
  clock makes an 18 s timeout or a 40 min sync cost no wall time;
- **CPU past interpreter start** of ``agentstatus run --lang all`` (both languages, all
  reports) at most 1 s.

Run: ``python3 benchmarks/suite.py [--repeat K]``. Each figure is the best of ``--repeat``
runs; the suite and the bare outline are run side by side, alternating, so both see the
same machine load, and compared by the CPU time of their test loops, which other work on
the machine disturbs less than wall time. Both run in their own ``python3 -m pytest``
process with a timing plugin (written next to the bare outline) that measures the loop.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from agentstatus import paths

#: Plugins neither run needs; ``agentstatus run`` switches off the same ones.
NO_PLUGINS = ["-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:randomly"]

#: Measures the test loop in real seconds and in CPU seconds of the process (the figure
#: that another process on the machine disturbs least), counts scenarios and steps, and sums how far
#: the frozen clock got from the scenario epoch by the end of each scenario (the simulated
#: seconds; every scenario starts at the epoch). The real clock is kept in a dict: freezegun
#: replaces module attributes that are time functions, not values inside containers.
TIMING_PLUGIN = """
import json, os, time
import pytest

from agentstatus.harness.frozen_time import SCENARIO_EPOCH

_REAL = {"perf": time.perf_counter, "cpu": time.process_time}
_FIGURES = {"loop": 0.0, "loop_cpu": 0.0, "scenarios": 0, "steps": 0, "simulated": 0.0}


@pytest.hookimpl(wrapper=True)
def pytest_runtestloop(session):
    started, cpu = _REAL["perf"](), _REAL["cpu"]()
    try:
        return (yield)
    finally:
        _FIGURES["loop"] = _REAL["perf"]() - started
        _FIGURES["loop_cpu"] = _REAL["cpu"]() - cpu


def pytest_bdd_after_scenario(request, feature, scenario):
    _FIGURES["scenarios"] += 1
    _FIGURES["simulated"] += time.time() - SCENARIO_EPOCH.timestamp()


def pytest_bdd_after_step(request, feature, scenario, step, step_func, step_func_args):
    _FIGURES["steps"] += 1


def pytest_unconfigure(config):
    with open(os.environ["SUITE_BENCHMARK_OUT"], "w") as out:
        json.dump(_FIGURES, out)
"""

BARE_CONFTEST = """
import freezegun
import pytest
from datetime import datetime, timezone

EPOCH = datetime(2026, 1, 5, 8, 0, 0, tzinfo=timezone.utc)
freezegun.configure(extend_ignore_list=["_pytest.timing", "pytest_bdd.reporting"])


@pytest.fixture(scope="session")
def _frozen():
    freezer = freezegun.freeze_time(EPOCH)
    factory = freezer.start()
    yield factory
    freezer.stop()


@pytest.fixture(autouse=True)
def clock(_frozen):
    _frozen.move_to(EPOCH)
    return _frozen
"""

BARE_STEPS = """
from pytest_bdd import given, parsers, scenarios, then, when

scenarios("bare.feature")


@given(parsers.parse("the counter starts at {start:d}"), target_fixture="counter")
def start(start):
    return {"value": start}


@when(parsers.parse("{seconds:d} seconds pass"))
def wait(clock, seconds):
    clock.tick(seconds)


@when(parsers.parse("the counter goes up by {step:d}"))
def add(counter, step):
    counter["value"] += step


@then(parsers.parse("the counter is at least {least:d}"))
def check(counter, least):
    assert counter["value"] >= least
"""


def machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}, load {load:.1f} at start"
    )


def bare_feature(scenarios: int, steps: int) -> str:
    """An outline of ``scenarios`` rows, each of ``steps`` steps (Given, When…, Then)."""
    middle = [
        "When {} seconds pass".format("<wait>") if i % 2 else "And the counter goes up by 1"
        for i in range(max(steps - 2, 0))
    ]
    if middle:
        middle[0] = middle[0].replace("And ", "When ", 1)
    lines = ["Given the counter starts at <start>", *middle, "Then the counter is at least 0"]
    rows = "\n".join(f"      | {n} | {n % 30} |" for n in range(scenarios))
    body = "\n".join(f"    {line}" for line in lines)
    return (
        "Feature: bare\n  Scenario Outline: count\n"
        f"{body}\n\n    Examples:\n      | start | wait |\n{rows}\n"
    )


def run_pytest(arguments: list[str], folder: Path) -> dict[str, float]:
    out = folder / "figures.json"
    env = dict(os.environ, SUITE_BENCHMARK_OUT=str(out), PYTHONPATH=str(folder))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "suite_benchmark_timing",
            *NO_PLUGINS,
            *arguments,
        ],
        cwd=folder,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return json.loads(out.read_text())


def suite_figures(folder: Path) -> dict[str, float]:
    return run_pytest(
        [
            str(paths.CONFORMANCE),
            "-c",
            str(paths.CONFORMANCE / "run.ini"),
            "--rootdir",
            str(paths.CONFORMANCE.parent),
            "-p",
            "agentstatus.plugin",
            "--implementation",
            "reference:python",
        ],
        folder,
    )


def bare_figures(folder: Path, scenarios: int, steps: int) -> dict[str, float]:
    bare = folder / "bare"
    bare.mkdir(exist_ok=True)
    (bare / "bare.feature").write_text(bare_feature(scenarios, steps), encoding="utf-8")
    (bare / "conftest.py").write_text(BARE_CONFTEST, encoding="utf-8")
    (bare / "test_bare.py").write_text(BARE_STEPS, encoding="utf-8")
    return run_pytest([str(bare), "-c", os.devnull, "--rootdir", str(bare)], folder)


def cpu_seconds(command: list[str], cwd: Path) -> float:
    """User + system CPU of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        command, cwd=cwd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="agentstatus-bench-") as name:
        folder = Path(name)
        (folder / "suite_benchmark_timing.py").write_text(TIMING_PLUGIN, encoding="utf-8")
        suite_runs, bare_runs = [], []
        for _ in range(options.repeat):
            suite = suite_figures(folder)
            suite_runs.append(suite)
            steps = round(suite["steps"] / suite["scenarios"])
            bare_runs.append(bare_figures(folder, int(suite["scenarios"]), steps))
        suite = min(suite_runs, key=lambda f: f["loop_cpu"])
        bare = min(bare_runs, key=lambda f: f["loop_cpu"])
        per_suite = suite["loop_cpu"] / suite["scenarios"]
        per_bare = bare["loop_cpu"] / bare["scenarios"]
        for name, figures, per in (("suite", suite, per_suite), ("bare outline", bare, per_bare)):
            print(
                f"{name}: {figures['scenarios']:.0f} scenarios, {figures['steps']:.0f} steps, "
                f"test loop {figures['loop_cpu']:.3f} s CPU ({figures['loop']:.3f} s wall) = "
                f"{per * 1000:.2f} ms CPU per scenario"
            )
        print(f"per-scenario cost, suite / bare: {per_suite / per_bare:.2f}× (goal ≤ 1.3×)")
        simulated = suite["simulated"]
        print(
            f"simulated time: {simulated:,.0f} s in {suite['loop']:.2f} s of test loop = "
            f"{simulated / suite['loop']:,.0f} simulated s per wall s (goal ≥ 1,000)"
        )
        start = min(
            cpu_seconds([sys.executable, "-c", "pass"], folder) for _ in range(options.repeat)
        )
        run = [
            sys.executable, "-m", "agentstatus.cli", "run", "--implementation",
            "reference:python", "--lang", "all", "--report-dir", str(folder / "reports"),
        ]  # fmt: skip
        whole = min(cpu_seconds(run, folder) for _ in range(options.repeat))
        # The floor: pytest and pytest-bdd alone, for as many scenarios and steps.
        floor_run = [
            sys.executable, "-m", "pytest", "-q", *NO_PLUGINS, str(folder / "bare"),
            "-c", os.devnull, "--rootdir", str(folder / "bare"),
        ]  # fmt: skip
        floor = min(cpu_seconds(floor_run, folder) for _ in range(options.repeat))
        print(
            f"agentstatus run --lang all ({suite['scenarios']:.0f} scenarios, reports "
            f"included): {whole:.2f} s CPU, interpreter start {start:.2f} s: "
            f"{whole - start:.2f} s past interpreter start (goal ≤ 1 s)"
        )
        print(
            f"floor: a bare pytest-bdd run of as many scenarios and steps: {floor - start:.2f} s "
            f"CPU past interpreter start; agentstatus run / floor: "
            f"{(whole - start) / (floor - start):.2f}×"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
