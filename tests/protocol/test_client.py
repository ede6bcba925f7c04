"""The ``exec:`` client against programs that break the protocol, one way each.

Every fault must surface as ``ImplementationFault`` in the scenario that met it, with a
message that tells the implementer what their program did; the broken program must be
gone afterwards, and the next scenario must get a fresh one (until ``--max-restarts``).
These drive ``ProcessConnection`` directly, so each costs a program start, not a run.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from agentstatus.contract import Accepted, TenantConfig, parse_command
from agentstatus.implementations.connectable import ConnectOptions
from agentstatus.protocol import client
from agentstatus.protocol.client import (
    ErrorReply,
    ImplementationFault,
    ProcessConnection,
    ProcessDriver,
)
from agentstatus.protocol.messages import MAX_MESSAGE_BYTES
from tests.protocol.broken import PROGRAMS, argv, starts

LOGIN = parse_command({"command": "login"})
#: For a program that hangs: short, so the test is quick, yet long enough for a program to
#: start and answer hello on a busy machine.
SHORT = 1.0
#: For every other program: its fault comes at once, so the timeout is never waited out.
GENEROUS = 10.0

Connect = Callable[..., ProcessConnection]


@pytest.fixture
def programs(monkeypatch: pytest.MonkeyPatch) -> list[client._Process]:
    """Every program the client starts during the test, as the client started it."""
    started: list[client._Process] = []

    class Recorded(client._Process):
        def __init__(self, argv: Sequence[str], options: ConnectOptions) -> None:
            super().__init__(argv, options)
            started.append(self)

    monkeypatch.setattr(client, "_Process", Recorded)
    return started


@pytest.fixture
def connect(programs: list[client._Process]) -> Iterator[Connect]:
    """``connect(argv, timeout=..., validate=..., max_restarts=...)``: a connection closed
    after the test; then no program it started may still be running."""
    opened: list[ProcessConnection] = []

    def open_(
        command: list[str],
        *,
        timeout: float = GENEROUS,
        validate: bool = False,
        max_restarts: int = 2,
        startup_timeout: float = GENEROUS,
    ) -> ProcessConnection:
        options = ConnectOptions(
            timeout=timeout,
            max_restarts=max_restarts,
            validate=validate,
            startup_timeout=startup_timeout,
        )
        connection = ProcessConnection(command, options)
        opened.append(connection)
        return connection

    yield open_
    for connection in opened:
        connection.close()
    running = [program.argv for program in programs if program.popen.poll() is None]
    assert not running, f"still running after close: {running}"


def scenario(connection: ProcessConnection) -> ProcessDriver:
    """What every scenario does first: a driver, and a fresh desktop."""
    driver = connection.driver()
    driver.start(TenantConfig())
    return driver


def test_a_sound_program_serves_a_scenario_and_stops_when_asked(connect: Connect) -> None:
    """The control: the same base the broken programs share raises nothing, every message
    is valid under its schema, and ``close`` lets the program exit by itself (status 0,
    not killed)."""
    connection = connect(argv("well_behaved"), validate=True)
    assert connection.info().name == "well_behaved.py"
    assert "outdial" in connection.info().capabilities
    driver = scenario(connection)
    assert driver.send(LOGIN) == Accepted()
    driver.advance(0.5)
    assert driver.snapshot()["state"] == "LoggedOut"
    process = connection.process()
    connection.close()
    assert process.popen.returncode == 0


#: program arguments → what the message of the fault on the first ``send`` must say
FIRST_SEND_FAULTS: dict[str, tuple[list[str], str]] = {
    "hang": (
        argv("hang"),
        r"^it did not answer send within 1 s \(--timeout\); a reply must follow",
    ),
    "crash": (argv("crash"), r"^it exited with status 3 during send; its last lines of stderr"),
    "not JSON": (
        argv("not_json"),
        r"^the reply to send is not JSON \(.*\): '\{\"id\": 3, \"ok\": true, \"result\": "
        r"\{\"ok\": tru'$",
    ),
    "not UTF-8": (
        argv("not_utf8"),
        r"^the reply to send is not UTF-8 \(byte 56: b'\{\"id\": 3, .*\"r\\xe4v\"\}'\)$",
    ),
    "oversized, no newline": (
        argv("oversized", "--no-newline"),
        r"^the reply to send is larger than 1024 KiB .*at most 1 MiB$",
    ),
    "oversized by one byte": (
        argv("oversized", "--bytes", str(MAX_MESSAGE_BYTES + 1)),
        r"^the reply to send is larger than 1024 KiB.*at most 1 MiB$",
    ),
    "wrong id": (
        argv("wrong_id"),
        r"^the reply to send carries id 2, not 3: answer every request once, in order",
    ),
}


@pytest.mark.parametrize("fault", list(FIRST_SEND_FAULTS))
def test_a_broken_reply_is_a_fault_that_says_what_the_program_did(
    connect: Connect, fault: str
) -> None:
    """The handshake and ``start`` go well; the first ``send`` meets the fault, and the
    program is stopped rather than left running with half a conversation behind it."""
    command, message = FIRST_SEND_FAULTS[fault]
    connection = connect(command, timeout=SHORT if fault == "hang" else GENEROUS)
    driver = scenario(connection)
    process = connection.process()
    with pytest.raises(ImplementationFault) as caught:
        driver.send(LOGIN)
    assert not isinstance(caught.value, ErrorReply)
    assert re.search(message, str(caught.value)), str(caught.value)[:300]
    assert process.popen.poll() is not None, "the broken program is still running"


def test_a_reply_of_exactly_one_mebibyte_is_read(connect: Connect) -> None:
    """The limit is 1 MiB with the newline: a reply of exactly that size is no fault (the
    other side of the "oversized by one byte" case)."""
    connection = connect(argv("oversized", "--bytes", str(MAX_MESSAGE_BYTES)))
    assert scenario(connection).send(LOGIN) == Accepted()


def test_a_crash_shows_the_exit_status_and_the_last_ten_lines_of_stderr(
    connect: Connect,
) -> None:
    """The program wrote 15 lines before exiting: the message keeps the last 10, in order,
    which is where a stack trace ends."""
    connection = connect(argv("crash"))
    driver = scenario(connection)
    with pytest.raises(ImplementationFault) as caught:
        driver.send(LOGIN)
    first, *tail = str(caught.value).splitlines()
    assert first == "it exited with status 3 during send; its last lines of stderr:"
    assert tail == [f"crash.py: log line {number}" for number in range(6, 16)]


def test_a_program_that_exits_before_the_handshake_fails_it(connect: Connect) -> None:
    connection = connect(
        [sys.executable, "-c", "import sys; print('no desk here', file=sys.stderr); sys.exit(4)"]
    )
    with pytest.raises(ImplementationFault) as caught:
        connection.info()
    assert str(caught.value) == (
        "the handshake failed: it exited with status 4 during hello; "
        "its last lines of stderr:\nno desk here"
    )


def test_another_protocol_major_fails_the_handshake_for_good(
    connect: Connect, tmp_path: Path
) -> None:
    """A program of protocol 2.0 cannot become 1.0 by restarting it: every later scenario
    fails at once with the handshake's message, and the program is not started again."""
    log = tmp_path / "starts"
    connection = connect(argv("wrong_version", "--starts", str(log)), max_restarts=5)
    expected = "the handshake failed: it speaks protocol 2.0, this suite speaks 1.1; "
    with pytest.raises(ImplementationFault, match=re.escape(expected)):
        connection.info()
    for _ in range(3):
        with pytest.raises(ImplementationFault, match=re.escape(expected)):
            scenario(connection)
    assert starts(log) == 1
    assert connection.restarts == 0


