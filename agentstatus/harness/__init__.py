"""The pytest side of the suite: options, the frozen clock, the implementation under test."""
