"""The state of one scenario: the driver, the feature's language, the contacts it named and
the last command's result.

The feature's language comes from pytest-bdd's ``before_scenario`` hook (``feature.language``,
i.e. the file's ``# language:`` line), so a step never has to guess it from its own wording.
The ``before_step`` hook records where the scenario is, so a command can look at the next
step: a refusal is only acceptable when that step says the command is refused.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from agentstatus import paths
from agentstatus.contract import (
    Accepted,
    CommandResult,
    Driver,
    Rejection,
    TenantConfig,
    parse_command,
)
from agentstatus.results import ExpectationFailed
from agentstatus.steps import messages, vocabulary
from agentstatus.steps.expectations import LastCommand, Mismatch, agent_view, may_lag
from agentstatus.steps.i18n import gettext_for
from agentstatus.steps.phrases import matching

LANGUAGE = pytest.StashKey[str]()
STEPS = pytest.StashKey[Sequence[Any]]()
CURRENT_STEP = pytest.StashKey[Any]()
FEATURE_PATH = pytest.StashKey[str]()

#: The step functions whose phrases say "the previous command is refused".
REFUSAL_STEPS = frozenset({"command_is_refused"})


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    request.node.stash[LANGUAGE] = feature.language
    request.node.stash[STEPS] = list(scenario.steps)
    request.node.stash[FEATURE_PATH] = feature_path(Path(feature.filename), request.config.rootpath)


@functools.lru_cache(maxsize=1024)
def feature_path(path: Path, rootpath: Path) -> str:
    """``features/sv/x.feature`` for the suite's own features, installed or not (once per
    feature file: every scenario asks)."""
    for base in (paths.FEATURES.parent, rootpath):
        if path.is_relative_to(base):
            return path.relative_to(base).as_posix()
    return path.as_posix()


def pytest_bdd_before_step(
    request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any, step_func: Any
) -> None:
    request.node.stash[CURRENT_STEP] = step


def checked_config(settings: Mapping[str, Any]) -> TenantConfig:
    """The configuration of some settings, checked once per distinct settings: most
    scenarios configure the same tenant (TenantConfig is frozen, so one object serves them
    all)."""
    return _checked(json.dumps(settings, sort_keys=True))


@functools.lru_cache(maxsize=256)
def _checked(settings_json: str) -> TenantConfig:
    return TenantConfig.from_dict(json.loads(settings_json))


@dataclass
class ScenarioContext:
    driver: Driver
    language: str
    steps: Sequence[Any] = ()
    node: Any = None
    #: What the scenario configured, in the dict form the implementation is sent: only the
    #: keys set (docs/contract.md, Tenant configuration); the rest is its own default.
    settings: dict[str, Any] = field(default_factory=dict)
    #: The idle reasons the scenario configured by name (``idle_reasons_table``): each
    #: idle reason id to the name as the table writes it.
    reason_names: dict[str, str] = field(default_factory=dict)
    started: bool = False
    last_command: str | None = None
    last_result: CommandResult | None = None
    snapshot_before_refusal: dict[str, Any] | None = None
    agent_view_before_monitoring: dict[str, Any] | None = None
    #: The snapshot just before the last command and the simulated seconds since it (or
    #: before the status change still within its second): the state timer may lag behind a
    #: status change for up to a second (INT-24).
    last_command_at: LastCommand | None = None
    _counters: dict[str, int] = field(default_factory=dict)
    _latest: dict[str, str] = field(default_factory=dict)
    #: The snapshot of the present instant, until a command or time changes it: a snapshot
    #: is a pure read (docs/contract.md), so the steps of one instant ask once.
    _now: dict[str, Any] | None = None

    # ------------------------------------------------------------------ words

    def word(self, kind: str, text: str) -> str:
        """The canonical name of a word of the feature's language; a typo fails loudly."""
        try:
            return vocabulary.canonical(kind, text, self.language)
        except vocabulary.UnknownWord as error:
            problem = f"{self.where()}: {error}"
        pytest.fail(problem, pytrace=False)

    def _(self, message: str) -> str:
        """``message`` in the feature's language, from the gettext catalogs."""
        return gettext_for(self.language)(message)

    def where(self) -> str:
        """The feature file and line of the current step, as ``features/sv/x.feature:14``."""
        if self.node is None:
            return "?"
        step = self.node.stash.get(CURRENT_STEP, None)
        line = getattr(step, "line_number", "?")
        return f"{self.node.stash.get(FEATURE_PATH, '?')}:{line}"

    def status(self, text: str) -> str:
        """The canonical status a word names: an idle reason the scenario configured by name
        (``Idle:<id>``), else a word of the vocabulary (a typo fails loudly)."""
        wanted = text.strip().casefold()
        for reason, name in self.reason_names.items():
            if name.casefold() == wanted:
                return f"Idle:{reason}"
        try:
            return vocabulary.canonical("status", text, self.language)
        except vocabulary.UnknownWord as error:
            problem = f"{self.where()}: {error}"
            if self.reason_names:
                problem += ", " + ", ".join(f'"{n}"' for n in self.reason_names.values())
        pytest.fail(problem, pytrace=False)

    def idle_reason(self, text: str) -> str:
        """The idle reason a status word names; a status that is not an idle reason fails."""
        state, _, reason = self.status(text).partition(":")
        if state != "Idle":
            reasons = [
                w
                for w in vocabulary.known_words("status", self.language)
                if vocabulary.canonical("status", w, self.language).startswith("Idle:")
            ]
            reasons += [n for n in self.reason_names.values() if n not in reasons]
            known = ", ".join(f'"{w}"' for w in reasons)
            message = self._('"{word}" is not an idle reason; known idle reasons: {known}')
            pytest.fail(f"{self.where()}: {message.format(word=text, known=known)}", pytrace=False)
        return reason

    # ---------------------------------------------------------- configuration

    def configure(self, **changes: Any) -> None:
        if self.started:
            message = self._("The tenant must be configured before the agent logs in")
            pytest.fail(f"{self.where()}: {message}", pytrace=False)
        settings = dict(self.settings)
        for key, value in changes.items():
            if isinstance(value, Mapping) and isinstance(settings.get(key), Mapping):
                value = {**settings[key], **value}  # one channel more, the others as they were
            settings[key] = value
        checked_config(settings)  # a bad value fails here, at the step that set it
        self.settings = settings

    @property
    def config(self) -> TenantConfig:
        """The configuration the desktop starts with: ``settings``, the rest the contract's
        defaults; ``config.settings()`` is what an implementation is sent."""
        return checked_config(self.settings)

    def ensure_started(self) -> None:
        if not self.started:
            self.driver.start(self.config)
            self.started = True

    # --------------------------------------------------------------- contacts

    def new_contact(self, channel: str) -> str:
        self._counters[channel] = self._counters.get(channel, 0) + 1
        contact = f"{channel}-{self._counters[channel]}"
        self._latest[channel] = contact
        return contact

    def contact(self, channel: str) -> str:
        """The most recent contact of a channel (``outdial`` for the agent's own call)."""
        if channel not in self._latest:
            what = vocabulary.word_for("interaction", channel, self.language)
            message = self._("The scenario has not mentioned a {what} yet").format(what=what)
            pytest.fail(f"{self.where()}: {message}", pytrace=False)
        return self._latest[channel]

    def call(self) -> str:
        """The call in the task list: a voice or campaign call, or the outdial call."""
        for channel in ("voice", "campaign", "outdial"):
            if channel in self._latest:
                return self._latest[channel]
        return self.contact("voice")

    # ---------------------------------------------------------------- driving

    def send(self, command: str, **args: Any) -> CommandResult:
        """Send a command; a refusal fails the scenario unless the next step expects it."""
        self.ensure_started()
        before = self.snapshot()
        if command.startswith("monitor_"):
            # MO-3: what the agent sees must not change because a supervisor monitors.
            self.agent_view_before_monitoring = agent_view(before)
        expecting_refusal = self._next_step_expects_refusal()
        if expecting_refusal:
            self.snapshot_before_refusal = before
        self._now = None
        result = self.driver.send(parse_command({"command": command, **args}))
        self.last_command, self.last_result = command, result
        if not isinstance(result, Accepted | Rejection):
            # The contract's send answers Accepted or a Rejection, never anything else.
            pytest.fail(messages.not_an_answer(command, result, self.language), pytrace=False)
        if not may_lag(before, self.last_command_at):
            # A status change less than a second ago is still being redrawn: the screen
            # shows what it showed before that change, whatever came since (INT-24).
            self.last_command_at = LastCommand(before, 0.0)
        if isinstance(result, Rejection) and not expecting_refusal:
            pytest.fail(
                messages.refused_unexpectedly(command, result.code, result.message, self.language),
                pytrace=False,
            )
        return result

    def advance(self, seconds: float) -> None:
        self.ensure_started()
        self._now = None
        self.driver.advance(seconds)
        last = self.last_command_at
        if last is not None:
            self.last_command_at = LastCommand(last.before, last.seconds_since + seconds)

    def snapshot(self) -> dict[str, Any]:
        self.ensure_started()
        if self._now is None:
            self._now = self.driver.snapshot()
        return self._now

    def expect(self, mismatch: Mismatch | None) -> None:
        """Fail the step with expected vs actual, in the feature's language."""
        if mismatch is not None:
            field = f"{mismatch.subject}[{mismatch.about}]" if mismatch.about else mismatch.subject
            words = {f"Idle:{reason}": name for reason, name in self.reason_names.items()}
            text = messages.render(mismatch, self.language, words)
            raise ExpectationFailed(field, mismatch.expected, mismatch.actual, text)

    @property
    def last_refused(self) -> bool:
        return self.last_result is not None and not isinstance(self.last_result, Accepted)

    def _next_step_expects_refusal(self) -> bool:
        if self.node is None:
            return False
        current = self.node.stash.get(CURRENT_STEP, None)
        steps = list(self.steps)
        index = next((i for i, s in enumerate(steps) if s is current), None)
        if index is None or index + 1 >= len(steps):
            return False
        following = steps[index + 1].name
        return any(name in REFUSAL_STEPS for name, _ in matching(following, self.language))


@pytest.fixture
def scenario_context(request: pytest.FixtureRequest, driver: Driver) -> ScenarioContext:
    """A fresh context per scenario; the desktop itself starts at the first command."""
    node = request.node
    return ScenarioContext(
        driver=driver,
        language=node.stash.get(LANGUAGE, "en"),
        steps=node.stash.get(STEPS, ()),
        node=node,
    )
