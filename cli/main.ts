#!/usr/bin/env node
// stockctl: the command line. Each command lives in commands/, the program that holds them in program.ts; this
// file runs it and handles errors.

import { setFlagsFromString } from 'node:v8';
import { CommanderError } from 'commander';
import { UserError } from '../config/errors.js';
import { buildProgram, commandOf } from './program.js';
import { log } from './ui/log.js';

/**
 * `ask` runs each of the engine's regular expressions once or twice and its SQL parser (WebAssembly) once, then
 * exits: V8's optimising compilers cost more than they save in a process that short (~200 ms of 650).
 */
function tuneForOneShot(command: string | undefined): void {
  if (command !== 'ask') return;
  setFlagsFromString('--no-regexp-optimization');
  setFlagsFromString('--liftoff-only');
  // pg asks whether it runs on Cloudflare by building a fetch Response unless navigator.userAgent answers first:
  // Node 21 and later define navigator as below, Node 20 does not, and loading fetch for that costs ~12 ms.
  if (!('navigator' in globalThis)) Object.defineProperty(globalThis, 'navigator', { value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` }, configurable: true });
}

async function main(argv: string[]): Promise<void> {
  tuneForOneShot(commandOf(argv.slice(2)));
  const program = (await buildProgram(argv.slice(2))).exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
      return;
    }
    if (e instanceof UserError) {
      log.error(e.message);
      if (e.hint) console.error(e.hint);
      process.exitCode = e.exitCode;
      return;
    }
    throw e;
  }
}

// `stockctl … | head` closes the pipe early: that is the reader being done, not an error to report.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

await main(process.argv);
