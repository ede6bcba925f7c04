"""The lint's model of the spec: feature files as the official Gherkin parser sees them.

The checks are pure functions over this model, so that each check can be tested on a small
tree and a new check needs no parsing code of its own. Loading never raises on a broken
file: what cannot be read or parsed is recorded on the model and reported by a check, so a
single run lists every problem at once.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gherkin.errors import CompositeParserException, ParserException
from gherkin.parser import Parser

if TYPE_CHECKING:
    from agentstatus.lint.catalogue import Catalogue, Notes

LANGUAGES = ("sv", "en")
"""The language directories under the features directory; Swedish is the source language."""

SCENARIO_ID = re.compile(r"^@SC-(?P<area>[A-Z]+)-(?P<number>\d{2,})$")
NOTE_TAG = re.compile(r"^@INT-(?P<number>[1-9]\d*)$")
_LANGUAGE_LINE = re.compile(r"^\s*#\s*language\s*:\s*(?P<language>\S+)\s*$")


@dataclass(frozen=True, order=True)
class Violation:
    """One problem, located so that an author can go straight to it and fix it."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Tag:
    name: str
    line: int


@dataclass(frozen=True)
class Row:
    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Examples:
    line: int
    tags: tuple[Tag, ...]
    header: Row | None
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Scenario:
    """A scenario or outline with the tags it has itself and those it inherits.

    pytest-bdd turns feature, rule and Examples tags into markers of the scenario's tests,
    so a requirement tag counts wherever it is placed; the scenario ID is the exception and
    must sit on the scenario itself.
    """

    name: str
    line: int
    tags: tuple[Tag, ...]
    inherited: tuple[Tag, ...] = ()
    examples: tuple[Examples, ...] = ()

    @property
    def all_tags(self) -> tuple[Tag, ...]:
        return self.inherited + self.tags + tuple(t for ex in self.examples for t in ex.tags)

    @property
    def scenario_ids(self) -> tuple[str, ...]:
        """The scenario-ID tags on the scenario itself (names without the ``@``)."""
        return tuple(t.name[1:] for t in self.tags if t.name.startswith("@SC-"))

    @property
    def scenario_id(self) -> str | None:
        """The scenario ID when there is exactly one, else None (a check reports it)."""
        ids = self.scenario_ids
        return ids[0] if len(ids) == 1 else None

    def tag_names(self) -> frozenset[str]:
        return frozenset(t.name[1:] for t in self.all_tags)


@dataclass(frozen=True)
class ParseError:
    line: int
    message: str


@dataclass(frozen=True)
class FeatureFile:
    """One ``.feature`` file: its bytes-level facts, parse errors and scenarios."""

    display: str
    language_dir: str
    name: str
    has_bom: bool = False
    decode_error: str | None = None
    parse_errors: tuple[ParseError, ...] = ()
    declared_language: str | None = None
    """The ``# language:`` header, read before parsing (a wrong one makes parsing fail)."""
    language: str | None = None
    feature_line: int = 1
    container_tags: tuple[Tag, ...] = ()
    """Tags of the feature and its rules: they may not carry scenario IDs."""
    scenarios: tuple[Scenario, ...] = ()

    @property
    def parsed(self) -> bool:
        return self.decode_error is None and not self.parse_errors


@dataclass(frozen=True)
class Spec:
    """The whole features directory, as the checks see it."""

    root: Path
    display_root: str
    files: Mapping[str, tuple[FeatureFile, ...]]
    catalogue: Catalogue
    notes: Notes
    """The English notes, the original: tags and the catalogue are checked against them."""
    missing_dirs: tuple[str, ...] = field(default=())
    notes_sv: Notes | None = None
    """The Swedish version of the notes; None when the caller did not load it."""

    def all_files(self) -> Iterator[FeatureFile]:
        for language in LANGUAGES:
            yield from self.files.get(language, ())

    def scenarios(self, language: str) -> Iterator[tuple[FeatureFile, Scenario]]:
        for feature_file in self.files.get(language, ()):
            for scenario in feature_file.scenarios:
                yield feature_file, scenario


