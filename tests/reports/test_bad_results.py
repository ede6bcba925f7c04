"""``agentstatus report`` on a bad results file: exit status 2 and one line, never a traceback.

Each case below was measured to end in a traceback (or a broken report) before
``load_results`` learnt to refuse it: a UTF-16 file, NaN (which Python's JSON reader accepts
unless told not to), month 99, 100,000 nested lists, a duration of 1e300. Also here: the
compiled schema check agrees with jsonschema, which still explains every failure.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentstatus.cli import main
from agentstatus.results import (
    SCHEMA_VERSION,
    ResultsError,
    counts_by_outcome,
    load_results,
    validate_results,
    verdict_of,
)
from agentstatus.results.collector import _now
from agentstatus.results.model import _fast_check, schema


def scenario(index: int, outcome: str = "passed") -> dict[str, Any]:
    return {
        "id": f"SC-AV-{index:02d}",
        "nodeid": f"test_demo.py::test_{index}",
        "name": f"Scenario {index}",
        "example": None,
        "area": "AV",
        "requirements": ["AV-1"],
        "notes": [],
        "tags": [],
        "feature": {"name": "Demo", "file": "features/en/av.feature", "line": 1},
        "rule": None,
        "language": "en",
        "outcome": outcome,
        "duration_seconds": 0.25,
        "reason": None,
        "failure": None,
        "steps": [
            {"keyword": "Given ", "text": "a step", "line": 3, "status": "passed",
             "duration_seconds": 0.001},
        ],
    }  # fmt: skip


def document() -> dict[str, Any]:
    """A small valid results document in the form the collector writes."""
    scenarios = [scenario(1), scenario(2)]
    counts = counts_by_outcome(s["outcome"] for s in scenarios)
    return {
        "schema_version": SCHEMA_VERSION,
        "suite": {"name": "agentstatus", "version": "test"},
        "contract_version": "1.1.0",
        "implementation": {"spec": "reference:python", "name": "ref", "version": "1"},
        "languages": ["en"],
        "started_at": "2026-01-05T08:00:00.000000Z",
        "finished_at": "2026-01-05T08:03:00.123456Z",
        "duration_seconds": 180.123,
        "verdict": verdict_of(counts),
        "counts": counts,
        "collection_errors": [],
        "scenarios": scenarios,
    }


def report(path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[int, str]:
    status = main(["report", str(path), "--out", str(tmp_path / "out"), "--lang", "en"])
    return status, capsys.readouterr().err


@pytest.fixture(autouse=True)
def _no_step_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def test_the_valid_document_renders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "results.json"
    path.write_text(json.dumps(document()), "utf-8")
    status, err = report(path, capsys, tmp_path)
    assert (status, err) == (0, "")
    assert (tmp_path / "out" / "report.en.html").exists()


def with_value(where: str, value: str) -> bytes:
    """The valid document as JSON text with the value at ``where`` replaced by ``value``
    (raw JSON text: NaN and 1e999 cannot be written by ``json.dumps`` on purpose)."""
    marker = "__VALUE__"
    data = document()
    target: Any = data
    *parents, last = where.split("/")
    for part in parents:
        target = target[int(part) if part.isdigit() else part]
    target[int(last) if last.isdigit() else last] = marker
    return json.dumps(data).replace(f'"{marker}"', value).encode()


DEEP = b'{"schema_version": "2.0.0", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"

CASES: dict[str, tuple[bytes, str]] = {
    "UTF-16": (json.dumps(document()).encode("utf-16"), "is not UTF-8 text (it looks like UTF-16)"),
    "Latin-1": ('{"name": "Åsa"}'.encode("latin-1"), "is not UTF-8 text: byte 10 is 0xc5"),
    "invalid JSON": (b'{"schema_version": ', "is not JSON: Expecting value"),
    "empty file": (b"", "is not JSON"),
    "NaN duration": (with_value("duration_seconds", "NaN"), "it holds 'NaN'"),
    "Infinity step duration": (
        with_value("scenarios/0/steps/0/duration_seconds", "Infinity"),
        "it holds 'Infinity'",
    ),
    "-Infinity in an unknown field": (with_value("suite/extra", "-Infinity"), "'-Infinity'"),
    "NaN in a list": (with_value("languages", "[NaN]"), "it holds 'NaN'"),
    "1e999 (too large for a double)": (
        with_value("scenarios/1/duration_seconds", "1e999"),
        "it holds '1e999'",
    ),
    "an integer of 5,000 digits": (
        with_value("counts/passed", "9" * 5000),
        "is not a results document: Exceeds the limit",
    ),
    "100,000 nested lists": (DEEP, "nests arrays or objects too deeply"),
    "month 99": (
        with_value("started_at", '"2026-99-05T08:00:00Z"'),
        "results do not match the schema at started_at",
    ),
    "day 32": (with_value("finished_at", '"2026-01-32T08:00:00Z"'), "at finished_at"),
    "30 February": (
        with_value("finished_at", '"2026-02-30T08:00:00Z"'),
        "finished_at '2026-02-30T08:00:00Z' is not a real moment in time",
    ),
    "hour 24": (with_value("started_at", '"2026-01-05T24:00:00Z"'), "at started_at"),
    "no Z": (with_value("started_at", '"2026-01-05T08:00:00+01:00"'), "at started_at"),
    "year 0": (with_value("started_at", '"0000-01-05T08:00:00Z"'), "year 0 is out of range"),
    "year 9999, 31 December": (
        with_value("finished_at", '"9999-12-31T23:00:00Z"'),
        "too close to year 1 or year 9999",
    ),
    "negative run duration": (
        with_value("duration_seconds", "-1"),
        "at duration_seconds: -1 is less than the minimum of 0",
    ),
    "negative scenario duration": (
        with_value("scenarios/1/duration_seconds", "-0.5"),
        "at scenarios/1/duration_seconds",
    ),
    "negative step duration": (
        with_value("scenarios/0/steps/0/duration_seconds", "-2"),
        "at scenarios/0/steps/0/duration_seconds",
    ),
    "absurd duration": (with_value("duration_seconds", "1e300"), "greater than the maximum"),
    "duration true": (with_value("duration_seconds", "true"), "at duration_seconds"),
    "not an object": (b"[1, 2]", "is not a results document (not a JSON object)"),
    "schema version 3": (with_value("schema_version", '"3.0.0"'), "this version reads 1.x"),
    "schema version a number": (with_value("schema_version", "2"), "schema version 2;"),
}


@pytest.mark.parametrize("content", CASES.values(), ids=CASES.keys())
def test_a_bad_results_file_is_one_clear_line_and_exit_2(
    content: tuple[bytes, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, expected = content
    path = tmp_path / "results.json"
    path.write_bytes(data)
    status, err = report(path, capsys, tmp_path)
    assert status == 2, err
    assert err.count("\n") == 1 and err.startswith("agentstatus report: error: "), err
    assert expected in err, err
    assert "Traceback" not in err
    with pytest.raises(ResultsError):
        load_results(path)


def test_a_directory_or_a_missing_file_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path, reason in ((tmp_path, "Is a directory"), (tmp_path / "nothing.json", "No such")):
        status, err = report(path, capsys, tmp_path)
        assert status == 2 and err.count("\n") == 1
        assert f"cannot read {path}: {reason}" in err


def test_an_unreadable_file_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "results.json"
    path.write_text(json.dumps(document()), "utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: refuse the read as the OS would

        def refuse(self: Path) -> bytes:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "read_bytes", refuse)
    status, err = report(path, capsys, tmp_path)
    assert status == 2 and f"cannot read {path}: Permission denied" in err


def test_a_file_name_with_a_newline_still_gives_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad\nname.json"
    path.write_bytes(b"NaN")
    status, err = report(path, capsys, tmp_path)
    assert status == 2 and err.count("\n") == 1 and "bad\\nname.json" in err


def test_a_byte_order_mark_is_allowed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "results.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document()).encode())
    assert load_results(path)["verdict"] == "conforms"


def test_what_the_collector_writes_is_valid_and_so_is_a_1x_document() -> None:
    written = document()
    written["started_at"] = written["finished_at"] = _now()
    validate_results(written)
    old = document()
    old["schema_version"] = "1.0.0"
    old["catalogue"] = {"notes": {"INT-1": {"title": "English", "reading": "English"}}}
    validate_results(old)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -0.5])
@pytest.mark.parametrize("where", ["run", "scenario", "step"])
def test_validate_results_refuses_a_duration_that_is_not_real_seconds(
    value: float, where: str
) -> None:
    data = document()
    holder = {
        "run": data,
        "scenario": data["scenarios"][1],
        "step": data["scenarios"][0]["steps"][0],
    }[where]
    holder["duration_seconds"] = value
    with pytest.raises(ResultsError, match="duration"):
        validate_results(data)


BROKEN: dict[str, tuple[str, Any]] = {
    "outcome": ("scenarios/0/outcome", "sort of"),
    "verdict": ("verdict", "maybe"),
    "counts": ("counts/passed", -1),
    "language": ("languages/0", "English"),
    "scenario id": ("scenarios/1/id", "AV-1"),
    "step status": ("scenarios/0/steps/0/status", "ok"),
    "step line": ("scenarios/0/steps/0/line", 1.5),
    "example": ("scenarios/0/example", {"index": 0, "values": {}}),
    "timestamp": ("started_at", "yesterday"),
    "missing key": ("suite", None),
}


@pytest.mark.parametrize("change", BROKEN.values(), ids=BROKEN.keys())
def test_the_compiled_check_agrees_with_jsonschema_which_names_the_place(
    change: tuple[str, Any],
) -> None:
    where, value = change
    data = document()
    *parents, last = where.split("/")
    target: Any = data
    for part in parents:
        target = target[int(part) if part.isdigit() else part]
    if value is None:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value
    assert not jsonschema.Draft202012Validator(schema()).is_valid(data)
    with pytest.raises(fastjsonschema.JsonSchemaException):
        _fast_check()(data)
    place = where if value is not None else "(top level)"
    with pytest.raises(ResultsError, match=re.escape(f"at {place}")):
        validate_results(data)


@settings(max_examples=60, deadline=None)
@given(
    cut=st.integers(0, 2000),
    insert=st.sampled_from([b"", b"NaN", b"\xff", b"[[[[", b"}", b'"', b"1e999", b"\x00", b"-"]),
    drop=st.integers(0, 30),
)
def test_a_corrupted_file_gives_a_results_error_or_a_document(
    tmp_path_factory: pytest.TempPathFactory, cut: int, insert: bytes, drop: int
) -> None:
    text = json.dumps(document(), indent=1).encode()
    cut = min(cut, len(text))
    path = tmp_path_factory.mktemp("corrupt") / "results.json"
    path.write_bytes(text[:cut] + insert + text[cut + drop :])
    try:
        loaded = load_results(path)
    except ResultsError as error:
        assert "\n" not in str(error)
    else:
        assert isinstance(loaded, dict)


def test_if_jsonschema_finds_nothing_the_compiled_checks_finding_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The two validators should agree; should they not, the refusal still names a place."""
    monkeypatch.setattr(jsonschema.exceptions, "best_match", lambda errors: None)
    data = document()
    data["scenarios"][0]["outcome"] = "sort of"
    with pytest.raises(ResultsError, match=r"at scenarios/0/outcome: .*must be one of"):
        validate_results(data)
