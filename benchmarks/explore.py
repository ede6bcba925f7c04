"""The explorer's figures: how soon it finds each fauxmplementation, and how fast it runs.

Goals (issue "Model-based exploration with shrunk counterexamples as Gherkin"): every faux
found within the default budget; at least 3,000 explore steps per second with the
reference against itself in-process, and at least 1,000 over the protocol
(``exec:<python> -m agentstatus.cli serve``). A step is one command or one advance of the
clock, carried out on both sides and compared (answers and snapshots).

Run: ``python3 benchmarks/explore.py [--seeds K] [--examples N]``. It prints the machine it
ran on, then per faux the examples and steps run before the first divergence for seeds
0..K-1 (without shrinking), the shrunk counterexample's length and the whole exploration's
cost for seed 0, then the steps per second. Times are wall clock and CPU time of this
process: on a busy machine the CPU figure is the one to compare (the served program's own
CPU time is not in it).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time

from agentstatus.explore import Budget, explore
from agentstatus.explore.budget import DEFAULT_EXAMPLES
from agentstatus.implementations.faux import FAUXES

SERVED = f"exec:{sys.executable} -m agentstatus.cli serve"


def machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}, load average {load:.1f}"
    )


def fauxes(seeds: int) -> None:
    print(f"\nper faux, default budget ({DEFAULT_EXAMPLES} examples), seeds 0..{seeds - 1}:")
    print(
        f"  {'faux':<20} {'examples to find':<22} {'steps to find':<22} "
        f"{'shrunk to':>9} {'wall':>7} {'cpu':>7}"
    )
    for ident in sorted(FAUXES):
        examples, steps = [], []
        for seed in range(seeds):
            found = explore(f"faux:{ident}", Budget(seed=seed, shrink=False)).first_found
            examples.append(found[0] if found else None)
            steps.append(found[1] if found else None)
        wall, cpu = time.perf_counter(), time.process_time()
        shrunk = explore(f"faux:{ident}", Budget(seed=0))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        length = len(shrunk.divergence.steps) if shrunk.divergence else "-"
        print(
            f"  {ident:<20} {_spread(examples):<22} {_spread(steps):<22} "
            f"{length!s:>9} {wall:6.1f}s {cpu:6.1f}s"
        )


def _spread(values: list[int | None]) -> str:
    if any(v is None for v in values):
        return "not found: " + ", ".join("-" if v is None else str(v) for v in values)
    found = [v for v in values if v is not None]
    return f"median {statistics.median(found):g}, max {max(found)}"


def throughput(implementation: str, examples: int) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    exploration = explore(implementation, Budget(examples=examples))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert not exploration.found, exploration.divergence and exploration.divergence.message
    steps = exploration.steps
    print(
        f"  {implementation}: {steps} steps in {exploration.examples} examples, "
        f"{steps / wall:,.0f} steps/s wall ({wall:.1f} s), {steps / cpu:,.0f} steps/s CPU"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=5, help="seeds per faux (default 5)")
    parser.add_argument(
        "--examples", type=int, default=300, help="examples for the throughput (default 300)"
    )
    args = parser.parse_args()
    print(f"machine: {machine()}")
    fauxes(args.seeds)
    print("\nexplore steps per second, the reference against itself (goals 3,000 and 1,000):")
    throughput("reference:python", args.examples)
    throughput(SERVED, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
