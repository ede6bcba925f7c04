"""The results document: outcomes, verdict, reading, validating and writing.

The document is plain JSON (see ``results.schema.json``); this module holds the few rules
that give it meaning (which outcomes break conformance, how the verdict follows) so that the
collector, the reports and the command line all agree.
"""

from __future__ import annotations

import gc
import json
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import fastjsonschema

from agentstatus.contract.errors import shown
from agentstatus.results.expectations import NOT_APPLICABLE_PREFIX
from agentstatus.results.publish import write_file

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


@cache
def _fast_check() -> Callable[[Any], Any]:
    """The schema compiled to Python: about 20 times faster than jsonschema walking it
    (10,000 scenarios: 0.15 s instead of 3 s), so ``agentstatus report`` stays within its
    second. It only says "valid or not"; jsonschema explains a failure.

    Compiled with every ``$ref`` written out in place: fastjsonschema makes each ``$ref``
    a function call that formats its error name from ``locals()`` up front, which for
    60,000 scenarios and steps doubled the time of the whole check.
    """
    document_schema = schema()
    return fastjsonschema.compile(_inline_refs(document_schema, document_schema["$defs"], ()))


#: Keywords that only annotate: a ``$ref`` beside them can be merged into its target.
_ANNOTATIONS = frozenset({"description", "title", "default", "examples", "$comment"})


def _inline_refs(node: Any, defs: Mapping[str, Any], inlining: tuple[str, ...]) -> Any:
    """``node`` with each ``#/$defs/...`` reference replaced by the definition itself
    (the same constraints, so the same verdicts); a recursive one is left a reference."""
    if isinstance(node, list):
        return [_inline_refs(item, defs, inlining) for item in node]
    if not isinstance(node, dict):
        return node
    copied = {
        key: value if key == "$defs" else _inline_refs(value, defs, inlining)
        for key, value in node.items()
    }
    ref = node.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/$defs/"):
        return copied
    name = ref.removeprefix("#/$defs/")
    if name not in defs or name in inlining:
        return copied
    target = _inline_refs(defs[name], defs, (*inlining, name))
    beside = {key: value for key, value in copied.items() if key != "$ref"}
    if set(beside) <= _ANNOTATIONS and isinstance(target, dict):
        return {**target, **beside}
    return {"allOf": [target, beside]}


#: Longest explanation quoted from a validator: it may repeat a whole scenario.
_MESSAGE_LIMIT = 300


def validate_results(document: Mapping[str, Any]) -> None:
    """Raise ``ResultsError`` naming the first place where ``document`` breaks the schema,
    or breaks what the schema cannot say: real dates, finite durations.

    The compiled check runs first; jsonschema runs only once that has failed, to point
    at the place (its ``best_match``), so a valid document pays for the fast check alone.
    """
    try:
        _fast_check()(document)
    except fastjsonschema.JsonSchemaException as fast:
        raise ResultsError(_schema_problem(document, fast)) from None
    problem = _problem_beyond_schema(document)
    if problem:
        raise ResultsError(problem)


