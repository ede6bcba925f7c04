"""Every step of the specification: one function per meaning, with its Swedish and English
phrases side by side.

Steps are thin: they turn words into canonical names (``ctx.word``), talk to the driver
contract through the scenario context, and leave every judgement about a snapshot to the pure
checks in ``steps.expectations``. Swedish *Så* steps come in both word orders ("Så är statusen
..." and "Och statusen är ...").
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from pytest_bdd import given, step, then

from agentstatus.contract import TenantConfig
from agentstatus.contract.config import SOURCE_DEFAULTED
from agentstatus.contract.vocabulary import Channel
from agentstatus.steps import expectations as check
from agentstatus.steps import vocabulary
from agentstatus.steps.context import ScenarioContext
from agentstatus.steps.phrases import bilingual

ALL_CHANNELS = [c.value for c in Channel]

#: What the "default values" Background sends: every key the source gives no value for
#: (idle reasons and the default one, capacities, Agent Available After Outdial, the reload
#: delay), with the suite's values. The keys whose default the source gives
#: (``SOURCE_DEFAULTED``: the RONA limits, no Teams sync, a right dial number, an active
#: desktop) are left out, so the implementation's own defaults are what the scenarios check.
TENANT_DATA = {
    key: value for key, value in TenantConfig().to_dict().items() if key not in SOURCE_DEFAULTED
}

# ----------------------------------------------------------------- the tenant


@bilingual(
    given,
    sv=["administratören har konfigurerat organisationen med standardvärdena"],
    en=["the administrator has configured the tenant with the default values"],
)
def default_tenant(scenario_context: ScenarioContext) -> None:
    """The Background: the tenant data the scenarios are written for, and nothing for which
    the source gives a default (docs/contract.md, Tenant configuration)."""
    scenario_context.configure(**TENANT_DATA)


@bilingual(
    given,
    sv=["administratören har konfigurerat orsakerna till viloläge:?"],
    en=["the administrator has configured the idle reasons:?"],
)
def idle_reasons_table(scenario_context: ScenarioContext, datatable: list[list[str]]) -> None:
    """The tenant's idle reasons, one row each: the name in the feature's language, then
    "standard" / "default" on the one that is the default (INT-25).

    Any name will do: an idle reason word of the vocabulary keeps its id (Lunchrast:
    ``lunch``), any other name gets one made from it (Paus: ``paus``,
    ``vocabulary.idle_reason_id``); the steps then know the name as a status. Replaces the
    idle reasons and the default the Background sent.
    """
    ctx = scenario_context
    names: dict[str, str] = {}
    defaults: list[str] = []
    problem = not datatable
    for row in datatable:
        cells = [cell.strip() for cell in row] + [""]
        name, mark = cells[0], cells[1]
        try:
            reason = vocabulary.idle_reason_id(name, ctx.language)
        except ValueError:
            ctx.idle_reason(name)  # fails: names the status and the idle reasons
            raise
        if mark:
            ctx.word("reason_mark", mark)  # a typo fails, naming the mark
            defaults.append(reason)
        problem = problem or len(row) > 2 or not name or reason in names
        names[reason] = name
    if problem or len(defaults) != 1:
        message = ctx._(
            'Each row of the idle reasons names one reason, then "{mark}" for the default or '
            "nothing; exactly one row is the default, and no reason comes twice"
        ).format(mark=vocabulary.word_for("reason_mark", "default", ctx.language))
        rows = "; ".join(" | ".join(row) for row in datatable)
        pytest.fail(f"{ctx.where()}: {message}: {rows}", pytrace=False)
    ctx.reason_names = names
    ctx.configure(idle_reasons=list(names), default_idle_reason=defaults[0])


@bilingual(
    given,
    sv=[
        "administratören har satt maxtiden för att godkänna en begäran om {channel}"
        " till {seconds:d} sekunder"
    ],
    en=[
        "the administrator has set the time to accept a {channel} request to {seconds:d} seconds",
        "the administrator has set the time to accept an {channel} request to {seconds:d} seconds",
    ],
)
def rona_timeout(scenario_context: ScenarioContext, channel: str, seconds: int) -> None:
    ctx = scenario_context
    name = ctx.word("channel", channel)
    ctx.configure(rona_timeouts={name: seconds})  # only this channel: the others default


@bilingual(
    given,
    sv=['administratören har valt "{status}" som standardorsak till viloläge'],
    en=['the administrator has made "{status}" the default idle reason'],
)
def default_idle_reason(scenario_context: ScenarioContext, status: str) -> None:
    ctx = scenario_context
    ctx.configure(default_idle_reason=_idle_reason(ctx, status))


@bilingual(
    given,
    sv=[
        'administratören har inte konfigurerat orsaken "{status}"',
        'administratören inte har konfigurerat orsaken "{status}"',
    ],
    en=['the administrator has not configured the idle reason "{status}"'],
)
def idle_reason_not_configured(scenario_context: ScenarioContext, status: str) -> None:
    ctx = scenario_context
    reason = _idle_reason(ctx, status)
    ctx.configure(idle_reasons=[r for r in ctx.config.idle_reasons if r != reason])


@bilingual(
    given,
    sv=['administratören har satt Agent tillgänglig efter uppringning till "{answer}"'],
    en=['the administrator has set Agent Available After Outdial to "{answer}"'],
)
def available_after_outdial(scenario_context: ScenarioContext, answer: str) -> None:
    ctx = scenario_context
    ctx.configure(agent_available_after_outdial=ctx.word("answer", answer) == "yes")


@bilingual(
    given,
    sv=["administratören har satt kanalkapaciteten för {channel} till {capacity:d}"],
    en=["the administrator has set the {channel} channel capacity to {capacity:d}"],
)
def channel_capacity(scenario_context: ScenarioContext, channel: str, capacity: int) -> None:
    ctx = scenario_context
    name = ctx.word("channel", channel)
    ctx.configure(capacity={name: capacity})


@bilingual(
    given,
    sv=[
        "administratören har konfigurerat Microsoft Teams-anslutningen"
        " och aktiverat närvarosynkronisering"
    ],
    en=[
        "the administrator has configured the Microsoft Teams connection and enabled presence sync"
    ],
)
def teams_presence_sync(scenario_context: ScenarioContext) -> None:
    scenario_context.configure(teams_presence_sync=True)


@bilingual(
    given,
    sv=["agentens uppringningsnummer är felaktigt", "agentens anknytning är felaktig"],
    en=["the agent's dial number is wrong", "the agent's extension is wrong"],
)
def wrong_dial_number(scenario_context: ScenarioContext) -> None:
    scenario_context.configure(dial_number_valid=False)


@bilingual(
    given,
    sv=["det tar {seconds:d} sekunder att återställa statusen efter en omladdning"],
    en=["restoring the status after a reload takes {seconds:d} seconds"],
)
def reload_restore_time(scenario_context: ScenarioContext, seconds: int) -> None:
    scenario_context.configure(reload_restore_seconds=seconds)


def _idle_reason(ctx: ScenarioContext, status: str) -> str:
    return ctx.idle_reason(status)


# ------------------------------------------------------------ the agent acts


@bilingual(
    step,
    sv=["agenten loggar in", "agenten har loggat in"],
    en=["the agent logs in", "the agent has logged in"],
)
def log_in(scenario_context: ScenarioContext) -> None:
    scenario_context.send("login")


@bilingual(
    step,
    sv=['agenten väljer "{status}"', 'agenten har valt "{status}"'],
    en=['the agent chooses "{status}"', 'the agent has chosen "{status}"'],
)
def choose_status(scenario_context: ScenarioContext, status: str) -> None:
    """The drop-down in the availability field: Available, an idle reason, or (refused) RONA."""
    ctx = scenario_context
    state, _, reason = ctx.status(status).partition(":")
    if reason:
        ctx.send("choose_state", state=state, idle_reason=reason)
    else:
        ctx.send("choose_state", state=state)


@bilingual(
    step,
    sv=['agenten begär "{status}" med orsaken "{reason}"'],
    en=['the agent asks for "{status}" with the idle reason "{reason}"'],
)
def choose_status_with_reason(scenario_context: ScenarioContext, status: str, reason: str) -> None:
    """A status asked for together with an idle reason, as a client of the desktop's API can
    send it: only Idle takes one (AV-1)."""
    ctx = scenario_context
    state = ctx.status(status).partition(":")[0]
    idle_reason = ctx.status(reason).partition(":")[2] or reason
    ctx.send("choose_state", state=state, idle_reason=idle_reason)


@bilingual(
    step,
    sv=[
        "en begäran om {channel} kommer in",
        "en begäran om {channel} har kommit in",
        "ytterligare en begäran om {channel} kommer in",
    ],
    en=[
        "a {channel} request comes in",
        "an {channel} request comes in",
        "a {channel} request has come in",
        "an {channel} request has come in",
        "another {channel} request comes in",
    ],
)
def request_comes_in(scenario_context: ScenarioContext, channel: str) -> None:
    """The routing engine offers a new contact; the context names it after its channel."""
    ctx = scenario_context
    name = ctx.word("channel", channel)
    ctx.send("offer", channel=name, contact=ctx.new_contact(name))


@bilingual(
    step,
    sv=["samma begäran om {channel} kommer in igen"],
    en=["the same {channel} request comes in again"],
)
def same_request_again(scenario_context: ScenarioContext, channel: str) -> None:
    """The routing engine offers a contact that is already on the desktop (a pending request
    or an interaction in the task list) once more: the same contact id."""
    ctx = scenario_context
    name = ctx.word("channel", channel)
    ctx.send("offer", channel=name, contact=ctx.contact(name))


@bilingual(
    step,
    sv=["agenten godkänner begäran om {channel}", "agenten har godkänt begäran om {channel}"],
    en=[
        "the agent accepts the {channel} request",
        "the agent has accepted the {channel} request",
    ],
)
def accept_request(scenario_context: ScenarioContext, channel: str) -> None:
    ctx = scenario_context
    ctx.send("accept", contact=ctx.contact(ctx.word("channel", channel)))


@bilingual(
    step,
    sv=["samtalet inte når agenten på grund av ett {cause}"],
    en=["the call cannot reach the agent because of a {cause} problem"],
)
def call_cannot_reach_agent(scenario_context: ScenarioContext, cause: str) -> None:
    ctx = scenario_context
    ctx.send("delivery_failure", contact=ctx.contact("voice"), cause=ctx.word("cause", cause))


@bilingual(
    step,
    sv=["begäran om {channel} inte når agenten på grund av ett {cause}"],
    en=["the {channel} request cannot reach the agent because of a {cause} problem"],
)
def request_cannot_reach_agent(scenario_context: ScenarioContext, channel: str, cause: str) -> None:
    """A delivery failure reported for a request of any channel (the source names it for
    incoming calls only: RONA-5)."""
    ctx = scenario_context
    name = ctx.word("channel", channel)
    ctx.send("delivery_failure", contact=ctx.contact(name), cause=ctx.word("cause", cause))


@bilingual(
    step,
    sv=["arbetsledaren loggar ut agenten"],
    en=["the supervisor logs the agent out"],
)
def supervisor_logs_out(scenario_context: ScenarioContext) -> None:
    scenario_context.send("supervisor_logout")


@bilingual(
    step,
    sv=["agenten läser in skrivbordet igen"],
    en=["the agent reloads the desktop"],
)
def reload_desktop(scenario_context: ScenarioContext) -> None:
    scenario_context.send("reload")


@bilingual(
    step,
    sv=[
        "agenten stänger webbläsaren och öppnar skrivbordet igen",
        "agenten (?P<cache>rensar webbläsarens cacheminne) och öppnar skrivbordet igen",
    ],
    en=[
        "the agent closes the browser and opens the desktop again",
        "the agent (?P<cache>clears the browser cache) and opens the desktop again",
    ],
)
def reopen_browser(scenario_context: ScenarioContext, cache: str | None = None) -> None:
    scenario_context.send("reopen_browser", clear_cache=cache is not None)


@bilingual(
    step,
    sv=["agenten ringer ett uppringningssamtal", "agenten har ringt ett uppringningssamtal"],
    en=["the agent places an outdial call", "the agent has placed an outdial call"],
)
def place_outdial(scenario_context: ScenarioContext) -> None:
    ctx = scenario_context
    ctx.send("outdial_start", contact=ctx.new_contact("outdial"))


@bilingual(
    step,
    sv=["agenten ringer uppringningssamtalet igen"],
    en=["the agent places the outdial call again"],
)
def place_outdial_again(scenario_context: ScenarioContext) -> None:
    """The same outdial call dialled once more (a second click on dial): its contact id."""
    ctx = scenario_context
    ctx.send("outdial_start", contact=ctx.contact("outdial"))


@bilingual(
    step,
    sv=['agenten klickar på "{option}"'],
    en=['the agent clicks "{option}"'],
)
def click_rona_option(scenario_context: ScenarioContext, option: str) -> None:
    ctx = scenario_context
    ctx.send(f"rona_{ctx.word('popover_option', option)}")


@bilingual(
    step,
    sv=["agenten byter till ett annat webbläsarfönster"],
    en=["the agent switches to another browser window"],
)
def desktop_loses_focus(scenario_context: ScenarioContext) -> None:
    scenario_context.send("focus_lost")


@bilingual(
    step,
    sv=["agenten går tillbaka till skrivbordet"],
    en=["the agent returns to the desktop"],
)
def desktop_regains_focus(scenario_context: ScenarioContext) -> None:
    scenario_context.send("focus_regained")


# ------------------------------------------------------- the interaction pane


def _interaction(ctx: ScenarioContext, interaction: str) -> str:
    return ctx.contact(ctx.word("interaction", interaction))


@bilingual(
    step,
    sv=["agenten parkerar {interaction}"],
    en=["the agent puts the {interaction} on hold"],
)
def put_on_hold(scenario_context: ScenarioContext, interaction: str) -> None:
    ctx = scenario_context
    ctx.send("hold", contact=_interaction(ctx, interaction))


@bilingual(
    step,
    sv=["agenten återtar {interaction}"],
    en=["the agent resumes the {interaction}"],
)
def resume(scenario_context: ScenarioContext, interaction: str) -> None:
    ctx = scenario_context
    ctx.send("resume", contact=_interaction(ctx, interaction))


@bilingual(
    step,
    sv=["agenten begär en konsultation med en annan agent"],
    en=["the agent requests a consult with another agent"],
)
def request_consult(scenario_context: ScenarioContext) -> None:
    ctx = scenario_context
    ctx.send("consult_request", contact=ctx.call())


@bilingual(
    step,
    sv=["agenten begär en konsultation med en annan agent i {interaction}"],
    en=["the agent requests a consult with another agent in the {interaction}"],
)
def request_consult_in(scenario_context: ScenarioContext, interaction: str) -> None:
    """A consult asked for in a named interaction: a call, or (refused) a chat or an email."""
    ctx = scenario_context
    ctx.send("consult_request", contact=_interaction(ctx, interaction))


@bilingual(
    step,
    sv=["den andra agenten svarar"],
    en=["the other agent answers"],
)
def consulted_agent_answers(scenario_context: ScenarioContext) -> None:
    ctx = scenario_context
    ctx.send("consult_connected", contact=ctx.call())


@bilingual(
    step,
    sv=["agenten sätter den andra agenten i vänteläge"],
    en=["the agent places the consulted agent on hold"],
)
def hold_consulted_agent(scenario_context: ScenarioContext) -> None:
    ctx = scenario_context
    ctx.send("consult_hold", contact=ctx.call())


@bilingual(
    step,
    sv=["agenten startar en konferens i {interaction}"],
    en=["the agent starts a conference in the {interaction}"],
)
def request_conference(scenario_context: ScenarioContext, interaction: str) -> None:
    ctx = scenario_context
    ctx.send("conference_request", contact=_interaction(ctx, interaction))


@bilingual(
    step,
    sv=[
        "agenten kopplar ihop {interaction} till en konferens",
        "den andra agenten ansluter till konferensen i {interaction}",
    ],
    en=[
        "the agent merges the {interaction} into a conference",
        "the other agent joins the conference in the {interaction}",
    ],
)
def conference_established(scenario_context: ScenarioContext, interaction: str) -> None:
    """Three parties: the customer, the agent and another agent."""
    ctx = scenario_context
    ctx.send("conference", contact=_interaction(ctx, interaction))


@bilingual(
    step,
    sv=["agenten avslutar {interaction}", "agenten har avslutat {interaction}"],
    en=["the agent ends the {interaction}", "the agent has ended the {interaction}"],
)
def end_interaction(scenario_context: ScenarioContext, interaction: str) -> None:
    ctx = scenario_context
    ctx.send("end", contact=_interaction(ctx, interaction))


@bilingual(
    step,
    sv=["agenten slutför avslutet av {interaction}"],
    en=["the agent completes the wrap-up of the {interaction}"],
)
def complete_wrap_up(scenario_context: ScenarioContext, interaction: str) -> None:
    ctx = scenario_context
    ctx.send("wrapup_done", contact=_interaction(ctx, interaction))


# ------------------------------------------------------------- the supervisor


@bilingual(
    step,
    sv=[
        "arbetsledaren startar övervakning av samtalet",
        "arbetsledaren försöker starta övervakning av samtalet (?P<failed>men det misslyckas)",
    ],
    en=[
        "the supervisor starts monitoring the call",
        "the supervisor tries to start monitoring the call (?P<failed>but it fails)",
    ],
)
def start_monitoring(scenario_context: ScenarioContext, failed: str | None = None) -> None:
    scenario_context.send("monitor_start", succeeded=failed is None)


@bilingual(
    step,
    sv=["arbetsledaren pausar övervakningen"],
    en=["the supervisor pauses monitoring"],
)
def pause_monitoring(scenario_context: ScenarioContext) -> None:
    scenario_context.send("monitor_pause")


@bilingual(
    step,
    sv=[
        "arbetsledaren återupptar övervakningen",
        "arbetsledaren försöker återuppta övervakningen (?P<failed>men det misslyckas)",
    ],
    en=[
        "the supervisor resumes monitoring",
        "the supervisor tries to resume monitoring (?P<failed>but it fails)",
    ],
)
def resume_monitoring(scenario_context: ScenarioContext, failed: str | None = None) -> None:
    scenario_context.send("monitor_resume", succeeded=failed is None)


@bilingual(
    step,
    sv=["övervakningen bryts"],
    en=["monitoring breaks off"],
)
def monitoring_breaks_off(scenario_context: ScenarioContext) -> None:
    scenario_context.send("monitor_fail")


# ---------------------------------------------------------------------- time


@bilingual(
    step,
    sv=["(?:ytterligare )?{amount:d} {unit} passerar"],
    en=["{amount:d} (?:more )?{unit} pass(?:es)?"],
)
def time_passes(scenario_context: ScenarioContext, amount: int, unit: str) -> None:
    """The only way time moves in a scenario: the frozen clock, through the driver. A unit is
    a whole number of seconds, or a fraction of one (a microsecond: the contract's resolution),
    sent as the float nearest to the exact amount."""
    ctx = scenario_context
    seconds = amount * Fraction(ctx.word("unit", unit))
    ctx.advance(int(seconds) if seconds.denominator == 1 else float(seconds))


# ------------------------------------------------------------------- results


@bilingual(
    then,
    sv=[
        "nekas {thing} eftersom {reason}",
        "{thing} nekas eftersom {reason}",
        "nekas (?!.* eftersom ){thing}",
        "{thing} nekas",
    ],
    en=["the {thing} is refused because {reason}", "the {thing} is refused"],
)
def command_is_refused(
    scenario_context: ScenarioContext, thing: str, reason: str | None = None
) -> None:
    """The previous command was refused (for the reason named, the contract's rejection
    code), and the refusal changed nothing on the desktop."""
    ctx = scenario_context
    ctx.expect(check.refused(ctx.last_command, ctx.last_refused, ctx.word("refusable", thing)))
    if reason is not None:
        code = getattr(ctx.last_result, "code", None)
        ctx.expect(check.refusal_reason(code, ctx.word("refusal_reason", reason)))
    if ctx.snapshot_before_refusal is not None:
        ctx.expect(check.unchanged(ctx.snapshot_before_refusal, ctx.snapshot()))


@bilingual(
    then,
    sv=[
        'statusen är (?:fortfarande )?"{status}"',
        'är statusen (?:fortfarande )?"{status}"',
    ],
    en=['the status is (?:still )?"{status}"'],
)
def status_is(scenario_context: ScenarioContext, status: str) -> None:
    ctx = scenario_context
    ctx.expect(check.status(ctx.snapshot(), ctx.status(status)))


@bilingual(
    then,
    sv=[
        'tillgänglighetsfältet visar etiketten "{label}"',
        'visar tillgänglighetsfältet etiketten "{label}"',
    ],
    en=['the availability field shows the label "{label}"'],
)
def label_is(scenario_context: ScenarioContext, label: str) -> None:
    ctx = scenario_context
    ctx.expect(check.label(ctx.snapshot(), ctx.word("label", label)))


@bilingual(
    then,
    sv=['ikonen är "{icon}"', 'är ikonen "{icon}"'],
    en=['the icon is "{icon}"'],
)
def icon_is(scenario_context: ScenarioContext, icon: str) -> None:
    ctx = scenario_context
    ctx.expect(check.icon(ctx.snapshot(), ctx.word("icon", icon)))


@bilingual(
    then,
    sv=['statustimern visar "{timer}"', 'visar statustimern "{timer}"'],
    en=['the state timer shows "{timer}"'],
)
def state_timer_shows(scenario_context: ScenarioContext, timer: str) -> None:
    ctx = scenario_context
    ctx.expect(check.state_timer(ctx.snapshot(), timer, ctx.last_command_at))


@bilingual(
    then,
    sv=["ingen statustimer visas", "visas ingen statustimer"],
    en=["no state timer is shown"],
)
def no_state_timer(scenario_context: ScenarioContext) -> None:
    ctx = scenario_context
    ctx.expect(check.state_timer(ctx.snapshot(), None, ctx.last_command_at))


@bilingual(
    then,
    sv=[
        "förfrågningar om {channel} dirigeras till agenten",
        "dirigeras förfrågningar om {channel} till agenten",
        "(?P<negated>inga) förfrågningar om {channel} dirigeras till agenten",
        "dirigeras (?P<negated>inga) förfrågningar om {channel} till agenten",
    ],
    en=[
        "(?!no ){channel} requests are (?P<negated>not )?routed to the agent",
    ],
)
def channel_routed(
    scenario_context: ScenarioContext, channel: str, negated: str | None = None
) -> None:
    ctx = scenario_context
    ctx.expect(check.routed(ctx.snapshot(), ctx.word("channel", channel), negated is None))


@bilingual(
    then,
    sv=[
        "förfrågningar i alla kanaler dirigeras till agenten",
        "dirigeras förfrågningar i alla kanaler till agenten",
    ],
    en=["requests on every channel are routed to the agent"],
)
def every_channel_routed(scenario_context: ScenarioContext) -> None:
    ctx = scenario_context
    ctx.expect(check.routed_channels(ctx.snapshot(), ALL_CHANNELS))


@bilingual(
    then,
    sv=["inga förfrågningar dirigeras till agenten", "dirigeras inga förfrågningar till agenten"],
    en=["no requests are routed to the agent"],
)
def nothing_routed(scenario_context: ScenarioContext) -> None:
    ctx = scenario_context
    ctx.expect(check.routed_channels(ctx.snapshot(), []))


@bilingual(
    then,
    sv=[
        "begäran om {channel} väntar (?:fortfarande )?på svar",
        "väntar begäran om {channel} (?:fortfarande )?på svar",
    ],
    en=["the {channel} request is (?:still )?waiting for an answer"],
)
def request_waiting(scenario_context: ScenarioContext, channel: str) -> None:
    ctx = scenario_context
    contact = ctx.contact(ctx.word("channel", channel))
    ctx.expect(check.offer_pending(ctx.snapshot(), contact, True))


@bilingual(
    then,
    sv=[
        "begäran om {channel} har gått tillbaka till kön",
        "har begäran om {channel} gått tillbaka till kön",
    ],
    en=["the {channel} request has returned to the queue"],
)
def request_returned(scenario_context: ScenarioContext, channel: str) -> None:
    ctx = scenario_context
    contact = ctx.contact(ctx.word("channel", channel))
    snapshot = ctx.snapshot()
    ctx.expect(check.offer_pending(snapshot, contact, False))
    ctx.expect(check.in_task_list(snapshot, contact, False))


@bilingual(
    then,
    sv=[
        "godkännandeknappen för {channel} blinkar(?P<negated> inte)?",
        "blinkar(?P<negated> inte)? godkännandeknappen för {channel}",
    ],
    en=[
        "the accept button of the {channel} request is (?P<negated>not )?flashing",
    ],
)
def accept_button_flashing(
    scenario_context: ScenarioContext, channel: str, negated: str | None = None
) -> None:
    ctx = scenario_context
    contact = ctx.contact(ctx.word("channel", channel))
    ctx.expect(check.accept_flashing(ctx.snapshot(), contact, negated is None))


@bilingual(
    then,
    sv=[
        'interaktionskontrollpanelen visar "{state}" för {interaction}',
        'visar interaktionskontrollpanelen "{state}" för {interaction}',
    ],
    en=['the interaction control pane shows "{state}" for the {interaction}'],
)
def interaction_state_is(scenario_context: ScenarioContext, state: str, interaction: str) -> None:
    ctx = scenario_context
    expected = ctx.word("interaction_state", state)
    ctx.expect(check.interaction_state(ctx.snapshot(), _interaction(ctx, interaction), expected))


@bilingual(
    then,
    sv=[
        'interaktionskontrollpanelen visar "{timer}" bredvid "{state}"',
        'visar interaktionskontrollpanelen "{timer}" bredvid "{state}"',
    ],
    en=['the interaction control pane shows "{timer}" beside "{state}"'],
)
def timer_beside_state(scenario_context: ScenarioContext, timer: str, state: str) -> None:
    ctx = scenario_context
    expected_state = ctx.word("interaction_state", state)
    ctx.expect(check.timer_beside_state(ctx.snapshot(), expected_state, timer))


@bilingual(
    then,
    sv=[
        'uppgiftslistan visar den anslutna timern "{timer}" bredvid {interaction}',
        'visar uppgiftslistan den anslutna timern "{timer}" bredvid {interaction}',
        'interaktionskontrollpanelen visar den anslutna timern "{timer}" för {interaction}',
        'visar interaktionskontrollpanelen den anslutna timern "{timer}" för {interaction}',
    ],
    en=[
        'the task list shows the connected timer "{timer}" beside the {interaction}',
        'the interaction control pane shows the connected timer "{timer}" for the {interaction}',
    ],
)
def connected_timer_shows(scenario_context: ScenarioContext, timer: str, interaction: str) -> None:
    """One connected timer per interaction, the same in the task list and in the interaction
    control pane (note INT-29)."""
    ctx = scenario_context
    ctx.expect(check.connected_timer(ctx.snapshot(), _interaction(ctx, interaction), timer))


@bilingual(
    then,
    sv=[
        "{interaction} finns inte längre i uppgiftslistan",
        "finns {interaction} inte längre i uppgiftslistan",
    ],
    en=["the {interaction} is no longer in the task list"],
)
def left_task_list(scenario_context: ScenarioContext, interaction: str) -> None:
    ctx = scenario_context
    ctx.expect(check.in_task_list(ctx.snapshot(), _interaction(ctx, interaction), False))


@bilingual(
    then,
    sv=[
        'historiken för agentinteraktion visar totalt "{timer}" för {interaction}',
        'visar historiken för agentinteraktion totalt "{timer}" för {interaction}',
    ],
    en=['the agent interaction history shows a total of "{timer}" for the {interaction}'],
)
def history_total(scenario_context: ScenarioContext, timer: str, interaction: str) -> None:
    ctx = scenario_context
    ctx.expect(check.history_total(ctx.snapshot(), _interaction(ctx, interaction), timer))


@bilingual(
    then,
    sv=[
        'historiken för agentinteraktion visar konsultationstiden "{timer}" för {interaction}',
        'visar historiken för agentinteraktion konsultationstiden "{timer}" för {interaction}',
    ],
    en=['the agent interaction history shows a consult time of "{timer}" for the {interaction}'],
)
def history_consult_time(scenario_context: ScenarioContext, timer: str, interaction: str) -> None:
    ctx = scenario_context
    ctx.expect(check.history_consult_time(ctx.snapshot(), _interaction(ctx, interaction), timer))


@bilingual(
    then,
    sv=[
        'popup-fönstret för OVIS visar alternativen "{first}" och "{second}"',
        'visar popup-fönstret för OVIS alternativen "{first}" och "{second}"',
    ],
    en=['the RONA popover offers "{first}" and "{second}"'],
)
def rona_popover_offers(scenario_context: ScenarioContext, first: str, second: str) -> None:
    ctx = scenario_context
    options = [ctx.word("popover_option", first), ctx.word("popover_option", second)]
    ctx.expect(check.rona_popover(ctx.snapshot(), options))


@bilingual(
    then,
    sv=["inget popup-fönster för OVIS visas", "visas inget popup-fönster för OVIS"],
    en=["no RONA popover is shown"],
)
def no_rona_popover(scenario_context: ScenarioContext) -> None:
    ctx = scenario_context
    ctx.expect(check.rona_popover(ctx.snapshot(), None))


@bilingual(
    then,
    sv=["en avisering om OVIS visas", "visas en avisering om OVIS"],
    en=["a RONA toaster notification is shown"],
)
def rona_toaster_shown(scenario_context: ScenarioContext) -> None:
    ctx = scenario_context
    ctx.expect(check.rona_toaster(ctx.snapshot(), True))


@bilingual(
    then,
    sv=["ingen avisering om OVIS visas", "visas ingen avisering om OVIS"],
    en=["no RONA toaster notification is shown"],
)
def no_rona_toaster(scenario_context: ScenarioContext) -> None:
    ctx = scenario_context
    ctx.expect(check.rona_toaster(ctx.snapshot(), False))


@bilingual(
    then,
    sv=[
        'användarprofilen visar Teams-närvaron "{presence}"',
        'visar användarprofilen Teams-närvaron "{presence}"',
    ],
    en=['the user profile shows the Teams presence "{presence}"'],
)
def teams_presence_is(scenario_context: ScenarioContext, presence: str) -> None:
    ctx = scenario_context
    ctx.expect(check.teams_presence(ctx.snapshot(), ctx.word("presence", presence)))


@bilingual(
    then,
    sv=["användarprofilen visar ingen Teams-närvaro", "visar användarprofilen ingen Teams-närvaro"],
    en=["the user profile shows no Teams presence"],
)
def no_teams_presence(scenario_context: ScenarioContext) -> None:
    ctx = scenario_context
    ctx.expect(check.teams_shown(ctx.snapshot(), False))


@bilingual(
    then,
    sv=[
        'arbetsledaren ser övervakningsstatusen "{status}"',
        'ser arbetsledaren övervakningsstatusen "{status}"',
    ],
    en=['the supervisor sees the monitoring status "{status}"'],
)
def supervisor_sees_monitoring(scenario_context: ScenarioContext, status: str) -> None:
    ctx = scenario_context
    ctx.expect(check.supervisor_monitoring(ctx.snapshot(), ctx.word("monitoring", status)))


@bilingual(
    then,
    sv=["arbetsledaren ser ingen övervakningsstatus", "ser arbetsledaren ingen övervakningsstatus"],
    en=["the supervisor sees no monitoring status"],
)
def supervisor_sees_no_monitoring(scenario_context: ScenarioContext) -> None:
    ctx = scenario_context
    ctx.expect(check.supervisor_monitoring(ctx.snapshot(), None))


@bilingual(
    then,
    sv=[
        "agentens skrivbord visar ingen övervakningsstatus",
        "visar agentens skrivbord ingen övervakningsstatus",
    ],
    en=["the agent's desktop shows no monitoring status"],
)
def agent_sees_no_monitoring(scenario_context: ScenarioContext) -> None:
    ctx = scenario_context
    ctx.expect(check.agent_view_unchanged(ctx.agent_view_before_monitoring, ctx.snapshot()))
