#!/usr/bin/env node
/**
 * The agent desktop as a protocol server: requests on standard input, one JSON object a
 * line; exactly one reply line on standard output for each, in order.
 *
 *     node agent-desktop.js [--trace]
 *
 * Standard output carries replies and nothing else, so every diagnostic goes to standard
 * error (the suite shows its last lines if the program dies). `--trace` also logs each
 * request and reply there. The program exits with status 0 after `stop`, or when its
 * input ends.
 */

import { createInterface } from 'node:readline';

import { Session } from './protocol.js';

const trace = process.argv.includes('--trace');
const log = (message) => process.stderr.write(`agent-desktop: ${message}\n`);

/**
 * Write one reply line and wait until it has been handed to the pipe: the suite waits for
 * each reply before sending the next request, and a reply still buffered when the
 * process exits would be lost.
 *
 * @param {object} reply
 */
function writeReply(reply) {
  const line = `${JSON.stringify(reply)}\n`;
  if (trace) log(`< ${line.trimEnd()}`);
  return new Promise((resolve, reject) => {
    process.stdout.write(line, (error) => (error ? reject(error) : resolve()));
  });
}

async function serve() {
  const session = new Session({ log });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  // Requests are answered strictly one after the other: the loop awaits each reply before
  // it reads the next line, so replies can never overtake one another.
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (trace) log(`> ${line}`);
    const { reply, stop } = session.handleLine(line);
    await writeReply(reply);
    if (stop) break;
  }
  // After `stop` the suite may keep its end of the pipe open; an open standard input would
  // keep Node running, so let go of it.
  process.stdin.destroy();
}

process.stdout.on('error', (error) => {
  // The suite went away (EPIPE): there is nobody left to answer.
  log(`standard output failed: ${error.message}`);
  process.exit(1);
});

serve().catch((error) => {
  log(`stopped by an unexpected error: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
