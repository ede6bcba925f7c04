"""``python -m agentstatus.protocol.schemas [--check]``: regenerate the message schemas."""

from __future__ import annotations

import argparse
import sys

from agentstatus.protocol.messages import all_schemas
from agentstatus.protocol.schemas import write_all


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m agentstatus.protocol.schemas",
        description="Write the protocol's JSON Schemas next to the package, from the code.",
    )
    parser.add_argument(
        "--check", action="store_true", help="only report stale files; exit 1 if any"
    )
    options = parser.parse_args(argv)
    stale = write_all(check=options.check)
    for name in all_schemas():
        verdict = ("stale" if options.check else "rewritten") if name in stale else "up to date"
        print(f"{name}: {verdict}")
    return 1 if options.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
