"""``agentstatus run``: the conformance suite against one implementation."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

from agentstatus.connectables import DEFAULT

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CONFORMANCE_TESTS = PROJECT_ROOT / "tests" / "conformance"


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("run", help="run the conformance suite")
    parser.add_argument("--implementation", default=DEFAULT, metavar="KIND:ID")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    return int(
        pytest.main(
            [
                str(CONFORMANCE_TESTS),
                "--rootdir",
                str(PROJECT_ROOT),
                "-q",
                "--implementation",
                args.implementation,
            ]
        )
    )
