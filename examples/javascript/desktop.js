/**
 * The agent desktop: what it holds, what it can be asked, and how time moves it.
 *
 * What each command does lives in `commands.js`, whether a change is allowed in
 * `rules.js`, and what the desktop shows in `display.js`. This module keeps the state
 * those three share, and the one thing none of them may do on their own: let time pass.
 *
 * Time follows the due-event model. Nothing is scheduled and nothing needs cancelling:
 * the moments at which the desktop changes by itself (an offer's deadline, the end of a
 * reload's Idle, a Teams update) are read off the current state whenever they are needed.
 * An accepted offer simply has no deadline any more.
 */

import { checkAdvance, SimulatedClock } from './clock.js';
import { COMMANDS } from './commands.js';
import { ACCEPTED, isRefusal, refuse } from './decision.js';
import { STATUS_RULES } from './rules.js';
import { AgentStatus } from './status.js';
import { TeamsPresence } from './teams.js';
import { InteractionState, isCall, Monitoring, PHONE_CHANNELS, Status } from './vocabulary.js';

/**
 * @typedef {import('./interaction.js').Interaction} Interaction
 */

/**
 * A contact request waiting to be accepted.
 *
 * @typedef {object} Offer
 * @property {string} contact
 * @property {string} channel
 * @property {number} offeredAt
 * @property {number} deadline the instant it returns to the queue (inclusive, INT-3)
 */

export class Desktop {
  /** @param {import('./config.js').TenantConfig} config */
  constructor(config) {
    this.config = config;
    this.clock = new SimulatedClock();
    this.status = new AgentStatus();
    /** While a reloaded Available desktop shows Idle: when Available is restored. */
    this.restoringUntil = null;
    /** @type {Map<string, Offer>} pending requests, in the order offered */
    this.offers = new Map();
    /** @type {Map<string, Interaction>} the task list, in the order accepted */
    this.interactions = new Map();
    /** @type {Array<{contact: string, channel: string, total: number, consultTime: number}>} */
    this.history = [];
    /** @type {Array<{kind: 'rona', channel: string}>} */
    this.toasters = [];
    this.desktopActive = config.desktopActive;
    this.monitoring = Monitoring.NOT_MONITORED;
    this.teams = new TeamsPresence(config.teamsPresenceSync, () => this.presence());
  }

  // ------------------------------------------------------------------ questions

  get now() {
    return this.clock.now;
  }

  get loggedIn() {
    return this.status.loggedIn;
  }

  /** Engaged is a label over the status: shown whenever the task list is not empty (EN-1). */
  get engaged() {
    return this.interactions.size > 0;
  }

  /** While a reload shows Idle; the status beneath is still Available. */
  get restoring() {
    return this.restoringUntil !== null;
  }

  /** @param {string} contact */
  isOnDesktop(contact) {
    return this.offers.has(contact) || this.interactions.has(contact);
  }

  /**
   * How much of a channel's capacity is taken. A ringing request is already the agent's,
   * and voice and campaign calls share the one phone line (INT-16).
   *
   * @param {string} channel
   */
  load(channel) {
    const counts = (c) => (isCall(channel) ? PHONE_CHANNELS.has(c) : c === channel);
    let taken = 0;
    for (const { channel: c } of [...this.offers.values(), ...this.interactions.values()]) {
      if (counts(c)) taken += 1;
    }
    return taken;
  }

  /**
   * Why a new request on `channel` cannot be offered now, or null when it can (AV-2, EN-4).
   *
   * @param {string} channel
   * @returns {string | null}
   */
  whyNotRoutable(channel) {
    if (this.status.name !== Status.AVAILABLE) {
      return `only an Available agent is routed to; the agent is ${this.status.name}`;
    }
    if (this.restoring) {
      return 'the reloaded desktop shows Idle until Available is restored';
    }
    const capacity = this.config.capacity[channel];
    if (this.load(channel) >= capacity) {
      return `the agent's ${channel} capacity of ${capacity} is taken`;
    }
    return null;
  }

  /** A call the supervisor could listen to: on the line and not yet in wrap-up. */
  hasCallInProgress() {
    for (const interaction of this.interactions.values()) {
      if (isCall(interaction.channel) && interaction.state !== InteractionState.WRAP_UP) {
        return true;
      }
    }
    return false;
  }

