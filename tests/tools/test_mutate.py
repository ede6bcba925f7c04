"""``tools/mutate.py``: the mutants it makes and the loader that serves them.

Fast on purpose: the operators are checked on a tiny module, the loader on a tiny package
with a one-line test; no run of the specification (that is what the tool itself is for).
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    """tools/ is not a package; load the script as a module (dataclasses need it in
    ``sys.modules`` under its own name)."""
    name = "agentstatus_tools_mutate"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "mutate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


mutate = _load_tool()

TINY = '''\
"""A tiny module: one of each thing the operators change, and of each they leave alone."""

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from os import PathLike

LIMIT = 3


@dataclass(frozen=True)
class Box:
    size: int = 0


def check(x: int, items: list[int], flag: bool = True) -> int | None:
    """Docstrings, annotations, decorators and f-strings are left alone."""
    if x < LIMIT and x in items:
        return None
    total = x * 2
    del items[0]
    while items:
        break
    print(f"{x + 1} left")
    return total if x is not None else -total


if __name__ == "__main__":
    print(check(1, [1]))
'''


def test_each_operator_on_a_tiny_module() -> None:
    found = {m.id: (m.before, m.after) for m in mutate.mutants_of("tiny.py", TINY)}
    assert list(found) == [
        "tiny.py:9:9:number:3 → 4",
        "tiny.py:9:9:number:3 → 2",
        "tiny.py:14:17:number:0 → 1",
        "tiny.py:17:50:boolean:True → False",
        "tiny.py:19:8:negate:if c → if not c",
        "tiny.py:19:8:logic:and → or",
        "tiny.py:19:8:compare:< → <=",
        "tiny.py:19:22:compare:in → not in",
        "tiny.py:21:5:remove:assignment → pass",
        "tiny.py:21:13:arith:* → /",
        "tiny.py:21:17:number:2 → 3",
        "tiny.py:21:17:number:2 → 1",
        "tiny.py:22:5:remove:del → pass",
        "tiny.py:22:15:number:0 → 1",
        "tiny.py:23:11:negate:while c → while not c",
        "tiny.py:24:9:loop:break → continue",
        "tiny.py:25:5:remove:expression → pass",
        "tiny.py:26:5:return:return x → return None",
        # ``x is not None`` is not also negated: ``is`` → ``is not`` is that mutant.
        "tiny.py:26:21:compare:is not → is",
    ]
    assert found["tiny.py:19:8:negate:if c → if not c"] == (
        "if x < LIMIT and x in items:",
        "if not (x < LIMIT and x in items):",
    )
    assert found["tiny.py:22:5:remove:del → pass"] == ("del items[0]", "pass")
    assert found["tiny.py:26:21:compare:is not → is"][1] == (
        "return total if x is None else -total"
    )


def test_a_mutant_is_the_whole_module_with_one_change_and_the_same_line_numbers() -> None:
    for mutant in mutate.mutants_of("tiny.py", TINY):
        assert mutant.source != TINY
        assert mutant.source.count("\n") == TINY.count("\n")
        changed = [
            n
            for n, (a, b) in enumerate(
                zip(TINY.split("\n"), mutant.source.split("\n"), strict=True), 1
            )
            if a != b
        ]
        assert changed == [mutant.line], mutant.id
        ast.parse(mutant.source)


def test_multi_line_changes_keep_later_lines_in_place() -> None:
    source = "def f(a, b):\n    return (\n        a\n        < b\n    )\n\n\nX = 1\n"
    for mutant in mutate.mutants_of("m.py", source):
        assert mutant.source.count("\n") == source.count("\n")
        assert mutant.source.split("\n")[7] == "X = 1" or mutant.operator == "number"
    swapped = next(m for m in mutate.mutants_of("m.py", source) if m.operator == "compare")
    assert swapped.after == "a <= b"


def test_the_tables_union_guard_and_inversion_operators() -> None:
    source = (
        'T = {\n    "go": (idle | rona).to(B, when=(g1, ~g2))\n    | idle.stays(when=(g3,)),\n}\n'
    )
    found = {m.id: m.after for m in mutate.mutants_of("t.py", source)}
    assert found == {
        "t.py:2:11:union:drop (idle | rona).to(B, when=(g1, ~g2))": '"go": idle.stays(when=(g3,)),',
        "t.py:2:11:union:drop idle.stays(when=(g3,))": '"go": (idle | rona).to(B, when=(g1, ~g2)),',
        "t.py:2:12:union:drop idle": '"go": (rona).to(B, when=(g1, ~g2))',
        "t.py:2:12:union:drop rona": '"go": (idle).to(B, when=(g1, ~g2))',
        "t.py:2:36:guard:drop guard g1": '"go": (idle | rona).to(B, when=(~g2,))',
        "t.py:2:36:guard:drop guard ~g2": '"go": (idle | rona).to(B, when=(g1,))',
        "t.py:2:41:negate:~g2 → g2": '"go": (idle | rona).to(B, when=(g1, g2))',
        "t.py:3:23:guard:drop guard g3": "| idle.stays(when=()),",
    }


def test_the_reference_modules_all_mutate_and_the_printing_is_left_alone() -> None:
    modules = mutate.module_files()
    assert "__init__.py" not in modules
    assert {"desktop.py", "display.py", "transitions.py"} <= set(modules)
    for module in modules:
        source = (mutate.SOURCE_DIR / module).read_text("utf-8")
        mutants = mutate.mutants_of(module, source)
        assert mutants, module
        assert len({m.id for m in mutants}) == len(mutants)
        for name in mutate.NOT_BEHAVIOUR.get(module, ()):
            tree = ast.parse(source)
            function = next(
                n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == name
            )
            lines = range(function.lineno, (function.end_lineno or function.lineno) + 1)
            assert not [m.id for m in mutants if m.line in lines]


def test_module_names_are_normalized() -> None:
    assert mutate.normalize_module("desktop") == "desktop.py"
    assert mutate.normalize_module("desktop.py") == "desktop.py"
    assert mutate.normalize_module("agentstatus.reference_impl.desktop") == "desktop.py"


def test_the_equivalents_file(tmp_path: Path) -> None:
    listed = tmp_path / "equivalents.txt"
    listed.write_text(
        "# header\n\n"
        "tiny.py:9:9:number:3 → 4  # LIMIT is never read\n"
        "#   - LIMIT = 3\n"
        "#   + LIMIT = 4\n"
        "tiny.py:1:1:number:7 → 8  # no such mutant any more\n"
        "tiny.py:21:5:remove:assignment → pass\n"
        "tiny.py:22:5:remove:del → pass  # checked when line 22 was another line\n"
        "#   - del other[0]\n"
        "other.py:1:1:number:1 → 2  # another module, not mutated in this run\n",
        "utf-8",
    )
    equivalents = mutate.read_equivalents(listed)
    assert equivalents.reasons["tiny.py:9:9:number:3 → 4"] == "LIMIT is never read"
    assert equivalents.checked["tiny.py:9:9:number:3 → 4"] == ("LIMIT = 3", "LIMIT = 4")
    assert equivalents.problems == [
        "equivalents.txt:7: tiny.py:21:5:remove:assignment → pass gives no reason; add '  # why'"
    ]
    mutants = mutate.mutants_of("tiny.py", TINY)
    assert mutate.stale_entries(equivalents, mutants, ["tiny.py"]) == {
        "tiny.py:1:1:number:7 → 8": "matches no mutant",
        "tiny.py:22:5:remove:del → pass": "names another change now: del items[0] → pass",
    }


def test_the_report_counts_equivalents_out_of_the_score() -> None:
    mutants = mutate.mutants_of("tiny.py", TINY)
    equivalents = {mutants[0].id: "LIMIT is never read", mutants[3].id: "wrongly listed"}
    outcomes = [
        mutate.Outcome(mutants[0], "survived", 1.0),  # listed: equivalent
        mutate.Outcome(mutants[1], "survived", 1.0),
        mutate.Outcome(mutants[2], "timeout", 60.0),
        *(mutate.Outcome(m, "killed", 1.0, "test_x") for m in mutants[3:]),
    ]
    tally = mutate.tally(outcomes, equivalents)
    assert (tally.total, tally.killed, tally.timeouts, tally.survived, tally.equivalent) == (
        19,
        17,
        1,
        1,
        1,
    )
    assert tally.score == pytest.approx(100 * 17 / 18)
    report = mutate.render_report(outcomes, equivalents, wall=3.0)
    assert "score       94.4%" in report
    assert "equivalent  tiny.py:9:9:number:3 → 4  # LIMIT is never read" in report
    assert (
        "Survivors (1):\n  tiny.py:9:9:number:3 → 2\n      - LIMIT = 3\n      + LIMIT = 2"
    ) in report
    assert "Listed as equivalent but killed (1)" in report
    written = mutate.survivors_text(outcomes, equivalents, "header")
    assert "tiny.py:9:9:number:3 → 2\n#   - LIMIT = 3\n#   + LIMIT = 2\n" in written


def test_the_fingerprint_sees_a_changed_suite(tmp_path: Path) -> None:
    (tmp_path / "steps").mkdir()
    (tmp_path / "steps" / "definitions.py").write_text("A = 1\n", "utf-8")
    before = mutate.fingerprint(["steps", "pyproject.toml"], root=tmp_path)
    assert list(before) == ["steps/definitions.py"]
    (tmp_path / "steps" / "definitions.py").write_text("A = 22\n", "utf-8")
    assert mutate.fingerprint(["steps", "pyproject.toml"], root=tmp_path) != before


# -------------------------------------------------------------------------- the loader

PACKAGE_SOURCE = (
    "LIMIT = 3\n\n\ndef limit() -> int:\n    return LIMIT\n\n\ndef spare() -> int:\n    return 7\n"
)
TEST_SOURCE = "from tinypkg.tiny import limit\n\n\ndef test_limit():\n    assert limit() == 3\n"


@pytest.fixture
def tiny_package(tmp_path: Path) -> Path:
    """``tinypkg.tiny``, importable from ``tmp_path``, with a test that checks ``limit()``."""
    (tmp_path / "tinypkg").mkdir()
    (tmp_path / "tinypkg" / "__init__.py").write_text("", "utf-8")
    (tmp_path / "tinypkg" / "tiny.py").write_text(PACKAGE_SOURCE, "utf-8")
    (tmp_path / "test_tiny.py").write_text(TEST_SOURCE, "utf-8")
    (tmp_path / "work").mkdir()
    return tmp_path


def _runner(folder: Path) -> object:
    runner = mutate.Runner(["test_tiny.py", *mutate.FIXED_PYTEST_ARGS], folder / "work", cwd=folder)
    runner.env["PYTHONPATH"] = str(folder)
    return runner


def test_the_loader_serves_the_mutated_module(tiny_package: Path) -> None:
    runner = _runner(tiny_package)
    snapshot = tiny_package / "work" / "tiny.py"
    snapshot.write_text(PACKAGE_SOURCE, "utf-8")
    baseline = runner.run({"tinypkg.tiny": snapshot}, "baseline", timeout=60)
    assert (baseline.exit, baseline.served) == (0, {"tinypkg.tiny": True})

    mutants = {m.id: m for m in mutate.mutants_of("tiny.py", PACKAGE_SOURCE, "tinypkg")}
    killed = mutate.run_mutant(
        runner, {"tinypkg.tiny": snapshot}, mutants["tiny.py:1:9:number:3 → 4"], 1, 60
    )
    assert (killed.status, killed.imported) == ("killed", True)
    assert "test_limit" in killed.detail
    survived = mutate.run_mutant(
        runner, {"tinypkg.tiny": snapshot}, mutants["tiny.py:9:12:number:7 → 8"], 2, 60
    )
    assert (survived.status, survived.imported) == ("survived", True)
    assert (tiny_package / "tinypkg" / "tiny.py").read_text("utf-8") == PACKAGE_SOURCE


def test_a_survivor_is_run_again_from_each_angle_until_one_kills_it(tiny_package: Path) -> None:
    runner = _runner(tiny_package)
    snapshot = tiny_package / "work" / "tiny.py"
    snapshot.write_text(PACKAGE_SOURCE, "utf-8")
    # spare() is checked only by a test the default run does not select: an angle runs it.
    (tiny_package / "test_spare.py").write_text(
        "from tinypkg.tiny import spare\n\n\ndef test_spare():\n    assert spare() == 7\n",
        "utf-8",
    )
    mutant = next(
        m
        for m in mutate.mutants_of("tiny.py", PACKAGE_SOURCE, "tinypkg")
        if m.id == "tiny.py:9:12:number:7 → 8"
    )
    nothing = mutate.Angle("nothing", ("test_tiny.py", *mutate.FIXED_PYTEST_ARGS, "-m", "none"))
    spare = mutate.Angle("spare", ("test_spare.py", *mutate.FIXED_PYTEST_ARGS))
    outcome = mutate.run_mutant(runner, {"tinypkg.tiny": snapshot}, mutant, 1, 60, [nothing, spare])
    assert outcome.status == "killed"
    assert outcome.detail.startswith("spare: ") and "test_spare" in outcome.detail
    alone = mutate.run_mutant(runner, {"tinypkg.tiny": snapshot}, mutant, 2, 60, [nothing])
    assert alone.status == "survived"  # a selection with no test in it kills nothing


def test_the_alternative_readings_and_the_angles_they_give(tmp_path: Path) -> None:
    readings = tmp_path / "readings.yaml"
    readings.write_text(
        "# comment\nversion: 1\nreadings:\n"
        "  INT-4:\n    default: total\n    alternatives:\n"
        '      total:\n        en: "x"\n      restart:\n        en: "y: z"\n'
        "  INT-9:\n    default: flicker\n    alternatives:\n"
        "      flicker:\n        en: x\n      reopen-kept:\n        en: x\n"
        "      routable:\n        en: x\n",
        "utf-8",
    )
    found = mutate.alternative_readings(readings)
    assert found == [("INT-4", "restart"), ("INT-9", "reopen-kept"), ("INT-9", "routable")]
    assert mutate.alternative_readings(tmp_path / "missing.yaml") == []
    angles = mutate.angles(["spec.py"], found)
    assert [a.name for a in angles] == [
        "ManualClock",
        "INT-4=restart",
        "INT-9=reopen-kept",
        "INT-9=routable",
    ]
    assert angles[0].args[-2:] == ("--implementation", mutate.MANUAL_CLOCK_KIND)
    assert angles[1].args[0] == "spec.py"
    assert angles[1].args[-4:] == (
        "-m",
        "INT-4",
        "--implementation",
        "reference:python+INT-4=restart",
    )
    # The suite's own file has every contested note's alternatives.
    assert ("INT-17", "lenient") in mutate.alternative_readings()
    assert all(reading != "strict" for _, reading in mutate.alternative_readings())


def test_a_bypassed_loader_stops_the_run_rather_than_count_survivors(
    tiny_package: Path,
) -> None:
    # pytest's assertion rewriter, put ahead of every finder, finds this package itself
    # (agentstatus.reference_impl it cannot: a package-dir mapping): the run must say so.
    (tiny_package / "conftest.py").write_text(
        'import pytest\n\npytest.register_assert_rewrite("tinypkg")\n', "utf-8"
    )
    mutant = next(
        m
        for m in mutate.mutants_of("tiny.py", PACKAGE_SOURCE, "tinypkg")
        if m.id == "tiny.py:9:12:number:7 → 8"
    )
    with pytest.raises(mutate.MutationError, match="import hook was bypassed"):
        mutate.run_mutant(_runner(tiny_package), {}, mutant, 1, 60)


def test_the_copy_of_the_checkout_is_laid_out_as_installed(tmp_path: Path) -> None:
    root = tmp_path / "root"
    for folder in ("agentstatus", "reference_impl", ".git", "build", "steps/__pycache__"):
        (root / folder).mkdir(parents=True)
    (root / "pyproject.toml").write_text(
        '[tool.setuptools.package-dir]\n"agentstatus" = "agentstatus"\n'
        '"agentstatus.reference_impl" = "reference_impl"\n"agentstatus.steps" = "steps"\n',
        "utf-8",
    )
    (root / "reference_impl" / "desktop.py").write_text("X = 1\n", "utf-8")
    (root / "steps" / "__pycache__" / "x.pyc").write_bytes(b"")
    copy = mutate.copy_checkout(tmp_path / "copy", root=root)
    assert (copy / "agentstatus" / "reference_impl" / "desktop.py").read_text("utf-8") == "X = 1\n"
    assert (copy / "agentstatus" / "steps").is_symlink()
    assert not (copy / ".git").exists() and not (copy / "build").exists()
    assert not (copy / "steps" / "__pycache__").exists()
