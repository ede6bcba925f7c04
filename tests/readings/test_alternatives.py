"""Every alternative reading of ``features/readings.yaml`` is checked against a model, not
only written down: the reference told to follow it (``reference:python+INT-17=lenient``)
conforms to the English specification; the scenarios that hold only under another reading of
that note (the default's, above all) are not applicable to it; the alternative's own scenarios
are not applicable to the reference that follows the defaults; and each results file states
the readings its verdict assumed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from agentstatus.spec.readings import catalogue, reading_tags
from tests.suite_process import child_environment, run_in_sessions

#: Every alternative of the catalogue as (note, reading): the default is the plain reference.
ALTERNATIVES = [
    (note, reading)
    for note, contested in sorted(catalogue().items())
    for reading in contested.alternatives
    if reading != contested.default
]
DEFAULT = "default"


def _key(note: str, reading: str) -> str:
    return f"{note}={reading}"


@dataclass
class Run:
    status: int
    output: str
    results: dict[str, Any]

    def scenarios(self) -> list[dict[str, Any]]:
        scenarios: list[dict[str, Any]] = self.results.get("scenarios", [])
        return scenarios

    def holding_under(self, note: str) -> list[tuple[dict[str, Any], set[str]]]:
        """The scenarios that hold only under some readings of ``note``, with those readings."""
        found = []
        for scenario in self.scenarios():
            readings = reading_tags(scenario["tags"]).get(note)
            if readings:
                found.append((scenario, readings))
        return found


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """The reference under the defaults and under each alternative: ``agentstatus run``
    sessions shared out over two processes (``tests.suite_process.run_in_sessions``)."""
    base = tmp_path_factory.mktemp("readings")
    wanted = {DEFAULT: "reference:python"}
    wanted |= {_key(n, r): f"reference:python+{n}={r}" for n, r in ALTERNATIVES}
    environment = child_environment()
    commands = {
        key: [
            "agentstatus",
            "run",
            "--lang",
            "en",
            "--format",
            "json",
            "--report-dir",
            str(base / key),
            "--implementation",
            spec,
        ]
        for key, spec in wanted.items()
    }
    done: dict[str, Run] = {}
    for key, run in run_in_sessions(commands, base, cwd=base, env=environment).items():
        path = base / key / "results.json"
        results = json.loads(path.read_text("utf-8")) if path.exists() else {}
        done[key] = Run(run.returncode, run.output, results)
    return done


def test_the_catalogue_names_the_contested_readings() -> None:
    assert {
        ("INT-17", "lenient"),
        ("INT-18", "at-timeout"),
        ("INT-18", "invalid-number"),
        ("INT-4", "restart"),
        ("INT-9", "reopen-kept"),
        ("INT-9", "routable"),
        ("INT-7", "at-hang-up"),
        ("INT-13", "unsupported"),
        ("INT-14", "no-timer"),
    } <= set(ALTERNATIVES)


def test_the_default_reference_conforms_and_states_the_defaults(runs: dict[str, Run]) -> None:
    run = runs[DEFAULT]
    assert run.status == 0, run.output[-3000:]
    assert run.results["verdict"] == "conforms"
    assert run.results["implementation"]["readings"] == {
        note: contested.default for note, contested in catalogue().items()
    }


@pytest.mark.parametrize(("note", "reading"), ALTERNATIVES, ids=[_key(*a) for a in ALTERNATIVES])
def test_the_reference_conforms_under_the_alternative(
    runs: dict[str, Run], note: str, reading: str
) -> None:
    run = runs[_key(note, reading)]
    assert run.status == 0, run.output[-3000:]
    assert run.results["verdict"] == "conforms"
    assert run.results["scope"]["complete"]
    assert run.results["counts"]["failed"] == run.results["counts"]["error"] == 0


@pytest.mark.parametrize(("note", "reading"), ALTERNATIVES, ids=[_key(*a) for a in ALTERNATIVES])
def test_the_results_state_the_reading_assumed(
    runs: dict[str, Run], note: str, reading: str
) -> None:
    assumed = runs[_key(note, reading)].results["implementation"]["readings"]
    expected = {n: c.default for n, c in catalogue().items()} | {note: reading}
    assert assumed == expected


@pytest.mark.parametrize(("note", "reading"), ALTERNATIVES, ids=[_key(*a) for a in ALTERNATIVES])
def test_only_the_alternatives_scenarios_of_the_note_apply(
    runs: dict[str, Run], note: str, reading: str
) -> None:
    default = catalogue()[note].default
    tagged = runs[_key(note, reading)].holding_under(note)
    own = [s for s, readings in tagged if reading in readings]
    others = [s for s, readings in tagged if reading not in readings]
    of_default = [s for s, readings in tagged if default in readings and reading not in readings]
    assert own, f"no English scenario is tagged @reading-{note}-{reading}"
    assert of_default, f"no English scenario holds only under {note}'s default, {default}"
    assert {(s["id"], s["outcome"]) for s in own} == {(s["id"], "passed") for s in own}
    outcomes = {(s["id"], s["outcome"]) for s in others}
    assert outcomes == {(s["id"], "not_applicable") for s in others}
    for scenario in others:
        assert f"{note}: the scenario holds under" in str(scenario["reason"]), scenario["id"]


@pytest.mark.parametrize(("note", "reading"), ALTERNATIVES, ids=[_key(*a) for a in ALTERNATIVES])
def test_the_alternatives_scenarios_do_not_apply_by_default(
    runs: dict[str, Run], note: str, reading: str
) -> None:
    default = catalogue()[note].default
    tagged = runs[DEFAULT].holding_under(note)
    own = [s for s, readings in tagged if reading in readings and default not in readings]
    assert own, f"no English scenario holds only under {note}={reading}"
    assert {(s["id"], s["outcome"]) for s in own} == {(s["id"], "not_applicable") for s in own}
