"""Answers its first send with the id of the request before it."""

from __future__ import annotations

from _desk import Message, correct, serve, write_reply


def stale_id(request: Message) -> None:
    write_reply({**correct(request), "id": request["id"] - 1})


serve("send", stale_id)
