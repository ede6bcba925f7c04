/**
 * The agent's availability status and its state timer.
 *
 * The timer restarts at every change of status (TM-2) — but Engaged is a label, not a
 * status (INT-4), so accepting and finishing a contact never touches it. Idle reasons add
 * one twist (TM-3, INT-6): from the first switch of one idle reason to another, the timer
 * also shows the total of the unbroken run of idle reasons, as `current/total`. Any other
 * status (Available, RONA) ends the run.
 */

import { formatIdleTimer, formatTimer } from './timers.js';
import { Status } from './vocabulary.js';

export class AgentStatus {
  /** `LoggedOut`, `Available`, `Idle` or `RONA`. */
  name = Status.LOGGED_OUT;
  /** The idle reason while Idle, else null. */
  reason = null;
  /** The channel of the request that caused RONA, for the popover; null otherwise. */
  ronaChannel = null;
  /** When the state timer last started. */
  since = 0;

  /** When the current run of idle reasons began; null when not Idle. */
  #idleRunSince = null;
  /** Whether the run has switched reason at least once, i.e. the timer shows a total. */
  #switchedReason = false;

  get loggedIn() {
    return this.name !== Status.LOGGED_OUT;
  }

  /**
   * Enter a status: the timer starts again at 00:00.
   *
   * @param {string} name
   * @param {number} at
   * @param {{reason?: string | null, channel?: string | null}} [cause]
   *   the idle reason for Idle; the request's channel for RONA
   */
  enter(name, at, { reason = null, channel = null } = {}) {
    const idleToIdle = this.name === Status.IDLE && name === Status.IDLE;
    if (name !== Status.IDLE) {
      this.#idleRunSince = null;
      this.#switchedReason = false;
    } else if (idleToIdle) {
      this.#switchedReason = true;
    } else {
      this.#idleRunSince = at;
      this.#switchedReason = false;
    }
    this.name = name;
    this.since = at;
    this.reason = name === Status.IDLE ? reason : null;
    this.ronaChannel = name === Status.RONA ? channel : null;
  }

  /**
   * Keep the status but start its timer again, as a reloaded Available desktop does when
   * it restores Available (AV-3).
   *
   * @param {number} at
   */
  restartTimer(at) {
    this.since = at;
  }

  /**
   * The state timer as the availability field would write it.
   *
   * @param {number} now
   */
  timer(now) {
    const current = now - this.since;
    if (this.#switchedReason) {
      return formatIdleTimer(current, now - this.#idleRunSince);
    }
    return formatTimer(current);
  }
}
