"""What the explorer says: on the terminal, in Swedish or English, and in the report folder.

The terminal gets the verdict, the divergence and the scenario in both languages, ready to
paste; the folder gets ``explore.sv.feature`` and ``explore.en.feature`` (feature files of
their own that run as they are) and ``explore.json``. The folder keeps only the latest
exploration's files: a run that finds nothing removes the scenario files an earlier run
left, and touches nothing else in the folder.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from agentstatus.explore.api import Exploration, to_json
from agentstatus.explore.gherkin import LANGUAGES

FEATURE_FILES: Mapping[str, str] = {"sv": "explore.sv.feature", "en": "explore.en.feature"}
JSON_FILE = "explore.json"

MESSAGES: Mapping[str, Mapping[str, str]] = {
    "en": {
        "heading": "agentstatus explore: {implementation} against {reference}",
        "budget": "seed {seed}; up to {examples} examples of up to {steps} rules each",
        "none": "No divergence in {examples} examples ({steps} steps, {seconds:.1f} s).",
        "found": (
            "Divergence after {examples} example{examples_s} ({steps} step{steps_s}); "
            "shrunk to {count} step{count_s} ({total} examples, {seconds:.1f} s in all):"
        ),
        "checked": (
            "Checked: played in-process, the scenario passes on the reference and fails on "
            "the implementation, in both languages."
        ),
        "unchecked": (
            "Warning: played in-process, the scenario did not pass on the reference and fail "
            "on the implementation: reference {reference}; implementation {implementation}"
        ),
        "paste": "{language}, to paste into a feature of features/{code}/:",
        "sv": "Swedish",
        "en": "English",
        "note": "Note: {note}",
        "steps": "The steps (reference / implementation):",
        "advance": "{seconds} s pass",
        "written": "Written: {files}",
        "found_by": "Found by: agentstatus explore --implementation {implementation} --seed {seed}",
    },
    "sv": {
        "heading": "agentstatus explore: {implementation} mot {reference}",
        "budget": "frö {seed}; upp till {examples} exempel med upp till {steps} regler vardera",
        "none": "Ingen avvikelse på {examples} exempel ({steps} steg, {seconds:.1f} s).",
        "found": (
            "Avvikelse efter {examples} exempel ({steps} steg); krympt till {count} steg "
            "({total} exempel, {seconds:.1f} s totalt):"
        ),
        "checked": (
            "Kontrollerat: körd i processen går scenariot igenom på referensen och "
            "misslyckas på implementationen, på båda språken."
        ),
        "unchecked": (
            "Varning: körd i processen gick scenariot inte igenom på referensen och "
            "misslyckades inte på implementationen: referensen {reference}; "
            "implementationen {implementation}"
        ),
        "paste": "{language}, att klistra in i en egenskapsfil i features/{code}/:",
        "sv": "Svenska",
        "en": "Engelska",
        "note": "Obs: {note}",
        "steps": "Stegen (referensen / implementationen):",
        "advance": "{seconds} s passerar",
        "written": "Skrivet: {files}",
        "found_by": (
            "Hittat av: agentstatus explore --implementation {implementation} --seed {seed}"
        ),
    },
}


def _write(path: Path, text: str) -> None:
    """Write whole or not at all: a reader never sees half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write(exploration: Exploration, folder: Path) -> list[Path]:
    """Write the exploration's files into ``folder``; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    scenario = exploration.scenario
    for language in LANGUAGES:
        path = folder / FEATURE_FILES[language]
        if scenario is None:
            path.unlink(missing_ok=True)
            continue
        comment = MESSAGES[language]["found_by"].format(
            implementation=exploration.implementation, seed=exploration.budget.seed
        )
        _write(path, scenario.feature(language, [comment]))
        written.append(path)
    files = {language: FEATURE_FILES[language] for language in LANGUAGES} if scenario else {}
    data = to_json(exploration, files)
    _write(folder / JSON_FILE, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    written.append(folder / JSON_FILE)
    return written


def _s(count: int) -> str:
    """The English plural ending (Swedish "exempel" and "steg" need none)."""
    return "" if count == 1 else "s"


def render(exploration: Exploration, language: str, written: list[Path] | None = None) -> str:
    """The terminal text, in ``language``; both scenarios, that language's first."""
    say = MESSAGES[language]
    budget = exploration.budget
    out = [
        say["heading"].format(
            implementation=exploration.implementation, reference=exploration.reference
        ),
        say["budget"].format(seed=budget.seed, examples=budget.examples, steps=budget.steps),
    ]
    found = exploration.divergence
    if found is None:
        out.append(
            say["none"].format(
                examples=exploration.examples,
                steps=exploration.steps,
                seconds=exploration.seconds,
            )
        )
    else:
        first = exploration.first_found or (exploration.examples, exploration.steps)
        out.append(
            say["found"].format(
                examples=first[0],
                examples_s=_s(first[0]),
                steps=first[1],
                steps_s=_s(first[1]),
                count=len(found.steps),
                count_s=_s(len(found.steps)),
                total=exploration.examples,
                seconds=exploration.seconds,
            )
        )
        out.append(f"  {found.message}")
    confirmation = exploration.confirmation
    if confirmation is not None:
        if confirmation.holds:
            out.append(say["checked"])
        else:
            out.append(
                say["unchecked"].format(
                    reference="; ".join(f"{k}: {v}" for k, v in confirmation.reference.items()),
                    implementation="; ".join(
                        f"{k}: {v}" for k, v in confirmation.implementation.items()
                    ),
                )
            )
    out += [say["note"].format(note=note) for note in exploration.notes]
    scenario = exploration.scenario
    if found is not None and scenario is None:  # no scenario can show it: the bare steps
        out.append(say["steps"])
        for number, step in enumerate(found.steps, 1):
            if step.command is None:
                out.append(
                    f"  {number}. {say['advance'].format(seconds=step.meaning.get('seconds'))}"
                )
            else:
                out.append(
                    f"  {number}. {json.dumps(step.command)}: "
                    f"{step.reference} / {step.implementation}"
                )
    if scenario is not None:
        for code in sorted(LANGUAGES, key=lambda c: c != language):
            out += ["", say["paste"].format(language=say[code], code=code)]
            out.append(scenario.block(code).rstrip("\n"))
    if written:
        out += ["", say["written"].format(files=", ".join(str(p) for p in written))]
    return "\n".join(out)
