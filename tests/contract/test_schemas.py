"""The committed JSON Schemas: generated from the code, valid, and in agreement with it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from agentstatus.contract import COMMANDS, ContractError, TenantConfig, parse_command
from agentstatus.contract.commands import command_json_schema
from agentstatus.contract.schemas import (
    SCHEMAS,
    STATE_TIMER_PATTERN,
    TIMER_PATTERN,
    load_schema,
    render,
    write_all,
)
from agentstatus.harness.validation import snapshot_is_valid, snapshot_problems

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = ROOT / "agentstatus" / "contract" / "schemas"


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(load_schema(name))


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_the_committed_schema_is_what_the_code_generates(name: str) -> None:
    committed = (SCHEMA_DIR / name).read_text(encoding="utf-8")
    assert committed == render(name), "stale: run `python -m agentstatus.contract.schemas`"


def test_the_command_schema_equals_the_command_table() -> None:
    assert load_schema("command.schema.json") == command_json_schema()


def test_the_regeneration_script_reports_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "agentstatus.contract.schemas", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("up to date") == len(SCHEMAS)


def test_the_script_rewrites_stale_files(tmp_path: Path) -> None:
    (tmp_path / "snapshot.schema.json").write_text("{}", encoding="utf-8")
    assert write_all(tmp_path, check=True) == list(SCHEMAS)
    assert write_all(tmp_path) == list(SCHEMAS)
    assert write_all(tmp_path, check=True) == []
    assert json.loads((tmp_path / "snapshot.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_each_schema_is_a_valid_draft_2020_12_schema(name: str) -> None:
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith(name)


# --------------------------------------------------------------------- timers


@pytest.mark.parametrize(
    "shown",
    [
        "00:00", "00:59", "59:59", "01:00:00", "23:59:59", "100:00:00", "12:34:56",
        # the same displays without the first field's leading zero (INT-24)
        "0:00", "5:07", "1:00:00", "9:59:59",
    ],
)  # fmt: skip
def test_timer_pattern_accepts_what_the_desktop_shows(shown: str) -> None:
    assert re.match(TIMER_PATTERN, shown)
    assert re.match(STATE_TIMER_PATTERN, f"{shown}/{shown}")
    assert re.match(STATE_TIMER_PATTERN, f"{shown} / {shown}")  # spacing around / (INT-24)


@pytest.mark.parametrize(
    "shown",
    ["60:00", "00:60", "00:59:59", "001:00:00", "000:05", "0:5", "01:60:00", "5", "", "00:00/"],
)
def test_timer_pattern_refuses_other_forms(shown: str) -> None:
    assert not re.match(TIMER_PATTERN, shown)
    assert not re.match(STATE_TIMER_PATTERN, shown)


# --------------------------------------------------------------------- config


def test_the_default_configuration_matches_the_config_schema() -> None:
    data = TenantConfig().to_dict()
    assert validator("config.schema.json").is_valid(data)
    assert TenantConfig.from_dict(data) == TenantConfig()


def test_a_partial_configuration_is_valid_and_takes_defaults() -> None:
    data = {"rona_timeouts": {"voice": 10}, "teams_presence_sync": True}
    assert validator("config.schema.json").is_valid(data)
    config = TenantConfig.from_dict(data)
    assert config.rona_timeouts["voice"] == 10 and config.rona_timeouts["chat"] == 30


@pytest.mark.parametrize(
    "data",
    [
        {"bogus": 1},
        {"rona_timeouts": {"voice": 0}},
        {"rona_timeouts": {"fax": 10}},
        {"capacity": {"chat": -1}},
        {"idle_reasons": []},
        {"idle_reasons": ["idle", "idle"]},
        {"reload_restore_seconds": -1},
    ],
)
def test_an_invalid_configuration_is_refused_by_schema_and_code(data: dict[str, Any]) -> None:
    assert not validator("config.schema.json").is_valid(data)
    with pytest.raises(ContractError) as raised:
        TenantConfig.from_dict(data)
    assert raised.value.code == "invalid_config"


def test_a_default_reason_outside_the_reasons_is_refused() -> None:
    with pytest.raises(ContractError, match="default_idle_reason"):
        TenantConfig.from_dict({"idle_reasons": ["lunch"], "default_idle_reason": "idle"})


# -------------------------------------------------------------------- commands

VALUES = st.one_of(
    st.sampled_from(["c1", "", "voice", "fax", "Idle", "RONA", "Available", "network"]),
    st.sampled_from(["lunch", "login", "offer"]),
    st.booleans(),
    st.none(),
    st.integers(-1, 1),
    st.floats(allow_nan=False),
    st.lists(st.integers(), max_size=1),
)
KEYS = st.sampled_from(
    [
        *("command", "contact", "channel", "state", "idle_reason"),
        *("cause", "succeeded", "clear_cache", "bogus"),
    ]
)


@st.composite
def command_like(draw: st.DrawFn) -> Any:
    """Dicts that are often, but not always, valid commands."""
    name = draw(st.sampled_from([*COMMANDS, "fly"]))
    spec = COMMANDS.get(name)
    data: dict[str, Any] = {"command": name}
    for arg, rule in spec.args.items() if spec else []:
        choice = draw(st.sampled_from(["valid", "valid", "valid", "missing", "junk"]))
        if choice == "valid":
            data[arg] = draw(
                st.sampled_from(rule.choices)
                if rule.choices
                else st.booleans()
                if rule.type is bool
                else st.text(max_size=3)
            )
        elif choice == "junk":
            data[arg] = draw(VALUES)
    data.update(draw(st.dictionaries(KEYS, VALUES, max_size=1)))
    return data


@settings(max_examples=400, deadline=None)
@given(data=st.one_of(command_like(), VALUES, st.dictionaries(KEYS, VALUES, max_size=3)))
def test_parse_command_accepts_exactly_what_the_command_schema_accepts(data: Any) -> None:
    schema_ok = validator("command.schema.json").is_valid(data)
    try:
        command = parse_command(data)
    except ContractError as error:
        assert error.code in ("malformed_command", "unknown_command")
        assert not schema_ok, f"the schema accepts {data!r} but parse_command says {error}"
    else:
        assert schema_ok, f"parse_command accepts {data!r} but the schema does not"
        assert {k: v for k, v in command.to_dict().items() if k in data} == data


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_a_schema_variant_and_a_summary(name: str) -> None:
    variants = {v["title"]: v for v in load_schema("command.schema.json")["oneOf"]}
    assert variants[name]["properties"]["command"] == {"const": name}
    assert variants[name]["description"] == COMMANDS[name].summary


# -------------------------------------------------------------------- snapshot

VALID_LOGGED_OUT: dict[str, Any] = {
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
VALID_RONA: dict[str, Any] = {
    **VALID_LOGGED_OUT,
    "logged_in": True,
    "state": "RONA",
    "label": "Engaged",
    "icon": "engaged-in-rona",
    "state_timer": "00:05",
    "interactions": [
        {
            "contact": "c1",
            "channel": "voice",
            "state": "on_hold",
            "connected_timer": "01:00:01",
            "state_timer": "00:10",
            "outdial": False,
        }
    ],
    "rona_popover": {"channel": "email", "options": ["go_to_idle", "go_to_available"]},
    "toasters": [{"kind": "rona", "channel": "email"}],
    "teams": {"synced_status": None},
    "history": [{"contact": "c0", "channel": "chat", "total": "02:00", "consult_time": "00:00"}],
    "monitoring": "paused",
}


@pytest.mark.parametrize("snapshot", [VALID_LOGGED_OUT, VALID_RONA], ids=["logged-out", "rona"])
def test_hand_written_valid_snapshots_pass(snapshot: dict[str, Any]) -> None:
    assert snapshot_problems(snapshot) == []


BROKEN: dict[str, dict[str, Any]] = {
    "a key missing": {k: v for k, v in VALID_RONA.items() if k != "history"},
    "an extra key": {**VALID_RONA, "mood": "happy"},
    "lower-case state": {**VALID_RONA, "state": "rona"},
    "timer in seconds": {**VALID_RONA, "state_timer": 5},
    "timer past an hour as minutes": {**VALID_RONA, "state_timer": "61:00"},
    "an hour-form timer under an hour": {**VALID_RONA, "state_timer": "00:59:00"},
    "no popover in RONA": {**VALID_RONA, "rona_popover": None},
    "a popover outside RONA": {**VALID_RONA, "state": "Available"},
    "an idle reason outside Idle": {**VALID_RONA, "idle_reason": "lunch"},
    "Idle without a reason": {
        **VALID_RONA,
        "state": "Idle",
        "rona_popover": None,
        "idle_reason": None,
    },
    "a label while logged out": {**VALID_LOGGED_OUT, "label": "Idle"},
    "offers while logged out": {
        **VALID_LOGGED_OUT,
        "offers": [
            {
                "contact": "c1",
                "channel": "chat",
                "state": "offered",
                "remaining_seconds": 3,
                "accept_flashing": True,
            }
        ],
    },
    "a ringing task": {
        **VALID_RONA,
        "interactions": [{**VALID_RONA["interactions"][0], "state": "ringing"}],
    },
    "an unknown channel": {**VALID_RONA, "routable_channels": ["fax"]},
    "monitoring not_monitored": {**VALID_RONA, "monitoring": "not_monitored"},
    "one popover option": {
        **VALID_RONA,
        "rona_popover": {"channel": "email", "options": ["go_to_idle"]},
    },
    "not a dict": [],  # type: ignore[dict-item]
}


@pytest.mark.parametrize("what", sorted(BROKEN))
def test_broken_snapshots_fail_with_a_pointer_to_the_field(what: str) -> None:
    problems = snapshot_problems(BROKEN[what])
    assert problems, f"{what} passed the schema"


@pytest.mark.parametrize("what", sorted(BROKEN))
def test_the_fast_check_agrees_with_the_full_validator_on_broken_snapshots(what: str) -> None:
    assert not snapshot_is_valid(BROKEN[what]), f"the fast check let {what} through"


@pytest.mark.parametrize("snapshot", [VALID_LOGGED_OUT, VALID_RONA], ids=["logged-out", "rona"])
def test_the_fast_check_agrees_with_the_full_validator_on_valid_snapshots(
    snapshot: dict[str, Any],
) -> None:
    assert snapshot_is_valid(snapshot)
