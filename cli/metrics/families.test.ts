import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.js';
import { promtoolCheck } from '../setup/promtool.js';
import { render } from './exposition.js';
import { families, type Readings } from './families.js';

const config = loadConfig({});

const all: Readings = {
  topic: 'stock-prices',
  up: { kafka: true, postgres: true, spark: true },
  endOffsets: new Map([[1, 70], [0, 100], [2, 0]]),
  startOffsets: new Map([[0, 0], [1, 0], [2, 0]]),
  committed: new Map([[0, 90], [1, 70], [2, 0]]),
  startsAtEarliest: true,
  sink: { batches: 4, landed: 150, quarantined: 7, duplicates: 3 },
  durationsMs: [[80, 2], [300, 1], [70_000, 1]],
  alerts: { firedByRule: new Map([[7, 2], [3, 5]]), webhookFailures: 4, webhookPending: 1 },
};

const lines = (text: string) => text.split('\n');

describe('the metrics text', () => {
  it('passes Prometheus\'s own parser and lint (promtool check metrics)', () => {
    const text = render(families(all));
    expect(promtoolCheck(config, text)).toEqual({ ok: true, output: '' });
  });

  it('promtool does fail a text that breaks the conventions', () => {
    const bad = render([{ name: 'stockctl_rows', type: 'counter', help: 'no _total', samples: [{ value: 1 }] }]);
    expect(promtoolCheck(config, bad).ok).toBe(false);
    expect(promtoolCheck(config, 'stockctl_up{part="kafka" 1\n').ok).toBe(false);
  });

  it('lag per partition is the log end offset minus what the job committed', () => {
    const text = render(families(all));
    expect(lines(text)).toEqual(expect.arrayContaining([
      'stockctl_kafka_lag{topic="stock-prices",partition="0"} 10',
      'stockctl_kafka_lag{topic="stock-prices",partition="1"} 0',
      'stockctl_kafka_lag{topic="stock-prices",partition="2"} 0',
      'stockctl_kafka_log_end_offset{topic="stock-prices",partition="0"} 100',
      'stockctl_kafka_committed_offset{topic="stock-prices",partition="0"} 90',
      'stockctl_rows_in_total{topic="stock-prices"} 170',
    ]));
  });

  it('before the job\'s first batch a partition lags by all of it, when the job starts at the earliest offset', () => {
    const text = render(families({ ...all, committed: undefined }));
    expect(text).toContain('stockctl_kafka_lag{topic="stock-prices",partition="0"} 100\n');
    expect(text).not.toContain('stockctl_kafka_committed_offset');
    expect(render(families({ ...all, committed: undefined, startsAtEarliest: false }))).not.toContain('stockctl_kafka_lag');
  });

  it('the sink\'s counters and the duration histogram', () => {
    const text = render(families(all));
    expect(lines(text)).toEqual(expect.arrayContaining([
      'stockctl_rows_landed_total 150',
      'stockctl_rows_quarantined_total 7',
      'stockctl_rows_duplicates_total 3',
      'stockctl_batches_total 4',
      '# TYPE stockctl_batch_duration_seconds histogram',
      'stockctl_batch_duration_seconds_bucket{le="0.05"} 0',
      'stockctl_batch_duration_seconds_bucket{le="0.1"} 2',
      'stockctl_batch_duration_seconds_bucket{le="0.5"} 3',
      'stockctl_batch_duration_seconds_bucket{le="60"} 3',
      'stockctl_batch_duration_seconds_bucket{le="+Inf"} 4',
      'stockctl_batch_duration_seconds_sum 70.46',
      'stockctl_batch_duration_seconds_count 4',
    ]));
  });

  it('alerts fired per rule, webhook failures and what waits for delivery', () => {
    const text = render(families(all));
    expect(lines(text)).toEqual(expect.arrayContaining([
      '# TYPE stockctl_alerts_fired_total counter',
      'stockctl_alerts_fired_total{rule="3"} 5',
      'stockctl_alerts_fired_total{rule="7"} 2',
      'stockctl_webhook_failures_total 4',
      'stockctl_webhook_pending 1',
    ]));
    expect(text.indexOf('rule="3"')).toBeLessThan(text.indexOf('rule="7"'));
  });

  it('a part that did not answer is down and its families are left out, not zero', () => {
    const text = render(families({ ...all, up: { kafka: false, postgres: false, spark: false }, endOffsets: undefined, sink: undefined, durationsMs: undefined, alerts: undefined }));
    expect(text).toBe([
      '# HELP stockctl_up Whether each part of the stack is up (1) or down (0).',
      '# TYPE stockctl_up gauge',
      'stockctl_up{part="kafka"} 0',
      'stockctl_up{part="postgres"} 0',
      'stockctl_up{part="spark"} 0',
      '',
    ].join('\n'));
    expect(promtoolCheck(config, text).ok).toBe(true);
  });
});
