"""The requirement catalogue and the interpretation notes, as the lint sees them.

The requirement IDs are fixed by the specification; they are spelled out here once (as the
size of each area) so that the catalogue file can be checked against them rather than
defining them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from agentstatus.lint.model import Violation
from agentstatus.spec.notes import NOTES_FILES, Note, parse_notes, source_quotes
from agentstatus.spec.yamlfile import SafeLoader

AREA_SIZES: Mapping[str, int] = {
    "AV": 8,
    "RONA": 11,
    "EN": 6,
    "OD": 2,
    "TM": 6,
    "VS": 7,
    "DG": 4,
    "TS": 3,
    "MO": 3,
    "UC": 9,
}
AREAS: tuple[str, ...] = tuple(AREA_SIZES)
REQUIREMENT_IDS: tuple[str, ...] = tuple(
    f"{area}-{number}" for area, size in AREA_SIZES.items() for number in range(1, size + 1)
)
"""Every requirement ID, in catalogue order; these and no others."""

CATALOGUE_FILE = "requirements.yaml"
SCHEMA_FILE = "requirements.schema.json"
NOTES_FILE = NOTES_FILES["en"]
DEFAULT_SOURCE = "source/agentstatus-sv.txt"


def _line_of(node: yaml.Node | None, path: tuple[str | int, ...]) -> int:
    """The 1-based line of the YAML node at ``path`` (or of its nearest existing parent)."""
    if node is None:
        return 1
    line = node.start_mark.line + 1
    for step in path:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode) and isinstance(step, str):
            child = next((v for k, v in node.value if getattr(k, "value", None) == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            child = node.value[step] if 0 <= step < len(node.value) else None
        if child is None:
            return line
        node = child
        line = node.start_mark.line + 1
    return line


_Loader: Any = SafeLoader


def _compose_and_load(text: str) -> tuple[yaml.Node | None, Any]:
    """Parse once, keeping the node tree for line numbers and building the data from it
    (with libyaml when present: the pure-Python parser dominated the lint's run time)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data


@dataclass(frozen=True)
class Catalogue:
    """``requirements.yaml`` with its schema and source text, each possibly missing or broken."""

    display: str
    data: Any = None
    node: yaml.Node | None = None
    schema: Any = None
    schema_display: str = SCHEMA_FILE
    source_text: str | None = None
    source_display: str = DEFAULT_SOURCE
    problems: tuple[Violation, ...] = ()

    def line(self, *path: str | int) -> int:
        return _line_of(self.node, path)

    def entries(self) -> Iterator[tuple[int, Mapping[str, Any]]]:
        """The requirement entries that are mappings, with their index in the list."""
        requirements = self.data.get("requirements") if isinstance(self.data, dict) else None
        if not isinstance(requirements, list):
            return
        for index, entry in enumerate(requirements):
            if isinstance(entry, dict):
                yield index, entry


@dataclass(frozen=True)
class Notes:
    """One notes file (``INTERPRETING.md`` or its Swedish version) as the checks see it.

    The notes come from ``agentstatus.spec.notes``, the reader the results use too; the
    mappings below are the lookups the checks need, keyed by note ID (the first heading of
    an ID wins, as a tag names that one).
    """

    display: str
    exists: bool
    language: str = "en"
    notes: tuple[Note, ...] = ()
    last_line: int = 1
    """The file's last line, where a note missing at its end belongs."""
    quotes: tuple[tuple[int, str], ...] = ()
    """The notes' citations of the source text, with their lines."""

    @cached_property
    def by_id(self) -> Mapping[str, Note]:
        found: dict[str, Note] = {}
        for note in self.notes:
            found.setdefault(note.id, note)
        return found

    @property
    def headings(self) -> Mapping[str, int]:
        """Each note ID with the line of its heading."""
        return {note_id: note.line for note_id, note in self.by_id.items()}

    @property
    def decides(self) -> Mapping[str, frozenset[str]]:
        """What each note that has a decides line decides."""
        return {
            note_id: frozenset(note.decides)
            for note_id, note in self.by_id.items()
            if note.decides_line is not None
        }

    @property
    def decides_lines(self) -> Mapping[str, int]:
        return {
            note_id: note.decides_line
            for note_id, note in self.by_id.items()
            if note.decides_line is not None
        }


def _display(path: Path, root: Path, display_root: str) -> str:
    try:
        return f"{display_root}/{path.relative_to(root).as_posix()}"
    except ValueError:
        return path.as_posix()


def load_catalogue(root: Path, display_root: str) -> Catalogue:
    path = root / CATALOGUE_FILE
    display = _display(path, root, display_root)
    schema_path = root / SCHEMA_FILE
    schema_display = _display(schema_path, root, display_root)
    problems: list[Violation] = []

    data: Any = None
    node: yaml.Node | None = None
    if not path.is_file():
        problems.append(
            Violation(display, 1, "the requirement catalogue is missing; create it (see README)")
        )
    else:
        text = path.read_text(encoding="utf-8")
        try:
            node, data = _compose_and_load(text)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark is not None else 1
            problems.append(Violation(display, line, f"is not valid YAML: {error}; fix the syntax"))
            node, data = None, None

    schema: Any = None
    if not schema_path.is_file():
        problems.append(Violation(schema_display, 1, "the catalogue's JSON Schema is missing"))
    else:
        try:
            schema = json.loads(schema_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            problems.append(
                Violation(schema_display, error.lineno, f"is not valid JSON: {error.msg}")
            )

    source = data.get("source") if isinstance(data, dict) else None
    source_path = root / (source if isinstance(source, str) and source else DEFAULT_SOURCE)
    source_display = _display(source_path, root, display_root)
    source_text: str | None = None
    if source_path.is_file():
        source_text = source_path.read_text(encoding="utf-8")
    else:
        problems.append(
            Violation(
                display,
                _line_of(node, ("source",)),
                f"the source text {source_display} is missing; the quotes cannot be checked",
            )
        )
    return Catalogue(
        display=display,
        data=data,
        node=node,
        schema=schema,
        schema_display=schema_display,
        source_text=source_text,
        source_display=source_display,
        problems=tuple(problems),
    )


def load_notes(root: Path, display_root: str, language: str = "en") -> Notes:
    """The notes file of ``language`` under ``root``; a missing file is recorded, not raised."""
    path = root / NOTES_FILES[language]
    display = _display(path, root, display_root)
    if not path.is_file():
        return Notes(display, exists=False, language=language)
    text = path.read_text(encoding="utf-8")
    return Notes(
        display,
        exists=True,
        language=language,
        notes=parse_notes(text, language),
        last_line=max(1, len(text.splitlines())),
        quotes=source_quotes(text),
    )
