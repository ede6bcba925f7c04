"""The project's own tests run with the suite's pytest plugin, which the installed package
registers through its ``pytest11`` entry point (``pyproject.toml``).

Many tests start Python subprocesses (suite runs, served implementations, the explorer).
Where the environment forbids bytecode files (``PYTHONDONTWRITEBYTECODE``), each of them
would compile every module of the suite again; instead the subprocesses share one bytecode
cache in a temporary folder of this test session (``PYTHONPYCACHEPREFIX``), so nothing is
written into the checkout or the installed packages.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

#: The session's bytecode folder, removed when the session ends.
_KEY = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    if "PYTHONPYCACHEPREFIX" in os.environ:
        return
    folder = tempfile.mkdtemp(prefix="agentstatus-tests-pycache-")
    config.stash[_KEY] = folder
    os.environ["PYTHONPYCACHEPREFIX"] = folder
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_KEY, None)
    if folder is not None:
        os.environ.pop("PYTHONPYCACHEPREFIX", None)
        shutil.rmtree(folder, ignore_errors=True)
