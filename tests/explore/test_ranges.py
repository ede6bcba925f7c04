"""Where the source allows a range, any value in it is accepted, and the clock never stops
where the features would not look: the Teams presence until it has settled, the second
before a reload is restored, the state timer's refresh lag (INT-9, INT-10, INT-24)."""

from __future__ import annotations

from typing import Any

from agentstatus.contract import CAPABILITIES, TenantConfig, parse_command
from agentstatus.explore.compare import Declared, differences, within_a_second
from agentstatus.explore.ranges import Ranges, Tolerance
from agentstatus.reference_impl.driver import ReferenceDriver
from agentstatus.steps.expectations import LastCommand

EVERYTHING = Declared.of(CAPABILITIES)
SETTLED = Tolerance(teams_settled=True, timer_slack=False)
UNSETTLED = Tolerance(teams_settled=False, timer_slack=False)


def desktop(**changes: Any) -> ReferenceDriver:
    driver = ReferenceDriver()
    driver.start(TenantConfig().with_changes(**changes))
    driver.send(parse_command({"command": "login"}))
    return driver


def send(driver: ReferenceDriver, command: str, **args: Any) -> None:
    driver.send(parse_command({"command": command, **args}))


def test_the_teams_presence_is_compared_only_once_it_has_settled() -> None:
    ours = desktop(teams_presence_sync=True).snapshot()
    theirs = {**ours, "teams": {"synced_status": "Idle"}}  # an earlier first sync
    assert differences(ours, theirs, EVERYTHING, UNSETTLED) == []
    assert differences(ours, theirs, EVERYTHING, SETTLED) == ["teams"]
    # whether Teams is shown at all is always compared, and only where it is declared
    assert differences(ours, {**ours, "teams": None}, EVERYTHING, UNSETTLED) == ["teams"]
    assert differences(ours, {**ours, "teams": None}, Declared.of(()), SETTLED) == []


def test_teams_settles_40_minutes_after_the_first_login_and_12_seconds_after_a_change() -> None:
    driver = desktop(teams_presence_sync=True)
    ranges = Ranges(driver)
    for seconds, settled in ((2399, False), (1, True)):
        ranges.before_advance()
        driver.advance(seconds)
        ranges.after_advance()
        assert ranges.tolerance().teams_settled is settled
    send(driver, "choose_state", state="Available")
    ranges.after_command()
    assert not ranges.tolerance().teams_settled
    for seconds, settled in ((11.999, False), (0.001, True)):
        ranges.before_advance()
        driver.advance(seconds)
        ranges.after_advance()
        assert ranges.tolerance().teams_settled is settled


def test_the_clock_never_stops_in_the_second_before_a_reload_is_restored() -> None:
    driver = desktop(reload_restore_seconds=2)
    send(driver, "choose_state", state="Available")
    send(driver, "reload")
    ranges = Ranges(driver)
    assert ranges.clamp(1) == 1  # a second before: Idle, as SC-AV-05 checks
    assert ranges.clamp(1.5) == 2  # in between: on to the restore
    assert ranges.clamp(1.999) == 2
    assert ranges.clamp(2.5) == 2.5
    ranges.before_advance()
    driver.advance(2)
    ranges.after_advance()
    assert ranges.tolerance().timer_slack  # an earlier restore shows a second more
    ranges.before_advance()
    driver.advance(0.5)
    ranges.after_advance()
    ours = driver.snapshot()
    assert ours["state_timer"] == "00:00"
    slack = ranges.tolerance()
    assert differences(ours, {**ours, "state_timer": "00:01"}, EVERYTHING, slack) == []
    assert differences(ours, {**ours, "state_timer": "00:02"}, EVERYTHING, slack) == ["state_timer"]
    send(driver, "choose_state", state="Idle", idle_reason="lunch")
    assert not ranges.tolerance().timer_slack  # a new status: exact again


def test_the_state_timer_may_lag_for_a_second_after_a_status_change() -> None:
    driver = desktop()
    driver.advance(5)
    before = driver.snapshot()
    send(driver, "choose_state", state="Available")
    ours = driver.snapshot()
    lagging = {**ours, "state_timer": before["state_timer"]}
    for since, accepted in ((0.0, True), (0.999, True), (1.0, False)):
        tolerance = Tolerance(False, False, LastCommand(before, since))
        assert (differences(ours, lagging, EVERYTHING, tolerance) == []) is accepted


def test_timers_are_compared_as_a_person_reads_them() -> None:
    ours = {"state_timer": "00:05", "interactions": [{"contact": "c", "connected_timer": "01:02"}]}
    theirs = {"state_timer": "0:05", "interactions": [{"contact": "c", "connected_timer": "1:02"}]}
    assert differences(ours, theirs, EVERYTHING, SETTLED) == []
    assert differences(ours, {**theirs, "state_timer": "00:00:05"}, EVERYTHING, SETTLED) == [
        "state_timer"
    ]
    assert within_a_second("00:05", "0:06") and not within_a_second("00:05", "00:04")


def test_channels_of_an_undeclared_capability_are_not_compared() -> None:
    ours = {"routable_channels": ["voice", "chat", "email", "social", "campaign"]}
    theirs = {"routable_channels": ["voice", "chat", "email"]}
    assert differences(ours, theirs, Declared.of(()), SETTLED) == []
    assert differences(ours, theirs, EVERYTHING, SETTLED) == ["routable_channels"]
