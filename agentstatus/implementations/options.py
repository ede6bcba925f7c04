"""The options that choose an implementation and how to talk to it, declared once.

``agentstatus run`` (argparse) and the pytest plugin (``Parser.addoption``) take the same
options with the same words; both call ``add_implementation_options`` with their own
``add`` function, whose signature the two share.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from agentstatus.implementations.connectable import DEFAULT, ConnectOptions


def add_implementation_options(add: Callable[..., Any]) -> None:
    add(
        "--implementation",
        default=DEFAULT,
        metavar="KIND:ID",
        help=f"the implementation under test (default: {DEFAULT}); "
        "`agentstatus implementations` lists the kinds",
    )
    add(
        "--timeout",
        type=float,
        default=ConnectOptions.timeout,
        metavar="SECONDS",
        help="exec: seconds to wait for each reply (default: %(default)s)",
    )
    add(
        "--max-restarts",
        type=int,
        default=ConnectOptions.max_restarts,
        metavar="N",
        help="exec: fresh programs after a broken one before the remaining scenarios are "
        "errors (default: %(default)s)",
    )
    add(
        "--startup-timeout",
        type=float,
        default=ConnectOptions.startup_timeout,
        metavar="SECONDS",
        help="exec: seconds for the handshake, which also waits for the program to start "
        "(default: %(default)s)",
    )
    add(
        "--validate",
        action="store_true",
        help="exec: check every protocol message, both ways, against its JSON Schema",
    )
