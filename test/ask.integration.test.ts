// `stockctl ask` on the real stack with the 13 real tickers: answers checked against values computed here
// from the source files, every output format, and the hostile corpus leaving the database untouched.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layout } from '../cli/layout.js';
import { waitCaughtUp } from '../cli/pipeline.js';
import { findJavaHome } from '../cli/setup/system.js';
import { symbolFromFileName } from '../producer/formats/rows.js';
import { readerConnection } from '../sql/connection.js';
import { ask } from '../sql/ask/engine.js';
import { ReadOnlySession } from '../sql/ask/execute.js';
import { HOSTILE_QUESTIONS } from '../sql/ask/hostile.js';
import { Harness, SHARED_STOCKS, sourceRows } from './harness.js';

type Row = ReturnType<typeof sourceRows>[number];
const files = readdirSync(SHARED_STOCKS).filter((f) => f.endsWith('.us.txt'));
const data = new Map<string, Row[]>(files.map((f) => [symbolFromFileName(f) as string, sourceRows(join(SHARED_STOCKS, f))]));
const rows = (s: string) => data.get(s) as Row[];
const within = (s: string, from: string, to: string) => rows(s).filter((r) => r.date >= from && r.date <= to);
const lastBefore = (s: string, day: string) => rows(s).filter((r) => r.date < day).at(-1) as Row;
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const stddev = (xs: number[]) => {
  const m = avg(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};
/** Daily returns over a window, the first day measured from the session before it. */
function returns(s: string, from: string, to: string): Map<string, number> {
  const all = rows(s);
  const out = new Map<string, number>();
  all.forEach((r, i) => {
    if (i > 0 && r.date >= from && r.date <= to) out.set(r.date, r.close / (all[i - 1] as Row).close - 1);
  });
  return out;
}
/** PostgreSQL's round(x, n) of the value we computed, within floating-point noise. */
const near = (got: unknown, want: number, digits: number) => expect(Math.abs(Number(got) - want)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9);

describe('stockctl ask on the real stack', { timeout: 300_000 }, () => {
  let h: Harness;
  let session: ReadOnlySession;
  const json = async (q: string) => {
    const res = await h.cli(['ask', q, '--format', 'json', '--no-sql']);
    expect(res.status, `${q}\n${res.stderr}`).toBe(0);
    return JSON.parse(res.stdout) as Record<string, unknown>[];
  };

  beforeAll(async () => {
    h = await Harness.create('ask');
    const up = await h.cli(['up']);
    if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}`);
    const replay = await h.cli(['replay', SHARED_STOCKS, '--speed', 'max', '--batch-size', '2000']);
    if (replay.status !== 0) throw new Error(`replay failed:\n${replay.stderr}`);
    await waitCaughtUp(h.config, 300_000);
    session = await ReadOnlySession.open(h.config);
  });

  afterAll(async () => {
    await session?.close();
    await h.cli(['down', '--purge']);
  });

  it('the newest rows, and a non-trading day answered with the session before, said so', async () => {
    const latest = await json('latest 3 Tesla prices');
    expect(latest.map((r) => [r.trade_date, r.close])).toEqual(rows('TSLA').slice(-3).reverse().map((r) => [r.date, r.close]));
    const res = await h.cli(['ask', 'Tesla close on March 5, 2016']);
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('2016-03-05 was not a trading day for TSLA: showing the session before, 2016-03-04');
    expect(res.stdout).toMatch(/TSLA\s+2016-03-04\s+198\s+204\.03\s+197\.5\s+201\.04\s+5732174/);
    expect(res.stdout).toContain('FROM daily_bars');
    const explained = await h.cli(['ask', 'average Microsoft close in 2016', '--explain']);
    expect(explained.stdout).toContain('read as: the average close of MSFT over 2016-01-01 … 2016-12-31');
    expect(explained.stdout).toContain('read by: the figures over a window family (aggregate), from the words "average", "close"');
  });

  it('averages, extremes, 52-week range and counts equal the source files', async () => {
    const [msft] = await json('average Microsoft close in 2016');
    near(msft?.avg_close, avg(within('MSFT', '2016-01-01', '2016-12-31').map((r) => r.close)), 4);
    expect(msft?.days).toBe(within('MSFT', '2016-01-01', '2016-12-31').length);

    const [peak] = await json('when did Tesla hit its highest close');
    const best = [...rows('TSLA')].sort((a, b) => b.close - a.close || (a.date < b.date ? -1 : 1))[0] as Row;
    expect([peak?.trade_date, peak?.close]).toEqual([best.date, best.close]);

    // The 365 days up to and including the newest session (FORMAT.md of the evaluation).
    const [w52] = await json('Nvidia 52-week high and low');
    const year = within('NVDA', '2016-11-11', '2017-11-10');
    expect([w52?.trade_date, w52?.high_52w, w52?.low_52w]).toEqual(['2017-11-10', Math.max(...year.map((r) => r.high)), Math.min(...year.map((r) => r.low))]);

    const [count] = await json('how many days did Amazon close above 1000 in 2017');
    expect(count?.matching_days).toBe(within('AMZN', '2017-01-01', '2017-12-31').filter((r) => r.close > 1000).length);
  });

  it('changes, gainers, volatility and correlation equal the source files', async () => {
    const [amzn] = await json('how much did Amazon change in 2016');
    const base = lastBefore('AMZN', '2016-01-01').close;
    const last = within('AMZN', '2016-01-01', '2016-12-31').at(-1) as Row;
    expect([amzn?.base_close, amzn?.last_close]).toEqual([base, last.close]);
    near(amzn?.change_pct, 100 * (last.close / base - 1), 2);

    const top = await json('top 5 gainers last month');
    const expected = [...data.keys()]
      .map((s) => ({ s, change: (within(s, '2017-10-01', '2017-10-31').at(-1) as Row).close / lastBefore(s, '2017-10-01').close - 1 }))
      .sort((a, b) => b.change - a.change)
      .slice(0, 5);
    expect(top.map((r) => r.symbol)).toEqual(expected.map((e) => e.s));
    top.forEach((r, i) => near(r.change_pct, 100 * (expected[i] as { change: number }).change, 2));

    const [vol] = await json('volatility of Tesla in 2016');
    near(vol?.volatility_pct, 100 * stddev([...returns('TSLA', '2016-01-01', '2016-12-31').values()]), 3);

    const [corr] = await json('correlation between Apple and Microsoft returns in 2016');
    const a = returns('AAPL', '2016-01-01', '2016-12-31');
    const m = returns('MSFT', '2016-01-01', '2016-12-31');
    const days = [...a.keys()].filter((d) => m.has(d));
    const [xa, xm] = [days.map((d) => a.get(d) as number), days.map((d) => m.get(d) as number)];
    const [ma, mm] = [avg(xa), avg(xm)];
    const cov = xa.reduce((s, x, i) => s + (x - ma) * ((xm[i] as number) - mm), 0);
    const r = cov / Math.sqrt(xa.reduce((s, x) => s + (x - ma) ** 2, 0) * xm.reduce((s, x) => s + (x - mm) ** 2, 0));
    expect(corr?.common_days).toBe(days.length);
    near(corr?.correlation, r, 4);
  });

  it('moving averages, groups and streaks equal the source files', async () => {
    const ma = await json('20-day moving average of Tesla last month');
    const t = rows('TSLA');
    const i = t.findIndex((r) => r.date === '2017-10-31');
    const oct31 = ma.find((r) => r.trade_date === '2017-10-31');
    near(oct31?.ma20, avg(t.slice(i - 19, i + 1).map((r) => r.close)), 4);
    expect(ma.map((r) => r.trade_date)).toEqual(within('TSLA', '2017-10-01', '2017-10-31').map((r) => r.date));

    const months = await json('monthly average close of Tesla in 2016');
    expect(months).toHaveLength(12);
    near(months[0]?.avg_close, avg(within('TSLA', '2016-01-01', '2016-01-31').map((r) => r.close)), 4);

    const [streak] = await json('longest winning streak of Apple');
    let best = 0;
    let run = 0;
    rows('AAPL').forEach((r, k) => {
      run = k > 0 && r.close > (rows('AAPL')[k - 1] as Row).close ? run + 1 : 0;
      best = Math.max(best, run);
    });
    expect(streak?.days).toBe(best);
  });

  it('period summaries, distance from the high and first sessions equal the source files', async () => {
    const [sum] = await json('summary of Apple in 2016');
    const y = within('AAPL', '2016-01-01', '2016-12-31');
    expect([sum?.first_day, sum?.last_day, sum?.days, sum?.open, sum?.high, sum?.low, sum?.close, sum?.volume]).toEqual([
      y[0]?.date, y.at(-1)?.date, y.length, y[0]?.open, Math.max(...y.map((r) => r.high)), Math.min(...y.map((r) => r.low)), y.at(-1)?.close, y.reduce((n, r) => n + r.volume, 0),
    ]);
    const [off] = await json('how far is Tesla from its all-time high close');
    const best = Math.max(...rows('TSLA').map((r) => r.close));
    const last = rows('TSLA').at(-1) as Row;
    expect([off?.trade_date, off?.close, off?.high_close]).toEqual([last.date, last.close, best]);
    near(off?.off_high_pct, 100 * (last.close / best - 1), 4);
    const first = await json('when did Facebook start trading');
    expect(first.map((r) => [r.symbol, r.first_day, r.last_day, r.sessions])).toEqual([['FB', rows('FB')[0]?.date, rows('FB').at(-1)?.date, rows('FB').length]]);
  });

  it('every example question is answered', async () => {
    const { EXAMPLES } = await import('../sql/ask/parse.js');
    for (const q of EXAMPLES) {
      const result = await ask(session, q);
      expect(result.notUnderstood, q).toBeUndefined();
      expect(result.answer, q).toBeDefined();
    }
  });

  it('writes CSV, JSON and Arrow that other tools read', async () => {
    const csv = await h.cli(['ask', 'latest 2 Apple prices', '--format', 'csv', '--no-sql']);
    expect(csv.stdout.split('\n').slice(0, 2)).toEqual(['symbol,trade_date,open,high,low,close,volume', `AAPL,2017-11-10,175.11,175.38,174.27,174.67,25130494`]);
    const dir = mkdtempSync(join(tmpdir(), 'stockctl-arrow-'));
    const file = join(dir, 'tsla.arrow');
    const arrow = await h.cli(['ask', 'Tesla prices in 2016', '--format', 'arrow', '-o', file]);
    expect(arrow.status, arrow.stderr).toBe(0);
    const read = spawnSync(
      layout(h.config).spark.python,
      ['-c', `import pyarrow.ipc as ipc; t = ipc.open_stream(open(${JSON.stringify(file)}, 'rb')).read_all(); print(t.num_rows, t.schema.field('trade_date').type, t.schema.field('close').type, t.schema.field('volume').type, t.column('close')[0].as_py())`],
      { encoding: 'utf8', env: { ...process.env, JAVA_HOME: findJavaHome() } },
    );
    rmSync(dir, { recursive: true, force: true });
    expect(read.stderr).toBe('');
    expect(read.stdout.trim()).toBe(`${within('TSLA', '2016-01-01', '2016-12-31').length} date32[day] double int64 ${within('TSLA', '2016-01-01', '2016-12-31')[0]?.close}`);
  });

  it('exits 2 with help when it cannot read a question, 1 when the data holds nothing', async () => {
    const vague = await h.cli(['ask', 'what is the meaning of life']);
    expect(vague.status).toBe(2);
    expect(vague.stderr).toContain('try for example');
    // Only GOOGL has data: "Google" is read as GOOGL, and said so.
    const google = await h.cli(['ask', 'recent Google prices']);
    expect(google.status).toBe(0);
    expect(google.stdout + google.stderr).toContain('read "google" as GOOGL (the only one of GOOG, GOOGL with data)');
    const scope = await h.cli(['ask', "What is Apple's P/E ratio?"]);
    expect(scope.status).toBe(2);
    expect(scope.stderr).toContain('the data does not hold valuation ratios');
    const future = await h.cli(['ask', 'Tesla prices in 2030']);
    expect(future.status).toBe(1);
    expect(future.stdout + future.stderr).toContain('the data covers 1962-01-02 … 2017-11-10');
  });

  it('the hostile corpus leaves the database exactly as it was', async () => {
    const fingerprint = async () => {
      const [r] = await h.sql<{ n: string; sum: string; tables: string; roles: string }>(
        `SELECT (SELECT count(*) FROM prices) AS n, (SELECT md5(string_agg(symbol || ts || close || volume, ',' ORDER BY symbol, ts)) FROM prices) AS sum,
                (SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public') AS tables,
                (SELECT string_agg(rolname || rolsuper, ',' ORDER BY rolname) FROM pg_roles) AS roles`,
      );
      return r;
    };
    const before = await fingerprint();
    for (const q of HOSTILE_QUESTIONS) {
      const started = Date.now();
      try {
        await ask(session, q);
      } catch (e) {
        expect((e as Error).name, q).toBe('UserError');
      }
      expect(Date.now() - started, q).toBeLessThan(h.config.ask.statement_timeout_ms + 2_000);
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("the reader role cannot write even when handed SQL directly", async () => {
    const client = new pg.Client(readerConnection(h.config));
    await client.connect();
    try {
      await expect(client.query("INSERT INTO companies (symbol, name) VALUES ('X', 'x')")).rejects.toThrow(/read-only transaction|permission denied/);
      await expect(client.query('SELECT * FROM quarantine')).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
  });
});
