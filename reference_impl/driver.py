"""The reference implementation behind the driver contract."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from agentstatus import __version__
from agentstatus.contract import (
    Command,
    CommandResult,
    ImplementationInfo,
    TenantConfig,
)
from agentstatus.contract.driver import InvalidAdvance, check_advance
from agentstatus.contract.errors import shown
from agentstatus.reference_impl.clock import Clock, ManualClock, WallClock
from agentstatus.reference_impl.desktop import Desktop
from agentstatus.reference_impl.display import snapshot


class ReferenceDriver:
    """Drives ``Desktop`` in-process.

    ``tick`` is how the harness moves time: under the suite it is the frozen clock's
    ``tick`` (the model reads ``time.time()``); without it the driver keeps a
    ``ManualClock`` of its own, so it also works outside any freeze.
    """

    def __init__(
        self, tick: Callable[[float], Any] | None = None, readings: Mapping[str, str] = {}
    ) -> None:
        #: The contested readings this reference follows, where not the suite's default
        #: (``reference:python+INT-17=lenient``): the alternative scenarios are checked
        #: against a model too, not only written down.
        self.readings = dict(readings)
        self._clock: Clock
        self._tick: Callable[[float], Any]
        if tick is None:
            manual = ManualClock()
            self._clock, self._tick = manual, manual.tick
        else:
            self._clock, self._tick = WallClock(), tick
        self._desktop: Desktop | None = None

    def info(self) -> ImplementationInfo:
        return ImplementationInfo(
            "agentstatus reference", __version__, "python", readings=self.readings
        )

    def start(self, config: TenantConfig) -> None:
        self._desktop = Desktop(config, self._clock, self.readings)

    @property
    def desktop(self) -> Desktop:
        if self._desktop is None:
            raise RuntimeError("start() the driver with a tenant configuration first")
        return self._desktop

    def send(self, command: Command) -> CommandResult:
        return self.desktop.handle(command)

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass; anything but a finite number of 0 or more is refused with
        ``InvalidAdvance`` before the clock moves, so the desktop is left as it was."""
        seconds = check_advance(seconds)
        desktop = self.desktop  # not started: say so before the clock moves
        try:
            self._tick(seconds)
        except OverflowError as error:  # past the year 9999, or past what a float holds
            raise InvalidAdvance(
                f"advance({shown(seconds)}) would move the clock beyond what it can represent "
                f"({error}); time is unchanged"
            ) from None
        desktop.catch_up()

    def snapshot(self) -> dict[str, Any]:
        self.desktop.catch_up()
        return snapshot(self.desktop)

    def close(self) -> None:
        self._desktop = None
