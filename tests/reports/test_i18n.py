"""The catalogs are complete, match what the code and templates use, and compile on demand."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from babel.support import Translations

from agentstatus.reports import i18n
from agentstatus.reports.formats import Formats, TimeZoneError, time_zone

ROOT = Path(__file__).resolve().parents[2]
NBSP, NNBSP = "\u00a0", "\u202f"


def extracted() -> set[str | tuple[str, str]]:
    """Every message the templates and report code use, extracted as ``pybabel`` does."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle, str(ROOT / "babel.cfg"))
    messages: set[str | tuple[str, str]] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map
    ):
        messages.add(message if isinstance(message, str) else (message[0], message[1]))
    return messages


def catalog(language: str) -> dict[object, object]:
    path = ROOT / "locales" / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        po = read_po(handle)
    return {m.id: m for m in po if m.id}


def test_every_used_message_is_in_the_catalogs_and_nothing_else() -> None:
    used = extracted()
    assert len(used) > 50
    for language in ("sv", "en"):
        known = set(catalog(language))
        assert used - known == set(), f"missing in {language}: run pybabel extract/update"
        assert known - used == set(), f"obsolete in {language}: run pybabel update"


def test_every_swedish_message_is_translated_and_not_fuzzy() -> None:
    for message in catalog("sv").values():
        assert not message.fuzzy, f"fuzzy: {message.id!r}"  # type: ignore[attr-defined]
        strings = message.string  # type: ignore[attr-defined]
        values = strings if isinstance(strings, tuple) else (strings,)
        assert all(value.strip() for value in values), f"untranslated: {message.id!r}"  # type: ignore[attr-defined]


def test_compiled_catalogs_are_built_when_missing_or_older(tmp_path: Path) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", locales, ignore=shutil.ignore_patterns("*.mo"))
    mo = locales / "sv" / "LC_MESSAGES" / "messages.mo"
    assert i18n.ensure_compiled(locales) == sorted(locales.glob("*/LC_MESSAGES/messages.mo"))
    with mo.open("rb") as handle:
        assert Translations(handle).gettext("Failures") == "Fel och underkännanden"
    assert i18n.ensure_compiled(locales) == []  # up to date: nothing to do
    po = mo.with_suffix(".po")
    later = mo.stat().st_mtime + 10
    os.utime(po, (later, later))
    assert i18n.ensure_compiled(locales) == [mo]


def test_swedish_english_and_other_locales() -> None:
    assert i18n.resolve("sv").text_language == "sv"
    assert i18n.resolve("sv_FI").text_language == "sv"
    german = i18n.resolve("de-DE")
    assert (german.text_language, german.html_lang, str(german.locale)) == ("en", "en", "de_DE")
    assert i18n.resolve("en_GB").html_lang == "en-GB"
    with pytest.raises(i18n.LocaleError, match="unknown locale 'xx_QQ'"):
        i18n.resolve("xx_QQ")


def test_numbers_percentages_durations_and_times_follow_the_locale() -> None:
    stockholm = time_zone("Europe/Stockholm")
    sv = Formats(i18n.resolve("sv").locale, stockholm)
    en = Formats(i18n.resolve("en").locale, stockholm)
    de = Formats(i18n.resolve("de_DE").locale, stockholm)
    assert sv.number(1234567) == f"1{NBSP}234{NBSP}567"
    assert en.number(1234567) == "1,234,567"
    assert de.number(1234567) == "1.234.567"
    assert sv.percent(1, 8) == f"12,5{NBSP}%"
    assert en.percent(1, 8) == "12.5%"
    assert sv.duration(1.25) == f"1,25{NBSP}s"
    assert en.duration(0.0123) == f"12{NBSP}ms"
    assert sv.duration(192.4) == f"3{NBSP}min 12{NBSP}s"
    moment = datetime(2026, 1, 5, 8, 0, tzinfo=UTC).isoformat().replace("+00:00", "Z")
    assert sv.timestamp(moment) == "5 jan. 2026 09:00:00 (Europe/Stockholm)"
    assert en.timestamp(moment).startswith(f"Jan 5, 2026, 9:00:00{NNBSP}AM")
    with pytest.raises(TimeZoneError, match="Mars/Olympus"):
        time_zone("Mars/Olympus")
