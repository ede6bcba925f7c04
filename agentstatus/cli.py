"""The ``agentstatus`` command: run the suite, lint the spec, render reports."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from agentstatus import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agentstatus",
        description="Conformance suite for contact-center agent availability states.",
    )
    parser.add_argument("--version", action="version", version=f"agentstatus {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    from agentstatus import runner
    from agentstatus.lint import command as lint_command

    runner.add_parser(commands)
    lint_command.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    status: int = args.handler(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
