"""What the explorer's tests explore."""

from __future__ import annotations

#: The fauxes whose counterexamples make the round trip through pytest (every faux is
#: explored by ``test_every_faux``).
ROUND_TRIP = ("never-rona", "no-flash", "timer-never-resets", "idle-routable", "dirty-rejection")
SEED = 0
