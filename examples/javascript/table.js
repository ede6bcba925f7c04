/**
 * Transition tables: whether a change may happen, kept apart from what it does.
 *
 * A table maps an event to rows `[from, to, ...guards]`, read as "on this event, from this
 * state, if every guard holds, go to that state". Writing the rules as data keeps them
 * reviewable against the contract's printed tables line by line, and gives every refusal
 * one source: a row whose guard fails refuses with that guard's code, and an event with no
 * row for the current state is `not_allowed_in_state`.
 */

import { refuse } from './decision.js';

/** A row target meaning "keep the current state, its timer running". */
export const STAYS = Symbol('stays');

/**
 * A named condition on an event, with the refusal to give when it is why nothing applies.
 *
 * @typedef {object} Guard
 * @property {string} name what the condition says, for messages and reading
 * @property {(context: any) => boolean} holds
 * @property {string} code the rejection code when this guard is the reason for a refusal
 * @property {string} message
 */

/**
 * @param {string} name
 * @param {(context: any) => boolean} holds
 * @param {string} code
 * @param {string} message
 * @returns {Guard}
 */
export function guard(name, holds, code, message) {
  return Object.freeze({ name, holds, code, message });
}

/**
 * The opposite condition. Used for rows that only choose between two outcomes (an
 * attempt that succeeded or not), where one of the pair always holds and so never refuses.
 *
 * @param {Guard} g
 * @returns {Guard}
 */
export function not(g) {
  return guard(`not ${g.name}`, (context) => !g.holds(context), g.code, g.message);
}

/**
 * The outcome of a permitted event.
 *
 * @typedef {object} Transition
 * @property {string} to the state after the event
 * @property {boolean} stays true when the state is kept rather than entered again
 */

export class TransitionTable {
  #events;

  /**
   * @param {string} subject what the states belong to, for messages ("the agent's status")
   * @param {Record<string, Array<Array<any>>>} events event name → rows `[from, to, ...guards]`
   */
  constructor(subject, events) {
    this.subject = subject;
    this.#events = new Map(Object.entries(events));
  }

  /** @param {string} event */
  has(event) {
    return this.#events.has(event);
  }

  /**
   * Which transition an event takes from `current`, or why it cannot happen. Deciding
   * changes nothing, so a caller can refuse a command before touching any state.
   *
   * @param {string} event
   * @param {string} current
   * @param {object} context what the guards read
   * @returns {Transition | import('./decision.js').Refusal}
   */
  decide(event, current, context) {
    const rows = this.#events.get(event);
    if (rows === undefined) {
      throw new Error(`${this.subject} has no event ${event}`);
    }
    let firstFailure;
    for (const [from, to, ...guards] of rows) {
      if (from !== current) continue;
      const failing = guards.find((g) => !g.holds(context));
      if (failing === undefined) {
        return to === STAYS ? { to: current, stays: true } : { to, stays: false };
      }
      firstFailure ??= failing;
    }
    if (firstFailure !== undefined) {
      return refuse(firstFailure.code, firstFailure.message);
    }
    const possibleFrom = [...new Set(rows.map(([from]) => from))].join(', ');
    return refuse(
      'not_allowed_in_state',
      `${event} is not possible while ${this.subject} is ${current}; ` +
        `it is possible from ${possibleFrom}`,
    );
  }
}
