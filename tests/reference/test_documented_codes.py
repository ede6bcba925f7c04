"""Every rejection code the reference can give is documented, and the other way round."""

from __future__ import annotations

import re
from pathlib import Path

from tests.contract.test_docs import documented_codes
from tests.stateful.test_desktop_machine import REJECTION_CODES

SOURCE = Path(__file__).resolve().parents[2] / "reference_impl"
#: Codes of guards that only choose between rows of a table and never refuse.
NEVER_REFUSES = {"internal"}


def reference_codes() -> set[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in SOURCE.glob("*.py"))
    given = re.findall(r'Rejection\(\s*"([a-z_]+)"', text)
    guarded = re.findall(r'Guard\(\s*"[^"]+",\s*lambda[^\n]+\n\s*"([a-z_]+)"', text)
    return set(given) | set(guarded) | {"not_allowed_in_state"}  # the table's own refusal


def test_the_reference_gives_exactly_the_documented_codes() -> None:
    codes = reference_codes() - NEVER_REFUSES
    assert len(codes) > 10
    assert codes == documented_codes()


def test_the_state_machine_knows_the_same_codes() -> None:
    assert documented_codes() == REJECTION_CODES
