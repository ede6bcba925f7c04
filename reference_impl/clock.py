"""The one seam through which the model learns the time.

The model never reads the wall clock itself. Under the suite, ``WallClock`` reads
``time.time()``, which freezegun has frozen, so an 18 s timeout costs no wall time; a
stand-alone driver uses ``ManualClock`` and moves it explicitly.
"""

from __future__ import annotations

import sys
import time
from typing import Protocol

#: ``now()`` divides whole microseconds into a float; beyond this it would overflow.
_MAX_MICROS = int(sys.float_info.max)


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a clock that only moves forward within one desktop's life."""
        ...


class WallClock:
    def now(self) -> float:
        return time.time()


class ManualClock:
    """Counts whole microseconds, as the frozen clock does.

    Summing float seconds drifts (``3.999 + 0.001 + 4.999 + 0.001`` falls short of 9), and
    an offer due at exactly 9 s would then miss its own deadline; whole microseconds add up
    exactly, like freezegun's ``timedelta`` ticks.
    """

    def __init__(self, start: float = 0.0) -> None:
        self._micros = round(start * 1_000_000)

    def now(self) -> float:
        return self._micros / 1_000_000

    def tick(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only moves forward")
        micros = self._micros + round(seconds * 1_000_000)
        if micros > _MAX_MICROS:  # refuse now, rather than fail at every later now()
            raise OverflowError(f"the clock cannot go beyond {_MAX_MICROS / 1e6:g} seconds")
        self._micros = micros
