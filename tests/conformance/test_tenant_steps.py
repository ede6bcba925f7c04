"""What the tenant steps send, the idle reasons a scenario configures by name, and what
the scenario context remembers of its last command for the timer's refresh lag (INT-24)."""

from __future__ import annotations

from typing import Any

import pytest

from agentstatus.contract import Accepted, Rejection, TenantConfig
from agentstatus.contract.config import SOURCE_DEFAULTED
from agentstatus.steps import definitions as steps
from agentstatus.steps.context import ScenarioContext
from agentstatus.steps.expectations import Mismatch
from agentstatus.steps.messages import render
from agentstatus.steps.vocabulary import idle_reason_id


class RecordingDriver:
    """Starts with whatever it is given and answers every command; counts snapshots."""

    def __init__(self) -> None:
        self.started: list[TenantConfig] = []
        self.sent: list[str] = []
        self.advanced: list[float] = []
        self.state = {"state": "LoggedOut", "idle_reason": None, "state_timer": None}

    def start(self, config: TenantConfig) -> None:
        self.started.append(config)

    def send(self, command: Any) -> Accepted | Rejection:
        self.sent.append(command.name)
        if command.name == "choose_state":
            self.state = {"state": "Idle", "idle_reason": "lunch", "state_timer": "00:00"}
        return Accepted()

    def advance(self, seconds: float) -> None:
        self.advanced.append(seconds)

    def snapshot(self) -> dict[str, Any]:
        return dict(self.state)


def context(language: str = "en") -> tuple[ScenarioContext, RecordingDriver]:
    driver = RecordingDriver()
    return ScenarioContext(driver, language), driver  # type: ignore[arg-type]


# ------------------------------------------------------------- what is sent


def test_the_default_values_send_nothing_the_source_gives_a_default_for() -> None:
    ctx, driver = context()
    steps.default_tenant(ctx)
    ctx.ensure_started()
    sent = driver.started[0].settings()
    assert not set(sent) & SOURCE_DEFAULTED
    assert set(sent) == {
        "idle_reasons",
        "default_idle_reason",
        "agent_available_after_outdial",
        "capacity",
        "reload_restore_seconds",
    }
    # What the desktop runs with where nothing was sent: the contract's defaults.
    assert driver.started[0] == TenantConfig()


def test_a_step_that_sets_one_limit_sends_that_limit_only() -> None:
    ctx, driver = context("sv")
    steps.default_tenant(ctx)
    steps.rona_timeout(ctx, "chatt", 15)
    steps.rona_timeout(ctx, "röstsamtal", 10)
    steps.channel_capacity(ctx, "chatt", 2)
    ctx.ensure_started()
    sent = driver.started[0].settings()
    assert sent["rona_timeouts"] == {"chat": 15, "voice": 10}
    assert sent["capacity"] == {"voice": 1, "chat": 2, "email": 1, "social": 1, "campaign": 1}
    assert driver.started[0].rona_timeouts["email"] == 30


def test_a_bad_value_fails_at_the_step_that_sets_it() -> None:
    ctx, _ = context()
    with pytest.raises(Exception, match="reload_restore_seconds must be"):
        ctx.configure(reload_restore_seconds=-1)
    assert ctx.settings == {}


# ------------------------------------------------------ idle reasons by name


def test_an_idle_reason_id_is_the_vocabularys_or_made_from_the_name() -> None:
    assert idle_reason_id("Lunchrast", "sv") == idle_reason_id("Lunch break", "en") == "lunch"
    assert idle_reason_id("Inaktiv", "sv") == idle_reason_id("idle", "en") == "idle"
    assert idle_reason_id("Paus", "sv") == "paus"
    assert idle_reason_id("  Coffee \t Break ", "en") == "coffee break"
    with pytest.raises(ValueError, match="status, not an idle reason"):
        idle_reason_id("Tillgänglig", "sv")


def test_the_table_configures_the_reasons_and_the_default_by_name() -> None:
    ctx, driver = context("sv")
    steps.default_tenant(ctx)
    steps.idle_reasons_table(ctx, [["Paus", "standard"], ["Möte", ""], ["Fika ", ""]])
    assert ctx.settings["idle_reasons"] == ["paus", "meeting", "fika"]
    assert ctx.settings["default_idle_reason"] == "paus"
    assert ctx.status("paus") == "Idle:paus"  # names are matched without regard to case
    assert ctx.status("Möte") == "Idle:meeting"
    assert ctx.status("Lunchrast") == "Idle:lunch"  # the vocabulary keeps working
    assert ctx.idle_reason("Fika") == "fika"
    steps.choose_status(ctx, "Fika")
    assert driver.sent == ["choose_state"]
    assert driver.started[0].default_idle_reason == "paus"


