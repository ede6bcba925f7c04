"""The interpretation notes in both languages: one reader, and the check that the Swedish
notes are the English notes (same IDs, order and Decides lists)."""

from __future__ import annotations

from pathlib import Path

from agentstatus.lint import checks as c
from agentstatus.lint import lint, load_spec
from agentstatus.spec.notes import NOTES_FILES, parse_notes, quote_in_source, read_notes
from tests.lint.conftest import PROJECT_FEATURES, MakeTree

EN_NOTES = "features/INTERPRETING.md"
SV_NOTES = "features/INTERPRETING.sv.md"


def test_the_reader_takes_each_languages_own_labels() -> None:
    text = (
        "# Anteckningar\n"
        "## INT-04 — En titel\n"
        "> citat\n"
        "**Oklart:** något.\n"
        "**Tolkning:** första raden\n"
        "andra raden.\n"
        "\n"
        "**Avgör:** UC-6,\n"
        "EN-5.\n"
        "## Något annat\n"
        "**Avgör:** TM-1.\n"
    )
    (note,) = parse_notes(text, "sv")
    assert (note.id, note.line, note.title) == ("INT-4", 2, "En titel")
    assert note.reading == "första raden andra raden."
    assert (note.decides, note.decides_line) == (("UC-6", "EN-5"), 8)
    english = parse_notes(text.replace("**Tolkning:**", "**Reading:**"), "en")
    assert english[0].reading == "första raden andra raden."
    assert english[0].decides_line is None  # "Avgör" is not an English label


def test_the_reader_is_tolerant_of_headings_and_label_spelling() -> None:
    notes = parse_notes(
        "# Notes\n## INT-1 — A\n**Decides**: RONA-1, TM-1.\n### INT-02: B\n## INT-10\n", "en"
    )
    assert [(n.id, n.line, n.title) for n in notes] == [
        ("INT-1", 2, "A"),
        ("INT-2", 4, "B"),
        ("INT-10", 5, ""),
    ]
    assert notes[0].decides == ("RONA-1", "TM-1")
    assert notes[1].decides_line is None


def test_the_project_has_every_note_in_both_languages_with_the_same_decides() -> None:
    english = read_notes(PROJECT_FEATURES, "en")
    swedish = read_notes(PROJECT_FEATURES, "sv")
    assert english is not None and swedish is not None
    # every number from 1 on, once; new notes are appended, so not necessarily in order
    numbers = sorted(int(n.id.removeprefix("INT-")) for n in english)
    assert numbers == list(range(1, len(english) + 1)) and len(english) >= 25
    assert [n.id for n in swedish] == [n.id for n in english]
    for source, translated in zip(english, swedish, strict=True):
        assert translated.decides == source.decides, source.id
        assert translated.title and translated.title != source.title, source.id
        assert translated.reading and translated.reading != source.reading, source.id
    assert swedish[0].title == "RONA är en egen status, inte en orsak till viloläge"


def test_the_swedish_quotes_of_the_source_text_are_kept() -> None:
    # Each note quotes the source text; the translation may not rephrase a quote.
    source = (PROJECT_FEATURES / "source" / "agentstatus-sv.txt").read_text("utf-8")
    text = (PROJECT_FEATURES / NOTES_FILES["sv"]).read_text("utf-8")
    quotes = [
        part.strip()
        for line in text.split("\n\n")
        if line.startswith("> ")
        for quoted in " ".join(r[2:] for r in line.splitlines()).split('"')[1::2]
        for part in quoted.split("…")
        if part.strip()
    ]
    assert len(quotes) > 25
    flat = " ".join(source.split())
    assert [q for q in quotes if " ".join(q.split()) not in flat] == []


def test_the_project_notes_pass_the_check(make_tree: MakeTree) -> None:
    assert c.check_notes_translation(load_spec(make_tree())) == []


