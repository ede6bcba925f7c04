/**
 * The names the desktop exchanges with the suite.
 *
 * These are identifiers, never display words: the suite translates them for people.
 * Keeping them in one place means a typo is a missing export, not a silently wrong
 * snapshot.
 */

/** The availability statuses. `LoggedOut` is one too: the drop-down just never offers it. */
export const Status = Object.freeze({
  LOGGED_OUT: 'LoggedOut',
  AVAILABLE: 'Available',
  IDLE: 'Idle',
  RONA: 'RONA',
});

/**
 * The channels, in the order the snapshot lists routable channels. The order is part of
 * the contract, so everything that lists channels iterates this array.
 */
export const CHANNELS = Object.freeze(['voice', 'chat', 'email', 'social', 'campaign']);

/** Voice and campaign calls ring on the agent's one phone line, and so share it. */
export const PHONE_CHANNELS = Object.freeze(new Set(['voice', 'campaign']));

/** Which channels can hold a conference without a consult call first (DG-2, DG-3). */
export const CONVERSATION_CHANNELS = Object.freeze(new Set(['chat', 'social']));

/** @param {string} channel */
export const isCall = (channel) => PHONE_CHANNELS.has(channel);

/** What the interaction control pane shows for an accepted contact. */
export const InteractionState = Object.freeze({
  CONNECTED: 'connected',
  ON_HOLD: 'on_hold',
  CONSULT_REQUESTED: 'consult_requested',
  CONSULTING: 'consulting',
  CONSULT_ON_HOLD: 'consult_on_hold',
  CONFERENCE_REQUESTED: 'conference_requested',
  CONFERENCE: 'conference',
  WRAP_UP: 'wrap_up',
});

/** The supervisor's side of mid-call monitoring; `NOT_MONITORED` shows as null. */
export const Monitoring = Object.freeze({
  NOT_MONITORED: 'not_monitored',
  MONITORING: 'monitoring',
  PAUSED: 'paused',
});

/** The RONA popover always offers both ways out, Go to Idle first. */
export const RONA_POPOVER_OPTIONS = Object.freeze(['go_to_idle', 'go_to_available']);
