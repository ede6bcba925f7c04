"""The JSON-lines protocol (``docs/protocol.md``): the driver contract over a pipe.

``messages`` holds the version and the shape of every message (its JSON Schemas are
generated from it into ``schemas/``), ``client`` drives a program that speaks the protocol
(the ``exec:`` kind), ``server`` serves any in-process driver (``agentstatus serve``).
"""

from __future__ import annotations

from agentstatus.contract import CAPABILITIES
from agentstatus.protocol.messages import PROTOCOL_VERSION

__all__ = ["CAPABILITIES", "PROTOCOL_VERSION"]
