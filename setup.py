"""Compiles the gettext catalogs into the wheel; everything else is in ``pyproject.toml``.

The ``.po`` files are the committed source; a wheel carries the ``.mo`` files compiled from
them, so an installed suite never has to write into its own folder. (A checkout compiles
them on first use instead: ``agentstatus.reports.i18n.ensure_compiled``.)
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithCatalogs(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib, "agentstatus", "locales")
        for po in sorted(Path("locales").glob("*/LC_MESSAGES/*.po")):
            mo = target / po.relative_to("locales").with_suffix(".mo")
            mo.parent.mkdir(parents=True, exist_ok=True)
            with po.open("rb") as source:
                catalog = read_po(source)
            with mo.open("wb") as compiled:
                write_mo(compiled, catalog, use_fuzzy=False)


setup(cmdclass={"build_py": BuildPyWithCatalogs})
