import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.js';
import { submitArgs } from './spark.js';

/** The value of each `--conf key=value` in spark-submit's arguments. */
const confs = (args: string[]) =>
  new Map(args.flatMap((a, i) => (args[i - 1] === '--conf' ? [[a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] as const] : [])));

describe('submitArgs', () => {
  it('passes the configured parallelism and write size to Spark', () => {
    const config = loadConfig({ env: { STOCKCTL_SPARK_SHUFFLE_PARTITIONS: '7', STOCKCTL_SPARK_WRITE_BATCH_ROWS: '2500' } });
    const conf = confs(submitArgs(config));
    expect(conf.get('spark.sql.shuffle.partitions')).toBe('7');
    expect(conf.get('spark.sql.execution.arrow.maxRecordsPerBatch')).toBe('2500');
  });

  it('takes the shipped defaults', () => {
    const conf = confs(submitArgs(loadConfig({ env: {} })));
    expect(conf.get('spark.sql.shuffle.partitions')).toBe('4');
    expect(conf.get('spark.sql.execution.arrow.maxRecordsPerBatch')).toBe('10000');
  });
});
