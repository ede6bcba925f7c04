"""Answers the handshake speaking protocol 2.0, a major version this suite does not speak."""

from __future__ import annotations

from _desk import Message, correct, serve, write_reply


def version_two(request: Message) -> None:
    write_reply({**correct(request), "protocol": "2.0"})


serve("hello", version_two)
