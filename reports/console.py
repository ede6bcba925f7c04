"""The summary ``agentstatus run`` and ``agentstatus report`` print, and the progress line
shown while a run lasts.

The terminal is where a failing CI job is read first, so the summary states what the reports
state (``agentstatus.reports.conclusions``): the verdict with "N of M requirements met", the
requirements not met with their scenarios, the profiles, the scope and the baseline; then
the outcomes per language and area, and one line per failing scenario saying what was
expected and what the desktop showed. All of it in the run's language, area names included.
The implementation's own strings are stripped of control characters so they cannot rewrite
the terminal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from agentstatus.reports.conclusions import conclusions
from agentstatus.reports.formats import Formats
from agentstatus.reports.i18n import ReportLocale, translations
from agentstatus.reports.labels import field_label
from agentstatus.reports.render import FAILURE_KINDS, OUTCOME_LABELS
from agentstatus.results import FAILING_OUTCOMES, OUTCOMES
from agentstatus.results.verdict import scenario_label

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: The summary lists at most this many failing scenarios (the reports list them all).
FAILURE_LINES = 50
#: ... and cuts a message that is not a list of expectations at this length.
MESSAGE_LENGTH = 200


def plain(text: Any) -> str:
    return _CONTROL.sub("?", str(text))


def console_locale(locales: Sequence[ReportLocale]) -> ReportLocale:
    """The language the terminal speaks: the run's, or English when the run has several
    (the language a CI log is most often read in)."""
    return next((w for w in locales if w.text_language == "en"), locales[0])


def progress_line(done: int, total: int, failed: int, language: str) -> str:
    """``[ 123/206] 2 failed``: the progress of a run, in its language."""
    t = translations(language)
    width = len(str(total))
    text = t.ngettext("%(num)s failed", "%(num)s failed", failed) % {"num": failed}
    return f"[{done:>{width}}/{total}] {text}"


def summary(
    results: Mapping[str, Any],
    where: ReportLocale,
    fmt: Formats,
    written: Iterable[Path] = (),
) -> str:
    language = where.text_language
    t = translations(language)
    _ = t.gettext
    concluded = conclusions(results, language, fmt)
    areas = (results.get("catalogue") or {}).get("areas") or {}
    implementation = results["implementation"]
    lines = [
        _("Verdict: %(verdict)s") % {"verdict": concluded.verdict_label}
        + f" ({concluded.headline})",
        _("Implementation: %(name)s %(version)s (%(spec)s)")
        % {
            "name": plain(implementation.get("name", "")),
            "version": plain(implementation.get("version", "")),
            "spec": plain(implementation.get("spec", "")),
        },
    ]
    if concluded.scope:
        lines.append(concluded.scope)
    baseline = concluded.baseline
    if baseline is not None:
        lines.append(baseline.line)
        if baseline.fixed:
            lines.append(f"{baseline.fixed} {', '.join(baseline.fixed_scenarios)}")
        lines.append(baseline.gate)
    if concluded.failing:
        lines.append(concluded.failing_heading + ":")
        for requirement in concluded.failing:
            lines.append(f"  {requirement.id}: {', '.join(requirement.scenarios)}")
    lines.append(_("Profiles:"))
    for profile in concluded.profiles:
        figures = f" ({profile.figures})" if profile.figures else ""
        lines.append(f"  {profile.label}: {profile.verdict_label}{figures}")

    def counted(outcomes: list[str]) -> str:
        parts = [
            f"{_(OUTCOME_LABELS[o])} {fmt.number(outcomes.count(o))}"
            for o in OUTCOMES
            if o in outcomes
        ]
        return ", ".join(parts) or "0"

    by_language: dict[str, dict[str, list[str]]] = {}
    for scenario in results["scenarios"]:
        scenario_language = scenario.get("language") or "—"
        area = scenario.get("area") or "—"
        by_language.setdefault(scenario_language, {}).setdefault(area, []).append(
            scenario["outcome"]
        )
    for scenario_language, per_area in sorted(by_language.items()):
        outcomes = [o for area_outcomes in per_area.values() for o in area_outcomes]
        lines.append(
            _("Language %(language)s: %(num)s scenarios: %(counts)s")
            % {
                "language": scenario_language,
                "num": fmt.number(len(outcomes)),
                "counts": counted(outcomes),
            }
        )
        order = list(areas) + sorted(set(per_area) - set(areas))
        for area in order:
            if area in per_area:
                lines.append(
                    f"  {plain(_area_name(areas.get(area), language, area))}: "
                    f"{counted(per_area[area])}"
                )
    lines.extend(_failure_lines(results, language, fmt))
    for error in results.get("collection_errors") or []:
        lines.append(_("Could not collect: %(nodeid)s") % {"nodeid": plain(error["nodeid"])})
        message = str(error.get("message") or "").strip().splitlines()
        lines.extend(f"  {plain(line)}" for line in message[-5:])
    paths = list(written)
    if paths:
        lines.append(_("Reports:"))
        lines.extend(f"  {path}" for path in paths)
    return "\n".join(lines)


def _area_name(names: Any, language: str, code: str) -> str:
    """The area's name in the summary's language, else in English, else its code."""
    if isinstance(names, Mapping):
        return str(names.get(language) or names.get("en") or code)
    return str(names or code)


def _failure_lines(results: Mapping[str, Any], language: str, fmt: Formats) -> list[str]:
    """One line per failing scenario, the summary's language first: the scenario, its
    requirements, and what was expected and what the desktop showed (or the message)."""
    t = translations(language)
    failing = [s for s in results["scenarios"] if s.get("outcome") in FAILING_OUTCOMES]
    if not failing:
        return []
    failing.sort(key=lambda s: s.get("language") != language)
    lines = [
        t.ngettext("%(num)s failing scenario:", "%(num)s failing scenarios:", len(failing))
        % {"num": fmt.number(len(failing))}
    ]
    for scenario in failing[:FAILURE_LINES]:
        failure = scenario.get("failure") or {}
        requirements = " ".join(scenario.get("requirements") or ())
        head = scenario_label(scenario) + (f" {requirements}" if requirements else "")
        lines.append(f"  {plain(head)}: {plain(_what_failed(scenario, failure, language))}")
    if len(failing) > FAILURE_LINES:
        lines.append(
            "  "
            + t.gettext("… and %(num)s more: see the HTML report.")
            % {"num": fmt.number(len(failing) - FAILURE_LINES)}
        )
    return lines


def _what_failed(scenario: Mapping[str, Any], failure: Mapping[str, Any], language: str) -> str:
    """Expected and actual of each field that did not hold; else the kind of failure and
    its message, on one line."""
    t = translations(language)
    expectations = failure.get("expectations") or []
    if expectations:
        return "; ".join(
            t.gettext("%(field)s: expected %(expected)s, actual %(actual)s")
            % {
                "field": field_label(str(e.get("field")), language),
                "expected": _value(e.get("expected")),
                "actual": _value(e.get("actual")),
            }
            for e in expectations
        )
    outcome = str(scenario.get("outcome"))
    kind = failure.get("kind")
    text = " ".join(str(failure.get("message") or "").split())
    if len(text) > MESSAGE_LENGTH:
        text = text[: MESSAGE_LENGTH - 1] + "…"
    prefix = t.gettext(OUTCOME_LABELS[outcome]) if outcome != "failed" else ""
    if kind in FAILURE_KINDS and kind != "assertion":
        prefix = ": ".join(p for p in (prefix, t.gettext(FAILURE_KINDS[kind])) if p)
    return ": ".join(p for p in (prefix, text) if p) or t.gettext(OUTCOME_LABELS[outcome])


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
