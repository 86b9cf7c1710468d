// Runs compiled SQL as the read-only role, in a READ ONLY transaction, with a timeout and a row cap.

import pg from 'pg';
import type { StockctlConfig } from '../../cli/config/schema.js';
import { UserError } from '../../cli/errors.js';
import { readerConnection } from '../connection.js';
import type { CompanyName } from './names.js';
import type { CompiledQuery } from './compile.js';

export interface Answer {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

// numeric and bigint arrive as strings by default; these columns hold whole shares and prices.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export class ReadOnlySession {
  private constructor(
    private readonly client: pg.Client,
    private readonly config: StockctlConfig,
  ) {}

  static async open(config: StockctlConfig): Promise<ReadOnlySession> {
    const client = new pg.Client({ ...readerConnection(config), application_name: 'stockctl-ask', connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
    } catch (e) {
      throw new UserError(`cannot reach PostgreSQL as ${config.postgres.reader_user}: ${(e as Error).message}`, 'start the stack first: stockctl up');
    }
    return new ReadOnlySession(client, config);
  }

  async companies(): Promise<CompanyName[]> {
    const res = await this.client.query<CompanyName>('SELECT symbol, name, aliases FROM companies');
    return res.rows;
  }

  async run(query: CompiledQuery): Promise<Answer> {
    const cap = this.config.ask.row_cap;
    await this.client.query('BEGIN READ ONLY');
    try {
      await this.client.query(`SET LOCAL statement_timeout = ${Number(this.config.ask.statement_timeout_ms)}`);
      const res = await this.client.query({ text: query.sql, values: query.params });
      return { columns: res.fields.map((f) => f.name), rows: res.rows.slice(0, cap), truncated: res.rows.length > cap };
    } finally {
      await this.client.query('ROLLBACK');
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
