"""The promise of a printed counterexample, kept: pasted into a feature file, it fails on the
implementation and passes on the reference, in Swedish and in English, under pytest.

Each faux's scenario pair goes into a temporary suite (the suite's own steps and scenario
context, as ``agentstatus/conformance/conftest.py`` wires them) and runs under pytest in a
subprocess, once against the faux and once against the reference.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

import pytest

from agentstatus.explore import Exploration
from agentstatus.explore.gherkin import LANGUAGES
from tests.explore.cases import ROUND_TRIP
from tests.suite_process import QUIET_RUN, run_in_sessions

CONFTEST = """\
import re
from pathlib import Path

from agentstatus.steps.context import (  # noqa: F401
    pytest_bdd_before_scenario,
    pytest_bdd_before_step,
    scenario_context,
)
import agentstatus.steps.definitions  # noqa: F401
from agentstatus.steps.dispatch import *  # noqa: F403


def pytest_configure(config):
    for path in Path(__file__).parent.glob("*.feature"):
        for tag in set(re.findall(r"@(\\S+)", path.read_text(encoding="utf-8"))):
            config.addinivalue_line("markers", f"{tag}: a tag of the explored features")
"""


def _module(name: str) -> str:
    return name.replace("-", "_")


def _suite(folder: Path, explorations: dict[str, Exploration]) -> Path:
    """One feature file per faux and language, and a test module per faux."""
    folder.mkdir()
    (folder / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    (folder / "pytest.ini").write_text("[pytest]\n", "utf-8")
    for ident, exploration in explorations.items():
        assert exploration.scenario is not None, ident
        files = []
        for language in LANGUAGES:
            name = f"{ident}.{language}.feature"
            (folder / name).write_text(exploration.scenario.feature(language), "utf-8")
            files.append(repr(name))
        (folder / f"test_{_module(ident)}.py").write_text(
            f"from pytest_bdd import scenarios\n\nscenarios({', '.join(files)})\n", "utf-8"
        )
    return folder


def _arguments(folder: Path, implementation: str, *tests: str) -> list[str]:
    report = folder / f"junit-{implementation.replace(':', '-')}.xml"
    return [
        "pytest",
        "-q",
        *QUIET_RUN,
        f"--junitxml={report}",
        f"--implementation={implementation}",
        *tests,
    ]


def _outcomes(report: Path) -> dict[str, str]:
    """Test name -> passed, failed or error, from pytest's JUnit XML."""
    found = {}
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        outcome = "passed"
        for child in case:
            if child.tag in ("failure", "error", "skipped"):
                outcome = {"failure": "failed"}.get(child.tag, child.tag)
        found[f"{case.get('classname')}::{case.get('name')}"] = outcome
    return found


def test_each_counterexample_fails_on_its_faux_and_passes_on_the_reference(
    explored: Callable[[str], Exploration], tmp_path: Path
) -> None:
    explorations = {ident: explored(ident) for ident in ROUND_TRIP}
    folder = _suite(tmp_path / "suite", explorations)
    commands = {"reference:python": _arguments(folder, "reference:python")}
    for ident in ROUND_TRIP:
        commands[f"faux:{ident}"] = _arguments(folder, f"faux:{ident}", f"test_{_module(ident)}.py")
    logs = tmp_path / "logs"
    logs.mkdir()
    names = {implementation.replace(":", "-"): implementation for implementation in commands}
    runs = run_in_sessions(
        {name: commands[implementation] for name, implementation in names.items()},
        logs,
        cwd=folder,
        env=os.environ,
    )
    for name, run in runs.items():
        implementation, output = names[name], run.output
        report = folder / f"junit-{implementation.replace(':', '-')}.xml"
        assert report.exists(), output
        outcomes = _outcomes(report)
        if implementation == "reference:python":
            assert len(outcomes) == 2 * len(ROUND_TRIP), output
            assert set(outcomes.values()) == {"passed"}, output
        else:
            assert len(outcomes) == 2, output  # the Swedish and the English scenario
            assert "passed" not in outcomes.values(), output


@pytest.mark.parametrize("ident", ROUND_TRIP)
def test_the_printed_scenario_was_checked_in_process_before_it_was_shown(
    explored: Callable[[str], Exploration], ident: str
) -> None:
    exploration = explored(ident)
    assert exploration.confirmation is not None and exploration.confirmation.holds
    scenario = exploration.scenario
    assert scenario is not None
    for language in LANGUAGES:
        block = scenario.block(language)
        assert "@SC-EXPLORE-01" in block
        # the block pastes into a feature of the suite: its steps are indented under it
        assert block.startswith("  @SC-EXPLORE-01")
        assert scenario.feature(language).count("Scenario:") == 1
