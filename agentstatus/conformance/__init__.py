"""The specification as pytest tests: ``pytest --pyargs agentstatus.conformance``.

Each module turns one language's features into tests with pytest-bdd; ``conftest.py`` gives
them the step definitions. ``agentstatus run`` runs this package; another project's own test
run can include it too (README, "Checking your implementation in CI").
"""
