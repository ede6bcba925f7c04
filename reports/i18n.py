"""Languages and locales of the reports: gettext catalogs and Babel formats.

Text comes from the gettext catalogs in ``locales/`` (Swedish and English); numbers, dates,
durations and percentages follow the Babel locale. Any valid locale may be asked for: a
Swedish one gets Swedish text, every other one English text with its own formats.

Compiled catalogs (``.mo``) are not kept in version control; they are built here from the
``.po`` files the first time they are needed, and again whenever a ``.po`` is newer.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from agentstatus import paths

LOCALES = paths.LOCALES
DOMAIN = "messages"

#: Languages the reports are written in; every other locale reads English.
TEXT_LANGUAGES = ("sv", "en")


def N_(message: str) -> str:
    """Mark a message for extraction; it is translated where it is shown."""
    return message


class LocaleError(ValueError):
    """A locale Babel does not know; the message says what would work."""


@dataclass(frozen=True)
class ReportLocale:
    """What a report is rendered in: the text language and the formatting locale."""

    tag: str
    locale: Locale
    text_language: str

    @property
    def html_lang(self) -> str:
        """The ``lang`` attribute: the language the text is in, with the region if it matches."""
        if self.locale.language == self.text_language and self.locale.territory:
            return f"{self.text_language}-{self.locale.territory}"
        return self.text_language


#: A locale identifier: letters and digits, parts joined by ``_`` or ``-``. Babel reads more
#: (``sv.UTF-8``, ``sv@euro``), but the tag names the report files, so it is never a path.
_LOCALE_TAG = re.compile(r"[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*")


def resolve(tag: str) -> ReportLocale:
    """``sv``, ``en``, ``de_DE``, ``pt-BR`` ... → the report's locale; unknown → ``LocaleError``."""
    cleaned = tag.strip()
    if not _LOCALE_TAG.fullmatch(cleaned):
        raise LocaleError(
            f"{tag!r} is not a locale identifier (letters, digits, _ and - only); "
            "use sv or en, or a locale such as en_GB or de_DE"
        )
    try:
        locale = Locale.parse(cleaned.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise LocaleError(
            f"unknown locale {tag!r}; use sv or en, or a locale such as en_GB or de_DE"
        ) from None
    text = locale.language if locale.language in TEXT_LANGUAGES else "en"
    return ReportLocale(cleaned, locale, text)


def ensure_compiled(locales: Path = LOCALES) -> list[Path]:
    """Compile every ``.po`` whose ``.mo`` is missing or older; return the compiled ones.

    Writing goes through a temporary file and a rename, so parallel test workers never read
    half a catalog. A read-only checkout falls back to catalogs compiled in memory.
    """
    compiled = []
    for po in sorted(locales.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        try:
            fd, temporary = tempfile.mkstemp(prefix=".messages-", suffix=".mo", dir=po.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(_compile(po))
            os.chmod(temporary, 0o644)  # readable like any file of the checkout
            os.replace(temporary, mo)
        except OSError:
            continue  # translations() compiles in memory instead
        compiled.append(mo)
    return compiled


def _compile(po: Path) -> bytes:
    with po.open("rb") as handle:
        catalog = read_po(handle, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


@cache
def translations(text_language: str) -> Translations:
    """The gettext catalog for ``sv`` or ``en``, compiled first if needed."""
    ensure_compiled()
    po = LOCALES / text_language / "LC_MESSAGES" / f"{DOMAIN}.po"
    mo = po.with_suffix(".mo")
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return Translations(handle, domain=DOMAIN)
    if po.exists():
        return Translations(io.BytesIO(_compile(po)), domain=DOMAIN)
    raise LocaleError(f"no catalog for {text_language!r} in {LOCALES}")
