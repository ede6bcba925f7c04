"""The requirement catalogue and the interpretation notes, as a run embeds them in its results.

Results carry the catalogue they were produced against, so a report rendered months later
shows the seed sentences and notes of that suite version, not of whatever is checked out.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

PROJECT_ROOT = Path(__file__).resolve().parents[2]
FEATURES = PROJECT_ROOT / "features"

_NOTE_HEADING = re.compile(r"^## (INT-\d+)\s+[—-]\s+(.+?)\s*$")
_READING = re.compile(r"^\*\*Reading:\*\*\s*(.*)$")


def load_catalogue(features: Path = FEATURES) -> dict[str, Any]:
    """``{"areas", "requirements", "notes"}`` from ``requirements.yaml`` and ``INTERPRETING.md``.

    Missing files give empty sections: a run of a partial suite still gets its results.
    """
    areas: dict[str, dict[str, str]] = {}
    requirements: dict[str, dict[str, Any]] = {}
    path = features / "requirements.yaml"
    if path.is_file():
        data = yaml.safe_load(path.read_text("utf-8")) or {}
        for code, names in (data.get("areas") or {}).items():
            areas[str(code)] = {str(k): str(v) for k, v in (names or {}).items()}
        for entry in data.get("requirements") or []:
            requirements[str(entry["id"])] = _requirement(entry)
    return {"areas": areas, "requirements": requirements, "notes": load_notes(features)}


def _requirement(entry: dict[str, Any]) -> dict[str, Any]:
    quotes = entry.get("source_sv") or []
    if isinstance(quotes, str):
        quotes = [quotes]
    seed = {"sv": " ".join(str(q).strip() for q in quotes), "en": str(entry.get("en", "")).strip()}
    title = {str(k): str(v) for k, v in (entry.get("title") or {}).items()}
    return {
        "area": str(entry.get("area", "")),
        "title": title,
        "seed": seed,
        "notes": [str(n) for n in entry.get("notes") or []],
    }


def load_notes(features: Path = FEATURES) -> dict[str, dict[str, str]]:
    """Each ``## INT-n — title`` of ``INTERPRETING.md`` with its title and its reading."""
    path = features / "INTERPRETING.md"
    notes: dict[str, dict[str, str]] = {}
    if not path.is_file():
        return notes
    current: dict[str, str] | None = None
    reading: list[str] | None = None
    for line in path.read_text("utf-8").splitlines():
        heading = _NOTE_HEADING.match(line)
        if heading:
            current = {"title": heading.group(2)}
            notes[heading.group(1)] = current
            reading = None
            continue
        if current is None:
            continue
        found = _READING.match(line)
        if found:
            reading = [found.group(1)]
            current["reading"] = found.group(1)
        elif reading is not None and line.strip() and not line.startswith("**"):
            reading.append(line.strip())
            current["reading"] = " ".join(reading)
        else:
            reading = None
    return notes
