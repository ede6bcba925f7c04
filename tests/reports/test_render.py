"""Report content, escaping and the command line, on real runs of the fixture suite."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from markupsafe import escape

from agentstatus.reports.formats import time_zone
from agentstatus.reports.i18n import resolve
from agentstatus.reports.markdown import md_code, md_escape
from agentstatus.reports.render import prose, view
from tests.reports.conftest import Run, agentstatus

EVIL = "<script>alert(1)</script>"


def test_run_writes_all_four_formats_in_both_languages_and_exits_1(failing_run: Run) -> None:
    assert failing_run.status == 1, failing_run.stderr
    names = sorted(p.name for p in failing_run.report_dir.iterdir())
    assert names == [
        "junit.xml",
        "report.en.html",
        "report.en.md",
        "report.sv.html",
        "report.sv.md",
        "results.json",
    ]
    junit = (failing_run.report_dir / "junit.xml").read_text()
    assert "agentstatus.scenario" not in junit  # the records stay out of the JUnit XML
    # Written from the results: the undefined step is an error, not a failure.
    assert '<testsuites name="agentstatus" tests="10" failures="7" errors="1"' in junit


def test_run_prints_verdict_per_language_per_area_and_where_reports_are(
    failing_run: Run, conforming_run: Run
) -> None:
    out = failing_run.stdout
    # Both languages: the console speaks English.
    assert "Verdict: Does not conform" in out
    assert re.search(r"Language sv: 8 scenarios: Failed 5, Error 1", out)
    assert re.search(r"Language en: 2 scenarios: Failed 2", out)
    assert "  Available and Idle: Failed 5" in out
    assert str(failing_run.report_dir / "report.sv.html") in out
    assert EVIL in out  # the terminal shows it as text; control characters are stripped
    assert conforming_run.status == 0, conforming_run.stdout + conforming_run.stderr
    assert "Verdict: Conforms" in conforming_run.stdout
    assert "Language en: 2 scenarios: Passed 2" in conforming_run.stdout


def test_html_is_one_self_contained_escaped_file_in_its_language(failing_run: Run) -> None:
    for language, heading, requirements in (
        ("sv", "Överensstämmelserapport", "Krav"),
        ("en", "Conformance report", "Requirements"),
    ):
        html = (failing_run.report_dir / f"report.{language}.html").read_text()
        assert f'<html lang="{language}">' in html
        assert f"<h1>{heading}</h1>" in html
        assert f"<h2>{requirements}</h2>" in html
        assert "<script" not in html and "<img" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert not re.search(r"""(src|href)=["']?(https?:|//)|@import|url\(""", html)
        assert "Content-Security-Policy" in html


def test_requirements_show_the_seed_in_the_reports_language_and_stand_out(
    failing_run: Run,
) -> None:
    catalogue = failing_run.results["catalogue"]
    seed = catalogue["requirements"]["AV-1"]["seed"]
    sv = (failing_run.report_dir / "report.sv.html").read_text()
    en = (failing_run.report_dir / "report.en.html").read_text()
    assert seed["sv"].split(".")[0] in sv and seed["sv"].split(".")[0] not in en
    assert seed["en"].split(".")[0] in en
    row = re.search(r'<tr id="r-AV-1" class="(\w+)">(.*?)</tr>', sv, re.S)
    assert row is not None and row.group(1) == "failing"
    assert '<span class="rs failed">Inte uppfyllt</span>' in row.group(2)
    assert "SC-AV-01 sv: Underkänt" in row.group(2)
    assert "SC-AV-01 en: Underkänt" in row.group(2)
    uncovered = re.search(r'<tr id="r-RONA-1" class="(\w+)">(.*?)</tr>', sv, re.S)
    assert uncovered is not None and uncovered.group(1) == "not_run"
    assert "Inget scenario täcker kravet." in uncovered.group(2)
    assert 'id="not-met"' in sv


def test_failures_show_the_trace_and_expected_vs_actual(failing_run: Run) -> None:
    html = (failing_run.report_dir / "report.en.html").read_text()
    failure = html[html.index('<section id="failures">') : html.index('<section id="notes">')]
    assert "An expectation did not hold" in failure
    assert "<code>state</code>" in failure
    assert "<code>&#34;Available&#34;</code>" in failure
    assert "&lt;img src=x onerror=alert(2)&gt;" in failure
    assert '<li class="failed">Then the status is &#34;Available&#34;' in failure
    assert "A step has no definition" in failure
    notes = html[html.index('<section id="notes">') :]
    assert 'id="INT-9"' in notes and 'id="INT-5"' in notes


def notes_section(html: str) -> str:
    return html[html.index('<section id="notes">') : html.index('<section id="scenarios">')]


def shown(reading: str) -> str:
    """A note's reading as the report shows it: a sentence, with its inline markup."""
    return str(prose(reading[:1].upper() + reading[1:]))


def test_notes_are_shown_in_the_reports_own_language(failing_run: Run) -> None:
    notes = failing_run.results["catalogue"]["notes"]
    for language, other in (("sv", "en"), ("en", "sv")):
        html = (failing_run.report_dir / f"report.{language}.html").read_text()
        section = notes_section(html)
        for note in ("INT-5", "INT-9"):
            title, reading = notes[note]["title"], notes[note]["reading"]
            assert f"<strong>{note}</strong> {escape(title[language])}</dt>" in section
            assert f"<dd>{shown(reading[language])}</dd>" in section
            assert escape(reading[other]) not in section
        assert "lang=" not in section  # nothing fell back to another language
        assert "engelska" not in section and "written in English" not in section
    sv = notes_section((failing_run.report_dir / "report.sv.html").read_text())
    assert "En orsak till viloläge som väljs under en interaktion" in sv


