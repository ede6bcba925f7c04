"""The lint's checks: each a pure function from the spec model to a list of violations.

To add a check, write ``def check_something(spec: Spec) -> list[Violation]`` and append it
to ``CHECKS``. Every message says what is wrong and what to do about it, because the reader
is an author looking at one line of one file.
"""

from __future__ import annotations

import difflib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

import jsonschema

from agentstatus.lint.catalogue import AREAS, REQUIREMENT_IDS, Notes
from agentstatus.lint.model import (
    LANGUAGES,
    NOTE_TAG,
    SCENARIO_ID,
    FeatureFile,
    Scenario,
    Spec,
    Tag,
    Violation,
)
from agentstatus.spec.applicability import NEEDS_PREFIX, unknown_capability
from agentstatus.spec.notes import LABELS, quote_in_source
from agentstatus.spec.readings import Contested, is_reading_tag, unknown_reading
from agentstatus.spec.readings import load as load_readings
from agentstatus.spec.yamlfile import safe_load

Check = Callable[[Spec], list[Violation]]

_REQUIREMENTS = frozenset(REQUIREMENT_IDS)
_LANGUAGE_NAMES = {"sv": "Swedish", "en": "English"}


def _other(language: str) -> str:
    return "en" if language == "sv" else "sv"


def _tags(names: Iterable[str], prefix: str = "@") -> str:
    ordered = sorted(names, key=_tag_order)
    return " ".join(f"{prefix}{n}" for n in ordered) or "none"


def _tag_order(name: str) -> tuple[int, int, str]:
    area, _, number = name.rpartition("-")
    rank = AREAS.index(area) if area in AREAS else len(AREAS)
    return (rank, int(number) if number.isdigit() else 0, name)


def _suggest(name: str, candidates: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.6)
    return close[0] if close else None


def _hint(name: str) -> str:
    close = _suggest(name, REQUIREMENT_IDS)
    return f" (did you mean {close}?)" if close else ""


def _requirements_of(scenario: Scenario) -> frozenset[str]:
    return frozenset(n for n in scenario.tag_names() if n in _REQUIREMENTS)


def _notes_of(scenario: Scenario) -> frozenset[str]:
    return frozenset(n for n in scenario.tag_names() if NOTE_TAG.match("@" + n))


def _label(scenario: Scenario) -> str:
    return f"@{scenario.scenario_id}" if scenario.scenario_id else f"{scenario.name!r}"


# --- files -------------------------------------------------------------------------------


def check_encoding(spec: Spec) -> list[Violation]:
    """No BOM (pytest-bdd then fails on the language line) and UTF-8 only."""
    violations = []
    for feature_file in spec.all_files():
        if feature_file.has_bom:
            violations.append(
                Violation(
                    feature_file.display,
                    1,
                    "starts with a byte order mark (BOM); save the file as UTF-8 without BOM",
                )
            )
        if feature_file.decode_error is not None:
            violations.append(
                Violation(
                    feature_file.display,
                    1,
                    f"is not UTF-8 ({feature_file.decode_error}); save it as UTF-8",
                )
            )
    return violations


def check_parses(spec: Spec) -> list[Violation]:
    """Every file parses with the official Gherkin parser, the one pytest-bdd uses."""
    violations = []
    for feature_file in spec.all_files():
        if not feature_file.parse_errors:
            continue
        # The parser goes on after an error and usually trips on every following line;
        # the first error is the one to fix.
        first, *rest = feature_file.parse_errors
        more = f" ({len(rest)} more error(s) follow from it)" if rest else ""
        violations.append(
            Violation(
                feature_file.display,
                first.line,
                f"does not parse as Gherkin: {first.message}; fix the syntax on this line{more}",
            )
        )
    return violations


def check_language(spec: Spec) -> list[Violation]:
    """Swedish files declare ``# language: sv``; English files use Gherkin's English.

    Read from the header rather than the parse, so that the fix is named even when the
    missing header is what makes the Swedish keywords unparsable.
    """
    violations = []
    for feature_file in spec.all_files():
        if feature_file.decode_error is not None:
            continue
        declared = feature_file.declared_language
        if feature_file.language_dir == "sv" and declared != "sv":
            violations.append(
                Violation(
                    feature_file.display,
                    1,
                    f"declares language {declared or 'none (English)'!s}; a Swedish feature "
                    f"starts with the line '# language: sv'",
                )
            )
        elif feature_file.language_dir == "en" and declared not in (None, "en"):
            violations.append(
                Violation(
                    feature_file.display,
                    1,
                    f"declares language {declared}; an English feature has no "
                    f"'# language:' line (or '# language: en')",
                )
            )
    return violations


