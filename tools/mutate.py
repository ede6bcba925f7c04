"""``python3 tools/mutate.py``: how much of the reference's behaviour the specification pins down.

Every scenario passing against the reference says little about the specification's strength:
a rule no scenario checks passes too. Mutation testing measures it. Each *mutant* is the
reference with one small change (``<`` becomes ``<=``, a condition is negated, a statement
removed, ...); the specification *kills* it when a scenario then fails. A mutant that survives
is a behaviour the scenarios do not check, or a change that makes no difference (an
*equivalent* mutant, listed with its reason in ``tools/mutation-equivalents.txt``). The score is
killed / (mutants - equivalent); the goal is 95 % by the English specification alone.

How a mutant is run: this tool never writes into the checkout. It copies the checkout into a
temporary folder once (``copy_checkout``: one version of the suite and of the reference for
the whole run, whatever else changes the checkout meanwhile), writes each mutated module
beside it, and runs ``python3 -c LOADER ...`` per mutant in the copy. The loader puts a
``MetaPathFinder`` at ``sys.meta_path[0]`` that serves ``agentstatus.reference_impl.<module>``
from those files (the one mutated, the others the copy's), runs pytest, and writes down
whether the served files were what got imported, and whether anything was imported from the
checkout rather than its copy: a run whose import hook was bypassed would count every mutant
as surviving, so that stops the run instead.

What is mutated, and what is not (not behaviour, or a change that only breaks an import):

- every module of ``reference_impl/`` but ``__init__.py`` (a docstring);
- not the printing of the tables for the docs: ``transitions.py``'s ``markdown()`` and
  ``table.py``'s ``rows()`` / ``to_markdown()``, nor any ``if __name__ == "__main__":`` block;
- not annotations, docstrings, decorators (``@dataclass(frozen=True)`` is a safety
  declaration, not a rule), f-strings (messages; the contract's refusal *codes* are
  plain strings, which are not mutated either), nor ``if TYPE_CHECKING:`` blocks;
- statements are removed only inside functions: removing a module- or class-level
  definition only makes the import fail, which says nothing about the specification;
- a condition that is a single ``==``/``!=``/``in``/``not in``/``is``/``is not`` comparison is not
  also negated (its comparison swap is exactly that negation), nor is a constant ``True``
  or ``False`` (its flip is); mutants whose source is identical are run once.

The operators: ``compare`` (``<``↔``<=``, ``>``↔``>=``, ``==``↔``!=``, ``in``↔``not in``,
``is``↔``is not``), ``arith`` (``+``↔``-``, ``*``↔``/``, ``//``→``/``, ``%``→``//``, also in
augmented assignments), ``number`` (±1 on an int or float, 0→1), ``negate`` (``if``, ``while``,
ternary and comprehension conditions, and ``~guard`` in the tables), ``logic`` (``and``↔``or``),
``boolean`` (``True``↔``False``), ``remove`` (an expression statement, assignment, augmented
assignment or ``del`` becomes ``pass``), ``return`` (``return x`` → ``return None``), ``loop``
(``break``↔``continue``), and for the declarative transition tables, whose rules are data
rather than code, ``union`` (one alternative dropped from an ``a | b | c`` union of states or
transitions) and ``guard`` (one guard dropped from a ``when=(...)`` tuple).

A mutant's id is ``module:line:column:operator:description`` (column 1-based, in characters),
stable as long as the module's source is.

Which implementation judges a mutant. The specification runs against ``reference:python``
first: the reference reading the wall clock (``clock.WallClock``) that the harness freezes
with freezegun, and following every contested reading's default. Two parts of the reference
are never reached that way, so a mutant that survives is run again (``run_mutant``'s
``reruns``, the ``Angle``s; ``--no-reruns`` skips them) until one of these kills it:

- against ``python:agentstatus.reference_impl.driver:ReferenceDriver`` (``MANUAL_CLOCK_KIND``):
  the same reference built without the harness's ``tick``, so it keeps a ``clock.ManualClock``
  of its own, as ``agentstatus serve`` and any stand-alone use of the driver do. Under the
  default kind no ManualClock is ever built, so its mutants (and those of the branch of
  ``ReferenceDriver.__init__`` that builds it) could only survive there; listing them as
  equivalent would hide a clock that the served reference really uses;
- under each alternative reading of ``features/readings.yaml`` (``alternative_readings``),
  against ``reference:python+<note>=<reading>``, with the scenarios tagged with that note
  (``-m INT-17``): those of that reading (``@reading-INT-17-lenient``) and those that hold
  under every reading of the note (no reading tag); the harness marks the default reading's
  scenarios not applicable. The branches only an alternative reading takes are thereby
  judged by the specification's alternative scenarios, as the readings test
  (``tests/readings``) judges the reference itself.

A mutant is killed when any of these runs fails; the report names the run that killed it
(``INT-17=lenient: test_...``). Every run must pass unmutated first, or the tool stops.
Only the specification is rerun: ``--tests`` runs its tests once, against what they choose.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import datetime
import functools
import json
import math
import os
import platform
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The import package the scenarios reach the reference through, and the folder it maps to
#: (``pyproject.toml``, ``[tool.setuptools.package-dir]``).
PACKAGE = "agentstatus.reference_impl"
SOURCE_DIR = ROOT / "reference_impl"
EQUIVALENTS = ROOT / "tools" / "mutation-equivalents.txt"
SPECS = {
    "en": "agentstatus/conformance/test_spec_en.py",
    "sv": "agentstatus/conformance/test_spec_sv.py",
}
#: Functions that only print (the docs' transition tables); their mutants are not behaviour.
NOT_BEHAVIOUR: dict[str, frozenset[str]] = {
    "transitions.py": frozenset({"markdown"}),
    "table.py": frozenset({"rows", "to_markdown"}),
}
#: Added to every run: stop at the first failure (a killed mutant costs little), no cache
#: written into the checkout, a fixed order, and no xdist (its workers would not have the
#: loader's import hook, so they would test the unmutated reference).
FIXED_PYTEST_ARGS = (
    "-x",
    "-q",
    "-p",
    "no:cacheprovider",
    "-p",
    "no:randomly",
    "-p",
    "no:hypothesispytest",
    "-p",
    "no:xdist",
)
DEFAULT_TIMEOUT = 60.0
#: The implementation the specification is run against first: the reference, reading the
#: wall clock that the harness freezes and moves.
DEFAULT_KIND = "reference:python"
#: The same reference built with no ``tick`` (``ReferenceDriver()``), so it keeps a
#: ``ManualClock`` of its own: how ``agentstatus serve`` and any stand-alone driver run it.
MANUAL_CLOCK_KIND = "python:agentstatus.reference_impl.driver:ReferenceDriver"
#: The contested readings: the suite's default and the alternatives of each note.
READINGS = ROOT / "features" / "readings.yaml"
#: What the runs read: a change in the checkout during a run is worth a note (``fingerprint``).
WATCHED = (
    "pyproject.toml",
    "conftest.py",
    "agentstatus",
    "reference_impl",
    "steps",
    "features",
    "reports",
    "locales",
)

#: Run as ``python3 -c LOADER SERVED STATUS ARGS [INSIDE]``: SERVED is a JSON object {module
#: name: file}, STATUS a file to write the outcome to, ARGS the JSON list of pytest's
#: arguments, INSIDE the folder (the copy of the checkout) every module of the project's
#: packages (``agentstatus``, ``tests``) must have been imported from.
#: Standard library only, and self-contained, so that nothing but the served files differs
#: from an ordinary ``python3 -m pytest`` run.
LOADER = '''\
import importlib.abc
import importlib.util
import json
import os
import sys

SERVED = json.loads(sys.argv[1])
STATUS = sys.argv[2]
ARGS = json.loads(sys.argv[3])
INSIDE = sys.argv[4] if len(sys.argv) > 4 else ""
# Each served module's package searches the served files' folders first, in SERVED's order.
FOLDERS = {}
for name, file in SERVED.items():
    folders = FOLDERS.setdefault(name.rpartition(".")[0], [])
    if os.path.dirname(file) not in folders:
        folders.append(os.path.dirname(file))


class ServeMutant(importlib.abc.MetaPathFinder):
    """Serves the listed modules from their files, ahead of every other finder.

    pytest then puts its assertion rewriter ahead of this, for every module of a
    distribution with a pytest plugin (all of agentstatus); it finds modules through
    their package's ``__path__``, so the package, found as usual, gets the served
    files' folders at the front of its ``__path__``: both finders load the same file.
    """

    def find_spec(self, fullname, path=None, target=None):
        file = SERVED.get(fullname)
        if file is not None:
            return importlib.util.spec_from_file_location(fullname, file)
        if fullname not in FOLDERS:
            return None
        for finder in sys.meta_path:
            find = None if finder is self else getattr(finder, "find_spec", None)
            spec = find and find(fullname, path, target)
            if spec is not None:
                if spec.submodule_search_locations is not None:
                    spec.submodule_search_locations[:0] = FOLDERS[fullname]
                return spec
        return None


sys.meta_path.insert(0, ServeMutant())
import pytest  # noqa: E402  (after the finder: pytest's plugins may import the reference)

code = int(pytest.main(ARGS))
served = {}
for name, file in SERVED.items():
    module = sys.modules.get(name)
    served[name] = None if module is None else getattr(module.__spec__, "origin", None) == file
leaked = sorted(
    name
    for name, module in list(sys.modules.items())
    if INSIDE
    and name.split(".")[0] in ("agentstatus", "tests")
    and getattr(module, "__file__", None)
    and name not in SERVED
    and not module.__file__.startswith(INSIDE)
)
with open(STATUS, "w", encoding="utf-8") as out:
    json.dump({"exit": code, "served": served, "leaked": leaked}, out)
sys.exit(code)
'''


# --------------------------------------------------------------------------- mutants


@dataclass(frozen=True)
class Mutant:
    """One small change to one module, with the whole mutated source to serve."""

    module: str  # the file name in reference_impl/: "desktop.py"
    line: int
    col: int  # 1-based, in characters
    operator: str
    description: str
    before: str  # the source line(s) the change is on, on one line
    after: str
    source: str = field(repr=False, compare=False)
    package: str = PACKAGE

    @property
    def id(self) -> str:
        return f"{self.module}:{self.line}:{self.col}:{self.operator}:{self.description}"

    @property
    def module_name(self) -> str:
        return f"{self.package}.{self.module.removesuffix('.py')}"


@dataclass(frozen=True)
class _Site:
    """Where a mutation applies, and the change: a function from the node to a new node that
    replaces it (``mutants_of`` puts it in, dumps the tree, and puts the original back)."""

    node: ast.AST
    operator: str
    description: str
    change: Callable[[ast.AST], ast.AST]


_SYMBOLS: dict[type, str] = {
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Is: "is",
    ast.IsNot: "is not",
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Mod: "%",
    ast.And: "and",
    ast.Or: "or",
}
_COMPARE_SWAPS: dict[type, type] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
#: Negating a one-operator comparison of these kinds is the same mutant as its swap.
_SELF_NEGATING = (ast.Eq, ast.NotEq, ast.In, ast.NotIn, ast.Is, ast.IsNot)
_ARITH_SWAPS: dict[type, type] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div,
    ast.Mod: ast.FloorDiv,
}
#: Expressions that need no parentheses wherever an expression stood.
_ATOMIC = (
    ast.Name,
    ast.Attribute,
    ast.Call,
    ast.Subscript,
    ast.Tuple,
    ast.List,
    ast.Dict,
    ast.Set,
)
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def _compare_with(node: ast.AST, index: int, op: type) -> ast.AST:
    assert isinstance(node, ast.Compare)
    ops = list(node.ops)
    ops[index] = op()
    return ast.Compare(left=node.left, ops=ops, comparators=node.comparators)


def _binop_with(node: ast.AST, op: type) -> ast.AST:
    if isinstance(node, ast.AugAssign):
        return ast.AugAssign(target=node.target, op=op(), value=node.value)
    assert isinstance(node, ast.BinOp)
    return ast.BinOp(left=node.left, op=op(), right=node.right)


def _boolop_with(node: ast.AST, op: type) -> ast.AST:
    assert isinstance(node, ast.BoolOp)
    return ast.BoolOp(op=op(), values=node.values)


def _constant(node: ast.AST, value: bool | int | float) -> ast.AST:
    if not isinstance(value, bool) and value < 0:
        # As Python parses ``-1``: the minus applied to a positive constant.
        return ast.UnaryOp(op=ast.USub(), operand=ast.Constant(value=-value))
    return ast.Constant(value=value)


def _negated(node: ast.AST) -> ast.AST:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not | ast.Invert):
        return node.operand
    assert isinstance(node, ast.expr)
    return ast.UnaryOp(op=ast.Not(), operand=node)


def _replaced_by(node: ast.AST, factory: Callable[[], ast.AST]) -> ast.AST:
    return factory()


def _return_none() -> ast.AST:
    return ast.Return(value=ast.Constant(value=None))


def _union_operands(node: ast.AST) -> list[ast.expr]:
    """``a | b | c`` (left-associative) as ``[a, b, c]``; a parenthesised right-hand union
    is one operand here and a union of its own."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return [*_union_operands(node.left), node.right]
    assert isinstance(node, ast.expr)
    return [node]


