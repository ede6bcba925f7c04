"""The one vocabulary: synonyms, both languages for every row, and loud typos."""

from __future__ import annotations

import pytest

from agentstatus.steps.vocabulary import KINDS, VOCABULARY, UnknownWord, canonical, word_for


def test_the_seeds_three_swedish_words_for_idle_are_one_status() -> None:
    for word in ("Inaktiv", "Passiv", "Viloläge", "viloläge"):
        assert canonical("status", word, "sv") == "Idle:idle"
    assert canonical("status", "OVIS", "sv") == canonical("status", "RONA", "sv") == "RONA"


def test_every_row_has_swedish_and_english_words_of_a_known_kind() -> None:
    for row in VOCABULARY:
        assert row.kind in KINDS
        assert row.sv and row.en, row


def test_a_typo_names_the_word_and_the_known_words_in_the_features_language() -> None:
    with pytest.raises(UnknownWord) as raised:
        canonical("status", "Tillgängligg", "sv")
    message = str(raised.value)
    assert '"Tillgängligg"' in message and '"Tillgänglig"' in message and "Okänt ord" in message
    with pytest.raises(UnknownWord, match=r'known words: .*"Available"'):
        canonical("status", "Avaliable", "en")


def test_a_word_of_one_language_is_unknown_in_the_other() -> None:
    with pytest.raises(UnknownWord):
        canonical("status", "Available", "sv")


def test_messages_use_the_first_word_of_a_row() -> None:
    assert word_for("interaction_state", "wrap_up", "sv") == "Avslut"
    assert word_for("interaction_state", "wrap_up", "en") == "Wrap-Up"
    assert word_for("status", "Idle:unknown_reason", "en") == "Idle:unknown_reason"


def test_a_typo_in_a_step_names_the_feature_file_and_line() -> None:
    from types import SimpleNamespace
    from typing import Any, cast

    from agentstatus.steps.context import CURRENT_STEP, FEATURE_PATH, ScenarioContext

    node = SimpleNamespace(stash=pytest.Stash())
    node.stash[FEATURE_PATH] = "features/sv/rona.feature"
    node.stash[CURRENT_STEP] = SimpleNamespace(line_number=14)
    context = ScenarioContext(driver=cast(Any, None), language="sv", node=node)
    with pytest.raises(pytest.fail.Exception) as failed:
        context.word("channel", "faxsamtal")
    assert str(failed.value).startswith('features/sv/rona.feature:14: Okänt ord "faxsamtal"')
