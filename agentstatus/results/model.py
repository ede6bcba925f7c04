"""The results document: outcomes, verdict, reading, validating and writing.

The document is plain JSON (see ``results.schema.json``); this module holds the few rules
that give it meaning (which outcomes break conformance, how the verdict follows) so that the
collector, the reports and the command line all agree.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from agentstatus.results.expectations import NOT_APPLICABLE_PREFIX

__all__ = [
    "FAILING_OUTCOMES",
    "NOT_APPLICABLE_PREFIX",
    "OUTCOMES",
    "SCHEMA_VERSION",
    "ResultsError",
    "counts_by_outcome",
    "load_results",
    "schema",
    "validate_results",
    "verdict_of",
    "write_results",
]

#: Version of the results document. Bump the major part when a consumer could break
#: (a field removed or its meaning changed), the minor part when fields are added.
#: 2.1: scope, gate_passed, requirement_summary, profiles, baseline; verdict "partial".
#: 2.0: a note's title and reading in the catalogue are texts per language (were English).
SCHEMA_VERSION = "2.1.0"
#: Major versions this version reads: saved 1.x results still render (notes in English).
READABLE_MAJORS: tuple[str, ...] = ("1", "2")

#: Every outcome a scenario can have, in the order reports list them.
OUTCOMES: tuple[str, ...] = (
    "passed",
    "failed",
    "error",
    "unexpected_pass",
    "expected_failure",
    "not_applicable",
    "skipped",
)

#: Outcomes that make an implementation not conform.
FAILING_OUTCOMES = frozenset({"failed", "error", "unexpected_pass"})

CONFORMS = "conforms"
DOES_NOT_CONFORM = "does_not_conform"


class ResultsError(ValueError):
    """A results file that cannot be read or does not match the schema."""


@cache
def schema() -> dict[str, Any]:
    text = resources.files("agentstatus.results").joinpath("results.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def validate_results(document: Mapping[str, Any]) -> None:
    """Raise ``ResultsError`` naming the first place where ``document`` breaks the schema."""
    validator = jsonschema.Draft202012Validator(schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        raise ResultsError(f"results do not match the schema at {where}: {error.message}")


def counts_by_outcome(outcomes: Iterable[str]) -> dict[str, int]:
    """Every outcome with its count, zeros included, in ``OUTCOMES`` order."""
    counted = Counter(outcomes)
    return {outcome: counted.get(outcome, 0) for outcome in OUTCOMES}


def verdict_of(counts: Mapping[str, int], collection_errors: int = 0) -> str:
    """Conforms: something ran and passed, nothing failed, errored or passed unexpectedly."""
    if collection_errors or any(counts.get(outcome, 0) for outcome in FAILING_OUTCOMES):
        return DOES_NOT_CONFORM
    return CONFORMS if counts.get("passed", 0) else DOES_NOT_CONFORM


def load_results(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and validate a results file; the error says which file and what is wrong."""
    try:
        document = json.loads(Path(path).read_text("utf-8"))
    except OSError as error:
        raise ResultsError(f"cannot read {os.fspath(path)}: {error.strerror}") from None
    except json.JSONDecodeError as error:
        raise ResultsError(f"{os.fspath(path)} is not JSON: {error}") from None
    if not isinstance(document, dict):
        raise ResultsError(f"{os.fspath(path)} is not a results document (not a JSON object)")
    major = str(document.get("schema_version", "")).split(".")[0]
    if major not in READABLE_MAJORS:
        raise ResultsError(
            f"{os.fspath(path)} has results schema version "
            f"{document.get('schema_version')!r}; this version reads "
            f"{', '.join(f'{m}.x' for m in READABLE_MAJORS)}"
        )
    validate_results(document)
    return document


def write_results(document: Mapping[str, Any], path: str | os.PathLike[str]) -> Path:
    """Write atomically (a reader never sees half a file) and return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".results-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
