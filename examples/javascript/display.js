/**
 * What the desktop shows: the model turned into the contract's snapshot.
 *
 * A pure function of the desktop at its current instant: observing changes nothing, so
 * two snapshots in a row are equal. The snapshot holds identifiers only (`engaged-in-idle`,
 * `on_hold`); the words a person reads are the suite's business.
 */

import { toSeconds, toMicros } from './clock.js';
import { formatTimer } from './timers.js';
import { CHANNELS, isCall, Monitoring, RONA_POPOVER_OPTIONS, Status } from './vocabulary.js';

/** RONA-3, INT-2: the accept button flashes only when the limit is over 8 s … */
const FLASHING_NEEDS_LIMIT_OVER = toMicros(8);
/** … and then for the whole last 5 s, from exactly limit − 5 s. */
const FLASHING_WINDOW = toMicros(5);

const ICONS = {
  [Status.AVAILABLE]: 'available',
  [Status.IDLE]: 'idle',
  [Status.RONA]: 'rona',
};

/**
 * @param {import('./desktop.js').Desktop} desktop
 * @returns {object} a snapshot matching `snapshot.schema.json`
 */
export function snapshot(desktop) {
  const now = desktop.now;
  return {
    ...availabilityField(desktop),
    routable_channels: CHANNELS.filter(
      (channel) => desktop.loggedIn && desktop.whyNotRoutable(channel) === null,
    ),
    offers: [...desktop.offers.values()].map((offer) => offerView(offer, now)),
    interactions: [...desktop.interactions.values()].map((interaction) => ({
      contact: interaction.contact,
      channel: interaction.channel,
      state: interaction.state,
      connected_timer: formatTimer(now - interaction.acceptedAt),
      state_timer: formatTimer(now - interaction.stateSince),
      outdial: interaction.outdial,
    })),
    rona_popover:
      desktop.status.name === Status.RONA
        ? { channel: desktop.status.ronaChannel, options: [...RONA_POPOVER_OPTIONS] }
        : null,
    toasters: desktop.toasters.map((toaster) => ({ ...toaster })),
    desktop_active: desktop.desktopActive,
    teams: desktop.teams.view(),
    history: desktop.history.map((entry) => ({
      contact: entry.contact,
      channel: entry.channel,
      total: formatTimer(entry.total),
      consult_time: formatTimer(entry.consultTime),
    })),
    monitoring: desktop.monitoring === Monitoring.NOT_MONITORED ? null : desktop.monitoring,
  };
}

/**
 * The availability field: status, idle reason, label, icon and state timer.
 *
 * Two things decide it besides the status. A reloaded Available desktop *shows* the
 * default idle reason until Available is restored (AV-3). And Engaged is a label over the
 * status (EN-1, EN-2): the icon says which status is beneath, and the state timer hides
 * behind the task list's connected timer (EN-3) — except in RONA, whose timer is shown
 * from 00:00 because the popover asks the agent to act (INT-14).
 *
 * @param {import('./desktop.js').Desktop} desktop
 */
function availabilityField(desktop) {
  if (!desktop.loggedIn) {
    return {
      logged_in: false,
      state: Status.LOGGED_OUT,
      idle_reason: null,
      label: null,
      icon: null,
      state_timer: null,
    };
  }
  const { status, engaged, restoring } = desktop;
  const shown = restoring ? Status.IDLE : status.name;
  const shownReason = restoring ? desktop.config.defaultIdleReason : status.reason;
  return {
    logged_in: true,
    state: shown,
    idle_reason: shown === Status.IDLE ? shownReason : null,
    label: engaged ? 'Engaged' : shown,
    icon: engaged ? `engaged-in-${ICONS[shown]}` : ICONS[shown],
    state_timer: engaged && shown !== Status.RONA ? null : status.timer(desktop.now),
  };
}

/**
 * @param {import('./desktop.js').Offer} offer
 * @param {number} now
 */
function offerView(offer, now) {
  const limit = offer.deadline - offer.offeredAt;
  const remaining = offer.deadline - now;
  return {
    contact: offer.contact,
    channel: offer.channel,
    // INT-20: a call waiting to be accepted rings (its popover is visible).
    state: isCall(offer.channel) ? 'ringing' : 'offered',
    remaining_seconds: toSeconds(remaining),
    accept_flashing: limit > FLASHING_NEEDS_LIMIT_OVER && remaining <= FLASHING_WINDOW,
  };
}
