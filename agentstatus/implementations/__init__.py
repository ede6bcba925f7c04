"""The implementations the suite can check, and how one is named: ``KIND:ID``."""

from __future__ import annotations

from agentstatus.implementations.connectable import (
    DEFAULT,
    ENTRY_POINT_GROUP,
    Connectable,
    ConnectableError,
    Connection,
    ConnectOptions,
    Factory,
    Kind,
    describe_kinds,
    kinds,
    register_kind,
)

__all__ = [
    "DEFAULT",
    "ENTRY_POINT_GROUP",
    "ConnectOptions",
    "Connectable",
    "ConnectableError",
    "Connection",
    "Factory",
    "Kind",
    "describe_kinds",
    "kinds",
    "register_kind",
]
