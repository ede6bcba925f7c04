"""The step fixtures pytest-bdd sees: one per keyword, each running the step function that
the phrase table (``steps.phrases``) finds for the step's text.

Why not one step fixture per step function: pytest-bdd finds a step's function by asking
every fixture of the run in turn whether it parses the step's text. With one fixture per
meaning (66 of them) that scan was half of the suite's test loop. Three fixtures keep the
scan as short as in any small pytest-bdd suite, and the phrase table answers each distinct
step text once (``steps.phrases.find``).

The step function is then called as pytest-bdd would call it: the arguments parsed from
the text, the step's data table or doc string where it asks for one, and any other
parameter from the fixture of that name.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any

import pytest
from pytest_bdd import given, then, when
from pytest_bdd.parsers import StepParser

from agentstatus.steps.phrases import StepDefinition, find

#: The step's own extras, which pytest-bdd hands over only when the step has them.
STEP_EXTRAS = ("datatable", "docstring")


@dataclass(frozen=True)
class StepCall:
    """The step function a step text means, and the arguments parsed from the text."""

    definition: StepDefinition
    arguments: dict[str, Any]

    def run(self, request: pytest.FixtureRequest, extras: dict[str, Any]) -> Any:
        __tracebackhide__ = True
        kwargs = dict(self.arguments)
        for name in self.definition.parameters:
            if name in kwargs:
                continue
            if extras.get(name) is not None:
                kwargs[name] = extras[name]
            elif name not in self.definition.required:
                continue  # a default: the text did not give it
            elif name in STEP_EXTRAS:
                raise TypeError(
                    f"the step {self.definition.func.__name__} needs a {name} under the step "
                    "line; add one"
                )
            else:
                kwargs[name] = request.getfixturevalue(name)
        return self.definition.func(**kwargs)


class KeywordPhrases(StepParser):
    """Every phrase that serves one keyword, as one pytest-bdd parser."""

    def __init__(self, keyword: str) -> None:
        super().__init__(keyword)
        self.keyword = keyword

    def is_matching(self, name: str) -> bool:
        return find(self.keyword, name) is not None

    def parse_arguments(self, name: str) -> dict[str, Any] | None:
        found = find(self.keyword, name)
        return None if found is None else {"step_call": StepCall(*found)}


def run_step(
    request: pytest.FixtureRequest,
    step_call: StepCall,
    datatable: Any = None,
    docstring: Any = None,
) -> Any:
    """The one step function of every keyword; pytest-bdd passes the data table or doc
    string only when the step has one."""
    __tracebackhide__ = True
    return step_call.run(request, {"datatable": datatable, "docstring": docstring})


# pytest-bdd reads the step function's signature at every step; a function that carries
# its own ``__signature__`` is answered at once instead of being inspected again.
run_step.__signature__ = inspect.signature(run_step)  # type: ignore[attr-defined]

# Each registration puts a step fixture (``pytestbdd_stepdef_given_given`` …) into this
# module, which the conformance conftest imports.
for _keyword, _register in (("given", given), ("when", when), ("then", then)):
    _register(KeywordPhrases(_keyword))(run_step)