@pytest.mark.parametrize(
    "table",
    [
        [["Break", ""], ["Meeting", ""]],  # no default
        [["Break", "default"], ["Meeting", "default"]],  # two
        [["Break", "default"], ["break", ""]],  # one reason twice
        [["Break", "default", "extra"]],  # a third column
        [],
    ],
)
def test_a_table_that_is_not_one_reason_per_row_with_one_default_fails(
    table: list[list[str]],
) -> None:
    ctx, _ = context()
    with pytest.raises(pytest.fail.Exception, match="exactly one row is the default"):
        steps.idle_reasons_table(ctx, table)


def test_a_mark_that_is_not_the_default_word_or_a_status_for_a_reason_fails() -> None:
    ctx, _ = context()
    with pytest.raises(pytest.fail.Exception, match=r'Unknown word "standard".*"default"'):
        steps.idle_reasons_table(ctx, [["Break", "standard"]])  # the Swedish word in English
    with pytest.raises(pytest.fail.Exception, match='"Available" is not an idle reason'):
        steps.idle_reasons_table(ctx, [["Available", "default"]])


def test_a_message_shows_a_configured_reason_by_its_name() -> None:
    words = {"Idle:paus": "Paus"}
    mismatch = Mismatch("status", "Idle:paus", "Idle:meeting", "status")
    assert render(mismatch, "sv", words) == (
        'Statusen: förväntat "Paus", men skrivbordet visar "Möte"'
    )


def test_an_unknown_status_word_lists_the_configured_names_too() -> None:
    ctx, _ = context()
    steps.idle_reasons_table(ctx, [["Break", "default"]])
    with pytest.raises(pytest.fail.Exception, match=r'"Brake".*"Break"'):
        ctx.status("Brake")


# ------------------------------------------------------- the last command


def test_the_context_knows_the_snapshot_before_the_last_command_and_the_time_since() -> None:
    ctx, driver = context()
    assert ctx.last_command_at is None
    ctx.send("login")
    ctx.advance(180)
    driver.state = {"state": "Idle", "idle_reason": "idle", "state_timer": "03:00"}
    ctx.send("choose_state", state="Idle", idle_reason="lunch")
    last = ctx.last_command_at
    assert last is not None and last.before["state_timer"] == "03:00"
    assert last.seconds_since == 0
    ctx.advance(0.5)
    ctx.advance(0.25)
    assert ctx.last_command_at is not None and ctx.last_command_at.seconds_since == 0.75
    # 00:00 is due, 03:00 is the lunch break's lagging display: accepted within the second
    driver.state = {"state": "Idle", "idle_reason": "lunch", "state_timer": "03:00"}
    steps.state_timer_shows(ctx, "00:00")
    ctx.advance(0.25)
    with pytest.raises(Exception, match="00:01"):
        steps.state_timer_shows(ctx, "00:01")


def test_commands_within_the_second_of_a_status_change_do_not_end_its_lag() -> None:
    ctx, driver = context()
    ctx.send("login")
    ctx.advance(180)
    driver.state = {"state": "Idle", "idle_reason": "idle", "state_timer": "03:00"}
    ctx.send("choose_state", state="Idle", idle_reason="lunch")  # the status changes
    driver.state = {"state": "Idle", "idle_reason": "lunch", "state_timer": "03:00"}
    ctx.advance(0.5)
    ctx.send("offer", channel="chat", contact="chat-1")  # nothing changes
    last = ctx.last_command_at
    assert last is not None and last.before["idle_reason"] == "idle"
    assert last.seconds_since == 0.5
    steps.state_timer_shows(ctx, "00:00")  # the screen has not been redrawn yet
    ctx.advance(0.5)
    ctx.send("offer", channel="chat", contact="chat-2")  # a second on: a new last command
    assert ctx.last_command_at is not None and ctx.last_command_at.seconds_since == 0
    with pytest.raises(Exception, match="00:01"):
        steps.state_timer_shows(ctx, "00:01")
