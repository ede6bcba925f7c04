"""Running the state machine: a budget, a seed, and the shrunk divergence it ends with.

Hypothesis runs up to ``examples`` examples of up to ``steps`` rules each, with no example
database and a fixed seed, so the same ``--seed`` explores the same sequences and shrinks
to the same counterexample. On a divergence it shrinks (fewer steps, earlier choices) and
keeps the smallest divergence it saw, until shrinking is done or its budget spent.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import cast

from hypothesis import HealthCheck, Phase, Verbosity, configuration, seed, settings
from hypothesis.errors import Flaky, Unsatisfiable
from hypothesis.stateful import get_state_machine_test

from agentstatus.contract import Driver
from agentstatus.explore.budget import Budget
from agentstatus.explore.compare import Declared
from agentstatus.explore.generate import EnoughShrinking, Session, machine
from agentstatus.explore.lockstep import Divergence
from agentstatus.reference_impl.driver import ReferenceDriver


@dataclass(frozen=True)
class Searched:
    """What one search found, and what it cost."""

    found: Divergence | None
    examples: int
    steps: int
    seconds: float
    #: Examples and steps run before the first divergence (before any shrinking).
    first_found: tuple[int, int] | None
    #: Set when a divergence did not happen again when replayed.
    flaky: str | None = None


#: Hypothesis' function that gathers the numbers written in every loaded module's source.
_LOCAL_CONSTANTS = "_get_local_constants"


@contextmanager
def _isolated() -> Iterator[None]:
    """A search that depends on its seed alone, and leaves nothing behind.

    Now and then Hypothesis draws a number found in the source of the modules loaded (its
    "local constants"), so what a seed generates would depend on what else the process
    has imported: a search in a test run would not be the one on the command line. Within
    a search it finds none. It also keeps a cache in ``.hypothesis/`` of the working
    folder; a search gets a temporary one.
    """
    from hypothesis.internal.conjecture import providers
    from hypothesis.internal.constants_ast import Constants

    gather = getattr(providers, _LOCAL_CONSTANTS)
    previous = configuration.storage_directory(intent_to_write=False).home_directory
    with tempfile.TemporaryDirectory(prefix="agentstatus-explore-") as folder:
        configuration.set_hypothesis_home_dir(folder)
        setattr(providers, _LOCAL_CONSTANTS, Constants)
        providers.CONSTANTS_CACHE.cache.clear()
        try:
            yield
        finally:
            setattr(providers, _LOCAL_CONSTANTS, gather)
            providers.CONSTANTS_CACHE.cache.clear()
            configuration.set_hypothesis_home_dir(previous)


def search(
    reference: Callable[[], ReferenceDriver],
    implementation: Callable[[], Driver],
    declared: Declared,
    budget: Budget,
    *,
    strict: bool = False,
) -> Searched:
    """Explore until a divergence (shrunk) or the end of the budget."""
    session = Session(
        reference,
        implementation,
        declared,
        strict=strict,
        shrink_examples=budget.shrink_examples,
        shrink_seconds=budget.shrink_seconds,
    )
    # What RuleBasedStateMachine.TestCase runs, as a function a seed can be given to.
    run = get_state_machine_test(  # type: ignore[no-untyped-call]
        machine(session),
        settings=settings(
            max_examples=budget.examples,
            stateful_step_count=budget.steps,
            deadline=None,
            database=None,
            derandomize=False,
            phases=(Phase.explicit, Phase.generate, *([Phase.shrink] if budget.shrink else [])),
            suppress_health_check=list(HealthCheck),
            verbosity=Verbosity.quiet,
            report_multiple_bugs=False,
            print_blob=False,
        ),
    )
    test = cast(Callable[[], None], seed(budget.seed)(run))
    started = time.perf_counter()
    flaky = None
    try:
        with _isolated():
            test()
    except (Divergence, EnoughShrinking, Unsatisfiable):
        pass
    except Flaky as error:  # FlakyFailure too: a divergence that did not happen again
        if not session.stopped:
            flaky = str(error).splitlines()[0] if str(error) else type(error).__name__
    return Searched(
        session.best,
        session.examples,
        session.counter.steps,
        time.perf_counter() - started,
        session.first_found,
        flaky,
    )
