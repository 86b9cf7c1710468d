// The dashboard against a hostile network: over 10,000 malformed or hostile requests (bad URLs, folders, long
// paths, bad methods, bad and huge headers, wrong Host, cross-site Origin, bad and huge bodies), clients that
// trickle bytes and 500 idle live streams, all at once. The server keeps answering its page and health the whole
// time, and its memory stays bounded. Its database is a closed port here: it must say so, not stop.
// The same with a real PostgreSQL, and its restart: dashboard-reconnect.integration.test.ts.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portOpen } from '../cli/services/process.js';
import { fromRoot } from '../config/paths.js';
import { freePort } from './harness.js';
import { hostile, idleStream, KINDS, seeded, sendRaw, trickle, type Outcome } from './hostile-http.js';

const SEED = Number(process.env.STOCKCTL_FUZZ_SEED ?? 21);
const REQUESTS = 27 * 400; // every kind 400 times
const CONCURRENCY = 32;
const IDLE_STREAMS = 500;

interface Memory {
  rss: number;
  heapUsed: number;
}

const MB = (n: number) => Math.round(n / 1e5) / 10;

/** The server's own figures (process.memoryUsage, from its health), and its resident set as the kernel counts it. */
async function memoryOf(port: number, pid: number): Promise<Memory & { vmRss: number; vmPeak: number }> {
  const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { memory: Memory };
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { ...health.memory, vmRss: kb('VmRSS'), vmPeak: kb('VmHWM') };
}

/** Runs `jobs` with at most `n` at once. */
async function pool<T>(count: number, n: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < count) {
      const i = next++;
      out[i] = await job(i);
    }
  }));
  return out;
}

