// The AWS node's settings on one machine (kafka.auth scram, postgres.tls on, spark.authenticate true): the whole
// pipeline runs with the generated secrets, and a client without them is turned away at each part.

import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitCaughtUp } from '../cli/pipeline.js';
import { brokers } from '../producer/kafka-client.js';
import { readerConnection } from '../sql/connection.js';
import { Harness, SHARED_STOCKS, sourceRows } from './harness.js';

describe('the stack with authentication on every part', { timeout: 400_000 }, () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.create('secured', { STOCKCTL_KAFKA_AUTH: 'scram', STOCKCTL_POSTGRES_TLS: 'on', STOCKCTL_SPARK_AUTHENTICATE: 'true' });
    const up = await h.cli(['up', '--skip-setup']);
    if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}\n${h.log('spark.log').slice(-3000)}`);
  });

  afterAll(async () => {
    await h.cli(['down', '--purge']);
  });

  const stranger = (sasl?: { mechanism: 'scram-sha-512'; username: string; password: string }) =>
    new Kafka({ clientId: 'stranger', brokers: brokers(h.config), connectionTimeout: 3_000, retry: { retries: 0 }, logLevel: logLevel.NOTHING, ...(sasl ? { sasl } : {}) }).admin();

  it('turns away a Kafka client without a login, and one with a wrong password', async () => {
    for (const admin of [stranger(), stranger({ mechanism: 'scram-sha-512', username: 'stockctl', password: 'not-the-password-at-all' })]) {
      await expect(admin.connect().then(() => admin.listTopics())).rejects.toThrow();
      await admin.disconnect().catch(() => undefined);
    }
  });

  it('refuses PostgreSQL connections without TLS, even with the right password', async () => {
    const client = new pg.Client({ ...readerConnection(h.config), ssl: false });
    await expect(client.connect()).rejects.toThrow(/no encryption|pg_hba/);
    await client.end().catch(() => undefined);
  });

  it('replays through SCRAM, lands through the job (SCRAM source, TLS sink) and answers over TLS', async () => {
    const file = join(SHARED_STOCKS, 'tsla.us.txt');
    const replay = await h.cli(['replay', file]);
    expect(replay.status, replay.stderr).toBe(0);
    expect(replay.stdout).toContain('1858 sent');
    await waitCaughtUp(h.config, 180_000);
    const ask = await h.cli(['ask', 'latest 3 Tesla prices', '--format', 'json', '--no-sql']);
    expect(ask.status, ask.stderr).toBe(0);
    const rows = JSON.parse(ask.stdout) as { trade_date: string; close: number }[];
    expect(rows.map((r) => [r.trade_date, r.close])).toEqual(sourceRows(file).slice(-3).reverse().map((r) => [r.date, r.close]));
    const ssl = await h.sql<{ ssl: boolean }>('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
    expect(ssl[0]?.ssl).toBe(true);
  });
});
