"""One frozen clock for the whole run; each scenario moves it back to the same epoch.

Starting a freeze walks every loaded module (about 2.7 ms), so the run freezes once and a
scenario only calls ``move_to`` (microseconds). Modules that time the run itself are on
freezegun's ignore list so durations stay real.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import freezegun
import pytest

#: Every scenario starts at this moment (a Monday morning; any fixed instant would do).
SCENARIO_EPOCH = datetime(2026, 1, 5, 8, 0, 0, tzinfo=UTC)

#: Timing modules that must keep seeing real time while the scenario's clock is frozen.
REAL_TIME_MODULES = [
    "_pytest.timing",
    "pytest_bdd.reporting",
    "agentstatus.results",
    "agentstatus.protocol",  # a reply's deadline is real seconds
    "subprocess",  # waiting for a program to exit, on behalf of the protocol client
]


def configure(config: pytest.Config) -> None:
    freezegun.configure(extend_ignore_list=REAL_TIME_MODULES)


@pytest.fixture(scope="session")
def _frozen_clock() -> Iterator[Any]:
    freezer = freezegun.freeze_time(SCENARIO_EPOCH)
    factory = freezer.start()
    try:
        yield factory
    finally:
        freezer.stop()


@pytest.fixture
def frozen_clock(_frozen_clock: Any) -> Any:
    """The run's frozen clock, back at the epoch for this test."""
    _frozen_clock.move_to(SCENARIO_EPOCH)
    return _frozen_clock
