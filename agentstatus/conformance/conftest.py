"""The conformance suite sees the step fixtures and the scenario context."""

import agentstatus.steps.definitions  # noqa: F401  (fills the phrase table the step fixtures read)
from agentstatus.steps.context import (  # noqa: F401  (pytest-bdd hooks and the per-scenario fixture)
    pytest_bdd_before_scenario,
    pytest_bdd_before_step,
    scenario_context,
)
from agentstatus.steps.dispatch import *  # noqa: F403  (the step fixtures pytest-bdd looks up)