def _union_without(node: ast.AST, index: int) -> ast.AST:
    kept = [o for i, o in enumerate(_union_operands(node)) if i != index]
    return functools.reduce(lambda a, b: ast.BinOp(left=a, op=ast.BitOr(), right=b), kept)


def _tuple_without(node: ast.AST, index: int) -> ast.AST:
    assert isinstance(node, ast.Tuple)
    return ast.Tuple(elts=[e for i, e in enumerate(node.elts) if i != index], ctx=ast.Load())


def _short(node: ast.AST, limit: int = 48) -> str:
    text = ast.unparse(node)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_docstring_holder(node: ast.AST) -> bool:
    return isinstance(node, (ast.Module, ast.ClassDef, *_FUNCTIONS))


def _is_static_block(test: ast.expr) -> bool:
    """``if TYPE_CHECKING:`` and ``if __name__ == "__main__":`` hold no runtime behaviour."""
    if isinstance(test, ast.Name) and test.id == "TYPE_CHECKING":
        return True
    if isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING":
        return True
    return (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id == "__name__"
    )


def _excluded(tree: ast.Module, skip_functions: frozenset[str]) -> set[int]:
    """The ids of the nodes not to mutate (see the module docstring for why)."""
    out: set[int] = set()

    def exclude(node: ast.AST | None) -> None:
        if node is not None:
            out.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        if _is_docstring_holder(node):
            body = node.body  # type: ignore[attr-defined]
            first = body[0] if body else None
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                exclude(first)
        if isinstance(node, _FUNCTIONS):
            if node.name in skip_functions:
                exclude(node)
                continue
            arguments = node.args
            every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
            every += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
            for arg in every:
                exclude(arg.annotation)
            exclude(node.returns)
        if isinstance(node, (ast.ClassDef, *_FUNCTIONS)):
            for decorator in node.decorator_list:
                exclude(decorator)
        if isinstance(node, ast.AnnAssign):
            exclude(node.annotation)
        if isinstance(node, ast.JoinedStr):
            exclude(node)
        if isinstance(node, ast.If) and _is_static_block(node.test):
            exclude(node)
    return out


