"""Implementations for the explorer's tests, reached as ``python:tests.explore.desks:...``."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any, ClassVar

from agentstatus.contract import (
    Accepted,
    Command,
    CommandResult,
    ImplementationInfo,
    TenantConfig,
)
from agentstatus.reference_impl.driver import ReferenceDriver
from agentstatus.reference_impl.timers import format_timer


class CoreOnly(ReferenceDriver):
    """The reference declaring no optional capability; it remembers what it was sent."""

    sent: ClassVar[list[dict[str, Any]]] = []
    configs: ClassVar[list[TenantConfig]] = []

    def info(self) -> ImplementationInfo:
        return replace(super().info(), capabilities=())

    def start(self, config: TenantConfig) -> None:
        CoreOnly.configs.append(config)
        super().start(config)

    def send(self, command: Command) -> CommandResult:
        CoreOnly.sent.append(command.to_dict())
        return super().send(command)


def core_only() -> CoreOnly:
    return CoreOnly()


class SaysYesOutOfTurn(ReferenceDriver):
    """Answers "accepted" to an interaction command out of turn (ending what has ended,
    merging what has no consult) and changes nothing: a refusal no step of the features
    can name (there is no "Then the end is refused")."""

    UNSAID = frozenset({"end", "conference"})

    def send(self, command: Command) -> CommandResult:
        result = super().send(command)
        if command.name in self.UNSAID and getattr(result, "code", "") == "not_allowed_in_state":
            return Accepted()
        return result


class RoundsTheTimer(ReferenceDriver):
    """Shows the state timer rounded, not in completed seconds: wrong only at fractions of a
    second, which no scenario can reach."""

    def snapshot(self) -> dict[str, Any]:
        shown = super().snapshot()
        timer = shown["state_timer"]
        if isinstance(timer, str) and "/" not in timer:
            desktop = self.desktop
            shown["state_timer"] = format_timer(
                math.floor(desktop.clock.now() - desktop.state_since + 0.5)
            )
        return shown


def says_yes_out_of_turn() -> SaysYesOutOfTurn:
    return SaysYesOutOfTurn()


def rounds_the_timer() -> RoundsTheTimer:
    return RoundsTheTimer()
