"""Running a written scenario through the real step functions, in-process.

Before the explorer prints a counterexample it plays the lines it wrote, as pytest-bdd
would: each line is looked up in the phrase registry, its arguments parsed, and its step
function called with a ``ScenarioContext`` over a driver, the same context and the same
contract checks (``ContractCheckingDriver``) the suite uses. Played on the reference it
must pass; played on the implementation it must fail, at the step where the divergence
shows. That is the promise of a pasted scenario, checked without starting pytest.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from agentstatus.contract import Driver
from agentstatus.harness.validation import ContractCheckingDriver
from agentstatus.steps import definitions
from agentstatus.steps.context import CURRENT_STEP, ScenarioContext
from agentstatus.steps.phrases import REGISTRY, Phrase, matching

PASSED, FAILED, ERROR = "passed", "failed", "error"


@dataclass(frozen=True)
class Played:
    """How a scenario went: ``passed``, ``failed`` (an expectation) or ``error``, and where
    (the index of the step among the lines played, Background included)."""

    outcome: str
    step: int | None = None
    message: str = ""

    def __str__(self) -> str:
        if self.outcome == PASSED:
            return PASSED
        return f"{self.outcome} at step {self.step}: {self.message}"


class _Step:
    def __init__(self, name: str, line_number: int) -> None:
        self.name = name
        self.line_number = line_number


class _Node:
    """What ``ScenarioContext`` reads of a pytest item: a stash."""

    def __init__(self) -> None:
        self.stash = pytest.Stash()


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


def call(context: ScenarioContext, text: str, language: str, step: str | None = None) -> None:
    """Carry out one step line as pytest-bdd would: its one step function, its arguments
    (``step``: the function's name where it is known, which spares a search of them all)."""
    found: list[tuple[str, Phrase]] = []
    if step is not None:
        found = [
            (step, p)
            for p in REGISTRY.get(step, [])
            if p.language == language and p.is_matching(text)
        ]
    found = found or matching(text, language)
    if len({name for name, _ in found}) != 1:
        raise LookupError(f"{text!r} is not exactly one step in {language}")
    name, phrase = found[0]
    function = getattr(definitions, name)
    accepted = inspect.signature(function).parameters
    arguments: dict[str, Any] = {
        key: value for key, value in (phrase.parse_arguments(text) or {}).items() if key in accepted
    }
    function(scenario_context=context, **arguments)


def play(texts: Sequence[str], language: str, driver: Driver) -> Played:
    """Run step texts (without keywords) in order on a fresh desktop of ``driver``."""
    steps = [_Step(text, number) for number, text in enumerate(texts, 1)]
    node = _Node()
    context = ScenarioContext(
        driver=ContractCheckingDriver(driver, check_rejections=False),
        language=language,
        steps=steps,
        node=node,
    )
    for index, step in enumerate(steps):
        node.stash[CURRENT_STEP] = step
        try:
            call(context, step.name, language)
        except LookupError as error:
            return Played(ERROR, index, str(error))
        except (AssertionError, pytest.fail.Exception) as failure:
            return Played(FAILED, index, _first_line(failure))
        except Exception as error:
            return Played(ERROR, index, _first_line(error))
    return Played(PASSED)
