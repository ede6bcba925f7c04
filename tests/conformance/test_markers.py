"""Feature tags become registered markers, so ``--strict-markers`` stays on."""

from __future__ import annotations

import pytest

from agentstatus.harness.markers import feature_tags, tags_in


def test_tags_are_read_from_tag_lines_only() -> None:
    lines = ["  @SC-AV-01 @AV-1 # a comment @NOT-A-TAG", "Scenario: mail to x@y.z", "@INT-4"]
    assert tags_in(lines) == {"SC-AV-01", "AV-1", "INT-4"}


def test_every_feature_tag_is_a_registered_marker(pytestconfig: pytest.Config) -> None:
    registered = {line.split(":", 1)[0] for line in pytestconfig.getini("markers")}
    tags = feature_tags()
    assert {"SC-RONA-01", "RONA-3", "INT-2", "UC-9"} <= tags
    assert tags <= registered
