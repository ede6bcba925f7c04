"""The JUnit XML a CI reads: written from the results, one suite per area and language,
scenario names and requirement properties, failures apart from errors, valid XML."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from agentstatus.reports.junit import junit_xml
from tests.reports.conftest import PER_LANGUAGE, Run, SpecRuns, agentstatus


def parse(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def properties(element: ET.Element) -> list[tuple[str, str]]:
    found = element.find("properties")
    assert found is not None
    return [(p.get("name", ""), p.get("value", "")) for p in found.findall("property")]


def case(root: ET.Element, name_start: str) -> ET.Element:
    for testcase in root.iter("testcase"):
        if testcase.get("name", "").startswith(name_start):
            return testcase
    raise AssertionError(f"no testcase {name_start!r}")


def test_one_suite_per_area_and_language_with_scenario_names(spec_runs: SpecRuns) -> None:
    root = parse(spec_runs.never_rona.report_dir / "junit.xml")
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    names = [suite.get("name") for suite in suites]
    assert names[:4] == ["AV (en)", "AV (sv)", "RONA (en)", "RONA (sv)"]
    assert len(names) == len(set(names)) == 20
    for key in ("tests", "failures", "errors", "skipped"):
        assert int(root.get(key, "-1")) == sum(int(s.get(key, "-1")) for s in suites)
    totals = (root.get("tests"), root.get("failures"), root.get("errors"))
    assert totals == (str(2 * PER_LANGUAGE), "80", "0")
    rona_sv = suites[3]
    assert (rona_sv.get("tests"), rona_sv.get("failures")) == ("56", "28")
    suite_properties = dict(properties(rona_sv))
    assert suite_properties["implementation.spec"] == "faux:never-rona"
    assert suite_properties["implementation.name"].startswith("faux:never-rona (breaks: RONA-1")
    assert suite_properties["implementation.version"] == "0.1.0"
    assert suite_properties["area"] == "Omdirigering vid inget svar (RONA)"
    assert suite_properties["verdict"] == "does_not_conform"
    assert suite_properties["requirements.met"] == "43/59"

    example = case(rona_sv, "SC-RONA-04 #2 (sv): ")
    assert example.get("classname") == "RONA (sv)"
    assert ("requirement", "RONA-2") in properties(example)
    assert ("scenario", "SC-RONA-04") in properties(example)
    assert ("language", "sv") in properties(example)
    assert ("example", "2") in properties(example)
    failure = example.find("failure")
    assert failure is not None and failure.get("type") == "assertion"
    assert (
        failure.get("message") == 'Statusen: förväntat "OVIS", men skrivbordet visar "Tillgänglig"'
    )
    body = failure.text or ""
    assert body.startswith("rad ") and 'Statusen: förväntat "RONA", faktiskt "Available"' in body
    passed = case(root, "SC-AV-01 (en): ")
    assert passed.find("failure") is None and passed.find("skipped") is None


def test_an_error_is_not_a_failure_and_skips_say_why(failing_run: Run) -> None:
    root = parse(failing_run.report_dir / "junit.xml")
    assert (root.get("failures"), root.get("errors"), root.get("skipped")) == ("7", "1", "2")
    undefined = case(root, "SC-AV-04 (sv): ")
    error = undefined.find("error")
    assert error is not None and undefined.find("failure") is None
    assert error.get("type") == "undefined_step"
    not_applicable = case(root, "SC-AV-05 (sv): ").find("skipped")
    assert not_applicable is not None
    assert not_applicable.get("type") == "not_applicable"
    assert not_applicable.get("message") == "no Teams in this implementation"
    expected = case(root, "SC-AV-07 (sv): ").find("skipped")
    assert expected is not None and expected.get("type") == "expected_failure"
    # What the implementation said stays text, escaped by the XML writer.
    name = dict(properties(root.findall("testsuite")[0]))["implementation.name"]
    assert name == "<script>alert(1)</script>"
    assert b"<script>" not in (failing_run.report_dir / "junit.xml").read_bytes()


def test_characters_xml_cannot_hold_are_dropped() -> None:
    results: dict[str, Any] = {
        "implementation": {"spec": "x:y", "name": "nul\x00 esc\x1b ok", "version": "1"},
        "languages": ["en"],
        "started_at": "2026-01-05T08:00:00.5Z",
        "scenarios": [
            {
                "id": "SC-AV-01", "nodeid": "t::a", "name": "A ]]> <b> & \ud800 \x07",
                "example": None, "area": "AV", "requirements": ["AV-1"], "language": "en",
                "outcome": "error", "duration_seconds": 0.5, "reason": None, "steps": [],
                "feature": None, "tags": [],
                "failure": {"kind": "exception", "step": None, "message": "boom\x00\x0b\nline 2",
                            "exception_type": "RuntimeError", "expectations": []},
            }
        ],
    }  # fmt: skip
    root = ET.fromstring(junit_xml(results))
    testcase = case(root, "SC-AV-01 (en): ")
    assert testcase.get("name") == "SC-AV-01 (en): A ]]> <b> &  "
    error = testcase.find("error")
    assert error is not None and error.get("message") == "boom"
    assert error.text == "RuntimeError: boom\nline 2"
    assert dict(properties(root[0]))["implementation.name"] == "nul esc ok"
    assert root[0].get("timestamp") == "2026-01-05T08:00:00"


def test_report_writes_the_same_junit_from_saved_results(
    spec_runs: SpecRuns, tmp_path: Path
) -> None:
    run = spec_runs.never_rona
    done = agentstatus(
        "report", str(run.report_dir / "results.json"), "--format", "junit", "--out",
        str(tmp_path), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junit.xml"]
    assert (tmp_path / "junit.xml").read_bytes() == (run.report_dir / "junit.xml").read_bytes()
    assert str(tmp_path / "junit.xml") in done.stdout


def test_a_partial_run_is_not_reported_as_conforming(spec_runs: SpecRuns) -> None:
    path = spec_runs.partial.report_dir / "junit.xml"
    text = path.read_text("utf-8")
    assert "onforms" not in text
    suites = parse(path).findall("testsuite")
    assert [s.get("name") for s in suites] == ["TS (sv)"]
    assert dict(properties(suites[0]))["verdict"] == "partial"
    assert dict(properties(suites[0]))["scope"] == f"7/{PER_LANGUAGE}"


def test_an_allowed_unexpected_pass_passes_and_a_stale_baseline_fails(
    spec_runs: SpecRuns,
) -> None:
    results = copy.deepcopy(spec_runs.baseline.results)
    scenario = next(s for s in results["scenarios"] if s["id"] == "SC-TM-01")
    scenario["outcome"] = "unexpected_pass"
    stale = case(ET.fromstring(junit_xml(results)), "SC-TM-01 (en): ")
    failure = stale.find("failure")
    assert failure is not None
    results["baseline"]["allow_unexpected_pass"] = True
    allowed = case(ET.fromstring(junit_xml(results)), "SC-TM-01 (en): ")
    assert allowed.find("failure") is None and allowed.find("skipped") is None
