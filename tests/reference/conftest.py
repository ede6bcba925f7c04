"""Fixtures for the reference's own unit tests: a reference desktop on a manual clock.

These tests check the reference model itself, so they build ``ReferenceDriver`` directly
(its own ``ManualClock``, no freeze needed) whatever ``--implementation`` says.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from agentstatus.reference_impl.driver import ReferenceDriver
from tests.contract.desk import Desk

MakeDesk = Callable[..., Desk]


@pytest.fixture
def make_desk() -> MakeDesk:
    """``make_desk(**config_changes)``: a started reference desktop, logged out, at t=0."""

    def make(**changes: Any) -> Desk:
        return Desk(ReferenceDriver(), **changes)

    return make


@pytest.fixture
def desk(make_desk: MakeDesk) -> Desk:
    """A reference desktop with the default tenant configuration."""
    return make_desk()
