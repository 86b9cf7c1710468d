// SQL pieces the families share. Every value is a bound parameter ($1, $2…); identifiers come only from the fixed
// tables below, never from the question. Daily questions read daily_bars (daily rows as they are, intraday rows
// per day).

import type { Measure, Plan, Stat, Window } from './plan.js';

export interface CompiledQuery {
  sql: string;
  params: unknown[];
  /** How to draw it in a terminal: a time series (x = a date column, y = a numeric column). */
  chart?: { x: string; y: string; series?: string };
}

/** Collects bound values; each use returns its placeholder with an explicit type. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown, type: 'text' | 'text[]' | 'date' | 'int' | 'float8' | 'timestamp'): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

export const lines = (...l: (string | false | undefined)[]) => l.filter((x): x is string => typeof x === 'string').join('\n');
export const num = (expr: string, digits = 4) => `round((${expr})::numeric, ${digits})`;

export interface Bounds {
  from: string;
  to: string;
}

/** Which symbols: the named ones, a sector's, or every symbol with data. */
export function scopeSql(p: Params, plan: Plan): string {
  if (plan.symbols.length && !plan.everyStock) return `symbol = ANY(${p.add(plan.symbols, 'text[]')}) AND `;
  if (plan.sector) return `symbol IN (SELECT symbol FROM companies WHERE sector = ${p.add(plan.sector, 'text')}) AND `;
  return '';
}

/** The window as SQL date expressions; "the last N trading days" and "yesterday" are found in the data itself. */
export function bounds(p: Params, w: Window | undefined, scope = ''): Bounds {
  if (w?.day && !w.from) {
    const day = `(SELECT max(trade_date) FROM prices WHERE ${scope}trade_date <= ${p.add(w.day, 'date')})`;
    return { from: day, to: day };
  }
  if (w?.firstTradingDays) {
    const from = p.add(w.from ?? '0001-01-01', 'date');
    const n = p.add(w.firstTradingDays, 'int');
    return { from, to: `(SELECT max(trade_date) FROM (SELECT DISTINCT trade_date FROM prices WHERE ${scope}trade_date >= ${from} AND trade_date <= ${p.add(w.to ?? '9999-12-31', 'date')} ORDER BY trade_date LIMIT ${n}) sessions)` };
  }
  if (!w?.tradingDays) return { from: p.add(w?.from ?? '0001-01-01', 'date'), to: p.add(w?.to ?? '9999-12-31', 'date') };
  const to = p.add(w.to ?? '9999-12-31', 'date');
  const n = p.add(w.tradingDays, 'int');
  return { from: `(SELECT min(trade_date) FROM (SELECT DISTINCT trade_date FROM prices WHERE ${scope}trade_date <= ${to} ORDER BY trade_date DESC LIMIT ${n}) sessions)`, to };
}

const length = (n: number | undefined) => {
  if (!Number.isInteger(n) || (n as number) < 1 || (n as number) > 400) throw new Error(`moving-average length out of range: ${String(n)}`);
  return n as number;
};

/**
 * Measures that need a symbol's history are read from daily_stats (migration 011), which the Spark job keeps
 * current: a return, the highest close so far and the running sums that make an N-day average a difference of
 * two rows. A window function over the history sorted every session of every symbol in scope (0.26 s for "how
 * many stocks closed above their 200-day average on D" at 1× the bench table, 1.8 s at 4×).
 */
// One probe of the summary's key (symbol, trade_date) per row; OFFSET 0 keeps each lookup a lookup: joined as a
// whole, the planner hashed all of daily_stats, three times, for one symbol's 476 sessions when it guessed 30,000
// (2.7 s at 1×). No date bounds inside: with them, it probed the date index and filtered a day's 1,000 symbols.
const STATS_JOIN = 'LEFT JOIN LATERAL (SELECT s.n AS stat_n, s.daily_return AS stat_return, s.cum_close AS stat_cum_close, s.high_close AS stat_high_close FROM daily_stats s WHERE s.symbol = b.symbol AND s.trade_date = b.trade_date OFFSET 0) s ON true';
/** The sums `len` sessions before (none when the history is exactly `len` long: they are zero). */
const statsBefore = (len: number) => `LEFT JOIN LATERAL (SELECT e.cum_close AS cum_close_${len} FROM daily_stats e WHERE e.symbol = b.symbol AND e.n = s.stat_n - ${len} OFFSET 0) e${len} ON true`;

/** The average close of the last `len` sessions, once there are that many (exact: the sums are numeric). */
const movingAverage = (len: number) => `CASE WHEN stat_n >= ${len} THEN ((stat_cum_close - coalesce(cum_close_${len}, 0)) / ${len})::float8 END`;

/** Whether a measure is read from daily_stats, and which joins it needs. */
function statsJoins(m: Measure, n: number | undefined): string[] {
  if (m === 'ma' || m === 'vs_ma') return [STATS_JOIN, statsBefore(length(n))];
  if (m === 'return' || m === 'off_high' || m === 'high_so_far') return [STATS_JOIN];
  return [];
}

