"""How much exploring one run does: examples, rules per example, the seed, shrinking.

Kept apart from the search so the command line can show the defaults without importing
Hypothesis, which only ``agentstatus explore`` itself needs.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The default budget: finds every fauxmplementation, and checks the reference against
#: itself in seconds in-process (well under a minute over the protocol).
DEFAULT_EXAMPLES = 100
DEFAULT_STEPS = 25
DEFAULT_SHRINK_EXAMPLES = 100
DEFAULT_SHRINK_SECONDS = 30.0


@dataclass(frozen=True)
class Budget:
    examples: int = DEFAULT_EXAMPLES
    #: Rules per example; a rule is one to a dozen steps.
    steps: int = DEFAULT_STEPS
    seed: int = 0
    #: Shrink a divergence found (Hypothesis, then ``simplify``); off, the first is kept.
    shrink: bool = True
    #: Examples Hypothesis may run to shrink, and seconds, whichever ends first: the count
    #: keeps a seed's counterexample the same everywhere, the time bounds a slow program.
    shrink_examples: int = DEFAULT_SHRINK_EXAMPLES
    shrink_seconds: float = DEFAULT_SHRINK_SECONDS
