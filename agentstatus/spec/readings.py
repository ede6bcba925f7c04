"""The contested readings of the specification, ``features/readings.yaml``, read once.

Where an interpretation note picks one reading of the source and another is defensible,
the catalogue names each reading and the suite's default. A scenario that holds only under
one reading carries its tag, ``@reading-INT-17-lenient``; an implementation declares the
readings it follows, and follows the default wherever it declares none. The lint, the
harness (which readings a declared set may name) and the reports read the catalogue here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from agentstatus import paths
from agentstatus.spec.yamlfile import safe_load

READING_PREFIX = "reading-"
_TAG = re.compile(r"^reading-(?P<note>INT-[1-9]\d*)-(?P<name>[a-z][a-z0-9-]*)$")


@dataclass(frozen=True)
class Contested:
    """One note's readings: the suite's default and every alternative's text per language."""

    note: str
    default: str
    alternatives: Mapping[str, Mapping[str, str]]


def load(features: Path = paths.FEATURES) -> dict[str, Contested]:
    path = features / "readings.yaml"
    if not path.is_file():
        return {}
    data = safe_load(path.read_text("utf-8")) or {}
    return {
        note: Contested(note, entry["default"], entry["alternatives"])
        for note, entry in (data.get("readings") or {}).items()
    }


@cache
def catalogue() -> dict[str, Contested]:
    """The suite's own readings."""
    return load()


def reading_tags(tags: Iterable[str]) -> dict[str, set[str]]:
    """note → the readings a scenario's tags (with or without ``@``) say it holds under."""
    found: dict[str, set[str]] = {}
    for tag in tags:
        match = _TAG.match(tag.removeprefix("@"))
        if match:
            found.setdefault(match["note"], set()).add(match["name"])
    return found


def is_reading_tag(tag: str) -> bool:
    return tag.removeprefix("@").startswith(READING_PREFIX)


def unknown_reading(tag: str, known: Mapping[str, Contested]) -> str | None:
    """For a ``reading-`` tag the catalogue does not have: what to write instead."""
    name = tag.removeprefix("@")
    match = _TAG.match(name)
    if match is None:
        return f"tag @{name} is not a reading tag; write @{READING_PREFIX}INT-<n>-<reading>"
    contested = known.get(match["note"])
    if contested is None:
        return (
            f"tag @{name}: {match['note']} has no readings in readings.yaml; "
            "add them there or remove the tag"
        )
    if match["name"] not in contested.alternatives:
        return (
            f"tag @{name}: {match['note']} has no reading {match['name']!r}; its readings "
            f"are {', '.join(sorted(contested.alternatives))}"
        )
    return None


def effective(
    declared: Mapping[str, str], known: Mapping[str, Contested] | None = None
) -> dict[str, str]:
    """Every contested note with the reading followed: the declared one, else the default."""
    chosen = catalogue() if known is None else known
    return {note: declared.get(note, c.default) for note, c in chosen.items()}


def undeclarable(
    declared: Mapping[str, str], known: Mapping[str, Contested] | None = None
) -> list[str]:
    """Why a declared set of readings cannot be used (unknown notes or readings)."""
    chosen = catalogue() if known is None else known
    problems = []
    for note, reading in declared.items():
        contested = chosen.get(note)
        if contested is None:
            problems.append(
                f"{note} has no contested readings (those that have: "
                f"{', '.join(sorted(chosen)) or 'none'})"
            )
        elif reading not in contested.alternatives:
            problems.append(
                f"{note} has no reading {reading!r}; its readings are "
                f"{', '.join(sorted(contested.alternatives))}"
            )
    return problems


def mismatched_readings(
    tags: Iterable[str], declared: Mapping[str, str], known: Mapping[str, Contested] | None = None
) -> list[str]:
    """``INT-17: the scenario holds under lenient, the implementation follows strict``, for
    every note whose reading the scenario needs and the implementation does not follow."""
    followed = effective(declared, known)
    found = []
    for note, needed in sorted(reading_tags(tags).items()):
        reading = followed.get(note)
        if reading not in needed:
            found.append(
                f"{note}: the scenario holds under {' or '.join(sorted(needed))}, the "
                f"implementation follows {reading}"
            )
    return found
