// The dashboard across a real PostgreSQL restart: stopped under it (the stack's own cluster, pg_ctl's fast stop,
// which ends every connection), the server keeps serving its page, says the database is down on the live stream,
// in its health and to the ask box, and serves live data and answers again once `stockctl up` brings PostgreSQL
// back (an open page in Chromium says 'database down', then 'live'); the same after a kill -9 of PostgreSQL. /metrics says
// PostgreSQL is up, then down. Then a round of hostile requests with the database up. Only PostgreSQL is started: no
// broker, no job.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layout } from '../cli/layout.js';
import { portOpen } from '../cli/services/process.js';
import { stopPostgres } from '../cli/services/postgres.js';
import { fromRoot } from '../config/paths.js';
import { freePort, Harness } from './harness.js';
import { hostile, KINDS, seeded, sendRaw } from './hostile-http.js';

interface LiveEvent {
  event: string;
  data: { message?: string; prices?: { landed: number; counts: Record<string, number> } };
}

/** A page's live stream, read as it comes. */
function openStream(port: number): Promise<{ events: LiveEvent[]; res: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const events: LiveEvent[] = [];
    request({ host: '127.0.0.1', port, path: '/events', agent: false }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) as LiveEvent['data'] });
        }
      });
      resolve({ events, res });
    })
      .on('error', reject)
      .end();
  });
}

/** Waits (bounded) until `check` holds; false if it never did. */
async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(200)) if (await check()) return true;
  return false;
}

const TSLA = [
  ['2017-11-06', 302.78],
  ['2017-11-07', 306.05],
  ['2017-11-08', 304.31],
  ['2017-11-09', 302.99],
  ['2017-11-10', 302.99],
] as const;

