"""The project's own tests run with the suite's pytest plugin, which the installed package
registers through its ``pytest11`` entry point (``pyproject.toml``); nothing to add here."""
