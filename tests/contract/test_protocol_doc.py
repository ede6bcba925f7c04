"""docs/protocol.md's worked transcript is what the served reference answers, line for line:
an implementer copying it copies the truth."""

from __future__ import annotations

import json
import re
from pathlib import Path

from agentstatus.protocol.server import Server
from agentstatus.reference_impl.driver import ReferenceDriver

DOC = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"


def transcript() -> list[tuple[str, str]]:
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"## A worked transcript.*?```text\n(.*?)```", text, re.S)
    assert block, "docs/protocol.md lost its worked transcript"
    lines = block.group(1).splitlines()
    requests = [line[2:] for line in lines if line.startswith("> ")]
    replies = [line[2:] for line in lines if line.startswith("< ")]
    assert len(requests) == len(replies) == len(lines) // 2
    return list(zip(requests, replies, strict=True))


def test_the_transcript_is_the_reference_served() -> None:
    server = Server(ReferenceDriver())
    exchanged = transcript()
    assert len(exchanged) >= 8
    for request, documented in exchanged:
        reply, _ = server.answer(request.encode())
        assert reply == json.loads(documented), request


def test_the_transcript_shows_every_op() -> None:
    ops = {json.loads(request)["op"] for request, _ in transcript()}
    assert ops == {"hello", "start", "send", "advance", "snapshot", "stop"}
