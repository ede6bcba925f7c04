/**
 * The shape of a command: which commands exist and which arguments each takes.
 *
 * The suite validates commands before sending them, so a well-behaved run never trips
 * these checks. They are here because a desktop on the far end of a pipe is the last line
 * of defence: a command that does not fit the contract is answered with a protocol error
 * rather than half-understood (and a typo in a hand-written request is caught at once).
 */

import { CHANNELS, Status } from './vocabulary.js';

/** Raised for a command that is not one of the contract's; the protocol replies with its code. */
export class CommandFormatError extends Error {
  /**
   * @param {'unknown_command' | 'malformed_command'} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

// A contact id is the caller's name for one request: a string with a character that is
// not white space, or no person could tell two contacts apart.
const malformed = (message) => new CommandFormatError('malformed_command', message);

const contact = { type: 'string', required: true, nonBlank: true };
const attempt = { succeeded: { type: 'boolean', required: false } };

/** Every command and its arguments; `choices` limits a string argument. */
const COMMANDS = Object.freeze({
  login: {},
  choose_state: {
    state: { type: 'string', required: true, choices: Object.values(Status) },
    idle_reason: { type: 'string', required: false },
  },
  offer: { channel: { type: 'string', required: true, choices: CHANNELS }, contact },
  accept: { contact },
  delivery_failure: {
    contact,
    cause: { type: 'string', required: true, choices: ['network', 'phone', 'device'] },
  },
  supervisor_logout: {},
  reload: {},
  reopen_browser: { clear_cache: { type: 'boolean', required: false } },
  hold: { contact },
  resume: { contact },
  consult_request: { contact },
  consult_connected: { contact },
  consult_hold: { contact },
  conference_request: { contact },
  conference: { contact },
  end: { contact },
  wrapup_done: { contact },
  outdial_start: { contact },
  rona_go_to_idle: {},
  rona_go_to_available: {},
  focus_lost: {},
  focus_regained: {},
  monitor_start: attempt,
  monitor_pause: {},
  monitor_resume: attempt,
  monitor_fail: {},
});

/**
 * Check that a command names a known command with exactly the arguments it allows.
 *
 * @param {unknown} command the `command` of a `send` request
 * @returns {{command: string} & Record<string, unknown>} the same command, now trusted
 * @throws {CommandFormatError}
 */
export function checkCommand(command) {
  if (typeof command !== 'object' || command === null || Array.isArray(command)) {
    throw malformed('a command is an object with a "command" key');
  }
  const name = command.command;
  if (typeof name !== 'string' || !Object.hasOwn(COMMANDS, name)) {
    throw new CommandFormatError('unknown_command', `unknown command ${JSON.stringify(name)}`);
  }
  const spec = COMMANDS[name];
  for (const key of Object.keys(command)) {
    if (key !== 'command' && !Object.hasOwn(spec, key)) {
      throw malformed(`${name} takes no argument ${JSON.stringify(key)}`);
    }
  }
  for (const [key, arg] of Object.entries(spec)) {
    if (!(key in command)) {
      if (arg.required) {
        throw malformed(`${name} needs the argument ${JSON.stringify(key)}`);
      }
      continue;
    }
    const value = command[key];
    if (typeof value !== arg.type) {
      throw malformed(`${name}.${key} must be a ${arg.type}`);
    }
    if (arg.nonBlank && !/\S/.test(value)) {
      throw malformed(`${name}.${key} must not be empty or only spaces`);
    }
    if (arg.choices && !arg.choices.includes(value)) {
      throw malformed(
        `${name}.${key} must be one of ${arg.choices.join(', ')}, not ${JSON.stringify(value)}`,
      );
    }
  }
  return command;
}
