// `up --master spark://…`: the same job on a standalone master with one worker, both from pyspark's jars, with
// spark.authenticate on as the AWS layout runs it (master, worker and driver share the state folder's secret).

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitCaughtUp } from '../cli/pipeline.js';
import { processesWith } from '../cli/services/process.js';
import { readSecrets } from '../config/secrets.js';
import { Harness, SHARED_STOCKS, sourceRows } from './harness.js';

describe('the job on a Spark standalone cluster', { timeout: 300_000 }, () => {
  let h: Harness;
  let master = '';

  beforeAll(async () => {
    h = await Harness.create('cluster', { STOCKCTL_SPARK_AUTHENTICATE: 'true' });
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
    // …with authentication on in each of them, the secret in no command line.
    for (const log of ['spark-master.log', 'spark-worker-1.log']) expect(readFileSync(join(h.state, 'logs', log), 'utf8'), log).toMatch(/authentication enabled/i);
    const secret = readSecrets(h.state)?.spark_auth as string;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(spawnSync('ps', ['-eo', 'args='], { encoding: 'utf8' }).stdout).not.toContain(secret);
  });

  it('down stops the job and the cluster, leaving no process', async () => {
    const res = await h.cli(['down']);
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('local Spark cluster: stopped');
    expect(processesWith(h.state)).toEqual([]);
  });
});
