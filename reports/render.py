"""Turn a results document into reports: HTML (one self-contained file), Markdown, JUnit XML.

The templates get a prepared view (counts, groupings, formatted numbers) rather than the raw
document, so each template stays a plain layout and 10,000 scenarios render in well under a
second. Every string that came from the implementation under test stays a plain ``str`` in
the view: HTML autoescaping and the Markdown ``finalize`` escape it on output.

What a report concludes (the verdict, "N of M requirements met", the failing requirements,
the scope, the profiles, the baseline) comes from ``agentstatus.reports.conclusions``, which
recomputes it from the outcomes: a report never repeats a conclusion the file merely stores.
"""

from __future__ import annotations

import gc
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from markupsafe import Markup, escape

from agentstatus.reports import markdown
from agentstatus.reports.conclusions import VERDICTS, conclusions
from agentstatus.reports.formats import Formats
from agentstatus.reports.i18n import N_, ReportLocale, translations
from agentstatus.reports.labels import field_label
from agentstatus.results import FAILING_OUTCOMES, OUTCOMES
from agentstatus.results.publish import write_files
from agentstatus.results.verdict import FAILED, MET, NOT_APPLICABLE, scenario_label

__all__ = ["VERDICTS", "render_html", "render_markdown", "view", "write_reports"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
FORMATS = ("html", "md", "json", "junit")
JUNIT_NAME = "junit.xml"
#: The Markdown summary lists at most this many failures (GitHub caps a step summary at 1 MiB).
MARKDOWN_FAILURE_LIMIT = 50


OUTCOME_LABELS = {
    "passed": N_("Passed"),
    "failed": N_("Failed"),
    "error": N_("Error"),
    "unexpected_pass": N_("Unexpected pass"),
    "expected_failure": N_("Expected failure"),
    "not_applicable": N_("Not applicable"),
    "skipped": N_("Skipped"),
}
STEP_LABELS = {
    "passed": N_("passed"),
    "failed": N_("failed"),
    "skipped": N_("skipped"),
    "undefined": N_("undefined"),
    "not_run": N_("not run"),
}
FAILURE_KINDS = {
    "assertion": N_("An expectation did not hold"),
    "exception": N_("The step raised an exception"),
    "undefined_step": N_("A step has no definition"),
    "setup": N_("The scenario could not be set up"),
    "teardown": N_("The scenario could not be cleaned up"),
    "unexpected_pass": N_("Passed although marked as expected to fail"),
    "crash": N_("The test process crashed"),
}
#: The colour of each outcome in the per-area bars (the report's own palette).
BAR_COLOURS = {
    "passed": "#1a7f37",
    "failed": "#cf222e",
    "error": "#82071e",
    "unexpected_pass": "#fa4549",
    "expected_failure": "#bf8700",
    "not_applicable": "#8c959f",
    "skipped": "#d0d7de",
}
BAR_WIDTH, BAR_HEIGHT = 120, 10
#: Requirement status → the class of its row (the stylesheet's names).
ROW_CLASSES = {FAILED: "failing", MET: "passing", NOT_APPLICABLE: "not_applicable"}


def _environment(text_language: str, *, html: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=html,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        finalize=None if html else markdown.finalize,
        auto_reload=False,
    )
    env.install_gettext_translations(translations(text_language), newstyle=True)  # type: ignore[attr-defined]
    env.filters["json"] = _json
    env.filters["md_code"] = markdown.md_code
    env.filters["prose"] = prose
    return env


@cache
def html_environment(text_language: str) -> jinja2.Environment:
    return _environment(text_language, html=True)


@cache
def markdown_environment(text_language: str) -> jinja2.Environment:
    return _environment(text_language, html=False)


_CODE_SPAN = re.compile(r"`([^`]+)`")
_EMPHASIS = re.compile(r"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])")


def prose(text: str) -> Markup:
    """The notes' own inline Markdown (`code`, *emphasis*) as HTML, everything escaped first."""
    escaped = str(escape(text))
    escaped = _CODE_SPAN.sub(r"<code>\1</code>", escaped)
    return Markup(_EMPHASIS.sub(r"<em>\1</em>", escaped))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _texts(texts: Mapping[str, str] | None, language: str) -> str:
    return _text_in(texts, language)[0]


def _text_in(texts: Mapping[str, str] | str | None, language: str) -> tuple[str, str]:
    """The text in ``language``, else in English, else in any language, with the language
    it is in. A plain string is English (a note in a schema 1.x document)."""
    if isinstance(texts, str):
        return texts, "en"
    if not texts:
        return "", language
    for candidate in (language, "en", *texts):
        if texts.get(candidate):
            return texts[candidate], candidate
    return "", language


def _note_view(note: str, entry: Mapping[str, Any], language: str) -> dict[str, str]:
    """A note in the report's language; ``lang`` names another language its text fell back
    to (a saved 1.x document, or a note not yet translated), so the page marks it."""
    title, title_language = _text_in(entry.get("title"), language)
    reading, reading_language = _text_in(entry.get("reading"), language)
    fallback = next((lang for lang in (title_language, reading_language) if lang != language), "")
    # The reading continues its "Reading:" label in the notes file; on its own it is a sentence.
    reading = reading[:1].upper() + reading[1:]
    return {"id": note, "title": title, "reading": reading, "lang": fallback}


def view(results: Mapping[str, Any], where: ReportLocale, zone: ZoneInfo) -> dict[str, Any]:
    """Everything a template shows, grouped and formatted for one locale."""
    fmt = Formats(where.locale, zone)
    language = where.text_language
    catalogue = results.get("catalogue") or {}
    areas_catalogue: Mapping[str, Mapping[str, str]] = catalogue.get("areas") or {}
    requirements_catalogue: Mapping[str, Mapping[str, Any]] = catalogue.get("requirements") or {}
    notes_catalogue: Mapping[str, Mapping[str, Any]] = catalogue.get("notes") or {}
    gettext = translations(language).gettext
    concluded = conclusions(results, language, fmt)
    complete = bool((results.get("scope") or {}).get("complete", True))

    scenarios = []
    by_requirement: dict[str, list[SimpleNamespace]] = defaultdict(list)
    by_area_language: dict[tuple[str, str], list[int]] = {}
    failures: list[SimpleNamespace] = []
    known_failures: list[SimpleNamespace] = []
    #: "SC-RONA-03 #2 (sv)" → where the report shows that scenario (its failure, if any).
    links: dict[str, str] = {}
    used_notes: set[str] = set()
    outcome_labels = {key: gettext(label) for key, label in OUTCOME_LABELS.items()}
    step_labels = {key: gettext(label) for key, label in STEP_LABELS.items()}
    for index, scenario in enumerate(results["scenarios"], start=1):
        outcome = scenario["outcome"]
        example = scenario.get("example")
        # Attribute access (not dict lookup) is Jinja's fast path: it matters at 10,000 rows.
        shown = SimpleNamespace(
            anchor=f"s{index}",
            id=scenario.get("id") or scenario["nodeid"],
            example=f"#{example['index']}" if example else "",
            name=scenario["name"],
            language=scenario.get("language") or "",
            area=scenario.get("area") or "",
            outcome=outcome,
            outcome_label=outcome_labels[outcome],
            duration=fmt.duration(scenario["duration_seconds"]),
            reason=scenario.get("reason") or "",
            notes=scenario.get("notes") or [],
            requirements=scenario.get("requirements") or [],
        )
        scenarios.append(shown)
        used_notes.update(shown.notes)
        key = (shown.area, shown.language)
        counts = by_area_language.setdefault(key, [0] * len(OUTCOMES))
        counts[OUTCOMES.index(outcome)] += 1
        for requirement in shown.requirements:
            by_requirement[requirement].append(shown)
        label = scenario_label(scenario)
        if outcome in FAILING_OUTCOMES or outcome == "expected_failure":
            failed = SimpleNamespace(**_failure_view(scenario, shown, step_labels, fmt, language))
            (failures if outcome in FAILING_OUTCOMES else known_failures).append(failed)
            links.setdefault(label, f"#f-{shown.anchor}")
        else:
            links.setdefault(label, f"#{shown.anchor}")
    # The reader's own language first: a Swedish reader starts with the Swedish failures.
    failures.sort(key=lambda f: f.language != language)
    known_failures.sort(key=lambda f: f.language != language)

    statuses = {r.id: r.status for r in concluded.summary.requirements}
    requirement_ids = list(requirements_catalogue) + sorted(
        set(by_requirement) - set(requirements_catalogue)
    )
    requirements_by_area: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for requirement in requirement_ids:
        entry = requirements_catalogue.get(requirement, {})
        covering = by_requirement.get(requirement, [])
        status = statuses.get(requirement, "not_run")
        area = str(entry.get("area") or requirement.rsplit("-", 1)[0])
        row_notes: list[str] = list(entry.get("notes") or [])
        row: dict[str, Any] = {
            "id": requirement,
            "title": _texts(entry.get("title"), language),
            "seed": _texts(entry.get("seed"), language),
            "notes": row_notes,
            "scenarios": covering,
            "status": status,
            "status_label": concluded.statuses.get(status, status),
            # Not run in a filtered run is what was asked for; in a complete one it stands out.
            "row_class": ROW_CLASSES.get(status, "not_run" if complete else "not_selected"),
        }
        used_notes.update(row_notes)
        requirements_by_area[area].append(row)

    occurred = [o for o in OUTCOMES if any(c[OUTCOMES.index(o)] for c in by_area_language.values())]
    seen = {a for a, _ in by_area_language if a} | set(requirements_by_area)
    area_codes = list(areas_catalogue) + sorted(seen - set(areas_catalogue))
    areas = []
    for code in area_codes:
        name = _texts(areas_catalogue.get(code), language) or code
        per_language = []
        for lang in results["languages"]:
            found = by_area_language.get((code, lang))
            if found:
                per_language.append(
                    {
                        "language": lang,
                        "counts": _counts(found, fmt, occurred),
                        "bar": _bar(found, fmt, outcome_labels, f"{name} ({lang})"),
                    }
                )
        rows = requirements_by_area.get(code, [])
        if not per_language and not rows:
            continue
        areas.append(
            {
                "code": code,
                "name": name,
                "per_language": per_language,
                "requirements": rows,
                "not_met": sum(1 for r in rows if r["status"] == FAILED),
            }
        )
    other = [
        {
            "language": lang or "—",
            "counts": _counts(counts, fmt, occurred),
            "bar": _bar(counts, fmt, outcome_labels, gettext("Other tests")),
        }
        for (code, lang), counts in sorted(by_area_language.items())
        if not code
    ]

    total = len(scenarios)
    counted: dict[str, int] = defaultdict(int)
    for shown in scenarios:
        counted[shown.outcome] += 1
    implementation = results["implementation"]
    baseline = concluded.baseline
    return {
        "lang": where.html_lang,
        "text_language": language,
        "verdict": concluded.verdict,
        "verdict_label": concluded.verdict_label,
        "headline": concluded.headline,
        "scope": concluded.scope,
        "missing": concluded.missing,
        "failing_heading": concluded.failing_heading,
        "failing_requirements": [
            {
                "id": r.id,
                "title": r.title,
                "scenarios": [{"label": s, "href": links.get(s, "")} for s in r.scenarios],
            }
            for r in concluded.failing
        ],
        "profiles": concluded.profiles,
        "baseline": baseline,
        "baseline_new": [
            {"label": s, "href": links.get(s, "")}
            for s in (baseline.new_scenarios if baseline else [])
        ],
        "baseline_fixed": [
            {"label": s, "href": links.get(s, "")}
            for s in (baseline.fixed_scenarios if baseline else [])
        ],
        "complete": complete,
        "total": fmt.number(total),
        "counts": [
            {
                "outcome": outcome,
                "label": outcome_labels[outcome],
                "count": fmt.number(counted[outcome]),
                "percent": fmt.percent(counted[outcome], total),
            }
            for outcome in OUTCOMES
            if counted[outcome]
        ],
        "occurred": [{"outcome": o, "label": outcome_labels[o]} for o in occurred],
        "outcome_labels": outcome_labels,
        "failure_kinds": {key: gettext(label) for key, label in FAILURE_KINDS.items()},
        "implementation": {
            "spec": implementation.get("spec", ""),
            "name": implementation.get("name", ""),
            "version": implementation.get("version", ""),
            "language": implementation.get("language") or "",
            "contract_version": implementation.get("contract_version") or "",
            "error": implementation.get("error") or "",
        },
        "suite_version": results["suite"]["version"],
        "contract_version": results["contract_version"],
        "schema_version": results["schema_version"],
        "languages": results["languages"],
        "started": fmt.timestamp(results["started_at"]),
        "finished": fmt.timestamp(results["finished_at"]),
        "duration": fmt.duration(results["duration_seconds"]),
        "collection_errors": results.get("collection_errors") or [],
        "areas": areas,
        "other": other,
        "failures": failures,
        "known_failures": known_failures,
        "scenarios": scenarios,
        "notes": [
            _note_view(note, notes_catalogue.get(note, {}), language)
            for note in sorted(used_notes, key=_natural)
        ],
        "markdown_failure_limit": MARKDOWN_FAILURE_LIMIT,
    }


def _natural(text: str) -> tuple[str, int]:
    head, _, number = text.rpartition("-")
    return (head, int(number)) if number.isdigit() else (text, 0)


def _counts(counts: Sequence[int], fmt: Formats, shown: Sequence[str]) -> list[dict[str, Any]]:
    """The counts of the outcomes ``shown`` (those that occurred anywhere in the run)."""
    return [
        {"outcome": outcome, "count": fmt.number(n), "nonzero": n > 0}
        for outcome, n in zip(OUTCOMES, counts, strict=True)
        if outcome in shown
    ]


def _bar(
    counts: Sequence[int], fmt: Formats, labels: Mapping[str, str], what: str
) -> dict[str, Any]:
    """A stacked bar of the outcomes, as the segments of an inline SVG (no script, no file):
    one rectangle per outcome that occurred, its width its share; the figures, in words, are
    the SVG's title and accessible name, so a screen reader reads what the eye sees."""
    total = sum(counts)
    segments = []
    x = 0.0
    for outcome, n in zip(OUTCOMES, counts, strict=True):
        if not n:
            continue
        width = BAR_WIDTH * n / total
        segments.append(
            {
                "outcome": outcome,
                "x": f"{x:.2f}",
                "width": f"{width:.2f}",
                "colour": BAR_COLOURS[outcome],
            }
        )
        x += width
    figures = ", ".join(
        f"{labels[outcome]} {fmt.number(n)}"
        for outcome, n in zip(OUTCOMES, counts, strict=True)
        if n
    )
    return {
        "segments": segments,
        "label": f"{what}: {figures}",
        "width": BAR_WIDTH,
        "height": BAR_HEIGHT,
    }


def _failure_view(
    scenario: Mapping[str, Any],
    shown: SimpleNamespace,
    step_labels: Mapping[str, str],
    fmt: Formats,
    language: str,
) -> dict[str, Any]:
    failure = scenario.get("failure") or {
        "kind": "crash",
        "step": None,
        "message": "",
        "exception_type": None,
        "expectations": [],
    }
    steps = [
        SimpleNamespace(
            keyword=step["keyword"].strip(),
            text=step["text"],
            line=step["line"],
            status=step["status"],
            status_label=step_labels[step["status"]],
            duration=fmt.duration(step["duration_seconds"]),
            failing=index == failure.get("step"),
        )
        for index, step in enumerate(scenario.get("steps") or [])
    ]
    feature = scenario.get("feature") or {}
    failing_step = next((s for s in steps if s.failing), None)
    return {
        **vars(shown),
        "feature": feature.get("name", ""),
        "file": feature.get("file", ""),
        "rule": scenario.get("rule") or "",
        "kind": failure["kind"],
        "message": failure.get("message") or "",
        "exception_type": failure.get("exception_type") or "",
        "expectations": [
            {
                "field": e["field"],
                "label": field_label(str(e["field"]), language),
                "expected": _json(e["expected"]),
                "actual": _json(e["actual"]),
            }
            for e in failure.get("expectations") or []
        ],
        "steps": steps,
        "failing_step": failing_step,
    }


def render_html(results: Mapping[str, Any], where: ReportLocale, zone: ZoneInfo) -> str:
    env = html_environment(where.text_language)
    return env.get_template("report.html.j2").render(view(results, where, zone))


def render_markdown(results: Mapping[str, Any], where: ReportLocale, zone: ZoneInfo) -> str:
    env = markdown_environment(where.text_language)
    return env.get_template("summary.md.j2").render(view(results, where, zone))


def report_name(where: ReportLocale, extension: str) -> str:
    return f"report.{where.tag.replace('_', '-')}.{extension}"


#: A lone surrogate: a ``str`` may hold one (JSON's ``\\ud800``), UTF-8 cannot.
_SURROGATE = re.compile("[\ud800-\udfff]")


def utf8(text: str) -> bytes:
    """``text`` in UTF-8, each lone surrogate (from what an implementation said) shown as
    U+FFFD: one odd character must not cost the whole report."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def render_reports(
    results: Mapping[str, Any],
    locales: Iterable[ReportLocale],
    formats: Iterable[str],
    zone: ZoneInfo,
) -> dict[str, bytes]:
    """Each requested format for each locale, in memory: file name → content. Rendering
    everything before writing anything means a render error writes nothing.

    JUnit XML is one file for all languages (each test case is in its scenario's language).
    """
    from agentstatus.reports.junit import junit_xml

    wanted = set(formats)
    rendered: dict[str, bytes] = {}
    # A large report makes tens of thousands of short-lived objects and no cycles worth
    # collecting: the cyclic collector would cost about a third of the render.
    collecting = gc.isenabled()
    gc.disable()
    try:
        if "junit" in wanted:
            rendered[JUNIT_NAME] = junit_xml(results)
        for where in locales:
            if "html" in wanted:
                rendered[report_name(where, "html")] = utf8(render_html(results, where, zone))
            if "md" in wanted:
                rendered[report_name(where, "md")] = utf8(render_markdown(results, where, zone))
    finally:
        if collecting:
            gc.enable()
    return rendered


def write_reports(
    results: Mapping[str, Any],
    out: Path,
    locales: Iterable[ReportLocale],
    formats: Iterable[str],
    zone: ZoneInfo,
) -> list[Path]:
    """Write each requested format for each locale into ``out``; return the paths written.

    All are rendered first, then each file is replaced atomically: a render error leaves
    the files in ``out`` as they were, never truncated."""
    return write_files(out, render_reports(results, locales, formats, zone))
