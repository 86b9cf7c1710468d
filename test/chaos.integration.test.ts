// Fault injection on the real stack: kill -9 the broker, the Spark driver and PostgreSQL at seeded random
// moments of a replay, heal with `stockctl up`, and require every row exactly once with exact values.
// Also: PostgreSQL unreachable at start, a read-only and a full state folder, a broker restart during ask.
//
// STOCKCTL_CHAOS_SEED picks the moments (printed, to replay a failure); STOCKCTL_CHAOS_ROUNDS > 1 is the
// longer local mode (each round kills each part once more, on other files).

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layout } from '../cli/layout.js';
import { topicMessages, waitCaughtUp } from '../cli/pipeline.js';
import { fromRoot } from '../config/paths.js';
import { MIN_FREE_MB } from '../cli/preflight.js';
import { pidAlive, readPid, run } from '../cli/services/process.js';
import { readJobStatus } from '../cli/services/spark.js';
import { symbolFromFileName } from '../producer/formats/rows.js';
import { ask } from '../sql/ask/engine.js';
import { ReadOnlySession } from '../sql/ask/execute.js';
import { Harness, runCli, SHARED_STOCKS, sourceRows } from './harness.js';

const SEED = Number(process.env.STOCKCTL_CHAOS_SEED ?? 20261125);
const ROUNDS = Number(process.env.STOCKCTL_CHAOS_ROUNDS ?? 1);

/** mulberry32: a tiny seeded generator, so a failing run can be replayed with its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** umount, retried while the kernel still calls the mount busy (a process of the failed `up` exiting). */
async function unmount(target: string): Promise<void> {
  let res = run('umount', [target]);
  for (let i = 0; res.status !== 0 && i < 20; i++) {
    await sleep(250);
    res = run('umount', [target]);
  }
  // Still busy: detach it now; the kernel finishes when the last user lets go.
  if (res.status !== 0) res = run('umount', ['-l', target]);
  expect(res.status, `umount ${target}: ${res.stderr}`).toBe(0);
}

type Part = 'kafka' | 'spark' | 'postgres';

function pidOf(h: Harness, part: Part): number | undefined {
  if (part === 'postgres') {
    const file = join(layout(h.config).postgres.data, 'postmaster.pid');
    try {
      return Number(readFileSync(file, 'utf8').split('\n')[0]);
    } catch {
      return undefined;
    }
  }
  return readPid(layout(h.config).run, part)?.pid;
}

async function kill9(h: Harness, part: Part): Promise<void> {
  const pid = pidOf(h, part);
  if (!pid || !pidAlive(pid)) throw new Error(`${part} is not running, nothing to kill`);
  process.kill(pid, 'SIGKILL');
  while (pidAlive(pid)) await sleep(50);
}

async function reconciliation(h: Harness) {
  const [r] = await h.sql<{ input: string; landed: string; quarantined: string; duplicates: string }>(
    'SELECT sum(input_rows) AS input, sum(landed) AS landed, sum(quarantined) AS quarantined, sum(duplicates) AS duplicates FROM sink_batches WHERE query_id = $1',
    [readJobStatus(h.config)?.query_id],
  );
  return { input: Number(r?.input), landed: Number(r?.landed), quarantined: Number(r?.quarantined), duplicates: Number(r?.duplicates) };
}

