"""``explore``: one implementation explored against the reference, as one call.

The implementation is connected the way the suite connects it (``Connectable``, one
``Connection`` for the run, a driver whose ``start`` is a fresh desktop per example); the
reference runs in-process with the readings the implementation declares
(``reference:python+INT-n=x``), and only the capabilities it declares are explored. The
search runs twice at most: first for any divergence; if the one it finds cannot be written
as a scenario (a fraction of a second, a refusal no step names) and simplifying does not
make it writable, once more for writable ones only. The written scenario is then played on
both sides (``play``) before it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from agentstatus.contract import CONTRACT_VERSION, Driver, ImplementationInfo
from agentstatus.explore.budget import Budget
from agentstatus.explore.command import Meaning
from agentstatus.explore.compare import Declared
from agentstatus.explore.gherkin import LANGUAGES, Untranslatable
from agentstatus.explore.lockstep import ERROR, Divergence, Lockstep
from agentstatus.explore.play import PASSED, Played, play
from agentstatus.explore.scenario import Scenario
from agentstatus.explore.search import Searched, search
from agentstatus.explore.simplify import MAX_REPLAYS, replayer, simplify
from agentstatus.explore.tenant import Tenant
from agentstatus.implementations import Connectable, ConnectableError, Connection, ConnectOptions
from agentstatus.reference_impl.driver import ReferenceDriver
from agentstatus.spec.readings import undeclarable

#: A broken program is restarted for every example: each is its own evidence.
UNLIMITED_RESTARTS = 1 << 30
#: Replays to simplify a divergence where the implementation raised or broke (a program
#: that crashed is started again for each).
ERROR_REPLAYS = 40


class UsageError(ValueError):
    """The implementation cannot be explored as named; the message says what to fix."""


@dataclass(frozen=True)
class Confirmation:
    """The written scenario played on both sides, per language."""

    reference: Mapping[str, Played]
    implementation: Mapping[str, Played]

    @property
    def holds(self) -> bool:
        """It passes on the reference and fails on the implementation, in every language."""
        return all(p.outcome == PASSED for p in self.reference.values()) and all(
            p.outcome != PASSED for p in self.implementation.values()
        )


@dataclass
class Exploration:
    implementation: str
    reference: str
    budget: Budget
    info: ImplementationInfo | None = None
    searches: list[Searched] = field(default_factory=list)
    divergence: Divergence | None = None
    #: The first search's divergence, when no scenario can show it and a second search
    #: found one that can.
    unwritable: Divergence | None = None
    scenario: Scenario | None = None
    confirmation: Confirmation | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.divergence is not None

    @property
    def examples(self) -> int:
        return sum(s.examples for s in self.searches)

    @property
    def steps(self) -> int:
        return sum(s.steps for s in self.searches)

    @property
    def seconds(self) -> float:
        return sum(s.seconds for s in self.searches)

    @property
    def first_found(self) -> tuple[int, int] | None:
        return self.searches[0].first_found if self.searches else None


def reference_for(info: ImplementationInfo) -> str:
    """The reference following the same readings: ``reference:python+INT-17=lenient``."""
    readings = "".join(f"+{note}={reading}" for note, reading in sorted(info.readings.items()))
    return f"reference:python{readings}"


def _compatible(version: str) -> bool:
    return version.split(".", 1)[0] == CONTRACT_VERSION.split(".", 1)[0]


def _connect(implementation: str, timeout: float) -> Connection:
    try:
        return Connectable.parse(implementation).open(
            ConnectOptions(timeout=timeout, max_restarts=UNLIMITED_RESTARTS)
        )
    except ConnectableError as error:
        raise UsageError(f"--implementation: {error}") from None


def _driver(references: Connection) -> ReferenceDriver:
    """A fresh reference desktop (the explorer reads its model: see ``ranges``)."""
    driver = references.driver(None)
    assert isinstance(driver, ReferenceDriver), driver
    return driver


def _reference(name: str) -> ReferenceDriver:
    return _driver(Connectable.parse(name).open())


def explore(
    implementation: str, budget: Budget | None = None, *, timeout: float = 5.0
) -> Exploration:
    """Explore ``implementation`` (a ``KIND:ID`` string); raises ``UsageError`` only."""
    budget = budget or Budget()
    if budget.examples < 1 or budget.steps < 1:
        raise UsageError("the budget needs at least one example of at least one step")
    connection = _connect(implementation, timeout)
    try:
        return _explore(implementation, connection, budget)
    finally:
        connection.close()


def _explore(name: str, connection: Connection, budget: Budget) -> Exploration:
    try:
        info = connection.info()
    except ConnectableError as error:
        raise UsageError(f"--implementation: {error}") from None
    except Exception as error:  # a program that cannot even say hello
        exploration = Exploration(name, "reference:python", budget)
        broken = Divergence(
            ERROR,
            f"the implementation could not be started: {error}".splitlines()[0],
            tenant=Tenant(),
            steps=(),
            then=[Meaning.of("status_is", status="LoggedOut")],
        )
        _conclude(exploration, broken, connection)
        return exploration
    if not _compatible(info.contract_version):
        raise UsageError(
            f"--implementation: {name} implements driver contract {info.contract_version}, "
            f"this suite speaks {CONTRACT_VERSION}; use a suite of the same major version"
        )
    problems = undeclarable(info.readings)
    if problems:
        raise UsageError(
            f"--implementation: {name} declares readings the suite does not know: "
            f"{'; '.join(problems)}"
        )
    reference_name = reference_for(info)
    exploration = Exploration(name, reference_name, budget, info)
    references = Connectable.parse(reference_name).open()
    pair = _Pair(lambda: _driver(references), lambda: connection.driver(None))
    declared = Declared.of(info.capabilities)
    found = _search(exploration, pair, declared, strict=False)
    if found is not None and not found.expressible:
        writable = _search(exploration, pair, declared, strict=True)
        if writable is not None:
            exploration.unwritable, found = found, writable
    if found is not None:
        _conclude(exploration, found, connection)
    return exploration


@dataclass(frozen=True)
class _Pair:
    """How to make a fresh reference and a fresh implementation driver."""

    reference: Callable[[], ReferenceDriver]
    implementation: Callable[[], Driver]


def _search(
    exploration: Exploration, pair: _Pair, declared: Declared, *, strict: bool
) -> Divergence | None:
    searched = search(
        pair.reference, pair.implementation, declared, exploration.budget, strict=strict
    )
    exploration.searches.append(searched)
    if searched.flaky:
        exploration.notes.append(
            f"a divergence did not happen again when replayed ({searched.flaky}); "
            "the implementation may not be deterministic"
        )
    found = searched.found
    if found is not None and exploration.budget.shrink and not found.slow:

        def make() -> Lockstep:  # as strict as the search: writable divergences only
            return Lockstep(pair.reference(), pair.implementation(), declared, strict=strict)

        replays = MAX_REPLAYS if found.kind != ERROR else ERROR_REPLAYS
        found = simplify(found, replayer(make), replays)
    return found


def _conclude(exploration: Exploration, found: Divergence, connection: Connection) -> None:
    exploration.divergence = found
    if not found.expressible:
        exploration.notes += [f"no scenario can show it: {why}" for why in found.obstacles]
        return
    readings = exploration.info.readings if exploration.info else {}
    try:
        scenario = Scenario.of(found, readings)
        for language in LANGUAGES:
            scenario.texts(language)
    except Untranslatable as error:
        exploration.notes.append(f"no scenario can show it: {error}")
        return
    exploration.scenario = scenario
    exploration.confirmation = confirm(scenario, exploration.reference, connection)


def confirm(scenario: Scenario, reference: str, connection: Connection) -> Confirmation:
    """Play the scenario in both languages on a fresh reference and on the implementation."""
    ours: dict[str, Played] = {}
    theirs: dict[str, Played] = {}
    for language in LANGUAGES:
        texts = scenario.texts(language)
        ours[language] = play(texts, language, _reference(reference))
        theirs[language] = play(texts, language, connection.driver(None))
    return Confirmation(ours, theirs)


def to_json(exploration: Exploration, files: Mapping[str, str] | None = None) -> dict[str, Any]:
    """``explore.json``: what was explored, what it cost, and what was found."""
    info = exploration.info
    budget = exploration.budget
    first = exploration.first_found
    found = exploration.divergence
    data: dict[str, Any] = {
        "implementation": exploration.implementation,
        "implementation_info": info.to_dict() if info else None,
        "reference": exploration.reference,
        "budget": {"examples": budget.examples, "steps": budget.steps, "seed": budget.seed},
        "run": {
            "examples": exploration.examples,
            "steps": exploration.steps,
            "seconds": round(exploration.seconds, 3),
            "first_divergence_after": (
                {"examples": first[0], "steps": first[1]} if first else None
            ),
        },
        "found": found is not None,
        "divergence": _divergence(found) if found else None,
        "unwritable": _divergence(exploration.unwritable) if exploration.unwritable else None,
        "notes": exploration.notes,
    }
    scenario = exploration.scenario
    if scenario is not None:
        confirmation = exploration.confirmation
        data["scenario"] = {
            "tags": list(scenario.tags),
            "titles": dict(scenario.titles),
            "files": dict(files or {}),
            "confirmed": None
            if confirmation is None
            else {
                "holds": confirmation.holds,
                "reference": {k: str(v) for k, v in confirmation.reference.items()},
                "implementation": {k: str(v) for k, v in confirmation.implementation.items()},
            },
        }
    return data


def _divergence(found: Divergence) -> dict[str, Any]:
    return {
        "kind": found.kind,
        "message": found.message,
        "detail": found.detail,
        "fields": list(found.fields),
        "writable": found.expressible,
        "obstacles": list(found.obstacles),
        "tenant": [{"step": g.step, **g.arguments} for g in found.tenant.givens],
        "config": found.tenant.settings(),
        "steps": [step.to_json() for step in found.steps],
        "then": [{"step": m.step, **m.arguments} for m in found.then],
        "reference": found.reference,
        "implementation": found.implementation,
    }


__all__ = [
    "Budget",
    "Confirmation",
    "Exploration",
    "UsageError",
    "explore",
    "reference_for",
    "to_json",
]
