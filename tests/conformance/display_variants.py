"""The reference, shown the way other clients may show it (INT-24): for the suite's own
tests that a display check compares what a person reads.

``python:tests.conformance.display_variants:FACTORY`` names each of them.
"""

from __future__ import annotations

import re
from typing import Any

from agentstatus.contract import Command, CommandResult, TenantConfig
from agentstatus.reference_impl.driver import ReferenceDriver


def _respelled(timer: Any) -> Any:
    """``00:05/10:00`` as ``0:05 / 10:00``: no leading zero, spaces around the ``/``."""
    if not isinstance(timer, str):
        return timer
    return " / ".join(re.sub(r"^0(\d)", r"\1", part) for part in timer.split("/"))


class Respelled(ReferenceDriver):
    """Every timer without the first field's leading zero, ``/`` with spaces: the same."""

    def snapshot(self) -> dict[str, Any]:
        shown = super().snapshot()
        shown["state_timer"] = _respelled(shown["state_timer"])
        for item in shown["interactions"]:
            item["connected_timer"] = _respelled(item["connected_timer"])
            item["state_timer"] = _respelled(item["state_timer"])
        for entry in shown["history"]:
            entry["total"] = _respelled(entry["total"])
            entry["consult_time"] = _respelled(entry["consult_time"])
        return shown


def _status(shown: dict[str, Any]) -> tuple[Any, Any]:
    return shown["state"], shown["idle_reason"]


class Lagging(ReferenceDriver):
    """Redraws the state timer once a second: after a command changed the status it keeps
    showing what it showed before, until a second has passed. Allowed."""

    _stale: list[Any] | None = None

    def start(self, config: TenantConfig) -> None:
        super().start(config)
        self._stale = None

    def send(self, command: Command) -> CommandResult:
        shown = self.snapshot()
        before = super().snapshot()
        result = super().send(command)
        if _status(before) != _status(super().snapshot()):
            self._stale = [shown["state_timer"], 0.0]
        return result

    def advance(self, seconds: float) -> None:
        super().advance(seconds)
        if self._stale is not None:
            self._stale[1] += seconds
            if self._stale[1] >= 1:
                self._stale = None

    def snapshot(self) -> dict[str, Any]:
        shown = super().snapshot()
        if self._stale is not None and shown["logged_in"]:
            shown["state_timer"] = self._stale[0]
        return shown


class Early(ReferenceDriver):
    """Shows ``00:02`` at the instant of a status change. Wrong."""

    _early = False

    def send(self, command: Command) -> CommandResult:
        before = super().snapshot()
        result = super().send(command)
        after = super().snapshot()
        self._early = _status(before) != _status(after) and after["state_timer"] == "00:00"
        return result

    def advance(self, seconds: float) -> None:
        super().advance(seconds)
        self._early = False

    def snapshot(self) -> dict[str, Any]:
        shown = super().snapshot()
        if self._early:
            shown["state_timer"] = "00:02"
        return shown


def respelled() -> Respelled:
    return Respelled()


def lagging() -> Lagging:
    return Lagging()


def early() -> Early:
    return Early()
