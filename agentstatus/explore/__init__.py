"""Model-based exploration: the implementation and the reference side by side.

``agentstatus explore`` drives both with generated command sequences (a Hypothesis state
machine, ``generate``), compares every answer and every snapshot (``lockstep``, ``compare``,
within the ranges the source allows: ``ranges``), shrinks the first divergence
(``search``, ``simplify``) and writes it as a scenario in Swedish and English in the
features' own phrases (``gherkin``, ``scenario``), checked by playing it on both sides
(``play``) before it is printed (``report``). It finds what nobody wrote a scenario for.

Importing the package costs nothing: Hypothesis, a test extra, is loaded only when
``explore`` is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agentstatus.explore.budget import Budget

if TYPE_CHECKING:
    from agentstatus.explore.api import Exploration, UsageError, explore

__all__ = ["Budget", "Exploration", "UsageError", "explore"]


def __getattr__(name: str) -> Any:
    if name in ("Exploration", "UsageError", "explore"):
        from agentstatus.explore import api

        return getattr(api, name)
    raise AttributeError(f"module 'agentstatus.explore' has no attribute {name!r}")
