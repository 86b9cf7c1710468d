// The Spark job on the real stack: every row exact, malformed messages reconciled, kill -9 of the driver.

import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topicMessages, waitCaughtUp } from '../cli/pipeline.js';
import { fromRoot } from '../config/paths.js';
import { pidAlive } from '../cli/services/process.js';
import { readJobStatus, sparkRecord } from '../cli/services/spark.js';
import { createKafka } from '../producer/kafka-client.js';
import { symbolFromFileName } from '../producer/formats/rows.js';
import { BAD_MESSAGES } from './corpus.js';
import { Harness, SHARED_STOCKS, sourceRows } from './harness.js';

interface Reconciliation {
  input: number;
  landed: number;
  quarantined: number;
  duplicates: number;
}

async function reconciliation(h: Harness): Promise<Reconciliation> {
  const [r] = await h.sql<{ input: string; landed: string; quarantined: string; duplicates: string }>(
    'SELECT sum(input_rows) AS input, sum(landed) AS landed, sum(quarantined) AS quarantined, sum(duplicates) AS duplicates FROM sink_batches WHERE query_id = $1',
    [readJobStatus(h.config)?.query_id],
  );
  return { input: Number(r?.input ?? 0), landed: Number(r?.landed ?? 0), quarantined: Number(r?.quarantined ?? 0), duplicates: Number(r?.duplicates ?? 0) };
}

async function produceRaw(h: Harness, messages: { key: string | null; value: Buffer | string | null }[]): Promise<void> {
  const producer = createKafka(h.config, 'stockctl-test-raw').producer({ allowAutoTopicCreation: false });
  await producer.connect();
  await producer.send({ topic: h.config.kafka.topic, acks: -1, messages });
  await producer.disconnect();
}

