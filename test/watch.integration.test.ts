// Standing questions on the real stack: rules added with `stockctl watch add`, four real tickers replayed, the
// Spark driver killed -9 during one replay and the broker during another. Every alert the rules should fire,
// computed here from the source files by the test's own code, fires exactly once, and nothing else does; a
// follower sees each new alert once; a webhook that fails and then recovers receives each of its alerts; the
// metrics count them.

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layout } from '../cli/layout.js';
import { waitCaughtUp } from '../cli/pipeline.js';
import { pidAlive, readPid } from '../cli/services/process.js';
import { promtoolCheck } from '../cli/setup/promtool.js';
import { fromRoot } from '../config/paths.js';
import { Harness, SHARED_STOCKS, sourceRows } from './harness.js';

const SINCE = '2013-01-01'; // about 1,200 sessions a ticker: enough for 52 weeks and a 50-day average before alerts
type Row = ReturnType<typeof sourceRows>[number];

/** The rules, as a user types them, and when each fires on a day's row (i) given the rows before it. */
const RULES: { condition: string; fires: (symbol: string, rows: Row[], i: number) => boolean; webhook?: true }[] = [
  { condition: 'Tesla falls more than 3% in a day', fires: (s, r, i) => s === 'TSLA' && i > 0 && close(r, i) / close(r, i - 1) - 1 < -0.03 },
  { condition: 'any stock trades 3x its 20-day average volume', fires: (_s, r, i) => i >= 20 && (r[i] as Row).volume >= (3 * sum(r.slice(i - 20, i).map((x) => x.volume))) / 20 },
  {
    condition: 'Apple crosses above its 50-day average',
    fires: (s, r, i) => s === 'AAPL' && i >= 50 && close(r, i) > mean(r, i - 49, i + 1) && close(r, i - 1) <= mean(r, i - 50, i),
  },
  { condition: 'new 52-week high for NVDA', fires: (s, r, i) => s === 'NVDA' && daysBetween(r[0] as Row, r[i] as Row) >= 365 && (r[i] as Row).high > Math.max(...r.slice(0, i).filter((x) => daysBetween(x, r[i] as Row) <= 365).map((x) => x.high)) },
  { condition: 'AMD rises more than 8% in a day', fires: (s, r, i) => s === 'AMD' && i > 0 && close(r, i) / close(r, i - 1) - 1 > 0.08, webhook: true },
  { condition: 'Tesla crosses below $200', fires: (s, r, i) => s === 'TSLA' && i > 0 && close(r, i - 1) >= 200 && close(r, i) < 200 },
];

const close = (r: Row[], i: number) => (r[i] as Row).close;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (r: Row[], from: number, to: number) => sum(r.slice(from, to).map((x) => x.close)) / (to - from);
const daysBetween = (a: Row, b: Row) => (Date.parse(b.date) - Date.parse(a.date)) / 86_400_000;

/** `rule#symbol#date` of every alert the rules should fire over these files' rows. */
function expectedAlerts(files: Map<string, Row[]>): Set<string> {
  const out = new Set<string>();
  for (const [symbol, rows] of files) {
    rows.forEach((row, i) => RULES.forEach((rule, k) => rule.fires(symbol, rows, i) && out.add(`${k + 1}#${symbol}#${row.date}`)));
  }
  return out;
}

/** A webhook receiver that answers 503 for its first `failFirst` requests, then 200. */
function receiver(failFirst: number): Promise<{ server: Server; url: string; received: { key: string | undefined; id: number }[] }> {
  const received: { key: string | undefined; id: number }[] = [];
  let seen = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      seen++;
      if (seen <= failFirst) return res.writeHead(503).end();
      received.push({ key: req.headers['idempotency-key'] as string | undefined, id: (JSON.parse(body) as { id: number }).id });
      res.writeHead(200).end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const port = (server.address() as { port: number }).port;
    resolve({ server, url: `http://127.0.0.1:${port}/hook`, received });
  }));
}

