"""``--implementation kind:id``: which implementation the suite drives."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from agentstatus.connectables import DEFAULT, Connectable, ConnectableError
from agentstatus.contract import CONTRACT_VERSION, Driver
from agentstatus.harness.validation import ContractCheckingDriver

_CONNECTABLE = pytest.StashKey[Connectable]()


def add_options(parser: pytest.Parser) -> None:
    parser.getgroup("agentstatus").addoption(
        "--implementation",
        default=DEFAULT,
        metavar="KIND:ID",
        help=f"the implementation under test (default: {DEFAULT})",
    )


def configure(config: pytest.Config) -> None:
    try:
        chosen = Connectable.parse(config.getoption("--implementation"))
        # A trial connection, so that a mistyped id is a usage error once, before the run,
        # rather than an error in every scenario.
        trial = chosen.connect(None)
        info = trial.info()
        trial.close()
    except ConnectableError as error:
        raise pytest.UsageError(f"--implementation: {error}") from None
    if not compatible(info.contract_version):
        raise pytest.UsageError(
            f"--implementation: {chosen} implements driver contract {info.contract_version}, "
            f"this suite speaks {CONTRACT_VERSION}; use a suite of the same major version"
        )
    config.stash[_CONNECTABLE] = chosen


def compatible(version: str) -> bool:
    """Same major version: minor versions only add (docs/contract.md, Versioning)."""
    return version.split(".", 1)[0] == CONTRACT_VERSION.split(".", 1)[0]


def connectable(config: pytest.Config) -> Connectable:
    return config.stash[_CONNECTABLE]


@pytest.fixture
def driver(request: pytest.FixtureRequest, frozen_clock: Any) -> Iterator[Driver]:
    """A connected driver, not yet started: the scenario's Background starts it.

    It is wrapped so that every answer is checked against the contract: a garbage snapshot,
    a malformed result or a rejection that changed the desktop fails the step that met it,
    with a message naming the contract rule, instead of surfacing as a confusing mismatch.
    """
    inner = connectable(request.config).connect(frozen_clock.tick)
    connected = ContractCheckingDriver(inner, check_rejections=False)
    try:
        yield connected
    finally:
        connected.close()
