"""Pure checks of a snapshot: each returns ``None`` when the desktop shows what a step expects,
or a ``Mismatch`` naming what differs.

They know nothing of pytest, languages or drivers, so they can be unit-tested on plain
dictionaries and reused by any runner; the steps turn a ``Mismatch`` into a message in the
feature's language (``steps.messages``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Snapshot = Mapping[str, Any]

#: How often a real client redraws its timers (Webex's own User State widget: once a
#: second). For less than this long after a command changed the status, the state timer
#: may still show what it showed just before the command (INT-24).
REFRESH_LAG_SECONDS = 1.0

#: Values that would reveal monitoring to the agent (MO-3): none may appear in the agent's view.
MONITORING_VALUES = frozenset({"monitoring", "paused", "Monitoring", "Monitoring Paused"})


@dataclass(frozen=True)
class Mismatch:
    """What a step expected and what the desktop showed instead.

    ``subject`` names the field (a key of ``steps.messages.SUBJECTS``); ``kind`` says which
    vocabulary kind the values belong to, so they can be shown as words ("" for plain values);
    ``about`` names the contact or state the field belongs to, when there are several.
    """

    subject: str
    expected: Any
    actual: Any
    kind: str = ""
    about: str = ""


def _check(
    subject: str, expected: Any, actual: Any, kind: str = "", about: str = ""
) -> Mismatch | None:
    if expected == actual:
        return None
    return Mismatch(subject, expected, actual, kind, about)


def shown_status(snapshot: Snapshot) -> str:
    """The status in the vocabulary's canonical form: ``Available``, ``Idle:lunch``, ``RONA``."""
    state = str(snapshot["state"])
    if state == "Idle":
        return f"Idle:{snapshot.get('idle_reason')}"
    return state


def status(snapshot: Snapshot, expected: str) -> Mismatch | None:
    return _check("status", expected, shown_status(snapshot), "status")


def label(snapshot: Snapshot, expected: str) -> Mismatch | None:
    return _check("label", expected, snapshot.get("label"), "label")


def icon(snapshot: Snapshot, expected: str) -> Mismatch | None:
    return _check("icon", expected, snapshot.get("icon"), "icon")


# ------------------------------------------------------------- timer displays (INT-24)

_TIMER_FIELDS = re.compile(r"(\d+)((?::\d{2}){1,2})")
_SLASH = re.compile(r"\s*/\s*")


def display_form(shown: Any) -> Any:
    """A timer display in the one form that two displays are compared in (INT-24).

    What is presentation and not a different display: the spacing around the ``/`` of
    ``current/total`` (``20:00 / 30:00`` is ``20:00/30:00``) and the leading zero of the
    first field (``0:05`` is ``00:05``, ``1:00:00`` is ``01:00:00``). Everything else
    counts: the number of fields (``00:59:59`` is not ``59:59``, ``60:00`` is not
    ``01:00:00``), the value, and a total shown or not. Anything that is not timer text
    (``None``, a number, a word) is returned as it is.
    """
    if not isinstance(shown, str):
        return shown
    parts = _SLASH.split(shown)
    normal = []
    for part in parts:
        found = _TIMER_FIELDS.fullmatch(part)
        if found is None:
            return shown
        normal.append(f"{int(found[1]):02d}{found[2]}")
    return "/".join(normal)


def same_display(expected: Any, shown: Any) -> bool:
    """Whether a person would read ``shown`` as the timer ``expected`` (INT-24)."""
    return bool(display_form(expected) == display_form(shown))


def _timer_check(subject: str, expected: Any, actual: Any, about: str = "") -> Mismatch | None:
    if same_display(expected, actual):
        return None
    return Mismatch(subject, expected, actual, "", about)


@dataclass(frozen=True)
class LastCommand:
    """What the scenario knows about its last command, for the refresh lag (INT-24)."""

    before: Snapshot
    """The snapshot taken just before the command was sent."""
    seconds_since: float
    """Simulated seconds that have passed since the command."""


def may_lag(snapshot: Snapshot, last: LastCommand | None) -> bool:
    """Whether a client that redraws once a second may still show the state timer of just
    before the last command (``last.before``): for less than ``REFRESH_LAG_SECONDS`` after
    a command that changed the status (the state, or the idle reason). From one second on
    only the current value is right (``00:01``).
    """
    if last is None or last.seconds_since >= REFRESH_LAG_SECONDS:
        return False
    return shown_status(last.before) != shown_status(snapshot)


def state_timer(
    snapshot: Snapshot, expected: str | None, last: LastCommand | None = None
) -> Mismatch | None:
    """``expected`` is the timer text, or ``None`` for "no state timer is shown".

    The same display is enough (``display_form``); and right after a status change, what
    was shown just before the command is accepted too, a timer or none (``may_lag``). A
    value that is neither (a wrong value, ``00:02`` at the instant of the change, a
    missing total) is a mismatch naming the expected value.
    """
    actual = snapshot.get("state_timer")
    if same_display(expected, actual):
        return None
    shown_before = None if last is None else last.before.get("state_timer")
    if may_lag(snapshot, last) and same_display(shown_before, actual):
        return None
    return Mismatch("state_timer", expected, actual)


def routed(snapshot: Snapshot, channel: str, expected: bool) -> Mismatch | None:
    actual = channel in snapshot.get("routable_channels", [])
    return _check("routed", expected, actual, "bool", about=channel)


def routed_channels(snapshot: Snapshot, expected: Sequence[str]) -> Mismatch | None:
    """Exactly these channels are routed (every channel, or none at all)."""
    actual = sorted(snapshot.get("routable_channels", []))
    return _check("routed_channels", sorted(expected), actual, "channel")


