"""The driver contract: the only way the suite and the harness touch an implementation.

Four operations, each plain data in and out, so the same contract can be served in-process
or over a JSON-lines pipe by an implementation in any language:

``start(config)``
    a fresh desktop for one scenario, with the tenant's configuration;
``send(command)``
    one command (see ``commands.py``); the answer is ``Accepted`` or a ``Rejection``, and a
    rejected command leaves the snapshot exactly as it was;
``advance(seconds)``
    the only way time passes; every timer and timeout follows it, nothing sleeps;
``snapshot()``
    what the desktop shows now, as data matching ``snapshot.schema.json``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from agentstatus.contract.commands import Command
from agentstatus.contract.config import TenantConfig
from agentstatus.contract.errors import ContractError, Rejection, shown

CONTRACT_VERSION = "1.3.0"

#: Optional parts of the contract an implementation may offer; everything else is core.
CAPABILITIES: tuple[str, ...] = (
    "teams_presence_sync",
    "supervisor_monitoring",
    "outdial",
    "social_channel",
    "campaign_calls",
)


@dataclass(frozen=True)
class Accepted:
    def to_dict(self) -> dict[str, Any]:
        return {"ok": True}


CommandResult = Accepted | Rejection


@dataclass(frozen=True)
class ImplementationInfo:
    name: str
    version: str
    language: str
    contract_version: str = CONTRACT_VERSION
    #: The optional capabilities offered (``CAPABILITIES``); by default all of them.
    capabilities: tuple[str, ...] = CAPABILITIES
    #: The contested readings followed, note → reading (``features/readings.yaml``); a
    #: note not named here is read the suite's default way.
    readings: Mapping[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "language": self.language,
            "contract_version": self.contract_version,
            "capabilities": list(self.capabilities),
            "readings": dict(self.readings),
        }


@runtime_checkable
class Driver(Protocol):
    """What every implementation under test offers the suite."""

    def info(self) -> ImplementationInfo: ...

    def start(self, config: TenantConfig) -> None: ...

    def send(self, command: Command) -> CommandResult: ...

    def advance(self, seconds: float) -> None: ...

    def snapshot(self) -> dict[str, Any]: ...

    def close(self) -> None: ...


class InvalidAdvance(ContractError, ValueError):
    """``advance`` was given something that is not a finite number of seconds of 0 or more.

    A ``ContractError`` (code ``invalid_advance``) like every other bad input to the
    contract, and still a ``ValueError``, what a negative advance has always raised, so
    callers that catch that keep working.
    """

    def __init__(self, message: str) -> None:
        super().__init__("invalid_advance", message)


def check_advance(seconds: Any) -> float:
    """Return ``seconds`` if ``advance`` may take it, else raise ``InvalidAdvance``.

    Time only moves forward, by a real amount: NaN would make every later deadline
    incomparable (the desktop breaks for good), infinity has no moment to land on, and
    ``True`` or ``"5"`` are bugs in the caller that Python would quietly turn into 1 s or
    a ``TypeError`` deep inside an implementation. Checked before anything is sent, so a
    refused advance leaves the desktop exactly as it was.
    """
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise InvalidAdvance(
            f"advance takes a number of seconds, got {shown(seconds)} ({type(seconds).__name__})"
        )
    if isinstance(seconds, float) and not math.isfinite(seconds):
        raise InvalidAdvance(f"advance takes a finite number of seconds, got {seconds!r}")
    if seconds < 0:
        raise InvalidAdvance(
            f"time only moves forward: advance takes 0 or more seconds, got {shown(seconds)}"
        )
    return seconds
