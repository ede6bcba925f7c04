"""The pytest plugin that records what each scenario did, for the results document.

Why our own hooks: pytest-bdd's cucumber JSON loses Rule and Examples tags, lists only the
passed steps of a scenario with an undefined step and is empty under pytest-xdist.

How it works with and without xdist: where a test runs (the only process without xdist, a
worker with it), the pytest-bdd hooks fill in one record per test and put it into the test's
``user_properties`` (which xdist ships to the controller with every report). Where reports
are gathered (the only process, or the controller), ``pytest_runtest_logreport`` takes the
record out of the report (so it does not flood the JUnit XML), decides the outcome from the
setup/call/teardown reports and, at the end of the session, writes the results file.

This module is on freezegun's ignore list (``agentstatus.harness.frozen_time``), so the
``time`` calls below see real time while scenarios run on the frozen clock.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from agentstatus import __version__, paths
from agentstatus.contract import CONTRACT_VERSION
from agentstatus.results.catalogue import embedded_catalogue
from agentstatus.results.expectations import NOT_APPLICABLE_PREFIX, ExpectationFailed
from agentstatus.results.model import (
    SCHEMA_VERSION,
    counts_by_outcome,
    write_results,
)
from agentstatus.results.verdict import scenario_label, summarize
from agentstatus.spec.readings import effective

PROPERTY = "agentstatus.scenario"
EXPECTED_OUTPUT = "agentstatus.expected"
#: The scope lists at most this many scenarios that did not run.
MISSING_LISTED = 200

SCENARIO_ID = re.compile(r"^SC-([A-Z]+)-\d+$")
NOTE_ID = re.compile(r"^INT-\d+$")
REQUIREMENT_ID = re.compile(r"^(?!SC-|INT-)([A-Z]+)-\d+$")
MESSAGE_LIMIT = 4000

_COLLECTOR = pytest.StashKey["ResultsCollector"]()


def add_options(parser: pytest.Parser) -> None:
    group = parser.getgroup("agentstatus")
    group.addoption(
        "--results-json",
        metavar="PATH",
        default=None,
        help="write the run's conformance results (results.schema.json) to PATH",
    )
    group.addoption(
        "--only",
        metavar="SELECTORS",
        default=None,
        help="run only the scenarios with one of these requirement IDs (AV-1), areas (RONA) "
        "or scenario IDs (SC-RONA-03), comma-separated; the verdict is then partial",
    )
    group.addoption(
        "--languages",
        metavar="LANG[,LANG]",
        default=None,
        help="run only the scenarios of features in these languages, e.g. sv or sv,en",
    )


def configure(config: pytest.Config) -> None:
    languages = _parse_languages(config.getoption("--languages"))
    only = _parse_only(config.getoption("--only"))
    results = config.getoption("--results-json")
    if results is None and languages is None and only is None:
        return
    collector = ResultsCollector(config, Path(results) if results else None, languages, only)
    config.stash[_COLLECTOR] = collector
    config.pluginmanager.register(collector, "agentstatus-results")


def _parse_languages(text: str | None) -> frozenset[str] | None:
    if text is None:
        return None
    languages = frozenset(part.strip() for part in text.split(",") if part.strip())
    if not languages or not all(re.fullmatch(r"[a-z]{2,3}", lang) for lang in languages):
        raise pytest.UsageError(f"--languages: expected codes such as sv or sv,en, not {text!r}")
    return languages


def _parse_only(text: str | None) -> frozenset[str] | None:
    if text is None:
        return None
    selectors = frozenset(part.strip() for part in text.split(",") if part.strip())
    bad = sorted(s for s in selectors if not re.fullmatch(r"(SC-)?[A-Z]+(-\d+)?", s))
    if not selectors or bad:
        raise pytest.UsageError(
            f"--only: {', '.join(bad) or 'nothing'} is not a requirement ID (AV-1), an area "
            "(RONA) or a scenario ID (SC-RONA-03)"
        )
    return selectors


def selected(record: dict[str, Any], selectors: frozenset[str]) -> bool:
    """A scenario with one of the requirement IDs, the area or the scenario ID asked for."""
    return bool(selectors & {*record["requirements"], record["area"], record["id"]})


def _now() -> str:
    return datetime.fromtimestamp(time.time(), UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _jsonable(value: Any) -> Any:
    """Snapshot values are JSON already; anything else is kept by its ``repr``."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return repr(value)


