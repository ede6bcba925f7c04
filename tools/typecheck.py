"""``python3 tools/typecheck.py``: mypy over the package as it is installed.

mypy cannot follow the ``package-dir`` mapping (``steps/`` is ``agentstatus.steps`` only once
installed, through an import hook mypy does not run), so this lays the installed layout out
as symbolic links in a temporary folder and checks that, with the project's settings.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def layout(target: Path) -> Path:
    """``target/agentstatus``, mirroring the wheel, made of links into the checkout."""
    mapping = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
        "package-dir"
    ]
    package = target / "agentstatus"
    package.mkdir()
    for entry in (ROOT / "agentstatus").iterdir():
        (package / entry.name).symlink_to(entry)
    for name, folder in mapping.items():
        if name != "agentstatus":
            (package / name.split(".", 1)[1]).symlink_to(ROOT / folder)
    return package


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        layout(Path(folder))
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--config-file",
                str(ROOT / "pyproject.toml"),
                "-p",
                "agentstatus",
            ],
            cwd=folder,
            check=False,
        )
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
