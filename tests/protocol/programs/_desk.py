"""A desktop that speaks protocol 1.0 faultlessly and does nothing else: the base of the
broken programs in this folder, each of which overrides exactly one reply.

It accepts every command and always shows a logged-out desktop, so the scenarios it meets
fail on their assertions, never on the protocol. Standard library only: it runs as any
implementation would, a program on the other end of a pipe.

``--starts FILE`` appends the program's process id to FILE when it starts, so a test can
count how often the suite started it.
"""

from __future__ import annotations

import json
import os
import select
import sys
import time
from collections.abc import Callable
from typing import Any, NoReturn

Message = dict[str, Any]

#: What the reference shows after ``start``: valid under snapshot.schema.json.
LOGGED_OUT: Message = {
    "logged_in": False,
    "state": "LoggedOut",
    "idle_reason": None,
    "label": None,
    "icon": None,
    "state_timer": None,
    "routable_channels": [],
    "offers": [],
    "interactions": [],
    "rona_popover": None,
    "toasters": [],
    "desktop_active": True,
    "teams": None,
    "history": [],
    "monitoring": None,
}
CAPABILITIES = [
    "teams_presence_sync",
    "supervisor_monitoring",
    "outdial",
    "social_channel",
    "campaign_calls",
]
#: The longest a broken program lingers when nobody stops it.
LINGER_SECONDS = 30


def option(name: str) -> str | None:
    """The value after ``name`` on the command line, if it is there."""
    arguments = sys.argv[1:]
    if name in arguments[:-1]:
        return arguments[arguments.index(name) + 1]
    return None


def flag(name: str) -> bool:
    return name in sys.argv[1:]


def correct(request: Message) -> Message:
    """The reply a sound implementation gives to ``request``."""
    reply: Message = {"id": request["id"], "ok": True}
    op = request["op"]
    if op == "hello":
        reply["protocol"] = "1.0"
        reply["implementation"] = {
            "name": os.path.basename(sys.argv[0]),
            "version": "0.0.1",
            "language": "python",
            "contract_version": "1.1.0",
        }
        reply["capabilities"] = CAPABILITIES
    elif op == "send":
        reply["result"] = {"ok": True}
    elif op == "snapshot":
        reply["snapshot"] = LOGGED_OUT
    return reply


def write_line(data: bytes) -> None:
    sys.stdout.buffer.write(data + b"\n")
    sys.stdout.buffer.flush()


def write_reply(reply: Message) -> None:
    write_line(json.dumps(reply).encode())


def hang() -> NoReturn:
    """Answer nothing more; leave at the end of input, or after LINGER_SECONDS at the latest."""
    deadline = time.monotonic() + LINGER_SECONDS
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([0], [], [], left)
        if ready and not os.read(0, 1 << 16):
            break
    sys.exit(0)


def serve(first: str | None = None, misbehave: Callable[[Message], None] | None = None) -> None:
    """Answer every request correctly, except the first request of op ``first``:
    ``misbehave`` answers that one (or does not)."""
    starts = option("--starts")
    if starts is not None:
        with open(starts, "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()}\n")
    met = False
    for line in sys.stdin.buffer:
        request = json.loads(line)
        if misbehave is not None and request["op"] == first and not met:
            met = True
            misbehave(request)
            continue
        write_reply(correct(request))
        if request["op"] == "stop":
            break
