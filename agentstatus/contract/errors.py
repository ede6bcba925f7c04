"""Structured rejections: a stable code a program can match and a message a person can act on."""

from __future__ import annotations

import reprlib
from dataclasses import dataclass
from typing import Any

#: Messages quote the offending value; a megabyte string or a deeply nested list must not
#: turn one readable line into a wall of text.
_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 60
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxdict = _SHORT.maxset = 6
_SHORT.maxlevel = 3


def shown(value: Any) -> str:
    """``value`` as a message quotes it: its ``repr``, shortened when long.

    Never raises: a message about bad data must not itself fail on that data (an integer
    of 5,000 digits has no ``repr`` in Python 3.11, an object's ``__repr__`` may raise).
    """
    try:
        return _SHORT.repr(value)
    except Exception:
        return f"<{type(value).__name__} that cannot be shown>"


@dataclass(frozen=True)
class Rejection:
    """An invalid command was refused; the desktop is exactly as it was before it."""

    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"ok": False, "error": {"code": self.code, "message": self.message}}


class ContractError(Exception):
    """Raised for bad input to the contract itself (a bad configuration, a malformed command)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message

    def as_rejection(self) -> Rejection:
        return Rejection(self.code, self.message)
