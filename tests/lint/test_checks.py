"""Each lint check on the clean fixture tree and on one broken case of its own."""

from __future__ import annotations

import codecs
from pathlib import Path

from agentstatus.lint import CHECKS, Spec, Violation, lint, load_spec
from agentstatus.lint import checks as c
from agentstatus.lint.catalogue import Catalogue, Notes
from agentstatus.lint.model import FeatureFile, parse_feature
from tests.lint.conftest import MakeTree

EN_RONA = "features/en/rona.feature"
SV_RONA = "features/sv/rona.feature"


def spec_of(texts: dict[str, str]) -> Spec:
    """A spec of inline feature texts only, for checks that look at nothing else."""
    files: dict[str, list[FeatureFile]] = {"sv": [], "en": []}
    for relative, text in sorted(texts.items()):
        language, name = relative.split("/")
        files[language].append(parse_feature(text, f"features/{relative}", language, name))
    return Spec(
        root=Path("features"),
        display_root="features",
        files={lang: tuple(found) for lang, found in files.items()},
        catalogue=Catalogue("features/requirements.yaml"),
        notes=Notes("features/INTERPRETING.md", exists=False),
    )


def located(violations: list[Violation]) -> list[tuple[str, int]]:
    return sorted((v.path, v.line) for v in violations)


def test_the_clean_tree_passes_every_check(make_tree: MakeTree) -> None:
    spec = load_spec(make_tree())
    for check in CHECKS:
        assert check(spec) == [], check.__name__


def test_the_clean_tree_has_scenarios_rules_outlines_and_both_languages(
    make_tree: MakeTree,
) -> None:
    # Guards the fixture itself: a clean result on an empty model would prove nothing.
    spec = load_spec(make_tree())
    ids = {
        lang: sorted(s.scenario_id or "" for _, s in spec.scenarios(lang)) for lang in spec.files
    }
    assert ids == {"sv": ["SC-AV-01", "SC-RONA-01", "SC-RONA-02"]} | {
        "en": ["SC-AV-01", "SC-RONA-01", "SC-RONA-02"]
    }
    outline = next(s for _, s in spec.scenarios("sv") if s.scenario_id == "SC-RONA-01")
    assert [r.cells for r in outline.examples[0].rows] == [("9", "4"), ("18", "13")]
    assert {"RONA-1", "RONA-3", "INT-2"} <= outline.tag_names()


def test_a_bom_is_named_with_its_file(make_tree: MakeTree) -> None:
    root = make_tree("bom")
    assert (root / "en" / "rona.feature").read_bytes().startswith(codecs.BOM_UTF8)
    violations = c.check_encoding(load_spec(root))
    assert located(violations) == [(EN_RONA, 1)]
    assert "without BOM" in violations[0].message


def test_a_file_that_is_not_utf8_is_named(make_tree: MakeTree) -> None:
    root = make_tree()
    path = root / "en" / "rona.feature"
    path.write_bytes(path.read_bytes().replace(b"Feature:", b"Feature: \xe5"))
    violations = c.check_encoding(load_spec(root))
    assert located(violations) == [(EN_RONA, 1)]
    assert "not UTF-8" in violations[0].message


def test_a_parse_error_is_reported_at_its_line(make_tree: MakeTree) -> None:
    violations = c.check_parses(load_spec(make_tree("parse_error")))
    assert located(violations) == [(EN_RONA, 10)]
    assert "got 'Thenn the accept button flashes'" in violations[0].message


def test_a_parse_error_does_not_flood_the_report(make_tree: MakeTree) -> None:
    # Without its language line every Swedish line is an error; one violation names the
    # header, one the first unparsable line, and the English scenarios are not called orphans.
    violations = lint(make_tree("no_language_header"))
    assert located(violations) == [(SV_RONA, 1), (SV_RONA, 2)]
    assert "'# language: sv'" in violations[0].message
    assert "more error(s) follow" in violations[1].message


def test_a_swedish_file_must_declare_its_language(make_tree: MakeTree) -> None:
    violations = c.check_language(load_spec(make_tree("no_language_header")))
    assert located(violations) == [(SV_RONA, 1)]