def _in_function(tree: ast.Module) -> set[int]:
    """The ids of the statements whose nearest enclosing scope is a function."""
    out: set[int] = set()

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.stmt) and in_function:
                out.add(id(child))
            if isinstance(child, (*_FUNCTIONS, ast.Lambda)):
                visit(child, True)
            elif isinstance(child, ast.ClassDef):
                visit(child, False)
            else:
                visit(child, in_function)

    visit(tree, False)
    return out


def _condition_sites(node: ast.expr, kind: str) -> Iterator[_Site]:
    if isinstance(node, ast.Constant) and isinstance(node.value, bool):
        return  # the boolean flip is this mutant
    if (
        isinstance(node, ast.Compare)
        and len(node.ops) == 1
        and isinstance(node.ops[0], _SELF_NEGATING)
    ):
        return  # the comparison swap is this mutant
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield _Site(node, "negate", f"{kind} not c → {kind} c", _negated)
    else:
        yield _Site(node, "negate", f"{kind} c → {kind} not c", _negated)


def _sites(tree: ast.Module, skip_functions: frozenset[str]) -> Iterator[_Site]:
    """Every mutation the operators allow in ``tree``, in ``ast.walk`` order."""
    excluded = _excluded(tree, skip_functions)
    removable = _in_function(tree)
    # In ``a | b | c`` the inner ``a | b`` is a link of one union, not a union of its own.
    links = {
        id(node.left)
        for node in ast.walk(tree)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr)
    }
    for node in ast.walk(tree):
        if id(node) in excluded:
            continue
        union_head = (
            isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr) and id(node) not in links
        )
        yield from _node_sites(node, id(node) in removable, union_head)


def _node_sites(node: ast.AST, removable: bool, union_head: bool) -> Iterator[_Site]:
    if isinstance(node, ast.Compare):
        for index, op in enumerate(node.ops):
            swap = _COMPARE_SWAPS.get(type(op))
            if swap is not None:
                where = f" (operator {index + 1})" if len(node.ops) > 1 else ""
                description = f"{_SYMBOLS[type(op)]} → {_SYMBOLS[swap]}{where}"
                change = functools.partial(_compare_with, index=index, op=swap)
                yield _Site(node, "compare", description, change)
    elif isinstance(node, ast.BinOp | ast.AugAssign):
        swap = _ARITH_SWAPS.get(type(node.op))
        if swap is not None:
            eq = "=" if isinstance(node, ast.AugAssign) else ""
            description = f"{_SYMBOLS[type(node.op)]}{eq} → {_SYMBOLS[swap]}{eq}"
            yield _Site(node, "arith", description, functools.partial(_binop_with, op=swap))
        if union_head:
            operands = _union_operands(node)
            for index, operand in enumerate(operands):
                change = functools.partial(_union_without, index=index)
                yield _Site(node, "union", f"drop {_short(operand)}", change)
    elif isinstance(node, ast.BoolOp):
        swap = ast.Or if isinstance(node.op, ast.And) else ast.And
        description = f"{_SYMBOLS[type(node.op)]} → {_SYMBOLS[swap]}"
        yield _Site(node, "logic", description, functools.partial(_boolop_with, op=swap))
    elif isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            yield _Site(node, "boolean", f"{value} → {not value}", _const(not value))
        elif isinstance(value, int | float):
            for new in (value + 1, value - 1) if value else (value + 1,):
                yield _Site(node, "number", f"{value!r} → {new!r}", _const(new))
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Invert):
        yield _Site(node, "negate", f"~{_short(node.operand)} → {_short(node.operand)}", _negated)
    elif isinstance(node, ast.keyword) and node.arg == "when" and isinstance(node.value, ast.Tuple):
        for index, guard in enumerate(node.value.elts):
            change = functools.partial(_tuple_without, index=index)
            yield _Site(node.value, "guard", f"drop guard {_short(guard)}", change)

    if isinstance(node, ast.If | ast.While):
        yield from _condition_sites(node.test, "if" if isinstance(node, ast.If) else "while")
    elif isinstance(node, ast.IfExp):
        yield from _condition_sites(node.test, "x if")
    elif isinstance(node, ast.comprehension):
        for test in node.ifs:
            yield from _condition_sites(test, "for … if")

    if removable:
        yield from _statement_sites(node)


def _const(value: bool | int | float) -> Callable[[ast.AST], ast.AST]:
    return functools.partial(_constant, value=value)


def _statement_sites(node: ast.AST) -> Iterator[_Site]:
    removed = {
        ast.Assign: "assignment",
        ast.AugAssign: "augmented assignment",
        ast.Delete: "del",
        ast.Expr: "expression",
    }
    kind = removed.get(type(node))
    if isinstance(node, ast.AnnAssign) and node.value is not None:
        kind = "assignment"
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
        kind = None  # a docstring or ``...``
    if kind is not None:
        change = functools.partial(_replaced_by, factory=ast.Pass)
        yield _Site(node, "remove", f"{kind} → pass", change)
    if isinstance(node, ast.Return) and node.value is not None:
        value = node.value
        # ``return None`` already, or a boolean constant, whose flip is the sharper mutant.
        if not (
            isinstance(value, ast.Constant)
            and (value.value is None or isinstance(value.value, bool))
        ):
            change = functools.partial(_replaced_by, factory=_return_none)
            yield _Site(node, "return", "return x → return None", change)
    if isinstance(node, ast.Break):
        yield _Site(
            node, "loop", "break → continue", functools.partial(_replaced_by, factory=ast.Continue)
        )
    if isinstance(node, ast.Continue):
        yield _Site(
            node, "loop", "continue → break", functools.partial(_replaced_by, factory=ast.Break)
        )


