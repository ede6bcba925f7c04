"""A desktop that offers only the core: the reference, declaring no optional capability."""

from __future__ import annotations

from dataclasses import replace

from agentstatus.contract import ImplementationInfo
from agentstatus.reference_impl.driver import ReferenceDriver


class CoreOnly(ReferenceDriver):
    def info(self) -> ImplementationInfo:
        return replace(super().info(), name="core-only desk", capabilities=())


def make_driver() -> CoreOnly:
    return CoreOnly()
