"""Answers its first send with one reply line of ``--bytes N`` bytes, newline included
(1 MiB + 4 KiB by default); with ``--no-newline`` it writes the same bytes without the
newline, and waits."""

from __future__ import annotations

import json
import sys

from _desk import Message, correct, flag, hang, option, serve, write_line


def too_large(request: Message) -> None:
    size = int(option("--bytes") or 1024 * 1024 + 4096)
    empty = json.dumps({**correct(request), "padding": ""}).encode()
    line = json.dumps({**correct(request), "padding": "x" * (size - 1 - len(empty))}).encode()
    if not flag("--no-newline"):
        write_line(line)
        return
    sys.stdout.buffer.write(line)
    sys.stdout.buffer.flush()
    hang()


serve("send", too_large)
