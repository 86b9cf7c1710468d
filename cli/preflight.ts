// Checks before `up` touches anything: a state folder that cannot be written, or a disk about to be full,
// must stop the start with a clear word, not halfway with a broker or a database left in a broken state.

import { mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StockctlConfig } from '../config/schema.js';
import { UserError } from '../config/errors.js';

/** Enough for Kafka's first segments, a fresh PostgreSQL cluster and Spark's checkpoints and logs. */
export const MIN_FREE_MB = 512;

export function checkStateFolder(config: StockctlConfig): void {
  const state = config.paths.state;
  const probe = join(state, `.write-probe-${process.pid}`);
  try {
    mkdirSync(state, { recursive: true });
    writeFileSync(probe, 'ok');
    rmSync(probe);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    const why = code === 'EROFS' ? 'it is on a read-only file system' : code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message;
    throw new UserError(`the state folder ${state} cannot be written: ${why}`, 'make it writable, or point paths.state (STOCKCTL_PATHS_STATE) at a folder that is');
  }
  const fs = statfsSync(state);
  const freeMb = Math.floor((fs.bavail * fs.bsize) / 1024 / 1024);
  if (freeMb < MIN_FREE_MB) {
    throw new UserError(`only ${freeMb} MB free on the disk of ${state}; the stack needs at least ${MIN_FREE_MB} MB`, 'free some space, or point paths.state (STOCKCTL_PATHS_STATE) at a larger disk');
  }
}
