"""The pytest plugin hub: it only wires the options and configuration of each concern.

Registered through the ``pytest11`` entry point, so any pytest run where agentstatus is
installed can include the specification (``pytest --pyargs agentstatus.conformance``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agentstatus.harness import baseline, frozen_time, implementation, markers, terminal
from agentstatus.harness.frozen_time import _frozen_clock, frozen_clock
from agentstatus.harness.implementation import driver
from agentstatus.results import collector as results_collector

__all__ = ["_frozen_clock", "driver", "frozen_clock"]


def pytest_addoption(parser: pytest.Parser) -> None:
    implementation.add_options(parser)
    baseline.add_options(parser)
    results_collector.add_options(parser)
    terminal.add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    frozen_time.configure(config)
    implementation.configure(config)
    baseline.configure(config)
    markers.configure(config)
    results_collector.configure(config)
    terminal.configure(config)


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> Iterator[None]:
    baseline.note_scenarios(config, items)  # before anything deselects a scenario
    yield
    implementation.collection_modifyitems(config, items)
    baseline.mark_expected_failures(config, items)


def pytest_unconfigure(config: pytest.Config) -> None:
    implementation.unconfigure(config)
