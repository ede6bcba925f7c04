/**
 * The tenant configuration: everything an administrator sets.
 *
 * The suite sends the configuration's dict form (every key optional). It is checked here,
 * once, and turned into a frozen object in the model's own units (microseconds), so the
 * rest of the desktop never deals with missing keys, seconds or bad input.
 */

import { toMicros } from './clock.js';
import { CHANNELS } from './vocabulary.js';

/** A configuration the desktop cannot start with; the protocol replies `invalid_config`. */
export class ConfigError extends Error {
  code = 'invalid_config';
}

const DEFAULTS = Object.freeze({
  // A campaign contact reaches the agent as a call, so it has the telephony limit (INT-19).
  rona_timeouts: { voice: 18, chat: 30, email: 30, social: 30, campaign: 18 },
  idle_reasons: ['idle', 'lunch', 'meeting', 'training'],
  default_idle_reason: 'idle',
  agent_available_after_outdial: false,
  capacity: { voice: 1, chat: 3, email: 1, social: 1, campaign: 1 },
  teams_presence_sync: false,
  dial_number_valid: true,
  desktop_active: true,
  reload_restore_seconds: 2,
});

/**
 * @typedef {object} TenantConfig
 * @property {Readonly<Record<string, number>>} ronaTimeouts microseconds to accept, per channel
 * @property {readonly string[]} idleReasons
 * @property {string} defaultIdleReason
 * @property {boolean} agentAvailableAfterOutdial
 * @property {Readonly<Record<string, number>>} capacity contacts per channel
 * @property {boolean} teamsPresenceSync
 * @property {boolean} dialNumberValid
 * @property {boolean} desktopActive whether the desktop starts as the active window
 * @property {number} reloadRestore microseconds a reloaded Available desktop shows Idle
 */

/**
 * Check a configuration and fill in the defaults. Every problem is reported at once, so an
 * implementer fixing a test setup sees the whole list.
 *
 * @param {unknown} raw the `config` of a `start` request
 * @returns {TenantConfig}
 * @throws {ConfigError}
 */
export function readConfig(raw) {
  if (!isPlainObject(raw)) {
    throw new ConfigError('the configuration is an object');
  }
  const problems = [];
  const unknown = Object.keys(raw).filter((key) => !(key in DEFAULTS));
  if (unknown.length > 0) {
    problems.push(`unknown configuration keys: ${unknown.join(', ')}`);
  }
  const value = { ...DEFAULTS, ...raw };

  const ronaTimeouts = perChannel('rona_timeouts', value.rona_timeouts, problems, (seconds) =>
    typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
      ? null
      : 'must be a positive number of seconds',
  );
  const capacity = perChannel('capacity', value.capacity, problems, (count) =>
    Number.isInteger(count) && count >= 0 ? null : 'must be a whole number of 0 or more',
  );

  const reasons = value.idle_reasons;
  if (!Array.isArray(reasons) || reasons.length === 0) {
    problems.push('idle_reasons must name at least one idle reason');
  } else if (!reasons.every(isName)) {
    problems.push('idle_reasons must be names: strings with a character that is not a space');
  } else if (new Set(reasons).size !== reasons.length) {
    problems.push('idle_reasons must not repeat a reason');
  } else if (!isName(value.default_idle_reason)) {
    problems.push('default_idle_reason must be a name with a character that is not a space');
  } else if (!reasons.includes(value.default_idle_reason)) {
    const shown = JSON.stringify(value.default_idle_reason);
    problems.push(`default_idle_reason ${shown} is not one of idle_reasons`);
  }

  for (const key of [
    'agent_available_after_outdial',
    'teams_presence_sync',
    'dial_number_valid',
    'desktop_active',
  ]) {
    if (typeof value[key] !== 'boolean') problems.push(`${key} must be true or false`);
  }
  const restore = value.reload_restore_seconds;
  if (typeof restore !== 'number' || !Number.isFinite(restore) || restore < 0) {
    problems.push('reload_restore_seconds must be a number of 0 or more');
  }

  if (problems.length > 0) {
    throw new ConfigError(problems.join('; '));
  }
  return Object.freeze({
    // A positive limit stays positive at the clock's resolution, so an offer is never due
    // at the very instant it is made.
    ronaTimeouts: Object.freeze(mapValues(ronaTimeouts, (s) => Math.max(1, toMicros(s)))),
    idleReasons: Object.freeze([...reasons]),
    defaultIdleReason: value.default_idle_reason,
    agentAvailableAfterOutdial: value.agent_available_after_outdial,
    capacity: Object.freeze(capacity),
    teamsPresenceSync: value.teams_presence_sync,
    dialNumberValid: value.dial_number_valid,
    desktopActive: value.desktop_active,
    reloadRestore: toMicros(restore),
  });
}

/**
 * A per-channel setting: the given channels over the defaults, each value checked.
 *
 * @param {string} key
 * @param {unknown} given
 * @param {string[]} problems collects what is wrong
 * @param {(value: unknown) => string | null} check a problem, or null when the value is fine
 */
function perChannel(key, given, problems, check) {
  if (!isPlainObject(given)) {
    problems.push(`${key} must be an object keyed by channel`);
    return { ...DEFAULTS[key] };
  }
  for (const channel of Object.keys(given)) {
    if (!CHANNELS.includes(channel)) {
      const shown = JSON.stringify(channel);
      problems.push(`${key} names an unknown channel ${shown}; channels are ${CHANNEL_LIST}`);
    }
  }
  const merged = { ...DEFAULTS[key], ...given };
  for (const channel of CHANNELS) {
    const problem = check(merged[channel]);
    if (problem !== null) problems.push(`${key}.${channel} ${problem}`);
  }
  return Object.fromEntries(CHANNELS.map((channel) => [channel, merged[channel]]));
}

const CHANNEL_LIST = CHANNELS.join(', ');

const mapValues = (object, f) =>
  Object.fromEntries(Object.entries(object).map(([key, value]) => [key, f(value)]));

/** An idle reason is a name a person can read: at least one character that is not a space. */
const isName = (value) => typeof value === 'string' && /\S/.test(value);

const isPlainObject = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
