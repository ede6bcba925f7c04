"""The out-of-process path's cost: round trips per second, and the whole suite served.

Goals (issue "Ship the suite as a package"): at least 10,000 round trips per second with the
reference over stdio, and the whole suite over ``exec:agentstatus serve`` in at most twice
the wall time of the in-process run.

Run: ``python3 benchmarks/protocol.py [--round-trips N] [--repeat K]``. It prints the
machine it ran on, then each figure. Round trips are measured with the suite's own client
(``agentstatus.protocol.client``) against ``agentstatus serve``; the two suite runs are
``agentstatus run --lang all`` subprocesses, measured side by side, best of ``--repeat``.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time

from agentstatus.contract import TenantConfig, parse_command
from agentstatus.implementations import ConnectOptions
from agentstatus.protocol.client import ProcessConnection

SERVE = [sys.executable, "-m", "agentstatus.cli", "serve"]


def machine() -> str:
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def round_trips(count: int) -> dict[str, float]:
    """Round trips per second for the cheapest request and for a snapshot."""
    connection = ProcessConnection(SERVE, ConnectOptions())
    try:
        driver = connection.driver()
        driver.start(TenantConfig())
        driver.send(parse_command({"command": "login"}))
        figures = {}
        for name, call in (
            ("advance", lambda: driver.advance(0.25)),
            ("snapshot", driver.snapshot),
            (
                "send (refused)",
                lambda: driver.send(parse_command({"command": "accept", "contact": "none"})),
            ),
        ):
            call()
            started = time.perf_counter()
            for _ in range(count):
                call()
            figures[name] = count / (time.perf_counter() - started)
        return figures
    finally:
        connection.close()


def suite_seconds(implementation: str, repeat: int) -> float:
    best = float("inf")
    with tempfile.TemporaryDirectory() as out:
        for _ in range(repeat):
            started = time.perf_counter()
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "agentstatus.cli",
                    "run",
                    "--implementation",
                    implementation,
                    "--report-dir",
                    out,
                    "--format",
                    "json",
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            elapsed = time.perf_counter() - started
            if done.returncode != 0:
                raise SystemExit(f"{implementation} did not conform:\n{done.stdout[-2000:]}")
            best = min(best, elapsed)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round-trips", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    print(f"machine: {machine()}")
    for name, rate in round_trips(options.round_trips).items():
        print(f"round trips over stdio, {name}: {rate:,.0f}/s (goal ≥ 10,000/s)")
    in_process = suite_seconds("reference:python", options.repeat)
    served = suite_seconds(f"exec:{' '.join(SERVE)}", options.repeat)
    print(
        f"whole suite, both languages, in-process: {in_process:.2f} s wall (best of "
        f"{options.repeat})"
    )
    print(f"whole suite, both languages, served:     {served:.2f} s wall")
    print(f"served / in-process: {served / in_process:.2f}× (goal ≤ 2×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
