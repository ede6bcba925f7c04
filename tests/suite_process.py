"""What the project's tests pass to a conformance run in a ``pytest`` subprocess whose
verdict they read from the results document rather than from pytest's output.

The same choices as ``agentstatus run`` makes for its own pytest run: no tracebacks (their
formatting cost more than the scenarios of a run with many failures; the results carry each
failure's message and step), and none of the plugins a conformance run does not use (the
Hypothesis plugin imports all of Hypothesis when the run ends).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

QUIET_RUN = (
    "--tb=no",
    "-p",
    "no:cacheprovider",
    "-p",
    "no:hypothesispytest",
    "-p",
    "no:unraisableexception",
)


#: Runs each line of a JSON file ``[[name, [program, args...], log, env], ...]`` in turn, the
#: program being ``pytest`` (``pytest.main``) or ``agentstatus`` (the command's ``main``),
#: each run's output (file descriptors 1 and 2) into its log and ``env`` added to its
#: environment while it runs; prints ``{name: exit status}``.
_SESSIONS = r"""
import json, os, sys
import pytest
from agentstatus.cli import main as agentstatus

PROGRAMS = {"pytest": pytest.main, "agentstatus": agentstatus}
statuses = {}
for name, args, log, overlay in json.load(open(sys.argv[1], encoding="utf-8")):
    before = {key: os.environ.get(key) for key in overlay}
    os.environ.update(overlay)
    sys.stdout.flush(); sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with open(log, "wb") as out:
        os.dup2(out.fileno(), 1); os.dup2(out.fileno(), 2)
        try:
            statuses[name] = int(PROGRAMS[args[0]](list(args[1:])))
        except SystemExit as stop:
            statuses[name] = stop.code if isinstance(stop.code, int) else 1
        finally:
            sys.stdout.flush(); sys.stderr.flush()
            os.dup2(saved[0], 1); os.dup2(saved[1], 2)
            os.close(saved[0]); os.close(saved[1])
            for key, value in before.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
print(json.dumps(statuses))
"""


@dataclass(frozen=True)
class SessionRun:
    """One run of ``run_in_sessions``: its exit status and everything it printed."""

    returncode: int
    output: str


def run_in_sessions(
    runs: Mapping[str, Sequence[str]],
    folder: Path,
    *,
    cwd: Path,
    env: Mapping[str, str],
    processes: int = 2,
    timeout: float = 600,
    overlays: Mapping[str, Mapping[str, str]] = {},
) -> dict[str, SessionRun]:
    """Run each of ``runs`` (``["pytest", args...]`` or ``["agentstatus", "run", args...]``)
    one after another in ``processes`` Python processes side by side, rather than a process
    per run.

    Why: a run of the suite against a small implementation spends about half of its time
    starting Python, importing pytest and parsing the features; sessions in one process pay
    that once. Each session is still a complete, independent pytest run (its own
    configuration, plugins, fixtures and results file), as pytest's own ``pytester`` runs
    them in-process. ``overlays`` adds environment variables to one run's environment.
    """
    names = list(runs)
    shares = [names[i::processes] for i in range(processes)]
    started = []
    for number, share in enumerate(s for s in shares if s):
        plan = folder / f"sessions-{number}.json"
        plan.write_text(
            json.dumps(
                [
                    [name, list(runs[name]), str(folder / f"{name}.log"), overlays.get(name, {})]
                    for name in share
                ]
            ),
            encoding="utf-8",
        )
        started.append(
            subprocess.Popen(
                [sys.executable, "-c", _SESSIONS, str(plan)],
                cwd=cwd,
                env=dict(env),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    statuses: dict[str, int] = {}
    for process in started:
        stdout, stderr = process.communicate(timeout=timeout)
        assert process.returncode == 0, f"the session runner failed:\n{stdout}\n{stderr}"
        statuses.update(json.loads(stdout.strip().splitlines()[-1]))
    return {
        name: SessionRun(
            statuses[name],
            (folder / f"{name}.log").read_text(encoding="utf-8", errors="replace"),
        )
        for name in names
    }


def child_environment() -> dict[str, str]:
    """This process's environment without its pytest options (``PYTEST_ADDOPTS``), which
    are the outer test run's and must not change the runs a test makes."""
    return {key: value for key, value in os.environ.items() if key != "PYTEST_ADDOPTS"}
