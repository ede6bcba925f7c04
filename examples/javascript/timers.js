/**
 * How the desktop writes a duration.
 *
 * A timer shows *completed* seconds (INT-8): `00:00` until a whole second has passed,
 * `MM:SS` below one hour and `HH:MM:SS` from one hour on (`59:59`, then `01:00:00`).
 * Hours are not capped, so a long idle shows `100:00:00` rather than wrapping around.
 */

import { MICROS_PER_SECOND } from './clock.js';

const twoDigits = (n) => String(n).padStart(2, '0');

/**
 * @param {number} micros a duration in whole microseconds
 * @returns {string} `MM:SS` or `HH:MM:SS`
 */
export function formatTimer(micros) {
  const completed = Math.max(0, Math.floor(micros / MICROS_PER_SECOND));
  const hours = Math.floor(completed / 3600);
  const minutes = Math.floor((completed % 3600) / 60);
  const seconds = completed % 60;
  const minutesAndSeconds = `${twoDigits(minutes)}:${twoDigits(seconds)}`;
  return hours > 0 ? `${twoDigits(hours)}:${minutesAndSeconds}` : minutesAndSeconds;
}

/**
 * The idle timer after a switch from one idle reason to another (TM-3, INT-6): the time in
 * the current reason, then the whole unbroken run of idle reasons, as in `20:00/30:00`.
 *
 * @param {number} currentMicros
 * @param {number} totalMicros
 */
export function formatIdleTimer(currentMicros, totalMicros) {
  return `${formatTimer(currentMicros)}/${formatTimer(totalMicros)}`;
}
