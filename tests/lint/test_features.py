"""The shipped features pass the spec lint: this is what keeps sv/ and en/ from drifting."""

from __future__ import annotations

import pytest

from agentstatus.lint import lint
from tests.lint.conftest import PROJECT_FEATURES

SHOWN = 40


def test_the_project_features_pass_the_spec_lint() -> None:
    violations = lint(PROJECT_FEATURES)
    listing = "\n".join(str(v) for v in violations[:SHOWN])
    more = f"\n... and {len(violations) - SHOWN} more" if len(violations) > SHOWN else ""
    if violations:
        pytest.fail(
            f"the features violate the spec lint ({len(violations)} violation(s); "
            f"`agentstatus lint` lists them all):\n{listing}{more}",
            pytrace=False,
        )
