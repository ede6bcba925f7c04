"""Random command sequences against the reference desktop, checked against the contract.

A Hypothesis ``RuleBasedStateMachine`` sends every command with random (also invalid)
arguments and moves time by random amounts. After every step it checks what must hold
whatever happened: only an Available agent with free capacity is offered a contact, RONA
never follows a manual choice, a rejected command changes nothing, a status change starts
the state timer at 00:00 and the timer then follows the clock exactly, the idle total is
never below the current idle time, every snapshot matches the schema, and nothing raises
but the documented ``ContractError`` for malformed input.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from agentstatus.contract import (
    COMMANDS,
    Accepted,
    ContractError,
    Rejection,
    TenantConfig,
    parse_command,
)
from agentstatus.contract.vocabulary import TELEPHONY_CHANNELS, Channel
from agentstatus.harness.validation import check_snapshot
from agentstatus.reference_impl.driver import ReferenceDriver

#: Every code the contract documents for a rejection (docs/contract.md).
REJECTION_CODES = {
    "already_in_state",
    "already_logged_in",
    "duplicate_contact",
    "focus_unchanged",
    "line_busy",
    "logout_not_allowed",
    "malformed_command",
    "no_rona_popover",
    "not_allowed_in_state",
    "not_for_this_channel",
    "not_logged_in",
    "not_routable",
    "not_selectable",
    "nothing_to_monitor",
    "rona_not_selectable",
    "unknown_contact",
    "unknown_idle_reason",
}
#: The only commands after which the status may have turned RONA (RONA-1, RONA-4, RONA-5).
RONA_CAUSES = {"offer", "delivery_failure"}
#: Accepted commands that may restart the timer of a status that looks the same (a reload
#: while Available shows Idle again; choosing Idle while a reload still shows Idle).
MAY_RESTART = {"choose_state", "reload", "reopen_browser"}

CHANNELS = [c.value for c in Channel]
SECONDS = st.sampled_from(
    [0, 0.0004, 0.001, 0.5, 1, 2, 3, 4.999, 5, 8, 9, 12, 13, 17, 18, 25, 30, 61, 600, 2400, 3600]
)
INTERACTION_COMMANDS = [
    "hold",
    "resume",
    "consult_request",
    "consult_connected",
    "consult_hold",
    "conference_request",
    "conference",
    "end",
    "wrapup_done",
]
#: How long to wait after an offer, from its limit: around the start of the flashing
#: (limit - 5 s, INT-2) and around the limit itself (INT-3).
WAITS: dict[str, Callable[[float], float]] = {
    "a second": lambda limit: 1,
    "before the flashing": lambda limit: limit - 5.001,
    "flashing begins": lambda limit: limit - 5,
    "last moment": lambda limit: limit - 0.001,
    "last microseconds": lambda limit: limit - 0.0004,
    "the limit": lambda limit: limit,
}
#: Whole contacts, channel first: every interaction state and the monitoring of a call.
FLOWS = [
    (
        "voice",
        "hold",
        "resume",
        "consult_request",
        "consult_connected",
        "consult_hold",
        "resume",
        "conference",
        "end",
        "wrapup_done",
    ),
    (
        "voice",
        "monitor_start",
        "hold",
        "monitor_pause",
        "resume",
        "monitor_resume",
        "monitor_fail",
        "end",
        "wrapup_done",
    ),
    ("campaign", "consult_request", "consult_connected", "conference", "end", "wrapup_done"),
    (
        "voice",
        "hold",
        "consult_request",
        "consult_connected",
        "consult_hold",
        "conference",
        "end",
        "wrapup_done",
    ),
    ("chat", "conference_request", "conference", "end", "wrapup_done"),
    ("social", "conference_request", "conference", "end", "wrapup_done"),
    ("email", "end", "wrapup_done"),
]
JUNK = st.one_of(st.none(), st.integers(-2, 2), st.booleans(), st.text(max_size=2))


@st.composite
def configs(draw: st.DrawFn) -> TenantConfig:
    timeouts = {c: draw(st.sampled_from([3, 8, 9, 18, 30])) for c in Channel}
    capacity = {c: draw(st.sampled_from([0, 1, 1, 2, 3])) for c in Channel}
    return TenantConfig(
        rona_timeouts=timeouts,
        capacity=capacity,
        default_idle_reason=draw(st.sampled_from(["idle", "lunch"])),
        agent_available_after_outdial=draw(st.booleans()),
        teams_presence_sync=draw(st.booleans()),
        dial_number_valid=draw(st.sampled_from([True, True, True, False])),
        desktop_active=draw(st.booleans()),
        reload_restore_seconds=draw(st.sampled_from([0, 2, 5])),
    )


def seconds(timer: str) -> int:
    """``"01:02:03"`` -> 3723."""
    total = 0
    for part in timer.split(":"):
        total = total * 60 + int(part)
    return total


def split_timer(shown: str) -> tuple[int, int | None]:
    current, _, total = shown.partition("/")
    return seconds(current), seconds(total) if total else None


@dataclass
class Epoch:
    """What the machine knows about when the shown status began: between lo and hi."""

    key: tuple[Any, ...]
    lo: float
    hi: float
    last_total: int | None = None


class DesktopMachine(RuleBasedStateMachine):
    """The reference desktop under random commands and random time."""

    def __init__(self) -> None:
        super().__init__()
        self.driver = ReferenceDriver()
        self.now = 0.0
        self.steps = 0

    @initialize(
        config=configs(),
        login=st.sampled_from([True, True, True, False]),
        available=st.booleans(),
    )
    def start(self, config: TenantConfig, login: bool, available: bool) -> None:
        self.config = config
        self.driver.start(config)
        self.snap = check_snapshot(self.driver.snapshot())
        self.epoch = Epoch(self._key(self.snap), 0.0, 0.0)
        self.contacts = 0
        if login:
            self.send({"command": "login"})
            if available:
                self.send({"command": "choose_state", "state": "Available"})

    # ------------------------------------------------------------------ rules
    # Arguments mostly name what is on the desktop (a pending offer, an interaction in the
    # task list) so that sequences get deep; ``pick=None`` names a contact that is not.

    def _contact(self, where: str, pick: int | None) -> str:
        present = [x["contact"] for x in self.snap[where]]
        if pick is None or not present:
            return "nobody"
        return present[pick % len(present)]

    # Few rules, each with a weighted choice inside: Hypothesis enables a random subset of
    # the rules in each example (swarm testing), and a long chain such as "Available, offer,
    # accept, hold, consult" must not need many separate rules to be enabled at once.

    @rule(
        command=st.sampled_from(
            [
                {"command": "login"},
                *[{"command": "choose_state", "state": "Available"}] * 4,
                {"command": "choose_state", "state": "Idle"},
                {"command": "choose_state", "state": "Idle", "idle_reason": "idle"},
                {"command": "choose_state", "state": "Idle", "idle_reason": "lunch"},
                {"command": "choose_state", "state": "Idle", "idle_reason": "meeting"},
                {"command": "choose_state", "state": "Idle", "idle_reason": "nap"},
                {"command": "choose_state", "state": "Available", "idle_reason": "lunch"},
                {"command": "choose_state", "state": "RONA"},
                {"command": "choose_state", "state": "LoggedOut"},
                {"command": "rona_go_to_idle"},
                {"command": "rona_go_to_available"},
                {"command": "supervisor_logout"},
            ]
        )
    )
    def status(self, command: dict[str, Any]) -> None:
        self.send(command)

    @rule(
        channel=st.sampled_from(CHANNELS),
        reuse=st.sampled_from([False, False, False, False, True]),
        then=st.sampled_from([None, "accept", "accept", "wait", "fail"]),
        wait=st.sampled_from(list(WAITS)),
    )
    def contact_request(self, channel: str, reuse: bool, then: str | None, wait: str) -> None:
        """Offer a contact; then perhaps accept it (at once or after a wait measured from
        its limit), or fail its delivery."""
        self.contacts += 1
        contact = f"c{self.contacts}"
        if reuse:
            contact = self._contact("interactions", 0) if self.snap["interactions"] else "c1"
        self.send({"command": "offer", "channel": channel, "contact": contact})
        if then == "wait":
            limit = self.config.rona_timeouts[Channel(channel)]
            self._advance(max(0.0, WAITS[wait](limit)))
        if then in ("accept", "wait"):
            self.send({"command": "accept", "contact": contact})
        elif then == "fail":
            self.send({"command": "delivery_failure", "contact": contact, "cause": "network"})

    @rule(
        path=st.sampled_from(FLOWS),
        waits=st.lists(st.sampled_from([0, 1, 4, 13, 17, 29, 75]), min_size=10, max_size=10),
        stop=st.integers(2, 10),
    )
    def flow(self, path: tuple[str, ...], waits: list[float], stop: int) -> None:
        """A whole contact: offered, accepted, taken through its states, maybe finished."""
        channel, *steps = path
        self.contacts += 1
        contact = f"f{self.contacts}"
        self.send({"command": "offer", "channel": channel, "contact": contact})
        for step, wait in zip(["accept", *steps][:stop], waits, strict=False):
            self._advance(wait)
            if step.startswith("monitor_"):
                self.send({"command": step})
            else:
                self.send({"command": step, "contact": contact})

    @rule(
        name=st.sampled_from(
            [
                *INTERACTION_COMMANDS,
                *("end", "wrapup_done") * 2,
                *("accept", "delivery_failure", "outdial_start"),
            ]
        ),
        pick=st.one_of(st.integers(0, 3), st.none()),
    )
    def contact_action(self, name: str, pick: int | None) -> None:
        """An action on a contact on the desktop, or (``pick=None``) on an unknown one."""
        if name == "outdial_start":
            self.contacts += 1
            self.send({"command": name, "contact": f"o{self.contacts}"})
        elif name in ("accept", "delivery_failure"):
            cause = {"cause": "phone"} if name == "delivery_failure" else {}
            self.send({"command": name, "contact": self._contact("offers", pick), **cause})
        else:
            self.send({"command": name, "contact": self._contact("interactions", pick)})

    @rule(
        command=st.sampled_from(
            [
                {"command": "reload"},
                {"command": "reopen_browser"},
                {"command": "reopen_browser", "clear_cache": True},
                {"command": "focus_lost"},
                {"command": "focus_regained"},
                {"command": "monitor_start"},
                {"command": "monitor_start", "succeeded": False},
                {"command": "monitor_pause"},
                {"command": "monitor_resume"},
                {"command": "monitor_resume", "succeeded": False},
                {"command": "monitor_fail"},
            ]
        )
    )
    def desktop(self, command: dict[str, Any]) -> None:
        self.send(command)

    @rule(
        data=st.one_of(
            JUNK,
            st.dictionaries(
                st.sampled_from(
                    [
                        *("command", "contact", "channel", "state", "idle_reason", "cause"),
                        *("succeeded", "clear_cache", "bogus"),
                    ]
                ),
                st.one_of(st.sampled_from([*COMMANDS, "voice", "Idle", "RONA", "c1"]), JUNK),
                max_size=4,
            ),
        )
    )
    def anything(self, data: Any) -> None:
        """Arbitrary data: either a valid command by chance or a ``ContractError``."""
        self.send(data)

    @rule(
        dt=SECONDS,
        pick=st.one_of(st.none(), st.integers(0, 3)),
        offset=st.sampled_from([-5.001, -5, -0.001, -0.0004, 0, 0.001]),
    )
    def advance(self, dt: float, pick: int | None, offset: float) -> None:
        """Move time; with ``pick``, to just before, on or after an offer's deadline or the
        start of its flashing."""
        offers = self.snap["offers"]
        if pick is not None and offers:
            dt = max(0, round(offers[pick % len(offers)]["remaining_seconds"] + offset, 6))
        self._advance(dt)

    @rule()
    def advance_backwards(self) -> None:
        with pytest.raises(ValueError):
            self.driver.advance(-1)
        assert self.driver.snapshot() == self.snap

    def _advance(self, dt: float) -> None:
        before = self.snap
        self.driver.advance(dt)
        self.now += dt
        self.observe(before, None, None, dt)

    # --------------------------------------------------------------- checking

    def send(self, data: Any) -> None:
        self.steps += 1
        before = self.snap
        try:
            command = parse_command(data)
        except ContractError as error:
            assert error.code in {"malformed_command", "unknown_command"}
            assert error.message
            assert self.driver.snapshot() == before
            return
        result = self.driver.send(command)
        assert isinstance(result, Accepted | Rejection), result
        if isinstance(result, Rejection):
            assert result.code in REJECTION_CODES, result
            assert result.message
            assert self.driver.snapshot() == before, f"rejected {command} changed the desktop"
            return
        self.observe(before, command.name, command.args, 0.0)

    def observe(self, before: dict[str, Any], name: str | None, args: Any, dt: float) -> None:
        """Check one accepted command (``name``) or one advance of ``dt`` seconds."""
        after = check_snapshot(self.driver.snapshot())  # rejections leave it as it was
        self.snap = after
        if name == "offer":
            self.check_delivery(before, after, args)
        if name == "choose_state":
            assert args["state"] != "RONA", "RONA was chosen manually"
        if after["state"] == "RONA" and before["state"] != "RONA":
            assert name is None or name in RONA_CAUSES, f"{name} turned the agent RONA"
        self.check_timer(after, name, dt)

    def check_delivery(self, before: dict[str, Any], after: dict[str, Any], args: Any) -> None:
        """A contact is offered only to an Available agent with capacity left (AV-2, EN-5)."""
        channel = Channel(args["channel"])
        assert before["state"] == "Available", "a contact was offered to a non-Available agent"
        assert args["channel"] in before["routable_channels"]
        group = TELEPHONY_CHANNELS if channel in TELEPHONY_CHANNELS else {channel}
        busy = [x["channel"] for x in before["offers"] + before["interactions"]]
        assert sum(Channel(c) in group for c in busy) < self.config.capacity[channel]
        offered = [o for o in after["offers"] if o["contact"] == args["contact"]]
        if channel in TELEPHONY_CHANNELS and not self.config.dial_number_valid:
            assert not offered and after["state"] == "RONA"  # RONA-4
        else:
            assert offered and offered[0]["remaining_seconds"] == self.config.rona_timeouts[channel]

    def check_timer(self, after: dict[str, Any], name: str | None, dt: float) -> None:
        """00:00 right after a status change; then exactly the time since the change."""
        key = self._key(after)
        epoch = self.epoch
        if key != epoch.key:
            # a command changes the status now; time changes it somewhere within dt
            self.epoch = Epoch(key, self.now - dt, self.now)
        elif name in MAY_RESTART:
            self.epoch = Epoch(key, epoch.lo, self.now, epoch.last_total)
        if after["state_timer"] is None:
            return
        current, total = split_timer(after["state_timer"])
        if key != epoch.key and name is not None:
            assert current == 0, f"{after['state_timer']} right after {name}"
        restarted = current == 0 and math.floor(self.now - epoch.hi + 1e-6) >= 1
        if name in MAY_RESTART and key == epoch.key and restarted:
            self.epoch = Epoch(key, self.now, self.now)  # it certainly restarted
        lo, hi = self.epoch.lo, self.epoch.hi
        assert math.floor(self.now - hi + 1e-6) <= current <= math.floor(self.now - lo + 1e-6), (
            f"state timer {after['state_timer']} at t={self.now} for a status begun in [{lo}, {hi}]"
        )
        if total is not None:
            assert total >= current, f"idle total below the current idle time: {total}"
            if self.epoch.last_total is not None and key == epoch.key:
                assert total >= self.epoch.last_total, "the idle total went down"
            self.epoch.last_total = total

    @staticmethod
    def _key(snap: dict[str, Any]) -> tuple[Any, ...]:
        return (snap["logged_in"], snap["state"], snap["idle_reason"])

    # ------------------------------------------------------------- invariants

    @invariant()
    def snapshot_is_consistent(self) -> None:
        if not hasattr(self, "config"):
            return
        snap = self.driver.snapshot()
        assert snap == self.snap, "the snapshot changed without a command or time passing"
        engaged = bool(snap["interactions"])
        if not snap["logged_in"]:
            return
        assert (snap["label"] == "Engaged") == engaged
        assert (snap["state_timer"] is None) == (engaged and snap["state"] != "RONA")
        if snap["routable_channels"]:
            assert snap["state"] == "Available"
        for offer in snap["offers"]:
            limit = self.config.rona_timeouts[Channel(offer["channel"])]
            assert 0 < offer["remaining_seconds"] <= limit
            flashing = limit > 8 and offer["remaining_seconds"] <= 5
            assert offer["accept_flashing"] == flashing, offer
        digital = [Channel(x["channel"]) for x in snap["offers"] + snap["interactions"]]
        for channel in {Channel.CHAT, Channel.EMAIL, Channel.SOCIAL}:
            assert digital.count(channel) <= self.config.capacity[channel]


TestDesktopMachine = DesktopMachine.TestCase
TestDesktopMachine.settings = settings(
    max_examples=500,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
