// The summaries the Spark job keeps in each batch's transaction (each day of minute bars as a daily bar, and each
// symbol's running statistics per session): equal to what is computed here from the source file, after a kill -9
// of the driver mid-replay too; checked and rebuilt from prices by one command.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layout } from '../cli/layout.js';
import { waitCaughtUp } from '../cli/pipeline.js';
import { pidAlive, readPid } from '../cli/services/process.js';
import { fromRoot } from '../config/paths.js';
import { Harness } from './harness.js';

const INTRADAY = fromRoot('..', 'shared', 'data', 'intraday', 'DBB_1min_2023-07-10_to_2025-07-08.csv');
const MINUTES = 12_000; // about 40 sessions

interface Day {
  symbol: string;
  trade_date: string;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  rows_in_day: number;
}

/** New York wall-clock date of a UTC minute, by the platform's time-zone data (not the project's code). */
const newYork = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The file's first MINUTES rows, with their UTC said (as the replay needs), and each New York day's bar. */
function source(dir: string): { file: string; days: Day[] } {
  const [header, ...lines] = readFileSync(INTRADAY, 'utf8').split('\n').filter((l) => l.trim());
  const rows = lines.slice(0, MINUTES).map((l) => l.split(','));
  const file = join(dir, 'DBB.csv');
  writeFileSync(file, [header, ...rows.map(([ts, ...rest]) => [`${(ts as string).replace(' ', 'T')}Z`, ...rest].join(','))].join('\n') + '\n');
  const days = new Map<string, Day>();
  for (const [ts, open, high, low, close, volume] of rows) {
    const date = newYork.format(new Date(`${(ts as string).replace(' ', 'T')}Z`));
    const d = days.get(date);
    if (!d) days.set(date, { symbol: 'DBB', trade_date: date, open: Number(open), high: Number(high), low: Number(low), close: Number(close), volume: Number(volume), rows_in_day: 1 });
    else Object.assign(d, { high: Math.max(d.high, Number(high)), low: Math.min(d.low, Number(low)), close: Number(close), volume: d.volume + Number(volume), rows_in_day: d.rows_in_day + 1 });
  }
  return { file, days: [...days.values()] };
}

interface Stat {
  trade_date: string;
  n: number;
  close: number;
  daily_return: number | null;
  cum_close: number;
  high_close: number;
}

/** The running statistics of the days, as the summary defines them (return: close / previous close - 1). */
function runningStats(days: Day[]): Stat[] {
  let sum = 0;
  let high = -Infinity;
  return days.map((d, i) => {
    sum += d.close;
    high = Math.max(high, d.close);
    const prev = days[i - 1];
    return { trade_date: d.trade_date, n: i + 1, close: d.close, daily_return: prev ? d.close / prev.close - 1 : null, cum_close: sum, high_close: high };
  });
}

