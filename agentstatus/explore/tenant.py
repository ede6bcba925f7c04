"""The tenant configurations the explorer tries: only those a feature's Given steps can set.

A counterexample must run as a scenario, so its configuration is a list of Given meanings
(``rona_timeout``, ``channel_capacity``, ...) after the suite's Background. The
configuration is made by carrying those very steps out (in English) on a
``ScenarioContext``, so the implementation is sent exactly what a scenario sends: only the
keys the Background and the Givens set, the rest left to its own defaults (the RONA
limits the source gives, for one).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from agentstatus.contract import TenantConfig
from agentstatus.explore.command import Meaning
from agentstatus.explore.gherkin import BACKGROUND, KEYWORDS, say
from agentstatus.explore.play import call
from agentstatus.steps.context import ScenarioContext


@lru_cache(maxsize=512)
def config_of(givens: tuple[Meaning, ...]) -> TenantConfig:
    """The configuration the Background and these Given steps make, as a scenario makes it."""
    context = ScenarioContext(driver=None, language="en")  # type: ignore[arg-type]
    given = KEYWORDS["en"]["given"]
    for meaning in (BACKGROUND, *givens):
        call(context, say(meaning, "en", given), "en", meaning.step)
    return context.config


@dataclass(frozen=True)
class Tenant:
    """A configuration as the Given steps that make it, in the order they are written."""

    givens: tuple[Meaning, ...] = ()

    @property
    def config(self) -> TenantConfig:
        return config_of(self.givens)

    def settings(self) -> dict[str, Any]:
        """What an implementation is sent at ``start``."""
        return self.config.settings()
