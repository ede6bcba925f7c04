"""The summary ``agentstatus run`` and ``agentstatus report`` print: verdict, per language,
per area, and where the reports are. Localized like the reports; the implementation's own
strings are stripped of control characters so they cannot rewrite the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from agentstatus.reports.formats import Formats
from agentstatus.reports.i18n import ReportLocale, translations
from agentstatus.reports.render import OUTCOME_LABELS, VERDICTS
from agentstatus.results import OUTCOMES

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def plain(text: Any) -> str:
    return _CONTROL.sub("?", str(text))


def summary(
    results: Mapping[str, Any],
    where: ReportLocale,
    fmt: Formats,
    written: Iterable[Path] = (),
) -> str:
    t = translations(where.text_language)
    _ = t.gettext
    areas = (results.get("catalogue") or {}).get("areas") or {}
    implementation = results["implementation"]
    lines = [
        _("Verdict: %(verdict)s") % {"verdict": _(VERDICTS[results["verdict"]])},
        _("Implementation: %(name)s %(version)s (%(spec)s)")
        % {
            "name": plain(implementation.get("name", "")),
            "version": plain(implementation.get("version", "")),
            "spec": plain(implementation.get("spec", "")),
        },
    ]

    def counted(outcomes: list[str]) -> str:
        parts = [
            f"{_(OUTCOME_LABELS[o])} {fmt.number(outcomes.count(o))}"
            for o in OUTCOMES
            if o in outcomes
        ]
        return ", ".join(parts) or "0"

    by_language: dict[str, dict[str, list[str]]] = {}
    for scenario in results["scenarios"]:
        language = scenario.get("language") or "—"
        area = scenario.get("area") or "—"
        by_language.setdefault(language, {}).setdefault(area, []).append(scenario["outcome"])
    for language, per_area in sorted(by_language.items()):
        outcomes = [o for area_outcomes in per_area.values() for o in area_outcomes]
        lines.append(
            _("Language %(language)s: %(num)s scenarios: %(counts)s")
            % {"language": language, "num": fmt.number(len(outcomes)), "counts": counted(outcomes)}
        )
        order = list(areas) + sorted(set(per_area) - set(areas))
        for area in order:
            if area in per_area:
                name = (areas.get(area) or {}).get(where.text_language) or area
                lines.append(f"  {plain(name)}: {counted(per_area[area])}")
    for error in results.get("collection_errors") or []:
        lines.append(_("Could not collect: %(nodeid)s") % {"nodeid": plain(error["nodeid"])})
    paths = list(written)
    if paths:
        lines.append(_("Reports:"))
        lines.extend(f"  {path}" for path in paths)
    return "\n".join(lines)
