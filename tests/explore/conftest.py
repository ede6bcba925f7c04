"""Explorations the tests share: each faux is explored once per session (with shrinking,
the seed fixed), since an exploration costs seconds."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from agentstatus.explore import Budget, Exploration, explore
from tests.explore.cases import SEED


@pytest.fixture(scope="session")
def explored() -> Callable[[str], Exploration]:
    """``explored("never-rona")``: the faux explored with the default budget and SEED."""
    found: dict[str, Exploration] = {}

    def get(ident: str) -> Exploration:
        if ident not in found:
            found[ident] = explore(f"faux:{ident}", Budget(seed=SEED))
        return found[ident]

    return get
