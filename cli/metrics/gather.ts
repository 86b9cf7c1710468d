// Reads each part of the stack for its metrics: the broker's log end offsets, the job's checkpoint and process,
// and the sink's own tables in PostgreSQL. A part that does not answer is reported down, never waited on long.

import type { StockctlConfig } from '../../config/schema.js';
import { createKafka } from '../../producer/kafka-client.js';
import { layout } from '../layout.js';
import { isRunning } from '../services/process.js';
import { readJobStatus, sparkRecord } from '../services/spark.js';
import { committedOffsets } from './checkpoint-offsets.js';
import type { AlertTotals, Readings, SinkTotals } from './families.js';

/** Runs one read-only statement and gives its rows. */
export type Query = <R extends Record<string, unknown>>(text: string, values?: unknown[]) => Promise<R[]>;

interface TopicOffsets {
  end: Map<number, number>;
  start: Map<number, number>;
}

export async function gather(config: StockctlConfig, query: Query): Promise<Readings> {
  const [offsets, sink, alerts] = await Promise.all([topicOffsets(config), sinkReadings(query), alertReadings(query)]);
  return {
    topic: config.kafka.topic,
    up: { kafka: offsets !== undefined, postgres: sink !== undefined, spark: sparkUp(config) },
    endOffsets: offsets?.end,
    startOffsets: offsets?.start,
    committed: committedOffsets(layout(config).spark.checkpoint, config.kafka.topic),
    startsAtEarliest: config.spark.starting_offsets === 'earliest',
    sink: sink?.totals,
    durationsMs: sink?.durations,
    alerts,
  };
}

function sparkUp(config: StockctlConfig): boolean {
  return isRunning(sparkRecord(config)) && readJobStatus(config)?.state === 'running';
}

/** The topic's offsets from the broker, or undefined when it does not answer within a few seconds. */
async function topicOffsets(config: StockctlConfig): Promise<TopicOffsets | undefined> {
  try {
    // A scrape must end: one retry, short timeouts (the CLI's own admin work waits much longer).
    const admin = createKafka(config, 'stockctl-metrics', { connectionTimeout: 2_000, requestTimeout: 5_000, retry: { retries: 1, initialRetryTime: 200 } }).admin();
    await admin.connect();
    try {
      const partitions = await admin.fetchTopicOffsets(config.kafka.topic);
      return {
        end: new Map(partitions.map((p) => [p.partition, Number(p.high)])),
        start: new Map(partitions.map((p) => [p.partition, Number(p.low)])),
      };
    } finally {
      await admin.disconnect();
    }
  } catch {
    return undefined;
  }
}

async function sinkReadings(query: Query): Promise<{ totals: SinkTotals; durations: [number, number][] } | undefined> {
  try {
    // Every committed batch of every query the job has run: the counters only grow while the data is kept.
    const [totals] = await query<{ [K in keyof SinkTotals]: number }>(
      `SELECT count(*)::float8 AS batches, coalesce(sum(landed), 0)::float8 AS landed,
              coalesce(sum(quarantined), 0)::float8 AS quarantined, coalesce(sum(duplicates), 0)::float8 AS duplicates
       FROM sink_batches`,
    );
    // Grouped by the millisecond: a few hundred distinct values, however many batches.
    const durations = await query<{ ms: number; n: number }>('SELECT trigger_ms::float8 AS ms, count(*)::float8 AS n FROM batch_metrics WHERE trigger_ms IS NOT NULL GROUP BY trigger_ms');
    if (!totals) return undefined;
    return { totals, durations: durations.map((d) => [d.ms, d.n]) };
  } catch {
    return undefined;
  }
}

async function alertReadings(query: Query): Promise<AlertTotals | undefined> {
  try {
    const fired = await query<{ rule: number; n: number }>('SELECT rule_id::float8 AS rule, count(*)::float8 AS n FROM alerts GROUP BY rule_id');
    const [hooks] = await query<{ failures: number; pending: number }>(
      'SELECT coalesce(sum(failures), 0)::float8 AS failures, (count(*) FILTER (WHERE delivered_at IS NULL))::float8 AS pending FROM alert_deliveries',
    );
    return { firedByRule: new Map(fired.map((f) => [f.rule, f.n])), webhookFailures: hooks?.failures ?? 0, webhookPending: hooks?.pending ?? 0 };
  } catch {
    return undefined;
  }
}
