"""The interpretation notes, ``features/INTERPRETING.md`` and its Swedish version, read once.

The lint checks the notes (their IDs and what each decides) and a run embeds them in its
results (title and reading) so that a report can show them. Both read them here: two
parsers of one file drift apart, and the Swedish file must be read exactly like the English
one, only with its own field labels.

The layout of a note::

    ## INT-4 — <title>

    > <the source text, quoted>

    **Unclear:** ...          (sv: **Oklart:**)
    **Reading:** ...          (sv: **Tolkning:**)
    **Why:** ...              (sv: **Varför:**)
    **Decides:** UC-6, EN-5.  (sv: **Avgör:**)

A field runs from its label to the next blank line, label or heading. Reading is tolerant
(``### INT-02: title``, ``**Decides**:``): what a note lacks is for the lint to report, not
for the reader to reject.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

#: The notes file of each language, in the features directory. English is the original.
NOTES_FILES: Mapping[str, str] = {"en": "INTERPRETING.md", "sv": "INTERPRETING.sv.md"}


@dataclass(frozen=True)
class Labels:
    """The field labels of one language, as written between ``**`` and ``:**``."""

    unclear: str
    reading: str
    why: str
    decides: str


LABELS: Mapping[str, Labels] = {
    "en": Labels(unclear="Unclear", reading="Reading", why="Why", decides="Decides"),
    "sv": Labels(unclear="Oklart", reading="Tolkning", why="Varför", decides="Avgör"),
}


@dataclass(frozen=True)
class Note:
    """One note as its file states it; lines are 1-based."""

    id: str
    """``INT-<n>`` without leading zeros, whatever the heading wrote."""
    line: int
    """The heading's line."""
    title: str
    reading: str
    """The reading paragraph joined into one line; empty when the note has none."""
    decides: tuple[str, ...]
    """The requirement IDs of the decides line, in the order written."""
    decides_line: int | None
    """The decides line, or None when the note has none."""


_HEADING = re.compile(r"^#{1,6}\s+INT-0*(?P<number>[1-9]\d*)\b(?P<rest>.*)$")
_TITLE_SEPARATOR = re.compile(r"^[\s—–:-]+")
_FIELD = re.compile(r"^\s*\*\*(?P<label>[^*]+?)\s*:?\s*\*\*\s*:?\s*(?P<text>.*)$")
_REQUIREMENT_ID = re.compile(r"\b[A-Z]{2,}-[1-9]\d*\b")


def parse_notes(text: str, language: str) -> tuple[Note, ...]:
    """Every note of ``text``, in file order (a repeated ID gives two notes).

    ``language`` picks the field labels (``LABELS``); any other heading ends the note
    before it.
    """
    labels = LABELS[language]
    notes: list[Note] = []
    heading: re.Match[str] | None = None
    heading_line = 0
    body: list[tuple[int, str]] = []
    for number, line in enumerate([*text.splitlines(), "#"], start=1):
        if not line.startswith("#"):
            body.append((number, line))
            continue
        if heading is not None:
            notes.append(_note(heading, heading_line, body, labels))
        heading, heading_line, body = _HEADING.match(line), number, []
    return tuple(notes)


def _note(heading: re.Match[str], line: int, body: list[tuple[int, str]], labels: Labels) -> Note:
    fields = _fields(body)
    reading = fields.get(labels.reading)
    decides = fields.get(labels.decides)
    return Note(
        id=f"INT-{int(heading['number'])}",
        line=line,
        title=_TITLE_SEPARATOR.sub("", heading["rest"]).strip(),
        reading=reading[1] if reading else "",
        decides=tuple(_REQUIREMENT_ID.findall(decides[1])) if decides else (),
        decides_line=decides[0] if decides else None,
    )


def _fields(body: list[tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """Each ``**Label:** text`` of a note with its line and its paragraph joined into one line
    (the first of a repeated label counts)."""
    fields: dict[str, tuple[int, list[str]]] = {}
    open_field: list[str] | None = None
    for number, line in body:
        found = _FIELD.match(line)
        if found:
            open_field = [found["text"].strip()] if found["text"].strip() else []
            fields.setdefault(found["label"].strip(), (number, open_field))
        elif open_field is not None and line.strip() and not line.lstrip().startswith(">"):
            open_field.append(line.strip())
        else:
            open_field = None
    return {label: (number, " ".join(parts)) for label, (number, parts) in fields.items()}


def notes_path(features: Path, language: str) -> Path:
    """Where the notes of ``language`` live under the features directory."""
    return features / NOTES_FILES[language]


def read_notes(features: Path, language: str) -> tuple[Note, ...] | None:
    """The notes of ``language`` under ``features``, or None when the file is missing."""
    path = notes_path(features, language)
    if not path.is_file():
        return None
    return parse_notes(path.read_text(encoding="utf-8"), language)


_QUOTE_BLOCK_LINE = re.compile(r"^>\s?(?P<text>.*)$")
_QUOTED = re.compile(r"\"(?P<quote>[^\"]+)\"")


def source_quotes(text: str) -> tuple[tuple[int, str], ...]:
    """Every ``"..."`` inside a ``>`` block, with the line the block starts on.

    These are the notes' citations of the source text; ``…`` marks an elision, so each part
    between elisions must stand in the source as written.
    """
    found: list[tuple[int, str]] = []
    block: list[str] = []
    start = 0
    for number, line in enumerate([*text.splitlines(), ""], start=1):
        quoted = _QUOTE_BLOCK_LINE.match(line)
        if quoted:
            if not block:
                start = number
            block.append(quoted["text"])
            continue
        if block:
            found += [(start, m["quote"]) for m in _QUOTED.finditer(" ".join(block))]
            block = []
    return tuple(found)


def quote_in_source(quote: str, source: str) -> bool:
    """Whether every part of ``quote`` between elisions stands in ``source`` (spacing aside)."""
    flat_source = " ".join(source.split())
    parts = [" ".join(part.split()) for part in quote.split("…")]
    return all(part in flat_source for part in parts if part)
