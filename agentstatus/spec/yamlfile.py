"""Reading the specification's YAML files (requirements, readings) with libyaml where present.

Why one function: PyYAML's pure-Python loader takes a large part of a run's start-up for
``requirements.yaml``; its C loader (``CSafeLoader``, built on libyaml) reads the same safe
subset many times faster. Every reader of the suite's YAML goes through here.
"""

from __future__ import annotations

from typing import Any

import yaml

#: The safe loader, in C where PyYAML was built with libyaml.
SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load``, through the C loader where there is one."""
    return yaml.load(text, Loader=SafeLoader)
