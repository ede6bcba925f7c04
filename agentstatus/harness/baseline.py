"""``--baseline FILE``: known failures, so a partly conforming implementation can gate on
regressions.

The file lists scenarios by ID and language, each with the reason it is known to fail and
optionally a link to the vendor's ticket (``baseline.schema.json``). A listed scenario that
fails is an *expected failure*; anything else that fails still fails the run; a listed
scenario that now passes is an *unexpected pass*, which fails the run too (the baseline is
out of date: remove the entry) unless ``--allow-unexpected-pass``. An ID that names no
scenario of the specification is a usage error: a typo must not hide a failure.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

BASELINE_VERSION = "1.0"
_BASELINE = pytest.StashKey["Baseline | None"]()
_SCENARIO_LABELS = pytest.StashKey[dict[str, tuple[str, str]]]()


class BaselineError(ValueError):
    """A baseline file that cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class Entry:
    scenario: str
    language: str
    reason: str
    link: str | None = None

    @property
    def why(self) -> str:
        return f"baseline: {self.reason}" + (f" ({self.link})" if self.link else "")


@dataclass(frozen=True)
class Baseline:
    path: Path
    entries: tuple[Entry, ...]
    allow_unexpected_pass: bool = False

    def entry_for(self, scenario: str | None, language: str | None) -> Entry | None:
        for entry in self.entries:
            if entry.scenario == scenario and entry.language == language:
                return entry
        return None

    def describe(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "entries": len(self.entries),
            "allow_unexpected_pass": self.allow_unexpected_pass,
        }


@cache
def schema() -> dict[str, Any]:
    text = resources.files("agentstatus.results").joinpath("baseline.schema.json").read_text()
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def load_baseline(path: Path, allow_unexpected_pass: bool = False) -> Baseline:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise BaselineError(f"cannot read {path}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path} is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise BaselineError(f"{path} is not JSON: {error}") from None
    from jsonschema import Draft202012Validator  # only a run with --baseline reads one
    from jsonschema.exceptions import best_match

    problem = best_match(Draft202012Validator(schema()).iter_errors(document))
    if problem is not None:
        where = "/".join(str(p) for p in problem.absolute_path) or "(top level)"
        raise BaselineError(
            f"{path} at {where}: {problem.message}; see `agentstatus baseline --write`"
        )
    entries = tuple(
        Entry(e["scenario"], e["language"], e["reason"], e.get("link"))
        for e in document["expected_failures"]
    )
    seen: set[tuple[str, str]] = set()
    for entry in entries:
        key = (entry.scenario, entry.language)
        if key in seen:
            raise BaselineError(f"{path} lists {entry.scenario} ({entry.language}) twice")
        seen.add(key)
    return Baseline(path, entries, allow_unexpected_pass)


def baseline_document(failing: Iterable[Mapping[str, Any]], implementation: str) -> dict[str, Any]:
    """A baseline of the failing scenarios of a results document, one entry per ID and
    language, with the first failure's message as the reason to edit."""
    entries: dict[tuple[str, str], dict[str, Any]] = {}
    for scenario in failing:
        key = (str(scenario.get("id")), str(scenario.get("language")))
        if scenario.get("id") is None or key in entries:
            continue
        message = ((scenario.get("failure") or {}).get("message") or "").strip()
        first = message.splitlines()[0] if message else str(scenario.get("outcome"))
        entries[key] = {
            "scenario": key[0],
            "language": key[1],
            "reason": f"known failure: {first[:300]}",
        }
    return {
        "baseline_version": BASELINE_VERSION,
        "implementation": implementation,
        "expected_failures": [entries[key] for key in sorted(entries)],
    }


# --- the pytest side ---------------------------------------------------------------------


def add_options(parser: pytest.Parser) -> None:
    group = parser.getgroup("agentstatus")
    group.addoption(
        "--baseline",
        metavar="FILE",
        default=None,
        help="known failures (scenario ID and language, with a reason): they are expected "
        "failures; anything else failing fails the run",
    )
    group.addoption(
        "--allow-unexpected-pass",
        action="store_true",
        help="a baseline scenario that now passes does not fail the run",
    )


def configure(config: pytest.Config) -> None:
    path = config.getoption("--baseline")
    if path is None:
        config.stash[_BASELINE] = None
        return
    try:
        config.stash[_BASELINE] = load_baseline(
            Path(path), config.getoption("--allow-unexpected-pass")
        )
    except BaselineError as error:
        raise pytest.UsageError(f"--baseline: {error}") from None


def baseline(config: pytest.Config) -> Baseline | None:
    return config.stash.get(_BASELINE, None)


def note_scenarios(config: pytest.Config, items: Iterable[pytest.Item]) -> None:
    """Every scenario collected (nodeid → ID, language), before anything deselects one."""
    from agentstatus.results.collector import static_record

    labels = {}
    for item in items:
        record = static_record(item)
        if record is not None and record["id"]:
            labels[item.nodeid] = (record["id"], record["language"])
    config.stash[_SCENARIO_LABELS] = labels


def mark_expected_failures(config: pytest.Config, items: list[pytest.Item]) -> None:
    chosen = baseline(config)
    if chosen is None:
        return
    labels = config.stash.get(_SCENARIO_LABELS, {})
    known = set(labels.values())
    # A one-language run collects only that language's features: an entry of a language
    # this run did not collect cannot be judged here, and concerns no scenario of the run.
    collected = {language for _, language in known}
    unknown = [
        f"{e.scenario} ({e.language})"
        for e in chosen.entries
        if e.language in collected and (e.scenario, e.language) not in known
    ]
    if unknown:
        raise pytest.UsageError(
            f"--baseline: {chosen.path} names {', '.join(unknown)}, which the specification "
            "does not have; fix the ID or remove the entry (`agentstatus run --list` lists them)"
        )
    for item in items:
        scenario, language = labels.get(item.nodeid, (None, None))
        entry = chosen.entry_for(scenario, language)
        if entry is not None:
            item.add_marker(
                pytest.mark.xfail(reason=entry.why, strict=not chosen.allow_unexpected_pass)
            )
