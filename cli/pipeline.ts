// Questions about the pipeline's progress that the CLI, the demo and the tests all ask.

import type { StockctlConfig } from '../config/schema.js';
import { UserError } from '../config/errors.js';
import { layout } from './layout.js';
import { readJobStatus } from './services/spark.js';
import { waitUntil } from './services/process.js';
import { withAdmin } from '../producer/kafka-client.js';
import { withAdminClient } from '../sql/connection.js';

/** Messages in the price topic (sum of the partitions' end offsets; the topic is never compacted). */
export async function topicMessages(config: StockctlConfig): Promise<number> {
  return withAdmin(config, async (admin) => {
    const offsets = await admin.fetchTopicOffsets(config.kafka.topic);
    return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  });
}

/** Messages the running query has committed to Postgres (landed + quarantined + duplicates). */
export async function committedMessages(config: StockctlConfig): Promise<number> {
  const queryId = readJobStatus(config)?.query_id;
  if (!queryId) return 0;
  return withAdminClient(config, async (client) => {
    const res = await client.query<{ n: string }>('SELECT coalesce(sum(input_rows), 0) AS n FROM sink_batches WHERE query_id = $1', [queryId]);
    return Number(res.rows[0]?.n ?? 0);
  });
}

/** Waits until the Spark job has committed every message in the topic. */
export async function waitCaughtUp(config: StockctlConfig, timeoutMs = 300_000): Promise<number> {
  const target = await topicMessages(config);
  await waitUntil(
    async () => {
      const status = readJobStatus(config);
      if (status?.state === 'failed') throw new UserError(`the Spark job failed: ${status.error ?? 'see its log'}`, `see ${layout(config).spark.log}`);
      return (await committedMessages(config)) >= target;
    },
    { what: `Spark job catching up with ${target} messages`, timeoutMs, intervalMs: 500, log: layout(config).spark.log },
  );
  return target;
}
