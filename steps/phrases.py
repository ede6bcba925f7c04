"""Step patterns: one step function, several phrasings in each language.

A ``Phrase`` is a regular expression with ``{name}`` (any text) and ``{name:d}`` (a whole
number) placeholders, and it knows its language. ``bilingual`` puts the Swedish and English
phrases of one meaning on one function, so the two languages can never drift apart into two
implementations, and enters it in the phrase table (``DEFINITIONS``, ``find``) through which
``steps.dispatch`` runs every step.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pytest_bdd import parsers

F = TypeVar("F", bound=Callable[..., Any])

_PLACEHOLDER = re.compile(r"\{(?P<name>\w+)(?P<int>:d)?\}")

#: Every phrase registered, by step function name: the ambiguity test and the refusal
#: look-ahead read it.
REGISTRY: dict[str, list[Phrase]] = {}


def _literal_prefix(template: str) -> str:
    """The text before the first placeholder or regular-expression character; a character
    that a quantifier (``?``, ``*``) makes optional is left out too."""
    special = re.search(r"[{}()\[\]?*+.|\\^$]", template)
    if special is None:
        return template
    prefix = template[: special.start()]
    return prefix[:-1] if special.group() in "?*" and prefix else prefix


class Phrase(parsers.re):
    """A phrase of one language; ``{x}`` captures text, ``{n:d}`` a whole number."""

    def __init__(self, template: str, language: str) -> None:
        self.template = template
        self.language = language
        self.numbers = {m["name"] for m in _PLACEHOLDER.finditer(template) if m["int"]}
        #: The literal text every match starts with: most phrases are ruled out by it
        #: without running the regular expression.
        self.prefix = _literal_prefix(template)
        super().__init__(_PLACEHOLDER.sub(self._group, template))

    @staticmethod
    def _group(match: re.Match[str]) -> str:
        body = r"\d+" if match["int"] else r".+?"
        return f"(?P<{match['name']}>{body})"

    def is_matching(self, name: str) -> bool:
        return name.startswith(self.prefix) and super().is_matching(name)

    def parse_arguments(self, name: str) -> dict[str, Any] | None:
        if not name.startswith(self.prefix):
            return None
        found = super().parse_arguments(name)
        if found is None:
            return None
        return {k: int(v) if k in self.numbers and v is not None else v for k, v in found.items()}

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, {self.language!r})"


#: The keywords a step function can serve; one registered with ``step`` serves all three.
KEYWORDS = ("given", "when", "then")


@dataclass(frozen=True)
class StepDefinition:
    """One step function, its phrases, and the names of its parameters: all of them, and
    those without a default (which must be given, as pytest-bdd's ``get_required_args``)."""

    func: Callable[..., Any]
    phrases: tuple[Phrase, ...]
    parameters: tuple[str, ...]
    required: frozenset[str]


#: Every step definition, by the keyword it serves, in the order registered.
DEFINITIONS: dict[str, list[StepDefinition]] = {keyword: [] for keyword in KEYWORDS}

#: What each step text means, found once per keyword and text: step lines recur in many
#: scenarios, so the phrase table is scanned once per distinct line rather than per step.
_FOUND: dict[tuple[str, str], tuple[StepDefinition, dict[str, Any]] | None] = {}


def find(keyword: str, text: str) -> tuple[StepDefinition, dict[str, Any]] | None:
    """The step definition serving ``keyword`` whose phrase matches ``text``, with the
    arguments parsed from it; None when no phrase matches."""
    key = (keyword, text)
    if key not in _FOUND:
        _FOUND[key] = next(
            (
                (definition, arguments)
                for definition in DEFINITIONS[keyword]
                for phrase in definition.phrases
                if (arguments := phrase.parse_arguments(text)) is not None
            ),
            None,
        )
    return _FOUND[key]


def bilingual(
    kind: Callable[..., Any],
    *,
    sv: Sequence[str],
    en: Sequence[str],
) -> Callable[[F], F]:
    """Register ``sv`` and ``en`` phrases for one step function.

    ``kind`` is ``pytest_bdd.given``/``when``/``then``/``step`` (``step``: all three); only
    its name is used. The function goes into the phrase table, not into pytest-bdd:
    ``steps.dispatch`` holds the one step fixture per keyword that pytest-bdd sees. Swedish
    Given steps read "Givet att agenten ...", so Swedish phrases of ``given`` and ``step``
    also match with a leading "att".
    """
    if not sv or not en:
        raise ValueError("every step needs a Swedish and an English phrase")

    def apply(func: F) -> F:
        phrases = [Phrase(t, "sv") for t in sv] + [Phrase(t, "en") for t in en]
        if kind.__name__ in {"given", "step"}:
            phrases += [Phrase(f"att {t}", "sv") for t in sv]
        keywords = KEYWORDS if kind.__name__ == "step" else (kind.__name__,)
        if not set(keywords) <= set(KEYWORDS):
            raise ValueError(f"{kind.__name__} is not given, when, then or step")
        parameters = inspect.signature(func).parameters
        definition = StepDefinition(
            func,
            tuple(phrases),
            tuple(parameters),
            frozenset(n for n, p in parameters.items() if p.default is inspect.Parameter.empty),
        )
        for keyword in keywords:
            DEFINITIONS[keyword].append(definition)
        REGISTRY.setdefault(func.__name__, []).extend(phrases)
        _FOUND.clear()
        _matching.cache_clear()
        return func

    return apply


def matching(text: str, language: str | None = None) -> list[tuple[str, Phrase]]:
    """Every (step function, phrase) whose phrase matches a step text."""
    return list(_matching(text, language))


@functools.lru_cache(maxsize=4096)
def _matching(text: str, language: str | None) -> tuple[tuple[str, Phrase], ...]:
    return tuple(
        (name, phrase)
        for name, phrases in REGISTRY.items()
        for phrase in phrases
        if (language is None or phrase.language == language) and phrase.is_matching(text)
    )
