"""The protocol's JSON Schemas, one file per message, generated from ``messages.py``.

Committed next to this module so an implementer in any language can validate against them;
``python -m agentstatus.protocol.schemas [--check]`` rewrites (or checks) them, and a test
keeps them current. ``validator`` checks a message with the contract's schemas resolved.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agentstatus.contract.schemas import load_schema as load_contract_schema
from agentstatus.contract.schemas import sync_files
from agentstatus.protocol.messages import all_schemas

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from referencing import Registry


def render(name: str) -> str:
    return json.dumps(all_schemas()[name], indent=2, ensure_ascii=False) + "\n"


def load_schema(name: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def write_all(directory: Path | None = None, *, check: bool = False) -> list[str]:
    """Rewrite (or, with ``check``, only compare) every schema file; return the stale names."""
    texts = {name: render(name) for name in all_schemas()}
    return sync_files(texts, directory or Path(__file__).parent, check=check)


@cache
def _registry() -> Registry:
    from referencing import Registry, Resource

    contract = ["config.schema.json", "command.schema.json", "snapshot.schema.json"]
    schemas = [load_contract_schema(name) for name in contract]
    return Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas
    )


@cache
def validator(name: str) -> Draft202012Validator:
    """A validator for the message schema ``name``, with the contract's schemas resolved."""
    from jsonschema import Draft202012Validator  # only --validate and the tests use it

    return Draft202012Validator(load_schema(name), registry=_registry())


def problems(name: str, message: Any) -> list[str]:
    """Every way ``message`` breaks schema ``name``, as ``path: message`` lines."""
    found = []
    for error in sorted(validator(name).iter_errors(message), key=lambda e: list(e.path)):
        where = "/".join(str(part) for part in error.absolute_path) or "(the message)"
        found.append(f"{where}: {error.message}")
    return found
