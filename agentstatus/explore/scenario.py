"""The scenario a counterexample becomes: tags, a title, and its text in both languages.

``block`` is what to paste into a feature of the suite (every feature has the Background
"the tenant with the default values", so the block has none); ``feature`` is a file of its
own, with its language line, Feature and Background, that runs as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from agentstatus.explore.command import REFUSABLE, Meaning
from agentstatus.explore.gherkin import KEYWORDS, LANGUAGES, Line, background, render_steps
from agentstatus.explore.lockstep import Divergence
from agentstatus.explore.tags import tags

#: What a divergence is about, per language: by the first Then step that fails on the
#: implementation (Swedish without a word the Swedish features may not contain).
SUBJECTS: Mapping[str, tuple[str, str]] = {
    "status_is": ("the status", "statusen"),
    "label_is": ("the label", "etiketten"),
    "icon_is": ("the icon", "ikonen"),
    "state_timer_shows": ("the state timer", "statustimern"),
    "no_state_timer": ("the state timer", "statustimern"),
    "channel_routed": ("the routing of requests", "dirigeringen av förfrågningar"),
    "every_channel_routed": ("the routing of requests", "dirigeringen av förfrågningar"),
    "nothing_routed": ("the routing of requests", "dirigeringen av förfrågningar"),
    "request_waiting": ("a pending request", "en väntande begäran"),
    "request_returned": ("a pending request", "en väntande begäran"),
    "accept_button_flashing": ("the flashing accept button", "den blinkande godkännandeknappen"),
    "interaction_state_is": ("the interaction control pane", "interaktionskontrollpanelen"),
    "timer_beside_state": ("the interaction control pane", "interaktionskontrollpanelen"),
    "connected_timer_shows": ("the connected timer", "den anslutna timern"),
    "left_task_list": ("the task list", "uppgiftslistan"),
    "history_total": ("the interaction history", "historiken"),
    "history_consult_time": ("the interaction history", "historiken"),
    "rona_popover_offers": ("the RONA popover", "popup-fönstret för OVIS"),
    "no_rona_popover": ("the RONA popover", "popup-fönstret för OVIS"),
    "rona_toaster_shown": ("the RONA toaster", "aviseringen om OVIS"),
    "no_rona_toaster": ("the RONA toaster", "aviseringen om OVIS"),
    "teams_presence_is": ("the Teams presence", "Teams-närvaron"),
    "no_teams_presence": ("the Teams presence", "Teams-närvaron"),
    "supervisor_sees_monitoring": ("the monitoring status", "övervakningsstatusen"),
    "supervisor_sees_no_monitoring": ("the monitoring status", "övervakningsstatusen"),
    "command_is_refused": ("a refusal", "ett nekande"),
}
FEATURE_TITLE = {"en": "Found by exploration", "sv": "Hittat vid utforskning"}
FEATURE_TEXT = {
    "en": "A divergence from the reference that `agentstatus explore` found and shrank.",
    "sv": "En avvikelse från referensen som `agentstatus explore` hittade och krympte.",
}


def lines_of(divergence: Divergence) -> list[Line]:
    """The scenario's steps: the tenant's Givens, each step as a When (a refusal the
    reference made followed by its Then), and the Thens that show the divergence."""
    found = [Line("given", given) for given in divergence.tenant.givens]
    last = len(divergence.steps) - 1
    for index, step in enumerate(divergence.steps):
        diverging = index == last and divergence.kind != "snapshot"
        if step.command is None:
            if step.meaning.get("seconds") or (diverging and divergence.kind == "error"):
                found.append(Line("when", step.meaning))
            continue
        if not step.refused:
            found.append(Line("when", step.meaning))
            continue
        name = step.command["command"]
        if name in REFUSABLE:
            found.append(Line("when", step.meaning))
            if not diverging:  # the divergence's own Thens begin with the refusal
                found.append(Line("then", Meaning.of("command_is_refused", thing=name)))
        elif diverging:
            found.append(Line("when", step.meaning))
        # else: refused on both sides and no step can say so; it changed nothing
    found += [Line("then", meaning) for meaning in divergence.then]
    return found


def title(divergence: Divergence, language: str) -> str:
    sv = language == "sv"
    if divergence.kind == "error":
        return (
            "Implementationen misslyckas där referensen lyckas"
            if sv
            else "The implementation fails where the reference does not"
        )
    if divergence.kind == "result" and not divergence.wrong:
        return (
            "Implementationen nekar ett kommando som referensen utför"
            if sv
            else "The implementation refuses a command the reference carries out"
        )
    first = divergence.wrong[0].step if divergence.wrong else "status_is"
    english, swedish = SUBJECTS.get(first, SUBJECTS["status_is"])
    if sv:
        return f"{swedish[0].upper()}{swedish[1:]} avviker från referensen"
    return f"{english[0].upper()}{english[1:]} differs from the reference"


@dataclass(frozen=True)
class Scenario:
    tags: tuple[str, ...]
    lines: tuple[Line, ...]
    titles: Mapping[str, str]

    @classmethod
    def of(cls, divergence: Divergence, readings: Mapping[str, str]) -> Scenario:
        lines = tuple(lines_of(divergence))
        return cls(
            tuple(tags(divergence, lines, readings)),
            lines,
            {language: title(divergence, language) for language in LANGUAGES},
        )

    def steps(self, language: str) -> list[tuple[str, str]]:
        return render_steps(self.lines, language)

    def texts(self, language: str) -> list[str]:
        """The step texts as pytest-bdd runs them: the Background's, then the scenario's."""
        given = KEYWORDS[language]["given"]
        return [
            background(language).removeprefix(f"{given} "),
            *(text for _, text in self.steps(language)),
        ]

    def block(self, language: str, indent: str = "  ") -> str:
        """The scenario as it is pasted into a feature of the suite."""
        words = KEYWORDS[language]
        out = [
            f"{indent}{' '.join('@' + tag for tag in self.tags)}",
            f"{indent}{words['scenario']}: {self.titles[language]}",
            *(f"{indent}  {keyword} {text}" for keyword, text in self.steps(language)),
        ]
        return "\n".join(out) + "\n"

    def feature(self, language: str, comments: Sequence[str] = ()) -> str:
        """A feature file of its own that runs as it is."""
        words = KEYWORDS[language]
        head = ["# language: sv"] if language == "sv" else []
        out = [
            *head,
            *(f"# {comment}" for comment in comments),
            f"{words['feature']}: {FEATURE_TITLE[language]}",
            f"  {FEATURE_TEXT[language]}",
            "",
            f"  {words['background']}:",
            f"    {background(language)}",
            "",
            self.block(language).rstrip("\n"),
        ]
        return "\n".join(out) + "\n"