def _tags(node: Mapping[str, Any]) -> tuple[Tag, ...]:
    return tuple(Tag(t["name"], t["location"]["line"]) for t in node.get("tags", ()))


def _row(node: Mapping[str, Any]) -> Row:
    return Row(node["location"]["line"], tuple(c["value"] for c in node["cells"]))


def _scenario(node: Mapping[str, Any], inherited: tuple[Tag, ...]) -> Scenario:
    examples = tuple(
        Examples(
            line=ex["location"]["line"],
            tags=_tags(ex),
            header=_row(ex["tableHeader"]) if ex.get("tableHeader") else None,
            rows=tuple(_row(r) for r in ex.get("tableBody", ())),
        )
        for ex in node.get("examples", ())
    )
    return Scenario(
        name=node["name"],
        line=node["location"]["line"],
        tags=_tags(node),
        inherited=inherited,
        examples=examples,
    )


def _parse_error_line(error: ParserException) -> int:
    location = getattr(error, "location", None) or {}
    return int(location.get("line") or 1)


def _parse_error_message(error: ParserException) -> str:
    # The parser prefixes "(line:column): "; the violation carries the line itself.
    return re.sub(r"^\(\d+:\d+\): ", "", str(error))


def declared_language(text: str) -> str | None:
    """The ``# language:`` comment among the leading comments, as Gherkin reads it."""
    for line in text.splitlines():
        match = _LANGUAGE_LINE.match(line)
        if match:
            return match["language"]
        if line.strip() and not line.lstrip().startswith("#"):
            return None
    return None


def parse_feature(text: str, display: str, language_dir: str, name: str) -> FeatureFile:
    """Parse feature text the way pytest-bdd does (``gherkin.parser.Parser().parse``)."""
    try:
        document: Any = Parser().parse(text)
    except CompositeParserException as composite:
        errors = tuple(
            ParseError(_parse_error_line(e), _parse_error_message(e)) for e in composite.errors
        )
        return FeatureFile(display, language_dir, name, parse_errors=errors)
    except ParserException as error:
        parse_error = ParseError(_parse_error_line(error), _parse_error_message(error))
        return FeatureFile(display, language_dir, name, parse_errors=(parse_error,))

    feature = document.get("feature")
    if not feature:
        return FeatureFile(
            display,
            language_dir,
            name,
            parse_errors=(ParseError(1, "the file has no Feature"),),
        )
    feature_tags = _tags(feature)
    container_tags = list(feature_tags)
    scenarios: list[Scenario] = []
    for child in feature.get("children", ()):
        if "scenario" in child:
            scenarios.append(_scenario(child["scenario"], feature_tags))
        elif "rule" in child:
            rule = child["rule"]
            rule_tags = _tags(rule)
            container_tags.extend(rule_tags)
            for rule_child in rule.get("children", ()):
                if "scenario" in rule_child:
                    scenarios.append(_scenario(rule_child["scenario"], feature_tags + rule_tags))
    return FeatureFile(
        display,
        language_dir,
        name,
        language=feature.get("language"),
        feature_line=feature["location"]["line"],
        container_tags=tuple(container_tags),
        scenarios=tuple(scenarios),
    )


def load_feature(path: Path, directory: Path, display_dir: str, language_dir: str) -> FeatureFile:
    """Read one file; a BOM is recorded and stripped so the other checks still see its content.

    Its name is its path below the language directory, which is what pairs it with its
    translation.
    """
    name = path.relative_to(directory).as_posix()
    display = f"{display_dir}/{name}"
    raw = path.read_bytes()
    has_bom = raw.startswith(codecs.BOM_UTF8)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return FeatureFile(display, language_dir, name, has_bom=has_bom, decode_error=str(error))
    parsed = parse_feature(text, display, language_dir, name)
    return replace(parsed, has_bom=has_bom, declared_language=declared_language(text))
