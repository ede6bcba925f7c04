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
import re
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from agentstatus import paths
from agentstatus.implementations import Connectable, ConnectableError
from agentstatus.implementations.options import add_implementation_options

CONFORMANCE_TESTS = paths.CONFORMANCE
#: The run's own pytest configuration: nothing in the folder it runs from applies.
RUN_INI = paths.CONFORMANCE / "run.ini"
DEFAULT_REPORT_DIR = Path("agentstatus-reports")

RUN_FORMATS = ("html", "md", "json", "junit")
REPORT_FORMATS = ("html", "md", "json", "junit")

EXIT_CONFORMS, EXIT_DOES_NOT_CONFORM, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


class UsageProblem(Exception):
    """A command-line value that cannot work; the message says what to use instead."""


def _add_run_options(parser: Any) -> None:
    """What `run` and `baseline` share: which implementation, which scenarios, how."""
    add_implementation_options(parser.add_argument)
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
        help=f"comma-separated, from {', '.join(REPORT_FORMATS)} (default: html,md); "
        "junit writes junit.xml",
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
    if not 0 < args.startup_timeout < float("inf"):
        raise UsageProblem(
            f"--startup-timeout: {args.startup_timeout} is not a positive number of seconds"
        )
    options = [
        "--timeout",
        str(args.timeout),
        "--max-restarts",
        str(args.max_restarts),
        "--startup-timeout",
        str(args.startup_timeout),
    ]
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
        # Last: it makes the run's staging folder, the proof before the suite runs that
        # the reports can be written at all.
        staging = _staging(Path(args.report_dir), "--report-dir")
    except UsageProblem as problem:
        return _usage("run", problem)
    if args.verbose:
        options.append("--verbose")
    return _run(args.implementation, locales, formats, zone, suite, staging, options)


def _staging(target: Path, option: str) -> Any:
    """A ``Staging`` folder beside ``target`` (``agentstatus.results.publish``), or the
    usage error that says why the reports could not be written there."""
    from agentstatus.results.publish import PublishError, Staging

    try:
        return Staging.create(target)
    except PublishError as error:
        raise UsageProblem(f"{option}: {error}") from None


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
    staging: Any,
    options: Sequence[str] = (),
) -> int:
    """Run the suite with every file it writes going into ``staging`` (a ``Staging`` beside
    the report folder), swapped in whole only when complete.

    Why: the reports are what a CI gate trusts. An interrupted run (SIGINT: 130, SIGTERM:
    143), a run without usable results or a report that cannot be rendered leaves the
    previous reports exactly as they were; concurrent runs never mix their files.
    """
    import pytest

    from agentstatus.results.publish import PublishError

    produced: tuple[dict[str, Any], list[str], int] | int | None = None
    with _Interruption() as interruption:
        try:
            produced = _produce(
                implementation, locales, formats, zone, suite, staging.path, options
            )
            if isinstance(produced, tuple) and interruption.signal is None:
                with interruption.deferred():
                    staging.publish()
        except KeyboardInterrupt:
            produced = None
        except PublishError as error:
            staging.keep()  # the only copy of a finished run
            print(
                f"agentstatus run: error: {error}; this run's files are in {staging.path}",
                file=sys.stderr,
            )
            return EXIT_DOES_NOT_CONFORM
        finally:
            with interruption.deferred():
                staging.discard()
    if not staging.published:
        unchanged = _unchanged(staging.target)
        if produced is None or interruption.signal is not None:
            number = interruption.signal or signal.SIGINT
            print(
                f"agentstatus run: interrupted ({signal.Signals(number).name}); {unchanged}",
                file=sys.stderr,
            )
            return 128 + number
        print(f"agentstatus run: {unchanged}", file=sys.stderr)
        return produced if isinstance(produced, int) else EXIT_DOES_NOT_CONFORM
    assert isinstance(produced, tuple)
    results, names, status = produced
    _print_summary(results, locales, zone, [staging.target / name for name in names])
    if interruption.signal is not None:
        print(
            f"agentstatus run: interrupted ({signal.Signals(interruption.signal).name}) "
            f"after the reports in {staging.target} were complete",
            file=sys.stderr,
        )
        return 128 + interruption.signal
    if status not in (
        pytest.ExitCode.OK,
        pytest.ExitCode.TESTS_FAILED,
        pytest.ExitCode.INTERRUPTED,
    ):
        return EXIT_DOES_NOT_CONFORM
    return exit_status(results)


def _unchanged(target: Path) -> str:
    """What a run that published nothing says about its report folder."""
    if target.is_dir() and any(target.iterdir()):
        return f"the previous reports in {target} are unchanged"
    return f"no reports were written to {target}"