def check_same_files(spec: Spec) -> list[Violation]:
    """Both languages have feature files, with the same file names."""
    violations = []
    for missing in spec.missing_dirs:
        violations.append(
            Violation(missing, 1, "has no .feature files; write the features of this language")
        )
    names = {lang: {f.name: f for f in spec.files.get(lang, ())} for lang in LANGUAGES}
    for language in LANGUAGES:
        other = _other(language)
        if not names[other]:
            continue
        for name, feature_file in sorted(names[language].items()):
            if name not in names[other]:
                violations.append(
                    Violation(
                        feature_file.display,
                        1,
                        f"has no counterpart {other}/{name}; every feature file exists in both "
                        f"languages under the same name",
                    )
                )
    return violations


# --- tags ----------------------------------------------------------------------------------


def check_scenario_id_tag(spec: Spec) -> list[Violation]:
    """Exactly one ``@SC-<AREA>-<NN>`` on each scenario itself, and nowhere else."""
    violations = []
    for feature_file in spec.all_files():
        for tag in feature_file.container_tags:
            if tag.name.startswith("@SC-"):
                violations.append(
                    Violation(
                        feature_file.display,
                        tag.line,
                        f"scenario ID {tag.name} is on a Feature or Rule; move it to the one "
                        f"scenario it names",
                    )
                )
        for scenario in feature_file.scenarios:
            for examples in scenario.examples:
                for tag in examples.tags:
                    if tag.name.startswith("@SC-"):
                        violations.append(
                            Violation(
                                feature_file.display,
                                tag.line,
                                f"scenario ID {tag.name} is on an Examples block; move it to "
                                f"the scenario outline",
                            )
                        )
            ids = scenario.scenario_ids
            if not ids:
                violations.append(
                    Violation(
                        feature_file.display,
                        scenario.line,
                        f"scenario {scenario.name!r} has no scenario ID; add one tag "
                        f"@SC-<AREA>-<NN>, e.g. @SC-RONA-01, the same in both languages",
                    )
                )
            elif len(ids) > 1:
                violations.append(
                    Violation(
                        feature_file.display,
                        scenario.line,
                        f"scenario {scenario.name!r} has {len(ids)} scenario IDs "
                        f"({_tags(ids)}); keep exactly one",
                    )
                )
    return violations


def check_requirement_tag(spec: Spec) -> list[Violation]:
    """Every scenario traces to at least one requirement of the catalogue."""
    violations = []
    for feature_file in spec.all_files():
        for scenario in feature_file.scenarios:
            if not _requirements_of(scenario):
                area = SCENARIO_ID.match("@" + (scenario.scenario_id or ""))
                example = f"@{area['area']}-1" if area and area["area"] in AREAS else "@AV-1"
                violations.append(
                    Violation(
                        feature_file.display,
                        scenario.line,
                        f"scenario {_label(scenario)} has no requirement tag; add one of the "
                        f"catalogue IDs, e.g. {example}",
                    )
                )
    return violations


def _unknown_tag_message(
    tag: Tag, notes: Notes, readings: Mapping[str, Contested] | None = None
) -> str | None:
    name = tag.name
    if name[1:] in _REQUIREMENTS:
        return None
    if name.startswith("@" + NEEDS_PREFIX):
        return unknown_capability(name)
    if is_reading_tag(name):
        return unknown_reading(name, readings or {})
    if name.startswith("@SC-"):
        match = SCENARIO_ID.match(name)
        if match and match["area"] in AREAS:
            return None
        return (
            f"tag {name} is not a well-formed scenario ID; write @SC-<AREA>-<NN> with AREA one "
            f"of {', '.join(AREAS)} and NN two digits, e.g. @SC-RONA-03"
        )
    note = NOTE_TAG.match(name)
    if note:
        if not notes.exists or name[1:] in notes.headings:
            return None
        return (
            f"tag {name} names no interpretation note; {notes.display} has no heading "
            f"'## {name[1:]} — ...'; fix the tag or write the note"
        )
    if name.startswith("@INT-"):
        return f"tag {name} is not a note tag; write @INT-<n> without leading zeros, e.g. @INT-4"
    close = _suggest(name[1:], REQUIREMENT_IDS)
    hint = f" (did you mean @{close}?)" if close else ""
    return (
        f"tag {name} is unknown; use a catalogue ID{hint}, a scenario ID @SC-<AREA>-<NN>, "
        f"a note tag @INT-<n> or a capability tag @{NEEDS_PREFIX}<capability>"
    )