def _clip(text: str) -> str:
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1] + "…"


def static_record(item: pytest.Item) -> dict[str, Any] | None:
    """What is known about a scenario before it runs, from the parsed feature."""
    from pytest_bdd.scenario import scenario_wrapper_template_registry

    obj = getattr(item, "obj", None)
    template = scenario_wrapper_template_registry.get(obj) if obj is not None else None
    if template is None:
        return None
    feature = template.feature
    rule = template.rule
    declared = set(template.tags) | set(feature.tags) | (set(rule.tags) if rule else set())
    example_tags: set[str] = set()
    for examples in template.examples:
        example_tags |= set(examples.tags or ())
    markers = {mark.name for mark in item.iter_markers()}
    tags = sorted(declared | (example_tags & markers))
    example = None
    callspec = getattr(item, "callspec", None)
    values = callspec.params.get("_pytest_bdd_example") if callspec is not None else None
    if isinstance(values, dict):
        example = {"index": _example_index(template, values), "values": dict(values)}
    name = template.name
    if values:
        name = template.render(values).name
    scenario_ids = [tag for tag in tags if SCENARIO_ID.match(tag)]
    requirements = [tag for tag in tags if REQUIREMENT_ID.match(tag)]
    area = None
    if scenario_ids:
        match = SCENARIO_ID.match(scenario_ids[0])
        area = match.group(1) if match else None
    elif requirements:
        match = REQUIREMENT_ID.match(requirements[0])
        area = match.group(1) if match else None
    language = feature.language or _language_from_path(feature.filename)
    return {
        "id": scenario_ids[0] if scenario_ids else None,
        "nodeid": item.nodeid,
        "name": name,
        "example": example,
        "area": area,
        "requirements": requirements,
        "notes": [tag for tag in tags if NOTE_ID.match(tag)],
        "tags": tags,
        "feature": {
            "name": feature.name,
            "file": _relative(feature.filename, item.config.rootpath),
            "line": feature.line_number,
        },
        "rule": rule.name if rule else None,
        "language": language,
        "steps": [],
        "failure": None,
    }


def _example_index(template: Any, values: dict[str, str]) -> int:
    index = 0
    for examples in template.examples:
        for context in examples.as_contexts():
            index += 1
            if context == values:
                return index
    return max(index, 1)


def _relative(filename: str, root: Path) -> str:
    """``features/sv/x.feature`` for the suite's own features, installed or not (a report
    never shows a machine's paths); else relative to the run's root where it can be."""
    path = Path(filename).resolve()
    for base in (paths.FEATURES.parent, root.resolve()):
        if path.is_relative_to(base):
            return path.relative_to(base).as_posix()
    return path.as_posix()


def _language_from_path(filename: str) -> str | None:
    parent = Path(filename).parent.name
    return parent if re.fullmatch(r"[a-z]{2,3}", parent) else None


def _step(step: Any, status: str = "not_run") -> dict[str, Any]:
    return {
        "keyword": step.keyword,
        "text": step.name,
        "line": step.line_number,
        "status": status,
        "duration_seconds": 0.0,
    }


def _record_of(item: pytest.Item) -> dict[str, Any] | None:
    for name, value in item.user_properties:
        if name == PROPERTY and isinstance(value, dict):
            record: dict[str, Any] = value
            return record
    return None


