"""How long ``agentstatus report`` takes for 10,000 scenarios (goal: at most 1 s on 2 cores,
reading and validating the results file included).

Run: ``python3 benchmarks/render_report.py [--scenarios N] [--lang sv]``. It builds a
synthetic results document (mostly passing, some failures with traces) and writes it to a
temporary file, then prints the best of three of: ``load_results`` on the file (read,
parse, validate: what ``agentstatus report`` does first); ``validate_results`` alone; the
render alone (its template cache warmed); and load and render together, the goal's figure.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agentstatus.reports.formats import time_zone
from agentstatus.reports.i18n import resolve
from agentstatus.reports.render import render_html
from agentstatus.results import (
    SCHEMA_VERSION,
    counts_by_outcome,
    load_results,
    validate_results,
    verdict_of,
    write_results,
)
from agentstatus.results.catalogue import embedded_catalogue

OUTCOMES = (
    ["passed"] * 90 + ["failed"] * 5 + ["error", "skipped", "not_applicable"] + ["expected_failure"]
)


def synthetic(count: int) -> dict[str, Any]:
    rng = random.Random(4)
    catalogue = embedded_catalogue()
    requirements = list(catalogue["requirements"]) or [f"AV-{n}" for n in range(1, 9)]
    scenarios = []
    for index in range(count):
        requirement = requirements[index % len(requirements)]
        area = requirement.rsplit("-", 1)[0]
        outcome = rng.choice(OUTCOMES)
        steps = [
            {"keyword": kw, "text": f"steg {n} med <värde {index}>", "line": 10 + n,
             "status": "passed", "duration_seconds": rng.random() / 1000}
            for n, kw in enumerate(["Givet ", "Och ", "När ", "Så ", "Och "])
        ]  # fmt: skip
        failure = None
        if outcome in ("failed", "error"):
            steps[3]["status"] = "failed"
            steps[4]["status"] = "not_run"
            failure = {
                "kind": "assertion" if outcome == "failed" else "exception",
                "step": 3,
                "message": f"state: expected 'RONA', actual 'Available' <{index}>",
                "exception_type": "ExpectationFailed",
                "expectations": [{"field": "state", "expected": "RONA", "actual": "Available"}],
            }
        scenarios.append(
            {
                "id": f"SC-{area}-{index % 97 + 1:02d}",
                "nodeid": f"tests/conformance/test_sv.py::test_{index}",
                "name": f"Scenario {index} <b>",
                "example": {"index": index % 4 + 1, "values": {"n": str(index)}},
                "area": area,
                "requirements": [requirement],
                "notes": [f"INT-{index % 23 + 1}"],
                "tags": [],
                "feature": {
                    "name": "Demo",
                    "file": f"features/sv/{area.lower()}.feature",
                    "line": 1,
                },
                "rule": None,
                "language": "sv" if index % 2 else "en",
                "outcome": outcome,
                "duration_seconds": rng.random() / 100,
                "reason": None,
                "failure": failure,
                "steps": steps,
            }
        )
    counts = counts_by_outcome(s["outcome"] for s in scenarios)
    return {
        "schema_version": SCHEMA_VERSION,
        "suite": {"name": "agentstatus", "version": "bench"},
        "contract_version": "1.0.0",
        "implementation": {"spec": "bench:synthetic", "name": "<script>x</script>", "version": "1"},
        "languages": ["en", "sv"],
        "started_at": "2026-01-05T08:00:00Z",
        "finished_at": "2026-01-05T08:03:00Z",
        "duration_seconds": 180.0,
        "verdict": verdict_of(counts),
        "counts": counts,
        "collection_errors": [],
        "scenarios": scenarios,
        "catalogue": catalogue,
    }


def best_of_3(work: Callable[[], Any]) -> tuple[float, Any]:
    """The shortest of three wall-clock timings (the others measure the machine's noise)."""
    timings, value = [], None
    for _ in range(3):
        started = time.perf_counter()
        value = work()
        timings.append(time.perf_counter() - started)
    return min(timings), value


def time_one_document(path: Path, where: Any, zone: Any) -> tuple[float, float, float, str]:
    """load_results, validate_results and render_html, each alone, on the file at ``path``;
    the document is dropped on return, so the next timing starts from the same heap."""
    loading, results = best_of_3(lambda: load_results(path))
    validating, _ = best_of_3(lambda: validate_results(results))
    render_html(results, where, zone)  # warms the template cache
    rendering, html = best_of_3(lambda: render_html(results, where, zone))
    return loading, validating, rendering, html


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scenarios", type=int, default=10_000)
    parser.add_argument("--lang", default="sv")
    args = parser.parse_args()
    where, zone = resolve(args.lang), time_zone("Europe/Stockholm")
    n = f"{args.scenarios:,} scenarios"
    with tempfile.TemporaryDirectory() as directory:
        synthesized = synthetic(args.scenarios)
        validate_results(synthesized)  # compiles the schema once, as the command does
        path = write_results(synthesized, Path(directory) / "results.json")
        # One document in memory at a time, as in the command: a second one would double
        # the heap the garbage collector walks while the report renders.
        del synthesized
        size = path.stat().st_size
        loading, validating, rendering, html = time_one_document(path, where, zone)
        total, _ = best_of_3(lambda: render_html(load_results(path), where, zone))
    print(f"HTML report for {n} ({args.lang}): {rendering:.3f} s ({len(html) / 1e6:.1f} MB)")
    print(f"validate_results for {n}: {validating:.3f} s (in memory, schema checks only)")
    print(f"load_results for {n}: {loading:.3f} s (read, parse, validate; {size / 1e6:.1f} MB)")
    print(
        f"load + render for {n}: {total:.3f} s (best of 3 each); "
        f"goal <= 1 s: {'met' if total <= 1 else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
