"""Step patterns: one step function, several phrasings in each language.

A ``Phrase`` is a regular expression with ``{name}`` (any text) and ``{name:d}`` (a whole
number) placeholders, and it knows its language. ``bilingual`` puts the Swedish and English
phrases of one meaning on one function, so the two languages can never drift apart into two
implementations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from pytest_bdd import parsers
from pytest_bdd.parsers import StepParser

F = TypeVar("F", bound=Callable[..., Any])

_PLACEHOLDER = re.compile(r"\{(?P<name>\w+)(?P<int>:d)?\}")

#: Every phrase registered, by step function name: the ambiguity test and the refusal
#: look-ahead read it.
REGISTRY: dict[str, list[Phrase]] = {}


class Phrase(parsers.re):
    """A phrase of one language; ``{x}`` captures text, ``{n:d}`` a whole number."""

    def __init__(self, template: str, language: str) -> None:
        self.template = template
        self.language = language
        self.numbers = {m["name"] for m in _PLACEHOLDER.finditer(template) if m["int"]}
        super().__init__(_PLACEHOLDER.sub(self._group, template))

    @staticmethod
    def _group(match: re.Match[str]) -> str:
        body = r"\d+" if match["int"] else r".+?"
        return f"(?P<{match['name']}>{body})"

    def parse_arguments(self, name: str) -> dict[str, Any] | None:
        found = super().parse_arguments(name)
        if found is None:
            return None
        return {k: int(v) if k in self.numbers and v is not None else v for k, v in found.items()}

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, {self.language!r})"


class Phrases(StepParser):
    """All phrases of one step function as one parser.

    pytest-bdd looks a step up by trying every step fixture, so one parser per function
    (rather than one per phrase) keeps the lookup cost proportional to the meanings.
    """

    def __init__(self, name: str, phrases: Sequence[Phrase]) -> None:
        super().__init__(name)
        self.phrases = tuple(phrases)

    def _match(self, text: str) -> Phrase | None:
        return next((p for p in self.phrases if p.is_matching(text)), None)

    def parse_arguments(self, name: str) -> dict[str, Any] | None:
        phrase = self._match(name)
        return None if phrase is None else phrase.parse_arguments(name)

    def is_matching(self, name: str) -> bool:
        return self._match(name) is not None


def bilingual(
    kind: Callable[..., Callable[[F], F]],
    *,
    sv: Sequence[str],
    en: Sequence[str],
) -> Callable[[F], F]:
    """Register ``sv`` and ``en`` phrases for one step function.

    ``kind`` is ``pytest_bdd.given``/``when``/``then``/``step``. Swedish Given steps read
    "Givet att agenten ...", so Swedish phrases of ``given`` and ``step`` also match with a
    leading "att".
    """
    if not sv or not en:
        raise ValueError("every step needs a Swedish and an English phrase")

    def apply(func: F) -> F:
        phrases = [Phrase(t, "sv") for t in sv] + [Phrase(t, "en") for t in en]
        if kind.__name__ in {"given", "step"}:
            phrases += [Phrase(f"att {t}", "sv") for t in sv]
        # stacklevel 2: the step fixture goes into the module that applies ``bilingual``.
        func = kind(Phrases(func.__name__, phrases), stacklevel=2)(func)
        REGISTRY.setdefault(func.__name__, []).extend(phrases)
        return func

    return apply


def matching(text: str, language: str | None = None) -> list[tuple[str, Phrase]]:
    """Every (step function, phrase) whose phrase matches a step text."""
    return [
        (name, phrase)
        for name, phrases in REGISTRY.items()
        for phrase in phrases
        if (language is None or phrase.language == language) and phrase.is_matching(text)
    ]
