"""``agentstatus explore`` on the command line: exit status, messages, the report folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agentstatus.cli import main
from agentstatus.explore.report import FEATURE_FILES, JSON_FILE


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        status = main(["explore", *args])
    except SystemExit as exit_:  # argparse's own usage errors
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_a_divergence_is_printed_in_both_languages_and_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "report"
    status, out, _ = run(
        capsys, "--implementation", "faux:idle-routable", "--report-dir", str(folder)
    )
    assert status == 1
    assert "Scenario: The routing of requests differs from the reference" in out
    assert "Scenario: Dirigeringen av förfrågningar avviker från referensen" in out
    assert "When the agent logs in" in out and "När agenten loggar in" in out
    assert out.index("English, to paste") < out.index("Swedish, to paste")
    assert sorted(p.name for p in folder.iterdir()) == sorted([*FEATURE_FILES.values(), JSON_FILE])
    assert folder.joinpath("explore.sv.feature").read_text("utf-8").startswith("# language: sv")
    data = json.loads(folder.joinpath(JSON_FILE).read_text("utf-8"))
    assert data["found"] and data["divergence"]["kind"] == "snapshot"
    assert data["scenario"]["confirmed"]["holds"] is True
    assert data["scenario"]["tags"][0] == "SC-EXPLORE-01"


def test_messages_in_swedish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys,
        "--implementation",
        "faux:garbage-snapshot",
        "--lang",
        "sv",
        "--report-dir",
        str(tmp_path / "r"),
    )
    assert status == 1
    assert "Avvikelse efter 1 exempel" in out
    assert out.index("Svenska, att klistra in") < out.index("Engelska, att klistra in")


def test_nothing_found_leaves_no_stale_scenario_and_touches_nothing_else(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "report"
    folder.mkdir()
    (folder / "explore.en.feature").write_text("stale", "utf-8")
    (folder / "notes.txt").write_text("mine", "utf-8")
    args = ["--implementation", "reference:python", "--examples", "5"]
    status, out, _ = run(capsys, *args, "--report-dir", str(folder))
    assert status == 0, out
    assert sorted(p.name for p in folder.iterdir()) == [JSON_FILE, "notes.txt"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--implementation", "nosuchkind:x"], "unknown implementation kind"),
        (["--implementation", "faux:no-such-faux"], "no fauxmplementation"),
        (["--implementation", "reference:python+INT-17=nonsense"], "INT-17 has no reading"),
        (["--examples", "0"], "below 1"),
        (["--seed", "x"], "not a whole number"),
        (["--lang", "de"], "invalid choice"),
        (["--timeout", "-1"], "not a positive number"),
    ],
)
def test_usage_errors_exit_2_saying_what_to_fix(
    args: list[str], said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, *args, "--report-dir", str(tmp_path / "r"))
    assert status == 2
    assert said in err


def test_a_report_dir_that_is_a_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "file"
    file.write_text("x", "utf-8")
    status, _, err = run(capsys, "--report-dir", str(file))
    assert status == 2 and "--report-dir" in err