def test_each_difference_is_named_in_the_swedish_file_with_its_fix(make_tree: MakeTree) -> None:
    violations = sorted(c.check_notes_translation(load_spec(make_tree("notes_mismatch"))))
    found = [(v.path, v.line, v.message) for v in violations]
    assert [(path, line) for path, line, _ in found] == [
        (SV_NOTES, 7),
        (SV_NOTES, 9),
        (SV_NOTES, 11),
        (SV_NOTES, 11),
        (SV_NOTES, 19),
        (SV_NOTES, 23),
    ]
    missing, decides, order, no_line, extra, repeated = (m for _, _, m in found)
    assert missing == (
        f"INT-2 ({EN_NOTES}:7) has no Swedish version; translate it before INT-3: "
        "'## INT-2 — <titel>' with its **Avgör:** line"
    )
    assert decides == (
        f"INT-3 decides AV-2 here but AV-2 EN-4 in {EN_NOTES}:13; make the **Avgör:** line "
        "list AV-2, EN-4"
    )
    assert no_line == (
        f"INT-5 has no **Avgör:** line; {EN_NOTES}:21 decides VS-1: add '**Avgör:** VS-1.' "
        "to the note"
    )
    assert order == (
        f"INT-5 comes before INT-4 here but after it in {EN_NOTES}; keep the notes in the same "
        "order"
    )
    assert extra.startswith(f"INT-6 is not a note of {EN_NOTES}; ")
    assert repeated.startswith("INT-1 already has a heading at line 3; ")


def test_a_note_missing_at_the_end_is_named_at_the_last_line(make_tree: MakeTree) -> None:
    root = make_tree()
    path = root / NOTES_FILES["sv"]
    text = path.read_text(encoding="utf-8")
    final = text[text.rindex("\n## INT-") + 1 :].split(" ", 2)[1]  # the last note, INT-n
    path.write_text(text[: text.index(f"## {final} ")], encoding="utf-8")
    last = len(path.read_text(encoding="utf-8").splitlines())
    english = (root / NOTES_FILES["en"]).read_text(encoding="utf-8").splitlines()
    heading = english.index(next(line for line in english if line.startswith(f"## {final} "))) + 1
    violations = c.check_notes_translation(load_spec(root))
    assert [str(v) for v in violations] == [
        f"{SV_NOTES}:{last}: {final} ({EN_NOTES}:{heading}) has no Swedish version; translate "
        f"it at the end: '## {final} — <titel>' with its **Avgör:** line"
    ]


def test_a_changed_decides_line_is_caught_in_either_file(make_tree: MakeTree) -> None:
    root = make_tree()
    path = root / NOTES_FILES["en"]
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "**Decides:** RONA-3.", "**Decides:** RONA-3, RONA-4."
        ),
        encoding="utf-8",
    )
    violations = c.check_notes_translation(load_spec(root))
    assert len(violations) == 1 and violations[0].path == SV_NOTES
    assert violations[0].message.startswith("INT-2 decides RONA-3 here but RONA-3 RONA-4 in ")


def test_missing_swedish_notes_are_one_violation(make_tree: MakeTree) -> None:
    root = make_tree()
    (root / NOTES_FILES["sv"]).unlink()
    violations = lint(root)
    assert [(v.path, v.line) for v in violations] == [(SV_NOTES, 1)]
    assert "translate features/INTERPRETING.md into this file" in violations[0].message
    assert "**Oklart:**, **Tolkning:**, **Varför:**, **Avgör:**" in violations[0].message


def test_the_swedish_file_is_optional_for_a_spec_built_without_it(tmp_path: Path) -> None:
    spec = load_spec(tmp_path)
    assert spec.notes_sv is not None and not spec.notes_sv.exists


def test_a_note_quoting_words_not_in_the_source_is_reported_at_its_quote(
    make_tree: MakeTree,
) -> None:
    root = make_tree()
    notes = root / "INTERPRETING.sv.md"
    text = notes.read_text(encoding="utf-8")
    misquoted = text.replace("kan det dröja upp till 40 minuter", "kan det ta 40 minuter", 1)
    assert misquoted != text
    notes.write_text(misquoted, encoding="utf-8")
    line = next(
        n for n, row in enumerate(misquoted.splitlines(), start=1) if "kan det ta 40" in row
    )
    found = c.check_notes_quotes(load_spec(root))
    assert [(v.path, v.line) for v in found] == [("features/INTERPRETING.sv.md", line)]
    assert "copy the words exactly" in found[0].message


def test_quotes_may_leave_words_out_with_an_ellipsis() -> None:
    source = "Den maximala tiden för att godkänna en begäran om röstsamtal är 18 sekunder."
    assert quote_in_source("Den maximala tiden … är 18 sekunder.", source)
    assert not quote_in_source("Den maximala tiden … är 30 sekunder.", source)
