"""The requirement catalogue: its content, and the checks that keep it honest."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from agentstatus.lint import AREAS, REQUIREMENT_IDS, load_spec
from agentstatus.lint import checks as c
from agentstatus.lint.catalogue import load_notes
from tests.lint.conftest import PROJECT_FEATURES, MakeTree

CATALOGUE = PROJECT_FEATURES / "requirements.yaml"
SCHEMA = PROJECT_FEATURES / "requirements.schema.json"
SOURCE = PROJECT_FEATURES / "source" / "agentstatus-sv.txt"

# The ID ranges as the specification fixes them, spelled independently of the lint's table.
SPECIFIED_RANGES = (
    "AV-1..AV-8, RONA-1..RONA-11, EN-1..EN-6, OD-1..OD-2, TM-1..TM-6, VS-1..VS-7, DG-1..DG-4, "
    "TS-1..TS-3, MO-1..MO-3, UC-1..UC-9"
)


def catalogue() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))
    return data


def entries() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = catalogue()["requirements"]
    return found


def test_the_lint_knows_exactly_the_specified_ids() -> None:
    specified = [
        f"{area}-{n}"
        for area, last in re.findall(r"([A-Z]+)-1\.\.[A-Z]+-(\d+)", SPECIFIED_RANGES)
        for n in range(1, int(last) + 1)
    ]
    assert list(REQUIREMENT_IDS) == specified
    assert len(REQUIREMENT_IDS) == 59


def test_the_catalogue_lists_every_id_once_in_order() -> None:
    assert [e["id"] for e in entries()] == list(REQUIREMENT_IDS)
    assert all(e["id"].rpartition("-")[0] == e["area"] for e in entries())


def test_the_catalogue_validates_against_its_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(catalogue(), schema, cls=jsonschema.Draft202012Validator)


def test_every_area_has_a_swedish_and_an_english_name() -> None:
    areas = catalogue()["areas"]
    assert list(areas) == list(AREAS)
    assert all(areas[a]["sv"].strip() and areas[a]["en"].strip() for a in AREAS)


def test_every_swedish_quote_is_verbatim_in_the_source_text() -> None:
    source = SOURCE.read_text(encoding="utf-8")
    assert catalogue()["source"] == "source/agentstatus-sv.txt"
    missing = [(e["id"], q) for e in entries() for q in e["source_sv"] if q not in source]
    assert missing == []


def test_the_seed_example_is_quoted_as_written() -> None:
    quotes = {q for e in entries() if e["id"] in ("TM-3", "UC-2") for q in e["source_sv"]}
    assert any("20:00/30:00" in q for q in quotes)


def test_cited_notes_match_what_each_note_says_it_decides() -> None:
    notes = load_notes(PROJECT_FEATURES, "features")
    for entry in entries():
        for note in entry.get("notes", []):
            assert note in notes.headings, (entry["id"], note)
            if note in notes.decides:
                assert entry["id"] in notes.decides[note], (entry["id"], note)


def test_the_catalogue_checks_pass_on_the_project(make_tree: MakeTree) -> None:
    spec = load_spec(make_tree())
    for check in (
        c.check_inputs,
        c.check_catalogue_schema,
        c.check_catalogue_ids,
        c.check_catalogue_quotes,
        c.check_catalogue_notes,
    ):
        assert check(spec) == [], check.__name__


def rewrite(root: Path, change: Any) -> str:
    """Apply ``change`` to the catalogue's data and write it back; returns the new text."""
    path = root / "requirements.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(text, encoding="utf-8")
    return text


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_an_altered_quote_is_named_at_its_line(make_tree: MakeTree) -> None:
    root = make_tree()

    def alter(data: Any) -> None:
        data["requirements"][2]["source_sv"][0] = "När du läser in skrivbordet igen,"

    text = rewrite(root, alter)
    violations = c.check_catalogue_quotes(load_spec(root))
    assert [(v.path, v.line) for v in violations] == [
        ("features/requirements.yaml", line_of(text, "När du läser in skrivbordet igen,"))
    ]
    assert violations[0].message.startswith("AV-3: the quote")
    assert "features/source/agentstatus-sv.txt" in violations[0].message


def test_a_schema_violation_is_named_at_its_entry(make_tree: MakeTree) -> None:
    root = make_tree()

    def drop_english(data: Any) -> None:
        del data["requirements"][10]["en"]
        data["requirements"][11]["title"]["sv"] = ""

    text = rewrite(root, drop_english)
    violations = c.check_catalogue_schema(load_spec(root))
    messages = sorted(v.message for v in violations)
    assert len(messages) == 2
    assert "at requirements/10: 'en' is a required property" in messages[0]
    assert "at requirements/11/title/sv: '' should be non-empty" in messages[1]
    assert sorted(v.line for v in violations)[0] == line_of(text, "id: RONA-3")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["requirements"].pop(), ["UC-9 has no entry"]),
        (
            lambda d: d["requirements"].append(dict(d["requirements"][0])),
            ["AV-1 is listed twice"],
        ),
        (
            lambda d: d["requirements"][0].update(id="AV-9"),
            ["AV-9 is not one of the fixed requirement IDs", "AV-1 has no entry"],
        ),
        (lambda d: d["requirements"][0].update(area="RONA"), ["AV-1 has area RONA"]),
    ],
    ids=["missing", "duplicate", "unknown", "wrong-area"],
)
def test_the_catalogue_has_exactly_the_fixed_ids(
    make_tree: MakeTree, change: Any, expected: list[str]
) -> None:
    root = make_tree()
    rewrite(root, change)
    messages = [v.message for v in c.check_catalogue_ids(load_spec(root))]
    assert len(messages) == len(expected)
    for message, start in zip(sorted(messages), sorted(expected), strict=True):
        assert message.startswith(start)


def test_notes_cited_by_the_catalogue_must_exist_and_agree(make_tree: MakeTree) -> None:
    root = make_tree()

    def cite(data: Any) -> None:
        data["requirements"][0]["notes"] = ["INT-99"]
        data["requirements"][1]["notes"] = ["INT-16"]

    text = rewrite(root, cite)
    violations = sorted(c.check_catalogue_notes(load_spec(root)))
    assert [str(v).split(": ", 1)[0] for v in violations] == [
        f"features/INTERPRETING.md:{line_of_file(root / 'INTERPRETING.md', 'INT-19')}",
        f"features/requirements.yaml:{line_of(text, 'INT-99')}",
    ]
    assert (
        "INT-19 decides AV-2 RONA-2 but the catalogue cites it under RONA-2"
        in violations[0].message
    )
    assert "AV-1 cites INT-99, which has no heading" in violations[1].message


def line_of_file(path: Path, note: str) -> int:
    """The "Decides" line of ``note`` in the notes file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(f"## {note} "))
    return next(n for n, line in enumerate(lines[start:], start + 1) if "**Decides" in line)


def test_a_broken_catalogue_is_one_violation_at_its_line(make_tree: MakeTree) -> None:
    root = make_tree()
    (root / "requirements.yaml").write_text("version: 1\nareas: [\n", encoding="utf-8")
    violations = c.check_inputs(load_spec(root))
    assert [(v.path, v.line) for v in violations] == [("features/requirements.yaml", 3)]
    assert "is not valid YAML" in violations[0].message
