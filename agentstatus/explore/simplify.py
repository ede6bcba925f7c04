"""Shrinking the rest of the way: replaying the steps themselves, without each one.

Hypothesis shrinks the choices it made, and some steps survive that: a step whose choice
names "the second contact" decodes differently once an earlier step is gone, and a refused
command that changed nothing may still sit in the middle. Replaying the counterexample's
own steps (not the choices) without one step at a time, without one Given at a time, with
two waits joined and with a fraction of a second rounded to a whole one, and keeping every
change after which the implementation still diverges the same way, leaves the scenario a
person wants to read, and turns a divergence first seen at 17.999 s into one a feature can
say when one exists. It is deterministic: the same counterexample simplifies the same way.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence

from agentstatus.contract.config import DEFAULT_RONA_TIMEOUTS
from agentstatus.contract.vocabulary import Channel
from agentstatus.explore.command import TIME_PASSES, Meaning, advance, available
from agentstatus.explore.lockstep import Divergence, Lockstep, Unwritable
from agentstatus.explore.tenant import Tenant

#: Replays at most; each is one example of at most a few dozen steps.
MAX_REPLAYS = 400
#: How far before its limit a request's accept button flashes (RONA-3).
FLASH_SECONDS = 5

Replay = Callable[[Tenant, Sequence[Meaning]], Divergence | None]


def replayer(make: Callable[[], Lockstep]) -> Replay:
    """Run ``steps`` on a fresh pair of desktops; the divergence they end in, if any."""

    def replay(tenant: Tenant, steps: Sequence[Meaning]) -> Divergence | None:
        lock = make()
        try:
            lock.start(tenant)
            for meaning in steps:
                if available(meaning, lock.contacts):
                    lock.act(meaning)
        except Divergence as found:
            return found
        except Unwritable:  # a strict replay met one no scenario can show
            return None
        return None

    return replay


def _alike(found: Divergence | None, best: Divergence) -> bool:
    """The same divergence, seen no less well: same kind, a field in common, and writable
    whenever the one it replaces was."""
    if found is None or found.kind != best.kind:
        return False
    if best.expressible and not found.expressible:
        return False
    return not best.fields or bool(set(found.fields) & set(best.fields))


#: Channels from the plainest (a voice call, core) to those that need a capability.
CHANNEL_ORDER = ("voice", "chat", "email", "social", "campaign")
_NAMED = ("channel", "interaction")


def _channels(tenant: Tenant, steps: Sequence[Meaning]) -> list[str]:
    """The channels a counterexample names, in the order it first names them."""
    found: list[str] = []
    for meaning in (*tenant.givens, *steps):
        for name in _NAMED:
            value = meaning.get(name)
            if value in CHANNEL_ORDER and value not in found:
                found.append(value)
    return found


def _size(divergence: Divergence) -> tuple[int, int, int, int]:
    steps = [s.meaning for s in divergence.steps]
    return (
        len(divergence.obstacles),
        len(steps) + len(divergence.tenant.givens),
        sum(1 for s in divergence.steps if s.refused),
        sum(CHANNEL_ORDER.index(c) for c in _channels(divergence.tenant, steps)),
    )


def _renamed(meaning: Meaning, old: str, new: str) -> Meaning:
    return Meaning(
        meaning.step, tuple((k, new if k in _NAMED and v == old else v) for k, v in meaning.args)
    )


def _moved(steps: Sequence[Meaning], given: Meaning) -> list[Meaning]:
    """The steps with every wait near a configured limit moved as far as the limit moves
    when it is the default again: 3 s past a limit of 3 s becomes 18 s past 18 s."""
    limit = given.get("seconds")
    shift = DEFAULT_RONA_TIMEOUTS[Channel(given.get("channel"))] - limit
    moved = []
    for meaning in steps:
        seconds = meaning.get("seconds")
        near = meaning.step == TIME_PASSES and abs(seconds - limit) <= FLASH_SECONDS
        moved.append(advance(seconds + shift) if near else meaning)
    return moved


def _variants(divergence: Divergence) -> Iterator[tuple[Tenant, list[Meaning]]]:
    """Smaller or plainer versions of a counterexample, the most promising first."""
    tenant = divergence.tenant
    steps = [s.meaning for s in divergence.steps]
    for index, meaning in enumerate(steps):
        if meaning.step == TIME_PASSES:
            seconds = float(meaning.get("seconds"))
            if not seconds.is_integer():
                for whole in (math.floor(seconds), math.ceil(seconds)):
                    yield tenant, [*steps[:index], advance(whole), *steps[index + 1 :]]
    for index in reversed(range(len(steps))):
        yield tenant, steps[:index] + steps[index + 1 :]
    for index in range(len(steps) - 1):
        first, second = steps[index], steps[index + 1]
        if first.step == second.step == TIME_PASSES:
            joined = advance(first.get("seconds") + second.get("seconds"))
            yield tenant, [*steps[:index], joined, *steps[index + 2 :]]
    for index, given in enumerate(tenant.givens):
        givens = tenant.givens[:index] + tenant.givens[index + 1 :]
        yield Tenant(givens), steps
        if given.step == "rona_timeout":  # the default limit, the waits moved with it
            yield Tenant(givens), _moved(steps, given)
    used = _channels(tenant, steps)
    for old in used:
        for new in CHANNEL_ORDER[: CHANNEL_ORDER.index(old)]:
            if new not in used:
                renamed = Tenant(tuple(_renamed(g, old, new) for g in tenant.givens))
                yield renamed, [_renamed(m, old, new) for m in steps]


def _shorter_waits(best: Divergence, replay: Replay, budget: int) -> tuple[Divergence, int]:
    """Each whole wait as short as it can be and still show the divergence (a binary
    search, so a wait of 29 s becomes the 18 s of the limit it crossed)."""
    replays = 0
    for index in range(len(best.steps)):
        if index >= len(best.steps):
            break
        meaning = best.steps[index].meaning
        seconds = meaning.get("seconds")
        if meaning.step != TIME_PASSES or not isinstance(seconds, int) or seconds < 2:
            continue
        low, high = 0, seconds
        while high - low > 1 and replays < budget:
            middle = (low + high) // 2
            steps = [s.meaning for s in best.steps]
            steps[index] = advance(middle)
            replays += 1
            found = replay(best.tenant, steps)
            if found is not None and _alike(found, best) and _size(found) <= _size(best):
                best, high = found, middle
            else:
                low = middle
    return best, replays


def simplify(divergence: Divergence, replay: Replay, budget: int = MAX_REPLAYS) -> Divergence:
    """The smallest, plainest divergence of the same kind that replaying finds."""
    best = divergence
    replays = 0
    improved = True
    while improved and replays < budget:
        improved = False
        for tenant, steps in _variants(best):
            if replays >= budget:
                break
            replays += 1
            found = replay(tenant, steps)
            if found is not None and _alike(found, best) and _size(found) < _size(best):
                best, improved = found, True
                break
    best, _ = _shorter_waits(best, replay, max(0, budget - replays))
    return best