def test_a_program_that_never_answers_hello_is_not_asked_again(
    connect: Connect, programs: list[client._Process]
) -> None:
    """One timeout for the whole run, not one per scenario: that is what lets a run against
    a mute program end in seconds. The programs are counted as the client starts them (a
    program slowed down by a busy machine may be killed before it could count itself)."""
    connection = connect(
        argv("hang", "--op", "hello"), timeout=0.5, startup_timeout=0.5, max_restarts=5
    )
    expected = "the handshake failed: it did not answer hello within 0.5 s (--startup-timeout)"
    with pytest.raises(ImplementationFault, match=re.escape(expected)):
        connection.info()
    for _ in range(3):
        with pytest.raises(ImplementationFault, match=re.escape(expected)):
            scenario(connection)
    assert len(programs) == 1
    assert programs[0].popen.poll() is not None, "killed when its handshake failed"


def test_a_command_that_cannot_be_started_fails_the_handshake(connect: Connect) -> None:
    missing = str(PROGRAMS / "no-such-program")
    connection = connect([missing, "--conformance"])
    expected = f"the handshake failed: cannot start '{missing} --conformance': No such file"
    with pytest.raises(ImplementationFault, match=re.escape(expected)):
        connection.info()
    with pytest.raises(ImplementationFault, match=re.escape(expected)):
        scenario(connection)


def test_a_schema_invalid_hello_is_read_as_text_without_validate(connect: Connect) -> None:
    """Without ``--validate`` the suite is lenient: a number for the name is read as text."""
    assert connect(argv("schema_invalid")).info().name == "42"


def test_validate_rejects_a_schema_invalid_hello_naming_schema_and_field(
    connect: Connect,
) -> None:
    connection = connect(argv("schema_invalid"), validate=True)
    with pytest.raises(ImplementationFault) as caught:
        connection.info()
    assert str(caught.value) == (
        "the handshake failed: the reply to hello breaks hello.reply.schema.json: "
        "implementation/name: 42 is not of type 'string'"
    )


def test_an_error_reply_fails_the_scenario_but_keeps_the_program(
    connect: Connect, tmp_path: Path
) -> None:
    """An error reply is the program saying it could not: it is still sound, so the next
    scenario goes on with the same program instead of a restart."""
    log = tmp_path / "starts"
    connection = connect(argv("error_reply", "--starts", str(log)))
    with pytest.raises(ErrorReply) as caught:
        scenario(connection).send(LOGIN)
    assert str(caught.value) == (
        "it could not carry out send: not_ready: error_reply.py refuses its first send"
    )
    assert scenario(connection).send(LOGIN) == Accepted()
    assert starts(log) == 1
    assert connection.restarts == 0


def test_each_scenario_after_a_fault_gets_a_fresh_program_up_to_max_restarts(
    connect: Connect, tmp_path: Path
) -> None:
    """With ``max_restarts=2`` three programs crash, one per scenario; the fourth scenario
    fails at ``start`` without a program being started, naming --max-restarts and the last
    problem, and so does every one after it."""
    log = tmp_path / "starts"
    connection = connect(argv("crash", "--starts", str(log)), max_restarts=2)
    for started in (1, 2, 3):
        driver = scenario(connection)
        assert starts(log) == started
        with pytest.raises(ImplementationFault, match=r"^it exited with status 3 during send"):
            driver.send(LOGIN)
    expected = (
        "not restarted again after 2 restart(s) (--max-restarts); the last problem: "
        "it exited with status 3 during send; its last lines of stderr:"
    )
    for _ in range(2):
        with pytest.raises(ImplementationFault) as caught:
            scenario(connection)
        assert str(caught.value) == expected
    assert starts(log) == 3
    assert connection.restarts == 2
