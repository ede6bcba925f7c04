"""Where the suite's own data lives, the same way in a checkout and in an installed wheel.

The repository keeps ``features/`` and ``locales/`` at its top level; the package maps them to
``agentstatus.features`` and ``agentstatus.locales`` (``pyproject.toml``), so a path is found
through the import system rather than by counting parent folders.
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path


def package_dir(name: str) -> Path:
    """The folder of an ``agentstatus`` package, without running more than its ``__init__``."""
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{name} is missing from this installation of agentstatus")
    return Path(next(iter(spec.submodule_search_locations))).resolve()


FEATURES = package_dir("agentstatus.features")
LOCALES = package_dir("agentstatus.locales")
CONFORMANCE = package_dir("agentstatus.conformance")
