"""The JSON Schemas of the driver contract: snapshot, tenant configuration and command.

They are written here, from the same vocabulary the contract code uses, and committed as
``*.schema.json`` next to this module so that an implementation in any language can read
them without Python. ``python -m agentstatus.contract.schemas`` rewrites the committed
files; ``--check`` only reports whether they are up to date (a test runs the same check).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from agentstatus.contract.commands import command_json_schema
from agentstatus.contract.config import NAME_PATTERN, SOURCE_DEFAULTED, TenantConfig
from agentstatus.contract.vocabulary import (
    AgentState,
    Channel,
    Icon,
    InteractionState,
    Label,
    MonitoringState,
    RonaOption,
    ToasterKind,
)

__all__ = [
    "SCHEMAS",
    "STATE_TIMER_PATTERN",
    "TIMER_PATTERN",
    "command_json_schema",
    "config_json_schema",
    "load_schema",
    "render",
    "snapshot_json_schema",
    "sync_files",
    "write_all",
]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_BASE = "https://agentstatus.invalid/schemas/"

#: One displayed duration (interpretation note INT-8): ``MM:SS`` below one hour, and
#: ``HH:MM:SS`` from one hour on, so ``00:59:59`` and ``60:00`` are both wrong. The first
#: field may drop its leading zero (``0:05``, ``1:00:00``): the same display (INT-24).
_TIMER = r"(?:[0-5]?[0-9]:[0-5][0-9]|(?:0?[1-9]|[1-9][0-9]+):[0-5][0-9]:[0-5][0-9])"
TIMER_PATTERN = f"^{_TIMER}$"
#: The state timer may also read ``current/total`` after an idle-to-idle switch (TM-3),
#: with or without spaces around the ``/`` (``20:00 / 30:00``: the same display, INT-24).
STATE_TIMER_PATTERN = f"^{_TIMER}(?:\\s*/\\s*{_TIMER})?$"

#: What Teams presence sync can show for the agent (INT-10).
TEAMS_STATUSES = ("Available", "Idle", "RONA", "Engaged", "LoggedOut")
#: The interaction states a task-list entry can be in; ringing/offered belong to offers.
OFFER_STATES = (InteractionState.RINGING.value, InteractionState.OFFERED.value)
TASK_STATES = tuple(s.value for s in InteractionState if s.value not in OFFER_STATES)


def _values(enum: Any) -> list[str]:
    return [member.value for member in enum]


def _obj(properties: Mapping[str, Any], description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": dict(properties),
        "required": list(properties),
        "additionalProperties": False,
    }


def _nullable(schema: Mapping[str, Any]) -> dict[str, Any]:
    return {"anyOf": [{"type": "null"}, dict(schema)]}


def _timer(description: str) -> dict[str, Any]:
    return {"type": "string", "pattern": TIMER_PATTERN, "description": description}


_CHANNEL = {"enum": _values(Channel)}
_CONTACT = {"type": "string", "minLength": 1}


def snapshot_json_schema() -> dict[str, Any]:
    """What ``Driver.snapshot()`` returns: everything the desktop shows, as plain data."""
    offer = _obj(
        {
            "contact": _CONTACT,
            "channel": _CHANNEL,
            "state": {
                "enum": list(OFFER_STATES),
                "description": "ringing for voice/campaign (the call popover), offered otherwise",
            },
            "remaining_seconds": {
                "type": "number",
                "exclusiveMinimum": 0,
                "description": "seconds left before the request returns to the queue",
            },
            "accept_flashing": {"type": "boolean"},
        },
        "A contact request waiting to be accepted.",
    )
    interaction = _obj(
        {
            "contact": _CONTACT,
            "channel": _CHANNEL,
            "state": {"enum": list(TASK_STATES)},
            "connected_timer": _timer("time since accept, wrap-up included"),
            "state_timer": _timer("time in the current interaction state, e.g. hold time"),
            "outdial": {"type": "boolean"},
        },
        "An accepted contact in the task list.",
    )
    popover = _obj(
        {
            "channel": {**_CHANNEL, "description": "the channel of the request behind the RONA"},
            "options": {
                "const": _values(RonaOption),
                "description": "always both options, Go to Idle first",
            },
        },
        "The RONA popover.",
    )
    toaster = _obj(
        {"kind": {"enum": _values(ToasterKind)}, "channel": _CHANNEL},
        "A toaster notification raised while the desktop was not the active window.",
    )
    history = _obj(
        {
            "contact": _CONTACT,
            "channel": _CHANNEL,
            "total": _timer("accept to end of the communication, consult time included"),
            "consult_time": _timer("consulting plus consult on hold"),
        },
        "One finished contact in the agent interaction history.",
    )
    properties: dict[str, Any] = {
        "logged_in": {"type": "boolean"},
        "state": {
            "enum": _values(AgentState),
            "description": "the shown availability status (Idle while a reload restores)",
        },
        "idle_reason": {
            "anyOf": [{"type": "null"}, {"type": "string", "minLength": 1}],
            "description": (
                "the idle reason id while the state is Idle, else null: one of the tenant's"
                " idle_reasons, or a system idle code such as Invalid_Number (INT-18)"
            ),
        },
        "label": _nullable({"enum": _values(Label)}),
        "icon": _nullable({"enum": _values(Icon)}),
        "state_timer": {
            "anyOf": [{"type": "null"}, {"type": "string", "pattern": STATE_TIMER_PATTERN}],
            "description": "exactly as displayed; null while Engaged (except Engaged in RONA)",
        },
        "routable_channels": {
            "type": "array",
            "items": _CHANNEL,
            "uniqueItems": True,
            "description": "channels a new request may be routed on right now",
        },
        "offers": {"type": "array", "items": offer},
        "interactions": {"type": "array", "items": interaction},
        "rona_popover": _nullable(popover),
        "toasters": {"type": "array", "items": toaster},
        "desktop_active": {"type": "boolean"},
        "teams": _nullable(
            _obj(
                {"synced_status": _nullable({"enum": list(TEAMS_STATUSES)})},
                "Teams presence as synced; synced_status is null until the first sync",
            )
        ),
        "history": {"type": "array", "items": history},
        "monitoring": _nullable(
            {
                "enum": [m.value for m in MonitoringState if m != MonitoringState.NOT_MONITORED],
                "description": "the supervisor's view of mid-call monitoring",
            }
        ),
    }
    logged_out = {
        "state": {"const": AgentState.LOGGED_OUT.value},
        **{key: {"type": "null"} for key in ("idle_reason", "label", "icon", "state_timer")},
        **{key: {"maxItems": 0} for key in ("routable_channels", "offers", "interactions")},
        "rona_popover": {"type": "null"},
    }
    return {
        "$schema": _DRAFT,
        "$id": _BASE + "snapshot.schema.json",
        "title": "agentstatus snapshot",
        "description": "What the agent desktop shows at one moment (driver contract).",
        **_obj(properties, "One observation of the desktop."),
        "allOf": [
            {
                "if": {"properties": {"logged_in": {"const": False}}},
                "then": {"properties": logged_out},
                "else": {
                    "properties": {
                        "state": {"not": {"const": AgentState.LOGGED_OUT.value}},
                        "label": {"type": "string"},
                        "icon": {"type": "string"},
                    }
                },
            },
            {
                "if": {"properties": {"state": {"const": AgentState.IDLE.value}}},
                "then": {"properties": {"idle_reason": {"type": "string"}}},
                "else": {"properties": {"idle_reason": {"type": "null"}}},
            },
            {
                "if": {"properties": {"state": {"const": AgentState.RONA.value}}},
                "then": {"properties": {"rona_popover": {"type": "object"}}},
                "else": {"properties": {"rona_popover": {"type": "null"}}},
            },
        ],
    }


def config_json_schema() -> dict[str, Any]:
    """The dict form of ``TenantConfig`` (``to_dict``/``from_dict``); missing keys default.

    No key is required. Each property carries its ``default`` and says where it comes
    from: the keys of ``SOURCE_DEFAULTED`` have a default the source text gives, which an
    implementation must apply itself (the suite leaves them out); the others are tenant data
    the suite always sends (docs/contract.md, Tenant configuration).
    """
    per_channel = {
        "type": "object",
        "properties": {c.value: {"type": "number", "exclusiveMinimum": 0} for c in Channel},
        "additionalProperties": False,
    }
    # An idle reason: not empty, not only spaces (the code checks the same pattern).
    name = {"type": "string", "minLength": 1, "pattern": NAME_PATTERN}
    capacity = {
        "type": "object",
        "properties": {c.value: {"type": "integer", "minimum": 0} for c in Channel},
        "additionalProperties": False,
    }
    properties: dict[str, dict[str, Any]] = {
        "rona_timeouts": {
            **per_channel,
            "description": "seconds to accept a request before RONA, per channel; a missing "
            "channel keeps its default",
        },
        "idle_reasons": {
            "type": "array",
            "items": name,
            "minItems": 1,
            "uniqueItems": True,
            "description": "the idle reason ids of the drop-down",
        },
        "default_idle_reason": {
            **name,
            "description": "where login and the RONA popover's Go to Idle land",
        },
        "agent_available_after_outdial": {
            "type": "boolean",
            "description": "Agent Available After Outdial: Yes (true) or No (false)",
        },
        "capacity": {
            **capacity,
            "description": "contacts per channel; voice and campaign share the phone line",
        },
        "teams_presence_sync": {
            "type": "boolean",
            "description": "the Microsoft Teams connection is configured and presence sync on",
        },
        "dial_number_valid": {
            "type": "boolean",
            "description": "the agent's dial number or extension is right",
        },
        "desktop_active": {
            "type": "boolean",
            "description": "the desktop starts as the active browser window or tab",
        },
        "reload_restore_seconds": {
            "type": "number",
            "minimum": 0,
            "description": "how long a reloaded Available desktop shows Idle",
        },
    }
    defaults = TenantConfig().to_dict()
    for key, schema in properties.items():
        origin = (
            "the default is the source's: an implementation applies it itself"
            if key in SOURCE_DEFAULTED
            else "the source gives no value: the suite sends one"
        )
        schema["description"] = f"{schema['description']} ({origin})"
        schema["default"] = defaults[key]
    return {
        "$schema": _DRAFT,
        "$id": _BASE + "config.schema.json",
        "title": "agentstatus tenant configuration",
        "description": (
            "What an administrator sets. Every key is optional; a missing key (or a missing "
            "channel of rona_timeouts or capacity) takes the default. default_idle_reason must "
            "be one of idle_reasons. Numbers are finite (a number too large for a double, "
            "which a JSON reader turns into infinity, is refused). Anything else is refused "
            "with the error code invalid_config."
        ),
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }


#: Committed file name -> the function that builds its content.
SCHEMAS: Mapping[str, Callable[[], dict[str, Any]]] = {
    "snapshot.schema.json": snapshot_json_schema,
    "config.schema.json": config_json_schema,
    "command.schema.json": command_json_schema,
}


def render(name: str) -> str:
    """The exact text the committed file ``name`` must have."""
    return json.dumps(SCHEMAS[name](), indent=2, ensure_ascii=False) + "\n"


def load_schema(name: str) -> dict[str, Any]:
    """A committed schema, as shipped with the package (what other implementations read)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def sync_files(texts: Mapping[str, str], directory: Path, *, check: bool = False) -> list[str]:
    """Rewrite (or, with ``check``, only compare) generated files; return the stale names.

    Shared by every set of committed, generated schemas (the contract's, the protocol's).
    """
    stale = []
    for name, text in texts.items():
        path = directory / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
            if not check:
                path.write_text(text, encoding="utf-8")
    return stale


def write_all(directory: Path | None = None, *, check: bool = False) -> list[str]:
    """Rewrite (or, with ``check``, only compare) every committed schema; return stale names."""
    texts = {name: render(name) for name in SCHEMAS}
    return sync_files(texts, directory or Path(__file__).parent, check=check)
