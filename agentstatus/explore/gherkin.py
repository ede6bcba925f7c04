"""Counterexamples as scenarios, in Swedish and English, in the features' own phrases.

A line is made from the phrase registry of ``steps/definitions.py`` (``steps.phrases``),
never from a copy of it: a phrase's template is filled in with the vocabulary's words
(``steps/vocabulary.py``), and its few regular-expression parts are resolved (an optional
"still" left out, a "not " put in when the meaning is negated). Every line is then checked
the way ``tests/conformance/test_steps.py`` checks the features: it matches exactly one
step function, only in its own language, with one reading of its arguments, and that
reading is the meaning it was made from. A phrase that fails any of this is skipped; a
meaning no phrase can say raises ``Untranslatable``.

Swedish puts the verb second: a Then line after "Så" uses the inverted phrase ("Så är
statusen ..."), and a Given line after "Givet" the one with "att".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import agentstatus.steps.definitions  # noqa: F401  (registers the phrases)
from agentstatus.explore.command import TIME_PASSES, Meaning
from agentstatus.steps import vocabulary
from agentstatus.steps.phrases import REGISTRY, Phrase, matching

LANGUAGES = ("sv", "en")

KEYWORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "given": "Given",
        "when": "When",
        "then": "Then",
        "and": "And",
        "feature": "Feature",
        "background": "Background",
        "scenario": "Scenario",
    },
    "sv": {
        "given": "Givet",
        "when": "När",
        "then": "Så",
        "and": "Och",
        "feature": "Egenskap",
        "background": "Bakgrund",
        "scenario": "Scenario",
    },
}

#: The Background every feature of the suite has.
BACKGROUND = Meaning.of("default_tenant")

#: Which vocabulary kind a placeholder's words are of; per step where it differs.
PLACEHOLDER_KINDS: Mapping[str, str] = {
    "status": "status",
    "channel": "channel",
    "interaction": "interaction",
    "state": "interaction_state",
    "label": "label",
    "icon": "icon",
    "presence": "presence",
    "option": "popover_option",
    "first": "popover_option",
    "second": "popover_option",
    "cause": "cause",
    "answer": "answer",
    "thing": "refusable",
}
STEP_KINDS: Mapping[tuple[str, str], str] = {("supervisor_sees_monitoring", "status"): "monitoring"}
#: Optional groups of a phrase that carry a yes/no argument.
FLAGS = frozenset({"negated", "failed", "cache"})
#: Words a Swedish main clause may start with after "Så" (the verb comes second).
SWEDISH_VERBS = frozenset(
    {"är", "visar", "visas", "dirigeras", "väntar", "har", "blinkar", "finns", "ser", "nekas"}
)
_UNITS = (3600, 60, 1)

_GROUP = re.compile(
    r"\((?:\?P<(?P<name>\w+)>|(?P<kind>\?:|\?!))(?P<body>[^()]*)\)(?P<optional>\?)?"
)
_FIELD = re.compile(r"\{(?P<name>\w+)(?::d)?\}")
_REGEX_LEFT = re.compile(r"[\\()\[\]?*+|^$]")


class Untranslatable(ValueError):
    """No phrase of the features says this meaning."""


@dataclass(frozen=True)
class Line:
    """A step of a scenario: its role (given, when, then) and what it means."""

    role: str
    meaning: Meaning


def _unit_word(unit: int, amount: int, language: str) -> str:
    for row in vocabulary.VOCABULARY:
        if row.kind == "unit" and row.canonical == str(unit):
            words = row.words(language)
            return words[0] if amount == 1 else words[-1]
    raise Untranslatable(f"no word for a unit of {unit} s")


def _fill(meaning: Meaning, language: str) -> tuple[dict[str, str], dict[str, bool], set[str]]:
    """The words for a meaning's placeholders, its flags, and optional parts to keep."""
    values: dict[str, str] = {}
    flags: dict[str, bool] = {}
    keep: set[str] = set()
    if meaning.step == TIME_PASSES:
        seconds = meaning.get("seconds")
        if not isinstance(seconds, int):
            raise Untranslatable(f"{seconds} s: time passes in whole seconds in a scenario")
        unit = next(u for u in _UNITS if seconds % u == 0 and (seconds or u == 1))
        amount = seconds // unit
        values = {"amount": str(amount), "unit": _unit_word(unit, amount, language)}
        if language == "en" and amount == 1:
            keep.add("es")  # "1 second passes"
        return values, flags, keep
    for name, value in meaning.args:
        if name in FLAGS:
            flags[name] = bool(value)
        elif name == "timer" or isinstance(value, int):
            values[name] = str(value)
        else:
            kind = STEP_KINDS.get((meaning.step, name), PLACEHOLDER_KINDS.get(name, ""))
            values[name] = vocabulary.word_for(kind, value, language)
    return values, flags, keep


