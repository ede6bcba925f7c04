"""``agentstatus serve``: any in-process implementation as a JSON-lines protocol server.

It serves the reference by default, so implementers can compare their replies with the
reference's line by line, and the faux implementations, so the suite's failure path is
tested over the protocol too. The served driver keeps its own simulated clock: time moves
only on ``advance``.
"""

from __future__ import annotations

import json
import sys
from typing import IO, Any

from agentstatus import __version__
from agentstatus.contract import ContractError, Driver, TenantConfig, parse_command
from agentstatus.protocol.messages import OPERATIONS, PROTOCOL_VERSION


class BadRequest(Exception):
    """A request this server cannot carry out; ``code`` goes into the error reply."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class Server:
    """Answers one request at a time for one driver."""

    def __init__(self, driver: Driver) -> None:
        self.driver = driver
        self.started = False

    def answer(self, line: bytes) -> tuple[dict[str, Any], bool]:
        """The reply to one request line, and whether to stop after it."""
        ident: Any = None
        try:
            request = json.loads(line)
            if not isinstance(request, dict):
                raise BadRequest("bad_request", "a request is a JSON object")
            ident = request.get("id")
            op = request.get("op")
            if not isinstance(op, str) or op not in OPERATIONS:
                raise BadRequest(
                    "unknown_op", f"unknown op {op!r}; the ops are {', '.join(OPERATIONS)}"
                )
            reply = {"id": ident, "ok": True, **self._carry_out(op, request)}
            return reply, op == "stop"
        except BadRequest as problem:
            return _error(ident, problem.code, str(problem)), False
        except ContractError as error:
            return _error(ident, error.code, error.message), False
        except ValueError as error:  # not JSON, or a value the driver refused outright
            return _error(ident, "bad_request", str(error)), False
        except Exception as error:  # the served implementation broke: say so, keep serving
            return _error(ident, "implementation_error", f"{type(error).__name__}: {error}"), False

    def _carry_out(self, op: str, request: dict[str, Any]) -> dict[str, Any]:
        if op == "hello":
            info = self.driver.info().to_dict()
            capabilities, readings = info.pop("capabilities"), info.pop("readings")
            reply = {
                "protocol": PROTOCOL_VERSION,
                "implementation": info,
                "capabilities": capabilities,
            }
            return reply | ({"readings": readings} if readings else {})
        if op == "start":
            config = request.get("config")
            if not isinstance(config, dict):
                raise BadRequest("bad_request", "start needs a config object")
            self.driver.start(TenantConfig.from_dict(config))
            self.started = True
            return {}
        if op == "stop":
            return {}
        if not self.started:
            raise BadRequest("not_started", f"{op} before start: start a desktop first")
        if op == "send":
            command = parse_command(request.get("command"))
            return {"result": self.driver.send(command).to_dict()}
        if op == "advance":
            seconds = request.get("seconds")
            if isinstance(seconds, bool) or not isinstance(seconds, int | float):
                raise BadRequest("bad_request", "advance needs seconds, a number of 0 or more")
            self.driver.advance(seconds)
            return {}
        return {"snapshot": self.driver.snapshot()}


def _error(ident: Any, code: str, message: str) -> dict[str, Any]:
    return {"id": ident, "ok": False, "error": {"code": code, "message": message}}


def serve(driver: Driver, requests: IO[bytes], replies: IO[bytes]) -> int:
    """Serve until ``stop`` or the end of input; the exit status is 0."""
    server = Server(driver)
    try:
        for line in requests:
            if not line.strip():
                continue
            reply, stop = server.answer(line)
            replies.write(json.dumps(reply, separators=(",", ":")).encode() + b"\n")
            replies.flush()
            if stop:
                break
    finally:
        driver.close()
    return 0


def main_serve(implementation: str) -> int:
    """``agentstatus serve``: stdin and stdout are the protocol, stderr is for people."""
    from agentstatus.implementations import Connectable, ConnectableError

    try:
        driver = Connectable.parse(implementation).connect(None)
    except ConnectableError as error:
        print(f"agentstatus serve: error: --implementation: {error}", file=sys.stderr)
        return 2
    print(
        f"agentstatus serve {__version__}: {implementation} on stdin/stdout, protocol "
        f"{PROTOCOL_VERSION} (docs/protocol.md)",
        file=sys.stderr,
    )
    return serve(driver, sys.stdin.buffer, sys.stdout.buffer)
