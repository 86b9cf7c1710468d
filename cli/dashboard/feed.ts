// What the dashboard shows, read as the read-only role: prices as they land, and the job's batch metrics.

import pg from 'pg';
import type { StockctlConfig } from '../../config/schema.js';
import { endpoint, readerConnection } from '../../sql/connection.js';
import { alertIdBefore, alertsAfter, recentAlerts } from '../../sql/watch/store.js';
import type { Alert } from '../../sql/watch/rule.js';
import { Reconnecting, type Connector } from './reconnecting.js';
import { closestSymbol } from './symbol-suggestion.js';

/** [market time in epoch seconds (the exchange wall clock read as UTC), close] */
export type Point = [number, number];

export interface PricesUpdate {
  /** New points per symbol, oldest first (at most POINTS_PER_PUSH per symbol, spread over what landed). */
  points: Record<string, Point[]>;
  /** Rows that landed since the last update, all symbols, and per symbol (before thinning). */
  landed: number;
  counts: Record<string, number>;
  /** The newest market time among them (ISO, exchange-local). */
  marketTime?: string;
}

export interface BatchMetric {
  batch_id: number;
  committed_at: string;
  input_rows: number;
  landed: number;
  quarantined: number;
  trigger_ms: number | null;
  kafka_lag: number | null;
  rows_per_second: number | null;
}

// A chart needs the shape of the move, not every tick: 50 symbols at 10,000 rows/s stay a light page.
export const POINTS_PER_PUSH = 300;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (v: string) => Number(v);
    if (oid === pg.types.builtins.TIMESTAMP) return (v: string) => v.replace(' ', 'T');
    if (oid === pg.types.builtins.TIMESTAMPTZ) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export interface SymbolInfo {
  symbol: string;
  name: string | null;
  /** Its newest market time. */
  last: string;
}

// Millions of rows must not make the page wait: the distinct symbols are found by skipping through the primary
// key (one probe per symbol, not a scan of every row), and each symbol's newest rows read backwards from it.
export const SYMBOLS_SQL = `
  WITH RECURSIVE s(symbol) AS (
    (SELECT symbol FROM prices ORDER BY symbol LIMIT 1)
    UNION ALL
    SELECT (SELECT p.symbol FROM prices p WHERE p.symbol > s.symbol ORDER BY p.symbol LIMIT 1) FROM s WHERE s.symbol IS NOT NULL)
  SELECT s.symbol, c.name, newest.ts AS last
  FROM s LEFT JOIN companies c USING (symbol)
  CROSS JOIN LATERAL (SELECT p.ts FROM prices p WHERE p.symbol = s.symbol ORDER BY p.ts DESC LIMIT 1) newest
  WHERE s.symbol IS NOT NULL
  ORDER BY newest.ts DESC, s.symbol`;

export const HISTORY_SQL = `
  SELECT s.symbol, recent.ts, recent.close
  FROM unnest($1::text[]) AS s(symbol)
  CROSS JOIN LATERAL (SELECT p.ts, p.close FROM prices p WHERE p.symbol = s.symbol ORDER BY p.ts DESC LIMIT $2) recent
  ORDER BY s.symbol, recent.ts`;

const epoch = (ts: string) => Date.parse(`${ts}Z`) / 1000;

/** At most `max` points spread evenly over the list, first and last kept: the line keeps its shape. */
export function thin(points: Point[], max: number): Point[] {
  if (points.length <= max) return points;
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)] as Point);
}

/**
 * How far the feed has read what landed. Rows are read in (landed_at, symbol, ts) order: rows landed at the same
 * instant either side of a page's end are all read, once.
 */
interface LandedCursor {
  landedAt: string;
  symbol: string;
  ts: string;
}

interface LandedRow {
  symbol: string;
  ts: string;
  close: number;
  landed_at: string;
}

const cursorAt = (r: LandedRow): LandedCursor => ({ landedAt: r.landed_at, symbol: r.symbol, ts: r.ts });

/** The feed's one connection, as the read-only role; statements are bounded so that a poll always ends. */
export function readerConnector(config: StockctlConfig, application: string): Connector<pg.Client> {
  const lost = new WeakSet<pg.Client>();
  const { host, port } = endpoint(config);
  return {
    what: `PostgreSQL at ${host}:${port}`,
    async open() {
      const client = new pg.Client({ ...readerConnection(config), application_name: application, types, connectionTimeoutMillis: 5_000, statement_timeout: 10_000, query_timeout: 15_000 });
      // A restarted server ends the connection: unheard, its 'error' event would end the process.
      client.on('error', () => lost.add(client));
      client.on('end', () => lost.add(client));
      try {
        await client.connect();
      } catch (e) {
        await client.end().catch(() => undefined);
        throw e;
      }
      return client;
    },
    end: (client) => client.end(),
    alive: (client) => !lost.has(client),
  };
}

/** The alerts a page shows: the newest on opening, then each as it fires. */
export const ALERTS_SHOWN = 200;

export class Feed {
  private readonly conn: Reconnecting<pg.Client>;
  private landedCursor?: LandedCursor;
  private alertCursor?: number;

  constructor(config: StockctlConfig) {
    this.conn = new Reconnecting(readerConnector(config, 'stockctl-dashboard'));
  }

