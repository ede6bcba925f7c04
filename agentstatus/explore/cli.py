"""``agentstatus explore``: the command line of the explorer.

Exit status: 0 no divergence within the budget, 1 a divergence (printed as a scenario in
Swedish and English, and written to the report folder), 2 a usage error (the message says
what to fix), 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agentstatus.explore.budget import DEFAULT_EXAMPLES, DEFAULT_STEPS, Budget

DEFAULT_REPORT_DIR = "agentstatus-explore"


def _whole_number(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``minimum``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{value} is below {minimum}")
        return value

    return parse


_positive_int = _whole_number(1)
_seed = _whole_number(0)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text} is not a positive number of seconds")
    return value


def add_parser(commands: Any) -> None:
    from agentstatus.implementations import DEFAULT

    parser = commands.add_parser(
        "explore",
        help="search for behaviour that differs from the reference; print it as a scenario",
        description="Drive the implementation and the reference side by side with generated "
        "command sequences and clock advances that cluster around every limit; on the first "
        "divergence, shrink it and print it as a scenario in Swedish and English, ready to "
        "paste into a feature file (exit 1); exit 0 when none is found within the budget.",
    )
    parser.add_argument(
        "--implementation",
        default=DEFAULT,
        metavar="KIND:ID",
        help=f"what to explore (default: {DEFAULT}); `agentstatus implementations` lists them",
    )
    parser.add_argument(
        "--examples",
        type=_positive_int,
        default=DEFAULT_EXAMPLES,
        metavar="N",
        help="command sequences to try at most (default: %(default)s)",
    )
    parser.add_argument(
        "--steps",
        type=_positive_int,
        default=DEFAULT_STEPS,
        metavar="N",
        help="rules per sequence at most; a rule is one to a dozen steps (default: %(default)s)",
    )
    parser.add_argument(
        "--seed",
        type=_seed,
        default=0,
        metavar="S",
        help="the same seed explores the same sequences and finds the same "
        "counterexample (default: %(default)s)",
    )
    parser.add_argument(
        "--lang",
        choices=("sv", "en"),
        default="en",
        help="the language of the messages; both scenarios are always printed "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--report-dir",
        type=Path,
        default=Path(DEFAULT_REPORT_DIR),
        metavar="DIR",
        help="where explore.sv.feature, explore.en.feature and explore.json go "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=5.0,
        metavar="SECONDS",
        help="exec: seconds to wait for each reply; a program that takes longer diverges "
        "(default: %(default)s)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        from agentstatus.explore.api import UsageError, explore
        from agentstatus.explore.report import render, write
    except ModuleNotFoundError as error:  # Hypothesis is an extra: pip install 'agentstatus[test]'
        print(
            f"agentstatus explore: error: it needs {error.name!r}, which is not installed; "
            "install it (python3 -m pip install hypothesis)",
            file=sys.stderr,
        )
        return 2

    folder: Path = args.report_dir
    try:  # before exploring: a folder that cannot be written is known at once
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"agentstatus explore: error: --report-dir: {error}", file=sys.stderr)
        return 2
    budget = Budget(examples=args.examples, steps=args.steps, seed=args.seed)
    try:
        exploration = explore(args.implementation, budget, timeout=args.timeout)
    except UsageError as error:
        print(f"agentstatus explore: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("agentstatus explore: interrupted", file=sys.stderr)
        return 130
    try:
        written = write(exploration, folder)
    except OSError as error:
        print(render(exploration, args.lang))
        print(f"agentstatus explore: error: --report-dir: {error}", file=sys.stderr)
        return 2
    status = 1 if exploration.found else 0
    try:
        print(render(exploration, args.lang, written), flush=True)
    except BrokenPipeError:  # `agentstatus explore | head`: the reader has gone; so be it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return status
