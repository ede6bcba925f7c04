"""The features and the step phrases fit together: every step line means exactly one thing,
in its own language, and the Swedish features read as Swedish."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gherkin.parser import Parser

import agentstatus.steps.definitions  # noqa: F401  (registers the phrases)
from agentstatus.contract import Accepted, Rejection, TenantConfig
from agentstatus.steps.context import REFUSAL_STEPS, ScenarioContext
from agentstatus.steps.phrases import REGISTRY, matching

FEATURES = Path(__file__).resolve().parents[2] / "features"

#: Words that would tell a Swedish reader an English phrase slipped in (RONA, Teams and
#: Microsoft are names Webex uses and stay).
ENGLISH = {
    "the", "and", "is", "of", "request", "requests", "available", "idle", "engaged", "wrap",
    "hold", "consult", "popover", "toaster", "desktop", "email", "outdial", "queue", "state",
    "label", "button", "supervisor", "timeout", "presence", "monitoring", "browser",
}  # fmt: skip


def _children(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for child in node.get("children", []):
        if "rule" in child:
            yield from _children(child["rule"])
        else:
            yield child


def step_texts(path: Path) -> Iterator[str]:
    """Every step line of a feature, outlines rendered with each Examples row."""
    document = Parser().parse(path.read_text(encoding="utf-8"))
    for child in _children(document["feature"]):
        node = child.get("background") or child.get("scenario")
        if node is None:
            continue
        rows = [
            dict(
                zip(
                    [c["value"] for c in ex["tableHeader"]["cells"]],
                    [c["value"] for c in row["cells"]],
                    strict=True,
                )
            )
            for ex in node.get("examples", [])
            for row in ex["tableBody"]
        ] or [{}]
        for row in rows:
            for step in node["steps"]:
                text = step["text"]
                for name, value in row.items():
                    text = text.replace(f"<{name}>", value)
                yield text


def feature_steps() -> list[tuple[str, str]]:
    return sorted(
        {(lang, text) for lang in ("sv", "en") for p in (FEATURES / lang).glob("*.feature")
         for text in step_texts(p)}
    )  # fmt: skip


@pytest.mark.parametrize(("language", "text"), feature_steps())
def test_every_step_line_has_exactly_one_meaning_in_its_language(language: str, text: str) -> None:
    found = matching(text)
    functions = {name for name, _ in found}
    assert len(functions) == 1, f"{text!r} matches {sorted(functions) or 'no step'}"
    assert {phrase.language for _, phrase in found} == {language}, text
    arguments = {tuple(sorted(phrase.parse_arguments(text).items())) for _, phrase in found}
    assert len(arguments) == 1, f"{text!r} reads as {arguments}"


def test_every_step_function_speaks_both_languages() -> None:
    for name, phrases in REGISTRY.items():
        assert {p.language for p in phrases} == {"sv", "en"}, name


def test_swedish_features_contain_no_english_words() -> None:
    for path in sorted((FEATURES / "sv").glob("*.feature")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip().startswith(("@", "#")):
                continue
            words = {w.lower() for w in re.findall(r"[A-Za-zÅÄÖåäö]+", line)}
            assert not words & ENGLISH, f"{path.name}:{number}: {sorted(words & ENGLISH)}"


def test_the_same_scenario_ids_in_both_languages() -> None:
    def ids(language: str) -> list[str]:
        return sorted(
            tag for p in (FEATURES / language).glob("*.feature")
            for tag in re.findall(r"@SC-[A-Z]+-\d+", p.read_text(encoding="utf-8"))
        )  # fmt: skip

    assert ids("sv") == ids("en")
    assert len(ids("sv")) == len(set(ids("sv")))


class FakeDriver:
    """Refuses every command, so the context's policy on refusals can be seen."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def start(self, config: TenantConfig) -> None:
        pass

    def send(self, command: Any) -> Any:
        self.sent.append(command.name)
        return Accepted() if command.name == "login" else Rejection("nope", "refused here")

    def snapshot(self) -> dict[str, Any]:
        return {"state": "Idle"}


class Step:
    def __init__(self, name: str) -> None:
        self.name = name


class Node:
    def __init__(self) -> None:
        self.stash: dict[Any, Any] = {}


def context(next_step: str, language: str = "en") -> ScenarioContext:
    from agentstatus.steps.context import CURRENT_STEP

    steps_ = [Step('the agent chooses "RONA"'), Step(next_step)]
    node = Node()
    node.stash[CURRENT_STEP] = steps_[0]
    return ScenarioContext(FakeDriver(), language, steps=steps_, node=node)  # type: ignore[arg-type]


def test_a_refusal_fails_the_step_unless_the_next_step_expects_it() -> None:
    assert set(REGISTRY) >= REFUSAL_STEPS
    expected = context("the choice is refused")
    expected.send("choose_state", state="RONA")
    assert expected.last_refused

    unexpected = context('the status is "Idle"')
    with pytest.raises(pytest.fail.Exception, match="refused the command choose_state: nope"):
        unexpected.send("choose_state", state="RONA")

    swedish = context('är statusen "Inaktiv"', language="sv")
    with pytest.raises(pytest.fail.Exception, match="nekade kommandot choose_state: nope"):
        swedish.send("choose_state", state="RONA")


def test_configuration_after_the_desktop_started_fails() -> None:
    ctx = context("the choice is refused")
    ctx.send("login")
    with pytest.raises(pytest.fail.Exception, match="configured before"):
        ctx.configure(teams_presence_sync=True)