describe('watch: standing questions on the stream', { timeout: 900_000 }, () => {
  let h: Harness;
  let dir: string;
  const rows = new Map<string, Row[]>();
  let hook: Awaited<ReturnType<typeof receiver>>;
  let follower: ChildProcess;
  const followed: string[] = [];
  const kills: { part: string; before: number; landed: number; after: number }[] = [];
  let total = 0;

  const landedRows = async () => Number((await h.sql<{ n: string }>('SELECT count(*) AS n FROM prices'))[0]?.n);
  const stored = async () => (await h.sql<{ rule_id: string; symbol: string; trade_date: string }>("SELECT rule_id, symbol, to_char(trade_date, 'YYYY-MM-DD') AS trade_date FROM alerts")).map((a) => `${a.rule_id}#${a.symbol}#${a.trade_date}`);

  /** A paced replay of some of the files, with `part` killed -9 while it runs, healed by `up`. */
  async function replayKilling(symbols: string[], part: 'spark' | 'kafka'): Promise<void> {
    const files = symbols.map((s) => join(dir, `${s.toLowerCase()}.us.txt`));
    const before = await landedRows();
    const replay = spawn(process.execPath, [fromRoot('dist', 'cli', 'main.js'), 'replay', ...files, '--speed', '250d/s', '--batch-size', '100'], { env: h.env, stdio: 'ignore' });
    const done = new Promise<number | null>((resolve) => replay.on('close', resolve));
    // Killed once this replay's rows have begun to land, so the kill falls between batches or inside one.
    for (let i = 0; i < 600 && (await landedRows()) === before; i++) await sleep(100);
    const pid = readPid(layout(h.config).run, part)?.pid;
    if (!pid || !pidAlive(pid)) throw new Error(`${part} is not running`);
    process.kill(pid, 'SIGKILL');
    while (pidAlive(pid)) await sleep(50);
    const landed = await landedRows();
    kills.push({ part, before, landed, after: [...rows.keys()].slice(0, symbols[0] === 'TSLA' ? 2 : 4).reduce((n, s) => n + (rows.get(s)?.length ?? 0), 0) });
    const up = await h.cli(['up', '--skip-setup']);
    if (up.status !== 0) throw new Error(`up after kill -9 of ${part} failed:\n${up.stdout}\n${up.stderr}`);
    let code = await done;
    // The broker was away longer than the producer's retries: continue from what Kafka acknowledged.
    for (let i = 0; code !== 0 && i < 3; i++) {
      let again = await h.cli(['replay', '--resume']);
      if (again.stderr.includes('nothing to resume')) again = await h.cli(['replay', ...files]);
      code = again.status;
    }
    expect(code, `the replay of ${symbols.join(', ')}`).toBe(0);
    expect((await h.cli(['up', '--skip-setup'])).status).toBe(0);
    await waitCaughtUp(h.config, 300_000);
  }

  beforeAll(async () => {
    h = await Harness.create('watch');
    const up = await h.cli(['up']);
    if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}`);
    dir = mkdtempSync(join(tmpdir(), 'watch-'));
    for (const s of ['TSLA', 'AAPL', 'NVDA', 'AMD']) {
      const name = `${s.toLowerCase()}.us.txt`;
      const all = sourceRows(join(SHARED_STOCKS, name)).filter((r) => r.date >= SINCE);
      rows.set(s, all);
      total += all.length;
      writeFileSync(join(dir, name), ['Date,Open,High,Low,Close,Volume,OpenInt', ...all.map((r) => `${r.date},${r.open},${r.high},${r.low},${r.close},${r.volume},0`)].join('\n') + '\n');
    }
    hook = await receiver(4);
    for (const rule of RULES) {
      const added = await h.cli(['watch', 'add', rule.condition, ...(rule.webhook ? ['--webhook', hook.url] : [])]);
      if (added.status !== 0) throw new Error(`watch add "${rule.condition}":\n${added.stdout}\n${added.stderr}`);
    }
    follower = spawn(process.execPath, [fromRoot('dist', 'cli', 'main.js'), 'watch', '--json', '--recent', '0'], { env: h.env, stdio: ['ignore', 'pipe', 'ignore'] });
    let buffered = '';
    follower.stdout?.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      followed.push(...lines.filter(Boolean));
    });
    await sleep(1_000);
    await replayKilling(['TSLA', 'AAPL'], 'spark');
    await replayKilling(['NVDA', 'AMD'], 'kafka');
  });

  afterAll(async () => {
    follower?.kill('SIGINT');
    hook?.server.close();
    await h.cli(['down', '--purge']);
  });

  it('fires every alert the rules call for once, and nothing else, through kill -9 of the driver and of the broker', async () => {
    for (const k of kills) {
      expect(k.landed, `${k.part} was killed after rows of its replay landed`).toBeGreaterThan(k.before);
      expect(k.landed, `${k.part} was killed before all of them had`).toBeLessThan(k.after);
    }
    const [landed] = await h.sql<{ n: string }>('SELECT count(*) AS n FROM prices');
    expect(Number(landed?.n)).toBe(total);
    const expected = expectedAlerts(rows);
    expect(expected.size).toBeGreaterThan(100);
    for (let k = 1; k <= RULES.length; k++) expect([...expected].some((a) => a.startsWith(`${k}#`)), `rule ${k} fires at least once`).toBe(true);
    const got = await stored();
    expect(got.length, 'no alert twice').toBe(new Set(got).size);
    expect(new Set(got)).toEqual(expected);
  });

  it('a file replayed again is judged again and fires nothing twice (its alerts are already written)', async () => {
    const before = await stored();
    const again = await h.cli(['replay', join(dir, 'tsla.us.txt'), '--speed', 'max']);
    expect(again.status, again.stderr).toBe(0);
    await waitCaughtUp(h.config, 300_000);
    const [batches] = await h.sql<{ n: string }>('SELECT sum(duplicates) AS n FROM sink_batches');
    expect(Number(batches?.n), 'the rows came again and were absorbed').toBeGreaterThanOrEqual((rows.get('TSLA') ?? []).length);
    const after = await stored();
    expect(after.length).toBe(before.length);
    expect(new Set(after)).toEqual(expectedAlerts(rows));
  });

  it('a follower sees each alert once, as it fires, with the market time, the values and the rule', async () => {
    await sleep(6_000); // the follower's own poll, had a notice been missed
    const alerts = followed.map((l) => JSON.parse(l) as { id: number; symbol: string; market_time: string; condition: string; values: Record<string, number> });
    expect(alerts.map((a) => a.id)).toEqual([...new Set(alerts.map((a) => a.id))].sort((a, b) => a - b));
    expect(new Set(alerts.map((a) => `${RULES.findIndex((r) => r.condition === a.condition) + 1}#${a.symbol}#${a.market_time.slice(0, 10)}`))).toEqual(expectedAlerts(rows));
    const tesla = alerts.find((a) => a.condition === 'Tesla falls more than 3% in a day');
    expect(tesla?.values.change).toBeLessThan(-0.03);
    expect(tesla?.market_time).toMatch(/^\d{4}-\d{2}-\d{2} 00:00$/);
  });

  it('a webhook that fails and then recovers receives each of its alerts, with the alert id as idempotency key', async () => {
    const ids = (await h.sql<{ id: string }>("SELECT a.id FROM alerts a JOIN watch_rules w ON w.id = a.rule_id WHERE w.webhook_url IS NOT NULL ORDER BY a.id")).map((r) => Number(r.id));
    expect(ids.length).toBeGreaterThan(0);
    for (let i = 0; i < 120 && hook.received.length < ids.length; i++) await sleep(500);
    expect(new Set(hook.received.map((r) => r.id))).toEqual(new Set(ids));
    for (const r of hook.received) expect(r.key).toBe(`stockctl-alert-${r.id}`);
    const [outbox] = await h.sql<{ pending: string; failures: string }>('SELECT count(*) FILTER (WHERE delivered_at IS NULL) AS pending, sum(failures) AS failures FROM alert_deliveries');
    expect(Number(outbox?.pending)).toBe(0);
    expect(Number(outbox?.failures)).toBe(4);
  });

  it('stockctl metrics counts the alerts of each rule and the webhook failures, in a text promtool passes', async () => {
    const once = await h.cli(['metrics']);
    expect(once.status, once.stderr).toBe(0);
    expect(promtoolCheck(h.config, once.stdout)).toEqual({ ok: true, output: '' });
    const ids = (await h.sql<{ id: string }>('SELECT id FROM watch_rules ORDER BY id')).map((r) => r.id);
    const expected = [...expectedAlerts(rows)];
    ids.forEach((id, k) => expect(once.stdout).toContain(`stockctl_alerts_fired_total{rule="${id}"} ${expected.filter((a) => a.startsWith(`${k + 1}#`)).length}\n`));
    expect(once.stdout).toContain('stockctl_webhook_failures_total 4\n');
    expect(once.stdout).toContain('stockctl_webhook_pending 0\n');
  });

  it('lists the rules with their counts, removes one, and refuses what it cannot read', async () => {
    const list = await h.cli(['watch', 'list', '--json']);
    expect(list.status, list.stderr).toBe(0);
    const rules = JSON.parse(list.stdout) as { id: number; alerts: number }[];
    const expected = [...expectedAlerts(rows)];
    expect(rules.map((r) => r.alerts)).toEqual(RULES.map((_r, k) => expected.filter((a) => a.startsWith(`${k + 1}#`)).length));
    expect((await h.cli(['watch', 'remove', String(rules[0]?.id)])).status).toBe(0);
    expect(JSON.parse((await h.cli(['watch', 'list', '--json'])).stdout)).toHaveLength(RULES.length - 1);
    const again = await h.cli(['watch', 'remove', String(rules[0]?.id)]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`no rule #${rules[0]?.id} is being watched`);
    const refused = await h.cli(['watch', 'add', "when Tesla's P/E ratio drops below 20"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/cannot watch .*not in the data/);
    expect(refused.stderr).toContain('stockctl watch add "');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});
