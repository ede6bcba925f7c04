"""Exits with status 3 on its first send, after 15 lines on standard error."""

from __future__ import annotations

import sys

from _desk import Message, serve


def crash(request: Message) -> None:
    for number in range(1, 16):
        print(f"crash.py: log line {number}", file=sys.stderr)
    sys.stderr.flush()
    sys.exit(3)


serve("send", crash)
