"""A small declarative vocabulary for transition tables, in the style of python-statemachine.

``available.to(rona)`` is one transition; ``|`` joins transitions into an event;
``when=`` lists named guards that must all hold. A ``StateTable`` answers one question —
given a state and an event, which transition applies, or why none does — and can print
itself as the human-readable table in the docs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar

from agentstatus.contract.errors import Rejection

S = TypeVar("S", bound=Enum)


@dataclass(frozen=True)
class Guard:
    """A named predicate with the rejection to give when it does not hold."""

    name: str
    predicate: Callable[[Any], bool]
    code: str
    message: str

    def __call__(self, context: Any) -> bool:
        return self.predicate(context)

    def __invert__(self) -> Guard:
        return Guard(f"not {self.name}", lambda c: not self.predicate(c), self.code, self.message)


@dataclass(frozen=True)
class Transition(Generic[S]):
    source: S
    target: S
    guards: tuple[Guard, ...] = ()
    internal: bool = False  # stays in the source state without re-entering it

    def __or__(self, other: Transition[S] | Transitions[S]) -> Transitions[S]:
        return Transitions((self,)) | other


@dataclass(frozen=True)
class Transitions(Generic[S]):
    items: tuple[Transition[S], ...]

    def __or__(self, other: Transition[S] | Transitions[S]) -> Transitions[S]:
        more = other.items if isinstance(other, Transitions) else (other,)
        return Transitions(self.items + more)

    def __iter__(self) -> Iterator[Transition[S]]:
        return iter(self.items)


class From(Generic[S]):
    """A state as the left-hand side of a transition: ``From(IDLE).to(AVAILABLE)``."""

    def __init__(self, *states: S) -> None:
        self.states = states

    def to(self, target: S, *, when: tuple[Guard, ...] = ()) -> Transitions[S]:
        return Transitions(tuple(Transition(s, target, when) for s in self.states))

    def stays(self, *, when: tuple[Guard, ...] = ()) -> Transitions[S]:
        return Transitions(tuple(Transition(s, s, when, internal=True) for s in self.states))

    def __or__(self, other: From[S]) -> From[S]:
        return From(*self.states, *other.states)


class StateTable(Generic[S]):
    def __init__(self, name: str, events: Mapping[str, Transitions[S]]) -> None:
        self.name = name
        self.events = dict(events)

    def fire(self, event: str, current: S, context: Any) -> Transition[S] | Rejection:
        """The first transition from ``current`` whose guards all hold, or why none applies."""
        failed: Guard | None = None
        for transition in self.events[event]:
            if transition.source != current:
                continue
            failing = next((g for g in transition.guards if not g(context)), None)
            if failing is None:
                return transition
            failed = failed or failing
        if failed is not None:
            return Rejection(failed.code, failed.message)
        allowed = sorted({str(t.source.value) for t in self.events[event]})
        return Rejection(
            "not_allowed_in_state",
            f"{event} is not possible while {self.name} is {current.value}; "
            f"it is possible from {', '.join(allowed)}",
        )

    def rows(self) -> Iterator[tuple[str, str, str, str]]:
        """(event, source, guards, target) for every transition, in declaration order."""
        for event, transitions in self.events.items():
            for t in transitions:
                guards = " and ".join(g.name for g in t.guards) or "—"
                target = f"{t.target.value} (stays)" if t.internal else str(t.target.value)
                yield event, str(t.source.value), guards, target

    def to_markdown(self) -> str:
        lines = [
            f"### {self.name}",
            "",
            "| event | from | guard | to |",
            "|---|---|---|---|",
        ]
        lines += [f"| {e} | {s} | {g} | {t} |" for e, s, g, t in self.rows()]
        return "\n".join(lines) + "\n"
