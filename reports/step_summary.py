"""The Markdown summary in a GitHub Actions job's summary page.

GitHub Actions names a file in ``$GITHUB_STEP_SUMMARY`` for each step; Markdown appended to
it is shown on the run's page. ``agentstatus run`` and ``agentstatus report`` append their
Markdown summary there whenever the variable is set, so a workflow needs no extra step
(``cat report.en.md >> "$GITHUB_STEP_SUMMARY"``) and the summary is there even when a later
step is skipped. Elsewhere (GitLab, a terminal) the variable is unset and nothing happens.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from agentstatus.reports.i18n import ReportLocale

VARIABLE = "GITHUB_STEP_SUMMARY"


def append_step_summary(
    results: Mapping[str, Any],
    locales: Sequence[ReportLocale],
    zone: ZoneInfo,
    environ: Mapping[str, str] | None = None,
) -> Path | None:
    """Append the Markdown summary, in the first report language, to the file
    ``$GITHUB_STEP_SUMMARY`` names; return that file, or ``None`` when the variable is unset.

    A file that cannot be written is reported on standard error and otherwise ignored: the
    run's verdict and exit status must not depend on the CI's summary page.
    """
    from agentstatus.reports.render import render_markdown, utf8

    target = (os.environ if environ is None else environ).get(VARIABLE, "").strip()
    if not target or not locales:
        return None
    path = Path(target)
    text = render_markdown(results, locales[0], zone)
    try:
        with path.open("ab") as handle:
            handle.write(utf8(text.rstrip("\n") + "\n\n"))
    except OSError as error:
        print(
            f"agentstatus: could not append the summary to ${VARIABLE} ({path}): "
            f"{error.strerror or error}",
            file=sys.stderr,
        )
        return None
    return path
