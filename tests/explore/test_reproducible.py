"""The same seed explores the same sequences and finds the same counterexample."""

from __future__ import annotations

from agentstatus.explore import Budget, explore
from agentstatus.explore.api import to_json


def test_the_same_seed_finds_the_same_counterexample() -> None:
    first, second = (explore("faux:timer-never-resets", Budget(seed=3)) for _ in range(2))
    assert first.scenario is not None and second.scenario is not None
    for language in ("sv", "en"):
        assert first.scenario.feature(language) == second.scenario.feature(language)
    ours, theirs = to_json(first), to_json(second)
    assert ours["divergence"] == theirs["divergence"]
    assert ours["run"]["examples"] == theirs["run"]["examples"]
