"""``agentstatus lint``: exit 0 when clean, 1 with violations, 2 on a usage error."""

from __future__ import annotations

from pathlib import Path

import pytest

from agentstatus.cli import main
from tests.lint.conftest import MakeTree


def test_a_clean_tree_exits_0(make_tree: MakeTree, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_tree()
    assert main(["lint", "--features", str(root)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "spec lint clean" in err


def test_violations_exit_1_and_are_printed_one_per_line(
    make_tree: MakeTree, capsys: pytest.CaptureFixture[str]
) -> None:
    make_tree("examples_mismatch", "file_names")
    assert main(["lint", "--features", "features"]) == 1
    out, err = capsys.readouterr()
    assert [line.split(": ")[0] for line in out.splitlines()] == [
        "features/en/extra.feature:1",
        "features/en/extra.feature:4",
        "features/en/rona.feature:14",
    ]
    assert "3 violation(s)" in err


def test_a_features_path_that_is_not_a_directory_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lint", "--features", str(tmp_path / "nowhere")]) == 2
    assert "is not a directory" in capsys.readouterr().err


def test_an_unknown_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["lint", "--feature-dir", "x"])
    assert exit_.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_the_default_is_the_project_features_directory() -> None:
    from agentstatus.cli import build_parser

    args = build_parser().parse_args(["lint"])
    assert args.features == Path(__file__).resolve().parents[2] / "features"
