"""The reference driver and its clock seam."""

from __future__ import annotations

import pytest

from agentstatus.contract import CONTRACT_VERSION, Driver, TenantConfig, parse_command
from agentstatus.implementations import Connectable
from agentstatus.reference_impl.clock import ManualClock
from agentstatus.reference_impl.driver import ReferenceDriver


def test_the_manual_clock_adds_up_exactly() -> None:
    """Float seconds drift when summed; a deadline at exactly 9 s must still be met."""
    clock = ManualClock()
    for step in (3.999, 0.001, 4.999, 0.001):
        clock.tick(step)
    assert clock.now() == 9.0
    clock.tick(0.1)
    clock.tick(0.2)
    assert clock.now() == 9.3


def test_the_manual_clock_only_moves_forward() -> None:
    with pytest.raises(ValueError, match="forward"):
        ManualClock().tick(-1)


def test_an_offer_due_after_many_small_steps_turns_rona_on_time() -> None:
    driver = ReferenceDriver()
    driver.start(TenantConfig())
    for command in ({"command": "login"}, {"command": "choose_state", "state": "Available"}):
        driver.send(parse_command(command))
    driver.send(parse_command({"command": "offer", "channel": "voice", "contact": "c1"}))
    for _ in range(180):
        driver.advance(0.1)
    assert driver.snapshot()["state"] == "RONA"


def test_the_driver_refuses_to_go_back_in_time() -> None:
    driver = ReferenceDriver()
    driver.start(TenantConfig())
    with pytest.raises(ValueError, match="forward"):
        driver.advance(-0.5)


def test_the_driver_needs_start_first() -> None:
    with pytest.raises(RuntimeError, match="start"):
        ReferenceDriver().snapshot()


def test_the_reference_is_a_driver_reached_as_reference_python() -> None:
    driver = Connectable.parse("reference:python").connect()
    assert isinstance(driver, Driver)
    info = driver.info()
    assert (info.language, info.contract_version) == ("python", CONTRACT_VERSION)


def test_start_gives_a_fresh_desktop() -> None:
    driver = ReferenceDriver()
    driver.start(TenantConfig())
    driver.send(parse_command({"command": "login"}))
    driver.start(TenantConfig())
    assert driver.snapshot()["logged_in"] is False
