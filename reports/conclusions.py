"""What every report states about a run, worded once: the verdict model in the reader's
language.

The HTML report, the Markdown summary, the terminal summary and the JUnit XML all say the
same things: the verdict, "N of M requirements met", which requirements are not met and by
which scenarios, whether the whole specification ran (and why not), the verdict of each
profile and, with a baseline, the known and the new failures. They are computed here from
the outcomes (``agentstatus.results.verdict.summarize``), never read from the conclusions a
results file stores, so a report cannot state what its outcomes do not prove, and the four
formats cannot drift apart. Everything is plain text; each format escapes it on output.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from agentstatus.reports.formats import Formats
from agentstatus.reports.i18n import N_, translations
from agentstatus.results.verdict import (
    FAILED,
    NOT_APPLICABLE,
    NOT_RUN,
    Summary,
    scenario_label,
    summarize,
)

VERDICTS = {
    "conforms": N_("Conforms"),
    "does_not_conform": N_("Does not conform"),
    "partial": N_("Partial run: not the whole specification ran"),
}
REQUIREMENT_STATUSES = {
    "met": N_("Met"),
    "failed": N_("Not met"),
    "not_applicable": N_("Not applicable"),
    "not_run": N_("Not run"),
}
#: The profiles of ``agentstatus.results.verdict.profiles``: the core, then each capability.
PROFILE_NAMES = {
    "core": N_("Core"),
    "teams_presence_sync": N_("Microsoft Teams presence sync"),
    "supervisor_monitoring": N_("Supervisor monitoring"),
    "outdial": N_("Outdial"),
    "social_channel": N_("Social channel"),
    "campaign_calls": N_("Campaign calls"),
}
PROFILE_VERDICTS = {
    "conforms": N_("conforms"),
    "does_not_conform": N_("does not conform"),
    "partial": N_("partial: not all of its scenarios ran"),
    "not_declared": N_("not declared: its scenarios are not applicable"),
    "not_run": N_("not run"),
}


@dataclass(frozen=True)
class FailingRequirement:
    id: str
    title: str
    scenarios: list[str]


@dataclass(frozen=True)
class Profile:
    name: str
    label: str
    verdict: str
    verdict_label: str
    passed: int
    failing: int
    not_applicable: int
    figures: str


@dataclass(frozen=True)
class Baseline:
    """Known failures (expected by the baseline), new ones, and known ones that now pass."""

    known: str
    new: str
    new_scenarios: list[str]
    fixed: str
    fixed_scenarios: list[str]
    gate: str
    gate_passed: bool

    @property
    def line(self) -> str:
        """One line: "22 known failures (baseline), no new failures", or the new ones."""
        if not self.new:
            return self.known
        return f"{self.known}, {self.new} {', '.join(self.new_scenarios)}"


@dataclass(frozen=True)
class Conclusions:
    summary: Summary
    verdict: str
    verdict_label: str
    #: "48 of 59 requirements met" (with "3 not run", "2 not applicable" when there are any).
    headline: str
    #: "11 requirements not met"
    failing_heading: str
    failing: list[FailingRequirement]
    #: For a run that did not run the whole specification: how much ran, and why not all.
    scope: str
    missing: list[str]
    profiles: list[Profile]
    baseline: Baseline | None
    #: Each requirement status ("met", "failed", ...) in the reader's language.
    statuses: dict[str, str]


def conclusions(results: Mapping[str, Any], language: str, fmt: Formats) -> Conclusions:
    """The verdict model of ``results``, worded in ``language`` with ``fmt``'s numbers."""
    t = translations(language)
    _, ngettext = t.gettext, t.ngettext
    summary = summarize(results)
    catalogue = (results.get("catalogue") or {}).get("requirements") or {}

    statuses = Counter(r.status for r in summary.requirements)
    considered = len(summary.requirements) - statuses[NOT_APPLICABLE]
    headline = ngettext(
        "%(met)s of %(num)s requirement met", "%(met)s of %(num)s requirements met", considered
    ) % {"met": fmt.number(summary.met), "num": fmt.number(considered)}
    extras = []
    if statuses[NOT_RUN]:
        count = statuses[NOT_RUN]
        extras.append(ngettext("%(num)s not run", "%(num)s not run", count) % _num(fmt, count))
    if statuses[NOT_APPLICABLE]:
        count = statuses[NOT_APPLICABLE]
        extras.append(
            ngettext("%(num)s not applicable", "%(num)s not applicable", count) % _num(fmt, count)
        )
    headline = ", ".join([headline, *extras])

    failing = [
        FailingRequirement(r.id, _title(catalogue.get(r.id), language), _unique(r.failing))
        for r in summary.requirements
        if r.status == FAILED
    ]
    failing_heading = ngettext(
        "%(num)s requirement not met", "%(num)s requirements not met", len(failing)
    ) % _num(fmt, len(failing))

    scope_text, missing = _scope(results, t, fmt)
    return Conclusions(
        summary=summary,
        verdict=summary.verdict,
        verdict_label=_(VERDICTS[summary.verdict]),
        headline=headline,
        failing_heading=failing_heading,
        failing=failing,
        scope=scope_text,
        missing=missing,
        profiles=[_profile(p, t, fmt) for p in summary.profiles],
        baseline=_baseline(results, summary, t, fmt),
        statuses={key: _(label) for key, label in REQUIREMENT_STATUSES.items()},
    )


