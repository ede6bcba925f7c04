"""Checking what an implementation answers against the contract, not just its content.

An implementation under test may be broken in ways a scenario's assertions would report
badly: a snapshot with a missing key raises ``KeyError`` deep in a step, one with a wrong
type may even compare equal by accident. ``check_snapshot`` turns every such answer into
one readable failure that names the offending field. ``ContractCheckingDriver`` wraps any
driver and applies the checks to every answer, including the rule that a rejected
command leaves the snapshot exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

import fastjsonschema

from agentstatus.contract import (
    Accepted,
    Command,
    CommandResult,
    Driver,
    ImplementationInfo,
    Rejection,
    TenantConfig,
)
from agentstatus.contract.driver import check_advance
from agentstatus.contract.schemas import load_schema

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator


class ContractViolation(AssertionError):
    """The implementation answered something the driver contract does not allow."""


@cache
def _validator(name: str) -> Draft202012Validator:
    # Imported here: jsonschema only explains a snapshot the compiled check refused, and
    # importing it costs a run more than a hundred scenarios' snapshot checks.
    from jsonschema import Draft202012Validator

    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def _fast_check(name: str) -> Callable[[Any], Any]:
    """The schema compiled to Python: about 20 times faster than walking it, so a check on
    every snapshot of every scenario costs little. It only answers "valid or not"; the full
    validator explains what is wrong."""
    return fastjsonschema.compile(load_schema(name))


def snapshot_is_valid(snapshot: Any) -> bool:
    try:
        _fast_check("snapshot.schema.json")(snapshot)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def snapshot_problems(snapshot: Any) -> list[str]:
    """Every way ``snapshot`` breaks ``snapshot.schema.json``, as ``path: message`` lines."""
    errors = sorted(_validator("snapshot.schema.json").iter_errors(snapshot), key=str)
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors]


def check_snapshot(snapshot: Any) -> dict[str, Any]:
    """Return ``snapshot`` if it matches the schema; otherwise raise ``ContractViolation``."""
    problems = [] if snapshot_is_valid(snapshot) else snapshot_problems(snapshot)
    if problems:
        listed = "\n  ".join(problems[:10])
        more = f"\n  ... and {len(problems) - 10} more" if len(problems) > 10 else ""
        raise ContractViolation(
            f"the snapshot does not match snapshot.schema.json:\n  {listed}{more}"
        )
    assert isinstance(snapshot, dict)
    return snapshot


def check_result(command: Command, result: Any) -> CommandResult:
    """``send`` must answer ``Accepted`` or a ``Rejection`` with a code and a message."""
    if isinstance(result, Accepted):
        return result
    if isinstance(result, Rejection):
        if not (isinstance(result.code, str) and result.code and isinstance(result.message, str)):
            raise ContractViolation(f"{command.name}: a rejection needs a code and a message")
        return result
    raise ContractViolation(
        f"{command.name}: send() must return Accepted or Rejection, not {result!r}"
    )


class ContractCheckingDriver:
    """A driver that checks every answer of the driver it wraps against the contract.

    ``check_rejections`` also takes a snapshot before every command to prove a rejection
    changed nothing; the scenarios check that themselves where they expect a refusal, so
    the harness leaves it off and pays only for the snapshots the steps read.
    """

    def __init__(self, inner: Driver, *, check_rejections: bool = True) -> None:
        self.inner = inner
        self.check_rejections = check_rejections

    def info(self) -> ImplementationInfo:
        return self.inner.info()

    def start(self, config: TenantConfig) -> None:
        self.inner.start(config)

    def send(self, command: Command) -> CommandResult:
        if not self.check_rejections:
            return check_result(command, self.inner.send(command))
        before = self.snapshot()
        result = check_result(command, self.inner.send(command))
        if isinstance(result, Rejection):
            after = self.snapshot()
            if after != before:
                changed = sorted(
                    k for k in before.keys() | after.keys() if before.get(k) != after.get(k)
                )
                raise ContractViolation(
                    f"{command.name} was rejected ({result.code}) but changed the snapshot: "
                    f"{', '.join(changed)}"
                )
        return result

    def advance(self, seconds: float) -> None:
        """Refuse (``InvalidAdvance``) what no implementation should be asked to do: NaN,
        infinity, a negative or a non-number; the wrapped driver never sees it."""
        self.inner.advance(check_advance(seconds))

    def snapshot(self) -> dict[str, Any]:
        return check_snapshot(self.inner.snapshot())

    def close(self) -> None:
        self.inner.close()
