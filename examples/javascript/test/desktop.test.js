/**
 * A few checks of the parts of the contract that are easy to get subtly wrong. The suite
 * is the real judge (`agentstatus run --implementation "exec:node agent-desktop.js"`);
 * these run in a fraction of a second with `npm test` while you edit, no Python needed.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { formatTimer } from '../timers.js';
import { CAPABILITIES, CONTRACT_VERSION, Session } from '../protocol.js';

/** A session speaking to the desktop the way the suite does, one request at a time. */
function desk(config = {}) {
  const session = new Session();
  let id = 0;
  const request = (op, fields = {}) => session.handle({ id: ++id, op, ...fields }).reply;
  assert.equal(request('start', { config }).ok, true);
  return {
    send: (command, args = {}) => request('send', { command: { command, ...args } }).result,
    advance: (seconds) => request('advance', { seconds }),
    get snap() {
      return request('snapshot').snapshot;
    },
    request,
  };
}

function available(config) {
  const d = desk(config);
  d.send('login');
  d.send('choose_state', { state: 'Available' });
  return d;
}

describe('the handshake', () => {
  it('names the contract version and every capability', () => {
    const reply = new Session().handle({ id: 1, op: 'hello', protocol: '1.0' }).reply;
    assert.equal(reply.protocol, '1.0');
    assert.equal(reply.implementation.contract_version, CONTRACT_VERSION);
    assert.deepEqual(reply.capabilities, [...CAPABILITIES]);
  });
});

describe('time', () => {
  it('carries out an event at its own instant inside a longer advance', () => {
    const d = available();
    d.send('offer', { channel: 'voice', contact: 'v1' });
    d.advance(60);
    assert.equal(d.snap.state, 'RONA');
    assert.equal(d.snap.state_timer, '00:42');
  });

  it('treats a deadline as inclusive', () => {
    const d = available();
    d.send('offer', { channel: 'voice', contact: 'v1' });
    d.advance(17.999);
    assert.deepEqual(d.send('accept', { contact: 'v1' }), { ok: true });
    d.send('offer', { channel: 'chat', contact: 'c1' });
    d.advance(30);
    assert.equal(d.send('accept', { contact: 'c1' }).error.code, 'unknown_contact');
  });

  it('adds many small steps up exactly', () => {
    const d = available();
    d.send('offer', { channel: 'voice', contact: 'v1' });
    for (let i = 0; i < 179; i += 1) d.advance(0.1);
    assert.equal(d.snap.state, 'Available');
    d.advance(0.1);
    assert.equal(d.snap.state, 'RONA');
  });

  it('shows completed seconds, and hours from one hour on', () => {
    assert.equal(formatTimer(999_999), '00:00');
    assert.equal(formatTimer(3_599_000_000), '59:59');
    assert.equal(formatTimer(3_600_000_000), '01:00:00');
    assert.equal(formatTimer(360_000_000_000), '100:00:00');
  });
});

describe('refusals', () => {
  it('leave the snapshot exactly as it was', () => {
    const d = available();
    d.advance(7);
    const before = d.snap;
    assert.equal(d.send('choose_state', { state: 'Available' }).error.code, 'already_in_state');
    assert.equal(d.send('choose_state', { state: 'RONA' }).error.code, 'rona_not_selectable');
    assert.deepEqual(d.snap, before);
  });

  it('come before anything else while logged out', () => {
    const d = desk();
    assert.equal(d.send('offer', { channel: 'chat', contact: 'c' }).error.code, 'not_logged_in');
  });
});

describe('the state timer', () => {
  it('shows the idle total after switching idle reasons', () => {
    const d = desk();
    d.send('login');
    d.advance(600);
    d.send('choose_state', { state: 'Idle', idle_reason: 'lunch' });
    assert.equal(d.snap.state_timer, '00:00/10:00');
    d.advance(1200);
    assert.equal(d.snap.state_timer, '20:00/30:00');
  });

  it('keeps running under Engaged and shows again afterwards', () => {
    const d = available();
    d.advance(120);
    d.send('offer', { channel: 'voice', contact: 'v1' });
    d.send('accept', { contact: 'v1' });
    assert.equal(d.snap.state_timer, null);
    d.advance(300);
    d.send('end', { contact: 'v1' });
    d.advance(60);
    d.send('wrapup_done', { contact: 'v1' });
    assert.equal(d.snap.state_timer, '08:00');
  });
});

describe('error replies', () => {
  it('refuse a bad configuration', () => {
    const reply = new Session().handle({ id: 1, op: 'start', config: { idle_reasons: [] } }).reply;
    assert.equal(reply.ok, false);
    assert.equal(reply.error.code, 'invalid_config');
  });

  it('refuse time that runs backwards, leaving the desktop as it was', () => {
    const d = available();
    const before = d.snap;
    assert.equal(d.request('advance', { seconds: -1 }).error.code, 'invalid_advance');
    assert.deepEqual(d.snap, before);
  });
});
