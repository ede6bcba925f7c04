"""The Then steps that can be said about a snapshot, and whether each holds on another.

After a divergence the explorer needs Then lines that pass on the reference and fail on the
implementation. ``candidates`` lists every Then meaning the reference's snapshot makes
true (with the reference's values: "the state timer shows 00:18"), limited to what a
scenario can name: the latest contact of each channel, the vocabulary's words.
``holds`` evaluates a meaning with the same pure checks the step functions use
(``steps.expectations``), so a line chosen here fails on the implementation for the same
reason the step will.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from agentstatus.contract.vocabulary import Channel
from agentstatus.explore.command import Contacts, Meaning
from agentstatus.explore.compare import Declared
from agentstatus.explore.ranges import Tolerance
from agentstatus.steps import expectations as check
from agentstatus.steps.expectations import LastCommand
from agentstatus.steps.vocabulary import VOCABULARY

ALL_CHANNELS = [c.value for c in Channel]
Snapshot = Mapping[str, Any]

_WORDS: dict[str, frozenset[str]] = {}
for _row in VOCABULARY:
    _WORDS[_row.kind] = _WORDS.get(_row.kind, frozenset()) | {_row.canonical}


def sayable(kind: str, canonical: Any) -> bool:
    """Whether the vocabulary has a word for this name (an unknown idle reason has none)."""
    return canonical in _WORDS.get(kind, frozenset())


def status_meaning(snapshot: Snapshot) -> Meaning | None:
    status = check.shown_status(snapshot)
    return Meaning.of("status_is", status=status) if sayable("status", status) else None


def _find(items: Any, contact: str | None) -> Mapping[str, Any] | None:
    if contact is None or not isinstance(items, list):
        return None
    return next((i for i in items if isinstance(i, Mapping) and i.get("contact") == contact), None)


def candidates(
    snapshot: Snapshot, contacts: Contacts, declared: Declared, tolerance: Tolerance
) -> list[Meaning]:
    """Every Then meaning that holds on ``snapshot`` (the reference's), status first, of the
    fields the implementation declared and the contract does not leave open just now."""
    channels = declared.channels
    found: list[Meaning] = []
    status = status_meaning(snapshot)
    if status is not None:
        found.append(status)
    if snapshot["label"] is not None:
        found.append(Meaning.of("label_is", label=snapshot["label"]))
    if snapshot["icon"] is not None:
        found.append(Meaning.of("icon_is", icon=snapshot["icon"]))
    timer = snapshot["state_timer"]
    found.append(
        Meaning.of("no_state_timer")
        if timer is None
        else Meaning.of("state_timer_shows", timer=timer)
    )
    routed = set(snapshot["routable_channels"])
    if routed == set(ALL_CHANNELS) and channels == set(ALL_CHANNELS):
        found.append(Meaning.of("every_channel_routed"))
    if not routed:
        found.append(Meaning.of("nothing_routed"))
    for channel in ALL_CHANNELS:
        if channel in channels:
            found.append(
                Meaning.of("channel_routed", channel=channel, negated=channel not in routed)
            )
    found += _contacts(snapshot, contacts)
    by_state: dict[str, list[Mapping[str, Any]]] = {}
    for interaction in snapshot["interactions"]:
        by_state.setdefault(interaction["state"], []).append(interaction)
    for state, interactions in by_state.items():
        if len(interactions) == 1:
            found.append(
                Meaning.of("timer_beside_state", timer=interactions[0]["state_timer"], state=state)
            )
    if snapshot["rona_popover"] is not None:
        first, second = snapshot["rona_popover"]["options"]
        found.append(Meaning.of("rona_popover_offers", first=first, second=second))
    else:
        found.append(Meaning.of("no_rona_popover"))
    toaster = any(t.get("kind") == "rona" for t in snapshot["toasters"])
    found.append(Meaning.of("rona_toaster_shown" if toaster else "no_rona_toaster"))
    teams = snapshot["teams"]
    if not declared.has("teams_presence_sync"):
        pass
    elif teams is None:
        found.append(Meaning.of("no_teams_presence"))
    elif tolerance.teams_settled and sayable("presence", teams.get("synced_status")):
        found.append(Meaning.of("teams_presence_is", presence=teams["synced_status"]))
    if declared.has("supervisor_monitoring"):
        shown = snapshot["monitoring"]
        found.append(
            Meaning.of("supervisor_sees_no_monitoring")
            if shown is None
            else Meaning.of("supervisor_sees_monitoring", status=shown)
        )
    return found


def _contacts(snapshot: Snapshot, contacts: Contacts) -> list[Meaning]:
    """What the steps can say about the latest contact of each channel (and the outdial)."""
    found: list[Meaning] = []
    for channel, contact in contacts.latest.items():
        offer = _find(snapshot["offers"], contact)
        interaction = _find(snapshot["interactions"], contact)
        if channel != "outdial":
            if offer is not None:
                found.append(Meaning.of("request_waiting", channel=channel))
                found.append(
                    Meaning.of(
                        "accept_button_flashing",
                        channel=channel,
                        negated=not offer["accept_flashing"],
                    )
                )
            elif interaction is None:
                found.append(Meaning.of("request_returned", channel=channel))
        shown = interaction or offer
        if shown is not None:
            found.append(
                Meaning.of("interaction_state_is", state=shown["state"], interaction=channel)
            )
        if interaction is not None:
            found.append(
                Meaning.of(
                    "connected_timer_shows",
                    timer=interaction["connected_timer"],
                    interaction=channel,
                )
            )
        else:
            found.append(Meaning.of("left_task_list", interaction=channel))
        entry = _find(snapshot["history"], contact)
        if entry is not None:
            found.append(Meaning.of("history_total", timer=entry["total"], interaction=channel))
            found.append(
                Meaning.of("history_consult_time", timer=entry["consult_time"], interaction=channel)
            )
    return found


def _holds_with(
    contacts: Contacts, last: LastCommand | None
) -> dict[str, Callable[[Snapshot, Meaning], Any]]:
    def of(name: str) -> str:
        return contacts.latest.get(name, f"(unnamed {name})")

    return {
        "status_is": lambda s, m: check.status(s, m.get("status")),
        "label_is": lambda s, m: check.label(s, m.get("label")),
        "icon_is": lambda s, m: check.icon(s, m.get("icon")),
        "state_timer_shows": lambda s, m: check.state_timer(s, m.get("timer"), last),
        "no_state_timer": lambda s, m: check.state_timer(s, None, last),
        "channel_routed": lambda s, m: check.routed(s, m.get("channel"), not m.get("negated")),
        "every_channel_routed": lambda s, m: check.routed_channels(s, ALL_CHANNELS),
        "nothing_routed": lambda s, m: check.routed_channels(s, []),
        "request_waiting": lambda s, m: check.offer_pending(s, of(m.get("channel")), True),
        "request_returned": lambda s, m: (
            check.offer_pending(s, of(m.get("channel")), False)
            or check.in_task_list(s, of(m.get("channel")), False)
        ),
        "accept_button_flashing": lambda s, m: check.accept_flashing(
            s, of(m.get("channel")), not m.get("negated")
        ),
        "interaction_state_is": lambda s, m: check.interaction_state(
            s, of(m.get("interaction")), m.get("state")
        ),
        "timer_beside_state": lambda s, m: check.timer_beside_state(
            s, m.get("state"), m.get("timer")
        ),
        "connected_timer_shows": lambda s, m: check.connected_timer(
            s, of(m.get("interaction")), m.get("timer")
        ),
        "left_task_list": lambda s, m: check.in_task_list(s, of(m.get("interaction")), False),
        "history_total": lambda s, m: check.history_total(
            s, of(m.get("interaction")), m.get("timer")
        ),
        "history_consult_time": lambda s, m: check.history_consult_time(
            s, of(m.get("interaction")), m.get("timer")
        ),
        "rona_popover_offers": lambda s, m: check.rona_popover(
            s, [m.get("first"), m.get("second")]
        ),
        "no_rona_popover": lambda s, m: check.rona_popover(s, None),
        "rona_toaster_shown": lambda s, m: check.rona_toaster(s, True),
        "no_rona_toaster": lambda s, m: check.rona_toaster(s, False),
        "teams_presence_is": lambda s, m: check.teams_presence(s, m.get("presence")),
        "no_teams_presence": lambda s, m: check.teams_shown(s, False),
        "supervisor_sees_monitoring": lambda s, m: check.supervisor_monitoring(s, m.get("status")),
        "supervisor_sees_no_monitoring": lambda s, m: check.supervisor_monitoring(s, None),
    }


def holds(
    meaning: Meaning, snapshot: Snapshot, contacts: Contacts, last: LastCommand | None = None
) -> bool:
    """Whether the Then step ``meaning`` passes on ``snapshot`` (``last``: the scenario's
    last command, for the state timer's refresh lag)."""
    try:
        return _holds_with(contacts, last)[meaning.step](snapshot, meaning) is None
    except (KeyError, TypeError, AttributeError):  # a snapshot the step cannot even read
        return False


#: What each Then step looks at, so that a divergence gets one line per field.
FIELD_OF: Mapping[str, str] = {
    "status_is": "state",
    "label_is": "label",
    "icon_is": "icon",
    "state_timer_shows": "state_timer",
    "no_state_timer": "state_timer",
    "channel_routed": "routable_channels",
    "every_channel_routed": "routable_channels",
    "nothing_routed": "routable_channels",
    "request_waiting": "offers",
    "request_returned": "offers",
    "accept_button_flashing": "offers",
    "interaction_state_is": "interactions",
    "connected_timer_shows": "interactions",
    "left_task_list": "interactions",
    "timer_beside_state": "interactions",
    "history_total": "history",
    "history_consult_time": "history",
    "rona_popover_offers": "rona_popover",
    "no_rona_popover": "rona_popover",
    "rona_toaster_shown": "toasters",
    "no_rona_toaster": "toasters",
    "teams_presence_is": "teams",
    "no_teams_presence": "teams",
    "supervisor_sees_monitoring": "monitoring",
    "supervisor_sees_no_monitoring": "monitoring",
}


def one_per_field(meanings: list[Meaning]) -> list[Meaning]:
    """The first meaning about each field: one failing line per diverging field is enough."""
    seen: set[str] = set()
    kept = []
    for meaning in meanings:
        field = FIELD_OF.get(meaning.step, meaning.step)
        if field not in seen:
            seen.add(field)
            kept.append(meaning)
    return kept


def failing(
    meanings: list[Meaning],
    snapshot: Snapshot,
    contacts: Contacts,
    last: LastCommand | None = None,
) -> list[Meaning]:
    return [m for m in meanings if not holds(m, snapshot, contacts, last)]
