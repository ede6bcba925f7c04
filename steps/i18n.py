"""Step messages go through the same gettext catalogs as the reports.

Sentences are written in English in the code (the msgid) and marked with ``N_`` where they sit
in a table, so ``pybabel extract`` finds them; ``gettext_for`` turns them into the feature's
language at the moment a step fails.
"""

from __future__ import annotations

from collections.abc import Callable

from agentstatus.reports.i18n import N_, translations

__all__ = ["N_", "gettext_for"]


def gettext_for(language: str) -> Callable[[str], str]:
    return translations(language).gettext
