"""What the terminal shows: a progress line while the run lasts, then the summary in the
run's language; and the Markdown summary appended to GitHub's step summary."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from agentstatus.harness.terminal import Progress
from agentstatus.reports.console import progress_line
from agentstatus.reports.formats import time_zone
from agentstatus.reports.i18n import resolve
from agentstatus.reports.step_summary import append_step_summary
from tests.reports.conftest import PER_LANGUAGE, Run, SpecRuns, agentstatus, run_suite

#: What pytest prints that `agentstatus run` no longer shows without --verbose.
PYTEST_NOISE = ("FAILED ", "deselected", "=====", "passed in", "failed in", "Traceback", " [100%]")


def test_the_never_rona_summary_states_the_verdict_model(spec_runs: SpecRuns) -> None:
    out = spec_runs.never_rona.stdout
    assert "Verdict: Does not conform (43 of 59 requirements met)" in out
    assert "16 requirements not met:" in out
    for requirement, scenario in (
        ("RONA-1", "SC-RONA-01"),
        ("TM-1", "SC-TM-01"),
        ("AV-7", "SC-AV-15"),
    ):
        line = re.search(rf"^  {requirement}: {scenario} \(en\).*$", out, re.M)
        assert line is not None and f"{scenario} (sv)" in line.group(0), requirement
    assert "  Core: does not conform (224 passed, 58 failed, 24 not applicable)\n" in out
    assert "  Supervisor monitoring: conforms (18 passed)\n" in out
    # One line per failing scenario: the English ones first, expected and actual.
    failing = out[out.index("80 failing scenarios:") : out.index("Reports:")].splitlines()[1:]
    assert len(failing) == 51  # fifty, then how many more
    assert failing[-1] == "  … and 30 more: see the HTML report."
    assert failing[0] == "  SC-AV-15 (en) AV-7: Was logout refused: expected true, actual false"
    assert '  SC-RONA-01 (en) RONA-1: The status: expected "RONA", actual "Available"' in failing
    assert '  SC-RONA-03 (sv) RONA-2: Statusen: expected "RONA", actual "Available"' not in (
        failing
    )  # the summary speaks English: labels in English for every scenario
    assert '  SC-RONA-03 (sv) RONA-2: The status: expected "RONA", actual "Available"' in (failing)
    assert any(line.startswith("  SC-RONA-17 (en) RONA-6: The desktop refused") for line in failing)


def test_pytests_own_output_gives_way_to_one_progress_line(
    spec_runs: SpecRuns, failing_run: Run, tmp_path: Path
) -> None:
    out = spec_runs.never_rona.stdout
    for noise in PYTEST_NOISE:
        assert noise not in out, noise
    progress = re.findall(rf"^\[ *(\d+)/{2 * PER_LANGUAGE}\] (\d+) failed$", out, re.M)
    assert len(progress) == 10  # not a terminal: a line every 10 %
    assert progress[-1] == (str(2 * PER_LANGUAGE), "80")
    assert "[7/7] 0 underkända" in spec_runs.partial.stdout
    for noise in PYTEST_NOISE:
        assert noise not in failing_run.stdout, noise
    verbose = run_suite(tmp_path, "--implementation", "demo:stuck", "--lang", "en", "--verbose")
    assert verbose.status == 1, verbose.stderr
    assert "test session starts" in verbose.stdout and "FAILED" in verbose.stdout
    assert not re.search(r"^\[ *\d+/\d+\] ", verbose.stdout, re.M)


def test_a_swedish_run_speaks_swedish_area_names_included(spec_runs: SpecRuns) -> None:
    out = spec_runs.partial.stdout
    assert "Bedömning: Ofullständig körning: inte hela specifikationen kördes" in out
    assert "(3 av 59 krav uppfyllda, 56 ej körda)" in out
    assert f"7 av {PER_LANGUAGE} scenarier kördes: de övriga valdes bort av ett filter" in out
    assert "Språk sv: 7 scenarier: Godkänt 7" in out
    assert "  Närvarosynkronisering med Microsoft Teams: Godkänt 7" in out
    assert "Microsoft Teams presence sync" not in out
    assert "  Kärnan: ej kört" in out
    assert "Uppfyller specifikationen" not in out


def test_report_in_swedish_names_fields_and_areas_in_swedish(
    spec_runs: SpecRuns, tmp_path: Path
) -> None:
    results = spec_runs.never_rona.report_dir / "results.json"
    done = agentstatus(
        "report", str(results), "--lang", "sv", "--format", "md", "--out", str(tmp_path),
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    out = done.stdout
    assert "Bedömning: Uppfyller inte specifikationen (43 av 59 krav uppfyllda)" in out
    assert "  Omdirigering vid inget svar (RONA): Godkänt 25, Underkänt 28, Ej tillämpligt 3" in out
    assert "Redirection on No Answer" not in out
    assert "80 underkända scenarier:" in out
    assert "  SC-AV-15 (sv) AV-7: Nekades utloggningen: förväntat true, faktiskt false" in out
    lines = out.splitlines()
    first = lines.index("80 underkända scenarier:") + 1
    assert lines[first].startswith("  SC-AV-15 (sv) ")  # Swedish failures first


def test_a_baseline_run_prints_known_failures_and_the_gate(spec_runs: SpecRuns) -> None:
    out = spec_runs.baseline.stdout
    assert "Verdict: Does not conform (43 of 59 requirements met)" in out
    assert "40 known failures (baseline), no new failures\n" in out
    assert "CI gate: passed (the only failures are the baseline's known ones)" in out
    assert "failing scenarios:" not in out  # known failures are not listed one by one


def test_progress_line_and_its_steps_in_a_log() -> None:
    assert progress_line(7, 206, 2, "en") == "[  7/206] 2 failed"
    assert progress_line(206, 206, 1, "sv") == "[206/206] 1 underkänt"

    written: list[str] = []
    reporter = SimpleNamespace(isatty=False, write_line=written.append)
    config: Any = SimpleNamespace(pluginmanager=SimpleNamespace(get_plugin=lambda name: reporter))
    progress = Progress(config, "en")
    progress.total = 25
    for index in range(19):  # stopped early (--maxfail): 19 of 25
        if index == 3:
            progress.pytest_runtest_logreport(SimpleNamespace(failed=True, nodeid="n3"))  # type: ignore[arg-type]
        progress.pytest_runtest_logfinish(f"n{index}", None)
    progress.pytest_sessionfinish(None, 2)  # type: ignore[arg-type]
    assert written == [
        "[ 3/25] 0 failed",
        "[ 5/25] 1 failed",
        "[ 8/25] 1 failed",
        "[10/25] 1 failed",
        "[13/25] 1 failed",
        "[15/25] 1 failed",
        "[18/25] 1 failed",
        "[19/25] 1 failed",  # where it stopped
    ]


def test_the_run_appends_its_summary_to_githubs_step_summary(spec_runs: SpecRuns) -> None:
    assert spec_runs.partial.status == 3
    text = spec_runs.step_summary.read_text("utf-8")
    assert text.startswith("Earlier step's summary\n")  # appended, never overwritten
    assert "## Överensstämmelserapport: Ofullständig körning" in text
    assert "**3 av 59 krav uppfyllda, 56 ej körda**" in text


def test_report_appends_in_the_first_language_and_survives_an_unwritable_file(
    spec_runs: SpecRuns, tmp_path: Path
) -> None:
    results = spec_runs.never_rona.report_dir / "results.json"
    summary = tmp_path / "summary.md"
    done = agentstatus(
        "report", str(results), "--lang", "en", "--format", "md", "--out", str(tmp_path),
        cwd=tmp_path, env={"GITHUB_STEP_SUMMARY": str(summary)},
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    text = summary.read_text("utf-8")
    assert text.startswith("## Conformance report: Does not conform\n")
    assert "**43 of 59 requirements met**" in text
    assert text == (tmp_path / "report.en.md").read_text("utf-8").rstrip("\n") + "\n\n"
    assert append_step_summary({}, [resolve("en")], time_zone("UTC"), environ={}) is None
    unwritable = {"GITHUB_STEP_SUMMARY": str(tmp_path / "no" / "such" / "dir" / "x.md")}
    assert (
        append_step_summary(
            spec_runs.never_rona.results, [resolve("sv")], time_zone("UTC"), environ=unwritable
        )
        is None
    )
