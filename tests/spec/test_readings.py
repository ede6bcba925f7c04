"""Contested readings: the catalogue, the tags, what an implementation may declare, and when
a scenario applies — on a small catalogue of its own, so the rules are tested whatever the
suite's readings are today."""

from __future__ import annotations

from pathlib import Path

import pytest

from agentstatus.spec import readings
from agentstatus.spec.applicability import not_applicable_because

CATALOGUE = """\
version: 1
readings:
  INT-17:
    default: strict
    alternatives:
      strict: {en: "refused in RONA", sv: "nekas i OVIS"}
      lenient: {en: "allowed in RONA", sv: "tillåts i OVIS"}
"""


@pytest.fixture
def known(tmp_path: Path) -> dict[str, readings.Contested]:
    (tmp_path / "readings.yaml").write_text(CATALOGUE, encoding="utf-8")
    return readings.load(tmp_path)


def test_the_catalogue_is_read_with_its_default(known: dict[str, readings.Contested]) -> None:
    assert known["INT-17"].default == "strict"
    assert set(known["INT-17"].alternatives) == {"strict", "lenient"}


def test_reading_tags_group_by_note() -> None:
    tags = ["@SC-AV-15", "reading-INT-17-strict", "@reading-INT-17-other", "needs-outdial"]
    assert readings.reading_tags(tags) == {"INT-17": {"strict", "other"}}


def test_undeclared_notes_follow_the_default(known: dict[str, readings.Contested]) -> None:
    assert readings.effective({}, known) == {"INT-17": "strict"}
    assert readings.effective({"INT-17": "lenient"}, known) == {"INT-17": "lenient"}


def test_only_known_readings_can_be_declared(known: dict[str, readings.Contested]) -> None:
    assert readings.undeclarable({"INT-17": "lenient"}, known) == []
    assert "no reading 'loose'" in readings.undeclarable({"INT-17": "loose"}, known)[0]
    assert "INT-4 has no contested readings" in readings.undeclarable({"INT-4": "x"}, known)[0]


def test_a_scenario_of_another_reading_does_not_apply(
    known: dict[str, readings.Contested],
) -> None:
    tags = ["SC-AV-30", "reading-INT-17-lenient"]
    assert readings.mismatched_readings(tags, {}, known) == [
        "INT-17: the scenario holds under lenient, the implementation follows strict"
    ]
    assert readings.mismatched_readings(tags, {"INT-17": "lenient"}, known) == []
    assert readings.mismatched_readings(["SC-AV-01"], {}, known) == []


def test_unknown_reading_tags_say_what_exists(known: dict[str, readings.Contested]) -> None:
    assert readings.unknown_reading("@reading-INT-17-strict", known) is None
    assert "its readings are lenient, strict" in str(
        readings.unknown_reading("@reading-INT-17-loose", known)
    )
    assert "INT-9 has no readings" in str(readings.unknown_reading("@reading-INT-9-x", known))
    assert "not a reading tag" in str(readings.unknown_reading("@reading-17", known))


def test_capabilities_and_readings_combine_into_one_reason() -> None:
    assert not_applicable_because(["SC-TS-01", "needs-outdial"], ["outdial"], {}) is None
    reason = not_applicable_because(["needs-outdial", "needs-teams_presence_sync"], [], {})
    assert reason == (
        "needs outdial, teams_presence_sync, which the implementation does not declare"
    )


def test_the_reference_follows_a_reading_on_request() -> None:
    from agentstatus.implementations import Connectable, ConnectableError

    with pytest.raises(ConnectableError, match="is not NOTE=READING"):
        Connectable.parse("reference:python+INT-17").connect()
    with pytest.raises(ConnectableError, match="INT-99 has no contested readings"):
        Connectable.parse("reference:python+INT-99=lenient").connect()
    plain = Connectable.parse("reference:python").connect()
    assert plain.info().readings == {}