def _find(items: Sequence[Mapping[str, Any]], contact: str) -> Mapping[str, Any] | None:
    return next((item for item in items if item.get("contact") == contact), None)


def offer_pending(snapshot: Snapshot, contact: str, expected: bool) -> Mismatch | None:
    actual = _find(snapshot.get("offers", []), contact) is not None
    return _check("offer_pending", expected, actual, "bool", about=contact)


def accept_flashing(snapshot: Snapshot, contact: str, expected: bool) -> Mismatch | None:
    offer = _find(snapshot.get("offers", []), contact)
    if offer is None:
        return Mismatch("offer_pending", True, False, "bool", about=contact)
    return _check("flashing", expected, bool(offer.get("accept_flashing")), "bool", about=contact)


def interaction_state(snapshot: Snapshot, contact: str, expected: str) -> Mismatch | None:
    """The state the interaction control pane shows for a contact, whether offered or accepted."""
    found = _find(snapshot.get("interactions", []), contact) or _find(
        snapshot.get("offers", []), contact
    )
    actual = None if found is None else found.get("state")
    return _check("interaction_state", expected, actual, "interaction_state", about=contact)


def in_task_list(snapshot: Snapshot, contact: str, expected: bool) -> Mismatch | None:
    actual = _find(snapshot.get("interactions", []), contact) is not None
    return _check("in_task_list", expected, actual, "bool", about=contact)


def connected_timer(snapshot: Snapshot, contact: str, expected: str) -> Mismatch | None:
    found = _find(snapshot.get("interactions", []), contact)
    actual = None if found is None else found.get("connected_timer")
    return _timer_check("connected_timer", expected, actual, about=contact)


def timer_beside_state(snapshot: Snapshot, state: str, expected: str) -> Mismatch | None:
    """The second timer of the interaction that is in ``state`` (hold time beside on hold)."""
    found = [i for i in snapshot.get("interactions", []) if i.get("state") == state]
    if len(found) != 1:
        states = [i.get("state") for i in snapshot.get("interactions", [])]
        return Mismatch("interaction_states", [state], states, "interaction_state")
    return _timer_check("interaction_timer", expected, found[0].get("state_timer"), about=state)


def history_total(snapshot: Snapshot, contact: str, expected: str) -> Mismatch | None:
    found = _find(snapshot.get("history", []), contact)
    actual = None if found is None else found.get("total")
    return _timer_check("history_total", expected, actual, about=contact)


def history_consult_time(snapshot: Snapshot, contact: str, expected: str) -> Mismatch | None:
    found = _find(snapshot.get("history", []), contact)
    actual = None if found is None else found.get("consult_time")
    return _timer_check("history_consult", expected, actual, about=contact)


def rona_popover(snapshot: Snapshot, expected_options: Sequence[str] | None) -> Mismatch | None:
    """The RONA popover with exactly these options, or ``None`` for "no popover is shown"."""
    popover = snapshot.get("rona_popover")
    actual = None if popover is None else sorted(popover.get("options", []))
    expected = None if expected_options is None else sorted(expected_options)
    return _check("rona_popover", expected, actual, "popover_option")


def rona_toaster(snapshot: Snapshot, expected: bool) -> Mismatch | None:
    actual = any(t.get("kind") == "rona" for t in snapshot.get("toasters", []))
    return _check("toaster", expected, actual, "bool")


def teams_presence(snapshot: Snapshot, expected: str | None) -> Mismatch | None:
    """The synced Teams presence, or ``None`` for "the profile shows no Teams presence"."""
    teams = snapshot.get("teams")
    actual = None if teams is None else teams.get("synced_status")
    return _check("teams", expected, actual, "presence")


def teams_shown(snapshot: Snapshot, expected: bool) -> Mismatch | None:
    """Whether the user profile shows a Teams presence section at all."""
    return _check("teams_shown", expected, snapshot.get("teams") is not None, "bool")


def supervisor_monitoring(snapshot: Snapshot, expected: str | None) -> Mismatch | None:
    return _check("monitoring", expected, snapshot.get("monitoring"), "monitoring")


def _values(value: Any) -> list[Any]:
    if isinstance(value, Mapping):
        return [v for item in value.values() for v in _values(item)]
    if isinstance(value, list | tuple):
        return [v for item in value for v in _values(item)]
    return [value]


def agent_view(snapshot: Snapshot) -> dict[str, Any]:
    """Everything the agent sees: the snapshot without the supervisor's ``monitoring``."""
    return {k: v for k, v in snapshot.items() if k != "monitoring"}


def agent_view_unchanged(before: Snapshot | None, snapshot: Snapshot) -> Mismatch | None:
    """Monitoring leaves no trace in the agent's view (MO-3): no field the agent sees changed
    since just before the supervisor's last monitoring command, and no monitoring word shows.
    """
    now = agent_view(snapshot)
    changed = sorted(
        k for k in set(before or now) | set(now) if (before or now).get(k) != now.get(k)
    )
    shown = sorted({str(v) for v in _values(now) if v in MONITORING_VALUES})
    return _check("agent_monitoring", [], changed + shown)


def unchanged(before: Snapshot, after: Snapshot) -> Mismatch | None:
    """A refused command leaves the desktop exactly as it was: no field may differ."""
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    return _check("changed_fields", [], changed)


def refused(command: str | None, was_refused: bool, expected_command: str) -> Mismatch | None:
    """The last command was ``expected_command`` and the desktop refused it."""
    if command != expected_command:
        return Mismatch("last_command", expected_command, command)
    return _check("refused", True, was_refused, "bool", about=expected_command)


def refusal_reason(code: str | None, expected_code: str) -> Mismatch | None:
    """The refusal gave the reason expected: the contract's rejection code."""
    return _check("refusal_reason", expected_code, code, "refusal_reason")