def test_saved_results_of_schema_1_still_render_with_their_english_notes(
    failing_run: Run, tmp_path: Path
) -> None:
    results = failing_run.results
    results["schema_version"] = "1.0.0"
    notes = results["catalogue"]["notes"]
    for entry in notes.values():  # the 1.x shape: English strings
        entry["title"], entry["reading"] = entry["title"]["en"], entry["reading"]["en"]
    path = tmp_path / "results.json"
    path.write_text(json.dumps(results), "utf-8")
    done = agentstatus("report", str(path), "--lang", "sv", "--format", "html", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    section = notes_section((tmp_path / "report.sv.html").read_text())
    title = escape(notes["INT-9"]["title"])
    assert f'<dt id="INT-9" lang="en"><strong>INT-9</strong> {title}</dt>' in section
    assert f'<dd lang="en">{shown(notes["INT-9"]["reading"])}</dd>' in section


def test_markdown_summary_escapes_what_the_implementation_says(failing_run: Run) -> None:
    for language in ("sv", "en"):
        md = (failing_run.report_dir / f"report.{language}.md").read_text()
        outside_code = re.sub(r"(`+).*?\1", "", md)
        assert "<" not in outside_code
        assert "&lt;script&gt;alert\\(1\\)&lt;/script&gt;" in md
        assert '`"LoggedOut <img src=x onerror=alert(2)>"`' in md  # literal inside code
    assert (
        "## Överensstämmelserapport: Uppfyller inte specifikationen"
        in (failing_run.report_dir / "report.sv.md").read_text()
    )


def test_markdown_escaping_defeats_links_tables_and_code_fences() -> None:
    assert md_escape("[x](javascript:alert(1))") == "\\[x\\]\\(javascript\\:alert\\(1\\)\\)"
    assert md_escape("a | b\nc") == "a \\| b c"
    assert md_escape("**bold** <b>") == "\\*\\*bold\\*\\* &lt;b&gt;"
    assert md_code("a`b") == "``a`b``"
    assert md_code("x|y") == "`x|y`"  # literal in a code span outside tables


def test_report_renders_saved_results_in_another_locale(failing_run: Run, tmp_path: Path) -> None:
    results = failing_run.report_dir / "results.json"
    done = agentstatus(
        "report", str(results), "--lang", "de_DE", "--out", str(tmp_path), "--format",
        "html,md,json", "--timezone", "Europe/Berlin", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    html = (tmp_path / "report.de-DE.html").read_text()
    assert '<html lang="en">' in html and "<h1>Conformance report</h1>" in html
    assert "(Europe/Berlin)" in html
    assert re.search(r"\d+,\d\u00a0%", html)  # German percentages: 70,0 %
    assert json.loads((tmp_path / "results.json").read_text()) == failing_run.results


def test_usage_errors_exit_2_and_say_what_to_fix(failing_run: Run, tmp_path: Path) -> None:
    results = str(failing_run.report_dir / "results.json")
    reports = tmp_path / "reports"  # not the current folder: a run refuses to replace that
    cases = [
        (("report", results, "--lang", "xx_QQ"), "unknown locale 'xx_QQ'"),
        (("report", results, "--format", "pdf"), "choose from html, md, json, junit"),
        (("report", results, "--timezone", "Mars/Olympus"), "unknown time zone"),
        (("report", str(tmp_path / "nothing.json")), "cannot read"),
        (("run", "--format", "html,pdf"), "pdf is not a format; choose from html, md, json, junit"),
        (("run", "--lang", "klingon"), "--lang: unknown locale 'klingon'"),
        (("run", "--implementation", "reference"), "not a 'KIND:ID' string"),
        (("run", "--implementation", "no:such", "--report-dir", str(reports)), "unknown imp"),
        (("run", "--implementation", "faux:nope", "--report-dir", str(reports)),
         "no fauxmplementation 'nope'; there are"),
        (("run", "--implementation", "reference:py", "--report-dir", str(reports)),
         "the reference is 'reference:python'"),
    ]  # fmt: skip
    for args, message in cases:
        done = agentstatus(*args, cwd=tmp_path)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert message in done.stdout + done.stderr, (args, done.stdout, done.stderr)


def test_each_area_is_listed_once_in_catalogue_order() -> None:
    spec = importlib.util.spec_from_file_location(
        "render_benchmark", Path(__file__).resolve().parents[2] / "benchmarks/render_report.py"
    )
    assert spec is not None and spec.loader is not None
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    context = view(benchmark.synthetic(300), resolve("sv"), time_zone("UTC"))
    codes = [area["code"] for area in context["areas"]]
    # A requirement with a failing and a passing scenario is not met: one failure is enough.
    rows = [row for area in context["areas"] for row in area["requirements"]]
    assert any(
        row["status"] == "failed" and any(s.outcome == "passed" for s in row["scenarios"])
        for row in rows
    )
    assert sum(area["not_met"] for area in context["areas"]) == len(context["failing_requirements"])
    assert codes == ["AV", "RONA", "EN", "OD", "TM", "VS", "DG", "TS", "MO", "UC"]
    assert all(len(area["per_language"]) == 2 for area in context["areas"])


def test_note_prose_keeps_code_and_emphasis_and_escapes_the_rest() -> None:
    html = str(prose("*Ja* → `00:00` <b>, not a*b*c"))
    assert html == "<em>Ja</em> → <code>00:00</code> &lt;b&gt;, not a*b*c"