  private query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
    return this.conn.use((db) => db.query<R>(text, values));
  }

  /** Whether the database answers; its problem when it does not. */
  async ping(): Promise<string | undefined> {
    try {
      await this.query('SELECT 1');
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  }

  /** The symbols with data, the most recently traded first; one short index probe per symbol, whatever the rows. */
  async symbols(): Promise<SymbolInfo[]> {
    return (await this.query<SymbolInfo>(SYMBOLS_SQL)).rows;
  }

  /** The last `limit` points of each symbol, oldest first: an index read of `limit` rows each. */
  async history(symbols: string[], limit: number): Promise<Record<string, Point[]>> {
    const res = await this.query<{ symbol: string; ts: string; close: number }>(HISTORY_SQL, [symbols, limit]);
    const out: Record<string, Point[]> = Object.fromEntries(symbols.map((s) => [s, []]));
    for (const r of res.rows) out[r.symbol]?.push([epoch(r.ts), r.close]);
    return out;
  }

  /** The symbols that are neither in the data nor among the companies, each with the nearest known one. */
  async unknown(symbols: string[]): Promise<{ symbol: string; suggestion?: string }[]> {
    if (symbols.length === 0) return [];
    const res = await this.query<{ symbol: string }>(
      `SELECT s AS symbol FROM unnest($1::text[]) AS s
       WHERE NOT EXISTS (SELECT 1 FROM prices p WHERE p.symbol = s) AND NOT EXISTS (SELECT 1 FROM companies c WHERE c.symbol = s)`,
      [symbols],
    );
    if (res.rows.length === 0) return [];
    const companies = await this.query<{ symbol: string }>('SELECT symbol FROM companies ORDER BY symbol');
    const candidates = [...(await this.symbols()).map((s) => s.symbol), ...companies.rows.map((c) => c.symbol)];
    return res.rows.map(({ symbol }) => ({ symbol, suggestion: closestSymbol(symbol, candidates) }));
  }

  /** Rows landed since the previous call (the first call only sets the cursor). */
  async prices(): Promise<PricesUpdate> {
    if (this.landedCursor === undefined) {
      const res = await this.query<LandedRow>('SELECT symbol, ts, close, landed_at FROM prices ORDER BY landed_at DESC, symbol DESC, ts DESC LIMIT 1');
      const last = res.rows[0];
      this.landedCursor = last ? cursorAt(last) : { landedAt: '-infinity', symbol: '', ts: '-infinity' };
      return { points: {}, landed: 0, counts: {} };
    }
    const { landedAt, symbol, ts } = this.landedCursor;
    const res = await this.query<LandedRow>(
      `SELECT symbol, ts, close, landed_at FROM prices
       WHERE landed_at >= $1 AND (landed_at, symbol, ts) > ($1::timestamptz, $2::text, $3::timestamp)
       ORDER BY landed_at, symbol, ts LIMIT 50000`,
      [landedAt, symbol, ts],
    );
    const points: Record<string, Point[]> = {};
    const counts: Record<string, number> = {};
    let marketTime: string | undefined;
    for (const r of res.rows) {
      (points[r.symbol] ??= []).push([epoch(r.ts), r.close]);
      counts[r.symbol] = (counts[r.symbol] ?? 0) + 1;
      if (!marketTime || r.ts > marketTime) marketTime = r.ts;
    }
    for (const [s, list] of Object.entries(points)) points[s] = thin(list.sort((a, b) => a[0] - b[0]), POINTS_PER_PUSH);
    const last = res.rows[res.rows.length - 1];
    if (last) this.landedCursor = cursorAt(last);
    return { points, landed: res.rows.length, counts, marketTime };
  }

  /** The newest alerts of the standing questions (stockctl watch), oldest first. */
  async recentAlerts(n = ALERTS_SHOWN): Promise<Alert[]> {
    return this.conn.use((db) => recentAlerts(db, n));
  }

  /** Alerts fired since the previous call (the first call only sets the cursor): the alerts table's own id order. */
  async alerts(): Promise<Alert[]> {
    if (this.alertCursor === undefined) {
      this.alertCursor = await this.conn.use((db) => alertIdBefore(db, 0));
      return [];
    }
    const fired = await this.conn.use((db) => alertsAfter(db, this.alertCursor ?? 0, ALERTS_SHOWN));
    const last = fired.at(-1);
    if (last) this.alertCursor = last.id;
    return fired;
  }

  /**
   * The last 60 committed micro-batches, oldest first. Sent whole each time: Spark's timings of a batch arrive
   * a moment after its commit, and the page simply redraws.
   */
  async batches(): Promise<BatchMetric[]> {
    const res = await this.query<BatchMetric>(
      `SELECT s.batch_id, s.committed_at, s.input_rows, s.landed, s.quarantined, m.trigger_ms, m.kafka_lag,
              m.processed_rows_per_second AS rows_per_second
       FROM sink_batches s LEFT JOIN batch_metrics m USING (query_id, batch_id)
       ORDER BY s.committed_at DESC LIMIT 60`,
    );
    return res.rows.reverse();
  }

  async close(): Promise<void> {
    await this.conn.close();
  }
}
