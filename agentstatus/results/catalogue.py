"""The requirement catalogue and the interpretation notes, as a run embeds them in its results.

Results carry the catalogue they were produced against, so a report rendered months later
shows the seed sentences and notes of that suite version, not of whatever is checked out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agentstatus import paths
from agentstatus.spec.notes import read_notes
from agentstatus.spec.readings import load as load_readings
from agentstatus.spec.yamlfile import safe_load

FEATURES = paths.FEATURES


def embedded_catalogue(features: Path = FEATURES) -> dict[str, Any]:
    """``{"areas", "requirements", "notes", "readings"}`` from ``requirements.yaml``, the notes
    files and ``readings.yaml``.

    Missing files give empty sections: a run of a partial suite still gets its results.
    """
    areas: dict[str, dict[str, str]] = {}
    requirements: dict[str, dict[str, Any]] = {}
    path = features / "requirements.yaml"
    if path.is_file():
        data = safe_load(path.read_text("utf-8")) or {}
        for code, names in (data.get("areas") or {}).items():
            areas[str(code)] = {str(k): str(v) for k, v in (names or {}).items()}
        for entry in data.get("requirements") or []:
            requirements[str(entry["id"])] = _requirement(entry)
    readings = {
        note: {
            "default": c.default,
            "alternatives": {k: dict(v) for k, v in c.alternatives.items()},
        }
        for note, c in load_readings(features).items()
    }
    return {
        "areas": areas,
        "requirements": requirements,
        "notes": embedded_notes(features),
        "readings": readings,
    }


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


def embedded_notes(features: Path = FEATURES) -> dict[str, dict[str, dict[str, str]]]:
    """Each note with its title and reading per language: ``{"INT-4": {"title": {"sv": ...,
    "en": ...}, "reading": {...}}}``, in the English file's order.

    A report shows a note in its own language; a language whose file is missing (or lacks
    the note) is simply absent, and the report falls back to another.
    """
    notes: dict[str, dict[str, dict[str, str]]] = {}
    for language in ("en", "sv"):
        for note in read_notes(features, language) or ():
            entry = notes.setdefault(note.id, {"title": {}, "reading": {}})
            entry["title"].setdefault(language, note.title)
            if note.reading:
                entry["reading"].setdefault(language, note.reading)
    return notes
