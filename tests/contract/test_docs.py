"""docs/contract.md documents the whole contract: every command, field, code and version."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agentstatus.contract import COMMANDS, CONTRACT_VERSION
from agentstatus.contract.config import TenantConfig
from agentstatus.contract.schemas import load_schema

DOC = (Path(__file__).resolve().parents[2] / "docs" / "contract.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    return DOC.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def documented_codes() -> set[str]:
    return set(re.findall(r"^\| `([a-z_]+)` \|", section("Rejections"), flags=re.MULTILINE))


def test_the_documented_version_is_the_contracts() -> None:
    assert f"Contract version **{CONTRACT_VERSION}**" in DOC


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_documented_with_its_arguments(name: str) -> None:
    commands = section("Commands")
    assert f"`{name}`" in commands
    for arg in COMMANDS[name].args:
        assert f"`{arg}`" in commands, f"{name}.{arg}"


@pytest.mark.parametrize("field", sorted(load_schema("snapshot.schema.json")["properties"]))
def test_every_snapshot_field_is_documented(field: str) -> None:
    assert f"| `{field}` |" in section("The snapshot")


@pytest.mark.parametrize("key", sorted(TenantConfig().to_dict()))
def test_every_configuration_key_is_documented(key: str) -> None:
    assert f"| `{key}` |" in section("Tenant configuration")


def test_every_documented_code_is_explained_once() -> None:
    table = section("Rejections")
    codes = re.findall(r"^\| `([a-z_]+)` \|", table, flags=re.MULTILINE)
    assert len(codes) == len(set(codes)) > 10
    assert codes == sorted(codes)


def test_every_refusal_in_the_command_reference_is_in_the_table() -> None:
    refusals = [part.split("\n### ", 1)[0] for part in section("Commands").split("Refused")[1:]]
    arguments = {arg for spec in COMMANDS.values() for arg in spec.args}
    named = {n for part in refusals for n in re.findall(r"`([a-z_]+)`", part)}
    named -= set(COMMANDS) | arguments
    assert len(refusals) > 10 and named
    assert named <= documented_codes(), named - documented_codes()


def test_every_fauxmplementation_is_listed() -> None:
    from agentstatus.implementations.faux import FAUXES

    naming = section("Naming an implementation")
    for ident in FAUXES:
        assert f"`{ident}`" in naming, ident
