// `stockctl metrics`: the same text as the dashboard's `/metrics`, read once with a connection of its own.

import pg from 'pg';
import type { StockctlConfig } from '../../config/schema.js';
import { readerConnection } from '../../sql/connection.js';
import { render } from './exposition.js';
import { families } from './families.js';
import { gather, type Query } from './gather.js';

export async function metricsText(config: StockctlConfig): Promise<string> {
  let client: pg.Client | undefined;
  const query: Query = async (text, values) => {
    if (!client) {
      client = new pg.Client({ ...readerConnection(config), application_name: 'stockctl-metrics', connectionTimeoutMillis: 3_000, statement_timeout: 10_000 });
      await client.connect();
    }
    return (await client.query(text, values)).rows;
  };
  try {
    return render(families(await gather(config, query)));
  } finally {
    await client?.end().catch(() => undefined);
  }
}
