"""The reference and the implementation side by side: every step on both, then compared.

Each step (a command or time passing) goes to the reference first and then to the
implementation, and both answers and both snapshots are compared before the next step.
The first difference ends the example with a ``Divergence`` that holds everything a
scenario needs: the tenant, the steps so far (with the reference's answers, which decide
where "Then ... is refused" goes), and the Then meanings that pass on the reference and
fail on the implementation. Whatever the implementation does wrong (it raises, answers
nonsense, hangs or exits: ``ImplementationFault``) is a divergence of kind ``error``;
nothing it does can stop the explorer.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from agentstatus.contract import Accepted, CommandResult, Driver, parse_command
from agentstatus.contract.errors import shown
from agentstatus.explore.checks import candidates, failing, one_per_field, status_meaning
from agentstatus.explore.command import (
    REFUSABLE,
    TIME_PASSES,
    Contacts,
    Meaning,
    advance,
    command_for,
)
from agentstatus.explore.compare import Declared, differences, within_a_second
from agentstatus.explore.ranges import Ranges, Tolerance
from agentstatus.explore.tenant import Tenant
from agentstatus.harness.validation import ContractViolation, check_result, check_snapshot
from agentstatus.reference_impl.driver import ReferenceDriver
from agentstatus.steps.expectations import LastCommand

T = TypeVar("T")
Snapshot = Mapping[str, Any]

ACCEPTED = "accepted"
ERROR = "error"
#: Fields a divergence's message describes value by value; the others it names.
SHOWN_FIELDS = 3
#: A failure that took this long was a timeout, not an answer.
SLOW_SECONDS = 1.0


@dataclass(frozen=True)
class Step:
    """One step as both sides took it: ``None`` answers for time passing, else ``accepted``,
    a rejection code, or ``error``."""

    meaning: Meaning
    command: dict[str, Any] | None = None
    reference: str | None = None
    implementation: str | None = None

    @property
    def refused(self) -> bool:
        return self.reference not in (None, ACCEPTED)

    def to_json(self) -> dict[str, Any]:
        if self.command is None:
            return {"advance": self.meaning.get("seconds")}
        return {
            "command": self.command,
            "reference": self.reference,
            "implementation": self.implementation,
        }


class Divergence(Exception):
    """The implementation did not do what the reference did; ``then`` says how to show it."""

    def __init__(
        self,
        kind: str,
        message: str,
        *,
        tenant: Tenant,
        steps: Sequence[Step],
        then: Sequence[Meaning],
        wrong: Sequence[Meaning] = (),
        fields: Sequence[str] = (),
        obstacles: Sequence[str] = (),
        reference: Snapshot | None = None,
        implementation: Any = None,
        detail: str = "",
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        #: The whole of what the implementation said when it failed (its standard error).
        self.detail = detail
        self.tenant = tenant
        self.steps = tuple(steps)
        self.then = tuple(then)
        #: The Then meanings that fail on the implementation (the others pass on both).
        self.wrong = tuple(wrong)
        self.fields = tuple(fields)
        #: Why no scenario can show it (a fraction of a second, a refusal no step names).
        self.obstacles = tuple(obstacles)
        #: The implementation took a second or more to fail (a timeout): every replay
        #: would cost as much, so such a divergence is not shrunk.
        self.slow = False
        self.reference = reference
        self.implementation = implementation

    @property
    def expressible(self) -> bool:
        return not self.obstacles

    def key(self) -> tuple[Any, ...]:
        """What makes two divergences the same counterexample."""
        return (self.kind, self.tenant, tuple(s.meaning for s in self.steps), self.then)


class Unwritable(Exception):
    """A divergence no scenario can show, where only writable ones are wanted."""


@dataclass
class Counter:
    steps: int = 0


def _outcome(result: CommandResult) -> str:
    return ACCEPTED if isinstance(result, Accepted) else result.code


def _whole(seconds: float) -> float:
    """Whole seconds as an ``int``, so that 18.0 prints and compares as 18."""
    return int(seconds) if float(seconds).is_integer() else seconds


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


@dataclass
class Lockstep:
    """One example: the two drivers, the steps taken, the contacts named."""

    reference: ReferenceDriver
    implementation: Driver
    declared: Declared
    #: Raise only divergences a scenario can show (``Unwritable`` for the others).
    strict: bool = False
    counter: Counter = field(default_factory=Counter)

    def start(self, tenant: Tenant) -> None:
        self.tenant = tenant
        self.steps: list[Step] = []
        self.contacts = Contacts()
        self.obstacles: list[str] = []
        #: The scenario's last command and the time since (the state timer's lag, INT-24).
        self.lag: LastCommand | None = None
        config = tenant.config
        self.reference.start(config)
        self.ranges = Ranges(self.reference)
        self._guard("start", lambda: self.implementation.start(config))
        self._observe()

    # ----------------------------------------------------------------- steps

    def act(self, meaning: Meaning) -> None:
        if meaning.step == TIME_PASSES:
            self.advance(meaning.get("seconds"))
            return
        self.counter.steps += 1
        sent = command_for(meaning, self.contacts)
        assert sent is not None
        command = parse_command(sent)
        before = self._theirs
        ours = self.reference.send(command)
        self.ranges.after_command()
        started = time.perf_counter()
        try:
            theirs = check_result(command, self.implementation.send(command))
        except Exception as error:
            self.steps.append(Step(meaning, sent, _outcome(ours), ERROR))
            failed = self._failed("send", error)
            failed.slow = time.perf_counter() - started >= SLOW_SECONDS
            raise failed from None
        self.steps.append(Step(meaning, sent, _outcome(ours), _outcome(theirs)))
        unsaid = not isinstance(ours, Accepted) and command.name not in REFUSABLE
        if not (unsaid and not isinstance(theirs, Accepted)):  # a scenario leaves those out
            self.lag = LastCommand(before, 0.0)
        if isinstance(ours, Accepted) != isinstance(theirs, Accepted):
            self._answers_differ(command.name, ours, theirs)
        self._observe()

    def advance(self, seconds: float) -> None:
        self.counter.steps += 1
        seconds = _whole(self.ranges.clamp(round(max(0.0, seconds), 6)))
        self.ranges.before_advance()
        self.reference.advance(seconds)
        self.ranges.after_advance()
        self.steps.append(Step(advance(seconds)))
        if not isinstance(seconds, int):
            self.obstacles.append(
                f"{seconds} s is not a whole number of seconds, and time passes in whole "
                "seconds in a scenario"
            )
            if self.strict:
                raise Unwritable(self.obstacles[-1])
        self._guard("advance", lambda: self.implementation.advance(seconds))
        if self.lag is not None:
            self.lag = LastCommand(self.lag.before, self.lag.seconds_since + seconds)
        self._observe()

    @property
    def last(self) -> Snapshot:
        """The reference's snapshot after the last step."""
        return self._last

    # ------------------------------------------------------------- comparing

    def _observe(self) -> None:
        ours = self.reference.snapshot()
        self._last = ours
        theirs = self._guard("snapshot", self.implementation.snapshot)
        if theirs == ours:
            self._theirs = theirs
            return
        try:
            check_snapshot(theirs)
        except ContractViolation as violation:
            raise self._failed("snapshot", violation) from None
        self._theirs = theirs
        fields = differences(ours, theirs, self.declared, self._tolerance())
        if fields:
            described = "; ".join(
                f"{name}: the reference shows {shown(ours[name])}, the implementation "
                f"{shown(theirs.get(name))}"
                for name in fields[:SHOWN_FIELDS]
            )
            if len(fields) > SHOWN_FIELDS:
                described += f"; and {', '.join(fields[SHOWN_FIELDS:])}"
            self._diverge("snapshot", described, ours, theirs, fields=fields)

    def _answers_differ(self, name: str, ours: CommandResult, theirs: CommandResult) -> None:
        first: list[Meaning] = []
        if not isinstance(ours, Accepted):
            if name in REFUSABLE:
                first.append(Meaning.of("command_is_refused", thing=name))
            else:
                self.obstacles.append(
                    f"the reference refuses {name} ({ours.code}), and no step says that "
                    f"{name} is refused"
                )
        message = (
            f"{name}: the reference {'accepts' if isinstance(ours, Accepted) else 'refuses'} "
            f"it{'' if isinstance(ours, Accepted) else f' ({ours.code})'}, the implementation "
            f"{'accepts' if isinstance(theirs, Accepted) else f'refuses it ({theirs.code})'}"
        )
        snapshot = self.reference.snapshot()
        self._last = snapshot
        theirs_shown = self._guard("snapshot", self.implementation.snapshot)
        self._diverge("result", message, snapshot, theirs_shown, first=first)

    def _diverge(
        self,
        kind: str,
        message: str,
        ours: Snapshot,
        theirs: Any,
        *,
        fields: Sequence[str] = (),
        first: Sequence[Meaning] = (),
    ) -> None:
        tolerance = self._tolerance()
        found = candidates(ours, self.contacts, self.declared, tolerance)
        wrong = (
            failing(found, theirs, self.contacts, self.lag) if isinstance(theirs, Mapping) else []
        )
        if tolerance.timer_slack and isinstance(theirs, Mapping):
            slack = within_a_second(ours["state_timer"], theirs.get("state_timer"))
            wrong = [m for m in wrong if not (slack and m.step == "state_timer_shows")]
        wrong = one_per_field(wrong)
        status = status_meaning(ours)
        then = [*first, *([status] if status else []), *(m for m in wrong if m != status)]
        obstacles = list(self.obstacles)
        if kind == "snapshot" and not wrong:
            obstacles.append(
                f"no Then step names what differs ({', '.join(fields)}) of the contacts a "
                "scenario can name"
            )
        if self.strict and obstacles:
            if kind == "snapshot" and not self.obstacles:
                return  # not visible to a step yet; a later step may show it
            raise Unwritable(obstacles[-1])
        raise Divergence(
            kind,
            message,
            tenant=self.tenant,
            steps=self.steps,
            then=then,
            wrong=[*first, *wrong],
            fields=fields,
            obstacles=obstacles,
            reference=ours,
            implementation=theirs,
        )

    def _tolerance(self) -> Tolerance:
        return replace(self.ranges.tolerance(), last=self.lag)

    def _guard(self, op: str, call: Callable[[], T]) -> T:
        started = time.perf_counter()
        try:
            return call()
        except Exception as error:
            failed = self._failed(op, error)
            failed.slow = time.perf_counter() - started >= SLOW_SECONDS
            raise failed from None

    def _failed(self, op: str, error: BaseException) -> Divergence:
        """The implementation raised (or broke the contract) during ``op``."""
        ours = self.reference.snapshot()
        status = status_meaning(ours)
        first: list[Meaning] = []
        obstacles = list(self.obstacles)
        last = self.steps[-1] if self.steps and op == "send" else None
        if last is not None and last.refused and last.command is not None:
            name = last.command["command"]
            if name in REFUSABLE:
                first.append(Meaning.of("command_is_refused", thing=name))
            else:
                obstacles.append(
                    f"the reference refuses {name} ({last.reference}), and no step says that "
                    f"{name} is refused"
                )
        if self.strict and obstacles:
            raise Unwritable(obstacles[-1])
        return Divergence(
            ERROR,
            f"the implementation failed during {op}: {_first_line(error)}",
            detail=str(error),
            tenant=self.tenant,
            steps=self.steps,
            then=[*first, *([status] if status else [])],
            wrong=first,
            obstacles=obstacles,
            reference=ours,
            implementation=None,
        )