describe('the summaries the Spark job keeps', { timeout: 600_000 }, () => {
  let h: Harness;
  let days: Day[];
  let landedAtKill = 0;

  const storedStats = async () =>
    (await h.sql<Stat & { cum_close: string }>("SELECT trade_date::text AS trade_date, n, close, daily_return, cum_close::text AS cum_close, high_close FROM daily_stats WHERE symbol = 'DBB' ORDER BY trade_date")).map((r) => ({ ...r, cum_close: Number(r.cum_close) }));

  const stored = async () =>
    (await h.sql<Day & { volume: string; rows_in_day: string }>("SELECT symbol, trade_date::text AS trade_date, open, high, low, close, volume, rows_in_day FROM intraday_daily WHERE symbol = 'DBB' ORDER BY trade_date")).map((r) => ({ ...r, volume: Number(r.volume), rows_in_day: Number(r.rows_in_day) }));

  beforeAll(async () => {
    h = await Harness.create('summaries');
    const up = await h.cli(['up']);
    if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}`);
    const src = source(mkdtempSync(join(tmpdir(), 'summaries-')));
    days = src.days;
    // A paced replay in small batches; the Spark driver is killed while it lands them.
    const replay = spawn(process.execPath, [fromRoot('dist', 'cli', 'main.js'), 'replay', src.file, '--speed', '4000d/s', '--batch-size', '200'], { env: h.env, stdio: 'ignore' });
    const done = new Promise<number | null>((resolve) => replay.on('close', resolve));
    await sleep(2_500);
    const pid = readPid(layout(h.config).run, 'spark')?.pid;
    if (!pid || !pidAlive(pid)) throw new Error('the Spark job is not running');
    process.kill(pid, 'SIGKILL');
    landedAtKill = Number((await h.sql<{ n: string }>('SELECT count(*) AS n FROM prices'))[0]?.n);
    expect(await done).toBe(0);
    const again = await h.cli(['up']);
    if (again.status !== 0) throw new Error(`up after kill -9 failed:\n${again.stdout}\n${again.stderr}`);
    await waitCaughtUp(h.config, 300_000);
  });

  afterAll(async () => {
    await h.cli(['down', '--purge']);
  });

  it('holds each New York day of the minutes once, exactly as computed from the file, after kill -9 of the driver', async () => {
    expect(days.length).toBeGreaterThan(30);
    expect(landedAtKill, 'the driver was killed while rows were landing').toBeLessThan(MINUTES);
    expect(await stored()).toEqual(days);
    const check = await h.cli(['db', 'rebuild-summaries', '--check']);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain(`intraday_daily: ${days.length} rows, equal to what prices give`);
    expect(check.stdout).toContain(`daily_stats: ${days.length} rows, equal to what prices give`);
  });

  it('keeps each session\'s number, return, highest close and running sum, as computed from the file', async () => {
    const want = runningStats(days);
    const got = await storedStats();
    expect(got.map(({ cum_close: _, ...r }) => r)).toEqual(want.map(({ cum_close: _, ...r }) => r));
    // The sum is exact in the table (numeric); here it is a float sum of the same closes.
    got.forEach((r, i) => expect(r.cum_close).toBeCloseTo((want[i] as Stat).cum_close, 6));
  });

  it('answers a moving average from it, as computed from the file', async () => {
    const want = runningStats(days);
    const last = want[want.length - 1] as Stat;
    const ma = await h.cli(['ask', `20-day moving average of DBB on ${last.trade_date}`, '--format', 'json', '--no-sql']);
    expect(ma.status, ma.stderr).toBe(0);
    const closes = days.slice(-20).map((d) => d.close);
    const row = (JSON.parse(ma.stdout) as Record<string, unknown>[])[0] as Record<string, unknown>;
    const value = Number(Object.entries(row).find(([k]) => /ma|average/.test(k))?.[1]);
    expect(value).toBeCloseTo(closes.reduce((a, b) => a + b, 0) / 20, 3);
  });

  it('answers daily questions from it: the daily bar of a day of minutes', async () => {
    const day = days[10] as Day;
    const r = await h.cli(['ask', `DBB close on ${day.trade_date}`, '--format', 'json', '--no-sql']);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { trade_date: string; close: number }[])[0]).toMatchObject({ trade_date: day.trade_date, close: day.close });
  });

  it('a summary that went wrong is named by --check and rebuilt from prices by one command', async () => {
    await h.sql("UPDATE intraday_daily SET close = close + 1 WHERE symbol = 'DBB' AND trade_date = $1", [(days[3] as Day).trade_date]);
    await h.sql("DELETE FROM intraday_daily WHERE symbol = 'DBB' AND trade_date = $1", [(days[5] as Day).trade_date]);
    const check = await h.cli(['db', 'rebuild-summaries', '--check']);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/intraday_daily: \d+ rows, 1 that prices do not give, 2 missing/);
    const rebuilt = await h.cli(['db', 'rebuild-summaries']);
    expect(rebuilt.status, rebuilt.stdout + rebuilt.stderr).toBe(0);
    expect(await stored()).toEqual(days);

    await h.sql("UPDATE daily_stats SET cum_return = cum_return + 0.001 WHERE symbol = 'DBB' AND trade_date = $1", [(days[7] as Day).trade_date]);
    const statsCheck = await h.cli(['db', 'rebuild-summaries', '--check']);
    expect(statsCheck.status).toBe(1);
    expect(statsCheck.stderr).toMatch(/daily_stats: \d+ rows, 1 that prices do not give, 1 missing/);
    const again = await h.cli(['db', 'rebuild-summaries']);
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(await storedStats()).toHaveLength(days.length);
  });
});
