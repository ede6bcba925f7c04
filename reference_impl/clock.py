"""The one seam through which the model learns the time.

The model never reads the wall clock itself. Under the suite, ``WallClock`` reads
``time.time()``, which freezegun has frozen, so an 18 s timeout costs no wall time; a
stand-alone driver uses ``ManualClock`` and moves it explicitly.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a clock that only moves forward within one desktop's life."""
        ...


class WallClock:
    def now(self) -> float:
        return time.time()


class ManualClock:
    def __init__(self, start: float = 0.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def tick(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only moves forward")
        self._now += seconds