class MutationError(RuntimeError):
    """The tool itself went wrong: a mutant's source is not the mutated tree, or the loader
    did not serve the mutated module. Its figures would be wrong, so it stops."""


def _parents(tree: ast.AST) -> dict[int, tuple[ast.AST, str, int | None]]:
    """Where each node hangs: its parent, the field, and the index in a list field."""
    out: dict[int, tuple[ast.AST, str, int | None]] = {}
    for parent in ast.walk(tree):
        for name, value in ast.iter_fields(parent):
            if isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, ast.AST):
                        out[id(item)] = (parent, name, index)
            elif isinstance(value, ast.AST):
                out[id(value)] = (parent, name, None)
    return out


def _put(where: tuple[ast.AST, str, int | None], node: ast.AST) -> None:
    parent, name, index = where
    if index is None:
        setattr(parent, name, node)
    else:
        getattr(parent, name)[index] = node


def _char_col(line: str, byte_col: int) -> int:
    """ast counts columns in UTF-8 bytes; the sources hold "—" and Swedish letters."""
    return len(line.encode("utf-8")[:byte_col].decode("utf-8"))


def _one_line(lines: Iterable[str]) -> str:
    return " ".join(part.strip() for part in lines if part.strip())


def _replacement_texts(node: ast.AST) -> list[str]:
    """The source to put in the changed node's place: bare where the context allows it
    (``if x <= y:``), else parenthesised; ``mutants_of`` keeps the first that parses right."""
    text = ast.unparse(node)
    if not isinstance(node, ast.expr) or isinstance(node, (*_ATOMIC, ast.Constant)):
        return [text]
    return [text, f"({text})"]


def _span(node: ast.AST) -> tuple[int, int, int, int]:
    """(line, column, end line, end column) as ast gives them (columns in UTF-8 bytes)."""
    assert isinstance(node, ast.expr | ast.stmt), "only expressions and statements change"
    return node.lineno, node.col_offset, node.end_lineno or node.lineno, node.end_col_offset or 0


def _splice(lines: list[str], node: ast.AST, text: str) -> tuple[str, str, str]:
    """The module with ``node``'s source replaced by ``text``, and the changed line before
    and after. Lines a multi-line node spanned become blank, so every later line keeps its
    number (tracebacks point at the checkout's lines)."""
    line, col, end_line, end_col = _span(node)
    first, last = line - 1, end_line - 1
    start, end = _char_col(lines[first], col), _char_col(lines[last], end_col)
    changed = lines[first][:start] + text + lines[last][end:]
    new_lines = [*lines[:first], changed, *[""] * (last - first), *lines[last + 1 :]]
    return "\n".join(new_lines), _one_line(lines[first : last + 1]), _one_line([changed])


def _anchor(parents: dict[int, tuple[ast.AST, str, int | None]], node: ast.AST) -> ast.AST:
    """The closest statement around ``node`` (or the module): all a splice can change."""
    current = node
    while True:
        parent = parents[id(current)][0]
        if isinstance(parent, ast.stmt | ast.Module):
            return parent
        current = parent


def _same_node(tree: ast.Module, like: ast.AST) -> ast.AST | None:
    if isinstance(like, ast.Module):
        return tree
    where = _span(like)[:2]
    for node in ast.walk(tree):
        if type(node) is type(like) and _span(node)[:2] == where:
            return node
    return None


def mutants_of(module: str, source: str, package: str = PACKAGE) -> list[Mutant]:
    """Every mutant of one module's source, in source order; ``module`` is its file name.

    Each mutant is made on the tree and written back into the source text by replacing the
    changed node's span, then checked: the mutated text must parse, and the statement around
    the change must be exactly the mutated tree's, or this raises ``MutationError`` (a bug
    here, never a mutant quietly different from the one its id names).
    """
    tree = ast.parse(source)
    lines = source.split("\n")
    parents = _parents(tree)
    found: list[Mutant] = []
    seen = {source}
    for site in list(_sites(tree, NOT_BEHAVIOUR.get(module, frozenset()))):
        old = site.node
        new = site.change(old)
        where = parents[id(old)]
        anchor = _anchor(parents, old)
        _put(where, new)
        try:
            expected = ast.dump(anchor)
        finally:
            _put(where, old)
        line, col = _span(old)[:2]
        for text in _replacement_texts(new):
            mutated, before, after = _splice(lines, old, text)
            try:
                parsed = _same_node(ast.parse(mutated), anchor)
            except SyntaxError:
                continue
            if parsed is not None and ast.dump(parsed) == expected:
                break
        else:
            raise MutationError(
                f"{module}:{line}: {site.operator} {site.description}: "
                "the mutated source is not the mutated tree"
            )
        if mutated in seen:
            continue  # the same program as an earlier mutant (or as the original)
        seen.add(mutated)
        column = _char_col(lines[line - 1], col) + 1
        found.append(
            Mutant(
                module,
                line,
                column,
                site.operator,
                site.description,
                before,
                after,
                mutated,
                package,
            )
        )
    found.sort(key=lambda m: (m.line, m.col))
    ids = [m.id for m in found]
    if len(ids) != len(set(ids)):
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        raise MutationError(f"two mutants share an id: {duplicates[0]}")
    return found


def module_files(source_dir: Path = SOURCE_DIR) -> list[str]:
    """The modules to mutate: every ``*.py`` but ``__init__.py``, by name."""
    return sorted(p.name for p in source_dir.glob("*.py") if p.name != "__init__.py")


def normalize_module(name: str) -> str:
    """``desktop``, ``desktop.py`` and ``agentstatus.reference_impl.desktop`` are one module."""
    name = name.removeprefix(f"{PACKAGE}.").removeprefix("reference_impl/")
    return name if name.endswith(".py") else f"{name}.py"


# ---------------------------------------------------------------------- equivalents


@dataclass
class Equivalents:
    """The equivalents file: each id with its reason and, where the entry keeps them (as
    ``--survivors`` writes them), the lines it was checked against."""

    reasons: dict[str, str] = field(default_factory=dict)
    checked: dict[str, tuple[str, str]] = field(default_factory=dict)  # id: (before, after)
    problems: list[str] = field(default_factory=list)


