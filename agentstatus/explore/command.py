"""What the explorer does to a desktop, said the way the features say it.

Every action is a step function of ``agentstatus.steps.definitions`` with canonical
arguments (a status ``Idle:lunch``, a channel ``voice``), never a bare command: a sequence
the explorer ran is then a scenario by construction. The contact ids it sends are the ones
``ScenarioContext`` sends for the same steps (a new request is ``voice-1``, then
``voice-2``; a step names the latest contact of its channel), and a command the features
cannot say (a delivery failure of a campaign call, Available with an idle reason) is never
generated, because a counterexample that needs it could not be pasted into a feature file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from agentstatus.steps.vocabulary import VOCABULARY

Args = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Meaning:
    """One step of a scenario: a step function's name and its canonical arguments.

    The same type stands for Given, When and Then steps; ``gherkin`` turns it into a line of
    either language, ``checks`` evaluates a Then meaning on a snapshot.
    """

    step: str
    args: Args = ()

    @classmethod
    def of(cls, step: str, **args: Any) -> Meaning:
        return cls(step, tuple(sorted(args.items())))

    def get(self, name: str, default: Any = None) -> Any:
        for key, value in self.args:
            if key == name:
                return value
        return default

    @property
    def arguments(self) -> dict[str, Any]:
        return dict(self.args)


#: The step function through which time passes; its argument is ``seconds``.
TIME_PASSES = "time_passes"


def advance(seconds: float) -> Meaning:
    return Meaning.of(TIME_PASSES, seconds=seconds)


@dataclass
class Contacts:
    """The contacts a scenario has named, numbered as ``ScenarioContext`` numbers them."""

    counters: dict[str, int] = field(default_factory=dict)
    latest: dict[str, str] = field(default_factory=dict)

    def new(self, channel: str) -> str:
        self.counters[channel] = self.counters.get(channel, 0) + 1
        contact = f"{channel}-{self.counters[channel]}"
        self.latest[channel] = contact
        return contact

    def of(self, channel: str) -> str | None:
        return self.latest.get(channel)

    def call(self) -> str | None:
        """The call the consult steps act on: the latest voice, campaign or outdial call."""
        for channel in ("voice", "campaign", "outdial"):
            if channel in self.latest:
                return self.latest[channel]
        return None

    def copy(self) -> Contacts:
        return Contacts(dict(self.counters), dict(self.latest))


Build = Callable[[Meaning, Contacts], dict[str, Any]]


def _fixed(name: str) -> Build:
    return lambda meaning, contacts: {"command": name}


def _on_interaction(name: str) -> Build:
    return lambda m, c: {"command": name, "contact": c.latest[m.get("interaction")]}


def _on_call(name: str) -> Build:
    def build(meaning: Meaning, contacts: Contacts) -> dict[str, Any]:
        call = contacts.call()
        assert call is not None, "a consult step needs a call"
        return {"command": name, "contact": call}

    return build


def _choose(meaning: Meaning, contacts: Contacts) -> dict[str, Any]:
    state, _, reason = str(meaning.get("status")).partition(":")
    if reason:
        return {"command": "choose_state", "state": state, "idle_reason": reason}
    return {"command": "choose_state", "state": state}


def _offer(meaning: Meaning, contacts: Contacts) -> dict[str, Any]:
    channel = meaning.get("channel")
    return {"command": "offer", "channel": channel, "contact": contacts.new(channel)}


#: Every When step the explorer uses: the command it sends and how, mirroring the step
#: function of the same name in ``steps/definitions.py`` (a test compares the two).
WHEN: Mapping[str, tuple[str, Build]] = {
    "log_in": ("login", _fixed("login")),
    "choose_status": ("choose_state", _choose),
    "request_comes_in": ("offer", _offer),
    "accept_request": (
        "accept",
        lambda m, c: {"command": "accept", "contact": c.latest[m.get("channel")]},
    ),
    "call_cannot_reach_agent": (
        "delivery_failure",
        lambda m, c: {
            "command": "delivery_failure",
            "contact": c.latest["voice"],
            "cause": m.get("cause"),
        },
    ),
    "supervisor_logs_out": ("supervisor_logout", _fixed("supervisor_logout")),
    "reload_desktop": ("reload", _fixed("reload")),
    "reopen_browser": (
        "reopen_browser",
        lambda m, c: {"command": "reopen_browser", "clear_cache": bool(m.get("cache"))},
    ),
    "place_outdial": (
        "outdial_start",
        lambda m, c: {"command": "outdial_start", "contact": c.new("outdial")},
    ),
    "click_rona_option": (
        "rona_go_to_idle",  # or rona_go_to_available, by the option
        lambda m, c: {"command": f"rona_{m.get('option')}"},
    ),
    "desktop_loses_focus": ("focus_lost", _fixed("focus_lost")),
    "desktop_regains_focus": ("focus_regained", _fixed("focus_regained")),
    "put_on_hold": ("hold", _on_interaction("hold")),
    "resume": ("resume", _on_interaction("resume")),
    "request_consult": ("consult_request", _on_call("consult_request")),
    "consulted_agent_answers": ("consult_connected", _on_call("consult_connected")),
    "hold_consulted_agent": ("consult_hold", _on_call("consult_hold")),
    "request_conference": ("conference_request", _on_interaction("conference_request")),
    "conference_established": ("conference", _on_interaction("conference")),
    "end_interaction": ("end", _on_interaction("end")),
    "complete_wrap_up": ("wrapup_done", _on_interaction("wrapup_done")),
    "start_monitoring": (
        "monitor_start",
        lambda m, c: {"command": "monitor_start", "succeeded": not m.get("failed")},
    ),
    "pause_monitoring": ("monitor_pause", _fixed("monitor_pause")),
    "resume_monitoring": (
        "monitor_resume",
        lambda m, c: {"command": "monitor_resume", "succeeded": not m.get("failed")},
    ),
    "monitoring_breaks_off": ("monitor_fail", _fixed("monitor_fail")),
}

#: The commands a Then step can say were refused ("Then the choice is refused"): the
#: ``refusable`` words of the vocabulary. A refusal of any other command cannot be written
#: in a feature, so a counterexample may hold one only where both sides refused it (it is
#: then left out of the scenario: a refused command changes nothing).
REFUSABLE: frozenset[str] = frozenset(
    row.canonical for row in VOCABULARY if row.kind == "refusable"
)


def available(meaning: Meaning, contacts: Contacts) -> bool:
    """Whether the step can be said now: every contact it names has been mentioned."""
    step = meaning.step
    if step == "accept_request":
        return meaning.get("channel") in contacts.latest
    if step == "call_cannot_reach_agent":
        return "voice" in contacts.latest
    if step in ("request_consult", "consulted_agent_answers", "hold_consulted_agent"):
        return contacts.call() is not None
    if meaning.get("interaction") is not None:
        return meaning.get("interaction") in contacts.latest
    return True


def command_for(meaning: Meaning, contacts: Contacts) -> dict[str, Any] | None:
    """The command a When step sends (``None`` for time passing); numbers a new contact in
    ``contacts`` as the step would, before the command is sent."""
    if meaning.step == TIME_PASSES:
        return None
    return WHEN[meaning.step][1](meaning, contacts)