/** A daily measure as SQL over the CTE `d` (window `w` = the symbol's sessions in order). */
export function measureSql(m: Measure, n?: number): string {
  switch (m) {
    case 'range':
      return '(high - low)';
    case 'return':
      return 'stat_return';
    case 'gap':
      return 'open / lag(close) OVER w - 1';
    case 'intraday':
      return 'close / open - 1';
    case 'ma':
      return movingAverage(length(n));
    case 'vs_ma':
      return `close / ${movingAverage(length(n))} - 1`;
    case 'off_high':
      return 'close / stat_high_close - 1';
    case 'high_so_far':
      return 'stat_high_close';
    case 'high_52w':
    case 'low_52w':
      throw new Error('52-week figures are computed per day by the value family');
    default:
      return m;
  }
}

/** Minutes of the window's day, New York time, as a timestamp range (the window is one named day). */
export function clockSql(p: Params, plan: Plan): string {
  const day = plan.window?.day ?? plan.window?.from;
  if (!plan.clock || !day) return '';
  return ` AND ts BETWEEN ${p.add(`${day} ${plan.clock.from}:00`, 'timestamp')} AND ${p.add(`${day} ${plan.clock.to}:59`, 'timestamp')}`;
}

/** Calendar days of history a measure needs before the window: the session before (a gap, or a window's first
 * day that did not trade answers with the session before); the rest come from daily_stats. */
export function lookback(m: Measure | undefined): number {
  if (m === 'high_52w' || m === 'low_52w') return 372;
  return 14;
}

/**
 * `d`: each session of the symbols in scope with its OHLCV and the measure `m`, from the session before the
 * window (a measure on its first day may need it) up to the window's end.
 */
export function dailyCte(p: Params, plan: Plan, b: Bounds, measures: { name: string; measure: Measure; n?: number }[], scope = scopeSql(p, plan)): string {
  const back = Math.max(...measures.map((m) => lookback(m.measure)), 14);
  const from = `${b.from} - ${back}`;
  const joins = [...new Set(measures.flatMap((m) => statsJoins(m.measure, m.n)))];
  return lines(
    'd AS (',
    `  SELECT symbol, trade_date, open, high, low, close, volume${measures.map((m) => `, ${measureSql(m.measure, m.n)} AS ${m.name}`).join('')}`,
    `  FROM (SELECT * FROM daily_bars WHERE ${scope}trade_date >= ${from} AND trade_date <= ${b.to}) b`,
    ...joins.map((j) => `  ${j}`),
    '  WINDOW w AS (PARTITION BY symbol ORDER BY trade_date)',
    ')',
  );
}

/** A window statistic of column `x` (of rows already limited to the window). */
export function statSql(s: Stat, x: string): string {
  switch (s) {
    case 'median':
      return `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${x})`;
    case 'stddev':
      return `stddev_samp(${x})`;
    case 'count':
      return 'count(*)';
    case 'last':
      return `(array_agg(${x} ORDER BY trade_date DESC))[1]`;
    case 'first':
      return `(array_agg(${x} ORDER BY trade_date))[1]`;
    default:
      return `${s}(${x})`;
  }
}

export const MEASURE_NAME: Record<Measure, string> = {
  close: 'close',
  open: 'open',
  high: 'high',
  low: 'low',
  volume: 'volume',
  range: 'range (high - low)',
  return: 'daily return',
  gap: 'opening gap (open / previous close - 1)',
  intraday: 'change from open to close',
  ma: 'moving average',
  vs_ma: 'close against its moving average',
  off_high: 'distance from the highest close so far',
  high_so_far: 'highest close so far',
  high_52w: '52-week high',
  low_52w: '52-week low',
};

export const STAT_NAME: Record<Stat, string> = { avg: 'average', min: 'lowest', max: 'highest', sum: 'total', median: 'median', stddev: 'standard deviation', change: 'change', count: 'number', vwap: 'VWAP', first: 'first', last: 'last' };

/** Measures that are ratios: shown in percent, in columns named …_pct. */
const PERCENT: Measure[] = ['return', 'gap', 'intraday', 'off_high', 'vs_ma'];

/** Column name of a measure in an answer. */
export const column = (m: Measure, n?: number) => (m === 'ma' ? `ma${n}` : m === 'vs_ma' ? `close_vs_ma${n}_pct` : PERCENT.includes(m) ? `${m === 'return' ? 'daily_return' : m}_pct` : m);

/** A measure's value as shown: ratios in percent (4 decimals), the rest to 6 decimals. */
export const valueSql = (m: Measure, expr: string) => (PERCENT.includes(m) ? pct(expr) : num(expr, 6));
export const pct = (expr: string) => `round((100 * (${expr}))::numeric, 4)`;

export function describeWindow(w?: Window): string {
  if (!w) return 'all the data';
  if (w.firstTradingDays) return `the first ${w.firstTradingDays === 1 ? 'trading day' : `${w.firstTradingDays} trading days`} from ${w.from}`;
  if (w.tradingDays) return `the ${w.tradingDays === 1 ? 'last trading day' : `last ${w.tradingDays} trading days`} up to ${w.to}`;
  if (w.day && !w.from) return 'the session before the newest one';
  if (w.day || w.from === w.to) return w.day ?? w.from ?? '';
  return `${w.from} … ${w.to}`;
}

export const list = (s: string[]) => (s.length <= 1 ? (s[0] ?? '') : `${s.slice(0, -1).join(', ')} and ${s[s.length - 1]}`);