describe('stockctl dashboard across a PostgreSQL restart', { timeout: 300_000 }, () => {
  let h: Harness;
  let dashboard: ChildProcess;
  let port: number;
  let base: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const health = async () => (await (await fetch(`${base}/api/health`)).json()) as { database: string; problem?: string };
  const askTesla = () => fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'latest 3 Tesla prices' }) });
  const landRow = (day: string, close: number) =>
    h.sql(
      `INSERT INTO prices (symbol, ts, open, high, low, close, volume, produced_at, kafka_partition, kafka_offset)
       VALUES ('TSLA', $1::timestamp, $2, $2, $2, $2, 1000, now(), 0, (SELECT count(*) FROM prices))`,
      [day, close],
    );

  beforeAll(async () => {
    h = await Harness.create('dashboard-reconnect');
    const up = await h.cli(['up', '--only', 'postgres', '--skip-setup']);
    if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}`);
    for (const [day, close] of TSLA) await landRow(day, close);
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dashboard = spawn(process.execPath, [fromRoot('dist', 'cli', 'main.js'), 'dashboard', '--port', String(port)], { env: h.env, stdio: 'ignore' });
    for (let i = 0; i < 300 && !(await portOpen('127.0.0.1', port)); i++) await sleep(100);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    dashboard?.kill('SIGTERM');
    await h?.cli(['down', '--purge']);
  });

  it('serves, goes down with PostgreSQL without stopping, and serves again once it is back', async () => {
    await page.goto(`${base}/?symbols=TSLA`);
    await page.waitForSelector('#connection.live', { timeout: 30_000 });
    const stream = await openStream(port);
    const updates = () => stream.events.filter((e) => e.event === 'update').length;
    expect(await until(() => updates() >= 2, 30_000)).toBe(true);
    expect((await health()).database).toBe('up');
    // Only PostgreSQL runs: /metrics says which parts are up, and reads the sink's own tables.
    const running = await (await fetch(`${base}/metrics`)).text();
    expect(running).toMatch(/^stockctl_up\{part="postgres"\} 1$/m);
    expect(running).toMatch(/^stockctl_up\{part="kafka"\} 0$/m);
    expect(running).toMatch(/^stockctl_up\{part="spark"\} 0$/m);
    expect(running).toMatch(/^stockctl_rows_landed_total \d+$/m);
    expect(running).not.toContain('stockctl_kafka_lag'); // no broker: no offsets, rather than zeros
    const first = await askTesla();
    expect(first.status).toBe(200);
    const answer = (await first.json()) as { rows: { close: number }[] };
    expect(answer.rows.map((r) => r.close)).toEqual([302.99, 302.99, 304.31]);

    expect(await stopPostgres(h.config)).toBe('stopped');
    // The server stays; it says the database is down on the stream, in its health and to the ask box.
    expect(await until(() => stream.events.at(-1)?.event === 'problem', 30_000)).toBe(true);
    expect(stream.events.at(-1)?.data.message).toMatch(/PostgreSQL at 127\.0\.0\.1:\d+/);
    expect(await health()).toMatchObject({ database: 'down' });
    const refused = await askTesla();
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: string }).error).toMatch(/PostgreSQL at 127\.0\.0\.1:\d+/);
    expect((await fetch(`${base}/`)).status).toBe(200);
    expect((await fetch(`${base}/api/symbols`)).status).toBe(503);
    expect(dashboard.exitCode).toBeNull();
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    const down = await metrics.text();
    expect(down).toMatch(/^stockctl_up\{part="postgres"\} 0$/m);
    expect(down).not.toContain('stockctl_rows_landed_total');
    // The open page says so too.
    await page.waitForFunction(() => document.querySelector('#connection')?.textContent === 'database down', undefined, { timeout: 30_000 });

    const up = await h.cli(['up', '--only', 'postgres', '--skip-setup']);
    expect(up.status, up.stderr).toBe(0);
    expect(await until(async () => (await health()).database === 'up', 30_000)).toBe(true);
    await page.waitForFunction(() => document.querySelector('#connection')?.textContent === 'live', undefined, { timeout: 30_000 });
    // Live again: a row landed now reaches the open page; the ask box answers on a new session.
    const seen = stream.events.length;
    await landRow('2017-11-13', 315.4);
    const landed = () => stream.events.slice(seen).some((e) => e.event === 'update' && (e.data.prices?.counts.TSLA ?? 0) > 0);
    expect(await until(landed, 30_000)).toBe(true);
    const again = await askTesla();
    expect(again.status).toBe(200);
    expect(((await again.json()) as { rows: { close: number }[] }).rows.map((r) => r.close)).toEqual([315.4, 302.99, 302.99]);
    expect((await fetch(`${base}/api/symbols`)).status).toBe(200);
    expect(pageErrors).toEqual([]);
    stream.res.destroy();
  });

  it('PostgreSQL killed with -9 under it: the same, and back after stockctl up', async () => {
    const postmaster = Number(readFileSync(join(layout(h.config).postgres.data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    expect(await until(async () => (await health()).database === 'down', 30_000)).toBe(true);
    expect((await askTesla()).status).toBe(503);
    expect((await fetch(`${base}/`)).status).toBe(200);
    const up = await h.cli(['up', '--only', 'postgres', '--skip-setup']);
    expect(up.status, up.stderr).toBe(0);
    expect(await until(async () => (await health()).database === 'up', 30_000)).toBe(true);
    // The ask box has a session of its own, which tries again at most once a second while the database is down.
    expect(await until(async () => (await askTesla()).status === 200, 30_000)).toBe(true);
    expect(dashboard.exitCode).toBeNull();
  });

  it('with the database up, hostile requests get their refusals and the page keeps answering', async () => {
    const random = seeded(7);
    const cases = Array.from({ length: KINDS.length * 100 }, (_, i) => hostile(i, random));
    const outcomes: string[] = [];
    for (let i = 0; i < cases.length; i += 16) {
      const batch = cases.slice(i, i + 16);
      const got = await Promise.all(batch.map((c) => sendRaw(port, c.data, 15_000)));
      got.forEach((o, j) => {
        const kind = batch[j]?.kind;
        if (kind && !kind.expect.includes(o)) outcomes.push(`${kind.name}: ${String(o)}`);
      });
    }
    expect(outcomes.slice(0, 10)).toEqual([]);
    expect((await fetch(`${base}/`)).status).toBe(200);
    expect(await health()).toMatchObject({ database: 'up' });
    expect((await askTesla()).status).toBe(200);
    expect(dashboard.exitCode).toBeNull();
  });
});
