// What an interrupted replay had sent, so `--resume` continues without re-sending acknowledged rows.
// The merge is deterministic for the same files and options, so "the first N events" names them exactly.

import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileSummary } from './file-summary.js';

export interface ReplaySelection {
  symbol?: string;
  symbols?: string[];
  from?: string;
  to?: string;
}

export interface ReplayCheckpoint {
  version: 1;
  files: { path: string; size: number; mtimeMs: number }[];
  selection: ReplaySelection;
  /** Events of the merged stream (rows, rejected and filtered lines) whose handling is acknowledged. */
  acked: number;
  summaries: FileSummary[];
  complete: boolean;
  updatedAt: string;
}

export const checkpointFile = (replayDir: string) => join(replayDir, 'last-replay.json');

export function describeInputs(files: string[]) {
  return files.map((f) => {
    const st = statSync(f);
    return { path: resolve(f), size: st.size, mtimeMs: Math.trunc(st.mtimeMs) };
  });
}

export function readCheckpoint(replayDir: string): ReplayCheckpoint | undefined {
  const file = checkpointFile(replayDir);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as ReplayCheckpoint;
}

/** Written after every acknowledged send: atomically, so a kill leaves the old or the new one, never half. */
export function writeCheckpoint(replayDir: string, cp: ReplayCheckpoint): void {
  mkdirSync(replayDir, { recursive: true });
  const file = checkpointFile(replayDir);
  // A name of its own: two replays at once (another terminal) must not rename each other's half-written file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(cp));
  renameSync(tmp, file);
}

/** Why a checkpoint cannot continue this replay, or undefined when it can. */
export function mismatch(cp: ReplayCheckpoint, files: string[], selection: ReplaySelection): string | undefined {
  const now = describeInputs(files);
  if (now.length !== cp.files.length || now.some((f, i) => f.path !== cp.files[i]?.path)) return 'it was started with other files';
  const changed = now.find((f, i) => f.size !== cp.files[i]?.size || f.mtimeMs !== cp.files[i]?.mtimeMs);
  if (changed) return `${changed.path} changed since`;
  if (JSON.stringify(selection) !== JSON.stringify(cp.selection)) return 'it was started with other --symbol/--symbols/--from/--to';
  return undefined;
}
