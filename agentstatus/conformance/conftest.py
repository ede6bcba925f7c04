"""The conformance suite sees every step definition and the scenario context."""

from agentstatus.steps.context import (  # noqa: F401  (pytest-bdd hooks and the per-scenario fixture)
    pytest_bdd_before_scenario,
    pytest_bdd_before_step,
    scenario_context,
)
from agentstatus.steps.definitions import *  # noqa: F403  (the step fixtures pytest-bdd looks up)
