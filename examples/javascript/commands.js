/**
 * What each command does.
 *
 * Every handler *decides* (see `decision.js`): it looks at the desktop and returns either
 * a refusal or the effect that carries the command out. Handlers never change anything
 * themselves, which is what makes "a refused command leaves the desktop exactly as it
 * was" hold for every command, timers included. The desktop has already refused every
 * command but `login` while the agent is logged out.
 *
 * @typedef {import('./desktop.js').Desktop} Desktop
 * @typedef {import('./decision.js').Decision} Decision
 * @typedef {(desktop: Desktop, command: Record<string, any>) => Decision} Handler
 */

import { allOf, isRefusal, NOTHING, refuse } from './decision.js';
import { Interaction } from './interaction.js';
import { INTERACTION_RULES, MONITORING_RULES } from './rules.js';
import { InteractionState, isCall, Monitoring, Status } from './vocabulary.js';

/** @type {Record<string, Handler>} */
export const COMMANDS = {
  login(desktop) {
    if (desktop.loggedIn) return refuse('already_logged_in', 'the agent is already logged in');
    // AV-4: the agent lands in the default idle reason, not ready for requests.
    const change = desktop.statusChange('login', { reason: desktop.config.defaultIdleReason });
    return allOf(() => desktop.teams.loggedIn(desktop.now), change);
  },

  choose_state(desktop, { state, idle_reason: reason }) {
    switch (state) {
      case Status.RONA:
        return refuse(
          'rona_not_selectable',
          'RONA is set when a request goes unanswered; it cannot be chosen',
        );
      case Status.LOGGED_OUT:
        return refuse(
          'not_selectable',
          'the agent cannot choose LoggedOut; choose Available or an idle reason',
        );
      case Status.AVAILABLE:
        if (reason !== undefined) {
          return refuse('malformed_command', 'Available takes no idle reason');
        }
        // INT-9: the reload's Idle is what the agent sees, so choosing Available is a real
        // choice: it restores Available at once.
        if (desktop.restoring) return () => desktop.finishRestoring();
        if (desktop.status.name === Status.AVAILABLE) {
          return refuse('already_in_state', 'the agent is already Available');
        }
        return desktop.statusChange('choose_available');
      default:
        // AV-6, INT-5: also while engaged; the idle timer starts now, hidden until the end.
        return desktop.statusChange('choose_idle', {
          reason: reason ?? desktop.config.defaultIdleReason,
        });
    }
  },

  offer(desktop, { channel, contact }) {
    if (desktop.isOnDesktop(contact)) return duplicate(contact);
    const why = desktop.whyNotRoutable(channel);
    if (why !== null) {
      return refuse('not_routable', `the ${channel} request is not delivered: ${why}`);
    }
    if (isCall(channel) && !desktop.config.dialNumberValid) {
      // INT-18: a call cannot ring at a wrong dial number or extension; it returns to the
      // queue at once, which is a RONA like any other unanswered request.
      return desktop.statusChange('delivery_failed', { channel });
    }
    return () => {
      const offeredAt = desktop.now;
      const deadline = offeredAt + desktop.config.ronaTimeouts[channel];
      desktop.offers.set(contact, { contact, channel, offeredAt, deadline });
    };
  },

  accept(desktop, { contact }) {
    const offer = desktop.offers.get(contact);
    if (offer === undefined) return refuse('unknown_contact', `${contact} is not a pending offer`);
    return () => {
      desktop.offers.delete(contact);
      desktop.interactions.set(
        contact,
        new Interaction({ contact, channel: offer.channel, acceptedAt: desktop.now }),
      );
    };
  },

  delivery_failure(desktop, { contact }) {
    const offer = desktop.offers.get(contact);
    if (offer === undefined) return refuse('unknown_contact', `${contact} is not a pending offer`);
    if (!isCall(offer.channel)) {
      return refuse('not_for_this_channel', 'only a call can fail to reach the agent');
    }
    // RONA-5: the call returns to the queue and an Available agent turns RONA.
    return allOf(
      () => desktop.offers.delete(contact),
      desktop.statusChange('delivery_failed', { channel: offer.channel }),
    );
  },

  supervisor_logout(desktop) {
    return allOf(desktop.statusChange('supervisor_logout'), () => {
      desktop.toasters.length = 0;
      desktop.monitoring = Monitoring.NOT_MONITORED;
    });
  },

  reload: reload,
  // AV-8, INT-9: closing the browser (with or without its cache) and coming back is a reload.
  reopen_browser: reload,

  hold: interactionEvent,
  resume: interactionEvent,
  consult_request: interactionEvent,
  consult_connected: interactionEvent,
  consult_hold: interactionEvent,
  conference_request: interactionEvent,
  conference: interactionEvent,
  end: interactionEvent,

  wrapup_done(desktop, { contact }) {
    const interaction = desktop.interactions.get(contact);
    if (interaction === undefined) return notInTaskList(contact);
    if (interaction.state !== InteractionState.WRAP_UP) {
      return refuse(
        'not_allowed_in_state',
        `wrap-up can be completed only in wrap_up; ${contact} is ${interaction.state}`,
      );
    }
    // INT-7: the outdial setting applies when the outdial is over, i.e. after wrap-up.
    const afterOutdial = interaction.outdial
      ? desktop.statusChange('outdial_finished', { reason: desktop.config.defaultIdleReason })
      : NOTHING;
    return allOf(() => desktop.interactions.delete(contact), afterOutdial);
  },

  outdial_start(desktop, { contact }) {
    if (desktop.isOnDesktop(contact)) return duplicate(contact);
    if (desktop.status.name === Status.RONA) {
      return refuse(
        'not_allowed_in_state',
        'answer the RONA popover before placing an outdial call',
      );
    }
    // One phone line: a call in the task list or a ringing call offer takes it.
    if (desktop.load('voice') > 0) {
      return refuse('line_busy', "the agent's phone line is taken by another call");
    }
    return () =>
      desktop.interactions.set(
        contact,
        new Interaction({ contact, channel: 'voice', acceptedAt: desktop.now, outdial: true }),
      );
  },

  rona_go_to_idle(desktop) {
    if (desktop.status.name !== Status.RONA) return noPopover();
    // RONA-6: the administrator's default idle reason.
    return desktop.statusChange('rona_go_to_idle', { reason: desktop.config.defaultIdleReason });
  },

  rona_go_to_available(desktop) {
    if (desktop.status.name !== Status.RONA) return noPopover();
    return desktop.statusChange('rona_go_to_available');
  },

  focus_lost: (desktop) => focus(desktop, false),
  focus_regained: (desktop) => focus(desktop, true),

  monitor_start: monitoringEvent,
  monitor_pause: monitoringEvent,
  monitor_resume: monitoringEvent,
  monitor_fail: monitoringEvent,
};

