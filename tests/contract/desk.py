"""A test's view of a driver: commands by keyword, and rejections checked to leave no trace.

Works with any ``Driver``, so the same helper serves the reference's unit tests, the
contract tests and the checks of the deliberately broken implementations.
"""

from __future__ import annotations

from typing import Any

from agentstatus.contract import (
    Accepted,
    CommandResult,
    Driver,
    Rejection,
    TenantConfig,
    parse_command,
)


class Desk:
    """One started desktop behind a driver."""

    def __init__(self, driver: Driver, config: TenantConfig | None = None, **changes: Any):
        self.driver = driver
        self.config = (config or TenantConfig()).with_changes(**changes)
        driver.start(self.config)

    def send(self, command: str, **args: Any) -> CommandResult:
        return self.driver.send(parse_command({"command": command, **args}))

    def do(self, command: str, **args: Any) -> dict[str, Any]:
        """Send a command that must be accepted; return the snapshot after it."""
        result = self.send(command, **args)
        assert isinstance(result, Accepted), f"{command} {args} was refused: {result}"
        return self.snap

    def refuse(self, code: str, command: str, **args: Any) -> Rejection:
        """Send a command that must be rejected with ``code`` and change nothing."""
        before = self.snap
        result = self.send(command, **args)
        assert isinstance(result, Rejection), f"{command} {args} was accepted, expected {code}"
        assert result.code == code, f"{command} {args}: {result.code} ({result.message})"
        assert result.message, "a rejection says what was wrong"
        assert self.snap == before, f"the rejected {command} changed the snapshot"
        return result

    def advance(self, seconds: float) -> dict[str, Any]:
        self.driver.advance(seconds)
        return self.snap

    @property
    def snap(self) -> dict[str, Any]:
        return self.driver.snapshot()

    # ------------------------------------------------------------- shortcuts

    def login(self) -> dict[str, Any]:
        return self.do("login")

    def available(self) -> dict[str, Any]:
        self.login()
        return self.do("choose_state", state="Available")

    def idle(self, reason: str | None = None) -> dict[str, Any]:
        args = {"idle_reason": reason} if reason else {}
        return self.do("choose_state", state="Idle", **args)

    def offer(self, channel: str, contact: str) -> dict[str, Any]:
        return self.do("offer", channel=channel, contact=contact)

    def connect(self, channel: str, contact: str) -> dict[str, Any]:
        """Offer and accept: the contact is in the task list, connected."""
        self.offer(channel, contact)
        return self.do("accept", contact=contact)

    def finish(self, contact: str) -> dict[str, Any]:
        """End the communication and finish wrap-up."""
        self.do("end", contact=contact)
        return self.do("wrapup_done", contact=contact)

    def interaction(self, contact: str) -> dict[str, Any]:
        found = [i for i in self.snap["interactions"] if i["contact"] == contact]
        assert found, f"{contact} is not in the task list"
        return found[0]

    def offered(self, contact: str) -> dict[str, Any]:
        found = [o for o in self.snap["offers"] if o["contact"] == contact]
        assert found, f"{contact} is not offered"
        return found[0]
