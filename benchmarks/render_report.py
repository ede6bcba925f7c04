"""How long the HTML report takes for 10,000 scenarios (goal: at most 1 s on 2 cores).

Run: ``python3 benchmarks/render_report.py [--scenarios N] [--lang sv]``. It builds a
synthetic results document (mostly passing, some failures with traces), renders it once to
warm the template cache, then times the best of three renders and prints the figure.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agentstatus.reports.formats import time_zone
from agentstatus.reports.i18n import resolve
from agentstatus.reports.render import render_html
from agentstatus.results import SCHEMA_VERSION, counts_by_outcome, validate_results, verdict_of
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scenarios", type=int, default=10_000)
    parser.add_argument("--lang", default="sv")
    args = parser.parse_args()
    results = synthetic(args.scenarios)
    validate_results(results)
    where, zone = resolve(args.lang), time_zone("Europe/Stockholm")
    html = render_html(results, where, zone)
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        html = render_html(results, where, zone)
        timings.append(time.perf_counter() - started)
    best = min(timings)
    print(
        f"HTML report for {args.scenarios:,} scenarios ({args.lang}): {best:.3f} s "
        f"(best of 3; {len(html) / 1e6:.1f} MB); goal <= 1 s: {'met' if best <= 1 else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
