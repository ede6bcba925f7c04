"""Every message of the protocol, as JSON Schemas built from one table.

A request is ``{"id", "op", ...}``; its reply is ``{"id", "ok": true, ...}`` or the error
reply ``{"id", "ok": false, "error": {"code", "message"}}``. The payloads are the driver
contract's own data, referenced from its schemas rather than copied, so the protocol can
never describe a different configuration, command or snapshot than the contract does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agentstatus.contract.driver import CAPABILITIES

PROTOCOL_VERSION = "1.1"
#: The largest reply the suite reads, in bytes (newline included).
MAX_MESSAGE_BYTES = 1024 * 1024


BASE = "https://agentstatus.invalid/schemas/"
_VERSION = {"type": "string", "pattern": r"^[0-9]+\.[0-9]+(\.[0-9]+)?$"}
_TEXT = {"type": "string", "minLength": 1}
_ERROR = {
    "type": "object",
    "properties": {"code": _TEXT, "message": {"type": "string"}},
    "required": ["code", "message"],
}

#: op → (extra request fields, required ones), (extra reply fields, required ones)
OPERATIONS: Mapping[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "hello": (
        {
            "protocol": _VERSION,
            "suite": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "version": {"type": "string"}},
            },
        },
        {
            "protocol": _VERSION,
            "implementation": {
                "type": "object",
                "properties": {
                    "name": _TEXT,
                    "version": _TEXT,
                    "language": _TEXT,
                    "contract_version": _VERSION,
                },
                "required": ["name", "version", "language", "contract_version"],
            },
            "capabilities": {
                "type": "array",
                "items": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
                "uniqueItems": True,
                "description": f"from {', '.join(CAPABILITIES)}; unknown names are ignored",
            },
            "readings": {
                "type": "object",
                "propertyNames": {"pattern": "^INT-[1-9][0-9]*$"},
                "additionalProperties": {"type": "string", "pattern": "^[a-z][a-z0-9-]*$"},
                "description": "optional (since 1.1): the contested readings followed, note → "
                "reading (features/readings.yaml); an unnamed note is read the default way",
            },
        },
    ),
    "start": ({"config": {"$ref": BASE + "config.schema.json"}}, {}),
    "send": (
        {"command": {"$ref": BASE + "command.schema.json"}},
        {
            "result": {
                "oneOf": [
                    {
                        "type": "object",
                        "properties": {"ok": {"const": True}},
                        "required": ["ok"],
                        "additionalProperties": False,
                    },
                    {
                        "type": "object",
                        "properties": {"ok": {"const": False}, "error": _ERROR},
                        "required": ["ok", "error"],
                        "additionalProperties": False,
                    },
                ]
            }
        },
    ),
    "advance": ({"seconds": {"type": "number", "minimum": 0}}, {}),
    "snapshot": ({}, {"snapshot": {"$ref": BASE + "snapshot.schema.json"}}),
    "stop": ({}, {}),
}


def _message(title: str, name: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + name,
        "title": title,
        "type": "object",
        "properties": properties,
        "required": list(properties),
    }


def request_schema(op: str) -> dict[str, Any]:
    fields, _ = OPERATIONS[op]
    required_extra = [key for key in fields if key != "suite"]
    schema = _message(
        f"agentstatus protocol {PROTOCOL_VERSION}: the {op} request",
        f"protocol/{op}.request.schema.json",
        {"id": {"type": "integer", "minimum": 1}, "op": {"const": op}, **fields},
    )
    schema["required"] = ["id", "op", *required_extra]
    return schema


#: Reply fields an implementation may leave out.
OPTIONAL_REPLY_FIELDS = frozenset({"readings"})


def reply_schema(op: str) -> dict[str, Any]:
    _, fields = OPERATIONS[op]
    schema = _message(
        f"agentstatus protocol {PROTOCOL_VERSION}: the reply to {op}",
        f"protocol/{op}.reply.schema.json",
        {"id": {"type": "integer", "minimum": 1}, "ok": {"const": True}, **fields},
    )
    schema["required"] = [key for key in schema["required"] if key not in OPTIONAL_REPLY_FIELDS]
    return schema


def error_reply_schema() -> dict[str, Any]:
    return _message(
        f"agentstatus protocol {PROTOCOL_VERSION}: a request the implementation could not "
        "carry out",
        "protocol/error.reply.schema.json",
        {"id": {"type": "integer", "minimum": 1}, "ok": {"const": False}, "error": _ERROR},
    )


def all_schemas() -> dict[str, dict[str, Any]]:
    """File name → schema, for every message."""
    found: dict[str, dict[str, Any]] = {}
    for op in OPERATIONS:
        found[f"{op}.request.schema.json"] = request_schema(op)
        found[f"{op}.reply.schema.json"] = reply_schema(op)
    found["error.reply.schema.json"] = error_reply_schema()
    return found