def check_unknown_tags(spec: Spec) -> list[Violation]:
    """Only catalogue IDs, scenario IDs, existing note tags and capability tags; a typo would
    hide a rule, or make a core scenario optional."""
    violations = []
    for feature_file in spec.all_files():
        seen: set[tuple[str, int]] = set()
        tags: list[Tag] = list(feature_file.container_tags)
        for scenario in feature_file.scenarios:
            tags.extend(scenario.tags)
            tags.extend(t for ex in scenario.examples for t in ex.tags)
        for tag in tags:
            if (tag.name, tag.line) in seen:
                continue
            seen.add((tag.name, tag.line))
            message = _unknown_tag_message(tag, spec.notes, load_readings(spec.root))
            if message:
                violations.append(Violation(feature_file.display, tag.line, message))
    return violations


# --- scenario IDs and the two languages -------------------------------------------------------


def _by_id(spec: Spec, language: str) -> dict[str, list[tuple[FeatureFile, Scenario]]]:
    found: dict[str, list[tuple[FeatureFile, Scenario]]] = defaultdict(list)
    for feature_file, scenario in spec.scenarios(language):
        if scenario.scenario_id:
            found[scenario.scenario_id].append((feature_file, scenario))
    return found


def check_unique_scenario_ids(spec: Spec) -> list[Violation]:
    """A scenario ID names one scenario per language, or reports could not tell them apart."""
    violations = []
    for language in LANGUAGES:
        for scenario_id, places in sorted(_by_id(spec, language).items()):
            first_file, first = places[0]
            for feature_file, scenario in places[1:]:
                violations.append(
                    Violation(
                        feature_file.display,
                        scenario.line,
                        f"scenario ID @{scenario_id} is already used at "
                        f"{first_file.display}:{first.line}; give this scenario a new ID in "
                        f"both languages",
                    )
                )
    return violations


def _pairs(
    spec: Spec,
) -> list[tuple[str, tuple[FeatureFile, Scenario], tuple[FeatureFile, Scenario]]]:
    """Scenarios with the same ID in sv and en (the first of each, if duplicated)."""
    sv, en = _by_id(spec, "sv"), _by_id(spec, "en")
    return [(sid, sv[sid][0], en[sid][0]) for sid in sorted(sv.keys() & en.keys())]


def check_counterparts(spec: Spec) -> list[Violation]:
    """Every scenario ID exists in both languages, in the file of the same name."""
    if not spec.files.get("sv") or not spec.files.get("en"):
        return []  # check_same_files reports the missing language once
    violations = []
    by_language = {lang: _by_id(spec, lang) for lang in LANGUAGES}
    # A file that does not parse has no scenarios; check_parses names it, and listing all
    # its counterparts as missing would bury that one fix.
    unparsed = {(f.language_dir, f.name) for f in spec.all_files() if not f.parsed}
    for language in LANGUAGES:
        other = _other(language)
        for scenario_id, places in sorted(by_language[language].items()):
            feature_file, scenario = places[0]
            if scenario_id not in by_language[other]:
                if (other, feature_file.name) in unparsed:
                    continue
                violations.append(
                    Violation(
                        feature_file.display,
                        scenario.line,
                        f"scenario @{scenario_id} has no counterpart in {other}/; write its "
                        f"{_LANGUAGE_NAMES[other]} version with the same ID in "
                        f"{other}/{feature_file.name}",
                    )
                )
            elif language == "en":
                other_file, other_scenario = by_language[other][scenario_id][0]
                if other_file.name != feature_file.name:
                    violations.append(
                        Violation(
                            feature_file.display,
                            scenario.line,
                            f"scenario @{scenario_id} is in {feature_file.name} here but in "
                            f"{other_file.display}:{other_scenario.line}; keep it in the file "
                            f"of the same name in both languages",
                        )
                    )
    return violations


