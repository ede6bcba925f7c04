"""What the project's tests pass to a conformance run in a ``pytest`` subprocess whose
verdict they read from the results document rather than from pytest's output.

The same choices as ``agentstatus run`` makes for its own pytest run: no tracebacks (their
formatting cost more than the scenarios of a run with many failures; the results carry each
failure's message and step), and none of the plugins a conformance run does not use (the
Hypothesis plugin imports all of Hypothesis when the run ends).
"""

from __future__ import annotations

QUIET_RUN = (
    "--tb=no",
    "-p",
    "no:cacheprovider",
    "-p",
    "no:hypothesispytest",
    "-p",
    "no:unraisableexception",
)
