// The summaries the Spark job's sink keeps in each batch's transaction (migrations 008 and 011), checked against and
// rebuilt from `prices`: the one definition of each is its *_computed view.

import type pg from 'pg';
import type { StockctlConfig } from '../config/schema.js';
import { withAdminClient as withAdmin } from './connection.js';

export interface SummaryCheck {
  table: string;
  rows: number;
  /** Rows the table has that prices do not give (or give with other values), and rows it lacks. */
  extra: number;
  missing: number;
}

// In this order: daily_stats reads daily_bars, which reads intraday_daily.
const SUMMARIES = [
  { table: 'intraday_daily', computed: 'intraday_daily_computed' },
  { table: 'daily_stats', computed: 'daily_stats_computed' },
];

async function compare(c: pg.Client, table: string, computed: string): Promise<SummaryCheck> {
  const res = await c.query<{ rows: string; extra: string; missing: string }>(
    `SELECT (SELECT count(*) FROM ${table}) AS rows,
            (SELECT count(*) FROM (SELECT * FROM ${table} EXCEPT SELECT * FROM ${computed}) x) AS extra,
            (SELECT count(*) FROM (SELECT * FROM ${computed} EXCEPT SELECT * FROM ${table}) x) AS missing`,
  );
  const r = res.rows[0] as { rows: string; extra: string; missing: string };
  return { table, rows: Number(r.rows), extra: Number(r.extra), missing: Number(r.missing) };
}

/** Each summary against what `prices` gives now. */
export function checkSummaries(config: StockctlConfig): Promise<SummaryCheck[]> {
  return withAdmin(config, async (c) => {
    const out: SummaryCheck[] = [];
    for (const s of SUMMARIES) out.push(await compare(c, s.table, s.computed));
    return out;
  });
}

/** Each summary emptied and filled again from `prices`, in one transaction (the sink waits on the lock). */
export function rebuildSummaries(config: StockctlConfig): Promise<SummaryCheck[]> {
  return withAdmin(config, async (c) => {
    await c.query('BEGIN');
    try {
      for (const s of SUMMARIES) {
        await c.query(`LOCK TABLE ${s.table} IN EXCLUSIVE MODE`);
        await c.query(`DELETE FROM ${s.table}`);
        await c.query(`INSERT INTO ${s.table} SELECT * FROM ${s.computed}`);
      }
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK');
      throw e;
    }
    const out: SummaryCheck[] = [];
    for (const s of SUMMARIES) out.push(await compare(c, s.table, s.computed));
    return out;
  });
}
