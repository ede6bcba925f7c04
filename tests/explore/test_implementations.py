"""What the explorer generates follows what the implementation declares, and it explores
any implementation, whatever it does: in-process, over the protocol, broken or hanging."""

from __future__ import annotations

import time

from agentstatus.explore import Budget, explore
from agentstatus.explore.lockstep import ERROR
from tests.explore.desks import CoreOnly
from tests.protocol.broken import exec_spec


def test_nothing_of_an_undeclared_capability_is_sent() -> None:
    CoreOnly.sent.clear()
    CoreOnly.configs.clear()
    exploration = explore("python:tests.explore.desks:core_only", Budget(examples=40))
    assert not exploration.found, exploration.divergence and exploration.divergence.message
    names = {command["command"] for command in CoreOnly.sent}
    assert names and not {n for n in names if n.startswith("monitor_")}
    assert "outdial_start" not in names
    channels = {c["channel"] for c in CoreOnly.sent if c["command"] == "offer"}
    assert channels == {"voice", "chat", "email"}
    assert not any(config.teams_presence_sync for config in CoreOnly.configs)


def test_the_reference_follows_the_readings_the_implementation_declares() -> None:
    exploration = explore("reference:python+INT-17=lenient", Budget(examples=20))
    assert exploration.reference == "reference:python+INT-17=lenient"
    assert not exploration.found


def test_a_program_that_crashes_is_a_divergence_not_a_crashed_explorer() -> None:
    exploration = explore(exec_spec("crash"), Budget(examples=10), timeout=2)
    divergence = exploration.divergence
    assert divergence is not None and divergence.kind == ERROR
    assert "exited with status 3" in divergence.message
    assert "crash.py: log line 15" in divergence.detail
    assert exploration.confirmation is not None and exploration.confirmation.holds


def test_a_program_that_hangs_is_a_divergence_found_once_and_not_shrunk() -> None:
    started = time.monotonic()
    exploration = explore(exec_spec("hang"), Budget(examples=10), timeout=1)
    divergence = exploration.divergence
    assert divergence is not None and divergence.kind == ERROR
    assert "did not answer send" in divergence.message
    assert time.monotonic() - started < 60


def test_a_program_that_fails_its_handshake_is_a_divergence() -> None:
    exploration = explore(exec_spec("wrong_version"), Budget(examples=5), timeout=2)
    divergence = exploration.divergence
    assert divergence is not None and divergence.kind == ERROR
    assert "could not be started" in divergence.message
    assert "protocol 2.0" in divergence.message


def test_a_refusal_no_step_names_is_reported_without_a_scenario() -> None:
    exploration = explore("python:tests.explore.desks:says_yes_out_of_turn", Budget(examples=30))
    divergence = exploration.divergence
    assert divergence is not None and divergence.kind == "result"
    assert not divergence.expressible and exploration.scenario is None
    assert len(exploration.searches) == 2  # it looked for one a scenario can show
    assert any("no step says that" in note for note in exploration.notes)


def test_a_divergence_only_at_fractions_of_a_second_is_reported_without_a_scenario() -> None:
    exploration = explore("python:tests.explore.desks:rounds_the_timer", Budget(examples=30))
    divergence = exploration.divergence
    assert divergence is not None and divergence.fields == ("state_timer",)
    assert exploration.scenario is None
    assert any("whole number of seconds" in note for note in exploration.notes)
