"""Optional configuration keys: a configuration knows what it was given, a driver passes on
only that, and an implementation fills in the rest with its own defaults."""

from __future__ import annotations

import json
from typing import Any

import pytest

from agentstatus.contract import TenantConfig, parse_command
from agentstatus.contract.config import SOURCE_DEFAULTED
from agentstatus.contract.schemas import load_schema
from agentstatus.protocol.client import ProcessDriver
from agentstatus.protocol.server import Server
from agentstatus.reference_impl.driver import ReferenceDriver
from tests.contract.test_docs import section


def test_a_configuration_from_a_partial_dict_remembers_what_it_was_given() -> None:
    config = TenantConfig.from_dict({"rona_timeouts": {"chat": 10}, "capacity": {"chat": 2}})
    assert config.settings() == {"rona_timeouts": {"chat": 10}, "capacity": {"chat": 2}}
    assert config.rona_timeouts["voice"] == 18 and config.capacity["voice"] == 1
    assert TenantConfig.from_dict(config.settings()) == config
    assert TenantConfig.from_dict({}).settings() == {}
    assert TenantConfig.from_dict({}) == TenantConfig()


def test_changes_join_what_a_partial_configuration_was_given() -> None:
    config = TenantConfig.from_dict({"rona_timeouts": {"chat": 10}})
    changed = config.with_changes(teams_presence_sync=True, idle_reasons=("paus", "idle"))
    assert changed.settings() == {
        "rona_timeouts": {"chat": 10},
        "teams_presence_sync": True,
        "idle_reasons": ["paus", "idle"],
    }
    assert config.settings() == {"rona_timeouts": {"chat": 10}}  # the original is unchanged


def test_a_configuration_made_in_python_gives_every_key() -> None:
    config = TenantConfig(reload_restore_seconds=5)
    assert config.settings() == config.to_dict()
    assert config.with_changes(dial_number_valid=False).settings()["reload_restore_seconds"] == 5


def test_the_schema_requires_no_key_and_carries_every_default() -> None:
    schema = load_schema("config.schema.json")
    assert "required" not in schema
    defaults = TenantConfig().to_dict()
    assert set(schema["properties"]) == set(defaults)
    for key, prop in schema["properties"].items():
        assert prop["default"] == defaults[key], key
        origin = "the source's" if key in SOURCE_DEFAULTED else "the source gives no value"
        assert origin in prop["description"], key


def test_the_contract_names_the_source_of_every_default() -> None:
    table = section("Tenant configuration")
    for key in TenantConfig().to_dict():
        row = next(line for line in table.splitlines() if line.startswith(f"| `{key}` |"))
        origin = row.split(" | ")[2]
        assert origin.startswith("**the source**") == (key in SOURCE_DEFAULTED), row
        assert key in SOURCE_DEFAULTED or "the suite sends it" in origin, row


def test_the_protocol_client_sends_only_what_was_set(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[dict[str, Any]] = []

    def request(self: ProcessDriver, op: str, **fields: Any) -> dict[str, Any]:
        sent.append({"op": op, **fields})
        return {"ok": True}

    monkeypatch.setattr(ProcessDriver, "_request", request)
    driver = ProcessDriver(connection=None)  # type: ignore[arg-type]
    driver.start(TenantConfig.from_dict({"idle_reasons": ["paus"], "default_idle_reason": "paus"}))
    assert sent == [
        {"op": "start", "config": {"idle_reasons": ["paus"], "default_idle_reason": "paus"}}
    ]


def test_the_served_reference_fills_in_the_sources_defaults() -> None:
    server = Server(ReferenceDriver())

    def ask(request: dict[str, Any]) -> dict[str, Any]:
        reply, _ = server.answer(json.dumps(request).encode())
        return dict(reply)

    assert ask({"id": 1, "op": "hello", "protocol": "1.1"})["ok"]
    assert ask({"id": 2, "op": "start", "config": {}}) == {"id": 2, "ok": True}
    for number, command in enumerate(
        [
            {"command": "login"},
            {"command": "choose_state", "state": "Available"},
            {"command": "offer", "channel": "voice", "contact": "v1"},
        ],
        start=3,
    ):
        parse_command(command)
        assert ask({"id": number, "op": "send", "command": command})["ok"]
    assert ask({"id": 10, "op": "advance", "seconds": 17.999})["ok"]
    assert ask({"id": 11, "op": "snapshot"})["snapshot"]["state"] == "Available"
    assert ask({"id": 12, "op": "advance", "seconds": 0.001})["ok"]
    assert ask({"id": 13, "op": "snapshot"})["snapshot"]["state"] == "RONA"