class _Interruption:
    """SIGINT and SIGTERM during a run, as KeyboardInterrupt (which pytest turns into an
    orderly stop), remembering the first signal for the exit status (128 + its number).

    Inside ``deferred()`` a signal is only remembered: a folder half swapped in, or half
    removed, is no state to stop in. Signals ignored when the run began (``nohup``) stay
    ignored.
    """

    def __init__(self) -> None:
        self.signal: int | None = None
        self._deferring = False
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> _Interruption:
        if threading.current_thread() is threading.main_thread():  # only it may set handlers
            for number in (signal.SIGINT, signal.SIGTERM):
                if signal.getsignal(number) is not signal.SIG_IGN:
                    self._previous[number] = signal.signal(number, self._received)
        return self

    def __exit__(self, *exception: object) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)

    def _received(self, number: int, frame: Any) -> None:
        if self.signal is None:
            self.signal = number
        if not self._deferring:
            raise KeyboardInterrupt

    @contextmanager
    def deferred(self) -> Iterator[None]:
        deferring, self._deferring = self._deferring, True
        try:
            yield
        finally:
            self._deferring = deferring


def _suite_paths(suite: Path, languages: Sequence[str]) -> list[str]:
    """The suite's test module of each language run (``test_spec_sv.py``…) where it has
    one per language, so a one-language run never parses the other language's features;
    else the whole folder, whose other languages the plugin deselects."""
    modules = [suite / f"test_spec_{language}.py" for language in languages]
    if suite.is_dir() and all(module.is_file() for module in modules):
        return [str(module) for module in modules]
    return [str(suite)]


