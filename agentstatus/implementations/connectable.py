"""Which implementation to test, named by one ``KIND:ID`` string (after Bowtie's connectables).

The string is parsed once, at the edge, into a ``Connectable``; from then on the suite holds
a ``Connection`` that hands out one ``Driver`` per scenario. Kinds:

``reference:python``       the in-process reference model (the default);
``faux:ID``                the reference with one rule broken on purpose (``faux.py``);
``python:MODULE:FACTORY``  any importable callable that returns a driver;
``exec:COMMAND``           any program that speaks the JSON-lines protocol on stdin/stdout;

and every kind an installed package adds through the entry-point group
``agentstatus.implementations`` (or a conftest through ``register_kind``).
"""

from __future__ import annotations

import importlib
import shlex
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any

from agentstatus.contract.driver import Driver, ImplementationInfo

Tick = Callable[[float], Any]
#: ``factory(id, tick)``: a driver for one scenario; ``tick(seconds)`` moves the harness's
#: frozen clock, for in-process implementations that read ``time.time()`` (else ``None``).
Factory = Callable[[str, Tick | None], Driver]

DEFAULT = "reference:python"
ENTRY_POINT_GROUP = "agentstatus.implementations"


class ConnectableError(ValueError):
    """A ``KIND:ID`` string that names no implementation; the message says what would."""


@dataclass(frozen=True)
class ConnectOptions:
    """How the harness talks to an out-of-process implementation (``exec:``)."""

    #: Seconds to wait for each reply before the scenario is an error.
    timeout: float = 5.0
    #: Fresh processes after a broken one, before the remaining scenarios are errors at once.
    max_restarts: int = 5
    #: Check every protocol message, both ways, against its JSON Schema.
    validate: bool = False
    #: Seconds for the handshake's reply, which also waits for the program to start.
    startup_timeout: float = 30.0


class Connection:
    """One implementation for the length of a run: a driver per scenario, then ``close``.

    In-process kinds make a fresh driver each time; ``exec:`` keeps one program running
    across scenarios (``agentstatus.protocol.client``).
    """

    def __init__(self, factory: Callable[[Tick | None], Driver]) -> None:
        self._factory = factory

    def driver(self, tick: Tick | None = None) -> Driver:
        return self._factory(tick)

    def info(self) -> ImplementationInfo:
        trial = self.driver(None)
        try:
            return trial.info()
        finally:
            trial.close()

    def close(self) -> None:
        """Nothing to release for an in-process implementation."""


@dataclass(frozen=True)
class Kind:
    """One way of naming implementations; ``open`` connects to one of them."""

    name: str
    form: str
    summary: str
    open: Callable[[str, ConnectOptions], Connection]
    #: The ids this kind knows by name, for ``agentstatus implementations``.
    known_ids: Callable[[], list[str]] = field(default=lambda: [])


def _in_process(factory: Factory) -> Callable[[str, ConnectOptions], Connection]:
    def open_(ident: str, options: ConnectOptions) -> Connection:
        return Connection(lambda tick: factory(ident, tick))

    return open_


def _reference(ident: str, tick: Tick | None) -> Driver:
    """``reference:python``, or with readings other than the suite's default:
    ``reference:python+INT-17=lenient+INT-9=routable``."""
    name, *chosen = ident.split("+")
    if name != "python":
        raise ConnectableError(f"the reference is 'reference:python', not 'reference:{ident}'")
    readings = {}
    for part in chosen:
        note, sep, reading = part.partition("=")
        if not sep:
            raise ConnectableError(
                f"'reference:{ident}': {part!r} is not NOTE=READING, e.g. INT-17=lenient"
            )
        readings[note] = reading
    from agentstatus.reference_impl.driver import ReferenceDriver
    from agentstatus.spec.readings import undeclarable

    problems = undeclarable(readings)
    if problems:
        raise ConnectableError(f"'reference:{ident}': {'; '.join(problems)}")
    return ReferenceDriver(tick, readings)


def _faux(ident: str, tick: Tick | None) -> Driver:
    from agentstatus.implementations.faux import connect

    return connect(ident, tick)


def _faux_ids() -> list[str]:
    from agentstatus.implementations.faux import FAUXES

    return sorted(FAUXES)


