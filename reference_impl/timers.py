"""How the desktop writes a duration: ``MM:SS``, and ``HH:MM:SS`` from one hour on."""

from __future__ import annotations

import math


def format_timer(seconds: float) -> str:
    whole = max(0, math.floor(seconds + 1e-9))  # a timer shows completed seconds only
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours:02d}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def format_idle_timer(current: float, total: float) -> str:
    """The idle timer after an idle-to-idle switch: ``current/total`` (TM-3)."""
    return f"{format_timer(current)}/{format_timer(total)}"
