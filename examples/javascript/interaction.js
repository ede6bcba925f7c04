/**
 * One accepted contact in the task list, with its two timers.
 *
 * The connected timer runs from accepting until the contact leaves the task list, wrap-up
 * included (TM-4, INT-22); the state timer shows how long the interaction has been in its
 * current state, e.g. the hold time (TM-5, INT-11). The history also needs the consult
 * time (TM-6), so time spent consulting is banked at every change of state.
 */

import { CONSULT_STATES } from './rules.js';
import { InteractionState } from './vocabulary.js';

export class Interaction {
  state = InteractionState.CONNECTED;

  /** Consult time of the consult states already left. */
  #consultBanked = 0;

  /**
   * @param {object} fields
   * @param {string} fields.contact
   * @param {string} fields.channel
   * @param {number} fields.acceptedAt when the agent accepted (or placed) the contact
   * @param {boolean} [fields.outdial] an outdial call placed by the agent
   */
  constructor({ contact, channel, acceptedAt, outdial = false }) {
    this.contact = contact;
    this.channel = channel;
    this.acceptedAt = acceptedAt;
    this.outdial = outdial;
    this.stateSince = acceptedAt;
  }

  /**
   * @param {string} state
   * @param {number} at
   */
  moveTo(state, at) {
    this.#consultBanked = this.consultTime(at);
    this.state = state;
    this.stateSince = at;
  }

  /**
   * Consulting plus consult on hold, up to `now` (INT-15).
   *
   * @param {number} now
   */
  consultTime(now) {
    const running = CONSULT_STATES.has(this.state) ? now - this.stateSince : 0;
    return this.#consultBanked + running;
  }
}
