"""Where the source allows a range, and how the explorer keeps out of it.

Some sentences of the source are bounds, not instants (INT-9, INT-10): Teams shows a change
"within 12 seconds" and the first time "within 40 minutes"; a reloaded Available desktop
shows Idle "a short while" (``reload_restore_seconds``). The reference takes the whole
allowance, so a conforming implementation may be quicker, and the features check at the
bound and never before it. The explorer does the same:

- the Teams presence is compared only while it is *settled*: the reference has no sync
  pending and its status has not changed for 12 s, so every conforming desktop shows the
  same (before that any value is accepted; whether Teams is shown at all is always
  compared);
- the clock never stops in the last second before a reload is restored: SC-AV-05 checks
  Idle one second before the restore and Available at it, so an advance that would land in
  between lands on the restore. An implementation that restored up to a second earlier
  shows, at fractions of a second after the restore, a state timer one second ahead, which
  is accepted until the status changes.

It reads the reference model's own bookkeeping (pending syncs, the restore instant), which
is why the explorer always runs the reference in-process.
"""

from __future__ import annotations

from dataclasses import dataclass

from agentstatus.reference_impl.desktop import TEAMS_SYNC_SECONDS, Desktop
from agentstatus.reference_impl.driver import ReferenceDriver
from agentstatus.steps.expectations import LastCommand

#: How long before a restore the clock may not stop (the features' resolution).
RESTORE_SLACK_SECONDS = 1.0
_EPSILON = 1e-6


@dataclass(frozen=True)
class Tolerance:
    """What may differ at one observation: the Teams presence until it has settled, the
    state timer by +1 s after an early restore, and, for a second after a command changed
    the status, the state timer still showing its value from before (INT-24, ``last``)."""

    teams_settled: bool
    timer_slack: bool
    last: LastCommand | None = None


class Ranges:
    """The reference's view of the ranged events, kept up to date after every step."""

    def __init__(self, reference: ReferenceDriver) -> None:
        self.reference = reference
        desktop = self.desktop
        self.label = desktop.status_label()
        self.label_since = desktop.clock.now()
        self.restored_at: float | None = None
        self._restoring_before: float | None = None
        self._deadlines_before: list[float] = []
        self._before = 0.0

    @property
    def desktop(self) -> Desktop:
        return self.reference.desktop

    def now(self) -> float:
        return self.desktop.clock.now()

    def clamp(self, seconds: float) -> float:
        """``seconds``, or the time to the restore when it would land in the second before."""
        until = self.desktop.restoring_until
        if until is None:
            return seconds
        now = self.now()
        landing = now + seconds
        if until - RESTORE_SLACK_SECONDS + _EPSILON < landing < until - _EPSILON:
            return round(until - now, 6)
        return seconds

    def before_advance(self) -> None:
        desktop = self.desktop
        self._before = self.now()
        self._restoring_before = desktop.restoring_until
        self._deadlines_before = sorted(o.deadline for o in desktop.offers.values())

    def after_advance(self) -> None:
        desktop, now = self.desktop, self.now()
        until = self._restoring_before
        if until is not None and desktop.restoring_until is None and desktop.state_since == until:
            self.restored_at = until
        label = desktop.status_label()
        if label != self.label:
            # Only an unanswered request changes the status as time passes: at its deadline.
            due = [d for d in self._deadlines_before if self._before < d <= now + _EPSILON]
            self.label, self.label_since = label, due[0] if due else now

    def after_command(self) -> None:
        label = self.desktop.status_label()
        if label != self.label:
            self.label, self.label_since = label, self.now()

    def tolerance(self) -> Tolerance:
        desktop = self.desktop
        settled = (
            desktop.ever_logged_in
            and desktop.teams.first_sync_due is None
            and not desktop.teams.queue
            and self.now() - self.label_since >= TEAMS_SYNC_SECONDS - _EPSILON
        )
        slack = (
            self.restored_at is not None
            and desktop.restoring_until is None
            and desktop.state_since == self.restored_at
        )
        return Tolerance(teams_settled=settled, timer_slack=slack)
