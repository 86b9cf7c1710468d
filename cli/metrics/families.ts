// What the stack's metrics are, by Prometheus's naming conventions, from what was read of each part. A part that
// could not be read leaves its families out (and says so in stockctl_up) rather than reporting made-up zeros.

import type { MetricFamily } from './exposition.js';
import { histogramSamples } from './histogram.js';

export const PARTS = ['kafka', 'postgres', 'spark'] as const;
export type PartName = (typeof PARTS)[number];

export interface SinkTotals {
  batches: number;
  landed: number;
  quarantined: number;
  duplicates: number;
}

export interface Readings {
  topic: string;
  up: Record<PartName, boolean>;
  /** Each partition's log end offset; undefined when the broker did not answer. */
  endOffsets?: Map<number, number>;
  /** Each partition's log start offset (the first the job reads with startingOffsets=earliest). */
  startOffsets?: Map<number, number>;
  /** What the job has processed and committed, per partition (its checkpoint); undefined before its first batch. */
  committed?: Map<number, number>;
  /** The job reads from the start of the topic, so a partition it has not reached yet lags by all of it. */
  startsAtEarliest: boolean;
  /** From the sink's own tables; undefined when PostgreSQL did not answer. */
  sink?: SinkTotals;
  /** [milliseconds, batches] of the job's recorded micro-batch durations. */
  durationsMs?: [number, number][];
  /** From the standing questions' tables; undefined when they could not be read. */
  alerts?: AlertTotals;
}

export interface AlertTotals {
  /** Alerts fired, per rule id (removed rules included: a counter never goes down). */
  firedByRule: Map<number, number>;
  /** Webhook POSTs that failed (refused, timed out, not 2xx). */
  webhookFailures: number;
  /** Alerts waiting for their webhook: not delivered yet. */
  webhookPending: number;
}

export function families(r: Readings): MetricFamily[] {
  return [
    { name: 'stockctl_up', type: 'gauge', help: 'Whether each part of the stack is up (1) or down (0).', samples: PARTS.map((part) => ({ labels: { part }, value: r.up[part] ? 1 : 0 })) },
    ...kafkaFamilies(r),
    ...sinkFamilies(r),
    ...alertFamilies(r),
  ];
}

const byPartition = (offsets: Map<number, number>) => [...offsets.entries()].sort(([a], [b]) => a - b);

function kafkaFamilies(r: Readings): MetricFamily[] {
  if (!r.endOffsets) return [];
  const topic = r.topic;
  const lag = byPartition(r.endOffsets).flatMap(([partition, end]) => {
    const done = r.committed?.get(partition) ?? (r.startsAtEarliest ? r.startOffsets?.get(partition) : undefined);
    return done === undefined ? [] : [{ labels: { topic, partition }, value: Math.max(0, end - done) }];
  });
  return [
    { name: 'stockctl_kafka_log_end_offset', type: 'gauge', help: 'The offset after the last message of each partition of the price topic.', samples: byPartition(r.endOffsets).map(([partition, value]) => ({ labels: { topic, partition }, value })) },
    { name: 'stockctl_kafka_committed_offset', type: 'gauge', help: "The next offset the Spark job reads in each partition: what it has processed and committed (its checkpoint).", samples: byPartition(r.committed ?? new Map()).map(([partition, value]) => ({ labels: { topic, partition }, value })) },
    { name: 'stockctl_kafka_lag', type: 'gauge', help: 'Messages of each partition the Spark job has not processed yet (log end offset minus committed offset).', samples: lag },
    { name: 'stockctl_rows_in_total', type: 'counter', help: 'Messages written to the price topic (the sum of its partitions\' log end offsets).', samples: [{ labels: { topic }, value: [...r.endOffsets.values()].reduce((a, b) => a + b, 0) }] },
  ];
}

function sinkFamilies(r: Readings): MetricFamily[] {
  if (!r.sink) return [];
  const s = r.sink;
  return [
    { name: 'stockctl_rows_landed_total', type: 'counter', help: 'Rows the sink inserted into prices, or replaced with different values.', samples: [{ value: s.landed }] },
    { name: 'stockctl_rows_quarantined_total', type: 'counter', help: 'Messages the sink refused into the quarantine table.', samples: [{ value: s.quarantined }] },
    { name: 'stockctl_rows_duplicates_total', type: 'counter', help: 'Rows identical to one already stored, absorbed by the sink.', samples: [{ value: s.duplicates }] },
    { name: 'stockctl_batches_total', type: 'counter', help: 'Micro-batches the sink committed.', samples: [{ value: s.batches }] },
    { name: 'stockctl_batch_duration_seconds', type: 'histogram', help: 'How long each micro-batch took, as the Spark job recorded it.', samples: r.durationsMs ? histogramSamples(r.durationsMs) : [] },
  ];
}

function alertFamilies(r: Readings): MetricFamily[] {
  if (!r.alerts) return [];
  const a = r.alerts;
  const rules = [...a.firedByRule.entries()].sort(([x], [y]) => x - y);
  return [
    { name: 'stockctl_alerts_fired_total', type: 'counter', help: 'Alerts the standing questions (stockctl watch) fired, per rule.', samples: rules.map(([rule, value]) => ({ labels: { rule }, value })) },
    { name: 'stockctl_webhook_failures_total', type: 'counter', help: "Webhook POSTs of alerts that failed (refused, timed out or not 2xx); each is retried with backoff.", samples: [{ value: a.webhookFailures }] },
    { name: 'stockctl_webhook_pending', type: 'gauge', help: 'Alerts not yet delivered to their webhook.', samples: [{ value: a.webhookPending }] },
  ];
}
