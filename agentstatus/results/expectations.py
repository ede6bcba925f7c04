"""How step code says "expected this, saw that" so the results keep it as data.

``ExpectationFailed`` is an ``AssertionError``: pytest, the terminal and the JUnit XML treat it
like any failed assertion, while the results collector reads its fields. Values are kept as
given (snapshot values are plain JSON data); anything else is stored by its ``repr``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NoReturn

import pytest

#: A skip whose reason starts with this is reported as "not applicable", not "skipped".
NOT_APPLICABLE_PREFIX = "not applicable: "


@dataclass(frozen=True)
class Mismatch:
    """One snapshot field that did not hold the expected value."""

    field: str
    expected: Any
    actual: Any

    def describe(self) -> str:
        return f"{self.field}: expected {self.expected!r}, actual {self.actual!r}"


class ExpectationFailed(AssertionError):
    """A *Then* step's expectation did not hold.

    ``ExpectationFailed(field, expected, actual, message=None)`` for one field;
    ``ExpectationFailed.of([(field, expected, actual), ...], message=None)`` for several.
    ``message`` is the sentence a reader sees (in the feature's language); without it the
    message is generated from the mismatches.
    """

    def __init__(self, field: str, expected: Any, actual: Any, message: str | None = None) -> None:
        self.mismatches: tuple[Mismatch, ...] = (Mismatch(field, expected, actual),)
        self.message = message if message is not None else self._describe()
        super().__init__(self.message)

    @classmethod
    def of(
        cls,
        mismatches: Iterable[Mismatch | tuple[str, Any, Any]],
        message: str | None = None,
    ) -> ExpectationFailed:
        items = tuple(m if isinstance(m, Mismatch) else Mismatch(*m) for m in mismatches)
        if not items:
            raise ValueError("ExpectationFailed.of needs at least one mismatch")
        error = cls(items[0].field, items[0].expected, items[0].actual, message)
        error.mismatches = items
        if message is None:
            error.message = error._describe()
            error.args = (error.message,)
        return error

    @property
    def field(self) -> str:
        return self.mismatches[0].field

    @property
    def expected(self) -> Any:
        return self.mismatches[0].expected

    @property
    def actual(self) -> Any:
        return self.mismatches[0].actual

    def _describe(self) -> str:
        return "; ".join(m.describe() for m in self.mismatches)

    def __str__(self) -> str:
        return self.message


def expect(field: str, expected: Any, actual: Any, message: str | None = None) -> None:
    """Raise ``ExpectationFailed`` unless ``actual == expected``."""
    if actual != expected:
        raise ExpectationFailed(field, expected, actual, message)


def not_applicable(reason: str) -> NoReturn:
    """End the scenario as "not applicable" (the implementation lacks what it exercises).

    It is a pytest skip with a recognisable reason, so it survives pytest-xdist and shows as
    a skip in JUnit XML, while the results and reports count it separately.
    """
    pytest.skip(NOT_APPLICABLE_PREFIX + reason)
