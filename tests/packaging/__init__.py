"""The suite as a user installs it: a wheel in a fresh environment, used from outside the
checkout."""
