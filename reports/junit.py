"""JUnit XML for a CI's test view, written from the results document.

pytest's own ``--junitxml`` knows test functions, not scenarios: its names are Python node
IDs (``test_spec_sv.py::test_en_obesvarad_begäran...[10-9]``), an undefined step is a
"failure" like any assertion, a scenario that is not applicable is an anonymous skip, and
nothing says which requirement a test checks. This file is written from the results instead
(so ``agentstatus report --format junit`` writes it again from saved results), and a CI that
reads JUnit (GitLab, Jenkins, Azure, GitHub test-report actions) shows what a reader needs:

- one ``<testsuite>`` per area and language, named ``RONA (sv)``, with the implementation,
  the verdict and how much of the specification ran as properties;
- one ``<testcase>`` per scenario, named ``SC-RONA-04 #2 (sv): <title>`` (the example number
  for an outline's example), with its requirement IDs, scenario ID and language as
  properties;
- ``<failure>`` for a scenario that failed (or passed although the baseline expects it to
  fail), ``<error>`` for one that could not run to a verdict, ``<skipped>`` with the reason
  for one that is not applicable, skipped or a known failure of the baseline; the message
  is the failure's, the body the failed step and each field's expected and actual value.

Every text is XML-escaped by ElementTree; characters XML 1.0 cannot hold at all (NUL and
most other control characters, which an implementation may well send) are removed first.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from typing import Any

from agentstatus.reports.i18n import translations
from agentstatus.reports.labels import field_label
from agentstatus.results.verdict import scenario_label, summarize

#: Characters XML 1.0 does not allow anywhere, not even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: A failure's ``message`` attribute is its first line, at most this long (the body has all).
MESSAGE_LENGTH = 500

SKIPPED_OUTCOMES = ("not_applicable", "skipped", "expected_failure")


def xml_text(value: Any) -> str:
    """``value`` as text XML 1.0 can carry: forbidden characters are dropped."""
    return _NOT_XML.sub("", str(value))


def _element(tag: str, parent: ET.Element | None = None, **attributes: Any) -> ET.Element:
    clean = {key: xml_text(value) for key, value in attributes.items() if value is not None}
    if parent is None:
        return ET.Element(tag, clean)
    return ET.SubElement(parent, tag, clean)


def _property(properties: ET.Element, name: str, value: Any) -> None:
    _element("property", properties, name=name, value=value)


def _timestamp(iso: str) -> str:
    """JUnit's timestamp: ISO 8601 without a zone (the results' times are UTC)."""
    return iso.rstrip("Z").split(".")[0]


def _seconds(value: Any) -> str:
    return f"{float(value or 0):.3f}"


def suite_name(area: str | None, language: str | None) -> str:
    return f"{area or 'other'} ({language or '?'})"


def case_name(scenario: Mapping[str, Any]) -> str:
    """``SC-RONA-04 #2 (sv): Administratören anger en egen gräns för röstsamtal``."""
    return f"{scenario_label(scenario)}: {scenario.get('name') or ''}"


def junit_tree(results: Mapping[str, Any]) -> ET.Element:
    """The ``<testsuites>`` element of ``results``: a suite per area and language."""
    summary = summarize(results)
    allow_unexpected = bool((results.get("baseline") or {}).get("allow_unexpected_pass"))
    catalogue = results.get("catalogue") or {}
    areas: Mapping[str, Mapping[str, str]] = catalogue.get("areas") or {}
    implementation = results.get("implementation") or {}
    scope = results.get("scope") or {}
    scenarios = [s for s in results.get("scenarios") or () if isinstance(s, Mapping)]

    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for scenario in scenarios:
        group = (str(scenario.get("area") or ""), str(scenario.get("language") or ""))
        groups.setdefault(group, []).append(scenario)
    area_order = {code: index for index, code in enumerate(areas)}
    languages = list(results.get("languages") or ())
    order = sorted(
        groups,
        key=lambda group: (
            area_order.get(group[0], len(area_order)),
            group[0],
            languages.index(group[1]) if group[1] in languages else len(languages),
            group[1],
        ),
    )

    root = _element("testsuites", name="agentstatus")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    total_time = 0.0
    for area, language in order:
        members = groups[(area, language)]
        suite = _element(
            "testsuite",
            root,
            name=suite_name(area, language),
            timestamp=_timestamp(str(results.get("started_at", ""))),
        )
        properties = _element("properties", suite)
        title = (areas.get(area) or {}).get(language) or (areas.get(area) or {}).get("en")
        if title:
            _property(properties, "area", title)
        _property(properties, "language", language)
        _property(properties, "implementation.spec", implementation.get("spec", ""))
        _property(properties, "implementation.name", implementation.get("name", ""))
        _property(properties, "implementation.version", implementation.get("version", ""))
        _property(properties, "suite.version", (results.get("suite") or {}).get("version", ""))
        _property(properties, "verdict", summary.verdict)
        _property(properties, "requirements.met", f"{summary.met}/{summary.applicable}")
        if scope:
            _property(properties, "scope", f"{scope.get('ran', 0)}/{scope.get('expected', 0)}")
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        suite_time = 0.0
        for scenario in members:
            counts["tests"] += 1
            suite_time += float(scenario.get("duration_seconds") or 0)
            kind = _testcase(suite, scenario, allow_unexpected)
            if kind:
                counts[kind] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("time", _seconds(suite_time))
        total_time += suite_time
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("time", _seconds(total_time))
    return root


