"""``--implementation`` is checked once, before the run: a wrong id or an incompatible
contract version is a usage error, not an error in every scenario."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from agentstatus.harness.implementation import compatible

ROOT = Path(__file__).resolve().parents[2]

OLD_CONTRACT = """
from agentstatus.implementations import register_kind
from agentstatus.contract import ImplementationInfo
from agentstatus.reference_impl.driver import ReferenceDriver


class OldContract(ReferenceDriver):
    def info(self) -> ImplementationInfo:
        return ImplementationInfo("old", "0.9", "python", contract_version="0.3.0")


register_kind("old", lambda ident, tick: OldContract(tick))
"""


@pytest.mark.parametrize(
    ("version", "expected"), [("1.0.0", True), ("1.4.2", True), ("0.3.0", False), ("2.0.0", False)]
)
def test_same_major_version_is_compatible(version: str, expected: bool) -> None:
    assert compatible(version) is expected


def test_an_implementation_of_another_contract_major_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "old_kind.py").write_text(OLD_CONTRACT, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "old_kind",
            "-p",
            "no:cacheprovider",
            "--implementation",
            "old:x",
            str(ROOT / "agentstatus/conformance/test_spec_en.py"),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == pytest.ExitCode.USAGE_ERROR, done.stdout + done.stderr
    assert "implements driver contract 0.3.0, this suite speaks 1." in done.stderr
