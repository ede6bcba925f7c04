"""The tags of a found scenario: its ID, the requirements it shows broken, what it needs.

The requirements are inferred from what diverged, conservatively: a Then step that only one
requirement is about (the accept button flashing is RONA-3, a choice of RONA refused is
RONA-8). A scenario that needs a capability or a reading says so (``@needs-outdial``,
``@reading-INT-17-lenient``), so that pasted into the suite it is not applicable where it
should not be.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from agentstatus import paths
from agentstatus.explore.command import Meaning
from agentstatus.explore.gherkin import Line
from agentstatus.explore.lockstep import Divergence
from agentstatus.spec.readings import catalogue
from agentstatus.spec.yamlfile import safe_load

SCENARIO_ID = "SC-EXPLORE-01"

#: Then step -> the requirement it shows, where one requirement is clearly about it.
BY_CHECK: Mapping[str, str] = {
    "accept_button_flashing": "RONA-3",
    "rona_popover_offers": "RONA-1",
    "rona_toaster_shown": "RONA-10",
    "no_rona_toaster": "RONA-10",
    "request_returned": "RONA-1",
    "request_waiting": "RONA-2",
    "connected_timer_shows": "TM-4",
    "timer_beside_state": "TM-5",
    "history_total": "TM-6",
    "history_consult_time": "TM-6",
    "channel_routed": "AV-2",
    "every_channel_routed": "AV-2",
    "nothing_routed": "AV-2",
    "teams_presence_is": "TS-3",
    "no_teams_presence": "TS-1",
    "supervisor_sees_no_monitoring": "MO-1",
}
#: A refused command -> the requirement that refuses it.
BY_REFUSAL: Mapping[str, str] = {
    "offer": "AV-2",
    "supervisor_logout": "AV-7",
    "conference_request": "DG-2",
}
#: A command the implementation answered differently or failed on -> its requirement.
BY_COMMAND: Mapping[str, str] = {
    "accept": "EN-1",
    "offer": "AV-2",
    "supervisor_logout": "AV-7",
    "login": "AV-4",
    "delivery_failure": "RONA-5",
    "rona_go_to_idle": "RONA-6",
    "rona_go_to_available": "RONA-7",
}
#: An interaction state -> its requirement, by the kind of channel.
BY_STATE: Mapping[tuple[str, str], str] = {
    ("ringing", "call"): "VS-1",
    ("on_hold", "call"): "VS-2",
    ("consult_requested", "call"): "VS-3",
    ("consulting", "call"): "VS-4",
    ("consult_on_hold", "call"): "VS-5",
    ("conference", "call"): "VS-6",
    ("wrap_up", "call"): "VS-7",
    ("wrap_up", "email"): "DG-1",
    ("conference_requested", "digital"): "DG-2",
    ("conference", "digital"): "DG-3",
    ("wrap_up", "digital"): "DG-4",
}
_CHANNEL_KINDS = {
    "voice": "call",
    "campaign": "call",
    "outdial": "call",
    "email": "email",
    "chat": "digital",
    "social": "digital",
}
#: Capability -> the words of a scenario that need it.
_NEEDS_CHANNEL = {"social": "social_channel", "campaign": "campaign_calls"}
_MONITORING_STEPS = frozenset(
    {
        "start_monitoring",
        "pause_monitoring",
        "resume_monitoring",
        "monitoring_breaks_off",
        "supervisor_sees_monitoring",
        "supervisor_sees_no_monitoring",
    }
)
_TEAMS_STEPS = frozenset({"teams_presence_sync", "teams_presence_is", "no_teams_presence"})
_OUTDIAL_STEPS = frozenset({"place_outdial", "available_after_outdial"})


@cache
def _catalogue_order() -> dict[str, int]:
    data = safe_load((paths.FEATURES / "requirements.yaml").read_text("utf-8")) or {}
    return {entry["id"]: n for n, entry in enumerate(data.get("requirements", []))}


def _requirement(meaning: Meaning, divergence: Divergence) -> str | None:
    step = meaning.step
    if step == "command_is_refused":
        thing = meaning.get("thing")
        if thing == "choose_state":
            chosen = divergence.steps[-1].command or {}
            return {"RONA": "RONA-8"}.get(chosen.get("state", ""), "AV-5")
        return BY_REFUSAL.get(thing)
    if step == "status_is":
        return "RONA-1" if meaning.get("status") == "RONA" else None
    if step in ("channel_routed", "every_channel_routed", "nothing_routed"):
        shown = divergence.reference or {}
        return "RONA-9" if shown.get("state") == "RONA" else "AV-2"
    if step in ("state_timer_shows", "no_state_timer"):
        timer = str(meaning.get("timer") or "")
        return "TM-3" if "/" in timer else "TM-2" if timer == "00:00" else "TM-1"
    if step == "label_is":
        return "EN-1" if meaning.get("label") == "Engaged" else None
    if step == "icon_is":
        return {"engaged-in-idle": "EN-2", "engaged-in-rona": "RONA-11"}.get(meaning.get("icon"))
    if step == "interaction_state_is":
        kind = _CHANNEL_KINDS.get(meaning.get("interaction"), "")
        return BY_STATE.get((meaning.get("state"), kind))
    if step == "supervisor_sees_monitoring":
        return "MO-2" if meaning.get("status") == "paused" else "MO-1"
    return BY_CHECK.get(step)


def requirements(divergence: Divergence) -> list[str]:
    """The requirement the first failing Then step is about (or, where the implementation
    failed on a command, the command's), if the catalogue has it: what diverged first is
    the cause, the other lines are its consequences."""
    order = _catalogue_order()
    found = {
        r
        for m in divergence.wrong[:1]
        if (r := _requirement(m, divergence)) is not None and r in order
    }
    if divergence.kind != "snapshot" and divergence.steps:
        name = (divergence.steps[-1].command or {}).get("command", "")
        if BY_COMMAND.get(name) in order:
            found.add(BY_COMMAND[name])
    return sorted(found, key=order.__getitem__)


def needs(lines: Iterable[Line]) -> list[str]:
    """The capabilities the scenario's steps use."""
    found: set[str] = set()
    for line in lines:
        meaning = line.meaning
        if meaning.step in _MONITORING_STEPS:
            found.add("supervisor_monitoring")
        if meaning.step in _TEAMS_STEPS:
            found.add("teams_presence_sync")
        if meaning.step in _OUTDIAL_STEPS or meaning.get("interaction") == "outdial":
            found.add("outdial")
        for name in ("channel", "interaction"):
            capability = _NEEDS_CHANNEL.get(meaning.get(name, ""))
            if capability:
                found.add(capability)
    return sorted(found)


def readings(declared: Mapping[str, str]) -> list[str]:
    """``reading-`` tags for every reading followed that is not the suite's default."""
    known = catalogue()
    return [
        f"reading-{note}-{reading}"
        for note, reading in sorted(declared.items())
        if note in known and known[note].default != reading
    ]


def tags(
    divergence: Divergence, lines: Iterable[Line], declared_readings: Mapping[str, str]
) -> list[str]:
    return [
        SCENARIO_ID,
        *requirements(divergence),
        *(f"needs-{capability}" for capability in needs(lines)),
        *readings(declared_readings),
    ]
