/**
 * Decide, then do.
 *
 * A refused command must leave the desktop exactly as it was, every timer included. Rather
 * than trusting each handler to check everything before its first change, every command is
 * split in two: deciding looks at the desktop and returns either a `Refusal` or an *effect*
 * (a function that carries the command out). Only an effect mutates, and it runs only when
 * nothing was refused, so a refusal cannot leave a trace by construction.
 *
 * @typedef {() => void} Effect
 * @typedef {Refusal | Effect} Decision
 */

/** A command the desktop refuses: an answer, not a failure of the implementation. */
export class Refusal {
  /**
   * @param {string} code one of the contract's rejection codes, e.g. `not_routable`
   * @param {string} message an English sentence saying what was wrong
   */
  constructor(code, message) {
    this.code = code;
    this.message = message;
    Object.freeze(this);
  }

  /** The contract's result for a refused command. */
  toResult() {
    return { ok: false, error: { code: this.code, message: this.message } };
  }
}

/** Shorthand that reads well where a command is refused. */
export const refuse = (code, message) => new Refusal(code, message);

/** @param {unknown} decision */
export const isRefusal = (decision) => decision instanceof Refusal;

/** The contract's result for a command that was carried out. */
export const ACCEPTED = Object.freeze({ ok: true });

/** An effect that changes nothing, for an accepted command with nothing to do. */
export const NOTHING = () => {};

/**
 * Several decisions as one: the first refusal among them, or a single effect carrying all
 * of them out in order.
 *
 * @param {...Decision} decisions
 * @returns {Decision}
 */
export function allOf(...decisions) {
  const refusal = decisions.find(isRefusal);
  if (refusal !== undefined) return refusal;
  return () => {
    for (const effect of decisions) effect();
  };
}
