/**
 * Simulated time.
 *
 * The suite owns time: a desktop's clock starts at 0 and moves only when an `advance`
 * request says so. Nothing here reads a real clock or sleeps, so an 18 s RONA timeout
 * costs no wall time and a snapshot taken twice in a row is the same.
 *
 * Instants and durations are whole microseconds (plain integers). Summing float seconds
 * drifts (ten steps of 0.1 s do not make 1 s), and an offer due at exactly 18 s would then
 * miss its own deadline; integers add up exactly, and a microsecond is the contract's
 * resolution anyway.
 */

export const MICROS_PER_SECOND = 1_000_000;

/**
 * @param {number} seconds a duration as the protocol writes it, possibly fractional
 * @returns {number} the same duration in whole microseconds
 */
export function toMicros(seconds) {
  return Math.round(seconds * MICROS_PER_SECOND);
}

/** @param {number} micros */
export function toSeconds(micros) {
  return micros / MICROS_PER_SECOND;
}

/** Raised for an `advance` the clock cannot take; the protocol replies `invalid_advance`. */
export class InvalidAdvance extends RangeError {
  code = 'invalid_advance';
}

/**
 * Check a duration given to `advance`: a finite number of seconds, 0 or more.
 *
 * @param {unknown} seconds
 * @returns {number} the duration in whole microseconds
 * @throws {InvalidAdvance}
 */
export function checkAdvance(seconds) {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) {
    throw new InvalidAdvance(
      `advance takes a finite number of seconds, not ${JSON.stringify(seconds)}`,
    );
  }
  if (seconds < 0) {
    throw new InvalidAdvance(
      `time only moves forward: advance takes 0 or more seconds, not ${seconds}`,
    );
  }
  const micros = toMicros(seconds);
  if (!Number.isSafeInteger(micros)) {
    // Beyond 2^53 µs (about 285 years) integers stop being exact.
    throw new InvalidAdvance(`advance by ${seconds} s is more than the clock can count exactly`);
  }
  return micros;
}

/** A clock that only the desktop moves, and only forward. */
export class SimulatedClock {
  #now = 0;

  /** The current instant, in microseconds since the desktop was started. */
  get now() {
    return this.#now;
  }

  /**
   * Jump to an instant. The desktop moves the clock to each due event's own instant
   * before carrying it out, so the event sees (and stamps) the time it was due.
   *
   * @param {number} instant microseconds, not before now
   */
  moveTo(instant) {
    if (instant < this.#now) {
      throw new RangeError(`time only moves forward: ${instant} µs is before ${this.#now} µs`);
    }
    this.#now = instant;
  }
}
