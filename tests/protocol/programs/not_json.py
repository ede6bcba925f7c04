"""Answers its first send with a line that is not JSON."""

from __future__ import annotations

from _desk import Message, serve, write_line


def garbage(request: Message) -> None:
    write_line(b'{"id": %d, "ok": true, "result": {"ok": tru' % request["id"])


serve("send", garbage)