def _compare_sets(
    spec: Spec, what: str, select: Callable[[Scenario], frozenset[str]]
) -> list[Violation]:
    violations = []
    for scenario_id, (sv_file, sv), (en_file, en) in _pairs(spec):
        sv_tags, en_tags = select(sv), select(en)
        if sv_tags != en_tags:
            differences = []
            if en_tags - sv_tags:
                differences.append(f"only here: {_tags(en_tags - sv_tags)}")
            if sv_tags - en_tags:
                differences.append(f"only in sv: {_tags(sv_tags - en_tags)}")
            violations.append(
                Violation(
                    en_file.display,
                    en.line,
                    f"scenario @{scenario_id} has other {what} than "
                    f"{sv_file.display}:{sv.line} ({'; '.join(differences)}); make them the "
                    f"same in both languages",
                )
            )
    return violations


def check_same_requirement_tags(spec: Spec) -> list[Violation]:
    """A scenario and its translation trace to the same requirements."""
    return _compare_sets(spec, "requirement tags", _requirements_of)


def check_same_note_tags(spec: Spec) -> list[Violation]:
    """A scenario and its translation cite the same interpretation notes."""
    return _compare_sets(spec, "note tags", _notes_of)


def _conditions_of(scenario: Scenario) -> frozenset[str]:
    return frozenset(
        n for n in scenario.tag_names() if n.startswith(NEEDS_PREFIX) or is_reading_tag(n)
    )


def check_same_conditions(spec: Spec) -> list[Violation]:
    """A scenario and its translation apply under the same capabilities and readings; else
    one language would be checked against implementations the other is not."""
    return _compare_sets(spec, "capability and reading tags", _conditions_of)


def check_readings(spec: Spec) -> list[Violation]:
    """``readings.yaml`` has its schema's layout, names notes that exist, and every reading
    of it has a scenario in each language: an alternative nobody can check is a promise."""
    path = spec.root / "readings.yaml"
    if not path.is_file():
        return []
    display = f"{spec.display_root}/readings.yaml"
    data = safe_load(path.read_text("utf-8")) or {}
    schema = json.loads((spec.root / "readings.schema.json").read_text("utf-8"))
    violations = [
        Violation(
            display,
            1,
            f"at {'/'.join(str(p) for p in e.path) or 'the top level'}: "
            f"{e.message}; see {spec.display_root}/readings.schema.json",
        )
        for e in jsonschema.Draft202012Validator(schema).iter_errors(data)
    ]
    if violations:
        return violations
    readings = load_readings(spec.root)
    tagged: dict[str, set[str]] = {language: set() for language in LANGUAGES}
    for language in LANGUAGES:
        for _, scenario in spec.scenarios(language):
            tagged[language] |= {n for n in scenario.tag_names() if is_reading_tag(n)}
    for note, contested in readings.items():
        if spec.notes.exists and note not in spec.notes.headings:
            violations.append(
                Violation(
                    display,
                    1,
                    f"{note} has readings but no note in {spec.notes.display}; write the note",
                )
            )
        if contested.default not in contested.alternatives:
            violations.append(
                Violation(
                    display,
                    1,
                    f"{note}: the default {contested.default!r} is not one of its alternatives",
                )
            )
        for reading in contested.alternatives:
            tag = f"reading-{note}-{reading}"
            for language in LANGUAGES:
                if spec.files.get(language) and tag not in tagged[language]:
                    violations.append(
                        Violation(
                            display,
                            1,
                            f"no {language} scenario is tagged @{tag}; "
                            "give each reading scenarios that hold only under it",
                        )
                    )
    return violations


