"""The protocol's committed JSON Schemas are what ``messages.py`` generates, and what the
served reference says fits them: an implementer who validates against the files in the
package validates against what the suite expects."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from agentstatus.contract import TenantConfig
from agentstatus.protocol import schemas

#: A short session that meets every op, an accepted and a refused command, a RONA after
#: time passed, and one request (an unknown command) the server cannot carry out.
SESSION: list[dict[str, Any]] = [
    {"op": "hello", "protocol": "1.0", "suite": {"name": "agentstatus", "version": "0"}},
    {"op": "start", "config": TenantConfig().to_dict()},
    {"op": "snapshot"},
    {"op": "send", "command": {"command": "login"}},
    {"op": "send", "command": {"command": "choose_state", "state": "Available"}},
    {"op": "send", "command": {"command": "offer", "channel": "voice", "contact": "voice-1"}},
    {"op": "advance", "seconds": 18.5},
    {"op": "snapshot"},
    {"op": "send", "command": {"command": "choose_state", "state": "RONA"}},
    {"op": "send", "command": {"command": "accept", "contact": "nobody"}},
    {"op": "send", "command": {"command": "logout"}},
    {"op": "stop"},
]


def test_the_committed_schemas_are_current() -> None:
    assert schemas.write_all(check=True) == []


def served_session() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Each request of SESSION with the served reference's reply to it."""
    requests = [{"id": number, **request} for number, request in enumerate(SESSION, 1)]
    done = subprocess.run(
        [sys.executable, "-m", "agentstatus.cli", "serve"],
        input="".join(json.dumps(request) + "\n" for request in requests).encode(),
        capture_output=True,
        timeout=60,
        check=True,
    )
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(replies) == len(requests), done.stderr.decode()
    return list(zip(requests, replies, strict=True))


def test_every_reply_of_the_served_reference_validates_against_its_schema() -> None:
    session = served_session()
    for request, reply in session:
        # The suite's requests are valid; the one the server refuses is not, by design.
        invalid = schemas.problems(f"{request['op']}.request.schema.json", request)
        assert bool(invalid) is (reply["ok"] is False), (request, invalid)
        name = f"{request['op']}.reply.schema.json" if reply["ok"] else "error.reply.schema.json"
        assert reply["id"] == request["id"]
        assert schemas.problems(name, reply) == [], (request, reply)
    # The session met what it was meant to: a RONA, a refusal and an error reply.
    by_id = {request["id"]: reply for request, reply in session}
    assert by_id[8]["snapshot"]["state"] == "RONA"
    assert by_id[9]["result"]["ok"] is False
    assert by_id[11]["ok"] is False


def test_the_schemas_reject_what_the_client_must_not_accept() -> None:
    """``problems`` is not vacuous: the hello of ``programs/schema_invalid.py`` and a send
    result with an extra field both break their schemas."""
    hello = {
        "id": 1,
        "ok": True,
        "protocol": "1.0",
        "implementation": {
            "name": 42,
            "version": "1",
            "language": "python",
            "contract_version": "1.1.0",
        },
        "capabilities": [],
    }
    assert schemas.problems("hello.reply.schema.json", hello) == [
        "implementation/name: 42 is not of type 'string'"
    ]
    send = {"id": 3, "ok": True, "result": {"ok": True, "note": "extra"}}
    assert schemas.problems("send.reply.schema.json", send)
