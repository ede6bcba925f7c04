"""``--implementation KIND:ID``: which implementation the suite drives, and how.

The string is parsed when pytest starts (a typo is a usage error at once). The
implementation itself is connected only when the run collects a scenario that needs it,
so a project that merely has agentstatus installed pays nothing for the plugin. An
in-process implementation with a wrong id or another contract major version is a usage
error before any scenario runs; a program (``exec:``) that fails its handshake is an error
in every scenario instead, reported like any other broken implementation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from agentstatus.contract import CONTRACT_VERSION, Driver, ImplementationInfo
from agentstatus.harness.applicability import mark_not_applicable
from agentstatus.harness.validation import ContractCheckingDriver
from agentstatus.implementations import (
    Connectable,
    ConnectableError,
    Connection,
    ConnectOptions,
)
from agentstatus.implementations.options import add_implementation_options
from agentstatus.spec.readings import undeclarable

_CONNECTABLE = pytest.StashKey[Connectable]()
_OPTIONS = pytest.StashKey[ConnectOptions]()
_CONNECTION = pytest.StashKey[Connection]()
_INFO = pytest.StashKey[ImplementationInfo | str]()


def add_options(parser: pytest.Parser) -> None:
    add_implementation_options(parser.getgroup("agentstatus").addoption)


def configure(config: pytest.Config) -> None:
    try:
        config.stash[_CONNECTABLE] = Connectable.parse(config.getoption("--implementation"))
    except ConnectableError as error:
        raise pytest.UsageError(f"--implementation: {error}") from None
    timeout, restarts = config.getoption("--timeout"), config.getoption("--max-restarts")
    startup = config.getoption("--startup-timeout")
    for option, seconds in (("--timeout", timeout), ("--startup-timeout", startup)):
        if not 0 < seconds < float("inf"):
            raise pytest.UsageError(f"{option}: {seconds} is not a positive number of seconds")
    if restarts < 0:
        raise pytest.UsageError(f"--max-restarts: {restarts} is below 0")
    config.stash[_OPTIONS] = ConnectOptions(
        timeout, restarts, config.getoption("--validate"), startup
    )


def collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Connect once the run is known to drive an implementation, and ask it what it offers;
    scenarios of a capability it does not declare are then not applicable."""
    if any(_drives(item) for item in items):
        mark_not_applicable(items, implementation_info(config))


def _drives(item: pytest.Item) -> bool:
    """A scenario (pytest-bdd gives every one its example fixture) or a driver's user."""
    names = getattr(item, "fixturenames", ())
    return "driver" in names or "_pytest_bdd_example" in names


def unconfigure(config: pytest.Config) -> None:
    opened = config.stash.get(_CONNECTION, None)
    if opened is not None:
        opened.close()


def compatible(version: str) -> bool:
    """Same major version: minor versions only add (docs/contract.md, Versioning)."""
    return version.split(".", 1)[0] == CONTRACT_VERSION.split(".", 1)[0]


def connectable(config: pytest.Config) -> Connectable:
    return config.stash[_CONNECTABLE]


def connection(config: pytest.Config) -> Connection:
    """The run's one connection, opened (and checked) on first use."""
    existing = config.stash.get(_CONNECTION, None)
    if existing is not None:
        return existing
    chosen = connectable(config)
    info: ImplementationInfo | str
    try:
        opened = chosen.open(config.stash[_OPTIONS])
        info = opened.info()
    except ConnectableError as error:
        raise pytest.UsageError(f"--implementation: {error}") from None
    except Exception as error:  # a broken program: every scenario will say so
        info = f"{type(error).__name__}: {error}"
    if isinstance(info, ImplementationInfo) and undeclarable(info.readings):
        raise pytest.UsageError(
            f"--implementation: {chosen} declares readings the suite does not know: "
            f"{'; '.join(undeclarable(info.readings))}"
        )
    if isinstance(info, ImplementationInfo) and not compatible(info.contract_version):
        raise pytest.UsageError(
            f"--implementation: {chosen} implements driver contract {info.contract_version}, "
            f"this suite speaks {CONTRACT_VERSION}; use a suite of the same major version"
        )
    config.stash[_CONNECTION] = opened
    config.stash[_INFO] = info
    return opened


def implementation_info(config: pytest.Config) -> ImplementationInfo | str:
    """What the implementation said of itself, or why it could not say it."""
    connection(config)
    return config.stash[_INFO]


@pytest.fixture
def driver(request: pytest.FixtureRequest, frozen_clock: Any) -> Iterator[Driver]:
    """A connected driver, not yet started: the scenario's Background starts it.

    It is wrapped so that every answer is checked against the contract: a garbage snapshot,
    a malformed result or a rejection that changed the desktop fails the step that met it,
    with a message naming the contract rule, instead of surfacing as a confusing mismatch.
    """
    inner = connection(request.config).driver(frozen_clock.tick)
    connected = ContractCheckingDriver(inner, check_rejections=False)
    try:
        yield connected
    finally:
        connected.close()
