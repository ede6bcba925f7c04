"""Failure messages in the feature's language: a product owner reading a failed Swedish
scenario gets a Swedish sentence, with the same words as the feature (from the vocabulary)."""

from __future__ import annotations

from typing import Any

from steps.expectations import Mismatch
from steps.vocabulary import word_for

#: subject -> (Swedish, English, vocabulary kind of ``about`` or "").
SUBJECTS: dict[str, tuple[str, str, str]] = {
    "status": ("Statusen", "The status", ""),
    "label": ("Etiketten i tillgänglighetsfältet", "The label in the availability field", ""),
    "icon": ("Ikonen", "The icon", ""),
    "state_timer": ("Statustimern", "The state timer", ""),
    "routed": ("Dirigeras förfrågningar om {about}", "Are {about} requests routed", "channel"),
    "routed_channels": ("Kanalerna som dirigeras", "The channels routed", ""),
    "offer_pending": ("Väntar {about} på svar", "Is {about} waiting for an answer", ""),
    "flashing": (
        "Blinkar godkännandeknappen för {about}",
        "Is the accept button of {about} flashing",
        "",
    ),
    "interaction_state": ("Tillståndet för {about}", "The state of {about}", ""),
    "interaction_states": (
        "Tillstånden i interaktionskontrollpanelen",
        "The states in the interaction control pane",
        "",
    ),
    "interaction_timer": (
        "Timern bredvid {about}",
        "The timer beside {about}",
        "interaction_state",
    ),
    "in_task_list": ("Finns {about} i uppgiftslistan", "Is {about} in the task list", ""),
    "connected_timer": ("Den anslutna timern för {about}", "The connected timer of {about}", ""),
    "history_total": ("Totaltiden i historiken för {about}", "The history total of {about}", ""),
    "history_consult": (
        "Konsultationstiden i historiken för {about}",
        "The history consult time of {about}",
        "",
    ),
    "rona_popover": (
        "Alternativen i popup-fönstret för OVIS",
        "The options of the RONA popover",
        "",
    ),
    "toaster": ("Visas en avisering om OVIS", "Is a RONA toaster notification shown", ""),
    "teams": ("Teams-närvaron", "The Teams presence", ""),
    "teams_shown": (
        "Visar användarprofilen Teams-närvaro",
        "Does the user profile show a Teams presence",
        "",
    ),
    "monitoring": (
        "Övervakningsstatusen hos arbetsledaren",
        "The supervisor's monitoring status",
        "",
    ),
    "agent_monitoring": ("Övervakning som agenten ser", "Monitoring visible to the agent", ""),
    "last_command": ("Det senaste kommandot", "The last command", ""),
    "changed_fields": (
        "Fält som ändrades trots att kommandot nekades",
        "Fields changed by a refused command",
        "",
    ),
    "refused": ("Nekades {about}", "Was {about} refused", ""),
}

_NONE = {"sv": "inget", "en": "none"}
_BOOL = {"sv": ("nej", "ja"), "en": ("no", "yes")}
_TEMPLATE = {
    "sv": "{subject}: förväntat {expected}, men skrivbordet visar {actual}",
    "en": "{subject}: expected {expected}, but the desktop shows {actual}",
}


def render_value(value: Any, kind: str, language: str) -> str:
    """A snapshot value as the feature would write it."""
    if value is None:
        return _NONE[language]
    if kind == "bool":
        return _BOOL[language][bool(value)]
    if isinstance(value, list | tuple):
        if not value:
            return _NONE[language]
        return ", ".join(render_value(v, kind, language) for v in value)
    if kind:
        return f'"{word_for(kind, str(value), language)}"'
    return f'"{value}"'


def render(mismatch: Mismatch, language: str) -> str:
    sv, en, about_kind = SUBJECTS[mismatch.subject]
    about = mismatch.about
    if about and about_kind:
        about = word_for(about_kind, about, language)
    subject = (sv if language == "sv" else en).format(about=about)
    return _TEMPLATE[language].format(
        subject=subject,
        expected=render_value(mismatch.expected, mismatch.kind, language),
        actual=render_value(mismatch.actual, mismatch.kind, language),
    )


def refused_unexpectedly(command: str, code: str, message: str, language: str) -> str:
    if language == "sv":
        return f"Skrivbordet nekade kommandot {command}: {code}: {message}"
    return f"The desktop refused the command {command}: {code}: {message}"