class ResultsCollector:
    """One per process; the controller (or the only process) also writes the results."""

    def __init__(
        self,
        config: pytest.Config,
        path: Path | None,
        languages: frozenset[str] | None,
        only: frozenset[str] | None = None,
    ) -> None:
        self.config = config
        self.path = path
        self.languages = languages
        self.only = only
        self.is_worker = hasattr(config, "workerinput")
        self.started_at = _now()
        self.started = time.time()
        self.scenarios: dict[str, dict[str, Any]] = {}
        self.phases: dict[str, dict[str, Any]] = {}
        self.collection_errors: list[dict[str, str]] = []
        self._step_started: dict[str, float] = {}
        #: nodeid → label of every scenario a complete run of these languages runs.
        self.expected: dict[str, str] = {}
        self.interrupted = False

    # --- where tests run -------------------------------------------------------------

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(
        self, config: pytest.Config, items: list[pytest.Item]
    ) -> None:
        """Keep the languages run, and note every scenario of them before ``-m``, ``-k`` or
        a filter deselects any: that is what a complete run must have run."""
        keep, drop = [], []
        for item in items:
            record = static_record(item)
            if self.languages is not None and (
                record is None or record["language"] not in self.languages
            ):
                drop.append(item)
                continue
            if record is not None:
                self.expected[item.nodeid] = scenario_label(record)
                if self.only is not None and not selected(record, self.only):
                    drop.append(item)
                    continue
                item.user_properties.append((PROPERTY, record))
            keep.append(item)
        if drop:
            config.hook.pytest_deselected(items=drop)
            items[:] = keep

    def pytest_bdd_before_scenario(self, request: Any, feature: Any, scenario: Any) -> None:
        record = _record_of(request.node)
        if record is not None:
            record["steps"] = [_step(step) for step in scenario.steps]

    def _current(self, request: Any, step: Any) -> dict[str, Any] | None:
        record = _record_of(request.node)
        if record is None:
            return None
        steps: list[dict[str, Any]] = record["steps"]
        for index, entry in enumerate(steps):
            if entry["line"] == step.line_number and entry["status"] in ("not_run", "running"):
                entry["index"] = index
                return entry
        return None

    def pytest_bdd_before_step(
        self, request: Any, feature: Any, scenario: Any, step: Any, step_func: Callable[..., Any]
    ) -> None:
        entry = self._current(request, step)
        if entry is not None:
            entry["status"] = "running"
            self._step_started[request.node.nodeid] = time.perf_counter()

    def _finish_step(self, request: Any, step: Any, status: str) -> dict[str, Any] | None:
        entry = self._current(request, step)
        if entry is None:
            return None
        started = self._step_started.pop(request.node.nodeid, None)
        if started is not None:
            entry["duration_seconds"] = max(0.0, time.perf_counter() - started)
        entry["status"] = status
        return entry

    def pytest_bdd_after_step(
        self,
        request: Any,
        feature: Any,
        scenario: Any,
        step: Any,
        step_func: Callable[..., Any],
        step_func_args: dict[str, Any],
    ) -> None:
        entry = self._finish_step(request, step, "passed")
        if entry is not None:
            entry.pop("index", None)

    def pytest_bdd_step_error(
        self,
        request: Any,
        feature: Any,
        scenario: Any,
        step: Any,
        step_func: Callable[..., Any],
        step_func_args: dict[str, Any],
        exception: BaseException,
    ) -> None:
        entry = self._finish_step(request, step, "failed")
        record = _record_of(request.node)
        if record is None:
            return
        index = entry.pop("index", None) if entry is not None else None
        record["failure"] = _failure(exception, index)

    def pytest_bdd_step_func_lookup_error(
        self, request: Any, feature: Any, scenario: Any, step: Any, exception: BaseException
    ) -> None:
        entry = self._current(request, step)
        record = _record_of(request.node)
        if entry is None or record is None:
            return
        index = entry.pop("index")
        entry["status"] = "undefined"
        record["failure"] = {
            "kind": "undefined_step",
            "step": index,
            "message": _clip(str(exception)),
            "exception_type": type(exception).__name__,
            "expectations": [],
        }

    # --- where reports are gathered --------------------------------------------------

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if self.is_worker:
            return  # xdist still has to ship the record to the controller
        record: dict[str, Any] | None = None
        kept = []
        for name, value in report.user_properties:
            if name == PROPERTY and isinstance(value, dict):
                record = value
            else:
                kept.append((name, value))
        report.user_properties[:] = kept
        phases = self.phases.setdefault(report.nodeid, {})
        phases[report.when or "call"] = report
        if record is not None:
            self.scenarios[report.nodeid] = record
        if report.when == "teardown" or (report.when not in ("setup", "call", "teardown")):
            self._finalize(report.nodeid)

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if not self.is_worker and report.failed:
            self.collection_errors.append(
                {"nodeid": report.nodeid, "message": _clip(str(report.longrepr))}
            )

    def _finalize(self, nodeid: str) -> None:
        phases = self.phases.pop(nodeid, {})
        record = self.scenarios.get(nodeid)
        if record is None:
            record = {
                "id": None,
                "nodeid": nodeid,
                "name": nodeid.rsplit("::", 1)[-1],
                "example": None,
                "area": None,
                "requirements": [],
                "notes": [],
                "tags": [],
                "feature": None,
                "rule": None,
                "language": None,
                "steps": [],
                "failure": None,
            }
            self.scenarios[nodeid] = record
        if record.get("outcome") is not None and not phases:
            return
        outcome, reason = _outcome(phases, record)
        record["outcome"] = outcome
        record["reason"] = reason
        record["duration_seconds"] = round(sum(r.duration for r in phases.values()), 6)
        for entry in record["steps"]:
            entry.pop("index", None)
            if entry["status"] == "running":
                entry["status"] = (
                    "skipped" if outcome in ("skipped", "not_applicable") else "failed"
                )
            elif entry["status"] == "not_run" and outcome in ("skipped", "not_applicable"):
                entry["status"] = "skipped"

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        """Under xdist only the workers collect: each sends what a complete run holds."""
        self.expected.update(getattr(node, "workeroutput", {}).get(EXPECTED_OUTPUT, {}))

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if self.is_worker:
            self.config.workeroutput[EXPECTED_OUTPUT] = self.expected  # type: ignore[attr-defined]
            return
        self.interrupted = exitstatus == pytest.ExitCode.INTERRUPTED
        if self.path is None:
            return
        for nodeid in list(self.phases):
            self._finalize(nodeid)
        self.path = write_results(self.document(), self.path)

    def document(self) -> dict[str, Any]:
        scenarios = sorted(
            (s for s in self.scenarios.values() if s.get("outcome") is not None),
            key=lambda s: (
                s["language"] or "",
                s["id"] or "~",
                (s["example"] or {}).get("index", 0),
                s["nodeid"],
            ),
        )
        counts = counts_by_outcome(s["outcome"] for s in scenarios)
        languages = sorted({s["language"] for s in scenarios if s["language"]})
        ran = {s["nodeid"] for s in scenarios}
        missing = [label for nodeid, label in self.expected.items() if nodeid not in ran]
        document: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "suite": {"name": "agentstatus", "version": __version__},
            "contract_version": CONTRACT_VERSION,
            "implementation": implementation_info(self.config),
            "languages": languages or sorted(self.languages or ()),
            "started_at": self.started_at,
            "finished_at": _now(),
            "duration_seconds": round(max(0.0, time.time() - self.started), 6),
            "verdict": "",
            "counts": counts,
            "collection_errors": self.collection_errors,
            "scope": {
                "complete": not missing and not self.interrupted,
                "expected": len(self.expected),
                "ran": len(ran & self.expected.keys()),
                "missing": missing[:MISSING_LISTED],
                "interrupted": self.interrupted,
            },
            "baseline": _baseline_info(self.config),
            "scenarios": scenarios,
            "catalogue": embedded_catalogue(),
        }
        summary = summarize(document)
        document["verdict"] = summary.verdict
        document["gate_passed"] = summary.gate_passed
        document["requirement_summary"] = summary.to_dict()
        document["profiles"] = summary.profiles
        return document

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if not self.is_worker and self.path is not None and self.path.exists():
            terminalreporter.write_line(f"conformance results: {self.path}")


