// The worker thread relays the replay faithfully: its result, its progress and reports, its errors, and a stop.
// The thread runs compiled code (a worker starts from a .js file), so this imports the build, as the CLI does.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';
import { fromRoot } from '../config/paths.js';
import type { ProgressState } from './progress.js';
import { replay, type ReplaySummary } from './replay.js';

const { replayInWorker } = (await import(fromRoot('dist', 'producer', 'replay-worker.js'))) as typeof import('./replay-worker.js');
const { UserError } = (await import(fromRoot('dist', 'config', 'errors.js'))) as typeof import('../config/errors.js');

const dir = mkdtempSync(join(tmpdir(), 'stockctl-replay-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = loadConfig({ env: {} });
const sample = fromRoot('data', 'sample');
const files = ['aapl.us.txt', 'tsla.us.txt'].map((f) => join(sample, f));
const withoutTime = ({ seconds: _, ...rest }: ReplaySummary) => rest;

describe('replayInWorker', () => {
  it('gives what replay() gives on this thread, and relays progress and reports', async () => {
    const bad = join(dir, 'bad.us.txt');
    writeFileSync(bad, 'Date,Open,High,Low,Close,Volume,OpenInt\n2017-01-03,1,2,1,2,100,0\n2017-01-04,x,2,1,2,100,0\n');
    const opts = { files: [...files, bad], speed: { kind: 'max' } as const, batchSize: 500, dryRun: true };
    const here = await replay(config, { ...opts, report: () => undefined });

    const updates: ProgressState[] = [];
    const notes: string[] = [];
    let finished: ProgressState | undefined;
    const progress = { update: (s: ProgressState) => updates.push(s), finish: (s: ProgressState) => (finished = s), note: (t: string) => notes.push(t) };
    const there = await replayInWorker(config, { ...opts, progress });

    expect(withoutTime(there)).toEqual(withoutTime(here));
    expect(there.sent).toBe(here.files[0]!.read + here.files[1]!.read + 1);
    expect(there.sent).toBeGreaterThan(1000);
    expect(there.rejectedLines).toEqual([{ file: bad, line: 3, reason: expect.stringContaining('open') }]);
    expect(notes).toEqual([expect.stringMatching(/^rejected .*bad\.us\.txt:3: /)]);
    expect(updates.length).toBeGreaterThan(0);
    expect(finished).toMatchObject({ sent: there.sent, rejected: 1 });
  });

  it("raises the replay's own UserError, with its hint and exit code", async () => {
    const binary = join(dir, 'binary.csv');
    writeFileSync(binary, 'hello\x00\x01\n');
    const failed = replayInWorker(config, { files: [binary], speed: { kind: 'max' }, batchSize: 500, dryRun: true, strict: true });
    await expect(failed).rejects.toBeInstanceOf(UserError);
    await expect(failed).rejects.toThrow(/binary\.csv: this is not a text table/);

    const strict = join(dir, 'strict.us.txt');
    writeFileSync(strict, 'Date,Open,High,Low,Close,Volume,OpenInt\n2017-01-04,x,2,1,2,100,0\n');
    const err = await replayInWorker(config, { files: [strict], speed: { kind: 'max' }, batchSize: 500, dryRun: true, strict: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err).toMatchObject({ exitCode: 2, hint: expect.stringContaining('without --strict') });
  });

  it('stops when its signal is aborted, and says it was interrupted', async () => {
    const controller = new AbortController();
    controller.abort();
    const summary = await replayInWorker(config, { files, speed: { kind: 'max' }, batchSize: 500, dryRun: true, signal: controller.signal });
    expect(summary.interrupted).toBe(true);
    expect(summary.sent).toBe(0);
  });
});
