"""Deliberately broken implementations, to prove the suite notices what they break.

A conformance suite that passes everything proves nothing; each *fauxmplementation* here
is the reference with exactly one rule broken (or one way of failing the contract), and
the suite's own tests check that running the suite against it reports the right
scenarios as failing, and that a crash or a garbage answer becomes a reported outcome
rather than a crashed run. They are reached like any implementation:
``--implementation faux:never-rona``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from agentstatus import __version__
from agentstatus.contract import (
    Accepted,
    Command,
    CommandResult,
    ImplementationInfo,
    Rejection,
    TenantConfig,
)
from agentstatus.contract.vocabulary import AgentState, Channel
from agentstatus.reference_impl.desktop import Desktop, Offer
from agentstatus.reference_impl.driver import ReferenceDriver

Tick = Callable[[float], Any]


class FauxDriver(ReferenceDriver):
    """The reference driver with one rule broken; ``breaks`` says which, for people."""

    ident = "faux"
    breaks = ""
    desktop_class: type[Desktop] = Desktop

    def info(self) -> ImplementationInfo:
        return ImplementationInfo(
            f"faux:{self.ident} (breaks: {self.breaks})", __version__, "python"
        )

    def start(self, config: TenantConfig) -> None:
        self._desktop = self.desktop_class(config, self._clock)


# ------------------------------------------------------------------ broken rules


class _NeverRonaDesktop(Desktop):
    def _offer_unanswered(self, offer: Offer, at: float) -> None:
        del self.offers[offer.contact]  # back to the queue, but the status stays


class NeverRona(FauxDriver):
    ident = "never-rona"
    breaks = "RONA-1: an unanswered request never turns an Available agent RONA"
    desktop_class = _NeverRonaDesktop


class NoFlash(FauxDriver):
    ident = "no-flash"
    breaks = "RONA-3: the accept button never flashes"

    def snapshot(self) -> dict[str, Any]:
        shown = super().snapshot()
        for offer in shown["offers"]:
            offer["accept_flashing"] = False
        return shown


class _TimerNeverResetsDesktop(Desktop):
    def _enter(
        self, target: AgentState, at: float, *, reason: str | None, channel: Channel | None
    ) -> None:
        kept = self.state_since if self.state != AgentState.LOGGED_OUT else at
        super()._enter(target, at, reason=reason, channel=channel)
        self.state_since = kept


class TimerNeverResets(FauxDriver):
    ident = "timer-never-resets"
    breaks = "TM-2: the state timer keeps counting from login across status changes"
    desktop_class = _TimerNeverResetsDesktop


class CrashOnAccept(FauxDriver):
    ident = "crash-on-accept"
    breaks = "the contract: send() raises on every accept"

    def send(self, command: Command) -> CommandResult:
        if command.name == "accept":
            raise RuntimeError("faux:crash-on-accept crashed on purpose")
        return super().send(command)


class GarbageSnapshot(FauxDriver):
    ident = "garbage-snapshot"
    breaks = "the contract: snapshots do not match snapshot.schema.json"

    def snapshot(self) -> dict[str, Any]:
        shown = super().snapshot()
        # Plausible mistakes: a lower-case state, the timer in seconds, a field left out.
        shown["state"] = str(shown["state"]).lower()
        timer = shown["state_timer"]
        if isinstance(timer, str):
            minutes, _, seconds = timer.partition("/")[0].rpartition(":")
            shown["state_timer"] = int(minutes.replace(":", "") or 0) * 60 + int(seconds)
        del shown["history"]
        return shown


class _ManualRonaDesktop(Desktop):
    def _choose_state(self, command: Command, now: float) -> CommandResult:
        if command["state"] == AgentState.RONA.value and self.state != AgentState.RONA:
            self._enter(AgentState.RONA, now, reason=None, channel=Channel.VOICE)
            return Accepted()
        return super()._choose_state(command, now)


class ManualRona(FauxDriver):
    ident = "manual-rona"
    breaks = "RONA-8: the agent can choose RONA in the drop-down"
    desktop_class = _ManualRonaDesktop


class _IdleRoutableDesktop(Desktop):
    def why_not_routable(self, channel: Channel, now: float) -> str | None:
        if self.state == AgentState.IDLE:
            return None  # requests reach an Idle agent as if Available
        return super().why_not_routable(channel, now)


class IdleRoutable(FauxDriver):
    ident = "idle-routable"
    breaks = "AV-2: requests are routed to an Idle agent"
    desktop_class = _IdleRoutableDesktop


class DirtyRejection(FauxDriver):
    ident = "dirty-rejection"
    breaks = "the contract: a refused status choice still restarts the state timer"

    def send(self, command: Command) -> CommandResult:
        result = super().send(command)
        if isinstance(result, Rejection) and command.name == "choose_state":
            self.desktop.state_since = self._clock.now()
        return result


class WrongDefaults(FauxDriver):
    ident = "wrong-defaults"
    breaks = (
        "RONA-2: its own default limits are 20 s for a call and 40 s for a digital request; "
        "a limit the configuration gives is kept"
    )

    #: What this desktop assumes where the configuration says nothing (the source: 18 and 30).
    OWN_TIMEOUTS: Mapping[str, float] = {
        "voice": 20, "campaign": 20, "chat": 40, "email": 40, "social": 40
    }  # fmt: skip

    def start(self, config: TenantConfig) -> None:
        # Like an implementation with defaults of its own: only what was sent counts.
        given = config.settings()
        timeouts = {**self.OWN_TIMEOUTS, **given.get("rona_timeouts", {})}
        super().start(TenantConfig.from_dict({**given, "rona_timeouts": timeouts}))


FAUXES: Mapping[str, type[FauxDriver]] = {
    cls.ident: cls
    for cls in (
        NeverRona,
        NoFlash,
        TimerNeverResets,
        CrashOnAccept,
        GarbageSnapshot,
        ManualRona,
        IdleRoutable,
        DirtyRejection,
        WrongDefaults,
    )
}


def connect(ident: str, tick: Tick | None) -> FauxDriver:
    """The ``faux`` connectable kind: ``faux:<ident>``."""
    try:
        cls = FAUXES[ident]
    except KeyError:
        from agentstatus.implementations.connectable import ConnectableError

        raise ConnectableError(
            f"no fauxmplementation {ident!r}; there are {', '.join(sorted(FAUXES))}"
        ) from None
    return cls(tick)