describe('the Spark streaming job', { timeout: 300_000 }, () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.create('spark');
    const res = await h.cli(['up']);
    if (res.status !== 0) throw new Error(`up failed:\n${res.stdout}\n${res.stderr}`);
  });

  afterAll(async () => {
    await h.cli(['down', '--purge']);
  });

  it('lands all 13 real tickers with every row equal to its source row', async () => {
    const res = await h.cli(['replay', SHARED_STOCKS, '--speed', 'max', '--batch-size', '2000']);
    expect(res.status).toBe(0);
    await waitCaughtUp(h.config, 300_000);

    const files = readdirSync(SHARED_STOCKS).filter((f) => f.endsWith('.us.txt')).sort();
    expect(files).toHaveLength(13);
    const expected = files.flatMap((f) => sourceRows(join(SHARED_STOCKS, f)).map((r) => ({ symbol: symbolFromFileName(f) as string, ...r })));
    expected.sort((a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : a.date < b.date ? -1 : 1));
    const rows = await h.sql<{ symbol: string; date: string; open: number; high: number; low: number; close: number; volume: string }>(
      "SELECT symbol, to_char(trade_date, 'YYYY-MM-DD') AS date, open, high, low, close, volume FROM prices ORDER BY symbol, ts",
    );
    expect(rows.length).toBe(expected.length);
    expect(rows.map((r) => ({ ...r, volume: Number(r.volume) }))).toEqual(expected);

    const rec = await reconciliation(h);
    expect(rec).toEqual({ input: expected.length, landed: expected.length, quarantined: 0, duplicates: 0 });

    // Spark's own progress of each batch is kept too (reported just after the commit): durations, and the
    // lag down to 0 at the end.
    const metricsNow = () =>
      h.sql<{ input: string; slowest: string; lag: string }>(
        `SELECT sum(input_rows) AS input, max(trigger_ms) AS slowest,
                (SELECT kafka_lag FROM batch_metrics WHERE query_id = $1 ORDER BY batch_id DESC LIMIT 1) AS lag
         FROM batch_metrics WHERE query_id = $1`,
        [readJobStatus(h.config)?.query_id],
      );
    let metrics = await metricsNow();
    for (let i = 0; i < 40 && Number(metrics[0]?.input) < expected.length; i++) {
      await sleep(250);
      metrics = await metricsNow();
    }
    expect(Number(metrics[0]?.input)).toBe(expected.length);
    expect(Number(metrics[0]?.slowest)).toBeGreaterThan(0);
    expect(Number(metrics[0]?.lag)).toBe(0);
  });

  it('quarantines every kind of malformed message with its reason and keeps running; the counts reconcile', async () => {
    const before = await reconciliation(h);
    const cases = BAD_MESSAGES;
    await produceRaw(h, cases.map((c) => ({ key: 'ZZTEST', value: c.value })));
    await waitCaughtUp(h.config, 120_000);

    const quarantined = await h.sql<{ reason: string; raw: Buffer | null; kafka_topic: string }>(
      `SELECT reason, raw_value AS raw, kafka_topic FROM quarantine ORDER BY kafka_partition, kafka_offset`,
    );
    const bad = cases.filter((c) => c.reason);
    expect(quarantined.map((q) => q.reason)).toEqual(bad.map((c) => c.reason));
    expect(quarantined.every((q) => q.kafka_topic === h.config.kafka.topic)).toBe(true);
    const binary = bad.findIndex((c) => c.kind === 'binary bytes');
    expect(quarantined[binary]?.raw).toEqual(Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x9c]));

    const zz = await h.sql<{ date: string; close: number }>("SELECT to_char(trade_date, 'YYYY-MM-DD') AS date, close FROM prices WHERE symbol = 'ZZTEST' ORDER BY ts");
    expect(zz).toEqual([{ date: '2020-01-02', close: 11.5 }, { date: '2020-01-03', close: 11 }]);

    const after = await reconciliation(h);
    const delta = { input: after.input - before.input, landed: after.landed - before.landed, quarantined: after.quarantined - before.quarantined, duplicates: after.duplicates - before.duplicates };
    expect(delta).toEqual({ input: cases.length, landed: 3, quarantined: bad.length, duplicates: 1 });
    expect(after.input).toBe(await topicMessages(h.config));
    expect(readJobStatus(h.config)?.state).toBe('running');
  });

  it('replaying the same file twice leaves each row once: the second pass is absorbed as duplicates', async () => {
    const before = await reconciliation(h);
    const file = join(SHARED_STOCKS, 'tsla.us.txt');
    expect((await h.cli(['replay', file])).status).toBe(0);
    await waitCaughtUp(h.config, 120_000);
    const after = await reconciliation(h);
    expect(after.duplicates - before.duplicates).toBe(1858);
    expect(after.landed - before.landed).toBe(0);
    const [count] = await h.sql<{ n: string }>("SELECT count(*) AS n FROM prices WHERE symbol = 'TSLA'");
    expect(Number(count?.n)).toBe(1858);
  });

  it('survives kill -9 of the driver mid-replay: up again, nothing lost, nothing counted twice', async () => {
    const before = await reconciliation(h);
    const file = join(SHARED_STOCKS, 'ibm.us.txt');
    const rows = sourceRows(file);
    await h.sql("DELETE FROM prices WHERE symbol = 'IBM'");
    // About 7 s of paced replay, so the driver dies while batches are still coming.
    const replay = spawn(process.execPath, [fromRoot('dist', 'cli', 'main.js'), 'replay', file, '--speed', '2000d/s', '--batch-size', '100'], { env: h.env, stdio: 'ignore' });
    const replayDone = new Promise<number | null>((resolve) => replay.on('close', resolve));

    const deadline = Date.now() + 60_000;
    while ((await reconciliation(h)).input === before.input && Date.now() < deadline) await sleep(200);
    const driver = sparkRecord(h.config);
    expect(driver && pidAlive(driver.pid)).toBe(true);
    process.kill(driver!.pid, 'SIGKILL');
    while (pidAlive(driver!.pid)) await sleep(50);

    const up = await h.cli(['up', '--skip-setup']);
    expect(up.status).toBe(0);
    expect(up.stdout).toContain('Spark job started');
    expect(await replayDone).toBe(0);
    await waitCaughtUp(h.config, 180_000).catch((e: Error) => {
      throw new Error(`${e.message}\n--- spark.log (end) ---\n${h.log('spark.log').slice(-6000)}`);
    });

    const landed = await h.sql<{ date: string; close: number; volume: string }>("SELECT to_char(trade_date, 'YYYY-MM-DD') AS date, close, volume FROM prices WHERE symbol = 'IBM' ORDER BY ts");
    expect(landed.map((r) => [r.date, r.close, Number(r.volume)])).toEqual(rows.map((r) => [r.date, r.close, r.volume]));
    const after = await reconciliation(h);
    // Each message of the topic is in exactly one committed batch: none lost, none twice.
    expect(after.input).toBe(await topicMessages(h.config));
    expect(after.input - before.input).toBe(rows.length);
    expect(after.landed - before.landed).toBe(rows.length);
  });
});