def read_equivalents(path: Path) -> Equivalents:
    """An id is ``module:line:...``: an edit above the line moves it, and the old id may then
    name another mutant. An entry followed by ``#   - before`` / ``#   + after`` comment lines
    is therefore checked against them (``stale_entries``)."""
    found = Equivalents()
    if not path.exists():
        return found
    last: str | None = None
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = raw.strip()
        recorded = re.match(r"^#\s{3}([-+]) (.*)$", line)
        if recorded and last is not None:
            before, after = found.checked.get(last, ("", ""))
            text = recorded.group(2).strip()
            pair = (text, after) if recorded.group(1) == "-" else (before, text)
            found.checked[last] = pair
            continue
        last = None
        if not line or line.startswith("#"):
            continue
        match = re.match(r"^(.*?)\s+#\s*(.*)$", line)
        ident, reason = (match.group(1).strip(), match.group(2).strip()) if match else (line, "")
        if not reason:
            found.problems.append(f"{path.name}:{number}: {ident} gives no reason; add '  # why'")
        found.reasons[ident] = reason
        last = ident
    return found


def stale_entries(
    equivalents: Equivalents, mutants: Sequence[Mutant], modules: Sequence[str]
) -> dict[str, str]:
    """Entries for the modules mutated that no longer name the mutant they were checked
    for: {id: why}. They do not count as equivalent."""
    by_id = {m.id: m for m in mutants}
    stale: dict[str, str] = {}
    for ident in equivalents.reasons:
        module, line_text, _, operator, description = [*ident.split(":", 4), "", "", "", ""][:5]
        if module not in modules:
            continue
        mutant = by_id.get(ident)
        before, after = equivalents.checked.get(ident, ("", ""))
        if mutant is None:
            why = "matches no mutant"
        elif (before and before != mutant.before) or (after and after != mutant.after):
            why = f"names another change now: {mutant.before} → {mutant.after}"
        else:
            continue
        # The same change elsewhere, nearest first: an edit above moved it, most likely.
        line = int(line_text) if line_text.isdigit() else 0
        moved = sorted(
            (
                m
                for m in mutants
                if (m.module, m.operator, m.description) == (module, operator, description)
                and before
                and (m.before, m.after) == (before, after or m.after)
            ),
            key=lambda m: abs(m.line - line),
        )
        stale[ident] = f"{why}; the same change is now {moved[0].id}?" if moved else why
    return stale


# -------------------------------------------------------------------------- running


@dataclass(frozen=True)
class Outcome:
    mutant: Mutant
    status: str  # "killed", "timeout" (killed too) or "survived"
    seconds: float
    detail: str = ""  # the first failing test, or why the run ended
    imported: bool = True  # False: the tests never imported the mutated module

    @property
    def killed(self) -> bool:
        return self.status != "survived"


@dataclass
class RunResult:
    exit: int | None  # None: timed out
    seconds: float
    output: str
    served: dict[str, bool | None] | None  # None: the run ended before writing its status
    leaked: list[str] = field(default_factory=list)  # project modules from outside the copy


class Runner:
    """Runs pytest under the loader; knows its child processes so that an interrupt (or an
    error) ends exactly those."""

    def __init__(
        self, pytest_args: Sequence[str], workdir: Path, cwd: Path, inside: Path | None = None
    ) -> None:
        self.pytest_args = list(pytest_args)
        self.workdir = workdir
        self.cwd = cwd
        self.inside = f"{inside}{os.sep}" if inside else ""
        self._running: set[subprocess.Popen[str]] = set()
        self._lock = threading.Lock()
        self._stopped = False
        self.env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
        self.env["PYTHONDONTWRITEBYTECODE"] = "1"  # nothing written into the checkout
        self.env["HYPOTHESIS_STORAGE_DIRECTORY"] = str(workdir / "hypothesis")

    def run(
        self,
        served: dict[str, Path],
        tag: str,
        timeout: float | None,
        pytest_args: Sequence[str] | None = None,
    ) -> RunResult:
        """One pytest run under the loader: ``pytest_args``, or the runner's own."""
        status = self.workdir / f"status-{tag}.json"
        command = [
            sys.executable,
            "-c",
            LOADER,
            json.dumps({name: str(path) for name, path in served.items()}),
            str(status),
            json.dumps(list(self.pytest_args if pytest_args is None else pytest_args)),
            self.inside,
        ]
        started = time.monotonic()
        with self._lock:
            if self._stopped:
                raise KeyboardInterrupt
            process = subprocess.Popen(
                command,
                cwd=self.cwd,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                errors="replace",
                start_new_session=True,  # its own process group: a timeout ends all of it
            )
            self._running.add(process)
        try:
            output, _ = process.communicate(timeout=timeout)
            code: int | None = process.returncode
        except subprocess.TimeoutExpired:
            self._kill(process)
            output, _ = process.communicate()
            code = None
        finally:
            with self._lock:
                self._running.discard(process)
        seconds = time.monotonic() - started
        served_report: dict[str, bool | None] | None = None
        leaked: list[str] = []
        if code is not None and status.exists():
            with contextlib.suppress(ValueError, OSError, KeyError):
                report = json.loads(status.read_text("utf-8"))
                served_report, leaked = report["served"], report["leaked"]
        status.unlink(missing_ok=True)
        return RunResult(code, seconds, output, served_report, leaked)

    @staticmethod
    def _kill(process: subprocess.Popen[str]) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)

    def stop(self) -> None:
        """End the runs in progress (each its own process group, started here)."""
        with self._lock:
            self._stopped = True
            running = list(self._running)
        for process in running:
            self._kill(process)


#: Not copied: version control, caches, and what runs and builds leave behind.
_SKIP_ANYWHERE = frozenset(
    {".git", "__pycache__", ".hypothesis", ".mypy_cache", ".pytest_cache", ".ruff_cache"}
)
_SKIP_AT_TOP = frozenset(
    {"build", "dist", "agentstatus-reports", "test-artifacts", ".benchmarks", "node_modules"}
)


def copy_checkout(target: Path, root: Path = ROOT) -> Path:
    """A copy of the checkout at ``target``, laid out as the package installs it.

    Every run, the unmutated one and each mutant's, runs in this copy, so the whole run
    measures one version of the suite and of the reference even while the checkout is being
    edited (a run takes minutes), and nothing is ever written into the checkout. As in
    ``tools/typecheck.py``, the folders of ``[tool.setuptools.package-dir]`` become links
    inside ``agentstatus/``: ``agentstatus.steps`` is then ``steps/`` of the copy, found by
    the ordinary path finder before the editable install's finder (which points at the
    checkout) is asked.
    """

    def skipped(folder: str, names: list[str]) -> set[str]:
        skip = {n for n in names if n in _SKIP_ANYWHERE or n.endswith((".pyc", ".egg-info"))}
        if Path(folder) == root:
            skip |= {n for n in names if n in _SKIP_AT_TOP}
        return skip

    shutil.copytree(root, target, ignore=skipped, symlinks=True)
    settings = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))
    for name, folder in settings["tool"]["setuptools"]["package-dir"].items():
        if name != "agentstatus":
            link = target / "agentstatus" / name.split(".", 1)[1]
            link.symlink_to(Path("..") / folder, target_is_directory=True)
    return target


