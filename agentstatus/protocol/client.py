"""The ``exec:`` kind: a program in any language, driven over the JSON-lines protocol.

One program serves a whole run: each scenario gets a ``ProcessDriver`` that sends ``start``
and goes on from there. Whatever the program does wrong (it hangs, exits, writes something
that is not a protocol reply) raises ``ImplementationFault`` in the scenario that met it;
that scenario is an *error*, the program is stopped, and the next scenario gets a fresh
one, up to ``max_restarts`` of them. A handshake that fails is final: every scenario after
it fails at once with the handshake's message, so a broken program ends a run in seconds.

This module is on freezegun's ignore list (``agentstatus.harness.frozen_time``): its
deadlines are real seconds while the scenarios run on the frozen clock.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import subprocess
import threading
import time
from collections import deque
from collections.abc import Sequence
from typing import Any

from agentstatus import __version__
from agentstatus.contract import (
    CONTRACT_VERSION,
    Accepted,
    Command,
    CommandResult,
    ImplementationInfo,
    Rejection,
    TenantConfig,
)
from agentstatus.implementations.connectable import Connection, ConnectOptions, Tick
from agentstatus.protocol import schemas
from agentstatus.protocol.messages import MAX_MESSAGE_BYTES, PROTOCOL_VERSION
from agentstatus.spec.readings import undeclarable

STDERR_LINES_KEPT = 10


class ImplementationFault(Exception):
    """The implementation broke the protocol; the message says what it did."""


class ErrorReply(ImplementationFault):
    """A well-formed error reply: the request failed, the program itself is still sound."""


def same_major(version: str, ours: str) -> bool:
    return version.split(".", 1)[0] == ours.split(".", 1)[0]


class _Process:
    """One running program: a line out, a line back, within a deadline."""

    def __init__(self, argv: Sequence[str], options: ConnectOptions) -> None:
        self.argv = list(argv)
        self.options = options
        self.next_id = 1
        self.stderr_tail: deque[str] = deque(maxlen=STDERR_LINES_KEPT)
        try:
            self.popen = subprocess.Popen(
                self.argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                bufsize=0,
            )
        except OSError as error:
            raise ImplementationFault(
                f"cannot start {' '.join(self.argv)!r}: {error.strerror or error}"
            ) from None
        assert self.popen.stdin and self.popen.stdout and self.popen.stderr
        self._stdin = self.popen.stdin
        self._stdout = self.popen.stdout.fileno()
        self._buffer = bytearray()
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._stdout, selectors.EVENT_READ)
        self._stderr_reader = threading.Thread(
            target=self._drain_stderr, args=(self.popen.stderr,), daemon=True
        )
        self._stderr_reader.start()

    def _drain_stderr(self, stream: Any) -> None:
        for raw in iter(stream.readline, b""):
            self.stderr_tail.append(raw.decode("utf-8", "replace").rstrip("\r\n"))

    def request(self, op: str, *, timeout: float | None = None, **fields: Any) -> dict[str, Any]:
        message = {"id": self.next_id, "op": op, **fields}
        self.next_id += 1
        if self.options.validate:
            self._check(f"{op}.request.schema.json", message, "the suite's own request")
        try:
            self._stdin.write(json.dumps(message, separators=(",", ":")).encode() + b"\n")
            self._stdin.flush()
        except (BrokenPipeError, ValueError, OSError):
            raise self._exited(op) from None
        reply = self._parse(op, self._read_line(op, timeout or self.options.timeout))
        if reply.get("id") != message["id"]:
            raise ImplementationFault(
                f"the reply to {op} carries id {reply.get('id')!r}, not {message['id']}: "
                "answer every request once, in order, with its id"
            )
        if reply.get("ok") is False:
            error = reply.get("error")
            detail = error.get("message") if isinstance(error, dict) else None
            code = error.get("code") if isinstance(error, dict) else None
            raise ErrorReply(
                f"it could not carry out {op}: {code or 'no code'}: {detail or 'no message'}"
            )
        if reply.get("ok") is not True:
            raise ImplementationFault(
                f'the reply to {op} has no "ok": true or false (docs/protocol.md, Messages)'
            )
        if self.options.validate:
            self._check(f"{op}.reply.schema.json", reply, f"the reply to {op}")
        return reply

    def _check(self, schema: str, message: dict[str, Any], what: str) -> None:
        found = schemas.problems(schema, message)
        if found:
            raise ImplementationFault(f"{what} breaks {schema}: {'; '.join(found[:3])}")

    def _read_line(self, op: str, timeout: float) -> bytes:
        deadline = time.monotonic() + timeout
        while True:
            end = self._buffer.find(b"\n")
            if end >= MAX_MESSAGE_BYTES:  # the line is end + 1 bytes with its newline
                raise ImplementationFault(
                    f"the reply to {op} is larger than {MAX_MESSAGE_BYTES // 1024} KiB; "
                    "a reply is one line of at most 1 MiB"
                )
            if end >= 0:
                line = bytes(self._buffer[:end])
                del self._buffer[: end + 1]
                return line
            if len(self._buffer) > MAX_MESSAGE_BYTES:
                raise ImplementationFault(
                    f"the reply to {op} is larger than {MAX_MESSAGE_BYTES // 1024} KiB "
                    "without a newline; a reply is one line of at most 1 MiB"
                )
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._selector.select(remaining):
                raise ImplementationFault(
                    f"it did not answer {op} within {timeout:g} s "
                    f"({'--startup-timeout' if op == 'hello' else '--timeout'}); a reply must "
                    "follow each request, ended by a newline and flushed"
                )
            chunk = os.read(self._stdout, 1 << 16)
            if not chunk:
                raise self._exited(op)
            self._buffer += chunk

    def _parse(self, op: str, line: bytes) -> dict[str, Any]:
        start = line[:80]
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ImplementationFault(
                f"the reply to {op} is not UTF-8 (byte {error.start}: {start!r})"
            ) from None
        try:
            reply = json.loads(text, parse_constant=_no_constant)
        except ValueError as error:
            raise ImplementationFault(
                f"the reply to {op} is not JSON ({error}): {text[:80]!r}"
            ) from None
        if not isinstance(reply, dict):
            raise ImplementationFault(
                f"the reply to {op} is a JSON {type(reply).__name__}, not an object: {text[:80]!r}"
            )
        return reply

    def _exited(self, op: str) -> ImplementationFault:
        try:
            status = self.popen.wait(timeout=1)
        except subprocess.TimeoutExpired:
            status = None
        self._stderr_reader.join(timeout=1)
        tail = "\n".join(self.stderr_tail) or "(nothing on standard error)"
        how = f"exited with status {status}" if status is not None else "closed its output"
        return ImplementationFault(f"it {how} during {op}; its last lines of stderr:\n{tail}")

    def stop(self) -> None:
        """Ask politely, then insist: a run never waits long for a program to go."""
        if self.popen.poll() is None:
            with contextlib.suppress(ImplementationFault):
                self.request("stop")
            with contextlib.suppress(OSError):
                self._stdin.close()
            try:
                self.popen.wait(timeout=1)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()
        self._close_streams()

    def kill(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()
            self.popen.wait()
        self._close_streams()

    def _close_streams(self) -> None:
        self._selector.close()
        for stream in (self.popen.stdin, self.popen.stdout, self.popen.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


class ProcessConnection(Connection):
    """A program shared by the scenarios of a run, restarted after it breaks."""

    def __init__(self, argv: Sequence[str], options: ConnectOptions) -> None:
        self.argv = list(argv)
        self.options = options
        self.restarts = 0
        self._process: _Process | None = None
        self._info: ImplementationInfo | None = None
        self._fatal: str | None = None
        self._last_fault = ""

    def driver(self, tick: Tick | None = None) -> ProcessDriver:
        return ProcessDriver(self)

    def info(self) -> ImplementationInfo:
        self.process()
        assert self._info is not None
        return self._info

    def process(self) -> _Process:
        """The running program, started (with its handshake) when there is none."""
        if self._fatal is not None:
            raise ImplementationFault(self._fatal)
        if self._process is not None:
            return self._process
        if self._info is not None:  # it ran before and broke
            if self.restarts >= self.options.max_restarts:
                self._fatal = (
                    f"not restarted again after {self.restarts} restart(s) (--max-restarts); "
                    f"the last problem: {self._last_fault}"
                )
                raise ImplementationFault(self._fatal)
            self.restarts += 1
        try:
            process = _Process(self.argv, self.options)
        except ImplementationFault as fault:
            self._fatal = f"the handshake failed: {fault}"
            raise ImplementationFault(self._fatal) from None
        try:
            self._info = self._handshake(process)
        except ImplementationFault as fault:
            process.kill()
            self._fatal = f"the handshake failed: {fault}"
            raise ImplementationFault(self._fatal) from None
        self._process = process
        return process

    def _handshake(self, process: _Process) -> ImplementationInfo:
        reply = process.request(
            "hello",
            # The reply also waits for the program to start (an interpreter, a container).
            timeout=max(self.options.timeout, self.options.startup_timeout),
            protocol=PROTOCOL_VERSION,
            suite={"name": "agentstatus", "version": __version__},
        )
        protocol = str(reply.get("protocol", ""))
        if not same_major(protocol, PROTOCOL_VERSION):
            raise ImplementationFault(
                f"it speaks protocol {protocol or '(none given)'}, this suite speaks "
                f"{PROTOCOL_VERSION}; use a suite of the same major version"
            )
        described = reply.get("implementation")
        if not isinstance(described, dict):
            raise ImplementationFault('the hello reply has no "implementation" object')
        contract = str(described.get("contract_version", ""))
        if not same_major(contract, CONTRACT_VERSION):
            raise ImplementationFault(
                f"it implements driver contract {contract or '(none given)'}, this suite "
                f"speaks {CONTRACT_VERSION}; use a suite of the same major version"
            )
        capabilities = reply.get("capabilities", [])
        if not isinstance(capabilities, list):
            raise ImplementationFault('the hello reply\'s "capabilities" is not a list')
        readings = reply.get("readings", {})
        if not isinstance(readings, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in readings.items()
        ):
            raise ImplementationFault('the hello reply\'s "readings" is not an object of texts')
        problems = undeclarable(readings)
        if problems:
            raise ImplementationFault(
                f"it declares readings the suite does not know: {'; '.join(problems)}"
            )
        return ImplementationInfo(
            str(described.get("name", "")),
            str(described.get("version", "")),
            str(described.get("language", "")),
            contract,
            tuple(str(c) for c in capabilities),
            dict(readings),
        )

    def broken(self, fault: ImplementationFault) -> None:
        """The scenario met ``fault``: throw this program away; the next one starts fresh."""
        self._last_fault = str(fault).splitlines()[0]
        if self._process is not None:
            self._process.kill()
            self._process = None

    def close(self) -> None:
        if self._process is not None:
            self._process.stop()
            self._process = None


class ProcessDriver:
    """One scenario's view of the program: the driver contract, message by message."""

    def __init__(self, connection: ProcessConnection) -> None:
        self._connection = connection

    def _request(self, op: str, **fields: Any) -> dict[str, Any]:
        process = self._connection.process()
        try:
            return process.request(op, **fields)
        except ErrorReply:
            raise
        except ImplementationFault as fault:
            self._connection.broken(fault)
            raise

    def info(self) -> ImplementationInfo:
        return self._connection.info()

    def start(self, config: TenantConfig) -> None:
        # Only what was set: a key left out is the program's own default (docs/protocol.md).
        self._request("start", config=config.settings())

    def send(self, command: Command) -> CommandResult:
        reply = self._request("send", command=command.to_dict())
        result = reply.get("result")
        if isinstance(result, dict) and result.get("ok") is True:
            return Accepted()
        error = result.get("error") if isinstance(result, dict) else None
        if isinstance(result, dict) and result.get("ok") is False and isinstance(error, dict):
            return Rejection(str(error.get("code", "")), str(error.get("message", "")))
        fault = ImplementationFault(
            f'the reply to send has no "result" of the contract\'s form: {result!r:.80}'
        )
        self._connection.broken(fault)
        raise fault

    def advance(self, seconds: float) -> None:
        self._request("advance", seconds=seconds)

    def snapshot(self) -> dict[str, Any]:
        reply = self._request("snapshot")
        snapshot = reply.get("snapshot")
        if not isinstance(snapshot, dict):
            fault = ImplementationFault('the reply to snapshot has no "snapshot" object')
            self._connection.broken(fault)
            raise fault
        return snapshot

    def close(self) -> None:
        """The program keeps running for the next scenario; ``start`` gives it a fresh desktop."""
