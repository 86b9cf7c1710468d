// `/metrics`: the stack's metrics for Prometheus, read with a connection of its own (the feed's serves the pages).

import type pg from 'pg';
import type { StockctlConfig } from '../../config/schema.js';
import { render } from '../metrics/exposition.js';
import { families } from '../metrics/families.js';
import { gather } from '../metrics/gather.js';
import { readerConnector } from './feed.js';
import { Reconnecting } from './reconnecting.js';

export class MetricsEndpoint {
  private readonly conn: Reconnecting<pg.Client>;
  private pending?: Promise<string>;

  constructor(private readonly config: StockctlConfig) {
    this.conn = new Reconnecting(readerConnector(config, 'stockctl-metrics'));
  }

  /** One reading at a time: scrapes that arrive while it runs share its text. */
  text(): Promise<string> {
    this.pending ??= this.read().finally(() => (this.pending = undefined));
    return this.pending;
  }

  async close(): Promise<void> {
    await this.conn.close();
  }

  private async read(): Promise<string> {
    const readings = await gather(this.config, async (text, values) => (await this.conn.use((db) => db.query(text, values))).rows);
    return render(families(readings));
  }
}