describe('fault injection', { timeout: 600_000 }, () => {
  let h: Harness;
  const random = rng(SEED);
  const files = ['jpm.us.txt', 'intc.us.txt', 'ko.us.txt', 'amd.us.txt', 'aapl.us.txt', 'msft.us.txt'];

  beforeAll(async () => {
    console.log(`chaos seed ${SEED}, rounds ${ROUNDS} (STOCKCTL_CHAOS_SEED / STOCKCTL_CHAOS_ROUNDS)`);
    h = await Harness.create('chaos');
    const up = await h.cli(['up']);
    if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}`);
  });

  afterAll(async () => {
    await h.cli(['down', '--purge']);
  });

  const scenarios: Part[] = [];
  for (let r = 0; r < ROUNDS; r++) scenarios.push('kafka', 'spark', 'postgres');

  it.each(scenarios.map((part, i) => [part, i]))('kill -9 %s mid-replay, up again: every row once, exact (#%i)', async (part, i) => {
    const file = join(SHARED_STOCKS, files[(i as number) % files.length] as string);
    const symbol = symbolFromFileName(file) as string;
    const rows = sourceRows(file);
    await h.sql('DELETE FROM prices WHERE symbol = $1', [symbol]);
    const messagesBefore = await topicMessages(h.config);

    // About 4 s of paced replay; the part dies somewhere in its first 3 s.
    const replay = spawn(process.execPath, [fromRoot('dist', 'cli', 'main.js'), 'replay', file, '--speed', '3000d/s', '--batch-size', '100'], { env: h.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let replayOutput = '';
    replay.stdout.on('data', (d) => (replayOutput += d));
    replay.stderr.on('data', (d) => (replayOutput += d));
    const replayDone = new Promise<number | null>((resolve) => replay.on('close', resolve));
    const at = Math.round(300 + random() * 2700);
    await sleep(at);
    await kill9(h, part as Part);
    const up = await h.cli(['up', '--skip-setup']);
    expect(up.status, `up after killing ${part} at ${at} ms:\n${up.stdout}\n${up.stderr}`).toBe(0);

    let code = await replayDone;
    let resumed = 0;
    while (code !== 0 && resumed < 3) {
      // The broker was away longer than the producer's retries: continue from what Kafka acknowledged, or,
      // when it died before the replay's first send, start the replay again.
      resumed++;
      let again = await h.cli(['replay', '--resume']);
      if (again.stderr.includes('nothing to resume')) again = await h.cli(['replay', file]);
      code = again.status;
      replayOutput += again.stdout + again.stderr;
    }
    expect(code, replayOutput).toBe(0);
    // Whatever died while the replay ran is healed by one more `up` (harmless when all is running).
    expect((await h.cli(['up', '--skip-setup'])).status).toBe(0);
    await waitCaughtUp(h.config, 240_000);

    const landed = await h.sql<{ date: string; open: number; high: number; low: number; close: number; volume: string }>(
      "SELECT to_char(trade_date, 'YYYY-MM-DD') AS date, open, high, low, close, volume FROM prices WHERE symbol = $1 ORDER BY ts",
      [symbol],
    );
    expect(landed.map((r) => ({ ...r, volume: Number(r.volume) })), `${part} killed at ${at} ms (seed ${SEED})`).toEqual(rows);
    const rec = await reconciliation(h);
    const inTopic = await topicMessages(h.config);
    expect(rec.input).toBe(inTopic);
    expect(rec.landed + rec.quarantined + rec.duplicates).toBe(rec.input);
    // Re-sent messages (only after a --resume) are absorbed as duplicates, never landed twice.
    if (resumed === 0 && part !== 'kafka') expect(inTopic - messagesBefore).toBe(rows.length);
  });

  it('a broker restart during ask does not matter: ask reads PostgreSQL only', async () => {
    await kill9(h, 'kafka');
    const session = await ReadOnlySession.open(h.config);
    try {
      const result = await ask(session, 'recent JP Morgan prices');
      expect(result.answer?.rows.length).toBe(10);
    } finally {
      await session.close();
    }
    expect((await h.cli(['up', '--skip-setup'])).status).toBe(0);
  });

  it('a read-only state folder stops `up` with a clear error, and nothing is lost', async () => {
    expect(process.getuid?.(), 'this check mounts a read-only view of the state folder, which needs root').toBe(0);
    const [before] = await h.sql<{ n: string }>('SELECT count(*) AS n FROM prices');
    expect((await h.cli(['down'])).status).toBe(0);
    const state = h.state;
    expect(run('mount', ['--bind', '-o', 'ro', state, state]).status).toBe(0);
    try {
      const up = await h.cli(['up', '--skip-setup']);
      expect(up.status).toBe(1);
      expect(up.stderr).toContain(`the state folder ${state} cannot be written: it is on a read-only file system`);
      expect(up.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await unmount(state);
    }
    const again = await h.cli(['up', '--skip-setup']);
    expect(again.status, `up with the state folder writable again:\n${again.stdout}\n${again.stderr}`).toBe(0);
    const [after] = await h.sql<{ n: string }>('SELECT count(*) AS n FROM prices');
    expect(after?.n).toBe(before?.n);
  });

  it('a state folder on a nearly full disk stops `up` before anything starts', async () => {
    expect(process.getuid?.(), 'this check mounts a small tmpfs, which needs root').toBe(0);
    const small = mkdtempSync(join(tmpdir(), 'stockctl-full-'));
    expect(run('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', small]).status).toBe(0);
    try {
      const state = join(small, 'state');
      mkdirSync(state);
      const up = await runCli({ ...h.env, STOCKCTL_PATHS_STATE: state }, ['up', '--skip-setup']);
      expect(up.status).toBe(1);
      expect(up.stderr).toMatch(new RegExp(`only \\d+ MB free on the disk of ${state}; the stack needs at least ${MIN_FREE_MB} MB`));
    } finally {
      await unmount(small);
      rmSync(small, { recursive: true, force: true });
    }
  });

  it('an unreachable PostgreSQL at start is retried with back-off, then reported clearly', async () => {
    const state = mkdtempSync(join(tmpdir(), 'stockctl-nopg-'));
    const env = { ...h.env, STOCKCTL_PATHS_STATE: state, STOCKCTL_POSTGRES_URL: 'postgres://nobody:secret@127.0.0.1:9/stockctl', STOCKCTL_POSTGRES_START_TIMEOUT_S: '4' };
    const up = await runCli(env, ['up', '--skip-setup']);
    rmSync(state, { recursive: true, force: true });
    expect(up.status).toBe(1);
    expect(up.stderr).toContain('PostgreSQL at 127.0.0.1:9 not reachable (attempt 1); retrying in 0.5 s');
    expect(up.stderr).toContain('PostgreSQL at 127.0.0.1:9 (postgres.url): not ready after 4 s');
    // Nothing was started for that state folder.
    expect(up.stdout).not.toContain('Kafka started');
  });
});
