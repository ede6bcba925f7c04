"""The second implementation, in JavaScript, passes the whole specification over the
protocol: the protocol document is enough to build a conforming desktop in another language.

It needs Node.js 20. Where there is no ``node``, the test is skipped with the package to
install; under CI (``CI=true``) it is required, and ``.ci/run`` installs it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "examples" / "javascript" / "agent-desktop.js"


def node() -> str:
    found = shutil.which("node")
    if found is None:
        message = "no node on the PATH: install Node.js 20 (Debian's package nodejs)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message}; CI requires the JavaScript example")
        pytest.skip(message)
    return found


def test_the_javascript_desktop_conforms_in_both_languages(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "agentstatus.cli", "run", "--validate",
         "--implementation", f"exec:{node()} {PROGRAM}",
         "--report-dir", str(tmp_path / "reports"), "--format", "json"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    results = json.loads((tmp_path / "reports" / "results.json").read_text("utf-8"))
    assert results["verdict"] == "conforms"
    assert results["implementation"]["language"] == "javascript"
    # every scenario of both languages ran (the specification grows: no fixed count)
    scope = results["scope"]
    assert scope["complete"] and scope["ran"] == scope["expected"] >= 206
    assert {s["language"] for s in results["scenarios"]} == {"sv", "en"}


def test_the_javascript_example_keeps_to_the_standard_library() -> None:
    package = json.loads((PROGRAM.parent / "package.json").read_text("utf-8"))
    assert not package.get("dependencies") and not package.get("devDependencies")
    for source in PROGRAM.parent.glob("*.js"):
        for line in source.read_text("utf-8").splitlines():
            if line.startswith("import ") and " from " in line:
                module = line.rsplit(" from ", 1)[1].strip(" ';\"")
                assert module.startswith(("./", "node:")), f"{source.name}: {line}"


def test_the_javascript_examples_own_unit_tests_pass() -> None:
    done = subprocess.run(
        [node(), "--test"], cwd=PROGRAM.parent, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "# fail 0" in done.stdout