  /** The status as Teams presence sees it (no reload flicker, INT-10). */
  presence() {
    if (!this.loggedIn) return Status.LOGGED_OUT;
    return this.engaged ? 'Engaged' : this.status.name;
  }

  // ------------------------------------------------------------- status changes

  /**
   * Decide a change of status through the rules: a refusal, or the effect carrying it out.
   *
   * @param {string} event a row of `STATUS_RULES`
   * @param {{reason?: string, channel?: string}} [cause] the idle reason it lands in, the
   *   channel behind a RONA
   * @returns {import('./decision.js').Decision}
   */
  statusChange(event, cause = {}) {
    const transition = STATUS_RULES.decide(event, this.status.name, {
      desktop: this,
      reason: cause.reason,
    });
    if (isRefusal(transition)) return transition;
    return () => {
      if (!transition.stays) this.#enterStatus(transition.to, cause);
    };
  }

  /**
   * Restore Available after a reload: the timer starts again at 00:00 (AV-3).
   * Also what choosing Available during the reload's Idle does, at once (INT-9).
   */
  finishRestoring() {
    this.restoringUntil = null;
    this.status.restartTimer(this.now);
  }

  #enterStatus(name, cause) {
    this.status.enter(name, this.now, cause);
    this.restoringUntil = null;
    if (name === Status.RONA) {
      // INT-3: an agent who is not answering should not hold other customers back.
      this.offers.clear();
      if (!this.desktopActive) {
        this.toasters.push({ kind: 'rona', channel: cause.channel });
      }
    }
  }

  // -------------------------------------------------------------------- commands

  /**
   * Carry out one command, or refuse it and change nothing.
   *
   * @param {{command: string} & Record<string, any>} command a command of the contract
   * @returns {{ok: true} | {ok: false, error: {code: string, message: string}}}
   */
  send(command) {
    if (command.command !== 'login' && !this.loggedIn) {
      const message = `${command.command} needs a logged-in agent; log in first`;
      return refuse('not_logged_in', message).toResult();
    }
    const decision = COMMANDS[command.command](this, command);
    if (isRefusal(decision)) return decision.toResult();
    decision();
    this.teams.observe(this.now);
    return ACCEPTED;
  }

  // ------------------------------------------------------------------------ time

  /**
   * Let time pass. Everything that falls due on the way happens at its own instant, in
   * time order, each seeing what the earlier ones left: advancing 60 s over an 18 s
   * deadline leaves an agent who has been in RONA for 42 s. Deadlines are inclusive, so
   * an event due exactly at the end of the advance has happened by the next snapshot.
   *
   * @param {number} seconds 0 or more, possibly fractional
   * @throws {import('./clock.js').InvalidAdvance} before anything changes, for a duration
   *   that is not a finite number of 0 or more
   */
  advance(seconds) {
    const until = this.now + checkAdvance(seconds);
    for (let due = this.#nextDue(); due !== undefined && due.at <= until; due = this.#nextDue()) {
      this.clock.moveTo(due.at);
      due.happen();
      this.teams.observe(due.at);
    }
    this.clock.moveTo(until);
  }

  /**
   * The earliest thing that will happen by itself, read off the current state. On a tie
   * the desktop's own events come before Teams, and offers in the order they were made.
   *
   * @returns {{at: number, happen: () => void} | undefined}
   */
  #nextDue() {
    const candidates = [...this.offers.values()].map((offer) => ({
      at: offer.deadline,
      happen: () => this.#unanswered(offer),
    }));
    if (this.restoringUntil !== null) {
      candidates.push({ at: this.restoringUntil, happen: () => this.finishRestoring() });
    }
    const teams = this.teams.nextDue();
    if (teams !== undefined) candidates.push(teams);
    let earliest;
    for (const candidate of candidates) {
      if (earliest === undefined || candidate.at < earliest.at) earliest = candidate;
    }
    return earliest;
  }

  /** An offer reached its limit: it returns to the queue, and an Available agent turns RONA. */
  #unanswered(offer) {
    this.offers.delete(offer.contact);
    const change = this.statusChange('offer_unanswered', { channel: offer.channel });
    if (isRefusal(change)) {
      throw new Error(`an offer fell due while the agent was ${this.status.name}`);
    }
    change();
  }
}
