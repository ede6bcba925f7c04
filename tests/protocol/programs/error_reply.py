"""Answers its first send with a well-formed error reply, then serves on soundly."""

from __future__ import annotations

from _desk import Message, serve, write_reply


def refuse(request: Message) -> None:
    error = {"code": "not_ready", "message": "error_reply.py refuses its first send"}
    write_reply({"id": request["id"], "ok": False, "error": error})


serve("send", refuse)
