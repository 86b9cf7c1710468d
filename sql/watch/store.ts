// Rules and alerts in PostgreSQL (migration 009): added and removed as the schema's owner, read as the reader.

import pg from 'pg';
import { UserError } from '../../config/errors.js';
import type { StockctlConfig } from '../../config/schema.js';
import type { CompanyName } from '../ask/names.js';
import { adminConnection, readerConnection } from '../connection.js';
import type { Names } from './read-condition.js';
import type { Alert, WatchRule } from './rule.js';

export interface StoredRule {
  id: number;
  condition: string;
  rule: WatchRule;
  webhook_url: string | null;
  created_at: string;
  removed_at: string | null;
  alerts: number;
  last_fired: string | null;
}

/** A session as the owner (`add`, `remove`) or the reader (everything else), with a plain error when down. */
export async function openWatchClient(config: StockctlConfig, as: 'owner' | 'reader'): Promise<pg.Client> {
  const settings = as === 'owner' ? adminConnection(config) : readerConnection(config);
  const client = new pg.Client({ ...settings, application_name: 'stockctl-watch', connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (e) {
    throw new UserError(`cannot reach PostgreSQL: ${(e as Error).message}`, 'start the stack first: stockctl up');
  }
  return client;
}

/** The names a condition may use: the companies table and every symbol with data. */
export async function readNames(client: pg.Client): Promise<Names> {
  const companies = (await client.query<CompanyName>('SELECT symbol, name, aliases, sector FROM companies')).rows;
  // One index probe per symbol (a loose index scan, migration 012), not a pass over every row.
  const symbols = await client.query<{ symbol: string }>('SELECT symbols_with_prices() AS symbol');
  return { companies, dataSymbols: new Set(symbols.rows.map((r) => r.symbol)) };
}

export async function addRule(client: pg.Client, condition: string, rule: WatchRule, webhookUrl?: string): Promise<StoredRule> {
  const res = await client.query<{ id: string }>('INSERT INTO watch_rules (condition, rule, webhook_url) VALUES ($1, $2, $3) RETURNING id', [condition, JSON.stringify(rule), webhookUrl ?? null]);
  const [stored] = await listRules(client, { all: true, id: Number(res.rows[0]?.id) });
  return stored as StoredRule;
}

export async function listRules(client: pg.Client, opts: { all?: boolean; id?: number } = {}): Promise<StoredRule[]> {
  const res = await client.query<StoredRule & { id: string; alerts: string }>(
    `SELECT w.id, w.condition, w.rule, w.webhook_url, to_char(w.created_at, 'YYYY-MM-DD HH24:MI:SS TZ') AS created_at,
            to_char(w.removed_at, 'YYYY-MM-DD HH24:MI:SS TZ') AS removed_at,
            (SELECT count(*) FROM alerts a WHERE a.rule_id = w.id) AS alerts,
            (SELECT to_char(max(a.ts), 'YYYY-MM-DD HH24:MI') FROM alerts a WHERE a.rule_id = w.id) AS last_fired
     FROM watch_rules w
     WHERE ($1 OR w.removed_at IS NULL) AND ($2::bigint IS NULL OR w.id = $2)
     ORDER BY w.id`,
    [opts.all ?? false, opts.id ?? null],
  );
  return res.rows.map((r) => ({ ...r, id: Number(r.id), alerts: Number(r.alerts) }));
}

/** Stops evaluating a rule; its alerts are kept. False when no active rule has that id. */
export async function removeRule(client: pg.Client, id: number): Promise<boolean> {
  const res = await client.query('UPDATE watch_rules SET removed_at = clock_timestamp() WHERE id = $1 AND removed_at IS NULL', [id]);
  return res.rowCount === 1;
}

/** Alerts with an id above `afterId`, oldest first. */
export async function alertsAfter(client: pg.Client, afterId: number, limit = 1000): Promise<Alert[]> {
  const res = await client.query<Alert & { id: string; rule_id: string }>(
    `SELECT a.id, a.rule_id, w.condition, a.symbol, to_char(a.ts, 'YYYY-MM-DD HH24:MI') AS market_time,
            a.detail AS values, to_char(a.fired_at, 'YYYY-MM-DD HH24:MI:SS.MS TZ') AS fired_at
     FROM alerts a JOIN watch_rules w ON w.id = a.rule_id
     WHERE a.id > $1 ORDER BY a.id LIMIT $2`,
    [afterId, limit],
  );
  return res.rows.map((r) => ({ ...r, id: Number(r.id), rule_id: Number(r.rule_id) }));
}

/** The id of the n-th newest alert (so that following from it shows the last n), 0 when there are fewer. */
export async function alertIdBefore(client: pg.Client, n: number): Promise<number> {
  const res = await client.query<{ id: string | null }>('SELECT (SELECT id FROM alerts ORDER BY id DESC OFFSET $1 LIMIT 1) AS id', [n]);
  return Number(res.rows[0]?.id ?? 0);
}

/** The newest `n` alerts, oldest first. */
export async function recentAlerts(client: pg.Client, n: number): Promise<Alert[]> {
  return alertsAfter(client, await alertIdBefore(client, n), n);
}
