// Runs checked SQL as the read-only role: a READ ONLY transaction, a statement timeout, a row cap.

import pg from 'pg';
import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';
import { readerConnection } from '../connection.js';
import type { CompiledQuery } from './compile.js';
import { checkSql } from './guard.js';
import type { CompanyName } from './names.js';
import type { ParseContext } from './parse.js';

export interface Column {
  name: string;
  /** PostgreSQL type OID of the column (dates, numbers and text are rendered differently). */
  type: number;
}

export interface Answer {
  columns: Column[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

export const PG_TYPES = pg.types.builtins;

// Whole numbers and rounded decimals as JavaScript numbers (volumes stay below 2^53); dates as ISO text.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_TYPES.INT8 || oid === PG_TYPES.NUMERIC) return (v: string) => Number(v);
    if (oid === PG_TYPES.DATE) return (v: string) => v;
    if (oid === PG_TYPES.TIMESTAMP) return (v: string) => v.replace(' ', 'T');
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/** How a question's query runs, within its transaction (the bench's EXPLAIN uses the same). */
export const QUERY_SETTINGS = [
  // Compiling a query to machine code took ~0.5 s of a 2.9 s scan on the 2.1M-row bench table, and more than
  // most whole questions take: not worth it for one-off queries.
  'SET LOCAL jit = off',
  // A cross-sectional window sorts ~200k rows at 1× the bench table: in memory, not in files (the default 4 MB).
  "SET LOCAL work_mem = '32MB'",
  // Starting parallel workers cost ~8 ms of a 10 ms question, most questions read a few hundred rows, and
  // five people on the dashboard are five queries at once already.
  'SET LOCAL max_parallel_workers_per_gather = 0',
];

/** Appends the row cap (one more than shown, to tell that rows were cut) unless the query has its own LIMIT. */
export function capped(query: CompiledQuery, cap: number): CompiledQuery {
  const lines = query.sql.split('\n');
  if (/^LIMIT \$\d+::int$/.test(lines[lines.length - 1] ?? '')) return query;
  return { ...query, sql: `${query.sql}\nLIMIT $${query.params.length + 1}::int`, params: [...query.params, cap + 1] };
}

export class ReadOnlySession {
  private context?: ParseContext;
  private lost = false;

  private constructor(
    private readonly client: pg.Client,
    private readonly config: StockctlConfig,
  ) {
    // A restarted server ends the connection: unheard, its 'error' event would end the whole process.
    client.on('error', () => (this.lost = true));
    client.on('end', () => (this.lost = true));
  }

  /** False once the connection is gone (the server restarted or closed it): open a new session. */
  get connected(): boolean {
    return !this.lost;
  }

  static async open(config: StockctlConfig): Promise<ReadOnlySession> {
    const client = new pg.Client({ ...readerConnection(config), application_name: 'stockctl-ask', connectionTimeoutMillis: 5_000, types });
    try {
      await client.connect();
    } catch (e) {
      throw new UserError(`cannot reach PostgreSQL as ${config.postgres.reader_user}: ${(e as Error).message}`, 'start the stack first: stockctl up');
    }
    return new ReadOnlySession(client, config);
  }

  /** Names, symbols with data and the data's date range: what the parser resolves questions against. */
  async parseContext(): Promise<ParseContext | undefined> {
    if (this.context) return this.context;
    const range = await this.client.query<{ oldest: string | null; newest: string | null }>('SELECT min(trade_date) AS oldest, max(trade_date) AS newest FROM prices');
    const { oldest, newest } = range.rows[0] ?? {};
    if (!oldest || !newest) return undefined;
    const companies = (await this.client.query<CompanyName>('SELECT symbol, name, aliases, sector FROM companies')).rows;
    // One index probe per symbol (a loose index scan, migration 012), not a pass over every row.
    const symbols = await this.client.query<{ symbol: string }>('SELECT symbols_with_prices() AS symbol');
    this.context = { companies, dataSymbols: new Set(symbols.rows.map((r) => r.symbol)), data: { oldest, newest } };
    return this.context;
  }

  /** The newest session of each of these symbols: one probe of the (symbol, ts) key each. */
  async lastDays(symbols: string[]): Promise<Map<string, string>> {
    const res = await this.client.query<{ symbol: string; last_day: string | null }>('SELECT s AS symbol, (SELECT max(ts) FROM prices WHERE symbol = s)::date AS last_day FROM unnest($1::text[]) s', [symbols]);
    return new Map(res.rows.filter((r) => r.last_day).map((r) => [r.symbol, r.last_day as string]));
  }

  async coverage(symbols: string[]): Promise<{ symbol: string; first_day: string; last_day: string }[]> {
    const res = await this.client.query<{ symbol: string; first_day: string; last_day: string }>(
      'SELECT symbol, min(trade_date) AS first_day, max(trade_date) AS last_day FROM prices WHERE symbol = ANY($1::text[]) GROUP BY symbol ORDER BY symbol',
      [symbols],
    );
    return res.rows;
  }

  async run(query: CompiledQuery): Promise<Answer> {
    const cap = this.config.ask.row_cap;
    const final = capped(query, cap);
    await checkSql(final.sql);
    await this.client.query('BEGIN READ ONLY');
    try {
      await this.client.query(`SET LOCAL statement_timeout = ${Number(this.config.ask.statement_timeout_ms)}`);
      for (const setting of QUERY_SETTINGS) await this.client.query(setting);
      const res = await this.client.query({ text: final.sql, values: final.params });
      return { columns: res.fields.map((f) => ({ name: f.name, type: f.dataTypeID })), rows: res.rows.slice(0, cap), truncated: res.rows.length > cap };
    } catch (e) {
      const err = e as Error & { code?: string };
      if (err.code === '57014') throw new UserError(`the query took longer than ask.statement_timeout_ms (${this.config.ask.statement_timeout_ms} ms) and was cancelled`, 'narrow the time window or the symbols');
      // A query PostgreSQL rejects is the engine's mistake, not the user's: said plainly, without a stack trace.
      if (typeof err.code === 'string' && /^(?:42|22)/.test(err.code)) throw new UserError(`PostgreSQL could not run the query ask built for this question: ${err.message}`, 'this is a bug in ask: please report the question with --explain');
      throw e;
    } finally {
      await this.client.query('ROLLBACK');
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