def _num(fmt: Formats, count: int) -> dict[str, str]:
    return {"num": fmt.number(count)}


def _unique(labels: list[str]) -> list[str]:
    """A scenario tagged with a requirement twice is one failing scenario of it."""
    return list(dict.fromkeys(labels))


def _title(entry: Mapping[str, Any] | None, language: str) -> str:
    titles = (entry or {}).get("title") or {}
    if isinstance(titles, str):
        return titles
    return str(titles.get(language) or titles.get("en") or next(iter(titles.values()), ""))


def _scope(results: Mapping[str, Any], t: Any, fmt: Formats) -> tuple[str, list[str]]:
    scope = results.get("scope") or {}
    if not scope or scope.get("complete", True):
        return "", []
    expected, ran = int(scope.get("expected", 0)), int(scope.get("ran", 0))
    text = t.ngettext(
        "%(ran)s of %(num)s scenario ran", "%(ran)s of %(num)s scenarios ran", expected
    ) % {"ran": fmt.number(ran), "num": fmt.number(expected)}
    if scope.get("interrupted"):
        why = t.gettext("the run was interrupted")
    else:
        why = t.gettext(
            "the others were filtered out (--requirement, --area, --scenario, -m or -k) or "
            "not reached (--maxfail)"
        )
    return f"{text}: {why}", [str(label) for label in scope.get("missing") or ()]


def _profile(profile: Mapping[str, Any], t: Any, fmt: Formats) -> Profile:
    name = str(profile.get("name"))
    verdict = str(profile.get("verdict"))
    passed, failing = int(profile.get("passed", 0)), int(profile.get("failing", 0))
    not_applicable = int(profile.get("not_applicable", 0))
    figures = []
    if passed:
        figures.append(t.ngettext("%(num)s passed", "%(num)s passed", passed) % _num(fmt, passed))
    if failing:
        figures.append(t.ngettext("%(num)s failed", "%(num)s failed", failing) % _num(fmt, failing))
    if not_applicable:
        figures.append(
            t.ngettext("%(num)s not applicable", "%(num)s not applicable", not_applicable)
            % _num(fmt, not_applicable)
        )
    return Profile(
        name=name,
        label=t.gettext(PROFILE_NAMES[name]) if name in PROFILE_NAMES else name,
        verdict=verdict,
        verdict_label=t.gettext(PROFILE_VERDICTS.get(verdict, verdict)),
        passed=passed,
        failing=failing,
        not_applicable=not_applicable,
        figures=", ".join(figures),
    )


def _baseline(
    results: Mapping[str, Any], summary: Summary, t: Any, fmt: Formats
) -> Baseline | None:
    baseline = results.get("baseline")
    if not baseline:
        return None
    scenarios = [s for s in results.get("scenarios") or () if isinstance(s, Mapping)]
    known = sum(1 for s in scenarios if s.get("outcome") == "expected_failure")
    new = [scenario_label(s) for s in scenarios if s.get("outcome") in ("failed", "error")]
    fixed = [scenario_label(s) for s in scenarios if s.get("outcome") == "unexpected_pass"]
    known_text = t.ngettext(
        "%(num)s known failure (baseline)", "%(num)s known failures (baseline)", known
    ) % _num(fmt, known)
    new_text = ""
    if new:
        new_text = t.ngettext("%(num)s new failure:", "%(num)s new failures:", len(new)) % _num(
            fmt, len(new)
        )
    else:
        known_text += ", " + t.gettext("no new failures")
    fixed_text = ""
    if fixed and baseline.get("allow_unexpected_pass"):
        fixed_text = t.ngettext(
            "%(num)s known failure now passes (allowed by --allow-unexpected-pass):",
            "%(num)s known failures now pass (allowed by --allow-unexpected-pass):",
            len(fixed),
        ) % _num(fmt, len(fixed))
    elif fixed:
        fixed_text = t.ngettext(
            "%(num)s known failure now passes (remove it from the baseline):",
            "%(num)s known failures now pass (remove them from the baseline):",
            len(fixed),
        ) % _num(fmt, len(fixed))
    gate = (
        t.gettext("CI gate: passed (the only failures are the baseline's known ones)")
        if summary.gate_passed
        else t.gettext("CI gate: failed")
    )
    return Baseline(known_text, new_text, new, fixed_text, fixed, gate, summary.gate_passed)
