"""``agentstatus lint``: the spec lint on the command line, for authors and CI.

Its options are declared in ``agentstatus.cli``, so that other commands start without
importing the lint."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from agentstatus.lint import lint

EXIT_CLEAN = 0
EXIT_VIOLATIONS = 1
EXIT_USAGE = 2


def run(args: argparse.Namespace) -> int:
    features: Path = args.features
    if not features.is_dir():
        print(
            f"agentstatus lint: {features} is not a directory; give the features directory "
            "(the one holding sv/, en/ and requirements.yaml) with --features DIR",
            file=sys.stderr,
        )
        return EXIT_USAGE
    started = time.perf_counter()
    violations = lint(features)
    elapsed = time.perf_counter() - started
    for violation in violations:
        print(violation)
    if violations:
        print(f"{len(violations)} violation(s) in {elapsed:.2f} s", file=sys.stderr)
        return EXIT_VIOLATIONS
    print(f"spec lint clean ({elapsed:.2f} s)", file=sys.stderr)
    return EXIT_CLEAN