describe('stockctl dashboard under hostile traffic', { timeout: 300_000 }, () => {
  let child: ChildProcess;
  let port: number;
  let state: string;
  let stderr = '';

  beforeAll(async () => {
    state = mkdtempSync(join(tmpdir(), 'stockctl-hostile-'));
    port = await freePort();
    const env = { ...process.env, NO_COLOR: '1', STOCKCTL_PATHS_STATE: state, STOCKCTL_POSTGRES_PORT: String(await freePort()) };
    child = spawn(process.execPath, [fromRoot('dist', 'cli', 'main.js'), 'dashboard', '--port', String(port)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (d) => (stderr += d));
    for (let i = 0; i < 300 && !(await portOpen('127.0.0.1', port)); i++) await sleep(100);
  });

  afterAll(async () => {
    child?.kill('SIGTERM');
    await new Promise((resolve) => (child?.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    rmSync(state, { recursive: true, force: true });
  });

  it('serves the page with the database down, and says the database is down', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { database: string; problem: string };
    expect(health.database).toBe('down');
    expect(health.problem).toMatch(/^PostgreSQL at 127\.0\.0\.1:\d+ is not reachable/);
    const symbols = await fetch(`http://127.0.0.1:${port}/api/symbols`);
    expect(symbols.status).toBe(503);
    expect(stderr).toContain('is not reachable');
  });

  it(`keeps answering through ${REQUESTS} hostile requests, trickling clients and ${IDLE_STREAMS} idle streams, in bounded memory`, async () => {
    const base = `http://127.0.0.1:${port}`;
    // Warm up (the page, the API, the refusals) so that what is measured is growth, not the first allocations.
    await pool(300, 8, async (i) => (await fetch(`${base}${['/', '/app.js', '/api/health'][i % 3]}`)).arrayBuffer());
    const before = await memoryOf(port, child.pid as number);

    const streams: { status: Outcome; socket: Socket }[] = [];
    for (let i = 0; i < IDLE_STREAMS; i += 50) streams.push(...(await Promise.all(Array.from({ length: 50 }, () => idleStream(port)))));
    const opened = streams.filter((s) => s.status === 200).length;

    // Slow clients: headers a byte at a time, and a body a byte at a time; each is cut off by the server's timeouts.
    const slow = [
      ...Array.from({ length: 20 }, () => trickle(port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', 'a'.repeat(1_000), 300, 60_000)),
      ...Array.from({ length: 10 }, () => trickle(port, 'POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n', 'b'.repeat(5_000), 300, 60_000)),
    ];

    // The page and the health while the flood runs: bounded in count, one every 200 ms.
    let flooding = true;
    const probes: { status: number; ms: number }[] = [];
    const prober = (async () => {
      for (let i = 0; flooding && i < 3_000; i++) {
        const t = Date.now();
        const page = await fetch(`${base}/`, { signal: AbortSignal.timeout(15_000) }).then((r) => r.status, () => 0);
        const health = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(15_000) }).then((r) => r.status, () => 0);
        probes.push({ status: page === 200 && health === 200 ? 200 : Math.max(page, health) || 0, ms: Date.now() - t });
        await sleep(200);
      }
    })();

    const random = seeded(SEED);
    const cases = Array.from({ length: REQUESTS }, (_, i) => hostile(i, random));
    const started = Date.now();
    const outcomes = await pool(REQUESTS, CONCURRENCY, (i) => sendRaw(port, cases[i]?.data as string, 15_000));
    const floodMs = Date.now() - started;
    flooding = false;
    await prober;
    const slowEnds = await Promise.all(slow);

    for (const s of streams) s.socket.destroy();
    for (let i = 0; i < 50; i++) {
      const { pages } = (await (await fetch(`${base}/api/health`)).json()) as { pages: number };
      if (pages === 0) break;
      await sleep(100);
    }
    const after = await memoryOf(port, child.pid as number);

    const unexpected = outcomes.flatMap((o, i) => {
      const kind = cases[i]?.kind ?? KINDS[0];
      return kind && !kind.expect.includes(o) ? [`${kind.name}: ${String(o)}`] : [];
    });
    const tally = new Map<string, number>();
    for (const u of unexpected) tally.set(u, (tally.get(u) ?? 0) + 1);
    console.log(
      [
        `hostile requests: ${REQUESTS} in ${(floodMs / 1000).toFixed(1)} s (seed ${SEED}); unexpected answers: ${unexpected.length}`,
        `idle streams: ${opened} opened, ${streams.length - opened} refused; slow clients cut off after ${Math.min(...slowEnds.map((s) => s.ms))}…${Math.max(...slowEnds.map((s) => s.ms))} ms (${[...new Set(slowEnds.map((s) => s.outcome))].join(', ')})`,
        `probes of the page and health: ${probes.length}, all 200: ${probes.every((p) => p.status === 200)}, slowest ${Math.max(...probes.map((p) => p.ms))} ms`,
        `memory before → after: rss ${MB(before.rss)} → ${MB(after.rss)} MB, heap used ${MB(before.heapUsed)} → ${MB(after.heapUsed)} MB; kernel VmRSS ${MB(before.vmRss)} → ${MB(after.vmRss)} MB, peak (VmHWM) ${MB(after.vmPeak)} MB`,
      ].join('\n'),
    );

    expect([...tally.entries()].slice(0, 10)).toEqual([]);
    expect(opened).toBe(100); // dashboard.max_clients
    expect(streams.filter((s) => s.status === 503).length).toBe(IDLE_STREAMS - 100);
    expect(slowEnds.every((s) => s.outcome === 408 || s.outcome === 'closed')).toBe(true);
    expect(Math.max(...slowEnds.map((s) => s.ms))).toBeLessThan(40_000);
    expect(probes.length).toBeGreaterThan(5);
    expect(probes.filter((p) => p.status !== 200)).toEqual([]);
    // Generous bounds: growth of tens of MB is noise of the collector; a leak of 10,000 requests is far above.
    expect(after.heapUsed - before.heapUsed).toBeLessThan(64e6);
    expect(after.vmRss - before.vmRss).toBeLessThan(150e6);
    expect(after.vmPeak).toBeLessThan(600e6);

    // And after it all: the page, the health, and the process still there.
    expect((await fetch(`${base}/`)).status).toBe(200);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect(child.exitCode).toBeNull();
    expect(stderr).not.toMatch(/Unhandled|ERR_|EISDIR|TypeError/);
  });
});
