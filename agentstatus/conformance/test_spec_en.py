"""The English features, run against the implementation chosen with ``--implementation``."""

from __future__ import annotations

from pytest_bdd import scenarios

from agentstatus import paths

FEATURES = paths.FEATURES / "en"

scenarios(str(FEATURES))
