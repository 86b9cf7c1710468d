// The dashboard in a real browser (Debian's Chromium driven by playwright-core) on the real stack: it loads
// without console errors, the price chart gains points while a replay runs, and an asked question shows the
// right rows and its SQL. STOCKCTL_UPDATE_SCREENSHOT=1 also refreshes docs/dashboard.png.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Feed } from '../cli/dashboard/feed.js';
import { waitCaughtUp } from '../cli/pipeline.js';
import { fromRoot } from '../config/paths.js';
import { portOpen } from '../cli/services/process.js';
import { freePort, Harness, SHARED_STOCKS, sourceRows } from './harness.js';

const TSLA = join(SHARED_STOCKS, 'tsla.us.txt');

describe('stockctl dashboard in Chromium', { timeout: 300_000 }, () => {
  let h: Harness;
  let dashboard: ChildProcess;
  let browser: Browser;
  let page: Page;
  let url: string;
  const problems: string[] = [];

  beforeAll(async () => {
    h = await Harness.create('dashboard');
    const up = await h.cli(['up']);
    if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}`);
    const port = await freePort();
    dashboard = spawn(process.execPath, [fromRoot('dist', 'cli', 'main.js'), 'dashboard', '--port', String(port)], { env: h.env, stdio: 'ignore' });
    for (let i = 0; i < 100 && !(await portOpen('127.0.0.1', port)); i++) await sleep(100);
    url = `http://127.0.0.1:${port}/?symbols=TSLA`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => {
      if (!r.url().endsWith('/events')) problems.push(`request failed: ${r.url()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    dashboard?.kill('SIGTERM');
    await h.cli(['down', '--purge']);
  });

  it('loads with the bundled chart library and no console errors, and goes live', async () => {
    await page.goto(url);
    await page.waitForSelector('#connection.live', { timeout: 15_000 });
    expect(await page.evaluate(() => typeof (window as unknown as { uPlot?: unknown }).uPlot)).toBe('function');
    expect(problems).toEqual([]);
  });

  it('the price chart gains points while a replay runs, and the market date moves', async () => {
    const points = () => page.$eval('#price-chart', (el) => Number((el as HTMLElement).dataset.points));
    expect(await points()).toBe(0);
    // About 19 s at 100 trading days a second: many pushes of the page land while it runs.
    const replay = spawn(process.execPath, [fromRoot('dist', 'cli', 'main.js'), 'replay', TSLA, '--speed', '100d/s', '--batch-size', '50'], { env: h.env, stdio: 'ignore' });
    const done = new Promise<number | null>((resolve) => replay.on('close', resolve));
    const seen: number[] = [];
    const dates: string[] = [];
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      seen.push(await points());
      dates.push(await page.$eval('#market-date', (el) => el.textContent ?? ''));
      await sleep(700);
    }
    expect(await done).toBe(0);
    const growing = seen.filter((n, i) => i > 0 && n > (seen[i - 1] as number));
    expect(growing.length, `points seen: ${seen.join(' ')}`).toBeGreaterThanOrEqual(2);
    expect(new Set(dates.filter((d) => /^\d{4}-/.test(d))).size).toBeGreaterThanOrEqual(2);
    await waitCaughtUp(h.config, 120_000);
    await page.waitForFunction(() => document.querySelector('#market-date')?.textContent === '2017-11-10', undefined, { timeout: 20_000 });
    expect(await page.$eval('#tickers', (t) => t.textContent)).toContain('TSLA');
    expect(problems).toEqual([]);
  });

  it('asks a question and shows how it was read, the SQL and the right rows', async () => {
    await page.fill('#question', 'latest 3 Tesla prices');
    await page.click('#ask-form button');
    await page.waitForSelector('#answer tbody tr');
    const rows = await page.$$eval('#answer tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    const expected = sourceRows(TSLA).slice(-3).reverse();
    expect(rows.map((r) => [r[0], r[1], r[5]])).toEqual(expected.map((r) => ['TSLA', r.date, String(r.close)]));
    expect(await page.textContent('#reading')).toContain('read as: the newest 3 daily rows of TSLA');
    expect(await page.textContent('#sql')).toContain('FROM daily_bars');
    await page.fill('#question', 'top 5 gainers last month');
    await page.click('#ask-form button');
    await page.waitForFunction(() => document.querySelector('#reading')?.textContent?.includes('biggest gainers'));
    await page.fill('#question', 'Tesla prices in 2017');
    await page.click('#ask-form button');
    await page.waitForSelector('#answer-chart .uplot');
    // The screenshot in the README is refreshed on request only: every run would otherwise change a tracked file.
    const shot = await page.screenshot({ fullPage: true });
    expect(shot.length).toBeGreaterThan(10_000);
    if (process.env.STOCKCTL_UPDATE_SCREENSHOT) {
      mkdirSync(fromRoot('docs'), { recursive: true });
      writeFileSync(fromRoot('docs', 'dashboard.png'), shot);
    }
    expect(problems).toEqual([]);
  });

  it('the landing feed reads every row once, rows landed at the same instant across its 50,000-row pages too', async () => {
    const feed = new Feed(h.config);
    await feed.prices(); // sets the cursor at what has landed so far
    // 50,001 rows of one landing instant, later than anything the job lands: the page of 50,000 ends inside them.
    await h.sql(
      `INSERT INTO prices (symbol, ts, open, high, low, close, volume, produced_at, landed_at, kafka_partition, kafka_offset)
       SELECT 'TIE', timestamp '2000-01-01' + g * interval '1 minute', 1, 1, 1, 1, 0, now(), timestamptz '2100-01-01 00:00:00+00', 0, g
       FROM generate_series(1, 50001) g`,
    );
    try {
      const pages: number[] = [];
      for (let update = await feed.prices(); update.landed > 0; update = await feed.prices()) pages.push(update.counts.TIE ?? 0);
      expect(pages.reduce((a, b) => a + b, 0)).toBe(50_001);
      expect(pages.length).toBeGreaterThanOrEqual(2); // the page boundary fell inside them
    } finally {
      await feed.close();
      await h.sql("DELETE FROM prices WHERE symbol = 'TIE'");
    }
  });
});
