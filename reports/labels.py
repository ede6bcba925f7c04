"""Readable, localized names for the snapshot fields a failed expectation names.

The results keep each mismatch's field as a key such as ``status`` or
``refused[supervisor_logout]`` (``steps.context.ScenarioContext.expect`` builds it from the
``Mismatch``'s subject and what it is about): stable data for tools, but not what a product
owner reading a report should have to decode. The subject is a key of
``steps.messages.SUBJECTS``, whose sentences the catalogs already translate for the failure
messages; a report shows the same words ("The state timer", "Was the logout refused"), in
its own language, with the key kept beside it for whoever needs the data.
"""

from __future__ import annotations

import re
from functools import cache

from agentstatus.reports.i18n import translations

_KEY = re.compile(r"^(?P<subject>[a-z_]+)(?:\[(?P<about>[^\]]*)\])?$")

#: What the ``about`` of a subject names when ``SUBJECTS`` leaves it open: a refusal is
#: about a command, which the vocabulary names as the features do ("the logout").
_ABOUT_KINDS = {"refused": "refusable"}


@cache
def field_label(field: str, language: str) -> str:
    """``refused[supervisor_logout]`` → "Was logout refused" (en) / "Nekades utloggningen"
    (sv); a key the steps do not know (another suite's own) is shown as it is."""
    from agentstatus.steps.messages import SUBJECTS
    from agentstatus.steps.vocabulary import word_for

    match = _KEY.match(field)
    if match is None or match["subject"] not in SUBJECTS:
        return field
    sentence, about_kind = SUBJECTS[match["subject"]]
    about = match["about"] or ""
    kind = about_kind or _ABOUT_KINDS.get(match["subject"], "")
    if about and kind:
        about = word_for(kind, about, language)
    label = translations(language).gettext(sentence)
    if "{about}" in sentence and not about:
        return field
    return label.replace("{about}", about)
