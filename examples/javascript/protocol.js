/**
 * The suite's JSON-lines protocol, one request at a time.
 *
 * A `Session` turns one request line into one reply object and knows nothing about
 * pipes, so it can be driven from a test as easily as from standard input. It holds the
 * desktop of the current scenario; `start` throws it away and makes a fresh one.
 *
 * Two kinds of "no" must not be confused. A command the desktop refuses is a normal
 * answer: `{"ok": true, "result": {"ok": false, ...}}`. An error reply (`"ok": false` at
 * the top) says the implementation could not carry out the request at all — a bad
 * configuration, a request that breaks the protocol, a bug — and the suite reports the
 * scenario as an error rather than a failed rule.
 */

import { readFileSync } from 'node:fs';

import { InvalidAdvance } from './clock.js';
import { checkCommand, CommandFormatError } from './command-format.js';
import { ConfigError, readConfig } from './config.js';
import { Desktop } from './desktop.js';
import { snapshot } from './display.js';

/** The protocol version this program speaks (docs/protocol.md). */
export const PROTOCOL_VERSION = '1.0';

/** The driver contract version it implements (docs/contract.md, Versioning). */
export const CONTRACT_VERSION = '1.1.0';

/** Every optional part of the contract: this desktop implements them all. */
export const CAPABILITIES = Object.freeze([
  'teams_presence_sync',
  'supervisor_monitoring',
  'outdial',
  'social_channel',
  'campaign_calls',
]);

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export const IMPLEMENTATION = Object.freeze({
  name: 'agentstatus javascript example',
  version,
  language: 'javascript',
  contract_version: CONTRACT_VERSION,
});

/** A request the session cannot carry out; becomes an error reply with this code. */
class RequestError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * Errors that describe a bad request rather than a bug: each carries the `code` of its
 * error reply.
 */
const EXPECTED_ERRORS = [RequestError, ConfigError, CommandFormatError, InvalidAdvance];

/**
 * @typedef {object} Outcome
 * @property {object} reply the reply to write, one line of JSON
 * @property {boolean} stop whether this was the last request
 */

export class Session {
  /** @type {Desktop | null} */
  #desktop = null;
  #log;

  /** @param {{log?: (message: string) => void}} [options] where diagnostics go (stderr) */
  constructor({ log = () => {} } = {}) {
    this.#log = log;
  }

  /**
   * Answer one line of input.
   *
   * @param {string} line
   * @returns {Outcome}
   */
  handleLine(line) {
    let request;
    try {
      request = JSON.parse(line);
    } catch (error) {
      const reply = errorReply(null, 'bad_request', `the request is not JSON: ${error.message}`);
      return { reply, stop: false };
    }
    return this.handle(request);
  }

  /**
   * Answer one parsed request.
   *
   * @param {unknown} request
   * @returns {Outcome}
   */
  handle(request) {
    const id = Number.isInteger(request?.id) ? request.id : null;
    try {
      if (typeof request !== 'object' || request === null || Array.isArray(request)) {
        throw new RequestError('bad_request', 'a request is a JSON object');
      }
      if (id === null) throw new RequestError('bad_request', 'a request carries an integer "id"');
      if (typeof request.op !== 'string' || !Object.hasOwn(OPERATIONS, request.op)) {
        throw new RequestError('unknown_op', `unknown op ${JSON.stringify(request.op)}`);
      }
      const body = OPERATIONS[request.op].call(this, request);
      return { reply: { id, ok: true, ...body }, stop: request.op === 'stop' };
    } catch (error) {
      if (EXPECTED_ERRORS.some((kind) => error instanceof kind)) {
        return { reply: errorReply(id, error.code, error.message), stop: false };
      }
      // A bug in the desktop: say so to the suite, and leave the details on stderr.
      this.#log(`error answering request ${id}: ${error?.stack ?? error}`);
      const reply = errorReply(id, 'implementation_error', String(error?.message ?? error));
      return { reply, stop: false };
    }
  }

  /** The desktop of the current scenario. */
  get #started() {
    if (this.#desktop === null) {
      throw new RequestError('not_started', 'start a desktop with a tenant configuration first');
    }
    return this.#desktop;
  }

  // Each operation returns the reply's fields besides `id` and `ok`, or throws.

  /** The handshake: who we are and which optional parts we offer. */
  hello() {
    return {
      protocol: PROTOCOL_VERSION,
      implementation: { ...IMPLEMENTATION },
      capabilities: [...CAPABILITIES],
    };
  }

  /** A fresh desktop: logged out, clock at 0. Every key is optional; `{}` means the defaults. */
  start({ config }) {
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
      throw new RequestError('bad_request', 'start needs a config object (`{}` for the defaults)');
    }
    this.#desktop = new Desktop(readConfig(config));
    return {};
  }

  /** One command; the desktop's answer, refusal or not, is the `result`. */
  send({ command }) {
    return { result: this.#started.send(checkCommand(command)) };
  }

  advance({ seconds }) {
    this.#started.advance(seconds);
    return {};
  }

  snapshot() {
    return { snapshot: snapshot(this.#started) };
  }

  stop() {
    this.#desktop = null;
    return {};
  }
}

const OPERATIONS = {
  hello: Session.prototype.hello,
  start: Session.prototype.start,
  send: Session.prototype.send,
  advance: Session.prototype.advance,
  snapshot: Session.prototype.snapshot,
  stop: Session.prototype.stop,
};

/**
 * @param {number | null} id
 * @param {string} code
 * @param {string} message
 */
function errorReply(id, code, message) {
  return { id, ok: false, error: { code, message } };
}
