"""Speaks the protocol correctly throughout: the control the broken programs differ from."""

from __future__ import annotations

from _desk import serve

serve()
