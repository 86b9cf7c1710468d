// `up --master spark://…`: the same job on a standalone master with one worker, both from pyspark's jars.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitCaughtUp } from '../cli/pipeline.js';
import { processesWith } from '../cli/services/process.js';
import { Harness, SHARED_STOCKS, sourceRows } from './harness.js';

describe('the job on a Spark standalone cluster', { timeout: 300_000 }, () => {
  let h: Harness;
  let master = '';

  beforeAll(async () => {
    h = await Harness.create('cluster');
    h.env.STOCKCTL_SPARK_EXECUTOR_MEMORY = '512m';
    const ports = await Promise.all([Harness.freePort(), Harness.freePort()]);
    const res = await h.cli(['cluster', 'start', '--port', String(ports[0]), '--webui-port', String(ports[1]), '--workers', '1', '--worker-memory', '1g']);
    if (res.status !== 0) throw new Error(`cluster start failed:\n${res.stdout}\n${res.stderr}`);
    master = /(spark:\/\/[\d.:]+)/.exec(res.stdout)?.[1] ?? '';
  });

  afterAll(async () => {
    await h.cli(['down', '--purge']);
  });

  it('submits to the master, runs on its worker, and lands every row', async () => {
    expect(master).toMatch(/^spark:\/\/127\.0\.0\.1:\d+$/);
    const up = await h.cli(['up', '--skip-setup', '--master', master]);
    expect(up.status, up.stdout + up.stderr).toBe(0);
    expect(up.stdout).toContain(`streaming job (${master})`);

    const file = join(SHARED_STOCKS, 'nvda.us.txt');
    expect((await h.cli(['replay', file])).status).toBe(0);
    await waitCaughtUp(h.config, 240_000);
    const rows = await h.sql<{ date: string; close: number }>("SELECT to_char(trade_date, 'YYYY-MM-DD') AS date, close FROM prices WHERE symbol = 'NVDA' ORDER BY ts");
    expect(rows).toEqual(sourceRows(file).map((r) => ({ date: r.date, close: r.close })));

    const status = await h.cli(['status', '--json']);
    expect(JSON.parse(status.stdout).parts.find((p: { part: string }) => p.part === 'spark').address).toBe(master);
    // The executor ran on the worker: the worker's work folder holds the application's folder.
    const apps = readdirSync(join(h.state, 'spark', 'work-1')).filter((d) => d.startsWith('app-'));
    expect(apps).toHaveLength(1);
  });

  it('down stops the job and the cluster, leaving no process', async () => {
    const res = await h.cli(['down']);
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('local Spark cluster: stopped');
    expect(processesWith(h.state)).toEqual([]);
  });
});
