"""Answers the handshake with a number for ``implementation.name``, which
hello.reply.schema.json forbids; everything else, the suite reads without complaint."""

from __future__ import annotations

from _desk import Message, correct, serve, write_reply


def numeric_name(request: Message) -> None:
    reply = correct(request)
    reply["implementation"]["name"] = 42
    write_reply(reply)


serve("hello", numeric_name)
