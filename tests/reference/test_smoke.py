from __future__ import annotations

from agentstatus.contract import Driver, TenantConfig, parse_command


def test_voice_offer_unanswered_for_18_seconds_turns_available_agent_rona(driver: Driver) -> None:
    driver.start(TenantConfig())
    for command in (
        {"command": "login"},
        {"command": "choose_state", "state": "Available"},
        {"command": "offer", "channel": "voice", "contact": "c1"},
    ):
        driver.send(parse_command(command))
    driver.advance(17)
    assert driver.snapshot()["state"] == "Available"
    driver.advance(1)
    assert driver.snapshot()["state"] == "RONA"
