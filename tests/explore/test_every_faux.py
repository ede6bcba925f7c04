"""Every fauxmplementation diverges from the reference within the default budget, and the
reference does not diverge from itself, in-process or served over the protocol."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from agentstatus.cli import main
from agentstatus.explore import Budget, explore
from agentstatus.explore.budget import DEFAULT_EXAMPLES
from agentstatus.implementations.faux import FAUXES


@pytest.mark.parametrize("ident", sorted(FAUXES))
def test_every_faux_is_found_within_the_default_budget(ident: str) -> None:
    # Finding is the claim here; shrinking is the round trip's (tests/explore/test_round_trip.py).
    exploration = explore(f"faux:{ident}", Budget(shrink=False))
    assert exploration.found, f"faux:{ident} not found in {exploration.examples} examples"
    assert exploration.first_found is not None
    assert exploration.first_found[0] <= DEFAULT_EXAMPLES


@pytest.mark.parametrize(
    "implementation",
    ["reference:python", f"exec:{sys.executable} -m agentstatus.cli serve"],
    ids=["in-process", "served"],
)
def test_the_reference_does_not_diverge_from_itself(
    implementation: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.monotonic()
    status = main(
        ["explore", "--implementation", implementation, "--report-dir", str(tmp_path / "out")]
    )
    elapsed = time.monotonic() - started
    printed = capsys.readouterr().out
    assert status == 0, printed
    assert "No divergence in" in printed
    data = json.loads((tmp_path / "out" / "explore.json").read_text("utf-8"))
    assert data["found"] is False
    assert data["run"]["examples"] >= DEFAULT_EXAMPLES
    assert not list((tmp_path / "out").glob("*.feature"))
    assert elapsed < 60, f"{implementation}: {elapsed:.1f} s for the default budget"