def check_same_examples(spec: Spec) -> list[Violation]:
    """The Examples values (not the column names) are identical in both languages.

    Boundary values are the point of an outline; if they drift apart, one language tests a
    different rule from the other.
    """
    violations = []
    for scenario_id, (sv_file, sv), (en_file, en) in _pairs(spec):
        where = f"{sv_file.display}:{sv.line}"
        if len(sv.examples) != len(en.examples):
            violations.append(
                Violation(
                    en_file.display,
                    en.line,
                    f"scenario @{scenario_id} has {len(en.examples)} Examples blocks but {where} "
                    f"has {len(sv.examples)}; give both languages the same Examples",
                )
            )
            continue
        for number, (sv_ex, en_ex) in enumerate(zip(sv.examples, en.examples, strict=True), 1):
            sv_width = len(sv_ex.header.cells) if sv_ex.header else 0
            en_width = len(en_ex.header.cells) if en_ex.header else 0
            if sv_width != en_width or len(sv_ex.rows) != len(en_ex.rows):
                violations.append(
                    Violation(
                        en_file.display,
                        en_ex.line,
                        f"Examples {number} of @{scenario_id} has {len(en_ex.rows)} rows of "
                        f"{en_width} columns but {sv_file.display}:{sv_ex.line} has "
                        f"{len(sv_ex.rows)} rows of {sv_width}; give both languages the same "
                        f"table",
                    )
                )
                continue
            for sv_row, en_row in zip(sv_ex.rows, en_ex.rows, strict=True):
                if sv_row.cells != en_row.cells:
                    violations.append(
                        Violation(
                            en_file.display,
                            en_row.line,
                            f"Examples row of @{scenario_id} is | {' | '.join(en_row.cells)} | "
                            f"but {sv_file.display}:{sv_row.line} has "
                            f"| {' | '.join(sv_row.cells)} |; the Examples values must be the "
                            f"same in both languages (only column names are translated)",
                        )
                    )
    return violations


def check_coverage(spec: Spec) -> list[Violation]:
    """Every requirement is covered by at least one scenario in each language."""
    catalogue = spec.catalogue
    lines = {
        entry.get("id"): catalogue.line("requirements", index)
        for index, entry in catalogue.entries()
    }
    violations = []
    for language in LANGUAGES:
        if not spec.files.get(language):
            continue  # check_same_files reports the missing language once
        covered: set[str] = set()
        for _, scenario in spec.scenarios(language):
            covered |= _requirements_of(scenario)
        for requirement in REQUIREMENT_IDS:
            if requirement not in covered:
                violations.append(
                    Violation(
                        catalogue.display,
                        lines.get(requirement, 1),
                        f"{requirement} is covered by no scenario in {language}/; tag a "
                        f"scenario of the {_LANGUAGE_NAMES[language]} features with "
                        f"@{requirement}",
                    )
                )
    return violations


# --- the catalogue ------------------------------------------------------------------------------


def check_inputs(spec: Spec) -> list[Violation]:
    """The catalogue, its schema, the source text and the notes exist and can be read."""
    catalogue = spec.catalogue
    notes = spec.notes
    violations = list(catalogue.problems)
    if not notes.exists:
        violations.append(
            Violation(
                notes.display,
                1,
                "the interpretation notes are missing, so @INT-<n> tags cannot be checked; "
                "write them with one heading per note, '## INT-1 — <title>'",
            )
        )
    swedish = spec.notes_sv
    if swedish is not None and not swedish.exists:
        violations.append(
            Violation(
                swedish.display,
                1,
                f"the Swedish interpretation notes are missing; translate {notes.display} "
                f"into this file, note by note under the same '## INT-<n> — <titel>' headings, "
                f"with the fields {_fields_of(swedish.language)}",
            )
        )
    return violations


def _fields_of(language: str) -> str:
    labels = LABELS[language]
    return ", ".join(
        f"**{label}:**" for label in (labels.unclear, labels.reading, labels.why, labels.decides)
    )


def check_catalogue_schema(spec: Spec) -> list[Violation]:
    """The catalogue has the layout its JSON Schema describes."""
    catalogue = spec.catalogue
    if catalogue.data is None or catalogue.schema is None:
        return []
    validator = jsonschema.Draft202012Validator(catalogue.schema)
    violations = []
    for error in sorted(validator.iter_errors(catalogue.data), key=lambda e: list(e.path)):
        path = tuple(error.path)
        where = "/".join(str(p) for p in path) or "the top level"
        violations.append(
            Violation(
                catalogue.display,
                catalogue.line(*path),
                f"at {where}: {error.message}; see {catalogue.schema_display}",
            )
        )
    return violations