def _failure(exception: BaseException, step_index: int | None) -> dict[str, Any]:
    if isinstance(exception, ExpectationFailed):
        return {
            "kind": "assertion",
            "step": step_index,
            "message": _clip(exception.message),
            "exception_type": type(exception).__name__,
            "expectations": [
                {"field": m.field, "expected": _jsonable(m.expected), "actual": _jsonable(m.actual)}
                for m in exception.mismatches
            ],
        }
    message = str(exception)
    if isinstance(exception, AssertionError):
        kind = "assertion"
    elif isinstance(exception, pytest.fail.Exception):
        kind = "assertion"
        message = getattr(exception, "msg", message)
    else:
        kind = "exception"
    return {
        "kind": kind,
        "step": step_index,
        "message": _clip(message or type(exception).__name__),
        "exception_type": type(exception).__name__,
        "expectations": [],
    }


def _reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    text = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr or "")
    return text.removeprefix("Skipped: ")


def _outcome(phases: dict[str, Any], record: dict[str, Any]) -> tuple[str, str | None]:
    setup, call, teardown = phases.get("setup"), phases.get("call"), phases.get("teardown")
    other = [r for w, r in phases.items() if w not in ("setup", "call", "teardown")]
    for report in other:  # e.g. a crashed xdist worker
        if report.failed:
            record["failure"] = {
                "kind": "crash",
                "step": None,
                "message": _clip(str(report.longrepr)),
                "exception_type": None,
                "expectations": [],
            }
            return "error", None
    for report in (setup, call):
        if report is None:
            continue
        if report.skipped:
            if hasattr(report, "wasxfail"):
                return "expected_failure", report.wasxfail or None
            reason = _reason(report)
            if reason.startswith(NOT_APPLICABLE_PREFIX):
                return "not_applicable", reason.removeprefix(NOT_APPLICABLE_PREFIX)
            return "skipped", reason or None
        if report.failed:
            text = str(report.longrepr or "")
            if report.when == "setup":
                record["failure"] = record.get("failure") or _phase_failure("setup", text)
                return "error", None
            if text.startswith("[XPASS(strict)]"):
                record["failure"] = _phase_failure("unexpected_pass", text)
                return "unexpected_pass", text.removeprefix("[XPASS(strict)]").strip() or None
            failure = record.get("failure")
            if failure is None:
                message = getattr(report, "longreprtext", "") or text
                record["failure"] = _phase_failure("assertion", message.strip().splitlines()[-1:])
                return "failed", None
            return ("failed" if failure["kind"] == "assertion" else "error"), None
    if call is not None and call.passed and hasattr(call, "wasxfail"):
        return "unexpected_pass", call.wasxfail or None
    if teardown is not None and teardown.failed:
        record["failure"] = _phase_failure("teardown", str(teardown.longrepr or ""))
        return "error", None
    if call is None:
        return "error", None
    return "passed", None