/**
 * AV-3, INT-9: only an Available desktop flickers through Idle while it reconnects, and
 * its timer starts again; Idle and RONA are kept with their timers running. A restore
 * that takes no time restores at once.
 *
 * @type {Handler}
 */
function reload(desktop) {
  if (desktop.status.name !== Status.AVAILABLE) return NOTHING;
  return () => {
    desktop.status.restartTimer(desktop.now);
    const restore = desktop.config.reloadRestore;
    desktop.restoringUntil = restore > 0 ? desktop.now + restore : null;
  };
}

/**
 * One step of an interaction through the interaction rules. Ending it writes the history
 * entry (TM-6) and, with the last call over, ends the supervisor's monitoring.
 *
 * @type {Handler}
 */
function interactionEvent(desktop, { command: event, contact }) {
  const interaction = desktop.interactions.get(contact);
  if (interaction === undefined) return notInTaskList(contact);
  const transition = INTERACTION_RULES.decide(event, interaction.state, { interaction });
  if (isRefusal(transition)) return transition;
  return () => {
    const now = desktop.now;
    interaction.moveTo(transition.to, now);
    if (transition.to !== InteractionState.WRAP_UP) return;
    // INT-15: from accept to the end of the communication, wrap-up excluded.
    desktop.history.push({
      contact,
      channel: interaction.channel,
      total: now - interaction.acceptedAt,
      consultTime: interaction.consultTime(now),
    });
    if (!desktop.hasCallInProgress()) desktop.monitoring = Monitoring.NOT_MONITORED;
  };
}

/** @type {Handler} */
function monitoringEvent(desktop, { command: event, succeeded = true }) {
  const transition = MONITORING_RULES.decide(event, desktop.monitoring, { desktop, succeeded });
  if (isRefusal(transition)) return transition;
  return () => {
    desktop.monitoring = transition.to;
  };
}

/**
 * @param {Desktop} desktop
 * @param {boolean} active
 * @returns {Decision}
 */
function focus(desktop, active) {
  if (desktop.desktopActive === active) {
    const already = active ? 'already' : 'already not';
    return refuse('focus_unchanged', `the desktop is ${already} the active window`);
  }
  return () => {
    desktop.desktopActive = active;
  };
}

const duplicate = (contact) => refuse('duplicate_contact', `${contact} is already on the desktop`);
const notInTaskList = (contact) => refuse('unknown_contact', `${contact} is not in the task list`);
const noPopover = () => refuse('no_rona_popover', 'the RONA popover is not shown');
