"""Answers its first send with a line holding bytes that are not UTF-8 (Latin-1 text)."""

from __future__ import annotations

from _desk import Message, serve, write_line


def latin1(request: Message) -> None:
    write_line(b'{"id": %d, "ok": true, "result": {"ok": true}, "note": "r\xe4v"}' % request["id"])


serve("send", latin1)