def fingerprint(names: Sequence[str], root: Path = ROOT) -> dict[str, tuple[int, int]]:
    """{file: (mtime, size)}: to tell, at the end, that the checkout changed during the run
    (the figures are then those of the copy taken at the start, not of today's files)."""
    files: dict[str, tuple[int, int]] = {}
    for name in names:
        path = root / name
        for file in [path] if path.is_file() else sorted(path.rglob("*")):
            if file.is_file() and "__pycache__" not in file.parts and file.suffix != ".mo":
                stat = file.stat()
                files[file.relative_to(root).as_posix()] = (stat.st_mtime_ns, stat.st_size)
    return files


def _first_failure(output: str) -> str:
    for line in output.splitlines():
        if line.startswith(("FAILED ", "ERROR ")):
            return line.split("::", 1)[-1][:100]
    lines = [line for line in output.splitlines() if line.strip()]
    return lines[-1][:100] if lines else ""


@dataclass(frozen=True)
class Angle:
    """Another way to run the specification against a mutant that survived the default run:
    the reference built with its own ``ManualClock``, or following an alternative reading with
    only that reading's scenarios selected. ``args`` replace the default run's pytest
    arguments."""

    name: str  # "ManualClock", "INT-17=lenient"
    args: tuple[str, ...]


def alternative_readings(path: Path = READINGS) -> list[tuple[str, str]]:
    """(note, reading) for every reading of ``features/readings.yaml`` that is not its note's
    default, in file order. The file's layout is fixed (``readings.schema.json``): a note at
    two spaces, ``default:`` and ``alternatives:`` at four, each reading at six; read with the
    standard library, as the rest of this tool."""
    if not path.exists():
        return []
    found: list[tuple[str, str]] = []
    note = default = ""
    names: list[str] = []

    def flush() -> None:
        found.extend((note, name) for name in names if note and name != default)

    for raw in path.read_text("utf-8").splitlines():
        line = raw.split(" #", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if match := re.match(r"^  (INT-\d+):$", line):
            flush()
            note, default, names = match.group(1), "", []
        elif match := re.match(r"^    default:\s*(\S+)$", line):
            default = match.group(1).strip("\"'")
        elif match := re.match(r"^      ([A-Za-z0-9][\w-]*):$", line):
            names.append(match.group(1))
    flush()
    return found


def angles(tests: Sequence[str], readings: Sequence[tuple[str, str]]) -> list[Angle]:
    """The reruns of a survivor: the ManualClock kind (every scenario), then each alternative
    reading: the scenarios tagged with its note (``-m INT-17``), against the reference
    following it (``reference:python+INT-17=lenient``). Of those, the harness runs the ones
    that hold under that reading (``@reading-INT-17-lenient``) and the ones that hold under
    every reading of the note (no reading tag); the default reading's are not applicable."""
    manual = (*tests, *FIXED_PYTEST_ARGS, "--implementation", MANUAL_CLOCK_KIND)
    out = [Angle("ManualClock", manual)]
    for note, reading in readings:
        implementation = f"{DEFAULT_KIND}+{note}={reading}"
        args = (*tests, *FIXED_PYTEST_ARGS, "-m", note, "--implementation", implementation)
        out.append(Angle(f"{note}={reading}", args))
    return out


def _judge(mutant: Mutant, result: RunResult, timeout: float, angle: str = "") -> Outcome:
    """The outcome of one run of a mutant; ``angle`` names the rerun that gave it."""
    under = f"{angle}: " if angle else ""
    if result.exit is None:
        return Outcome(mutant, "timeout", result.seconds, f"{under}no result within {timeout:g} s")
    if result.served is None:
        tail = _first_failure(result.output)
        return Outcome(
            mutant, "killed", result.seconds, f"{under}crashed (exit {result.exit}): {tail}"
        )
    if False in result.served.values():
        raise MutationError(
            f"{mutant.id}: the tests imported a reference module from elsewhere than the "
            "loader served it from; the import hook was bypassed, so no figure would be true"
        )
    if result.leaked:
        raise MutationError(
            f"{mutant.id}: the run imported {_some(result.leaked)} from outside the copy of "
            "the checkout; the figures would mix two versions"
        )
    imported = result.served.get(mutant.module_name) is not None
    if result.exit in (0, NO_TESTS_RAN):
        return Outcome(mutant, "survived", result.seconds, imported=imported)
    return Outcome(
        mutant, "killed", result.seconds, f"{under}{_first_failure(result.output)}", imported
    )


#: pytest's exit status when the selection held no test (an angle with no scenario).
NO_TESTS_RAN = 5


def run_mutant(
    runner: Runner,
    snapshot: dict[str, Path],
    mutant: Mutant,
    index: int,
    timeout: float,
    reruns: Sequence[Angle] = (),
) -> Outcome:
    """Run the specification against one mutant; a survivor is run again from each angle in
    ``reruns`` until one kills it. The seconds are those of every run together."""
    folder = runner.workdir / f"mutant-{index}"
    folder.mkdir()
    try:
        path = folder / mutant.module
        path.write_text(mutant.source, "utf-8")
        # The mutated module first: its folder goes first on the package's path (LOADER).
        others = {name: file for name, file in snapshot.items() if name != mutant.module_name}
        served = {mutant.module_name: path, **others}
        assert served[mutant.module_name] == path
        outcome = _judge(mutant, runner.run(served, str(index), timeout), timeout)
        seconds, imported = outcome.seconds, outcome.imported
        for number, angle in enumerate(reruns, 1):
            if outcome.killed:
                break
            result = runner.run(served, f"{index}-{number}", timeout, angle.args)
            outcome = _judge(mutant, result, timeout, angle.name)
            seconds += outcome.seconds
            imported = imported or outcome.imported
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return Outcome(mutant, outcome.status, seconds, outcome.detail, imported)


# -------------------------------------------------------------------------- report


@dataclass(frozen=True)
class Tally:
    total: int
    killed: int  # timeouts included
    timeouts: int
    survived: int  # equivalent ones not included
    equivalent: int

    @property
    def score(self) -> float | None:
        """Killed / (mutants - equivalent), as a percentage."""
        counted = self.total - self.equivalent
        return 100.0 * self.killed / counted if counted else None


def tally(outcomes: Sequence[Outcome], equivalents: dict[str, str]) -> Tally:
    equivalent = sum(1 for o in outcomes if not o.killed and o.mutant.id in equivalents)
    killed = sum(1 for o in outcomes if o.killed)
    return Tally(
        total=len(outcomes),
        killed=killed,
        timeouts=sum(1 for o in outcomes if o.status == "timeout"),
        survived=len(outcomes) - killed - equivalent,
        equivalent=equivalent,
    )


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes} min {secs:02d} s" if minutes else f"{seconds:.1f} s"


