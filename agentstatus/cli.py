"""The ``agentstatus`` command: run the suite, lint the spec, render reports, serve, list."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agentstatus import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agentstatus",
        description="Conformance suite for contact-center agent availability states.",
    )
    parser.add_argument("--version", action="version", version=f"agentstatus {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    from agentstatus import runner

    runner.add_parser(commands)
    _add_lint(commands)
    _add_serve(commands)
    _add_explore(commands)
    _add_implementations(commands)
    return parser


def _add_lint(commands: Any) -> None:
    from agentstatus import paths

    parser = commands.add_parser(
        "lint",
        help="check the Swedish and English features against the requirement catalogue",
    )
    parser.add_argument(
        "--features",
        type=Path,
        default=paths.FEATURES,
        metavar="DIR",
        help="the features directory (with sv/, en/, requirements.yaml); default: the project's",
    )
    parser.set_defaults(handler=_lint)


def _lint(args: argparse.Namespace) -> int:
    from agentstatus.lint.command import run  # here: every other command starts without it

    return run(args)


def _add_serve(commands: Any) -> None:
    from agentstatus.implementations import DEFAULT

    serve = commands.add_parser(
        "serve",
        help="serve an implementation over the JSON-lines protocol on stdin/stdout",
        description="Serve an in-process implementation (the reference by default) as a "
        "protocol server on stdin/stdout (docs/protocol.md); "
        "`agentstatus run --implementation 'exec:agentstatus serve'` checks it.",
    )
    serve.add_argument(
        "--implementation",
        default=DEFAULT,
        metavar="KIND:ID",
        help=f"what to serve (default: {DEFAULT})",
    )
    serve.set_defaults(handler=lambda args: _serve(args.implementation))


def _serve(implementation: str) -> int:
    from agentstatus.protocol.server import main_serve

    return main_serve(implementation)


def _add_explore(commands: Any) -> None:
    """``agentstatus explore``: model-based search for divergences from the reference."""
    from agentstatus.explore.cli import add_parser

    add_parser(commands)


def _add_implementations(commands: Any) -> None:
    listing = commands.add_parser(
        "implementations",
        help="list the kinds of implementation the suite can check",
        description="List the KIND:ID forms --implementation takes, with the ids each "
        "kind knows by name.",
    )
    listing.set_defaults(handler=_list_implementations)


def _list_implementations(args: argparse.Namespace) -> int:
    from agentstatus.implementations import DEFAULT, ENTRY_POINT_GROUP, describe_kinds

    print(f"--implementation KIND:ID (default {DEFAULT}):")
    print(describe_kinds())
    print(f"Installed packages add kinds through the entry-point group {ENTRY_POINT_GROUP}.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    status: int = args.handler(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
