"""Which implementation to test, named by one ``kind:id`` string (after Bowtie's connectables).

The string is parsed once, at the edge, into a ``Connectable``; from then on the suite only
holds the ``Driver`` it connects to. Kinds: ``reference:python`` (the in-process reference) and
``faux:<name>`` (deliberately broken variants of it, ``agentstatus.fauxmplementations``);
more kinds (a JSON-lines process) plug in here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from agentstatus.contract.driver import Driver

Tick = Callable[[float], Any]
Factory = Callable[[str, Tick | None], Driver]

DEFAULT = "reference:python"


class ConnectableError(ValueError):
    """A ``kind:id`` string that names no implementation; the message says what would."""


def _reference(ident: str, tick: Tick | None) -> Driver:
    if ident != "python":
        raise ConnectableError(f"the reference is 'reference:python', not 'reference:{ident}'")
    from reference_impl.driver import ReferenceDriver

    return ReferenceDriver(tick)


def _faux(ident: str, tick: Tick | None) -> Driver:
    from agentstatus.fauxmplementations import connect

    return connect(ident, tick)


KINDS: dict[str, Factory] = {"reference": _reference, "faux": _faux}


def register_kind(kind: str, factory: Factory) -> None:
    KINDS[kind] = factory


@dataclass(frozen=True)
class Connectable:
    kind: str
    id: str

    @classmethod
    def parse(cls, text: str) -> Connectable:
        kind, sep, ident = text.partition(":")
        if not sep or not kind or not ident:
            raise ConnectableError(f"{text!r} is not a 'kind:id' string; for example {DEFAULT!r}")
        if kind not in KINDS:
            raise ConnectableError(
                f"unknown implementation kind {kind!r} in {text!r}; known kinds: {sorted(KINDS)}"
            )
        return cls(kind, ident)

    def connect(self, tick: Tick | None = None) -> Driver:
        """A driver for one implementation; ``tick`` moves the harness's frozen clock."""
        return KINDS[self.kind](self.id, tick)

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"
