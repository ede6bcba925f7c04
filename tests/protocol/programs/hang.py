"""Never answers its first send (or its first ``--op OP``), and lingers until its input
ends, 30 s at most."""

from __future__ import annotations

from _desk import Message, hang, option, serve


def never_answer(request: Message) -> None:
    hang()


serve(option("--op") or "send", never_answer)
