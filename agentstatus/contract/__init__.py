"""The driver contract: commands, configuration, snapshot and the ``Driver`` protocol."""

from __future__ import annotations

from agentstatus.contract.commands import COMMANDS, Command, parse_command
from agentstatus.contract.config import TenantConfig
from agentstatus.contract.driver import (
    CAPABILITIES,
    CONTRACT_VERSION,
    Accepted,
    CommandResult,
    Driver,
    ImplementationInfo,
)
from agentstatus.contract.errors import ContractError, Rejection

__all__ = [
    "CAPABILITIES",
    "COMMANDS",
    "CONTRACT_VERSION",
    "Accepted",
    "Command",
    "CommandResult",
    "ContractError",
    "Driver",
    "ImplementationInfo",
    "Rejection",
    "TenantConfig",
    "parse_command",
]
