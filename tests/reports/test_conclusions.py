"""What the HTML and Markdown reports conclude: the verdict model of real runs of the
specification (never-rona, a filtered run, a baseline), computed from the outcomes."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from agentstatus.reports.formats import time_zone
from agentstatus.reports.i18n import resolve
from agentstatus.reports.labels import field_label
from agentstatus.reports.render import render_html, view
from agentstatus.results.verdict import summarize
from tests.reports.conftest import PER_LANGUAGE, Run, SpecRuns, agentstatus

UTC = time_zone("UTC")
#: What faux:never-rona breaks, among the requirements it fails (tests/verdict checks all).
NEVER_RONA = ("RONA-1", "RONA-2", "RONA-3", "AV-7", "TM-1")


def html(run: Run, language: str) -> str:
    return (run.report_dir / f"report.{language}.html").read_text("utf-8")


def markdown(run: Run, language: str) -> str:
    return (run.report_dir / f"report.{language}.md").read_text("utf-8")


def header(page: str) -> str:
    return page[page.index("<header>") : page.index('<section id="areas">')]


def test_never_rona_opens_with_the_verdict_and_the_requirements_not_met(
    spec_runs: SpecRuns,
) -> None:
    run = spec_runs.never_rona
    assert run.status == 1, run.stderr
    summary = summarize(run.results)
    assert (summary.verdict, summary.met, summary.applicable) == ("does_not_conform", 43, 59)
    failing = {r.id: r.failing for r in summary.failing_requirements}
    assert set(NEVER_RONA) <= set(failing)
    for language, headline, heading in (
        ("en", "43 of 59 requirements met", "16 requirements not met"),
        ("sv", "43 av 59 krav uppfyllda", "16 krav inte uppfyllda"),
    ):
        page = html(run, language)
        top = header(page)
        assert top.index('id="verdict"') < top.index(headline) < top.index(heading)
        assert "no passing scenario" not in page and "saknar godkänt scenario" not in page
        listed = top[top.index('id="not-met"') : top.index('id="profiles"')]
        for requirement in NEVER_RONA:
            item = re.search(rf'<li><a href="#r-{requirement}">(.*?)</li>', listed)
            assert item is not None, requirement
            labels = re.findall(r'<a href="(#f-s\d+)">([^<]+)</a>', item.group(1))
            assert [label for _, label in labels] == failing[requirement]
            for anchor, _ in labels:  # each links to its scenario's failure entry
                assert f'id="{anchor[1:]}"' in page
        assert "SC-RONA-04 #2 (sv)" in listed  # an outline's example, by number
        md = markdown(run, language)
        assert f"**{headline}**" in md and f"### {heading}" in md
        assert "- **RONA\\-1** " in md and "SC\\-RONA\\-01 \\(sv\\)" in md


def test_the_headline_is_recomputed_from_the_outcomes_not_read(spec_runs: SpecRuns) -> None:
    results = copy.deepcopy(spec_runs.never_rona.results)
    results["verdict"] = "conforms"
    results["requirement_summary"].update(met=59, failing=[])
    results["gate_passed"] = True
    page = render_html(results, resolve("en"), UTC)
    assert "43 of 59 requirements met" in page
    assert '<span class="verdict does_not_conform" id="verdict">Does not conform</span>' in page


def test_a_partial_run_says_how_much_ran_and_why_and_never_conforms(
    spec_runs: SpecRuns, tmp_path: Path
) -> None:
    run = spec_runs.partial
    assert run.status == 3, run.stdout + run.stderr
    sv_page, sv_md = html(run, "sv"), markdown(run, "sv")
    done = agentstatus(
        "report", str(run.report_dir / "results.json"), "--lang", "en", "--format", "html,md",
        "--out", str(tmp_path), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    en_page = (tmp_path / "report.en.html").read_text("utf-8")
    en_md = (tmp_path / "report.en.md").read_text("utf-8")
    for text in (sv_page, sv_md, run.stdout):
        assert "Uppfyller specifikationen" not in text and "uppfylls " not in text
        assert "Ofullständig körning" in text
        assert re.search(
            rf"7 av {PER_LANGUAGE} scenarier kördes(\\)?: de övriga valdes bort av ett filter", text
        )
    for text in (en_page, en_md, done.stdout):
        assert "Conforms" not in text and ": conforms" not in text
        assert "Partial run" in text
        ran = rf"7 of {PER_LANGUAGE} scenarios ran(\\)?: the others were filtered out"
        assert re.search(ran, text)
    assert '<p class="scope" id="scope">' in en_page
    assert "3 of 59 requirements met, 56 not run" in en_page
    assert "Not run: its scenarios were not selected." in en_page
    assert "No scenario covers this requirement." not in en_page


def test_an_interrupted_run_says_so(spec_runs: SpecRuns) -> None:
    results = copy.deepcopy(spec_runs.partial.results)
    results["scope"]["interrupted"] = True
    page = render_html(results, resolve("en"), UTC)
    assert f"7 of {PER_LANGUAGE} scenarios ran: the run was interrupted" in page
    assert "Conforms" not in page


def test_each_profile_has_a_verdict_in_the_reports_language(spec_runs: SpecRuns) -> None:
    page = html(spec_runs.never_rona, "en")
    profiles = page[page.index('id="profiles"') : page.index("</ul>", page.index('id="profiles"'))]
    names = re.findall(r"<li><strong>([^<]+)</strong>", profiles)
    assert names[0] == "Core" and len(names) == 6
    assert '<strong>Core</strong>: <span class="does_not_conform">does not conform</span>' in (
        profiles
    )
    assert (
        '<strong>Supervisor monitoring</strong>: <span class="conforms">conforms</span>' in profiles
    )
    sv = html(spec_runs.never_rona, "sv")
    assert '<strong>Kärnan</strong>: <span class="does_not_conform">uppfylls inte</span>' in sv
    undeclared = copy.deepcopy(spec_runs.partial.results)
    undeclared["implementation"]["capabilities"] = []
    shown = view(undeclared, resolve("en"), UTC)["profiles"]
    teams = next(p for p in shown if p.name == "teams_presence_sync")
    assert teams.verdict_label == "not declared: its scenarios are not applicable"
    core = next(p for p in shown if p.name == "core")
    assert core.verdict_label == "not run"


def test_a_baseline_run_counts_known_and_new_failures(spec_runs: SpecRuns) -> None:
    run = spec_runs.baseline
    assert run.status == 0, run.stdout + run.stderr
    page, md = html(run, "en"), markdown(run, "en")
    known = "40 known failures (baseline), no new failures"
    assert known in header(page) and known.replace("(", "\\(").replace(")", "\\)") in md
    assert known in run.stdout
    assert "CI gate: passed" in header(page) and "CI gate: passed" in run.stdout
    assert '<section id="known-failures">' in page
    # One of them fails for another reason now: a new failure, named, and the gate fails.
    results = copy.deepcopy(run.results)
    scenario = next(s for s in results["scenarios"] if s["id"] == "SC-TM-01")
    scenario["outcome"] = "failed"
    top = header(render_html(results, resolve("en"), UTC))
    assert "39 known failures (baseline), " in top
    assert '<span class="flag">1 new failure:</span> <a href="#f-s' in top
    assert ">SC-TM-01 (en)</a>" in top and "CI gate: failed" in top


def test_the_area_bars_are_inline_svg_with_their_figures_and_no_script(
    spec_runs: SpecRuns,
) -> None:
    page = html(spec_runs.never_rona, "en")
    areas = page[page.index('<section id="areas">') : page.index('<section id="requirements">')]
    bars = re.findall(r'<svg class="bar"[^>]*role="img" aria-label="([^"]+)">(.*?)</svg>', areas)
    assert len(bars) == 20  # ten areas, two languages
    label, inside = next(bar for bar in bars if bar[0].startswith("Redirection"))
    assert label == "Redirection on No Answer (RONA) (en): Passed 25, Failed 28, Not applicable 3"
    assert f"<title>{label}</title>" in inside
    assert inside.count("<rect") == 3
    assert "<script" not in page and "javascript:" not in page
    baseline = html(spec_runs.baseline, "en")
    assert "Available and Idle (en): Passed 36, Expected failure 3, Not applicable 4" in baseline


def test_only_the_outcomes_that_occurred_are_listed(spec_runs: SpecRuns) -> None:
    page = html(spec_runs.never_rona, "en")
    summary = page[page.index('<section id="summary">') : page.index('<section id="areas">')]
    assert re.findall(r'<span class="o (\w+)">', summary) == ["passed", "failed", "not_applicable"]
    start = page.index('<section id="areas">')
    areas = page[start : page.index("</thead>", start)]
    assert "Skipped" not in areas and "Not applicable" in areas
    md = markdown(spec_runs.never_rona, "en")
    assert "| Area | Language | Passed | Failed |" in md and "| Skipped |" not in md


def test_failures_of_the_reports_language_come_first(spec_runs: SpecRuns) -> None:
    for language in ("sv", "en"):
        page = html(spec_runs.never_rona, language)
        failures = page[page.index('<section id="failures">') :]
        summaries = re.findall(r"<summary>SC-[A-Z]+-\d+(?:#\d+)? \((\w+)\)", failures)
        assert len(summaries) == 80
        assert summaries == sorted(summaries, key=lambda lang: lang != language)
        first = re.search(
            r"^- \*\*SC\\-[^*]+\*\* \((\w+)\)", markdown(spec_runs.never_rona, language), re.M
        )
        assert first is not None and first.group(1) == language


def test_fields_have_readable_labels_in_the_reports_language(spec_runs: SpecRuns) -> None:
    sv, en = html(spec_runs.never_rona, "sv"), html(spec_runs.never_rona, "en")
    key = '<code class="muted">refused[supervisor_logout]</code>'
    assert f"<td>Nekades utloggningen {key}</td>" in sv
    assert f"<td>Was logout refused {key}</td>" in en
    assert '<td>Statusen <code class="muted">status</code></td>' in sv
    assert "Visas en avisering om OVIS (`toaster`)" in markdown(spec_runs.never_rona, "sv")
    assert field_label("routed[voice]", "sv") == "Dirigeras förfrågningar om röstsamtal"
    assert field_label("flashing[voice-1]", "en") == "Is the accept button of voice-1 flashing"
    assert field_label("state", "sv") == "state"  # another suite's own key, as it is
    assert field_label("refused", "en") == "refused"  # a subject that needs its about


def test_a_feature_line_is_called_a_line(spec_runs: SpecRuns) -> None:
    page = html(spec_runs.never_rona, "en")
    results: dict[str, Any] = spec_runs.never_rona.results
    scenario = next(
        s for s in results["scenarios"] if s["id"] == "SC-AV-15" and s["language"] == "en"
    )
    line = scenario["steps"][scenario["failure"]["step"]]["line"]
    assert f"An expectation did not hold: line {line} <q>Then the logout is refused</q>" in page
    assert "step " + str(line) not in page
    sv = html(spec_runs.never_rona, "sv")
    assert re.search(r"En förväntan höll inte: rad \d+ <q>", sv)