def _mutant_lines(mutant: Mutant, prefix: str = "      ") -> list[str]:
    return [f"{prefix}- {mutant.before}", f"{prefix}+ {mutant.after}"]


def render_report(
    outcomes: Sequence[Outcome],
    equivalents: dict[str, str],
    *,
    stale: dict[str, str] | None = None,
    problems: Sequence[str] = (),
    wall: float = 0.0,
    tests: str = "",
) -> str:
    """The closing summary: the figures, then every survivor with its change."""
    t = tally(outcomes, equivalents)
    score = "n/a" if t.score is None else f"{t.score:.1f}%"
    lines = [
        "",
        f"Mutation score of {tests or 'the tests'}",
        f"  mutants     {t.total}",
        f"  killed      {t.killed}  (timeouts {t.timeouts})",
        f"  survived    {t.survived}",
        f"  equivalent  {t.equivalent}",
        f"  score       {score}  (killed / (mutants - equivalent) = "
        f"{t.killed} / {t.total - t.equivalent})",
        f"  wall time   {_duration(wall)}",
        "",
        "  module            mutants  killed  survived  equivalent  score",
    ]
    for module in sorted({o.mutant.module for o in outcomes}):
        m = tally([o for o in outcomes if o.mutant.module == module], equivalents)
        m_score = "n/a" if m.score is None else f"{m.score:.1f}%"
        lines.append(
            f"  {module:<16}  {m.total:>7}  {m.killed:>6}  {m.survived:>8}  "
            f"{m.equivalent:>10}  {m_score:>6}"
        )
    survivors = [o for o in outcomes if not o.killed and o.mutant.id not in equivalents]
    lines += ["", f"Survivors ({len(survivors)}):"]
    for o in survivors:
        note = "" if o.imported else "   (the tests never import this module)"
        lines.append(f"  {o.mutant.id}{note}")
        lines += _mutant_lines(o.mutant)
    equivalent = [o for o in outcomes if not o.killed and o.mutant.id in equivalents]
    if equivalent:
        lines += ["", f"Equivalent ({len(equivalent)}), not counted in the score:"]
        for o in equivalent:
            lines.append(f"  equivalent  {o.mutant.id}  # {equivalents[o.mutant.id]}")
    wrongly = [o for o in outcomes if o.killed and o.mutant.id in equivalents]
    if wrongly:
        lines += [
            "",
            f"Listed as equivalent but killed ({len(wrongly)}): the entry is wrong, unless these"
            " tests look past the driver contract (docs, internals)",
        ]
        lines += [f"  {o.mutant.id}  ({o.detail})" for o in wrongly]
    if stale:
        lines += ["", f"Stale entries in {EQUIVALENTS.name} (not counted; check and update them):"]
        lines += [f"  {ident}: {why}" for ident, why in stale.items()]
    if problems:
        lines += ["", *problems]
    return "\n".join(lines) + "\n"


