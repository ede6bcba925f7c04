"""The broken programs of `programs/`: how a test names one, as argv or as `exec:` text."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parent / "programs"


def argv(name: str, *arguments: str) -> list[str]:
    """The command that runs ``programs/NAME.py`` with this interpreter."""
    return [sys.executable, str(PROGRAMS / f"{name}.py"), *arguments]


def exec_spec(name: str, *arguments: str) -> str:
    """``--implementation`` text for ``programs/NAME.py``."""
    return "exec:" + shlex.join(argv(name, *arguments))


def starts(path: Path) -> int:
    """How often a program run with ``--starts PATH`` was started."""
    if not path.exists():
        return 0
    return len(path.read_text(encoding="utf-8").split())
