"""Structured rejections: a stable code a program can match and a message a person can act on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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