def test_an_english_file_must_not_declare_another_language(make_tree: MakeTree) -> None:
    root = make_tree()
    path = root / "en" / "rona.feature"
    path.write_text("# language: sv\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    violations = c.check_language(load_spec(root))
    assert located(violations) == [(EN_RONA, 1)]
    assert "declares language sv" in violations[0].message


def test_feature_files_have_the_same_names_in_both_languages(make_tree: MakeTree) -> None:
    violations = c.check_same_files(load_spec(make_tree("file_names")))
    assert located(violations) == [("features/en/extra.feature", 1)]
    assert "sv/extra.feature" in violations[0].message


def test_a_language_without_features_is_reported_once(make_tree: MakeTree) -> None:
    root = make_tree()
    for path in (root / "sv").iterdir():
        path.unlink()
    violations = lint(root)
    assert [str(v) for v in violations] == [
        "features/sv/:1: has no .feature files; write the features of this language"
    ]


def test_each_scenario_has_exactly_one_scenario_id_on_itself(make_tree: MakeTree) -> None:
    violations = c.check_scenario_id_tag(load_spec(make_tree("scenario_id")))
    assert located(violations) == [(EN_RONA, 4), (EN_RONA, 8), (EN_RONA, 19)]
    on_rule, two, none = (v.message for v in violations)
    assert "@SC-RONA-09 is on a Feature or Rule" in on_rule
    assert "2 scenario IDs (@SC-RONA-01 @SC-RONA-04)" in two
    assert "has no scenario ID" in none


def test_a_scenario_without_a_requirement_tag_is_named(make_tree: MakeTree) -> None:
    violations = c.check_requirement_tag(load_spec(make_tree("missing_requirement_tag")))
    assert sorted(str(v) for v in violations) == [
        f"{EN_RONA}:17: scenario @SC-RONA-02 has no requirement tag; add one of the catalogue "
        "IDs, e.g. @RONA-1",
        f"{SV_RONA}:18: scenario @SC-RONA-02 has no requirement tag; add one of the catalogue "
        "IDs, e.g. @RONA-1",
    ]


def test_a_requirement_tag_on_the_feature_rule_or_examples_counts() -> None:
    # pytest-bdd gives a scenario its feature's, rule's and Examples' tags as markers.
    spec = spec_of(
        {
            "en/rona.feature": """@RONA-1
Feature: f
  @RONA-2
  Rule: r
    @SC-RONA-01
    Scenario Outline: o
      Given <x>
      @RONA-3
      Examples:
        | x |
        | 1 |
"""
        }
    )
    ((_, scenario),) = spec.scenarios("en")
    assert {"RONA-1", "RONA-2", "RONA-3"} <= scenario.tag_names()
    assert c.check_requirement_tag(spec) == []
    assert c.check_scenario_id_tag(spec) == []


def test_unknown_tags_are_named_with_a_fix(make_tree: MakeTree) -> None:
    violations = c.check_unknown_tags(load_spec(make_tree("unknown_tag")))
    assert located(violations) == [(EN_RONA, 1), (EN_RONA, 6), (EN_RONA, 17), (EN_RONA, 17)]
    wip, note, rona12, malformed = sorted(violations, key=lambda v: (v.line, v.message))
    assert "@wip is unknown" in wip.message
    assert "@INT-99 names no interpretation note" in note.message
    assert "@RONA-12 is unknown" in rona12.message and "did you mean @RONA-2?" in rona12.message
    assert "@SC-RONA-2 is not a well-formed scenario ID" in malformed.message


def test_note_tags_are_known_from_the_notes_headings(make_tree: MakeTree) -> None:
    root = make_tree()
    notes = root / "INTERPRETING.md"
    notes.write_text(
        notes.read_text(encoding="utf-8").replace("## INT-2 — ", "## Note 2 — "),
        encoding="utf-8",
    )
    violations = c.check_unknown_tags(load_spec(root))
    assert located(violations) == [(EN_RONA, 6), (SV_RONA, 7)]


def test_missing_notes_are_one_violation_not_one_per_tag(make_tree: MakeTree) -> None:
    root = make_tree()
    (root / "INTERPRETING.md").unlink()
    violations = lint(root)
    assert [(v.path, v.line) for v in violations] == [("features/INTERPRETING.md", 1)]
    assert "'## INT-1 — <title>'" in violations[0].message


def test_scenario_ids_are_unique_within_a_language(make_tree: MakeTree) -> None:
    violations = c.check_unique_scenario_ids(load_spec(make_tree("duplicate_id")))
    assert [str(v) for v in violations] == [
        f"{EN_RONA}:18: scenario ID @SC-RONA-01 is already used at {EN_RONA}:7; give this "
        "scenario a new ID in both languages"
    ]


def test_every_scenario_id_exists_in_both_languages(make_tree: MakeTree) -> None:
    violations = sorted(c.check_counterparts(load_spec(make_tree("sv_en_mismatch"))))
    assert located(violations) == [(EN_RONA, 18), (SV_RONA, 19)]
    assert "@SC-RONA-03 has no counterpart in sv/" in violations[0].message
    assert "@SC-RONA-02 has no counterpart in en/" in violations[1].message


def test_a_scenario_id_stays_in_the_file_of_the_same_name() -> None:
    scenario = "  @SC-AV-01 @AV-1\n  Scenario: s\n    Given x\n"
    spec = spec_of(
        {
            "sv/a.feature": "# language: sv\nEgenskap: a\n" + scenario.replace("Given", "Givet"),
            "sv/b.feature": "# language: sv\nEgenskap: b\n",
            "en/a.feature": "Feature: a\n",
            "en/b.feature": "Feature: b\n" + scenario,
        }
    )
    assert [str(v) for v in c.check_counterparts(spec)] == [
        "features/en/b.feature:3: scenario @SC-AV-01 is in b.feature here but in "
        "features/sv/a.feature:4; keep it in the file of the same name in both languages"
    ]


def test_requirement_and_note_tags_agree_between_languages(make_tree: MakeTree) -> None:
    spec = load_spec(make_tree("sv_en_mismatch"))
    assert [str(v) for v in c.check_same_requirement_tags(spec)] == [
        f"{EN_RONA}:7: scenario @SC-RONA-01 has other requirement tags than {SV_RONA}:8 "
        "(only here: @RONA-4; only in sv: @RONA-3); make them the same in both languages"
    ]
    assert [str(v) for v in c.check_same_note_tags(spec)] == [
        f"{EN_RONA}:7: scenario @SC-RONA-01 has other note tags than {SV_RONA}:8 "
        "(only here: @INT-3; only in sv: @INT-2); make them the same in both languages"
    ]


def test_examples_values_agree_between_languages(make_tree: MakeTree) -> None:
    violations = c.check_same_examples(load_spec(make_tree("examples_mismatch")))
    assert [str(v) for v in violations] == [
        f"{EN_RONA}:14: Examples row of @SC-RONA-01 is | 8 | 3 | but {SV_RONA}:15 has "
        "| 9 | 4 |; the Examples values must be the same in both languages (only column names "
        "are translated)"
    ]


def test_examples_tables_of_another_shape_are_named(make_tree: MakeTree) -> None:
    root = make_tree()
    path = root / "en" / "rona.feature"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("        | 18    | 13         |\n", ""), encoding="utf-8")
    violations = c.check_same_examples(load_spec(root))
    assert located(violations) == [(EN_RONA, 12)]
    assert "has 1 rows of 2 columns" in violations[0].message
    assert f"{SV_RONA}:13 has 2 rows of 2" in violations[0].message


def test_every_requirement_is_covered_in_each_language(make_tree: MakeTree) -> None:
    root = make_tree("coverage")
    violations = c.check_coverage(load_spec(root))
    assert len(violations) == 1
    (violation,) = violations
    assert violation.path == "features/requirements.yaml"
    lines = (root / "requirements.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[violation.line - 1].strip() == "- id: UC-9"
    assert "UC-9 is covered by no scenario in en/" in violation.message


def test_violations_read_as_path_line_message(tmp_path: Path) -> None:
    assert str(Violation("features/en/a.feature", 3, "x")) == "features/en/a.feature:3: x"


def test_features_in_subdirectories_are_linted_and_paired(make_tree: MakeTree) -> None:
    # pytest-bdd's scenarios(directory) collects recursively, so the lint does too.
    root = make_tree()
    nested = root / "sv" / "extra" / "more.feature"
    nested.parent.mkdir()
    nested.write_text("# language: sv\nEgenskap: Mer\n", encoding="utf-8")
    violations = c.check_same_files(load_spec(root))
    assert [str(v) for v in violations] == [
        "features/sv/extra/more.feature:1: has no counterpart en/extra/more.feature; every "
        "feature file exists in both languages under the same name"
    ]