def _produce(
    implementation: str,
    locales: list[Any],
    formats: list[str],
    zone: Any,
    suite: Path,
    out: Path,
    options: Sequence[str],
) -> tuple[dict[str, Any], list[str], int] | int:
    """Run the suite and write every file into ``out``: the results, the file names in
    the order they are listed and pytest's exit status; or, having said why, the exit
    status of a run that has nothing to publish."""
    import pytest

    from agentstatus.results import ResultsError, load_results

    results_path = out / "results.json"
    languages = sorted({where.text_language for where in locales})
    arguments = [
        *_suite_paths(suite, languages),
        "-c",
        str(RUN_INI),
        "--rootdir",
        str(suite.resolve().parent),
        *_terminal_options(options, locales),
        "-p",
        "no:cacheprovider",
        # Plugins that a run does not use but that would cost time or reorder the scenarios.
        "-p",
        "no:hypothesispytest",
        "-p",
        "no:randomly",
        "-p",
        "no:benchmark",
        # Its garbage collections at the end (five full ones) cost more than a whole
        # language's scenarios; an exception lost in a destructor is no verdict.
        "-p",
        "no:unraisableexception",
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
    print(f"agentstatus run: {implementation}, languages {', '.join(languages)}", flush=True)
    status = pytest.main(arguments)
    if status == pytest.ExitCode.USAGE_ERROR:
        print("agentstatus run: error: see the message above", file=sys.stderr)
        return EXIT_USAGE
    if status == pytest.ExitCode.NO_TESTS_COLLECTED:
        print(f"agentstatus run: no scenarios found in {suite}: that is a failure", file=sys.stderr)
        return EXIT_DOES_NOT_CONFORM
    try:
        # Written a moment ago by this run's own collector: read, not checked again.
        results = load_results(results_path, validate=False)
    except ResultsError as error:
        print(f"agentstatus run: no usable results: {error}", file=sys.stderr)
        return EXIT_DOES_NOT_CONFORM
    try:
        names = [path.name for path in _write(results, out, locales, formats, zone)]
    except Exception as error:  # a bug in rendering: say so, keep the previous reports
        print(
            f"agentstatus run: error: the reports could not be rendered: {_described(error)}",
            file=sys.stderr,
        )
        return EXIT_DOES_NOT_CONFORM
    if "json" in formats:
        names.insert(0, results_path.name)
    else:
        results_path.unlink(missing_ok=True)
    return results, names, status


def _described(error: BaseException) -> str:
    """An exception as one printable line: its type and message, with control characters
    and lone surrogates escaped, at most 300 characters."""
    text = f"{type(error).__name__}: {error}".encode("utf-8", "backslashreplace").decode()
    text = re.sub(r"[\x00-\x1f\x7f]", lambda match: repr(match.group())[1:-1], text)
    return text if len(text) <= 300 else text[:297] + "..."


def _terminal_options(options: Sequence[str], locales: list[Any]) -> list[str]:
    """pytest's terminal output: its own with --verbose; otherwise quiet (no letters, no
    tracebacks, no summary: the run's summary says what failed) with one progress line."""
    from agentstatus.reports.console import console_locale

    if "--verbose" in options:
        return ["-q", "--tb=line"]
    language = console_locale(locales).text_language
    quiet = ["-qq", "--tb=no", "--no-summary", "-o", "console_output_style=classic"]
    return [*quiet, "--agentstatus-progress", language]


def baseline_command(args: argparse.Namespace) -> int:
    """Write the failures of a run (or of saved results) as a baseline file."""
    import json
    import tempfile

    from agentstatus.harness.baseline import baseline_document
    from agentstatus.results import ResultsError, load_results
    from agentstatus.results.publish import PublishError, prepare_file, write_file

    try:
        target = Path(args.write)
        try:  # before the suite runs, not after
            prepare_file(target)
        except PublishError as error:
            raise UsageProblem(f"--write: {error}") from None
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
                reports = Path(scratch) / "reports"
                status = _run(
                    args.implementation,
                    locales,
                    ["json"],
                    _zone("UTC"),
                    Path(args.suite),
                    _staging(reports, "--write"),
                    options,
                )
                if status not in (EXIT_CONFORMS, EXIT_DOES_NOT_CONFORM, EXIT_PARTIAL):
                    return status  # a usage error, an interruption: said already
                try:
                    results = load_results(reports / "results.json")
                except ResultsError:
                    print(
                        f"agentstatus baseline: the run gave no results; {target} is unchanged",
                        file=sys.stderr,
                    )
                    return EXIT_DOES_NOT_CONFORM
    except UsageProblem as problem:
        return _usage("baseline", problem)
    failing = [s for s in results["scenarios"] if s["outcome"] in ("failed", "error")]
    document = baseline_document(failing, results["implementation"].get("spec", ""))
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    try:
        write_file(target, text.encode("utf-8", "backslashreplace"))
    except PublishError as error:
        print(f"agentstatus baseline: error: {error}", file=sys.stderr)
        return EXIT_USAGE
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
    from agentstatus.reports.step_summary import append_step_summary

    # One report language prints in it; with both, the console speaks English, the
    # language a CI log is most often read in.
    where = next((w for w in locales if w.text_language == "en"), locales[0])
    from agentstatus.reports.render import utf8

    text = summary(results, where, Formats(where.locale, zone), written)
    # Whatever the implementation said, odd characters included, prints.
    print()
    print(utf8(text).decode("utf-8"), flush=True)
    append_step_summary(results, locales, zone)


def exit_status(results: dict[str, Any]) -> int:
    """0 when the gate passes (conforms, or only known failures); 3 for a partial run in
    which nothing failed; 1 otherwise."""
    if "gate_passed" not in results:  # written before the verdict model
        return EXIT_CONFORMS if results["verdict"] == "conforms" else EXIT_DOES_NOT_CONFORM
    if results["gate_passed"]:
        return EXIT_CONFORMS
    return EXIT_PARTIAL if results["verdict"] == "partial" else EXIT_DOES_NOT_CONFORM


def report_command(args: argparse.Namespace) -> int:
    from agentstatus.reports.render import render_reports
    from agentstatus.results import ResultsError, load_results
    from agentstatus.results.model import dump_results
    from agentstatus.results.publish import PublishError, prepare_folder, write_files
    from agentstatus.results.verdict import disagreements

    try:
        formats = _formats(args.format, REPORT_FORMATS)
        locales = _locales(args.lang)
        zone = _zone(args.timezone)
        source = Path(args.results)
        out = Path(args.out) if args.out else source.parent
        try:
            prepare_folder(out)
        except PublishError as error:
            raise UsageProblem(
                f"--out: {error}" if args.out else f"{error}; choose a folder with --out"
            ) from None
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
    # The folder holds other files (the results, at least), so it is not replaced whole:
    # every file is rendered first, then all are written, each atomically, or none.
    try:
        files = render_reports(results, locales, formats, zone)
    except Exception as error:  # a bug in rendering: say so, keep the files as they are
        print(
            f"agentstatus report: error: the reports could not be rendered: "
            f"{_described(error)}; nothing in {out} was changed",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if "json" in formats and (out / "results.json").resolve() != source.resolve():
        files = {"results.json": dump_results(results), **files}
    try:
        written = write_files(out, files)
    except PublishError as error:
        print(f"agentstatus report: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    _print_summary(results, locales, zone, written)
    return exit_status(results)
