"""Locale-aware formats for numbers, percentages, durations and timestamps (Babel).

Formatting thousands of durations with ``babel.units.format_unit`` costs tens of
microseconds each; the unit patterns are therefore resolved once per locale and applied
with Babel's compiled number patterns.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import format_datetime
from babel.numbers import NumberPattern, parse_pattern
from babel.units import format_unit


class TimeZoneError(ValueError):
    """A time-zone name the tz database does not know."""


def time_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise TimeZoneError(
            f"unknown time zone {name!r}; use a tz database name such as UTC or Europe/Stockholm"
        ) from None


def _unit_pattern(unit: str, locale: Locale) -> str:
    pattern = format_unit(2, unit, length="short", locale=locale).replace("2", "{0}", 1)
    # A number and its unit must not be split over two lines in a table cell.
    return pattern.replace("{0} ", "{0}\u00a0").replace(" {0}", "\u00a0{0}")


class Formats:
    """Every number a report shows goes through one of these methods."""

    def __init__(self, locale: Locale, zone: ZoneInfo) -> None:
        self.locale = locale
        self.zone = zone
        self._integer: NumberPattern = parse_pattern("#,##0")
        self._two: NumberPattern = parse_pattern("#,##0.00")
        percent = str(locale.percent_formats[None].pattern).split(";")[0]
        self._percent: NumberPattern = parse_pattern(percent.replace("#,##0", "#,##0.0", 1))
        self._seconds = _unit_pattern("duration-second", locale)
        self._milliseconds = _unit_pattern("duration-millisecond", locale)
        self._minutes = _unit_pattern("duration-minute", locale)
        self._hours = _unit_pattern("duration-hour", locale)

    def number(self, value: int | float) -> str:
        return str(self._integer.apply(value, self.locale))

    def percent(self, part: int, whole: int) -> str:
        return str(self._percent.apply(part / whole if whole else 0, self.locale))

    def duration(self, seconds: float) -> str:
        """12 ms · 1.25 s · 3 min 12 s · 2 h 5 min, each in the locale's words."""
        if seconds < 1:
            return self._milliseconds.format(self._integer.apply(seconds * 1000, self.locale))
        if seconds < 60:
            return self._seconds.format(self._two.apply(seconds, self.locale))
        whole = int(seconds)
        if whole < 3600:
            return " ".join(
                (
                    self._minutes.format(self._integer.apply(whole // 60, self.locale)),
                    self._seconds.format(self._integer.apply(whole % 60, self.locale)),
                )
            )
        return " ".join(
            (
                self._hours.format(self._integer.apply(whole // 3600, self.locale)),
                self._minutes.format(self._integer.apply(whole % 3600 // 60, self.locale)),
            )
        )

    def timestamp(self, iso: str) -> str:
        """A UTC ISO timestamp from the results, shown in the chosen zone and locale."""
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        return format_datetime(moment, "medium", tzinfo=self.zone, locale=self.locale) + (
            f" ({self.zone.key})"
        )