def check_catalogue_ids(spec: Spec) -> list[Violation]:
    """The catalogue lists exactly the fixed requirement IDs, once each, in their area."""
    catalogue = spec.catalogue
    if catalogue.data is None:
        return []
    violations = []
    first: dict[str, int] = {}
    for index, entry in catalogue.entries():
        requirement = entry.get("id")
        line = catalogue.line("requirements", index)
        if not isinstance(requirement, str):
            continue  # the schema check reports it
        if requirement not in _REQUIREMENTS:
            violations.append(
                Violation(
                    catalogue.display,
                    line,
                    f"{requirement} is not one of the fixed requirement IDs; remove the "
                    f"entry or correct its ID{_hint(requirement)}",
                )
            )
        elif requirement in first:
            violations.append(
                Violation(
                    catalogue.display,
                    line,
                    f"{requirement} is listed twice (first at line {first[requirement]}); "
                    f"keep one entry",
                )
            )
        else:
            first[requirement] = line
        area = entry.get("area")
        if isinstance(area, str) and requirement.rpartition("-")[0] != area:
            violations.append(
                Violation(
                    catalogue.display,
                    catalogue.line("requirements", index, "area"),
                    f"{requirement} has area {area}; its area is the ID's prefix "
                    f"{requirement.rpartition('-')[0]}",
                )
            )
    requirements_line = catalogue.line("requirements")
    for requirement in REQUIREMENT_IDS:
        if requirement not in first:
            violations.append(
                Violation(
                    catalogue.display,
                    requirements_line,
                    f"{requirement} has no entry; add it with its Swedish source sentences "
                    f"and English rendering",
                )
            )
    return violations


def check_catalogue_quotes(spec: Spec) -> list[Violation]:
    """Every Swedish quote stands verbatim in the source text, so a reader can find it."""
    catalogue = spec.catalogue
    if catalogue.source_text is None:
        return []
    violations = []
    for index, entry in catalogue.entries():
        quotes = entry.get("source_sv")
        if not isinstance(quotes, list):
            continue
        for number, quote in enumerate(quotes):
            if isinstance(quote, str) and quote not in catalogue.source_text:
                violations.append(
                    Violation(
                        catalogue.display,
                        catalogue.line("requirements", index, "source_sv", number),
                        f"{entry.get('id')}: the quote {quote[:60]!r}... is not verbatim in "
                        f"{catalogue.source_display}; copy it exactly (spacing and "
                        f"punctuation included)",
                    )
                )
    return violations


def check_catalogue_notes(spec: Spec) -> list[Violation]:
    """Catalogue entries cite existing notes, and agree with each note's "Decides" line."""
    catalogue = spec.catalogue
    notes = spec.notes
    if catalogue.data is None or not notes.exists:
        return []
    violations = []
    cited: dict[str, set[str]] = defaultdict(set)
    for index, entry in catalogue.entries():
        entry_notes = entry.get("notes")
        if not isinstance(entry_notes, list):
            continue
        for number, note in enumerate(entry_notes):
            if not isinstance(note, str):
                continue
            cited[note].add(str(entry.get("id")))
            if note not in notes.headings:
                violations.append(
                    Violation(
                        catalogue.display,
                        catalogue.line("requirements", index, "notes", number),
                        f"{entry.get('id')} cites {note}, which has no heading in "
                        f"{notes.display}; fix the note ID or write the note",
                    )
                )
    for note, decided in sorted(notes.decides.items()):
        listed = frozenset(cited.get(note, ()))
        if decided != listed:
            violations.append(
                Violation(
                    notes.display,
                    notes.decides_lines[note],
                    f"{note} decides {_tags(decided, '')} but the catalogue cites it under "
                    f"{_tags(listed, '')}; make the note's Decides line and the entries' "
                    f"notes agree",
                )
            )
    return violations


def check_notes_quotes(spec: Spec) -> list[Violation]:
    """Every source sentence a note quotes stands in the source text, so the reader can
    find the words the decision is about (``…`` marks an elision)."""
    catalogue = spec.catalogue
    if catalogue.source_text is None:
        return []
    violations = []
    for notes in (spec.notes, spec.notes_sv):
        if notes is None:
            continue
        for line, quote in notes.quotes:
            if not quote_in_source(quote, catalogue.source_text):
                violations.append(
                    Violation(
                        notes.display,
                        line,
                        f"the quote {quote[:60]!r} is not in {catalogue.source_display}; "
                        f"copy the words exactly, marking left-out words with …",
                    )
                )
    return violations


