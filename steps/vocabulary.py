"""The one table of words: every Swedish and English word the features use for a contract name.

A feature speaks the product owner's language ("Lunchrast", "Samtal i vänteläge"); the driver
contract speaks canonical names (``Idle:lunch``, ``on_hold``). This table is the only place the
two meet, so a new synonym or a new language is one row here and never a second copy of a step.
Swedish keeps every synonym the source text uses (Inaktiv, Passiv and Viloläge are one state;
OVIS and RONA one status); the first word of each language is the one messages use.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from agentstatus.steps.i18n import N_, gettext_for

LANGUAGES = ("sv", "en")


@dataclass(frozen=True)
class Word:
    """One canonical name and the words that stand for it in each language."""

    kind: str
    canonical: str
    sv: tuple[str, ...]
    en: tuple[str, ...]

    def words(self, language: str) -> tuple[str, ...]:
        words: tuple[str, ...] = getattr(self, language)
        return words


def _rows(kind: str, rows: Iterable[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> list[Word]:
    return [Word(kind, canonical, sv, en) for canonical, sv, en in rows]


#: What each kind of word is called in a message (translated through the catalogs).
KINDS: dict[str, str] = {
    "status": N_("status"),
    "label": N_("label"),
    "icon": N_("icon"),
    "channel": N_("channel"),
    "interaction": N_("interaction"),
    "interaction_state": N_("interaction state"),
    "popover_option": N_("popover option"),
    "cause": N_("cause"),
    "answer": N_("answer"),
    "presence": N_("Teams presence"),
    "monitoring": N_("monitoring status"),
    "unit": N_("unit of time"),
    "refusable": N_("thing that can be refused"),
    "reason_mark": N_("mark of the default idle reason"),
    "refusal_reason": N_("reason for a refusal"),
}

#: The table. Status canonical names are ``State`` or ``Idle:<idle reason id>``.
VOCABULARY: tuple[Word, ...] = tuple(
    _rows(
        "status",
        [
            ("Available", ("Tillgänglig",), ("Available",)),
            ("Idle:idle", ("Inaktiv", "Passiv", "Viloläge"), ("Idle",)),
            ("Idle:lunch", ("Lunchrast",), ("Lunch break", "Lunch")),
            ("Idle:meeting", ("Möte",), ("Meeting",)),
            ("Idle:training", ("Utbildning",), ("Training",)),
            ("RONA", ("OVIS", "RONA"), ("RONA",)),
            ("LoggedOut", ("Utloggad",), ("Logged out",)),
            # A system idle code, not one of the tenant's (reading INT-18=invalid-number).
            ("Idle:Invalid_Number", ("Ogiltigt nummer", "Invalid_Number"), ("Invalid_Number",)),
        ],
    )
    + _rows(
        "label",
        [
            ("Available", ("Tillgänglig",), ("Available",)),
            ("Idle", ("Inaktiv", "Passiv"), ("Idle",)),
            ("RONA", ("RONA", "OVIS"), ("RONA",)),
            ("Engaged", ("Engagerad", "Aktiv"), ("Engaged",)),
        ],
    )
    + _rows(
        "icon",
        [
            ("available", ("Tillgänglig",), ("Available",)),
            ("idle", ("Inaktiv", "Passiv"), ("Idle",)),
            ("rona", ("RONA", "OVIS"), ("RONA",)),
            (
                "engaged-in-available",
                ("Engagerad i statusen Tillgänglig",),
                ("Engaged in the Available state",),
            ),
            (
                "engaged-in-idle",
                ("Engagerad i passivt tillstånd", "Engagerad i viloläge"),
                ("Engaged in the Idle state",),
            ),
            ("engaged-in-rona", ("Engagerad i RONA",), ("Engaged in RONA",)),
        ],
    )
    + _rows(
        # A channel as the kind of request: "en begäran om chatt" / "a chat request".
        "channel",
        [
            ("voice", ("röstsamtal",), ("voice call", "voice")),
            ("chat", ("chatt",), ("chat",)),
            ("email", ("e-post",), ("email",)),
            ("social", ("sociala meddelanden",), ("social message", "social")),
            ("campaign", ("kampanjsamtal",), ("campaign call", "campaign")),
        ],
    )
    + _rows(
        # One interaction in the task list, named by its channel: "samtalet" / "the call".
        "interaction",
        [
            ("voice", ("samtalet", "röstsamtalet"), ("call", "voice call")),
            ("chat", ("chatten",), ("chat",)),
            ("email", ("e-postmeddelandet",), ("email",)),
            ("social", ("det sociala meddelandet",), ("social message",)),
            ("campaign", ("kampanjsamtalet",), ("campaign call",)),
            ("outdial", ("uppringningssamtalet",), ("outdial call",)),
        ],
    )
    + _rows(
        "interaction_state",
        [
            ("ringing", ("Ringer",), ("Ringing",)),
            ("offered", ("Erbjuden",), ("Offered",)),
            ("connected", ("Ansluten",), ("Connected",)),
            ("on_hold", ("Samtal i vänteläge",), ("Call on Hold",)),
            ("consult_requested", ("Konsultation begärd",), ("Consult Requested",)),
            ("consulting", ("Konsultation",), ("Consulting",)),
            ("consult_on_hold", ("Rådgör i vänteläge",), ("Consult on Hold",)),
            ("conference_requested", ("Konferens begärd",), ("Conference Requested",)),
            ("conference", ("Konferens",), ("Conference",)),
            ("wrap_up", ("Avslut", "Avslutning"), ("Wrap-Up",)),
        ],
    )
    + _rows(
        "popover_option",
        [
            ("go_to_idle", ("Gå till viloläge", "Gå till passiv"), ("Go to Idle",)),
            ("go_to_available", ("Gå till tillgänglig",), ("Go to Available",)),
        ],
    )
    + _rows(
        "cause",
        [
            ("network", ("nätverksproblem",), ("network",)),
            ("phone", ("telefonproblem",), ("phone",)),
            ("device", ("enhetsproblem",), ("device",)),
        ],
    )
    + _rows("answer", [("yes", ("Ja",), ("Yes",)), ("no", ("Nej",), ("No",))])
    + _rows(
        "presence",
        [
            ("Available", ("Tillgänglig",), ("Available",)),
            ("Idle", ("Inaktiv",), ("Idle",)),
            ("RONA", ("RONA",), ("RONA",)),
            ("Engaged", ("Engagerad",), ("Engaged",)),
            ("LoggedOut", ("Utloggad",), ("Logged out",)),
        ],
    )
    + _rows(
        "monitoring",
        [
            ("monitoring", ("Övervakning",), ("Monitoring",)),
            ("paused", ("Övervakning pausad",), ("Monitoring Paused",)),
        ],
    )
    + _rows(
        "unit",
        [
            ("1", ("sekund", "sekunder"), ("second", "seconds")),
            ("60", ("minut", "minuter"), ("minute", "minutes")),
            ("3600", ("timme", "timmar"), ("hour", "hours")),
            ("1/1000000", ("mikrosekund", "mikrosekunder"), ("microsecond", "microseconds")),
        ],
    )
    + _rows(
        # The second column of a table of idle reasons: which one is the default.
        "reason_mark",
        [("default", ("standard", "standardorsak"), ("default",))],
    )
    + _rows(
        # What a "Then ... is refused" step names: the command that was refused.
        "refusable",
        [
            ("choose_state", ("valet",), ("choice",)),
            ("supervisor_logout", ("utloggningen",), ("logout",)),
            ("offer", ("begäran",), ("request",)),
            ("outdial_start", ("uppringningen",), ("outdial",)),
            ("conference_request", ("konferensen",), ("conference",)),
            ("monitor_start", ("övervakningen",), ("monitoring",)),
            ("login", ("inloggningen",), ("login",)),
            ("accept", ("godkännandet",), ("acceptance",)),
            ("delivery_failure", ("leveransfelet",), ("delivery failure",)),
            ("hold", ("parkeringen",), ("hold",)),
            ("resume", ("återtagandet",), ("resumption",)),
            ("consult_request", ("konsultationen",), ("consult",)),
            ("wrapup_done", ("slutförandet av avslutet",), ("completion of the wrap-up",)),
            ("rona_go_to_idle", ("alternativet Gå till viloläge",), ("Go to Idle option",)),
            (
                "rona_go_to_available",
                ("alternativet Gå till tillgänglig",),
                ("Go to Available option",),
            ),
            ("focus_regained", ("återgången till skrivbordet",), ("return to the desktop",)),
        ],
    )
    + _rows(
        # Why a command is refused ("... is refused because ..."): the contract's codes.
        "refusal_reason",
        [
            (
                "unknown_idle_reason",
                ("orsaken inte är konfigurerad",),
                ("the idle reason is not configured",),
            ),
            (
                "already_in_state",
                ("agenten redan har den statusen",),
                ("the agent has it already",),
            ),
            ("nothing_to_monitor", ("inget samtal pågår",), ("no call is in progress",)),
            (
                "not_for_this_channel",
                ("kanalen inte har den åtgärden",),
                ("the channel has no such action",),
            ),
            ("line_busy", ("telefonlinjen är upptagen",), ("the phone line is busy",)),
            (
                "duplicate_contact",
                ("begäran redan finns på skrivbordet",),
                ("the request is already on the desktop",),
            ),
            (
                "not_allowed_in_state",
                ("tillståndet inte tillåter det",),
                ("the state does not allow it",),
            ),
        ],
    )
)


class UnknownWord(LookupError):
    """A feature used a word the table does not know: most often a typo."""

    def __init__(self, word: str, kind: str, language: str) -> None:
        self.word, self.kind, self.language = word, kind, language
        known = ", ".join(f'"{w}"' for w in known_words(kind, language))
        _ = gettext_for(language)
        text = _('Unknown word "{word}" ({what}); known words: {known}')
        super().__init__(text.format(word=word, what=_(KINDS[kind]), known=known))

    def __str__(self) -> str:
        return str(self.args[0])


def _index() -> dict[tuple[str, str, str], str]:
    index: dict[tuple[str, str, str], str] = {}
    for row in VOCABULARY:
        for language in LANGUAGES:
            for word in row.words(language):
                key = (row.kind, language, word.casefold())
                if index.get(key, row.canonical) != row.canonical:
                    raise ValueError(f"{word!r} means two {row.kind}s in {language}")
                index[key] = row.canonical
    return index


_INDEX = _index()


def canonical(kind: str, word: str, language: str) -> str:
    """The canonical name a word stands for (case-insensitive), or ``UnknownWord``."""
    if kind not in KINDS:
        raise KeyError(f"no kind of word {kind!r}; kinds are {sorted(KINDS)}")
    found = _INDEX.get((kind, language, word.strip().casefold()))
    if found is None:
        raise UnknownWord(word, kind, language)
    return found


def word_for(kind: str, canonical_name: str, language: str) -> str:
    """The preferred word for a canonical name; the name itself if the table lacks it."""
    for row in VOCABULARY:
        if row.kind == kind and row.canonical == canonical_name:
            return row.words(language)[0]
    return canonical_name


def known_words(kind: str, language: str) -> list[str]:
    return [w for row in VOCABULARY if row.kind == kind for w in row.words(language)]


def idle_reason_id(name: str, language: str) -> str:
    """The idle reason id the suite sends for a name the administrator configured (INT-25).

    An idle reason word of the table keeps its id, so Swedish and English configure the
    same reason (Lunchrast and Lunch break: ``lunch``; Inaktiv and Idle: ``idle``); any
    other name's id is the name in lower case, its runs of white space one space (Paus:
    ``paus``; "Coffee  Break": ``coffee break``). A status that is not an idle reason
    (Available, RONA) raises ``ValueError``.
    """
    try:
        state, _, reason = canonical("status", name, language).partition(":")
    except UnknownWord:
        return " ".join(name.split()).lower()
    if state != "Idle":
        raise ValueError(f"{name!r} is a status, not an idle reason")
    return reason
