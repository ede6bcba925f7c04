"""``agentstatus run`` and ``agentstatus report``: run the suite, write and re-render reports.

``run`` runs the conformance suite against one implementation in the chosen languages,
writes the results (JSON), the JUnit XML, and the HTML and Markdown reports, prints a
summary and exits 0 when the implementation conforms, 1 when it does not, 2 on a usage
error. ``report`` renders saved results again, in any language and time zone, without
running anything.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agentstatus import paths
from agentstatus.implementations import DEFAULT, Connectable, ConnectableError, ConnectOptions

CONFORMANCE_TESTS = paths.CONFORMANCE
#: The run's own pytest configuration: nothing in the folder it runs from applies.
RUN_INI = paths.CONFORMANCE / "run.ini"
DEFAULT_REPORT_DIR = Path("agentstatus-reports")

RUN_FORMATS = ("html", "md", "json", "junit")
REPORT_FORMATS = ("html", "md", "json")

EXIT_CONFORMS, EXIT_DOES_NOT_CONFORM, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


class UsageProblem(Exception):
    """A command-line value that cannot work; the message says what to use instead."""


def _add_run_options(parser: Any) -> None:
    """What `run` and `baseline` share: which implementation, which scenarios, how."""
    parser.add_argument(
        "--implementation",
        default=DEFAULT,
        metavar="KIND:ID",
        help=f"the implementation under test (default: {DEFAULT}); "
        "`agentstatus implementations` lists the kinds",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=ConnectOptions.timeout,
        metavar="SECONDS",
        help="exec: seconds to wait for each reply (default: %(default)s)",
    )
    parser.add_argument(
        "--max-restarts",
        type=int,
        default=ConnectOptions.max_restarts,
        metavar="N",
        help="exec: fresh programs after a broken one before the remaining scenarios are "
        "errors (default: %(default)s)",
    )
    parser.add_argument(
        "--validate",
        action="store_true",
        help="exec: check every protocol message, both ways, against its JSON Schema",
    )
    parser.add_argument(
        "--lang",
        default="all",
        metavar="sv|en|all|LOCALE",
        help="features and reports in Swedish, English or both (default: all); "
        "any other locale runs the English features and formats the report for it",
    )
    for option, what in (
        ("--requirement", "requirement IDs, e.g. RONA-3"),
        ("--area", "areas, e.g. RONA"),
        ("--scenario", "scenario IDs, e.g. SC-RONA-03"),
    ):
        parser.add_argument(
            option,
            action="append",
            default=[],
            metavar="IDS",
            help=f"run only these {what} (comma-separated, repeatable); "
            "the verdict is then partial",
        )
    parser.add_argument(
        "--maxfail",
        type=int,
        default=None,
        metavar="N",
        help="stop after N failing scenarios (the verdict is then partial)",
    )
    parser.add_argument(
        "-n",
        "--workers",
        default=None,
        metavar="N|auto",
        help="run the scenarios in N parallel processes (pytest-xdist)",
    )
    parser.add_argument(
        "--suite",
        default=str(CONFORMANCE_TESTS),
        metavar="DIR",
        help="the directory of conformance tests to run (default: the suite's own)",
    )


def add_parser(commands: Any) -> None:
    run = commands.add_parser(
        "run",
        help="run the conformance suite and write reports",
        description="Run the conformance suite against one implementation and write reports. "
        "Exit status: 0 conforms (with --baseline: no failure beyond the known ones), "
        "1 does not conform, 2 usage error, 3 partial run with no failure.",
    )
    _add_run_options(run)
    run.add_argument(
        "--report-dir",
        default=str(DEFAULT_REPORT_DIR),
        metavar="DIR",
        help=f"where the reports go (default: {DEFAULT_REPORT_DIR})",
    )
    run.add_argument(
        "--format",
        default=",".join(RUN_FORMATS),
        metavar="FORMATS",
        help=f"comma-separated, from {', '.join(RUN_FORMATS)} (default: all)",
    )
    run.add_argument(
        "--timezone",
        default="UTC",
        metavar="ZONE",
        help="time zone of the times in the reports (default: UTC)",
    )
    run.add_argument(
        "--baseline",
        default=None,
        metavar="FILE",
        help="known failures (`agentstatus baseline --write FILE`): expected, not failing",
    )
    run.add_argument(
        "--allow-unexpected-pass",
        action="store_true",
        help="with --baseline: a known failure that now passes does not fail the run",
    )
    run.add_argument(
        "--list",
        action="store_true",
        help="list the scenarios that would run (ID, language, requirements, title); run nothing",
    )
    run.add_argument(
        "-v", "--verbose", action="store_true", help="show pytest's own output as well"
    )
    run.set_defaults(handler=run_command)

    baseline = commands.add_parser(
        "baseline",
        help="write an expected-failure baseline from a run's failures",
        description="Run the suite (or read saved results) and write every failing scenario "
        "to a baseline file, for `agentstatus run --baseline FILE`. Edit the reasons.",
    )
    baseline.add_argument("--write", required=True, metavar="FILE", help="the baseline to write")
    baseline.add_argument(
        "--from",
        dest="from_results",
        default=None,
        metavar="RESULTS.json",
        help="take the failures of saved results instead of running the suite",
    )
    _add_run_options(baseline)
    baseline.set_defaults(handler=baseline_command)

    report = commands.add_parser(
        "report",
        help="render saved results again, in any language",
        description="Render a results file written by `agentstatus run` without running the "
        "suite. Exit status: 0 conforms, 1 does not conform, 2 usage error.",
    )
    report.add_argument("results", metavar="RESULTS.json")
    report.add_argument(
        "--lang",
        default="all",
        metavar="sv|en|all|LOCALE",
        help="report language (default: all = sv and en)",
    )
    report.add_argument(
        "--out",
        default=None,
        metavar="DIR",
        help="where the reports go (default: next to RESULTS.json)",
    )
    report.add_argument(
        "--format",
        default="html,md",
        metavar="FORMATS",
        help=f"comma-separated, from {', '.join(REPORT_FORMATS)} (default: html,md)",
    )
    report.add_argument(
        "--timezone",
        default="UTC",
        metavar="ZONE",
        help="time zone of the times in the reports (default: UTC)",
    )
    report.set_defaults(handler=report_command)


def _formats(text: str, allowed: Sequence[str], hint: str = "") -> list[str]:
    chosen = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in allowed]
    if unknown or not chosen:
        raise UsageProblem(
            f"--format: {', '.join(unknown) or 'nothing'} is not a format; "
            f"choose from {', '.join(allowed)}{hint}"
        )
    return chosen


def _locales(text: str) -> list[Any]:
    from agentstatus.reports.i18n import LocaleError, resolve

    tags = ["sv", "en"] if text.strip() == "all" else [text]
    try:
        return [resolve(tag) for tag in tags]
    except LocaleError as error:
        raise UsageProblem(f"--lang: {error}, or all") from None


def _zone(name: str) -> Any:
    from agentstatus.reports.formats import TimeZoneError, time_zone

    try:
        return time_zone(name)
    except TimeZoneError as error:
        raise UsageProblem(f"--timezone: {error}") from None


def _usage(command: str, problem: Exception) -> int:
    print(f"agentstatus {command}: error: {problem}", file=sys.stderr)
    return EXIT_USAGE


def _selectors(args: argparse.Namespace) -> list[str]:
    chosen = []
    for values in (args.requirement, args.area, args.scenario):
        for value in values:
            chosen += [part.strip() for part in value.split(",") if part.strip()]
    return chosen


def _pytest_options(args: argparse.Namespace) -> list[str]:
    """The run's choices as the options of the suite's pytest plugin (checked there too)."""
    if not args.timeout > 0 or args.timeout == float("inf"):
        raise UsageProblem(f"--timeout: {args.timeout} is not a positive number of seconds")
    if args.max_restarts < 0:
        raise UsageProblem(f"--max-restarts: {args.max_restarts} is below 0")
    options = ["--timeout", str(args.timeout), "--max-restarts", str(args.max_restarts)]
    if args.validate:
        options.append("--validate")
    selectors = _selectors(args)
    if selectors:
        options += ["--only", ",".join(selectors)]
    if args.maxfail is not None:
        if args.maxfail < 1:
            raise UsageProblem(f"--maxfail: {args.maxfail} is below 1")
        options.append(f"--maxfail={args.maxfail}")
    if args.workers is not None:
        if args.workers != "auto" and not (args.workers.isdigit() and int(args.workers) >= 1):
            raise UsageProblem(f"--workers: {args.workers!r} is not a number of 1 or more, or auto")
        if importlib.util.find_spec("xdist") is None:
            raise UsageProblem("--workers needs pytest-xdist: python3 -m pip install pytest-xdist")
        options += ["-n", args.workers]
    if getattr(args, "baseline", None):
        if not Path(args.baseline).is_file():
            raise UsageProblem(f"--baseline: {args.baseline} is not a file")
        options += ["--baseline", args.baseline]
        if args.allow_unexpected_pass:
            options.append("--allow-unexpected-pass")
    return options


def _check_implementation(args: argparse.Namespace) -> None:
    try:
        Connectable.parse(args.implementation)
    except ConnectableError as error:
        # A kind may still be registered by a --suite's conftest: pytest checks it then.
        if ":" not in args.implementation or args.suite == str(CONFORMANCE_TESTS):
            raise UsageProblem(f"--implementation: {error}") from None


def run_command(args: argparse.Namespace) -> int:
    try:
        formats = _formats(args.format, RUN_FORMATS)
        locales = _locales(args.lang)
        zone = _zone(args.timezone)
        _check_implementation(args)
        options = _pytest_options(args)
        suite = Path(args.suite)
        if not suite.exists():
            raise UsageProblem(f"--suite: {suite} does not exist")
        if args.list:
            return list_scenarios(locales, _selectors(args))
        report_dir = Path(args.report_dir)
        if report_dir.exists() and not report_dir.is_dir():
            raise UsageProblem(f"--report-dir: {report_dir} is a file; name a directory")
    except UsageProblem as problem:
        return _usage("run", problem)
    if args.verbose:
        options.append("--verbose")
    return _run(args.implementation, locales, formats, zone, suite, report_dir, options)


def list_scenarios(locales: list[Any], selectors: Sequence[str]) -> int:
    """Every scenario that would run, one line each: ID, language, requirements, title."""
    from agentstatus.lint import load_spec

    languages = sorted({where.text_language for where in locales})
    spec = load_spec(paths.FEATURES)
    wanted = set(selectors)
    shown = 0
    for language in languages:
        for _, scenario in spec.scenarios(language):
            tags = {tag.name[1:] for tag in scenario.all_tags}
            ident = scenario.scenario_id or "?"
            area = ident.split("-")[1] if ident.count("-") >= 2 else ""
            if wanted and not wanted & (tags | {area}):
                continue
            requirements = sorted(
                t for t in tags if not t.startswith(("SC-", "INT-")) and "-" in t and t[0].isupper()
            )
            print(f"{ident:<12} {language}  {' '.join(requirements):<18} {scenario.name}")
            shown += 1
    print(f"{shown} scenarios", file=sys.stderr)
    return EXIT_CONFORMS


def _run(
    implementation: str,
    locales: list[Any],
    formats: list[str],
    zone: Any,
    suite: Path,
    report_dir: Path,
    options: Sequence[str] = (),
) -> int:
    import pytest

    from agentstatus.results import ResultsError, load_results

    report_dir.mkdir(parents=True, exist_ok=True)
    results_path = report_dir / "results.json"
    junit_path = report_dir / "junit.xml"
    languages = sorted({where.text_language for where in locales})
    arguments = [
        str(suite),
        "-c",
        str(RUN_INI),
        "--rootdir",
        str(suite.resolve().parent),
        "-q",
        "--tb=line",
        "-p",
        "no:cacheprovider",
        # Plugins that a run does not use but that would cost time or reorder the scenarios.
        "-p",
        "no:hypothesispytest",
        "-p",
        "no:randomly",
        "-p",
        "no:benchmark",
        "-p",
        "agentstatus.plugin",
        "--implementation",
        implementation,
        *options,
        "--languages",
        ",".join(languages),
        "--results-json",
        str(results_path),
    ]
    if "junit" in formats:
        arguments += ["--junitxml", str(junit_path)]
    print(f"agentstatus run: {implementation}, languages {', '.join(languages)}", flush=True)
    status = pytest.main(arguments)
    if status == pytest.ExitCode.USAGE_ERROR:
        print("agentstatus run: error: see the message above", file=sys.stderr)
        return EXIT_USAGE
    if status == pytest.ExitCode.NO_TESTS_COLLECTED:
        print(f"agentstatus run: no scenarios found in {suite}: that is a failure", file=sys.stderr)
        return EXIT_DOES_NOT_CONFORM
    try:
        results = load_results(results_path)
    except ResultsError as error:
        print(f"agentstatus run: no usable results: {error}", file=sys.stderr)
        return EXIT_DOES_NOT_CONFORM
    written = _write(results, report_dir, locales, formats, zone)
    if "json" in formats:
        written.insert(0, results_path)
    else:
        results_path.unlink(missing_ok=True)
    if "junit" in formats and junit_path.exists():
        written.insert(1 if "json" in formats else 0, junit_path)
    _print_summary(results, locales, zone, written)
    if status not in (
        pytest.ExitCode.OK,
        pytest.ExitCode.TESTS_FAILED,
        pytest.ExitCode.INTERRUPTED,
    ):
        return EXIT_DOES_NOT_CONFORM
    return exit_status(results)


def baseline_command(args: argparse.Namespace) -> int:
    """Write the failures of a run (or of saved results) as a baseline file."""
    import json
    import tempfile

    from agentstatus.harness.baseline import baseline_document
    from agentstatus.results import ResultsError, load_results

    try:
        target = Path(args.write)
        if target.is_dir():
            raise UsageProblem(f"--write: {target} is a directory; name the baseline file")
        if args.from_results:
            try:
                results = load_results(args.from_results)
            except ResultsError as error:
                raise UsageProblem(f"--from: {error}") from None
        else:
            locales = _locales(args.lang)
            _check_implementation(args)
            options = _pytest_options(args)
            with tempfile.TemporaryDirectory() as scratch:
                status = _run(
                    args.implementation,
                    locales,
                    ["json"],
                    _zone("UTC"),
                    Path(args.suite),
                    Path(scratch),
                    options,
                )
                if status == EXIT_USAGE:
                    return status
                results = load_results(Path(scratch) / "results.json")
    except UsageProblem as problem:
        return _usage("baseline", problem)
    failing = [s for s in results["scenarios"] if s["outcome"] in ("failed", "error")]
    document = baseline_document(failing, results["implementation"].get("spec", ""))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")
    count = len(document["expected_failures"])
    print(
        f"agentstatus baseline: {count} known failures written to {target}; "
        "give each a reason, then run with --baseline",
        file=sys.stderr,
    )
    return EXIT_CONFORMS


def _write(
    results: dict[str, Any], out: Path, locales: list[Any], formats: list[str], zone: Any
) -> list[Path]:
    from agentstatus.reports.render import write_reports

    return write_reports(results, out, locales, formats, zone)


def _print_summary(
    results: dict[str, Any], locales: list[Any], zone: Any, written: list[Path]
) -> None:
    from agentstatus.reports.console import summary
    from agentstatus.reports.formats import Formats

    # One report language prints in it; with both, the console speaks English, the
    # language a CI log is most often read in.
    where = next((w for w in locales if w.text_language == "en"), locales[0])
    print()
    print(summary(results, where, Formats(where.locale, zone), written))


def exit_status(results: dict[str, Any]) -> int:
    """0 when the gate passes (conforms, or only known failures); 3 for a partial run in
    which nothing failed; 1 otherwise."""
    if "gate_passed" not in results:  # written before the verdict model
        return EXIT_CONFORMS if results["verdict"] == "conforms" else EXIT_DOES_NOT_CONFORM
    if results["gate_passed"]:
        return EXIT_CONFORMS
    return EXIT_PARTIAL if results["verdict"] == "partial" else EXIT_DOES_NOT_CONFORM


def report_command(args: argparse.Namespace) -> int:
    from agentstatus.results import ResultsError, load_results, write_results
    from agentstatus.results.verdict import disagreements

    try:
        formats = _formats(
            args.format, REPORT_FORMATS, " (JUnit XML is written by `agentstatus run`)"
        )
        locales = _locales(args.lang)
        zone = _zone(args.timezone)
        try:
            results = load_results(args.results)
        except ResultsError as error:
            raise UsageProblem(
                f"{error}; give a results file written by `agentstatus run`"
            ) from None
        wrong = disagreements(results)
        if wrong:
            raise UsageProblem(
                f"{args.results}: the stored conclusions disagree with the outcomes "
                f"({'; '.join(wrong[:3])}); a report states only what the outcomes prove, "
                "so render the results file exactly as `agentstatus run` wrote it"
            )
    except UsageProblem as problem:
        return _usage("report", problem)
    source = Path(args.results)
    out = Path(args.out) if args.out else source.parent
    written = _write(results, out, locales, formats, zone)
    if "json" in formats:
        target = out / "results.json"
        if target.resolve() != source.resolve():
            written.insert(0, write_results(results, target))
    _print_summary(results, locales, zone, written)
    return exit_status(results)
