"""One progress line instead of pytest's dots, for ``agentstatus run``.

A conformance run is read by people who want the verdict, not a wall of dots, node IDs and
tracebacks: the summary after the run (``agentstatus.reports.console``) says what failed, in
the run's language. While the run lasts, this plugin shows how far it got and how many
scenarios failed so far: ``[ 123/206] 2 failed``, rewritten in place on a terminal, one line
every 10 % of the run in a CI log (where ``\\r`` would pile up into one enormous line).

pytest's terminal reporter cannot simply be switched off (``-p no:terminal``): other plugins
(xdist, pytest-bdd) write through it. ``agentstatus run`` therefore keeps it, makes it
quiet (``-qq --tb=no --no-summary -o console_output_style=classic``), and this plugin
takes the progress letters away (``pytest_report_teststatus``), so the reporter writes
nothing per test. ``agentstatus run --verbose`` does not enable the plugin: pytest's own
output is shown as before.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest

OPTION = "--agentstatus-progress"
#: A CI log gets a line each time the run passes another tenth of its scenarios.
LOG_STEPS = 10


def add_options(parser: pytest.Parser) -> None:
    group = parser.getgroup("agentstatus")
    group.addoption(
        OPTION,
        metavar="LANG",
        default=None,
        help="show one progress line in this language (sv or en) instead of pytest's "
        "progress letters; `agentstatus run` uses it unless --verbose",
    )


def configure(config: pytest.Config) -> None:
    language = config.getoption(OPTION)
    if language is None or hasattr(config, "workerinput"):
        return  # an xdist worker's output goes nowhere: the controller shows the progress
    config.pluginmanager.register(Progress(config, str(language)), "agentstatus-progress")


class Progress:
    """Counts finished and failed scenarios and shows them on pytest's terminal writer."""

    def __init__(self, config: pytest.Config, language: str) -> None:
        self.config = config
        self.language = language
        self.total = 0
        self.done = 0
        self.failed: set[str] = set()
        self.shown_step = 0
        self.shown_done = 0
        self.wrote = False

    @property
    def reporter(self) -> Any:
        return self.config.pluginmanager.get_plugin("terminalreporter")

    @pytest.hookimpl(wrapper=True)
    def pytest_report_teststatus(
        self, report: pytest.TestReport, config: pytest.Config
    ) -> Iterator[None]:
        """Keep the category (the final counts need it), drop the letter (the dot)."""
        result = yield
        if isinstance(result, Sequence) and len(result) == 3:
            category, _letter, word = result
            return category, "", word
        return result

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.total = len(session.items)

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_node_collection_finished(self, node: Any, ids: Sequence[str]) -> None:
        """Under xdist the controller collects nothing; every worker reports the same IDs."""
        self.total = max(self.total, len(ids))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed:
            self.failed.add(report.nodeid)

    def pytest_runtest_logfinish(self, nodeid: str, location: object) -> None:
        self.done += 1
        self.show()

    def line(self) -> str:
        from agentstatus.reports.console import progress_line

        total = max(self.total, self.done)
        return progress_line(self.done, total, len(self.failed), self.language)

    def show(self) -> None:
        reporter = self.reporter
        if reporter is None:
            return
        if reporter.isatty:
            reporter.rewrite(self.line(), erase=True)
            self.wrote = True
            return
        step = self.done * LOG_STEPS // max(self.total, 1)
        if step > self.shown_step:
            self.shown_step, self.shown_done = step, self.done
            reporter.write_line(self.line())

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        """In a log, say where a run that stopped early (--maxfail, Ctrl-C) got to. (On a
        terminal the reporter ends the rewritten line itself when the session finishes.)"""
        reporter = self.reporter
        if reporter is not None and not self.wrote and self.done != self.shown_done:
            reporter.write_line(self.line())