def _testcase(suite: ET.Element, scenario: Mapping[str, Any], allow_unexpected: bool) -> str:
    """Add the scenario's ``<testcase>``; return which count it adds to ("" for a pass)."""
    name = suite.get("name", "")
    feature = scenario.get("feature") or {}
    case = _element(
        "testcase",
        suite,
        classname=name,
        name=case_name(scenario),
        time=_seconds(scenario.get("duration_seconds")),
        file=feature.get("file"),
    )
    properties = _element("properties", case)
    if scenario.get("id"):
        _property(properties, "scenario", scenario["id"])
    for requirement in scenario.get("requirements") or ():
        _property(properties, "requirement", requirement)
    _property(properties, "language", scenario.get("language") or "")
    example = scenario.get("example")
    if isinstance(example, Mapping) and example.get("index"):
        _property(properties, "example", example["index"])
    outcome = str(scenario.get("outcome"))
    _property(properties, "outcome", outcome)

    language = "sv" if scenario.get("language") == "sv" else "en"
    failure = scenario.get("failure") or {}
    if outcome in ("failed", "error") or (outcome == "unexpected_pass" and not allow_unexpected):
        tag = "error" if outcome == "error" else "failure"
        element = _element(
            tag,
            case,
            message=_first_line(failure.get("message") or outcome),
            type=failure.get("kind", outcome),
        )
        element.text = xml_text(_body(scenario, failure, language))
        return "errors" if tag == "error" else "failures"
    if outcome in SKIPPED_OUTCOMES:
        reason = scenario.get("reason") or outcome.replace("_", " ")
        element = _element("skipped", case, message=_first_line(reason), type=outcome)
        if outcome == "expected_failure" and failure:
            element.text = xml_text(_body(scenario, failure, language))
        return "skipped"
    return ""


def _first_line(text: Any) -> str:
    lines = str(text).strip().splitlines()
    first = lines[0] if lines else ""
    return first if len(first) <= MESSAGE_LENGTH else first[: MESSAGE_LENGTH - 1] + "…"


def _body(scenario: Mapping[str, Any], failure: Mapping[str, Any], language: str) -> str:
    """The failed step (with its feature line), each field's expected and actual value, the
    full message; in the scenario's own language."""
    t = translations(language)
    lines = []
    steps = scenario.get("steps") or []
    index = failure.get("step")
    if isinstance(index, int) and 0 <= index < len(steps):
        step = steps[index]
        where = t.gettext("line %(line)s") % {"line": step.get("line")}
        lines.append(f"{where}: {str(step.get('keyword', '')).strip()} {step.get('text', '')}")
    for expectation in failure.get("expectations") or ():
        label = field_label(str(expectation.get("field")), language)
        lines.append(
            t.gettext("%(field)s: expected %(expected)s, actual %(actual)s")
            % {
                "field": label,
                "expected": json.dumps(expectation.get("expected"), ensure_ascii=False),
                "actual": json.dumps(expectation.get("actual"), ensure_ascii=False),
            }
        )
    message = str(failure.get("message") or "").strip()
    if message:
        exception = failure.get("exception_type")
        lines.append(f"{exception}: {message}" if exception else message)
    feature = scenario.get("feature") or {}
    if feature.get("file"):
        lines.append(str(feature["file"]))
    return "\n".join(lines)


def junit_xml(results: Mapping[str, Any]) -> bytes:
    """The JUnit XML document, UTF-8, with its declaration (``write_reports`` writes it)."""
    root = junit_tree(results)
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True)) + b"\n"
