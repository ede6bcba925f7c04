"""Step sequences that go where implementations go wrong: a Hypothesis state machine.

An example is a tenant (the Given steps, drawn in ``begin``) and then a sequence of moves
of the machine's one rule, each a command or a whole contact followed, half the time, by
time passing. The commands are valid and invalid (every command of the contract's table
that a step can say: choosing RONA or LoggedOut, offering to an Idle agent, resuming what
is not on hold, ...); the clock moves to the edges where behaviour changes: just before,
at and just after a pending request's limit and the start of its flashing (limit - 5 s),
a reload's restore, the 12 s of a Teams update and the 40 min of the first sync, a
timer's 59:59 -> 01:00:00; by whole seconds and by fractions. The edges are computed from
the reference's last snapshot and model, so they move with the tenant Hypothesis drew.
Nothing of a capability the implementation did not declare is generated.

Every list puts the simplest choice first (the default tenant, no offset, whole seconds,
a voice call): Hypothesis shrinks towards the first element, so a counterexample comes
out in the plainest words the features have.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import reject
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from agentstatus.contract import Driver
from agentstatus.contract.config import DEFAULT_CAPACITY, DEFAULT_RONA_TIMEOUTS
from agentstatus.contract.vocabulary import Channel
from agentstatus.explore.command import Meaning, advance, available
from agentstatus.explore.compare import Declared
from agentstatus.explore.lockstep import ERROR, Counter, Divergence, Lockstep, Unwritable
from agentstatus.explore.tenant import Tenant
from agentstatus.reference_impl.driver import ReferenceDriver

#: Where the clock goes next, measured from the reference's state.
EDGES = (
    "second",
    "limit",
    "flashing",
    "restore",
    "teams update",
    "first sync",
    "rollover",
    "minute",
    "hour",
)
WHOLE_OFFSETS: tuple[float, ...] = (0, -1, 1)
#: Fractions last: a counterexample shrinks to whole seconds wherever it can.
OFFSETS: tuple[float, ...] = (*WHOLE_OFFSETS, -0.001, 0.001, 0.5, -0.5)
TEAMS_UPDATE_SECONDS = 12
FIRST_SYNC_SECONDS = 40 * 60
ROLLOVER_SECONDS = 3600
#: Waits between the steps of a whole contact: none, or a mix that crosses minutes.
FLOW_WAITS: tuple[tuple[int, ...], ...] = ((0,) * 10, (4, 13, 0, 17, 29, 1, 75, 0, 4, 13))
#: How far a whole contact goes: a few steps, or to the end.
FLOW_STOPS = (4, 10)
#: Moves that are only the wait that follows them.
PAUSES = 8
#: Shrinking examples at most for an implementation that raised or broke: each replay of
#: a program that crashed starts it again.
ERROR_SHRINK_EXAMPLES = 60
IDLE_STATUSES = ("Idle:idle", "Idle:lunch", "Idle:meeting", "Idle:training")


class EnoughShrinking(BaseException):
    """Raised through Hypothesis (which lets a ``BaseException`` pass) to end shrinking
    once its budget is spent; the smallest divergence seen so far is the result."""


@dataclass
class Session:
    """What the examples of one search share: the two drivers, the counts, the budget."""

    #: A fresh driver per example: a desktop's clock starts at 0 each time, so that the same
    #: steps always meet the same times (a clock run on from the last example would not).
    reference: Callable[[], ReferenceDriver]
    implementation: Callable[[], Driver]
    declared: Declared
    strict: bool = False
    #: Examples and seconds of shrinking after the first divergence; past either, no new
    #: example runs (a hanging implementation would otherwise cost a timeout per shrink).
    #: The count keeps a seed's counterexample the same on every machine.
    shrink_examples: int = 300
    shrink_seconds: float = 30.0
    counter: Counter = field(default_factory=Counter)
    examples: int = 0
    first_found: tuple[int, int] | None = None
    found_at: float | None = None
    #: The smallest divergence seen: fewest steps and Givens, then fewest Then lines.
    best: Divergence | None = None
    #: Shrinking was cut short (Hypothesis may then call what it replays flaky: it is not).
    stopped: bool = False

    def record(self, divergence: Divergence) -> None:
        if self.first_found is None:
            self.first_found = (self.examples, self.counter.steps)
            self.found_at = time.monotonic()
        if divergence.kind == ERROR:  # each replay may restart a program: shrink less
            self.shrink_examples = min(self.shrink_examples, ERROR_SHRINK_EXAMPLES)
        if divergence.slow:  # each replay would wait for a timeout again
            self.stopped = True
        if self.best is None or _size(divergence) < _size(self.best):
            self.best = divergence

    def check_budget(self) -> None:
        if self.found_at is None or self.first_found is None:
            return
        if (
            self.stopped
            or self.examples - self.first_found[0] > self.shrink_examples
            or time.monotonic() - self.found_at > self.shrink_seconds
        ):
            self.stopped = True
            raise EnoughShrinking


def _size(divergence: Divergence) -> tuple[int, int, int]:
    return (
        len(divergence.obstacles),
        len(divergence.steps) + len(divergence.tenant.givens),
        len(divergence.then),
    )


def _maybe(values: list[Any]) -> st.SearchStrategy[Any]:
    """``None`` (leave the default) most of the time, else one of ``values``."""
    return st.sampled_from([None, None, None, *values])


# Made once: a strategy made inside a draw is analysed by Hypothesis at every draw.
_TIMEOUT = _maybe([8, 9, 3, 30, 18, 60])
_DEFAULT_REASON = _maybe(["Idle:lunch", "Idle:meeting"])
_MISSING_REASON = _maybe(["Idle:training", "Idle:meeting", "Idle:lunch"])
_OUTDIAL_ANSWER = st.sampled_from([None, "yes", "no"])
_CAPACITY = _maybe([0, 1, 2, 3])
_WRONG_NUMBER = st.sampled_from([False, False, False, True])
_RESTORE = _maybe([0, 1, 5])


def tenants(declared: Declared) -> st.SearchStrategy[Tenant]:
    """Configurations a feature can set, differing from the defaults where limits matter."""
    channels = [channel for channel in Channel if channel.value in declared.channels]

    @st.composite
    def draw_tenant(draw: st.DrawFn) -> Tenant:
        givens: list[Meaning] = []
        for channel in channels:
            seconds = draw(_TIMEOUT)
            if seconds is not None and seconds != DEFAULT_RONA_TIMEOUTS[channel]:
                givens.append(Meaning.of("rona_timeout", channel=channel.value, seconds=seconds))
        default = draw(_DEFAULT_REASON)
        if default is not None:
            givens.append(Meaning.of("default_idle_reason", status=default))
        missing = draw(_MISSING_REASON)
        if missing is not None and missing != (default or "Idle:idle"):
            givens.append(Meaning.of("idle_reason_not_configured", status=missing))
        if declared.has("outdial"):
            answer = draw(_OUTDIAL_ANSWER)
            if answer is not None:
                givens.append(Meaning.of("available_after_outdial", answer=answer))
        for channel in channels:
            capacity = draw(_CAPACITY)
            if capacity is not None and capacity != DEFAULT_CAPACITY[channel]:
                givens.append(
                    Meaning.of("channel_capacity", channel=channel.value, capacity=capacity)
                )
        if declared.has("teams_presence_sync") and draw(st.booleans()):
            givens.append(Meaning.of("teams_presence_sync"))
        if draw(_WRONG_NUMBER):
            givens.append(Meaning.of("wrong_dial_number"))
        restore = draw(_RESTORE)
        if restore is not None:
            givens.append(Meaning.of("reload_restore_time", seconds=restore))
        return Tenant(tuple(givens))

    return draw_tenant()


def _status_choices() -> list[Meaning]:
    return [
        *[Meaning.of("log_in")] * 3,
        *[Meaning.of("choose_status", status="Available")] * 4,
        *[Meaning.of("choose_status", status=status) for status in IDLE_STATUSES],
        *[Meaning.of("choose_status", status="RONA")] * 2,
        Meaning.of("choose_status", status="LoggedOut"),
        Meaning.of("click_rona_option", option="go_to_idle"),
        Meaning.of("click_rona_option", option="go_to_available"),
        Meaning.of("supervisor_logs_out"),
    ]


def _desktop_choices(declared: Declared) -> list[Meaning]:
    found = [
        Meaning.of("reload_desktop"),
        Meaning.of("reopen_browser", cache=False),
        Meaning.of("reopen_browser", cache=True),
        Meaning.of("desktop_loses_focus"),
        Meaning.of("desktop_regains_focus"),
    ]
    if declared.has("supervisor_monitoring"):
        found += [
            Meaning.of("start_monitoring", failed=False),
            Meaning.of("start_monitoring", failed=True),
            Meaning.of("pause_monitoring"),
            Meaning.of("resume_monitoring", failed=False),
            Meaning.of("resume_monitoring", failed=True),
            Meaning.of("monitoring_breaks_off"),
        ]
    return found


CONSULT_STEPS = ("request_consult", "consulted_agent_answers", "hold_consulted_agent")
INTERACTION_STEPS = (
    "end_interaction",
    "complete_wrap_up",
    "put_on_hold",
    "resume",
    "request_conference",
    "conference_established",
)


def _contact_steps(declared: Declared) -> list[str]:
    found = [
        "accept_request",
        *INTERACTION_STEPS[:2] * 2,
        *INTERACTION_STEPS,
        *CONSULT_STEPS,
        "call_cannot_reach_agent",
    ]
    return [*found, "place_outdial"] if declared.has("outdial") else found


def _flows(declared: Declared) -> list[tuple[str, tuple[str, ...]]]:
    """Whole contacts, channel first: every interaction state, and monitoring of a call."""
    end = ("end_interaction", "complete_wrap_up")
    flows: list[tuple[str, tuple[str, ...]]] = [
        (
            "voice",
            (
                "put_on_hold",
                "resume",
                *CONSULT_STEPS,
                "resume",
                "conference_established",
                *end,
            ),
        ),
        ("chat", ("request_conference", "conference_established", *end)),
        ("email", end),
        ("voice", ("put_on_hold", "request_consult", "consulted_agent_answers", *end)),
    ]
    if declared.has("supervisor_monitoring"):
        flows.append(
            (
                "voice",
                (
                    "start_monitoring",
                    "put_on_hold",
                    "pause_monitoring",
                    "resume",
                    "resume_monitoring",
                    "monitoring_breaks_off",
                    *end,
                ),
            )
        )
    if "campaign" in declared.channels:
        flows.append(("campaign", ("request_consult", "consulted_agent_answers", *end)))
    if "social" in declared.channels:
        flows.append(("social", ("request_conference", "conference_established", *end)))
    if declared.has("outdial"):
        flows.append(("outdial", ("put_on_hold", "resume", *end)))
    return flows


def _flow_step(step: str, channel: str) -> Meaning:
    if step == "accept_request":
        return Meaning.of(step, channel=channel)
    if step in ("start_monitoring", "resume_monitoring"):
        return Meaning.of(step, failed=False)
    if step in (*CONSULT_STEPS, "pause_monitoring", "monitoring_breaks_off"):
        return Meaning.of(step)
    return Meaning.of(step, interaction=channel)


def _timer_seconds(timer: Any) -> list[int]:
    found = []
    for part in str(timer or "").split("/"):
        if part:
            total = 0
            for piece in part.split(":"):
                total = total * 60 + int(piece)
            found.append(total)
    return found


def all_moves(declared: Declared, channels: list[str], strict: bool) -> list[tuple[Any, ...]]:
    """Everything the explorer does, as one list: the rule draws one element (one draw is
    the cheapest thing Hypothesis does, and a sequence shrinks towards the first). Whole
    contacts are moves too, so that one rule is all there is: with several, Hypothesis
    turns some off in each example (swarm testing), and an example without commands
    explores nothing."""
    moves: list[tuple[Any, ...]] = [("do", m) for m in _status_choices()] * 3
    requests: list[tuple[Any, ...]] = []
    for channel in channels:
        requests += [("request", channel, None), *[("request", channel, "accept")] * 2]
        if channel == "voice":
            requests += [("request", channel, cause) for cause in ("network", "phone", "device")]
    moves += requests * 2
    # A request, then time to the edge of its own limit (and maybe an accept just before).
    for channel in channels:
        moves += [
            ("request", channel, ("flashing", 0, False)),
            ("request", channel, ("limit", 0, False)),
            ("request", channel, ("limit", -1, True)),
        ]
        if not strict:
            moves.append(("request", channel, ("limit", -0.001, True)))
    moves += [("contact", step, pick) for step in _contact_steps(declared) for pick in range(3)]
    moves += [("do", m) for m in _desktop_choices(declared)]
    moves += [
        ("flow", flow, stop, waits)
        for flow in _flows(declared)
        for stop in FLOW_STOPS
        for waits in FLOW_WAITS
    ]
    return [*moves, *[("pause",)] * PAUSES]


def _waits(offsets: tuple[float, ...]) -> list[tuple[str, float, int] | None]:
    """Where the clock may go after a move: nowhere half the time, else an edge; whole
    offsets first."""
    plans = [(edge, offset, pick) for offset in offsets for edge in EDGES for pick in range(4)]
    return [*[None] * len(plans), *plans]


def machine(session: Session) -> type[RuleBasedStateMachine]:
    """The state machine of one search, bound to its session's drivers."""
    declared = session.declared
    channels: list[str] = [c.value for c in Channel if c.value in declared.channels]
    moves = all_moves(declared, channels, session.strict)
    offsets = WHOLE_OFFSETS if session.strict else OFFSETS
    waits = _waits(offsets)

    class Explorer(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            session.examples += 1
            self.lock = Lockstep(
                session.reference(),
                session.implementation(),
                declared,
                strict=session.strict,
                counter=session.counter,
            )

        def _run(self, call: Callable[[], None]) -> None:
            try:
                call()
            except Unwritable:
                reject()
            except Divergence as found:
                session.record(found)
                raise

        def do(self, meaning: Meaning) -> None:
            if available(meaning, self.lock.contacts):
                self._run(lambda: self.lock.act(meaning))

        @initialize(
            tenant=tenants(declared),
            login=st.sampled_from([False, True, True, True]),
            ready=st.booleans(),
        )
        def begin(self, tenant: Tenant, login: bool, ready: bool) -> None:
            """A fresh desktop; often logged in and Available, where most rules apply."""
            session.check_budget()
            self._run(lambda: self.lock.start(tenant))
            if login:
                self.do(Meaning.of("log_in"))
                if ready:
                    self.do(Meaning.of("choose_status", status="Available"))

        @rule(move=st.sampled_from(moves), wait=st.sampled_from(waits))
        def step(self, move: tuple[Any, ...], wait: tuple[str, float, int] | None) -> None:
            """A command (valid or not) or a whole contact, then perhaps time passing to
            just before, at or just after an edge."""
            kind = move[0]
            if kind == "do":
                self.do(move[1])
            elif kind == "request":
                self._request(move[1], move[2])
            elif kind == "contact":
                self._contact(move[1], move[2])
            elif kind == "flow":
                self._flow(*move[1:])
            if wait is not None:
                self._wait(*wait)

        def _flow(
            self, flow: tuple[str, tuple[str, ...]], stop: int, waits: tuple[int, ...]
        ) -> None:
            """A whole contact: offered, accepted, taken through its states, maybe ended."""
            channel, path = flow
            if channel == "outdial":
                self.do(Meaning.of("place_outdial"))
            else:
                self.do(Meaning.of("request_comes_in", channel=channel))
                path = ("accept_request", *path)
            for step, wait in zip(path[:stop], waits, strict=False):
                if wait:
                    self.do(advance(wait))
                self.do(_flow_step(step, channel))

        def _request(self, channel: str, then: Any) -> None:
            """A request comes in; perhaps it is accepted at once, the call fails, or time
            passes to the edge of its limit (then perhaps it is accepted)."""
            self.do(Meaning.of("request_comes_in", channel=channel))
            if then == "accept":
                self.do(Meaning.of("accept_request", channel=channel))
            elif isinstance(then, tuple):
                edge, offset, accept = then
                limit = float(self.lock.tenant.config.rona_timeouts[Channel(channel)])
                seconds = limit - 5 if edge == "flashing" and limit > 5 else limit
                self.do(advance(max(0.0, round(seconds + offset, 6))))
                if accept:
                    self.do(Meaning.of("accept_request", channel=channel))
            elif then is not None:
                self.do(Meaning.of("call_cannot_reach_agent", cause=then))

        def _contact(self, step: str, pick: int) -> None:
            """An action on one of the contacts the scenario has named (or a new outdial)."""
            named = sorted(self.lock.contacts.latest)
            if step in CONSULT_STEPS or step == "place_outdial":
                self.do(Meaning.of(step))
            elif step == "call_cannot_reach_agent":
                self.do(Meaning.of(step, cause="network"))
            elif step == "accept_request":
                offered = [c for c in named if c != "outdial"]
                if offered:
                    self.do(Meaning.of(step, channel=offered[pick % len(offered)]))
            elif named:
                self.do(Meaning.of(step, interaction=named[pick % len(named)]))

        def _wait(self, edge: str, offset: float, pick: int) -> None:
            seconds = self._edge(edge, pick) + offset
            self.do(advance(max(0.0, round(seconds, 6))))

        def _edge(self, edge: str, pick: int) -> float:
            snapshot = self.lock.last
            desktop = self.lock.ranges.desktop
            now = self.lock.ranges.now()
            if edge in ("limit", "flashing"):
                offers = snapshot["offers"]
                if offers:
                    limit = float(offers[pick % len(offers)]["remaining_seconds"])
                else:
                    timeouts = self.lock.tenant.config.rona_timeouts
                    limit = float(timeouts[Channel(channels[pick % len(channels)])])
                return limit - 5 if edge == "flashing" and limit > 5 else limit
            if edge == "restore":
                until = desktop.restoring_until
                restore = self.lock.tenant.config.reload_restore_seconds
                return until - now if until is not None else float(restore)
            if edge == "teams update":
                return TEAMS_UPDATE_SECONDS
            if edge == "first sync":
                due = desktop.teams.first_sync_due
                return due - now if due is not None else FIRST_SYNC_SECONDS
            if edge == "rollover":
                shown = _timer_seconds(snapshot["state_timer"])
                for interaction in snapshot["interactions"]:
                    shown += _timer_seconds(interaction["connected_timer"])
                    shown += _timer_seconds(interaction["state_timer"])
                below = [s for s in shown if s < ROLLOVER_SECONDS]
                return ROLLOVER_SECONDS - below[pick % len(below)] if below else ROLLOVER_SECONDS
            return {"second": 1, "minute": 60, "hour": 3600}[edge]

    return Explorer
