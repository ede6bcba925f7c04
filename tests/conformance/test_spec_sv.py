"""The Swedish features, run against the implementation chosen with ``--implementation``."""

from __future__ import annotations

from pathlib import Path

from pytest_bdd import scenarios

FEATURES = Path(__file__).resolve().parents[2] / "features" / "sv"

scenarios(str(FEATURES))
