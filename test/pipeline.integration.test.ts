// The walking skeleton on the real stack: Kafka broker, PySpark job, PostgreSQL, driven through the CLI.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { layout } from '../cli/layout.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitCaughtUp } from '../cli/pipeline.js';
import { processesWith } from '../cli/services/process.js';
import { Harness, SHARED_STOCKS, sourceRows } from './harness.js';

const TSLA = join(SHARED_STOCKS, 'tsla.us.txt');

describe('stockctl up → replay → ask → down', { timeout: 300_000 }, () => {
  let h: Harness;

  beforeAll(async () => {
    // A state folder whose path has spaces, as a home folder may: every part must take it as one word.
    h = await Harness.create('pipeline with spaces');
  });

  afterAll(async () => {
    await h.cli(['down', '--purge']);
  });

  it('up starts Kafka, PostgreSQL and the Spark job and says where they are', async () => {
    const res = await h.cli(['up']);
    expect(res.stderr + res.stdout).not.toMatch(/Error:|\n\s+at /);
    expect(res.status).toBe(0);
    expect(res.stdout).toContain(`Kafka started: 127.0.0.1:${h.config.kafka.port}`);
    expect(res.stdout).toContain(`PostgreSQL started: 127.0.0.1:${h.config.postgres.port}/stockctl`);
    expect(res.stdout).toContain('Spark job started');
    expect(res.stdout).toContain(`State folder: ${h.state}`);
    // Spark's scratch files (its block manager's among them) are kept in the state folder, not the system's.
    expect(readdirSync(layout(h.config).spark.scratch).some((f) => f.startsWith('blockmgr-'))).toBe(true);
  });

  it('up a second time is harmless', async () => {
    const res = await h.cli(['up', '--skip-setup']);
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('Kafka already running');
    expect(res.stdout).toContain('PostgreSQL already running');
    expect(res.stdout).toContain('Spark job already running');
  });

  it('status shows every part running with pid, address and version', async () => {
    const res = await h.cli(['status', '--json']);
    expect(res.status).toBe(0);
    const { parts } = JSON.parse(res.stdout) as { parts: { part: string; running: boolean; pid?: number; version?: string }[] };
    expect(parts.map((p) => [p.part, p.running])).toEqual([['kafka', true], ['postgres', true], ['spark', true]]);
    for (const p of parts) {
      expect(p.pid).toBeGreaterThan(0);
      expect(p.version).toMatch(/^\d+\.\d+/);
    }
  });

  it('replay sends every TSLA row, and the job lands each one exactly as in the file', async () => {
    const res = await h.cli(['replay', TSLA, '--speed', 'max']);
    expect(res.status).toBe(0);
    const expected = sourceRows(TSLA);
    expect(expected).toHaveLength(1858);
    expect(res.stdout).toMatch(/1858 sent, 0 rejected/);

    await waitCaughtUp(h.config, 180_000);
    const rows = await h.sql<{ date: string; open: number; high: number; low: number; close: number; volume: string }>(
      "SELECT to_char(trade_date, 'YYYY-MM-DD') AS date, open, high, low, close, volume FROM prices WHERE symbol = 'TSLA' ORDER BY ts",
    );
    expect(rows.map((r) => ({ ...r, volume: Number(r.volume) }))).toEqual(expected);

    const closes = await h.sql<{ date: string; close: number }>(
      "SELECT to_char(trade_date, 'YYYY-MM-DD') AS date, close FROM prices WHERE symbol = 'TSLA' AND trade_date = ANY($1::date[]) ORDER BY ts",
      [['2010-06-29', '2013-05-09', '2015-12-31', '2017-11-10']],
    );
    expect(closes).toEqual([
      { date: '2010-06-29', close: 23.89 },
      { date: '2013-05-09', close: 69.4 },
      { date: '2015-12-31', close: 240.01 },
      { date: '2017-11-10', close: 302.99 },
    ]);
  });

  it('ask answers "recent Tesla prices" with its SQL and the newest rows', async () => {
    const res = await h.cli(['ask', 'recent Tesla prices']);
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('FROM daily_bars');
    const newest = sourceRows(TSLA).slice(-10).reverse();
    const lines = res.stdout.split('\n').filter((l) => l.startsWith('TSLA'));
    expect(lines.map((l) => l.trim().split(/\s+/).slice(1))).toEqual(
      newest.map((r) => [r.date, String(r.open), String(r.high), String(r.low), String(r.close), String(r.volume)]),
    );
  });

  it('down stops everything and leaves no process behind', async () => {
    const res = await h.cli(['down']);
    expect(res.status).toBe(0);
    expect(processesWith(h.state)).toEqual([]);
    const { parts } = JSON.parse((await h.cli(['status', '--json'])).stdout) as { parts: { running: boolean }[] };
    expect(parts.every((p) => !p.running)).toBe(true);
  });
});
