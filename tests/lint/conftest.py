"""Fixture trees for the spec lint: the clean tree, optionally overlaid by a broken case.

A tree is assembled in a temporary ``features`` directory: the project's own catalogue,
schema, source text and interpretation notes (so the fixtures never drift from them), the
clean feature files of ``fixtures/clean``, then the files of each named overlay, which
replace or add feature files. Paths in violations then read ``features/en/rona.feature``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

PROJECT_FEATURES = Path(__file__).resolve().parents[2] / "features"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = (
    "requirements.yaml",
    "requirements.schema.json",
    "INTERPRETING.md",
    "INTERPRETING.sv.md",
    "source",
)

MakeTree = Callable[..., Path]


@pytest.fixture
def make_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MakeTree]:
    """Build ``tmp_path/features`` from the clean fixture plus overlays; cwd is ``tmp_path``."""
    monkeypatch.chdir(tmp_path)

    def make(*overlays: str) -> Path:
        root = tmp_path / "features"
        if root.exists():
            shutil.rmtree(root)
        root.mkdir()
        for name in SHARED:
            source = PROJECT_FEATURES / name
            if source.is_dir():
                shutil.copytree(source, root / name)
            elif source.is_file():
                shutil.copy2(source, root / name)
        for layer in ("clean", *overlays):
            shutil.copytree(FIXTURES / layer, root, dirs_exist_ok=True)
        return root

    yield make
