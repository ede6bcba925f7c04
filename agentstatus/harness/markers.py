"""Every Gherkin tag of the feature files, registered as a pytest marker.

pytest-bdd turns each tag into a marker, and the suite runs with ``--strict-markers`` so a
misspelt marker in Python code fails. Registering the tags found in the features keeps that
check on while letting the specification use any scenario, requirement or note tag; whether a
tag is a *known* one is the spec lint's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from agentstatus import paths

FEATURES = paths.FEATURES
_TAG = re.compile(r"(?<!\S)@(\S+)")


def tags_in(lines: Iterable[str]) -> set[str]:
    """Tags on tag lines (lines that start with ``@``), ignoring trailing comments."""
    found: set[str] = set()
    for line in lines:
        text = line.strip()
        if not text.startswith("@"):
            continue
        found.update(_TAG.findall(text.split(" #", 1)[0]))
    return found


def feature_tags(root: Path = FEATURES) -> set[str]:
    found: set[str] = set()
    for path in sorted(root.rglob("*.feature")):
        found |= tags_in(path.read_text(encoding="utf-8").splitlines())
    return found


def configure(config: pytest.Config) -> None:
    for tag in sorted(feature_tags()):
        config.addinivalue_line("markers", f"{tag}: a tag of the feature files")
