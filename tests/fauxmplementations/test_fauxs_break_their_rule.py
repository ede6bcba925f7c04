"""Each fauxmplementation breaks its one rule, seen through the contract alone, while the
reference keeps it: the same check, two implementations, opposite verdicts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from agentstatus.contract import Driver, Rejection, TenantConfig
from agentstatus.harness.validation import ContractCheckingDriver, ContractViolation
from agentstatus.implementations import Connectable, ConnectableError
from agentstatus.implementations.faux import FAUXES
from tests.contract.desk import Desk


def desk_for(spec: str, **config: Any) -> Desk:
    return Desk(Connectable.parse(spec).connect(), **config)


def rona_after_18_seconds(desk: Desk) -> bool:
    desk.available()
    desk.offer("voice", "c1")
    return bool(desk.advance(18)["state"] == "RONA")


def flashes_in_the_last_5_seconds(desk: Desk) -> bool:
    desk.available()
    desk.offer("chat", "c1")
    return bool(desk.advance(25)["offers"][0]["accept_flashing"])


def timer_restarts_on_a_status_change(desk: Desk) -> bool:
    desk.login()
    desk.advance(90)
    return bool(desk.do("choose_state", state="Available")["state_timer"] == "00:00")


def accept_answers(desk: Desk) -> bool:
    desk.available()
    desk.offer("chat", "c1")
    try:
        desk.send("accept", contact="c1")
    except RuntimeError:
        return False
    return True


def snapshot_matches_the_schema(desk: Desk) -> bool:
    desk.available()
    try:
        ContractCheckingDriver(desk.driver).snapshot()
    except ContractViolation:
        return False
    return True


def rona_cannot_be_chosen(desk: Desk) -> bool:
    desk.available()
    result = desk.send("choose_state", state="RONA")
    return isinstance(result, Rejection) and desk.snap["state"] == "Available"


def idle_is_not_routed(desk: Desk) -> bool:
    desk.login()
    return not desk.snap["routable_channels"] and isinstance(
        desk.send("offer", channel="chat", contact="c1"), Rejection
    )


def the_default_limits_are_the_sources(desk: Desk) -> bool:
    """Started with nothing configured (what the suite's Background leaves out), a call
    turns the agent RONA at the source's 18 s: the implementation's own default."""
    return rona_after_18_seconds(Desk(desk.driver, TenantConfig.from_dict({})))


def a_rejection_changes_nothing(desk: Desk) -> bool:
    desk.login()
    desk.advance(30)
    before = desk.snap
    desk.send("choose_state", state="Idle")  # already Idle: refused
    return bool(desk.snap == before)


CHECKS: dict[str, Callable[[Desk], bool]] = {
    "never-rona": rona_after_18_seconds,
    "no-flash": flashes_in_the_last_5_seconds,
    "timer-never-resets": timer_restarts_on_a_status_change,
    "crash-on-accept": accept_answers,
    "garbage-snapshot": snapshot_matches_the_schema,
    "manual-rona": rona_cannot_be_chosen,
    "idle-routable": idle_is_not_routed,
    "dirty-rejection": a_rejection_changes_nothing,
    "wrong-defaults": the_default_limits_are_the_sources,
}


def test_every_faux_has_a_check() -> None:
    assert set(CHECKS) == set(FAUXES)


@pytest.mark.parametrize("ident", sorted(CHECKS))
def test_the_reference_keeps_the_rule(ident: str) -> None:
    assert CHECKS[ident](desk_for("reference:python"))


@pytest.mark.parametrize("ident", sorted(CHECKS))
def test_the_faux_breaks_it(ident: str) -> None:
    assert not CHECKS[ident](desk_for(f"faux:{ident}"))


@pytest.mark.parametrize("ident", sorted(FAUXES))
def test_a_faux_is_a_driver_that_says_what_it_breaks(ident: str) -> None:
    driver = Connectable.parse(f"faux:{ident}").connect()
    assert isinstance(driver, Driver)
    info = driver.info()
    assert info.name.startswith(f"faux:{ident} (breaks: ")


def test_an_unknown_faux_is_refused_with_the_known_names() -> None:
    with pytest.raises(ConnectableError, match="never-rona"):
        Connectable.parse("faux:always-right").connect()


@pytest.mark.parametrize("ident", sorted(set(FAUXES) - {"garbage-snapshot"}))
def test_only_the_garbage_faux_breaks_the_schema(ident: str) -> None:
    """The others break a rule, not the data format: their failures must be about the rule."""
    desk = desk_for(f"faux:{ident}")
    checked = ContractCheckingDriver(desk.driver)
    desk.available()
    desk.offer("voice", "c1")
    desk.advance(14)
    checked.snapshot()