def survivors_text(outcomes: Sequence[Outcome], equivalents: dict[str, str], header: str) -> str:
    """For triage: each surviving id with its change as comments, in the equivalents file's
    syntax, so a proven-equivalent entry can be copied over with its reason added."""
    lines = [f"# {header}", "# id, then the mutated line before (-) and after (+)", ""]
    for o in outcomes:
        if not o.killed and o.mutant.id not in equivalents:
            lines.append(o.mutant.id)
            lines += _mutant_lines(o.mutant, prefix="#   ")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------ cli


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python3 tools/mutate.py",
        description="Mutation score of the specification against the reference implementation.",
    )
    parser.add_argument("--lang", choices=sorted(SPECS), default="en", help="the scenarios to run")
    parser.add_argument(
        "--module",
        action="extend",
        nargs="+",
        metavar="NAME",
        help="mutate only these modules of reference_impl/ (desktop, display.py, ...)",
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel runs")
    parser.add_argument("--limit", type=int, help="run only the first N mutants")
    parser.add_argument("--survivors", type=Path, metavar="FILE", help="write the survivors here")
    parser.add_argument(
        "--tests",
        metavar="ARGS",
        help='other pytest arguments instead of the specification, e.g. "tests/reference"',
    )
    parser.add_argument(
        "--timeout",
        type=float,
        help=f"seconds per mutant (default: {DEFAULT_TIMEOUT:g}, or 10× the unmutated run)",
    )
    parser.add_argument(
        "--no-reruns",
        action="store_true",
        help="judge each mutant by the default run only (no ManualClock or alternative-reading "
        "reruns of its survivors)",
    )
    parser.add_argument("--fail-under", type=float, metavar="PCT", help="exit 1 below this score")
    parser.add_argument("--equivalents", type=Path, default=EQUIVALENTS, help=argparse.SUPPRESS)
    parser.add_argument("--list", action="store_true", help="list the mutants; run nothing")
    return parser


def _some(files: Sequence[str], shown: int = 3) -> str:
    more = f" and {len(files) - shown} more" if len(files) > shown else ""
    return ", ".join(files[:shown]) + more


def _say(text: str = "") -> None:
    print(text, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    parser = _parser()
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs needs 1 or more")
    available = module_files()
    chosen = [normalize_module(m) for m in args.module] if args.module else available
    unknown = sorted(set(chosen) - set(available))
    if unknown:
        parser.error(
            f"no module {', '.join(unknown)} in reference_impl/; there are {', '.join(available)}"
        )
    if args.list:
        return _list(chosen, read_equivalents(args.equivalents))
    started = time.monotonic()
    watched = [*WATCHED, *(["tests"] if args.tests else [])]
    before = fingerprint(watched)
    with tempfile.TemporaryDirectory(prefix="agentstatus-mutate-") as folder:
        workdir = Path(folder)
        code, outcomes, what = _run(args, chosen, copy_checkout(workdir / "checkout"), workdir)
    if outcomes is None:
        return code
    after = fingerprint(watched)
    changed = sorted(f for f in before.keys() | after.keys() if before.get(f) != after.get(f))
    return _finish(args, chosen, outcomes, what, time.monotonic() - started, changed)


def _mutants(chosen: Sequence[str], reference: Path) -> list[Mutant]:
    return [m for name in chosen for m in mutants_of(name, (reference / name).read_text("utf-8"))]


def _list(chosen: Sequence[str], listed: Equivalents) -> int:
    """``--list``: every mutant with its change, marking the listed equivalents."""
    try:
        mutants = _mutants(chosen, SOURCE_DIR)
    except MutationError as error:
        _say(f"mutate.py: {error}")
        return 2
    stale = stale_entries(listed, mutants, chosen)
    for mutant in mutants:
        equivalent = mutant.id in listed.reasons and mutant.id not in stale
        _say(f"{mutant.id}{'  (equivalent)' if equivalent else ''}")
        _say("\n".join(_mutant_lines(mutant)))
    _say(f"{len(mutants)} mutants")
    return 0


def _run(
    args: argparse.Namespace, chosen: Sequence[str], copy: Path, workdir: Path
) -> tuple[int, list[Outcome] | None, str]:
    """The unmutated run, then every mutant's, all in ``copy``: (exit status, outcomes in
    mutant order or None when there are no figures, what ran the mutants)."""
    tests = shlex.split(args.tests) if args.tests else [SPECS[args.lang]]
    pytest_args = [*tests, *FIXED_PYTEST_ARGS]
    if "--implementation" not in tests:
        pytest_args += ["--implementation", DEFAULT_KIND]
    # The specification's survivors are run again from the angles the default run cannot
    # reach (the ManualClock kind, the alternative readings); other tests are run once.
    reruns = (
        []
        if args.tests or args.no_reruns
        else angles(tests, alternative_readings(copy / "features" / "readings.yaml"))
    )
    what = " ".join(tests) if args.tests else f"the {args.lang} specification ({tests[0]})"
    try:
        mutants = _mutants(chosen, copy / "reference_impl")
    except MutationError as error:
        _say(f"mutate.py: {error}")
        return 2, None, what
    if args.limit is not None:
        mutants = mutants[: args.limit]
    _say(f"mutate.py: {len(mutants)} mutants of {', '.join(chosen)}, run by {what}")
    _say(f"  python3 -m pytest {shlex.join(pytest_args)}")
    if reruns:
        _say(f"  a survivor is run again against {MANUAL_CLOCK_KIND} (its own ManualClock),")
        readings = ", ".join(a.name for a in reruns[1:]) or "none"
        _say(f"  then under each alternative reading, with its note's scenarios: {readings}")
    _say(f"  in a copy of the checkout; {args.jobs} jobs; {_machine()}; {_today()}")

    # The copy's reference modules are served by name as well: the unmutated run proves
    # that the loader's hook is what the tests import through.
    snapshot = {
        f"{PACKAGE}.{path.stem}": path
        for path in sorted((copy / "reference_impl").glob("*.py"))
        if path.name != "__init__.py"
    }
    runner = Runner(pytest_args, workdir, cwd=copy, inside=copy)
    baseline = runner.run(snapshot, "baseline", timeout=max(600.0, args.timeout or 0))
    if baseline.exit != 0 or baseline.served is None:
        ending = "timed out" if baseline.exit is None else f"exit {baseline.exit}"
        _say(f"\nThe unmutated reference does not pass ({ending}); nothing to measure.")
        _say("Make it pass first. The run's output ends:")
        _say("\n".join(baseline.output.splitlines()[-30:]))
        return 2, None, what
    if False in baseline.served.values() or baseline.leaked:
        _say("\nThe run did not import what the loader serves: reference modules served")
        _say(f"{baseline.served}; imported from outside the copy: {baseline.leaked}.")
        _say("No figure would be true.")
        return 2, None, what
    for number, angle in enumerate(list(reruns), 1):
        other = runner.run(
            snapshot, f"baseline-{number}", max(600.0, args.timeout or 0), angle.args
        )
        if other.exit == NO_TESTS_RAN:
            _say(f"  note: no scenario runs under {angle.name}; that rerun is left out")
            reruns.remove(angle)
        elif other.exit != 0 or other.served is None or other.leaked:
            ending = "timed out" if other.exit is None else f"exit {other.exit}"
            _say(f"\nThe unmutated reference does not pass under {angle.name} ({ending}).")
            _say("Make it pass first. The run's output ends:")
            _say("\n".join(other.output.splitlines()[-30:]))
            return 2, None, what
    for name, imported in baseline.served.items():
        if imported is None and f"{name.rsplit('.', 1)[1]}.py" in chosen:
            _say(f"  warning: the tests never import {name}; none of its mutants can be killed")
    timeout = args.timeout or max(DEFAULT_TIMEOUT, float(math.ceil(10 * baseline.seconds)))
    _say(f"  unmutated reference passes in {baseline.seconds:.1f} s; timeout {timeout:g} s")
    _say()

    outcomes: dict[int, Outcome] = {}
    width = len(str(len(mutants)))
    pool = ThreadPoolExecutor(max_workers=args.jobs)
    try:
        futures = {
            pool.submit(run_mutant, runner, snapshot, m, i, timeout, reruns): i
            for i, m in enumerate(mutants)
        }
        for done, future in enumerate(as_completed(futures), 1):
            outcome = future.result()
            outcomes[futures[future]] = outcome
            shown = "SURVIVED" if outcome.status == "survived" else outcome.status
            detail = f"  ({outcome.detail})" if outcome.detail else ""
            _say(
                f"[{done:>{width}}/{len(mutants)}] {shown:<8} {outcome.seconds:5.1f}s  "
                f"{outcome.mutant.id}{detail}"
            )
    except (KeyboardInterrupt, MutationError) as error:
        runner.stop()
        pool.shutdown(wait=True, cancel_futures=True)
        if isinstance(error, KeyboardInterrupt):
            _say("\nmutate.py: interrupted; no figures")
            return 130, None, what
        _say(f"\nmutate.py: {error}")
        return 2, None, what
    pool.shutdown(wait=True)
    return 0, [outcomes[i] for i in range(len(mutants))], what


def _finish(
    args: argparse.Namespace,
    chosen: Sequence[str],
    outcomes: list[Outcome],
    what: str,
    wall: float,
    changed: Sequence[str],
) -> int:
    """The report, the survivors file and the exit status."""
    listed = read_equivalents(args.equivalents)
    stale = stale_entries(listed, [o.mutant for o in outcomes], chosen)
    if args.limit is not None:  # entries of mutants not run this time are not stale
        stale = {i: why for i, why in stale.items() if why != "matches no mutant"}
    equivalents = {i: r for i, r in listed.reasons.items() if i not in stale}
    report = render_report(
        outcomes, equivalents, stale=stale, problems=listed.problems, wall=wall, tests=what
    )
    _say(report)
    _say(f"({_machine()}; {args.jobs} jobs; {_today()})")
    if changed:
        _say(f"note: the checkout changed during the run ({_some(changed)});")
        _say("these figures are those of the copy taken when the run started.")
    if args.survivors:
        header = f"survivors of python3 tools/mutate.py, run by {what}, {_today()}"
        args.survivors.write_text(survivors_text(outcomes, equivalents, header), "utf-8")
        _say(f"survivors written to {args.survivors}")
    score = tally(outcomes, equivalents).score
    if args.fail_under is not None and score is not None and score < args.fail_under:
        _say(f"score {score:.1f}% is under --fail-under {args.fail_under:g}%")
        return 1
    return 0


def _machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def _today() -> str:
    return datetime.date.today().isoformat()


if __name__ == "__main__":
    sys.exit(main())
