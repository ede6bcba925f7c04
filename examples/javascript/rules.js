/**
 * The desktop's three rule tables: the agent's status, one interaction, and the
 * supervisor's monitoring.
 *
 * They say only *whether* a change may happen and where it leads; `desktop.js` and
 * `commands.js` carry changes out (timers, popover, toaster, Teams, history). The rows
 * follow the transition tables printed in the driver contract, so the two can be compared
 * side by side.
 */

import { guard, not, STAYS, TransitionTable } from './table.js';
import {
  CONVERSATION_CHANNELS,
  InteractionState as I,
  isCall,
  Monitoring as M,
  Status as S,
} from './vocabulary.js';

// ---------------------------------------------------------------- the agent's status
// Context: { desktop, reason } — `reason` is the idle reason the event would land in.

const reasonIsConfigured = guard(
  'reason is configured',
  ({ desktop, reason }) => desktop.config.idleReasons.includes(reason),
  'unknown_idle_reason',
  'that idle reason is not configured for this tenant; choose one of its idle reasons',
);

// INT-23: the drop-down does not offer the current status, so picking it again must not
// restart the timer.
const reasonDiffers = guard(
  'reason differs from the current one',
  ({ desktop, reason }) => desktop.status.reason !== reason,
  'already_in_state',
  'the agent already has that idle reason',
);

// INT-17: a waiting request counts as a conversation: logging out would drop the customer.
const noConversations = guard(
  'no active conversations',
  ({ desktop }) => desktop.interactions.size === 0 && desktop.offers.size === 0,
  'logout_not_allowed',
  'a supervisor can log out an agent only while the agent has no conversations or waiting requests',
);

const availableAfterOutdial = guard(
  'Agent Available After Outdial is Yes',
  ({ desktop }) => desktop.config.agentAvailableAfterOutdial,
  'not_allowed_in_state',
  'Agent Available After Outdial is No',
);

/**
 * The availability status. `offer_unanswered` and `delivery_failed` turn only an Available
 * agent RONA (INT-3): an agent who chose an idle reason while a request rang was not
 * Available, so the request just returns to the queue.
 */
export const STATUS_RULES = new TransitionTable("the agent's status", {
  login: [[S.LOGGED_OUT, S.IDLE]],
  choose_available: [
    [S.IDLE, S.AVAILABLE],
    [S.RONA, S.AVAILABLE],
  ],
  choose_idle: [
    [S.AVAILABLE, S.IDLE, reasonIsConfigured],
    [S.RONA, S.IDLE, reasonIsConfigured],
    [S.IDLE, S.IDLE, reasonIsConfigured, reasonDiffers],
  ],
  offer_unanswered: [
    [S.AVAILABLE, S.RONA],
    [S.IDLE, STAYS],
    [S.RONA, STAYS],
  ],
  delivery_failed: [
    [S.AVAILABLE, S.RONA],
    [S.IDLE, STAYS],
    [S.RONA, STAYS],
  ],
  rona_go_to_idle: [[S.RONA, S.IDLE]],
  rona_go_to_available: [[S.RONA, S.AVAILABLE]],
  supervisor_logout: [
    [S.AVAILABLE, S.LOGGED_OUT, noConversations],
    [S.IDLE, S.LOGGED_OUT, noConversations],
  ],
  // INT-7: the outdial's own setting decides; an idle agent keeps the reason they chose.
  outdial_finished: [
    [S.IDLE, S.AVAILABLE, availableAfterOutdial],
    [S.RONA, S.AVAILABLE, availableAfterOutdial],
    [S.AVAILABLE, STAYS, availableAfterOutdial],
    [S.AVAILABLE, S.IDLE, not(availableAfterOutdial)],
    [S.RONA, S.IDLE, not(availableAfterOutdial)],
    [S.IDLE, STAYS, not(availableAfterOutdial)],
  ],
});

// ------------------------------------------------------------------ one interaction
// Context: { interaction }.

const onACall = guard(
  'the interaction is a call',
  ({ interaction }) => isCall(interaction.channel),
  'not_for_this_channel',
  'that action exists only for voice and campaign calls',
);

const inAConversation = guard(
  'the interaction is a chat or social conversation',
  ({ interaction }) => CONVERSATION_CHANNELS.has(interaction.channel),
  'not_for_this_channel',
  'that action exists only for chat and social conversations',
);

/** Every state but wrap-up can end: ending is how an interaction reaches wrap-up. */
const endable = Object.values(I).filter((state) => state !== I.WRAP_UP);

/**
 * The interaction control pane. Calls hold, consult and confer (VS-1…VS-7); chat and
 * social request a conference (DG-2, DG-3); every channel ends into wrap-up.
 * `wrapup_done` is not here: it removes the interaction rather than moving it.
 */
export const INTERACTION_RULES = new TransitionTable('the interaction', {
  hold: [[I.CONNECTED, I.ON_HOLD, onACall]],
  resume: [
    [I.ON_HOLD, I.CONNECTED, onACall],
    [I.CONSULT_ON_HOLD, I.CONSULTING, onACall],
  ],
  consult_request: [
    [I.CONNECTED, I.CONSULT_REQUESTED, onACall],
    [I.ON_HOLD, I.CONSULT_REQUESTED, onACall],
  ],
  consult_connected: [[I.CONSULT_REQUESTED, I.CONSULTING, onACall]],
  consult_hold: [[I.CONSULTING, I.CONSULT_ON_HOLD, onACall]],
  conference_request: [[I.CONNECTED, I.CONFERENCE_REQUESTED, inAConversation]],
  conference: [
    [I.CONSULTING, I.CONFERENCE, onACall],
    [I.CONSULT_ON_HOLD, I.CONFERENCE, onACall],
    [I.CONFERENCE_REQUESTED, I.CONFERENCE, inAConversation],
  ],
  end: endable.map((state) => [state, I.WRAP_UP]),
});

/** The interaction states whose time counts as consult time in the history (TM-6). */
export const CONSULT_STATES = Object.freeze(new Set([I.CONSULTING, I.CONSULT_ON_HOLD]));

// --------------------------------------------------------- the supervisor's monitoring
// Context: { desktop, succeeded }.

const callInProgress = guard(
  'the agent has a call in progress',
  ({ desktop }) => desktop.hasCallInProgress(),
  'nothing_to_monitor',
  'a supervisor can monitor only while the agent has a call in progress',
);

const succeeded = guard(
  'the attempt succeeded',
  ({ succeeded: attemptSucceeded }) => attemptSucceeded,
  'not_allowed_in_state',
  'the attempt failed',
);

/**
 * Mid-call monitoring as the supervisor sees it (MO-1, MO-2, INT-12): a failed start shows
 * nothing and a failed resume stays paused, but both are accepted — the supervisor did
 * try.
 */
export const MONITORING_RULES = new TransitionTable("the supervisor's monitoring", {
  monitor_start: [
    [M.NOT_MONITORED, M.MONITORING, callInProgress, succeeded],
    [M.NOT_MONITORED, STAYS, callInProgress, not(succeeded)],
  ],
  monitor_pause: [[M.MONITORING, M.PAUSED]],
  monitor_resume: [
    [M.PAUSED, M.MONITORING, succeeded],
    [M.PAUSED, STAYS, not(succeeded)],
  ],
  monitor_fail: [
    [M.MONITORING, M.NOT_MONITORED],
    [M.PAUSED, M.NOT_MONITORED],
  ],
});