def _python(ident: str, tick: Tick | None) -> Driver:
    module_name, sep, attribute = ident.rpartition(":")
    if not sep or not module_name or not attribute:
        raise ConnectableError(
            f"'python:{ident}' names no factory; write python:MODULE:FACTORY, "
            "for example python:acme_desk.conformance:make_driver"
        )
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise ConnectableError(
            f"'python:{ident}': cannot import {module_name!r} ({error}); "
            "install it or put its folder on PYTHONPATH"
        ) from None
    factory = getattr(module, attribute, None)
    if not callable(factory):
        raise ConnectableError(
            f"'python:{ident}': {module_name} has no callable {attribute!r}; "
            "name a function or class that takes no arguments and returns a driver"
        )
    made = factory()
    if not isinstance(made, Driver):
        raise ConnectableError(
            f"'python:{ident}': {attribute}() returned {type(made).__name__}, which lacks the "
            "driver operations info, start, send, advance, snapshot and close (docs/contract.md)"
        )
    return made


def _exec(command: str, options: ConnectOptions) -> Connection:
    from agentstatus.protocol.client import ProcessConnection

    try:
        argv = shlex.split(command)
    except ValueError as error:
        raise ConnectableError(
            f"'exec:{command}': {error}; quote the command as a shell would"
        ) from None
    if not argv:
        raise ConnectableError("'exec:' needs a command, for example 'exec:node desk.js'")
    return ProcessConnection(argv, options)


BUILT_IN: tuple[Kind, ...] = (
    Kind(
        "reference",
        "reference:python",
        "the reference model, in-process (the default); +INT-n=READING follows another "
        "reading of a contested note",
        _in_process(_reference),
        lambda: ["python"],
    ),
    Kind(
        "faux",
        "faux:ID",
        "the reference with one rule broken on purpose, to see the suite fail",
        _in_process(_faux),
        _faux_ids,
    ),
    Kind(
        "python",
        "python:MODULE:FACTORY",
        "an importable callable, taking no arguments, that returns a driver",
        _in_process(_python),
    ),
    Kind(
        "exec",
        "exec:COMMAND",
        "a program in any language speaking the JSON-lines protocol (docs/protocol.md)",
        _exec,
    ),
)

_REGISTERED: dict[str, Kind] = {}


def register_kind(kind: str, factory: Factory, summary: str = "registered in-process") -> None:
    """Add a kind from Python code that runs before the suite (a conftest or a plugin)."""
    _REGISTERED[kind] = Kind(kind, f"{kind}:ID", summary, _in_process(factory))


def _entry_point_kinds() -> Iterator[Kind]:
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        origin = entry.dist.name if entry.dist is not None else entry.value

        def open_(ident: str, options: ConnectOptions, entry: Any = entry) -> Connection:
            factory: Factory = entry.load()
            return Connection(lambda tick: factory(ident, tick))

        yield Kind(entry.name, f"{entry.name}:ID", f"from the installed package {origin}", open_)


def kinds() -> dict[str, Kind]:
    """Every kind available now: built in, then installed entry points, then registered."""
    found = {kind.name: kind for kind in BUILT_IN}
    for kind in _entry_point_kinds():
        found.setdefault(kind.name, kind)
    found.update(_REGISTERED)
    return found


def describe_kinds() -> str:
    """The forms and the available kinds, one per line, for errors and the listing."""
    lines = []
    for kind in kinds().values():
        ids = kind.known_ids()
        known = f" ({', '.join(f'{kind.name}:{i}' for i in ids)})" if ids else ""
        lines.append(f"  {kind.form:<24} {kind.summary}{known}")
    return "\n".join(lines)


@dataclass(frozen=True)
class Connectable:
    kind: str
    id: str

    @classmethod
    def parse(cls, text: str) -> Connectable:
        kind, sep, ident = text.partition(":")
        if not sep or not kind or not ident.strip():
            raise ConnectableError(
                f"{text!r} is not a 'KIND:ID' string; the forms are:\n{describe_kinds()}"
            )
        if kind not in kinds():
            raise ConnectableError(
                f"unknown implementation kind {kind!r} in {text!r}; the forms are:\n"
                f"{describe_kinds()}"
            )
        return cls(kind, ident)

    def open(self, options: ConnectOptions | None = None) -> Connection:
        """Connect for a run; in-process kinds check the id here (a ``ConnectableError``)."""
        return kinds()[self.kind].open(self.id, options or ConnectOptions())

    def connect(self, tick: Tick | None = None) -> Driver:
        """A single driver, for a quick look; a run uses ``open`` and one connection."""
        return self.open().driver(tick)

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"