class _Skip(Exception):
    pass


def instantiate(
    template: str, values: Mapping[str, str], flags: Mapping[str, bool], keep: set[str]
) -> str | None:
    """A phrase's template as a plain line, or ``None`` where it cannot say these values."""
    used: set[str] = set()

    def group(match: re.Match[str]) -> str:
        body, optional = match["body"], bool(match["optional"])
        if match["kind"] == "?!":
            return ""
        if match["kind"] == "?:":
            return body if not optional or body in keep else ""
        used.add(match["name"])
        if flags.get(match["name"]):
            return body
        if optional:
            return ""
        raise _Skip

    try:
        text = _GROUP.sub(group, template)
    except _Skip:
        return None
    if any(flag and name not in used for name, flag in flags.items()):
        return None
    if _REGEX_LEFT.search(_FIELD.sub("", text)):
        return None
    fields = {m["name"] for m in _FIELD.finditer(text)}
    if fields != set(values):
        return None
    return _FIELD.sub(lambda m: values[m["name"]], text)


def _canonical(step: str, parsed: Mapping[str, Any], language: str) -> dict[str, Any]:
    """A line's arguments as canonical names, to compare with the meaning it came from."""
    found: dict[str, Any] = {}
    if step == TIME_PASSES:
        unit = int(vocabulary.canonical("unit", str(parsed["unit"]), language))
        return {"seconds": int(parsed["amount"]) * unit}
    for name, value in parsed.items():
        if name in FLAGS:
            if value is not None:
                found[name] = True
        elif name == "timer" or isinstance(value, int):
            found[name] = value
        else:
            kind = STEP_KINDS.get((step, name), PLACEHOLDER_KINDS.get(name, ""))
            found[name] = vocabulary.canonical(kind, str(value), language)
    return found


def _wanted(meaning: Meaning) -> dict[str, Any]:
    return {k: v for k, v in meaning.args if not (k in FLAGS and not v)}


def means(text: str, language: str, meaning: Meaning) -> bool:
    """The line matches exactly one step function, only in ``language``, with one reading
    of its arguments, and that reading is ``meaning``."""
    found = matching(text)
    if {name for name, _ in found} != {meaning.step}:
        return False
    if {phrase.language for _, phrase in found} != {language}:
        return False
    readings = {tuple(sorted((phrase.parse_arguments(text) or {}).items())) for _, phrase in found}
    if len(readings) != 1:
        return False
    try:
        return _canonical(meaning.step, dict(readings.pop()), language) == _wanted(meaning)
    except (LookupError, ValueError):
        return False


def _reads_well(text: str, language: str, keyword: str) -> int:
    """0 for a line that reads naturally after ``keyword``, 1 otherwise (still correct)."""
    first = text.split(" ", 1)[0]
    if language == "sv":
        if keyword == KEYWORDS["sv"]["given"]:
            return 0 if first == "att" else 1
        if first == "att":
            return 1
        if keyword == KEYWORDS["sv"]["then"]:
            return 0 if first in SWEDISH_VERBS else 1
        return 0
    if re.search(r"\ba [aeiou]|\ban [^aeiou\W]", text, re.IGNORECASE):
        return 1
    return 0


@lru_cache(maxsize=4096)
def say(meaning: Meaning, language: str, keyword: str) -> str:
    """The line for ``meaning`` after ``keyword``, in the plainest phrase that means it."""
    values, flags, keep = _fill(meaning, language)
    phrases: list[Phrase] = [p for p in REGISTRY.get(meaning.step, []) if p.language == language]
    lines = []
    for phrase in phrases:
        text = instantiate(phrase.template, values, flags, keep)
        if text is not None and means(text, language, meaning):
            lines.append(text)
    if not lines:
        raise Untranslatable(
            f"no {language} phrase of {meaning.step} says {dict(meaning.args) or 'it'}"
        )
    return min(lines, key=lambda text: _reads_well(text, language, keyword))


def render_steps(lines: Sequence[Line], language: str) -> list[tuple[str, str]]:
    """(keyword, text) per line: a new block starts with its role's keyword, then "And"."""
    words = KEYWORDS[language]
    rendered = []
    role = ""
    for line in lines:
        keyword = words[line.role] if line.role != role else words["and"]
        rendered.append((keyword, say(line.meaning, language, keyword)))
        role = line.role
    return rendered


def background(language: str) -> str:
    words = KEYWORDS[language]
    return f"{words['given']} {say(BACKGROUND, language, words['given'])}"
