"""The spec lint: the Swedish and English features, the catalogue and the notes agree.

``lint(features_dir)`` loads the directory into a small model (``model.Spec``) and runs
every check of ``checks.CHECKS`` over it; the same function backs ``agentstatus lint`` and
the test that keeps the shipped features clean.
"""

from __future__ import annotations

from pathlib import Path

from agentstatus.lint.catalogue import AREAS, REQUIREMENT_IDS, load_catalogue, load_notes
from agentstatus.lint.checks import CHECKS, Check
from agentstatus.lint.model import LANGUAGES, FeatureFile, Spec, Violation, load_feature

__all__ = [
    "AREAS",
    "CHECKS",
    "REQUIREMENT_IDS",
    "Check",
    "Spec",
    "Violation",
    "lint",
    "load_spec",
]


def _display_root(root: Path) -> str:
    """Paths in messages as the author would type them: relative to the working directory."""
    try:
        return root.resolve().relative_to(Path.cwd().resolve()).as_posix() or "."
    except ValueError:
        return root.as_posix()


def load_spec(root: Path) -> Spec:
    """Read every feature file, the catalogue and the notes under ``root``; never raises on
    broken content (that is what the checks report)."""
    display_root = _display_root(root)
    files: dict[str, tuple[FeatureFile, ...]] = {}
    missing: list[str] = []
    for language in LANGUAGES:
        directory = root / language
        # Recursive, as pytest-bdd's ``scenarios(directory)`` is.
        paths = sorted(directory.rglob("*.feature")) if directory.is_dir() else []
        files[language] = tuple(
            load_feature(path, directory, f"{display_root}/{language}", language) for path in paths
        )
        if not paths:
            missing.append(f"{display_root}/{language}/")
    return Spec(
        root=root,
        display_root=display_root,
        files=files,
        catalogue=load_catalogue(root, display_root),
        notes=load_notes(root, display_root, "en"),
        missing_dirs=tuple(missing),
        notes_sv=load_notes(root, display_root, "sv"),
    )


def lint(root: Path, checks: tuple[Check, ...] = CHECKS) -> list[Violation]:
    """Every violation under ``root``, sorted by file and line."""
    spec = load_spec(root)
    found: set[Violation] = set()
    for check in checks:
        found.update(check(spec))
    return sorted(found)