def check_notes_translation(spec: Spec) -> list[Violation]:
    """The Swedish notes are the English notes: the same IDs, in the same order, each
    deciding the same requirements, and no ID twice in either file.

    The English file is the original (the catalogue is checked against it), so a
    difference is reported in the Swedish file, where it is fixed, naming the English line.
    """
    english, swedish = spec.notes, spec.notes_sv
    if swedish is None or not english.exists or not swedish.exists:
        return []
    violations = [*_repeated_notes(english), *_repeated_notes(swedish)]
    decides_label = LABELS[swedish.language].decides
    order = list(english.by_id)
    for position, note_id in enumerate(order):
        if note_id in swedish.by_id:
            continue
        source = english.by_id[note_id]
        following = next((n for n in order[position + 1 :] if n in swedish.by_id), None)
        where = swedish.by_id[following].line if following else swedish.last_line
        place = f"before {following}" if following else "at the end"
        violations.append(
            Violation(
                swedish.display,
                where,
                f"{note_id} ({english.display}:{source.line}) has no Swedish version; "
                f"translate it {place}: '## {note_id} — <titel>' with its "
                f"**{decides_label}:** line",
            )
        )
    for note_id, note in swedish.by_id.items():
        if note_id not in english.by_id:
            violations.append(
                Violation(
                    swedish.display,
                    note.line,
                    f"{note_id} is not a note of {english.display}; write the note there "
                    f"first or remove it here",
                )
            )
    common_english = [n for n in order if n in swedish.by_id]
    common_swedish = [n for n in swedish.by_id if n in english.by_id]
    for expected, found in zip(common_english, common_swedish, strict=True):
        if expected != found:
            violations.append(
                Violation(
                    swedish.display,
                    swedish.by_id[found].line,
                    f"{found} comes before {expected} here but after it in "
                    f"{english.display}; keep the notes in the same order",
                )
            )
            break
    for note_id in common_english:
        violations.extend(_different_decides(english, swedish, note_id))
    return violations


def _repeated_notes(notes: Notes) -> list[Violation]:
    return [
        Violation(
            notes.display,
            note.line,
            f"{note.id} already has a heading at line {notes.by_id[note.id].line}; "
            f"merge the two notes or give this one a new number",
        )
        for note in notes.notes
        if notes.by_id[note.id] is not note
    ]


def _different_decides(english: Notes, swedish: Notes, note_id: str) -> list[Violation]:
    source, translated = english.by_id[note_id], swedish.by_id[note_id]
    wanted, found = frozenset(source.decides), frozenset(translated.decides)
    has_line = translated.decides_line is not None
    if wanted == found and has_line == (source.decides_line is not None):
        return []
    label = LABELS[swedish.language].decides
    if source.decides_line is None:
        return [
            Violation(
                swedish.display,
                translated.decides_line or translated.line,
                f"{note_id} has a **{label}:** line here but no Decides line in "
                f"{english.display}:{source.line}; add it there or remove it here",
            )
        ]
    listed = ", ".join(source.decides)
    english_at = f"{english.display}:{source.decides_line}"
    if translated.decides_line is None:
        return [
            Violation(
                swedish.display,
                translated.line,
                f"{note_id} has no **{label}:** line; {english_at} decides {listed}: add "
                f"'**{label}:** {listed}.' to the note",
            )
        ]
    return [
        Violation(
            swedish.display,
            translated.decides_line,
            f"{note_id} decides {_tags(found, '')} here but {_tags(wanted, '')} in "
            f"{english_at}; make the **{label}:** line list {listed}",
        )
    ]


CHECKS: tuple[Check, ...] = (
    check_inputs,
    check_encoding,
    check_parses,
    check_language,
    check_same_files,
    check_scenario_id_tag,
    check_requirement_tag,
    check_unknown_tags,
    check_unique_scenario_ids,
    check_counterparts,
    check_same_requirement_tags,
    check_same_note_tags,
    check_same_conditions,
    check_readings,
    check_same_examples,
    check_coverage,
    check_catalogue_schema,
    check_catalogue_ids,
    check_catalogue_quotes,
    check_catalogue_notes,
    check_notes_quotes,
    check_notes_translation,
)
"""Every check, in the order their findings are most useful to read."""
