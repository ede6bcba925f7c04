"""``--implementation kind:id``: which implementation the suite drives."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from agentstatus.connectables import DEFAULT, Connectable, ConnectableError
from agentstatus.contract import Driver

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
        config.stash[_CONNECTABLE] = Connectable.parse(config.getoption("--implementation"))
    except ConnectableError as error:
        raise pytest.UsageError(f"--implementation: {error}") from None


def connectable(config: pytest.Config) -> Connectable:
    return config.stash[_CONNECTABLE]


@pytest.fixture
def driver(request: pytest.FixtureRequest, frozen_clock: Any) -> Iterator[Driver]:
    """A connected driver, not yet started: the scenario's Background starts it."""
    connected = connectable(request.config).connect(frozen_clock.tick)
    try:
        yield connected
    finally:
        connected.close()
