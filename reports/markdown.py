"""Escaping for Markdown, where Jinja's autoescape does not help.

The Markdown environment escapes *every* value it outputs (``finalize``), translated text
included, unless the value is ``MdSafe`` (markup the templates build themselves). So an
implementation's name such as ``<script>`` or ``[x](javascript:…)`` is shown as text, in
GitHub's step summary as anywhere else, and a forgotten filter cannot open a hole.
"""

from __future__ import annotations

import re
from typing import Any

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~:\-])")
_NEWLINES = re.compile(r"\s*[\r\n]+\s*")


class MdSafe(str):
    """Text that is Markdown already and must not be escaped again."""

    __slots__ = ()


def md_escape(value: Any) -> MdSafe:
    """Plain text → Markdown that shows exactly that text, on one line (tables need it)."""
    if isinstance(value, MdSafe):
        return value
    text = _NEWLINES.sub(" ", str(value))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return MdSafe(_SPECIAL.sub(r"\\\1", text))


def md_code(value: Any) -> MdSafe:
    """Inline code for values such as snapshot fields; no backtick in the value can end it.

    A code span shows its content literally (no HTML, no entities, no backslash escapes), so
    only the fence needs care: it is made longer than any run of backticks in the value
    (CommonMark). The summary uses code spans in list items only: a ``|`` there is a ``|``
    (escaping it, as a table cell would need, would show the backslash).
    """
    text = _NEWLINES.sub(" ", str(value))
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return MdSafe(f"{fence}{pad}{text}{pad}{fence}")


def finalize(value: Any) -> Any:
    """Jinja ``finalize`` for Markdown templates: escape whatever is not ``MdSafe``."""
    if value is None:
        return ""
    return md_escape(value)
