"""``agentstatus serve``'s ``Server.answer``: every request gets exactly one reply.

A request the server cannot carry out is an error reply with a code an implementer can act
on, and the server goes on serving; a command the desktop refuses is *not* an error reply
but an ``ok`` reply whose result is a rejection, and it leaves the desktop as it was.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from agentstatus.protocol.messages import OPERATIONS
from agentstatus.protocol.server import Server
from agentstatus.reference_impl.driver import ReferenceDriver


def ask(server: Server, request: dict[str, Any] | bytes) -> tuple[dict[str, Any], bool]:
    line = request if isinstance(request, bytes) else json.dumps(request).encode()
    return server.answer(line)


@pytest.fixture
def server() -> Server:
    return Server(ReferenceDriver())


@pytest.fixture
def started(server: Server) -> Server:
    reply, _ = ask(server, {"id": 1, "op": "start", "config": {}})
    assert reply == {"id": 1, "ok": True}
    return server


def error_code(reply: dict[str, Any]) -> str:
    assert reply["ok"] is False, reply
    code: str = reply["error"]["code"]
    return code


def test_an_unknown_op_is_an_error_reply_that_lists_the_ops(server: Server) -> None:
    reply, stop = ask(server, {"id": 7, "op": "dance"})
    assert reply["id"] == 7
    assert error_code(reply) == "unknown_op"
    assert reply["error"]["message"] == (f"unknown op 'dance'; the ops are {', '.join(OPERATIONS)}")
    assert stop is False


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b'{"id": 1, "op"', "Expecting ':' delimiter"),
        (b'{"id": 1, "op": "r\xe4v"}', "utf-8"),
        (b"[1, 2]", "a request is a JSON object"),
    ],
)
def test_a_line_that_is_not_a_json_request_is_a_bad_request(
    server: Server, line: bytes, message: str
) -> None:
    """No id can be read from it, so the reply carries none; the server does not stop."""
    reply, stop = ask(server, line)
    assert reply["id"] is None
    assert error_code(reply) == "bad_request"
    assert message in reply["error"]["message"]
    assert stop is False


@pytest.mark.parametrize(
    "request_",
    [
        {"id": 2, "op": "send", "command": {"command": "login"}},
        {"id": 2, "op": "advance", "seconds": 1},
        {"id": 2, "op": "snapshot"},
    ],
    ids=lambda request: request["op"],
)
def test_a_request_before_start_is_not_started(server: Server, request_: dict[str, Any]) -> None:
    reply, _ = ask(server, request_)
    assert reply["id"] == 2
    assert error_code(reply) == "not_started"


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"rona_timeouts": {"voice": -1}}, "rona_timeouts.voice must be a positive number"),
        ({"idle_reasons": []}, "idle_reasons must name at least one idle reason"),
        ({"rona_timeout": 18}, "unknown configuration keys ['rona_timeout']"),
        ({"capacity": {"fax": 1}}, "'fax' is not a valid Channel"),
    ],
)
def test_an_invalid_config_is_an_invalid_config_error_reply(
    server: Server, config: dict[str, Any], message: str
) -> None:
    reply, _ = ask(server, {"id": 1, "op": "start", "config": config})
    assert error_code(reply) == "invalid_config"
    assert message in reply["error"]["message"]
    reply, _ = ask(server, {"id": 2, "op": "snapshot"})
    assert error_code(reply) == "not_started", "a refused config starts no desktop"


@pytest.mark.parametrize(
    "config",
    [{"capacity": "one"}, {"rona_timeouts": {"voice": "slow"}}, {"idle_reasons": 5}],
    ids=["capacity", "rona_timeouts", "idle_reasons"],
)
def test_a_wrong_typed_config_is_an_invalid_config_error_reply(
    server: Server, config: dict[str, Any]
) -> None:
    """A wrong type is the sender's mistake, not the implementation's: invalid_config, not
    the implementation_error of a TypeError escaping from the driver."""
    reply, _ = ask(server, {"id": 1, "op": "start", "config": config})
    assert error_code(reply) == "invalid_config"


def test_a_start_without_a_config_object_is_a_bad_request(server: Server) -> None:
    reply, _ = ask(server, {"id": 1, "op": "start", "config": []})
    assert error_code(reply) == "bad_request"


def test_a_malformed_command_is_an_error_reply_with_the_contract_code(started: Server) -> None:
    reply, _ = ask(started, {"id": 2, "op": "send", "command": {"command": "logout"}})
    assert error_code(reply) == "unknown_command"


def test_a_refused_command_is_an_ok_reply_with_a_rejection_and_changes_nothing(
    started: Server,
) -> None:
    """RONA cannot be chosen: the protocol request succeeded, the desktop said no."""
    ask(started, {"id": 2, "op": "send", "command": {"command": "login"}})
    ask(started, {"id": 3, "op": "advance", "seconds": 5})
    before, _ = ask(started, {"id": 4, "op": "snapshot"})
    reply, stop = ask(
        started,
        {"id": 5, "op": "send", "command": {"command": "choose_state", "state": "RONA"}},
    )
    assert reply["id"] == 5
    assert reply["ok"] is True
    assert reply["result"]["ok"] is False
    assert reply["result"]["error"]["code"] == "rona_not_selectable"
    assert stop is False
    after, _ = ask(started, {"id": 6, "op": "snapshot"})
    assert before["snapshot"]["logged_in"] is True
    assert after["snapshot"] == before["snapshot"]


def test_an_accepted_command_changes_the_snapshot(started: Server) -> None:
    """The control for the test above: the snapshot does show what a command did."""
    before, _ = ask(started, {"id": 2, "op": "snapshot"})
    reply, _ = ask(started, {"id": 3, "op": "send", "command": {"command": "login"}})
    assert reply == {"id": 3, "ok": True, "result": {"ok": True}}
    after, _ = ask(started, {"id": 4, "op": "snapshot"})
    assert (before["snapshot"]["logged_in"], after["snapshot"]["logged_in"]) == (False, True)


def test_advance_refuses_what_is_not_a_number_of_seconds_and_time_stays(started: Server) -> None:
    """An error reply (the request itself is wrong), and the desktop's time has not moved."""
    ask(started, {"id": 2, "op": "send", "command": {"command": "login"}})
    before, _ = ask(started, {"id": 3, "op": "snapshot"})
    for number, seconds in enumerate((-1, True, "5"), 4):
        reply, _ = ask(started, {"id": number, "op": "advance", "seconds": seconds})
        assert error_code(reply) in ("bad_request", "invalid_advance"), seconds
    after, _ = ask(started, {"id": 9, "op": "snapshot"})
    assert after["snapshot"] == before["snapshot"]
    ask(started, {"id": 10, "op": "advance", "seconds": 5})
    moved, _ = ask(started, {"id": 11, "op": "snapshot"})
    assert moved["snapshot"]["state_timer"] != before["snapshot"]["state_timer"]


def test_the_server_keeps_serving_after_an_error_reply(started: Server) -> None:
    ask(started, {"id": 2, "op": "dance"})
    reply, _ = ask(started, {"id": 3, "op": "snapshot"})
    assert reply["ok"] is True
    assert reply["snapshot"]["state"] == "LoggedOut"


def test_only_stop_stops_the_server(started: Server) -> None:
    reply, stop = ask(started, {"id": 2, "op": "stop"})
    assert (reply, stop) == ({"id": 2, "ok": True}, True)
