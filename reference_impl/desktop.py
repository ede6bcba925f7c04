"""The agent desktop: its state, what each command does, and what happens as time passes.

Whether a change is allowed is decided by the tables in ``transitions.py``; this module
carries changes out (timers, popover, toaster, Teams sync, history) and keeps every
command atomic: all checks happen before the first mutation, so a rejected command leaves
the desktop exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial

from agentstatus.contract.commands import Command
from agentstatus.contract.config import TenantConfig
from agentstatus.contract.driver import Accepted, CommandResult
from agentstatus.contract.errors import Rejection
from agentstatus.contract.vocabulary import (
    TELEPHONY_CHANNELS,
    AgentState,
    Channel,
    InteractionState,
    MonitoringState,
)
from agentstatus.reference_impl.clock import Clock
from agentstatus.reference_impl.guards import EventContext
from agentstatus.reference_impl.table import StateTable, Transition
from agentstatus.reference_impl.transitions import AVAILABILITY, INTERACTION, MONITORING

#: Teams presence: the first sync after an agent's very first login may take this long (TS-2).
TEAMS_FIRST_SYNC_SECONDS = 40 * 60
#: Teams presence: later changes reach Teams within this time (TS-3).
TEAMS_SYNC_SECONDS = 12
#: Both clocks count whole microseconds, but sums of float seconds (an offer's deadline)
#: can land a hair past the tick they mean; anything due within half a tick is due now.
HALF_A_TICK = 0.5e-6
CONSULT_STATES = frozenset({InteractionState.CONSULTING, InteractionState.CONSULT_ON_HOLD})
#: The system idle code of a call to a wrong dial number, under reading INT-18=invalid-number
#: (Webex's own widget): an idle reason id that is not one of the tenant's.
INVALID_NUMBER = "Invalid_Number"


@dataclass
class Offer:
    contact: str
    channel: Channel
    offered_at: float
    deadline: float


@dataclass
class Interaction:
    contact: str
    channel: Channel
    accepted_at: float
    state: InteractionState = InteractionState.CONNECTED
    state_since: float = 0.0
    outdial: bool = False
    consult_seconds: float = 0.0

    def consult_time(self, now: float) -> float:
        running = now - self.state_since if self.state in CONSULT_STATES else 0.0
        return self.consult_seconds + running


@dataclass(frozen=True)
class HistoryEntry:
    contact: str
    channel: Channel
    total_seconds: float
    consult_seconds: float


@dataclass
class TeamsPresence:
    synced: str | None = None
    first_sync_due: float | None = None
    queue: list[tuple[float, str]] = field(default_factory=list)


class Desktop:
    def __init__(
        self, config: TenantConfig, clock: Clock, readings: Mapping[str, str] = {}
    ) -> None:
        self.config = config
        self.clock = clock
        #: Contested readings followed instead of the suite's default (readings.yaml).
        self.readings: Mapping[str, str] = dict(readings)
        now = clock.now()
        self.state = AgentState.LOGGED_OUT
        self.idle_reason: str | None = None
        self.state_since = now
        #: When the current unbroken run of idle states began, and whether it has switched
        #: reason at least once (then the timer shows current/total: TM-3).
        self.idle_streak_since: float | None = None
        self.idle_switched = False
        self.offers: dict[str, Offer] = {}
        self.interactions: dict[str, Interaction] = {}
        self.history: list[HistoryEntry] = []
        self.rona_channel: Channel | None = None
        self.toasters: list[dict[str, str]] = []
        self.desktop_active = config.desktop_active
        self.restoring_until: float | None = None
        self.ever_logged_in = False
        self.teams = TeamsPresence()
        self._teams_label = self.status_label()
        self.monitoring = MonitoringState.NOT_MONITORED
        self._handlers: dict[str, Callable[[Command, float], CommandResult]] = {
            "login": self._login,
            "choose_state": self._choose_state,
            "offer": self._offer,
            "accept": self._accept,
            "delivery_failure": self._delivery_failure,
            "supervisor_logout": self._supervisor_logout,
            "reload": self._reload,
            "reopen_browser": self._reload,
            "wrapup_done": self._wrapup_done,
            "outdial_start": self._outdial_start,
            "rona_go_to_idle": self._rona_option,
            "rona_go_to_available": self._rona_option,
            "focus_lost": self._focus,
            "focus_regained": self._focus,
            "monitor_start": self._monitoring_event,
            "monitor_pause": self._monitoring_event,
            "monitor_resume": self._monitoring_event,
            "monitor_fail": self._monitoring_event,
            **{name: self._interaction_event for name in INTERACTION.events},
        }

    # ----------------------------------------------------------------- queries

    def engaged(self) -> bool:
        return bool(self.interactions)

    def call_in_progress(self) -> bool:
        return any(
            i.channel in TELEPHONY_CHANNELS and i.state != InteractionState.WRAP_UP
            for i in self.interactions.values()
        )

    def restoring(self, now: float) -> bool:
        return self.restoring_until is not None and now < self.restoring_until

    def load(self, channel: Channel) -> int:
        """How much of a channel's capacity is taken; calls share the phone line."""
        group = TELEPHONY_CHANNELS if channel in TELEPHONY_CHANNELS else {channel}
        busy = [i.channel for i in self.interactions.values()]
        busy += [o.channel for o in self.offers.values()]
        return sum(1 for c in busy if c in group)

    def why_not_routable(self, channel: Channel, now: float) -> str | None:
        if self.state != AgentState.AVAILABLE:
            return f"only an Available agent is routed to; the agent is {self.state.value}"
        if self.restoring(now) and self.readings.get("INT-9") != "routable":
            return "the reloaded desktop shows Idle until Available is restored"
        if self.load(channel) >= self.config.capacity[channel]:
            return (
                f"the agent's {channel.value} capacity of {self.config.capacity[channel]} is used"
            )
        return None

    def status_label(self) -> str:
        """The status as Teams presence sync sees it (no reload flicker)."""
        if self.state == AgentState.LOGGED_OUT:
            return AgentState.LOGGED_OUT.value
        return "Engaged" if self.engaged() else self.state.value

    # ------------------------------------------------------------------ time

    def catch_up(self) -> None:
        """Carry out, in time order and each at its own moment, everything due by now."""
        while True:
            now = self.clock.now()
            due = self._next_due()
            if due is None or due[0] > now + HALF_A_TICK:
                return
            at, action = due
            action(at)
            self._after_change(at)

    def _next_due(self) -> tuple[float, Callable[[float], None]] | None:
        candidates: list[tuple[float, Callable[[float], None]]] = []
        if self.offers:
            first = min(self.offers.values(), key=lambda o: o.deadline)
            candidates.append((first.deadline, partial(self._offer_unanswered, first)))
        if self.restoring_until is not None:
            candidates.append((self.restoring_until, self._restore))
        if self.teams.first_sync_due is not None:
            candidates.append((self.teams.first_sync_due, self._teams_first_sync))
        if self.teams.queue:
            candidates.append((self.teams.queue[0][0], self._teams_sync))
        return min(candidates, key=lambda c: c[0], default=None)

    def _offer_unanswered(self, offer: Offer, at: float) -> None:
        del self.offers[offer.contact]
        self._fire(AVAILABILITY, "offer_unanswered", at, channel=offer.channel)

    def _restore(self, at: float) -> None:
        self.restoring_until = None
        self.state_since = at  # the restored Available timer starts again at 00:00 (AV-3)

    def _teams_first_sync(self, at: float) -> None:
        self.teams.first_sync_due = None
        self.teams.synced = self.status_label()

    def _teams_sync(self, at: float) -> None:
        _, label = self.teams.queue.pop(0)
        self.teams.synced = label

    # -------------------------------------------------------------- commands

    def handle(self, command: Command) -> CommandResult:
        self.catch_up()
        now = self.clock.now()
        if command.name != "login" and self.state == AgentState.LOGGED_OUT:
            return Rejection(
                "not_logged_in", f"{command.name} needs a logged-in agent; log in first"
            )
        result = self._handlers[command.name](command, now)
        if isinstance(result, Accepted):
            self._after_change(now)
        return result

    def _login(self, command: Command, now: float) -> CommandResult:
        if self.state != AgentState.LOGGED_OUT:
            return Rejection("already_logged_in", "the agent is already logged in")
        first_login = not self.ever_logged_in
        self.ever_logged_in = True
        if self.config.teams_presence_sync and first_login:
            self.teams.first_sync_due = now + TEAMS_FIRST_SYNC_SECONDS
        return self._fire(AVAILABILITY, "login", now, reason=self.config.default_idle_reason)

    def _choose_state(self, command: Command, now: float) -> CommandResult:
        state = AgentState(command["state"])
        if state == AgentState.RONA:
            return Rejection(
                "rona_not_selectable",
                "RONA is set by the system when a request goes unanswered; it cannot be chosen",
            )
        if state == AgentState.LOGGED_OUT:
            return Rejection(
                "not_selectable", "the agent cannot choose LoggedOut; choose Available or Idle"
            )
        if state == AgentState.AVAILABLE:
            if command.args.get("idle_reason") is not None:
                return Rejection("malformed_command", "Available takes no idle_reason")
            if self.state == AgentState.AVAILABLE and self.restoring(now):
                # The reloaded desktop shows Idle; choosing Available is what the agent
                # sees as a change, so it restores Available at once (note INT-9).
                self._restore(now)
                return Accepted()
            if self.state == AgentState.AVAILABLE:
                return Rejection("already_in_state", "the agent is already Available")
            return self._fire(AVAILABILITY, "choose_available", now)
        reason = command.args.get("idle_reason", self.config.default_idle_reason)
        return self._fire(AVAILABILITY, "choose_idle", now, reason=reason)

    def _offer(self, command: Command, now: float) -> CommandResult:
        channel, contact = Channel(command["channel"]), command["contact"]
        if (duplicate := self._duplicate(contact)) is not None:
            return duplicate
        why = self.why_not_routable(channel, now)
        if why is not None:
            return Rejection("not_routable", f"{channel.value} request not delivered: {why}")
        if channel in TELEPHONY_CHANNELS and not self.config.dial_number_valid:
            # The call cannot reach a wrong dial number or extension (RONA-4, note INT-18).
            reading = self.readings.get("INT-18")
            if reading == "invalid-number":
                return self._fire(AVAILABILITY, "invalid_number", now, reason=INVALID_NUMBER)
            if reading != "at-timeout":  # at-timeout: it rings unanswered until its limit
                return self._fire(AVAILABILITY, "delivery_failed", now, channel=channel)
        timeout = self.config.rona_timeouts[channel]
        self.offers[contact] = Offer(contact, channel, now, now + timeout)
        return Accepted()

    def _accept(self, command: Command, now: float) -> CommandResult:
        offer = self.offers.get(command["contact"])
        if offer is None:
            return self._unknown(command["contact"], "a pending offer")
        del self.offers[offer.contact]
        self.interactions[offer.contact] = Interaction(
            offer.contact, offer.channel, accepted_at=now, state_since=now
        )
        return Accepted()

    def _delivery_failure(self, command: Command, now: float) -> CommandResult:
        offer = self.offers.get(command["contact"])
        if offer is None:
            return self._unknown(command["contact"], "a pending offer")
        if offer.channel not in TELEPHONY_CHANNELS:
            return Rejection(
                "not_for_this_channel", "a delivery failure applies to incoming calls only"
            )
        del self.offers[offer.contact]
        return self._fire(AVAILABILITY, "delivery_failed", now, channel=offer.channel)

    def _supervisor_logout(self, command: Command, now: float) -> CommandResult:
        result = self._fire(AVAILABILITY, "supervisor_logout", now)
        if isinstance(result, Accepted):
            self.toasters.clear()
            self.monitoring = MonitoringState.NOT_MONITORED
        return result

    def _reload(self, command: Command, now: float) -> CommandResult:
        # Only an Available desktop flickers through Idle; every status is kept (AV-3, AV-8).
        # Restored Available starts again at 00:00, also when the restore takes no time.
        if command.name == "reopen_browser" and self.readings.get("INT-9") == "reopen-kept":
            return Accepted()  # reopening is not a reload: the status is kept as it was
        if self.state == AgentState.AVAILABLE:
            if self.config.reload_restore_seconds > 0:
                self.restoring_until = now + self.config.reload_restore_seconds
            self.state_since = now
        return Accepted()

    def _interaction_event(self, command: Command, now: float) -> CommandResult:
        interaction = self.interactions.get(command["contact"])
        if interaction is None:
            return self._unknown(command["contact"], "an interaction in the task list")
        context = EventContext(self, interaction=interaction)
        transition = INTERACTION.fire(command.name, interaction.state, context)
        if isinstance(transition, Rejection):
            return transition
        interaction.consult_seconds = interaction.consult_time(now)
        interaction.state, interaction.state_since = transition.target, now
        if transition.target == InteractionState.WRAP_UP:
            self.history.append(
                HistoryEntry(
                    interaction.contact,
                    interaction.channel,
                    total_seconds=now - interaction.accepted_at,
                    consult_seconds=interaction.consult_seconds,
                )
            )
            if not self.call_in_progress():
                self.monitoring = MonitoringState.NOT_MONITORED
            if interaction.outdial and self.readings.get("INT-7") == "at-hang-up":
                self._outdial_over(now)
        return Accepted()

    def _wrapup_done(self, command: Command, now: float) -> CommandResult:
        interaction = self.interactions.get(command["contact"])
        if interaction is None:
            return self._unknown(command["contact"], "an interaction in the task list")
        if interaction.state != InteractionState.WRAP_UP:
            return Rejection(
                "not_allowed_in_state",
                f"wrapup_done needs the interaction in wrap_up; it is {interaction.state.value}",
            )
        del self.interactions[interaction.contact]
        if interaction.outdial and self.readings.get("INT-7") != "at-hang-up":
            # The new status applies when the outdial interaction is over (note INT-7).
            self._outdial_over(now)
        ended_engaged = not self.interactions and self.state == AgentState.AVAILABLE
        if ended_engaged and self.readings.get("INT-4") == "restart":
            # Use-case row 6 as written: Engaged to Available shows 00:00 (note INT-4).
            self.state_since = now
        return Accepted()

    def _outdial_over(self, now: float) -> None:
        """The status Agent Available After Outdial gives when an outdial call is over."""
        outcome = AVAILABILITY.fire("outdial_finished", self.state, EventContext(self))
        assert isinstance(outcome, Transition), "outdial_finished covers every logged-in state"
        self._apply(outcome, now, reason=self.config.default_idle_reason)

    def _outdial_start(self, command: Command, now: float) -> CommandResult:
        contact = command["contact"]
        if (duplicate := self._duplicate(contact)) is not None:
            return duplicate
        if self.state == AgentState.RONA:
            return Rejection(
                "not_allowed_in_state", "answer the RONA popover before placing an outdial call"
            )
        if self.load(Channel.VOICE) > 0:
            # One phone line: an outdial needs it free, whatever the routing capacity.
            return Rejection("line_busy", "the agent's phone line is busy with another call")
        self.interactions[contact] = Interaction(
            contact, Channel.VOICE, accepted_at=now, state_since=now, outdial=True
        )
        return Accepted()

    def _rona_option(self, command: Command, now: float) -> CommandResult:
        if self.state != AgentState.RONA:
            return Rejection("no_rona_popover", "the RONA popover is not shown")
        return self._fire(AVAILABILITY, command.name, now, reason=self.config.default_idle_reason)

    def _focus(self, command: Command, now: float) -> CommandResult:
        wanted = command.name == "focus_regained"
        if self.desktop_active == wanted:
            where = "already" if wanted else "already not"
            return Rejection("focus_unchanged", f"the desktop is {where} the active window")
        self.desktop_active = wanted
        return Accepted()

    def _monitoring_event(self, command: Command, now: float) -> CommandResult:
        if self.readings.get("INT-13") == "unsupported":
            return Rejection(
                "not_allowed_in_state", "mid-call monitoring is not supported on the desktop"
            )
        context = EventContext(self, succeeded=command.args.get("succeeded", True))
        transition = MONITORING.fire(command.name, self.monitoring, context)
        if isinstance(transition, Rejection):
            return transition
        self.monitoring = transition.target
        return Accepted()

    # --------------------------------------------------------------- effects

    def _fire(
        self,
        table: StateTable[AgentState],
        event: str,
        at: float,
        *,
        reason: str | None = None,
        channel: Channel | None = None,
    ) -> CommandResult:
        transition = table.fire(event, self.state, EventContext(self, idle_reason=reason))
        if isinstance(transition, Rejection):
            return transition
        self._apply(transition, at, reason=reason, channel=channel)
        return Accepted()

    def _apply(
        self,
        transition: Transition[AgentState],
        at: float,
        *,
        reason: str | None = None,
        channel: Channel | None = None,
    ) -> None:
        if transition.internal:
            return
        self._enter(transition.target, at, reason=reason, channel=channel)

    def _enter(
        self, target: AgentState, at: float, *, reason: str | None, channel: Channel | None
    ) -> None:
        was_idle = self.state == AgentState.IDLE
        self.state = target
        self.state_since = at
        self.restoring_until = None
        self.idle_reason = reason if target == AgentState.IDLE else None
        if target == AgentState.IDLE:
            if was_idle:
                self.idle_switched = True
            else:
                self.idle_streak_since, self.idle_switched = at, False
        else:
            self.idle_streak_since, self.idle_switched = None, False
        self.rona_channel = channel if target == AgentState.RONA else None
        if target == AgentState.RONA:
            self.offers.clear()  # every pending request returns to the queue (note INT-3)
            if not self.desktop_active:
                self.toasters.append({"kind": "rona", "channel": str(channel)})

    def _after_change(self, at: float) -> None:
        """Queue a Teams presence update whenever the status the agent shows has changed."""
        label = self.status_label()
        if label == self._teams_label:
            return
        self._teams_label = label
        if self.config.teams_presence_sync and self.teams.first_sync_due is None:
            self.teams.queue.append((at + TEAMS_SYNC_SECONDS, label))

    def _duplicate(self, contact: str) -> Rejection | None:
        if contact in self.offers or contact in self.interactions:
            return Rejection("duplicate_contact", f"contact {contact!r} is already on the desktop")
        return None

    @staticmethod
    def _unknown(contact: str, what: str) -> Rejection:
        return Rejection("unknown_contact", f"{contact!r} is not {what}")