def _phase_failure(kind: str, message: str | list[str]) -> dict[str, Any]:
    text = message if isinstance(message, str) else " ".join(message)
    return {
        "kind": kind,
        "step": None,
        "message": _clip(text),
        "exception_type": None,
        "expectations": [],
    }


def _baseline_info(config: pytest.Config) -> dict[str, Any] | None:
    from agentstatus.harness.baseline import baseline

    chosen = baseline(config)
    return chosen.describe() if chosen is not None else None


def implementation_info(config: pytest.Config) -> dict[str, Any]:
    """What the implementation under test says about itself (``driver.info()``)."""
    from agentstatus.contract import ImplementationInfo
    from agentstatus.harness import implementation

    try:
        spec = implementation.connectable(config)
    except KeyError:
        return {"spec": "", "name": "", "version": "", "error": "no implementation configured"}
    info: dict[str, Any] = {"spec": str(spec), "name": str(spec), "version": ""}
    described = implementation.implementation_info(config)
    if isinstance(described, ImplementationInfo):
        info.update(
            name=str(described.name),
            version=str(described.version),
            language=str(described.language),
            contract_version=str(described.contract_version),
            capabilities=[str(c) for c in described.capabilities],
            # Every contested reading the verdict assumes, declared or the suite's default.
            readings=effective(described.readings),
        )
    else:  # the implementation may be broken: that is what we test
        info["error"] = _clip(described)
    return info