def _schema_problem(document: Any, fast: Exception) -> str:
    import jsonschema  # only to explain what the compiled check refused

    validator = jsonschema.Draft202012Validator(schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        message = error.message
    else:  # the two validators disagree: say what the compiled check found
        path = getattr(fast, "path", None) or ["data"]
        where = "/".join(str(part) for part in path[1:]) or "(top level)"
        message = str(getattr(fast, "message", fast))
    if len(message) > _MESSAGE_LIMIT:
        message = message[: _MESSAGE_LIMIT - 3] + "..."
    return f"results do not match the schema at {where}: {message}"


#: The moments a report can show in every time zone (a day from either end of datetime).
_EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
_LATEST = datetime(9999, 12, 30, tzinfo=UTC)


def _problem_beyond_schema(document: Mapping[str, Any]) -> str | None:
    """What JSON Schema cannot check: a moment that exists (the pattern lets 31 February
    through) and that every time zone can show, a duration that is a number (NaN passes
    ``minimum`` and ``maximum``). Cheap: about 10 ms for 10,000 scenarios."""
    for key in ("started_at", "finished_at"):
        try:
            moment = datetime.fromisoformat(document[key].replace("Z", "+00:00"))
        except ValueError as error:
            return f"{key} {shown(document[key])} is not a real moment in time ({error})"
        if not _EARLIEST <= moment <= _LATEST:
            return f"{key} {shown(document[key])} is too close to year 1 or year 9999 to show"
    if not math.isfinite(document["duration_seconds"]):
        return f"duration_seconds is {document['duration_seconds']!r}, not a number of seconds"
    for index, scenario in enumerate(document["scenarios"]):
        durations = [scenario["duration_seconds"]]
        durations += [step["duration_seconds"] for step in scenario["steps"]]
        if not math.isfinite(sum(durations)):  # one sum is cheaper than a check each
            wrong = [d for d in durations if not math.isfinite(d)]
            if wrong:  # (or finite durations too large to add up: no problem)
                return f"scenarios/{index} has a duration that is not a number: {wrong[0]!r}"
    return None


def counts_by_outcome(outcomes: Iterable[str]) -> dict[str, int]:
    """Every outcome with its count, zeros included, in ``OUTCOMES`` order."""
    counted = Counter(outcomes)
    return {outcome: counted.get(outcome, 0) for outcome in OUTCOMES}


def verdict_of(counts: Mapping[str, int], collection_errors: int = 0) -> str:
    """Conforms: something ran and passed, nothing failed, errored or passed unexpectedly."""
    if collection_errors or any(counts.get(outcome, 0) for outcome in FAILING_OUTCOMES):
        return DOES_NOT_CONFORM
    return CONFORMS if counts.get("passed", 0) else DOES_NOT_CONFORM


def load_results(path: str | os.PathLike[str], *, validate: bool = True) -> dict[str, Any]:
    """Read and validate a results file; the error says which file and what is wrong.

    ``validate=False`` is for a file this process has just written from the collector's
    document (``agentstatus run``): checking it against the schema again would cost the
    run more than rendering one of its reports, and would only check the collector, which
    the project's tests do.

    Whatever the file holds (not UTF-8, not JSON, NaN, nesting deep enough to exhaust the
    stack, month 99), the only exception is ``ResultsError`` with a one-line message, so
    ``agentstatus report`` answers with a sentence and exit status 2, never a traceback.
    """
    name = os.fspath(path)
    try:
        document = _parse(_read(path, name), name)
        if not isinstance(document, dict):
            raise ResultsError(f"{name} is not a results document (not a JSON object)")
        version = document.get("schema_version")
        major = version.split(".")[0] if isinstance(version, str) else None
        if major not in READABLE_MAJORS:
            raise ResultsError(
                f"{name} has results schema version {shown(version)}; this version reads "
                f"{', '.join(f'{m}.x' for m in READABLE_MAJORS)}"
            )
        try:
            if validate:
                validate_results(document)
        except ResultsError as error:
            raise ResultsError(f"{name}: {error}") from None
    except ResultsError as error:
        raise ResultsError(_one_line(str(error))) from None
    return document


def _read(path: str | os.PathLike[str], name: str) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ResultsError(f"cannot read {name}: {error.strerror or error}") from None
    except ValueError as error:  # a path with a NUL character in it
        raise ResultsError(f"cannot read {name}: {error}") from None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")  # a BOM some editors add
    except UnicodeDecodeError as error:
        utf16 = data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:64]
        raise ResultsError(
            f"{name} is not UTF-8 text{' (it looks like UTF-16)' if utf16 else ''}: "
            f"byte {error.start} is {data[error.start]:#04x}; a results file is JSON in UTF-8"
        ) from None


class _NotFinite(Exception):
    """JSON has no NaN or infinity; Python's reader accepts them unless told not to."""


def _refuse_constant(token: str) -> float:
    raise _NotFinite(token)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999: a number too large for a double
        raise _NotFinite(text)
    return value


def _parse(text: str, name: str) -> Any:
    # A parse makes hundreds of thousands of objects and no cycles: the collector would
    # walk the growing heap again and again for nothing (a third of the parse time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except _NotFinite as error:
        raise ResultsError(
            f"{name} is not valid JSON: it holds {shown(str(error))}, and JSON numbers are "
            "finite (no NaN, Infinity or -Infinity)"
        ) from None
    except json.JSONDecodeError as error:
        raise ResultsError(f"{name} is not JSON: {error}") from None
    except RecursionError:
        raise ResultsError(
            f"{name} nests arrays or objects too deeply to be a results document"
        ) from None
    except ValueError as error:  # an integer of more than 4,300 digits
        raise ResultsError(f"{name} is not a results document: {error}") from None
    finally:
        if collecting:
            gc.enable()


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _one_line(message: str) -> str:
    """Control characters (a newline in a file name or in a quoted value) escaped."""
    return _CONTROL.sub(lambda match: repr(match.group())[1:-1], message)


def dump_results(document: Mapping[str, Any]) -> bytes:
    """The document as UTF-8 JSON. A lone surrogate (JSON can carry ``\\ud800``, and an
    implementation's message may hold one) is written as that same escape, so the file is
    valid UTF-8 and reads back unchanged instead of failing to be written at all."""
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    return text.encode("utf-8", "backslashreplace")


def write_results(document: Mapping[str, Any], path: str | os.PathLike[str]) -> Path:
    """Write atomically (a reader never sees half a file) and return the path; the file gets
    the mode any new file gets (0o666 less the umask), like the reports beside it."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_file(target, dump_results(document))
