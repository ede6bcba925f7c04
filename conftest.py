"""The suite's pytest plugin, for every test run from this checkout."""

pytest_plugins = ["agentstatus.plugin"]
