"""Failure messages in the feature's language: a product owner reading a failed Swedish
scenario gets a Swedish sentence, with the same words as the feature (from the vocabulary)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agentstatus.steps.expectations import Mismatch
from agentstatus.steps.i18n import N_, gettext_for
from agentstatus.steps.vocabulary import word_for

#: subject -> (how the field is named, vocabulary kind of ``about`` or "").
SUBJECTS: dict[str, tuple[str, str]] = {
    "status": (N_("The status"), ""),
    "label": (N_("The label in the availability field"), ""),
    "icon": (N_("The icon"), ""),
    "state_timer": (N_("The state timer"), ""),
    "routed": (N_("Are {about} requests routed"), "channel"),
    "routed_channels": (N_("The channels routed"), ""),
    "offer_pending": (N_("Is {about} waiting for an answer"), ""),
    "flashing": (N_("Is the accept button of {about} flashing"), ""),
    "interaction_state": (N_("The state of {about}"), ""),
    "interaction_states": (N_("The states in the interaction control pane"), ""),
    "interaction_timer": (N_("The timer beside {about}"), "interaction_state"),
    "in_task_list": (N_("Is {about} in the task list"), ""),
    "connected_timer": (N_("The connected timer of {about}"), ""),
    "history_total": (N_("The history total of {about}"), ""),
    "history_consult": (N_("The history consult time of {about}"), ""),
    "rona_popover": (N_("The options of the RONA popover"), ""),
    "toaster": (N_("Is a RONA toaster notification shown"), ""),
    "teams": (N_("The Teams presence"), ""),
    "teams_shown": (N_("Does the user profile show a Teams presence"), ""),
    "monitoring": (N_("The supervisor's monitoring status"), ""),
    "agent_monitoring": (N_("Monitoring visible to the agent"), ""),
    "last_command": (N_("The last command"), ""),
    "changed_fields": (N_("Fields changed by a refused command"), ""),
    "refused": (N_("Was {about} refused"), ""),
    "refusal_reason": (N_("Why the command was refused"), ""),
}

_NONE = N_("none")
_BOOL = (N_("no"), N_("yes"))
_TEMPLATE = N_("{subject}: expected {expected}, but the desktop shows {actual}")


def render_value(
    value: Any, kind: str, language: str, words: Mapping[str, str] | None = None
) -> str:
    """A snapshot value as the feature would write it; ``words`` are the scenario's own
    words for canonical names (``Idle:paus`` -> ``Paus``, an idle reason it configured)."""
    _ = gettext_for(language)
    if value is None:
        return _(_NONE)
    if kind == "bool":
        return _(_BOOL[bool(value)])
    if isinstance(value, list | tuple):
        if not value:
            return _(_NONE)
        return ", ".join(render_value(v, kind, language, words) for v in value)
    if kind == "status" and words and str(value) in words:
        return f'"{words[str(value)]}"'
    if kind:
        return f'"{word_for(kind, str(value), language)}"'
    return f'"{value}"'


def render(mismatch: Mismatch, language: str, words: Mapping[str, str] | None = None) -> str:
    _ = gettext_for(language)
    subject, about_kind = SUBJECTS[mismatch.subject]
    about = mismatch.about
    if about and about_kind:
        about = word_for(about_kind, about, language)
    return _(_TEMPLATE).format(
        subject=_(subject).format(about=about),
        expected=render_value(mismatch.expected, mismatch.kind, language, words),
        actual=render_value(mismatch.actual, mismatch.kind, language, words),
    )


def refused_unexpectedly(command: str, code: str, message: str, language: str) -> str:
    _ = gettext_for(language)
    text = _("The desktop refused the command {command}: {code}: {message}")
    return text.format(command=command, code=code, message=message)


def not_an_answer(command: str, result: Any, language: str) -> str:
    """The contract's send answers Accepted or a Rejection; anything else is a broken driver."""
    _ = gettext_for(language)
    text = _(
        "The desktop answered the command {command} with {answer}: neither accepted nor refused"
    )
    return text.format(command=command, answer=repr(result))
