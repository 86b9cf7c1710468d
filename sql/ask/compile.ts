// Plan → SQL. Every value is a bound parameter ($1, $2…); identifiers come only from the fixed tables below,
// never from the question. Daily questions read daily_bars (daily rows as they are, intraday rows per day).

import type { Aggregation, Metric, Plan } from './plan.js';

export interface CompiledQuery {
  sql: string;
  params: unknown[];
  /** How to draw it in a terminal: a time series (x = a date column, y = a numeric column). */
  chart?: { x: string; y: string; series?: string };
}

const METRIC_SQL: Record<Exclude<Metric, 'return'>, string> = {
  close: 'close',
  open: 'open',
  high: 'high',
  low: 'low',
  volume: 'volume',
  range: '(high - low)',
};

const AGG_SQL: Record<Aggregation, (x: string) => string> = {
  avg: (x) => `avg(${x})`,
  min: (x) => `min(${x})`,
  max: (x) => `max(${x})`,
  sum: (x) => `sum(${x})`,
  median: (x) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${x})`,
  count: () => 'count(*)',
};

const PERIOD_TRUNC = { week: 'week', month: 'month', quarter: 'quarter', year: 'year' } as const;

/** Collects bound values; each use returns its placeholder with an explicit type. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, type: 'text' | 'text[]' | 'date' | 'int' | 'float8'): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

const metricSql = (m: Metric) => (m === 'return' ? 'close' : METRIC_SQL[m]);
const pct = (expr: string, digits = 2) => `round((100 * (${expr}))::numeric, ${digits})`;
const num = (expr: string, digits = 4) => `round((${expr})::numeric, ${digits})`;

interface Bounds {
  from: string;
  to: string;
}

/** The window as SQL date expressions; "the last N trading days" is found in the data itself. */
function bounds(p: Params, plan: Plan, symbols?: string): Bounds {
  const w = plan.window;
  if (w?.day && !w.from) {
    // "yesterday": the newest session on or before that day, found in the data.
    const day = `(SELECT max(trade_date) FROM prices WHERE ${symbols ? `symbol = ANY(${symbols}) AND ` : ''}trade_date <= ${p.add(w.day, 'date')})`;
    return { from: day, to: day };
  }
  if (!w?.tradingDays) {
    const from = p.add(w?.from ?? '0001-01-01', 'date');
    return { from, to: p.add(w?.to ?? '9999-12-31', 'date') };
  }
  const to = p.add(w.to ?? '9999-12-31', 'date');
  const n = p.add(w.tradingDays, 'int');
  const scope = symbols ? `symbol = ANY(${symbols}) AND ` : '';
  return { from: `(SELECT min(trade_date) FROM (SELECT DISTINCT trade_date FROM prices WHERE ${scope}trade_date <= ${to} ORDER BY trade_date DESC LIMIT ${n}) sessions)`, to };
}

const inWindow = (b: Bounds, col = 'trade_date') => `${col} BETWEEN ${b.from} AND ${b.to}`;

/**
 * Per symbol over the window: the close before it (or on its first day, for anchored windows), the first and
 * last day, the last close. Two weeks of look-back find the previous session across weekends and holidays.
 */
function spanCtes(plan: Plan, b: Bounds, scope: string): string {
  const anchored = plan.window?.anchored ? 'TRUE' : 'FALSE';
  return `span_rows AS (
  SELECT symbol, trade_date, close, volume
  FROM daily_bars
  WHERE ${scope}trade_date BETWEEN ${b.from} - 14 AND ${b.to}
), inside AS (
  SELECT symbol, min(trade_date) AS first_day, max(trade_date) AS last_day,
         (array_agg(close ORDER BY trade_date))[1] AS first_close,
         (array_agg(close ORDER BY trade_date DESC))[1] AS last_close,
         avg(volume) AS avg_volume, sum(volume) AS total_volume, count(*) AS days
  FROM span_rows WHERE trade_date >= ${b.from}
  GROUP BY symbol
), before AS (
  SELECT DISTINCT ON (symbol) symbol, close AS prev_close
  FROM span_rows WHERE trade_date < ${b.from}
  ORDER BY symbol, trade_date DESC
), span AS (
  SELECT i.*, CASE WHEN ${anchored} THEN i.first_close ELSE coalesce(b.prev_close, i.first_close) END AS base_close
  FROM inside i LEFT JOIN before b USING (symbol)
)`;
}

/** Daily returns per symbol, with the session before the window so its first day has a return too. */
function returnsCte(b: Bounds, scope: string): string {
  return `daily AS (
  SELECT symbol, trade_date, open, high, low, close, volume,
         lag(close) OVER (PARTITION BY symbol ORDER BY trade_date) AS prev_close
  FROM daily_bars
  WHERE ${scope}trade_date BETWEEN ${b.from} - 14 AND ${b.to}
), returns AS (
  SELECT *, close / prev_close - 1 AS ret FROM daily WHERE trade_date >= ${b.from} AND prev_close IS NOT NULL
)`;
}

export function compile(plan: Plan): CompiledQuery {
  const p = new Params();
  const sym = plan.symbols.length ? p.add(plan.symbols, 'text[]') : undefined;
  const scope = sym ? `symbol = ANY(${sym}) AND ` : '';
  const m = metricSql(plan.metric);
  const dir = plan.direction === 'down' ? 'ASC' : 'DESC';
  const lines = (...l: string[]) => l.join('\n');

  switch (plan.intent) {
    case 'latest':
      return {
        sql: lines(
          'SELECT symbol, trade_date, open, high, low, close, volume',
          'FROM (',
          '  SELECT symbol, trade_date, open, high, low, close, volume,',
          '         row_number() OVER (PARTITION BY symbol ORDER BY trade_date DESC) AS n',
          `  FROM daily_bars WHERE symbol = ANY(${sym})`,
          ') newest',
          `WHERE n <= ${p.add(plan.limit, 'int')}`,
          'ORDER BY symbol, trade_date DESC',
        ),
        params: p.values,
        chart: plan.symbols.length === 1 ? { x: 'trade_date', y: 'close' } : undefined,
      };

    case 'on_date': {
      const day = p.add(plan.window?.day, 'date');
      return {
        sql: lines(
          `SELECT DISTINCT ON (symbol) symbol, trade_date, open, high, low, close, volume, ${day} AS asked_for`,
          'FROM daily_bars',
          `WHERE symbol = ANY(${sym}) AND trade_date <= ${day} AND trade_date >= ${day} - 14`,
          'ORDER BY symbol, trade_date DESC',
        ),
        params: p.values,
      };
    }

    case 'rows': {
      const b = bounds(p, plan, sym);
      return {
        sql: lines('SELECT symbol, trade_date, open, high, low, close, volume', 'FROM daily_bars', `WHERE ${scope}${inWindow(b)}`, 'ORDER BY symbol, trade_date'),
        params: p.values,
        chart: { x: 'trade_date', y: 'close', series: 'symbol' },
      };
    }

    case 'aggregate': {
      const b = bounds(p, plan, sym);
      const agg = plan.aggregation ?? 'avg';
      const value = agg === 'sum' || plan.metric === 'volume' ? AGG_SQL[agg](m) : num(AGG_SQL[agg](m));
      return {
        sql: lines(
          `SELECT symbol, ${value} AS ${agg}_${plan.metric}, count(*) AS days, min(trade_date) AS first_day, max(trade_date) AS last_day`,
          'FROM daily_bars',
          `WHERE ${scope}${inWindow(b)}`,
          'GROUP BY symbol',
          'ORDER BY symbol',
        ),
        params: p.values,
      };
    }

    case 'extreme_date': {
      const b = bounds(p, plan, sym);
      return {
        sql: lines(
          `SELECT DISTINCT ON (symbol) symbol, trade_date, ${plan.metric === 'range' ? `${num(m)} AS range, ` : ''}open, high, low, close, volume`,
          'FROM daily_bars',
          `WHERE ${scope}${inWindow(b)}`,
          `ORDER BY symbol, ${m} ${dir}, trade_date`,
        ),
        params: p.values,
      };
    }

    case 'week52': {
      const b = bounds(p, plan, sym);
      return {
        sql: lines(
          'SELECT symbol,',
          '       max(high) AS high_52w, (array_agg(trade_date ORDER BY high DESC, trade_date))[1] AS high_day,',
          '       min(low) AS low_52w, (array_agg(trade_date ORDER BY low, trade_date))[1] AS low_day,',
          '       (array_agg(close ORDER BY trade_date DESC))[1] AS last_close, max(trade_date) AS last_day',
          'FROM daily_bars',
          `WHERE ${scope}${inWindow(b)}`,
          'GROUP BY symbol',
          'ORDER BY symbol',
        ),
        params: p.values,
      };
    }

    case 'change':
    case 'compare':
    case 'rank': {
      const b = bounds(p, plan, sym);
      const change = pct('s.last_close / s.base_close - 1');
      const extra =
        plan.intent === 'compare'
          ? `,\n       round(s.avg_volume) AS avg_volume, ${num('v.volatility * 100', 3)} AS daily_volatility_pct`
          : plan.intent === 'rank' && plan.metric === 'volume'
            ? ',\n       s.total_volume'
            : '';
      const rankBy = plan.metric === 'volume' ? 's.total_volume' : change;
      return {
        sql: lines(
          `WITH ${spanCtes(plan, b, scope)},`,
          `${returnsCte(b, scope)},`,
          'vol AS (SELECT symbol, stddev_samp(ret) AS volatility FROM returns GROUP BY symbol)',
          `SELECT ${plan.intent === 'rank' ? `rank() OVER (ORDER BY ${rankBy} ${dir}) AS rank, ` : ''}s.symbol, s.first_day, s.base_close, s.last_day, s.last_close,`,
          `       ${change} AS change_pct${extra}`,
          'FROM span s LEFT JOIN vol v USING (symbol)',
          `ORDER BY ${plan.intent === 'rank' ? `${rankBy} ${dir}` : 's.symbol'}`,
        ),
        params: p.values,
      };
    }

    case 'daily_returns': {
      const b = bounds(p, plan, sym);
      return {
        sql: lines(`WITH ${returnsCte(b, scope)}`, `SELECT symbol, trade_date, prev_close, close, ${pct('ret', 3)} AS return_pct`, 'FROM returns', 'ORDER BY symbol, trade_date'),
        params: p.values,
        chart: { x: 'trade_date', y: 'return_pct', series: 'symbol' },
      };
    }

    case 'biggest_moves': {
      const b = bounds(p, plan, sym);
      return {
        sql: lines(`WITH ${returnsCte(b, scope)}`, `SELECT symbol, trade_date, prev_close, close, ${pct('ret', 3)} AS return_pct`, 'FROM returns', `ORDER BY ret ${dir}, trade_date`, `LIMIT ${p.add(plan.limit, 'int')}`),
        params: p.values,
      };
    }

    case 'top': {
      const b = bounds(p, plan);
      const sectorJoin = plan.sector ? `JOIN companies c ON c.symbol = s.symbol AND c.sector = ${p.add(plan.sector, 'text')}` : 'LEFT JOIN companies c ON c.symbol = s.symbol';
      if (plan.metric === 'volume') {
        return {
          sql: lines(
            'SELECT s.symbol, c.name, sum(s.volume) AS total_volume, count(*) AS days',
            `FROM daily_bars s ${sectorJoin}`,
            `WHERE ${inWindow(b, 's.trade_date')}`,
            'GROUP BY s.symbol, c.name',
            `ORDER BY total_volume ${dir}, s.symbol`,
            `LIMIT ${p.add(plan.limit, 'int')}`,
          ),
          params: p.values,
        };
      }
      return {
        sql: lines(
          `WITH ${spanCtes(plan, b, '')}`,
          `SELECT s.symbol, c.name, s.base_close, s.last_day, s.last_close, ${pct('s.last_close / s.base_close - 1')} AS change_pct`,
          `FROM span s ${sectorJoin}`,
          `ORDER BY s.last_close / s.base_close ${dir}, s.symbol`,
          `LIMIT ${p.add(plan.limit, 'int')}`,
        ),
        params: p.values,
      };
    }

    case 'grouped': {
      const b = bounds(p, plan, sym);
      const unit = PERIOD_TRUNC[plan.groupBy ?? 'month'];
      const agg = plan.aggregation ?? 'avg';
      const value = agg === 'sum' || plan.metric === 'volume' ? AGG_SQL[agg](m) : num(AGG_SQL[agg](m));
      return {
        sql: lines(
          `SELECT symbol, date_trunc('${unit}', trade_date)::date AS ${unit}, ${value} AS ${agg}_${plan.metric}, count(*) AS days`,
          'FROM daily_bars',
          `WHERE ${scope}${inWindow(b)}`,
          `GROUP BY symbol, date_trunc('${unit}', trade_date)`,
          `ORDER BY symbol, ${unit}`,
        ),
        params: p.values,
        chart: { x: unit, y: `${agg}_${plan.metric}`, series: 'symbol' },
      };
    }

    case 'period_change': {
      const b = bounds(p, plan, sym);
      const unit = PERIOD_TRUNC[plan.groupBy ?? 'month'];
      return {
        sql: lines(
          'WITH per_period AS (',
          `  SELECT symbol, date_trunc('${unit}', trade_date)::date AS ${unit},`,
          '         (array_agg(close ORDER BY trade_date DESC))[1] AS last_close',
          '  FROM daily_bars',
          `  WHERE ${scope}trade_date BETWEEN date_trunc('${unit}', ${b.from} - 1)::date AND ${b.to}`,
          `  GROUP BY symbol, date_trunc('${unit}', trade_date)`,
          '), changes AS (',
          `  SELECT symbol, ${unit}, lag(last_close) OVER (PARTITION BY symbol ORDER BY ${unit}) AS previous_close, last_close`,
          '  FROM per_period',
          ')',
          `SELECT symbol, ${unit}, previous_close, last_close, ${pct('last_close / previous_close - 1')} AS change_pct`,
          'FROM changes',
          `WHERE previous_close IS NOT NULL AND ${unit} >= date_trunc('${unit}', ${b.from})::date`,
          `ORDER BY symbol, ${unit}`,
        ),
        params: p.values,
        chart: { x: unit, y: 'change_pct', series: 'symbol' },
      };
    }

    case 'moving_average': {
      const b = bounds(p, plan, sym);
      const lengths = plan.lengths ?? [20, 50];
      const longest = Math.max(...lengths);
      const cols = lengths.map((n) => `${num(`avg(close) OVER (PARTITION BY symbol ORDER BY trade_date ROWS BETWEEN ${n - 1} PRECEDING AND CURRENT ROW)`)} AS ma${n}`);
      const full = lengths.map((n) => `count(*) OVER (PARTITION BY symbol ORDER BY trade_date ROWS BETWEEN ${n - 1} PRECEDING AND CURRENT ROW) = ${n} AS full${n}`);
      return {
        sql: lines(
          'WITH averaged AS (',
          `  SELECT symbol, trade_date, close, ${cols.join(', ')}, ${full.join(', ')}`,
          '  FROM daily_bars',
          // Enough history before the window for the longest average to be complete on its first day.
          `  WHERE ${scope}trade_date BETWEEN ${b.from} - ${Math.ceil(longest * 1.6) + 10} AND ${b.to}`,
          ')',
          `SELECT symbol, trade_date, close, ${lengths.map((n) => `CASE WHEN full${n} THEN ma${n} END AS ma${n}`).join(', ')}`,
          'FROM averaged',
          `WHERE ${inWindow(b)}`,
          'ORDER BY symbol, trade_date',
        ),
        params: p.values,
        chart: { x: 'trade_date', y: `ma${lengths[0]}`, series: 'symbol' },
      };
    }

    case 'crossover': {
      const b = bounds(p, plan, sym);
      const [short, long] = (plan.lengths ?? [20, 50]) as [number, number];
      const want = plan.direction === 'up' ? "= 'above'" : plan.direction === 'down' ? "= 'below'" : 'IS NOT NULL';
      return {
        sql: lines(
          'WITH averaged AS (',
          `  SELECT symbol, trade_date, close,`,
          `         avg(close) OVER (PARTITION BY symbol ORDER BY trade_date ROWS BETWEEN ${short - 1} PRECEDING AND CURRENT ROW) AS ma_short,`,
          `         avg(close) OVER (PARTITION BY symbol ORDER BY trade_date ROWS BETWEEN ${long - 1} PRECEDING AND CURRENT ROW) AS ma_long,`,
          `         count(*) OVER (PARTITION BY symbol ORDER BY trade_date ROWS BETWEEN ${long - 1} PRECEDING AND CURRENT ROW) AS n`,
          '  FROM daily_bars',
          `  WHERE ${scope}trade_date BETWEEN ${b.from} - ${Math.ceil(long * 1.6) + 10} AND ${b.to}`,
          '), sides AS (',
          `  SELECT *, sign(ma_short - ma_long) AS side, lag(sign(ma_short - ma_long)) OVER (PARTITION BY symbol ORDER BY trade_date) AS prev_side`,
          `  FROM averaged WHERE n = ${long}`,
          '), crosses AS (',
          "  SELECT *, CASE WHEN side > 0 AND prev_side < 0 THEN 'above' WHEN side < 0 AND prev_side > 0 THEN 'below' END AS crossed",
          '  FROM sides',
          ')',
          `SELECT symbol, trade_date, close, ${num('ma_short')} AS ma${short}, ${num('ma_long')} AS ma${long}, crossed`,
          'FROM crosses',
          `WHERE crossed ${want} AND ${inWindow(b)}`,
          'ORDER BY symbol, trade_date',
        ),
        params: p.values,
      };
    }

    case 'threshold_days':
    case 'count_days': {
      const b = bounds(p, plan, sym);
      const t = plan.threshold ?? { op: '>', value: 0, percent: false };
      const value = plan.metric === 'return' ? 'ret * 100' : metricSql(plan.metric);
      const cond = `${value} ${t.op} ${p.add(t.value, 'float8')}`;
      const body = plan.metric === 'return' ? `${returnsCte(b, scope)}` : `returns AS (SELECT *, NULL::float8 AS ret FROM daily_bars WHERE ${scope}${inWindow(b)})`;
      if (plan.intent === 'count_days') {
        return {
          sql: lines(`WITH ${body}`, `SELECT symbol, count(*) FILTER (WHERE ${cond}) AS matching_days, count(*) AS days_in_window, min(trade_date) AS first_day, max(trade_date) AS last_day`, 'FROM returns', 'GROUP BY symbol', 'ORDER BY symbol'),
          params: p.values,
        };
      }
      return {
        sql: lines(`WITH ${body}`, `SELECT symbol, trade_date, open, high, low, close, volume${plan.metric === 'return' ? `, ${pct('ret', 3)} AS return_pct` : ''}`, 'FROM returns', `WHERE ${cond}`, 'ORDER BY symbol, trade_date'),
        params: p.values,
      };
    }

    case 'volatility': {
      const b = bounds(p, plan, sym);
      return {
        sql: lines(
          `WITH ${returnsCte(b, scope)}`,
          `SELECT symbol, count(*) AS days, ${num('stddev_samp(ret) * 100', 3)} AS daily_volatility_pct,`,
          `       ${num('stddev_samp(ret) * sqrt(252) * 100', 2)} AS annualised_volatility_pct, ${num('avg(ret) * 100', 3)} AS avg_daily_return_pct`,
          'FROM returns',
          'GROUP BY symbol',
          'ORDER BY symbol',
        ),
        params: p.values,
      };
    }

    case 'correlation': {
      const b = bounds(p, plan, sym);
      const [a, c] = plan.symbols as [string, string];
      const first = p.add(a, 'text');
      const second = p.add(c, 'text');
      return {
        sql: lines(
          `WITH ${returnsCte(b, scope)}`,
          `SELECT ${first} AS symbol_a, ${second} AS symbol_b, count(*) AS common_days, ${num('corr(x.ret, y.ret)', 4)} AS correlation`,
          `FROM returns x JOIN returns y ON x.trade_date = y.trade_date AND x.symbol = ${first} AND y.symbol = ${second}`,
        ),
        params: p.values,
      };
    }

    case 'day_range': {
      const b = bounds(p, plan, sym);
      if (plan.aggregation === 'avg') {
        return {
          sql: lines(`SELECT symbol, ${num('avg(high - low)')} AS avg_range, ${pct('avg((high - low) / open)')} AS avg_range_pct_of_open, count(*) AS days`, 'FROM daily_bars', `WHERE ${scope}${inWindow(b)}`, 'GROUP BY symbol', 'ORDER BY symbol'),
          params: p.values,
        };
      }
      return {
        sql: lines(`SELECT symbol, trade_date, open, high, low, close, ${num('high - low')} AS range, ${pct('(high - low) / open')} AS range_pct_of_open`, 'FROM daily_bars', `WHERE ${scope}${inWindow(b)}`, 'ORDER BY high - low DESC, trade_date', `LIMIT ${p.add(plan.limit, 'int')}`),
        params: p.values,
      };
    }

    case 'gaps': {
      const b = bounds(p, plan, sym);
      const size = p.add((plan.threshold?.value ?? 2) / 100, 'float8');
      const side = plan.direction === 'up' ? `open / prev_close - 1 > ${size}` : plan.direction === 'down' ? `open / prev_close - 1 < -${size}` : `abs(open / prev_close - 1) > ${size}`;
      return {
        sql: lines(`WITH ${returnsCte(b, scope)}`, `SELECT symbol, trade_date, prev_close, open, close, ${pct('open / prev_close - 1')} AS gap_pct`, 'FROM returns', `WHERE ${side}`, 'ORDER BY symbol, trade_date'),
        params: p.values,
      };
    }

    case 'sector': {
      const b = bounds(p, plan);
      const only = plan.sector ? `WHERE c.sector = ${p.add(plan.sector, 'text')}` : '';
      if (plan.metric === 'volume') {
        return {
          sql: lines(
            "SELECT coalesce(c.sector, 'unknown') AS sector, count(DISTINCT d.symbol) AS symbols, sum(d.volume) AS total_volume",
            'FROM daily_bars d LEFT JOIN companies c ON c.symbol = d.symbol',
            `WHERE ${inWindow(b, 'd.trade_date')}${plan.sector ? ` AND c.sector = ${p.add(plan.sector, 'text')}` : ''}`,
            "GROUP BY coalesce(c.sector, 'unknown')",
            'ORDER BY total_volume DESC',
          ),
          params: p.values,
        };
      }
      return {
        sql: lines(
          `WITH ${spanCtes(plan, b, '')}`,
          "SELECT coalesce(c.sector, 'unknown') AS sector, count(*) AS symbols,",
          `       ${pct('avg(s.last_close / s.base_close - 1)')} AS avg_change_pct,`,
          `       ${pct('percentile_cont(0.5) WITHIN GROUP (ORDER BY s.last_close / s.base_close - 1)')} AS median_change_pct`,
          `FROM span s LEFT JOIN companies c USING (symbol) ${only}`,
          "GROUP BY coalesce(c.sector, 'unknown')",
          'ORDER BY avg_change_pct DESC',
        ),
        params: p.values,
      };
    }

    case 'streak': {
      const b = bounds(p, plan, sym);
      const up = plan.direction !== 'down';
      return {
        sql: lines(
          `WITH ${returnsCte(b, scope)},`,
          'marked AS (',
          `  SELECT symbol, trade_date, ret, ret ${up ? '>' : '<'} 0 AS hit,`,
          `         row_number() OVER (PARTITION BY symbol ORDER BY trade_date)`,
          `         - row_number() OVER (PARTITION BY symbol, ret ${up ? '>' : '<'} 0 ORDER BY trade_date) AS run`,
          '  FROM returns',
          '), runs AS (',
          `  SELECT symbol, min(trade_date) AS first_day, max(trade_date) AS last_day, count(*) AS days, ${pct('exp(sum(ln(1 + ret))) - 1')} AS change_pct`,
          '  FROM marked WHERE hit GROUP BY symbol, run',
          ')',
          'SELECT DISTINCT ON (symbol) symbol, days, first_day, last_day, change_pct',
          'FROM runs',
          `ORDER BY symbol, days DESC, ${up ? 'change_pct DESC' : 'change_pct ASC'}`,
        ),
        params: p.values,
      };
    }

    case 'vwap': {
      const b = bounds(p, plan, sym);
      return {
        sql: lines(
          `SELECT symbol, ${num('sum(close * volume) / nullif(sum(volume), 0)')} AS vwap, sum(volume) AS volume, count(*) AS bars,`,
          '       min(trade_date) AS first_day, max(trade_date) AS last_day, bool_or(ts <> trade_date::timestamp) AS intraday',
          'FROM prices',
          `WHERE ${scope}${inWindow(b)}`,
          'GROUP BY symbol',
          'ORDER BY symbol',
        ),
        params: p.values,
      };
    }

    case 'minute_bars': {
      const b = bounds(p, plan, sym);
      return {
        sql: lines(
          'SELECT symbol, minute, open, high, low, close, volume, round(vwap::numeric, 4) AS vwap',
          'FROM minute_bars',
          // Daily rows sit at midnight: they are not minute bars.
          `WHERE ${scope}minute >= ${b.from}::timestamp AND minute < (${b.to} + 1)::timestamp AND minute <> minute::date::timestamp`,
          'ORDER BY symbol, minute',
        ),
        params: p.values,
        chart: { x: 'minute', y: 'close', series: 'symbol' },
      };
    }

    case 'period_summary': {
      const b = bounds(p, plan, sym);
      return {
        sql: lines(
          `WITH ${spanCtes(plan, b, scope)},`,
          'bars AS (',
          '  SELECT symbol, (array_agg(open ORDER BY trade_date))[1] AS open, max(high) AS high, min(low) AS low, sum(volume) AS volume',
          `  FROM daily_bars WHERE ${scope}${inWindow(b)} GROUP BY symbol`,
          ')',
          `SELECT s.symbol, s.first_day, s.last_day, s.days, b.open, b.high, b.low, s.last_close AS close, b.volume, ${pct('s.last_close / s.base_close - 1')} AS change_pct`,
          'FROM span s JOIN bars b USING (symbol)',
          'ORDER BY s.symbol',
        ),
        params: p.values,
      };
    }

    case 'off_high': {
      const b = bounds(p, plan, sym);
      return {
        sql: lines(
          'WITH ranked AS (',
          '  SELECT symbol, trade_date, close,',
          '         max(close) OVER (PARTITION BY symbol) AS high_close,',
          '         row_number() OVER (PARTITION BY symbol ORDER BY trade_date DESC) AS newest,',
          '         row_number() OVER (PARTITION BY symbol ORDER BY close DESC, trade_date) AS best',
          `  FROM daily_bars WHERE ${scope}${inWindow(b)}`,
          ')',
          `SELECT l.symbol, l.trade_date AS last_day, l.close AS last_close, h.trade_date AS high_day, h.close AS high_close, ${pct('l.close / h.close - 1')} AS off_high_pct`,
          'FROM ranked l JOIN ranked h ON h.symbol = l.symbol AND h.best = 1',
          'WHERE l.newest = 1',
          'ORDER BY l.symbol',
        ),
        params: p.values,
      };
    }

    case 'first_day':
      return {
        sql: lines(
          // The bounds once per symbol (its primary-key range), not per row: a correlated min() would walk the
          // (trade_date, symbol) index from the first date of all data for every row of the symbol.
          `WITH bounds AS (SELECT symbol, min(trade_date) AS first_day, max(trade_date) AS last_day FROM daily_bars WHERE symbol = ANY(${sym}) GROUP BY symbol)`,
          'SELECT d.symbol, d.trade_date, d.open, d.high, d.low, d.close, d.volume,',
          "       CASE WHEN d.trade_date = b.first_day THEN 'first' ELSE 'last' END AS session",
          'FROM daily_bars d JOIN bounds b ON b.symbol = d.symbol AND d.trade_date IN (b.first_day, b.last_day)',
          `WHERE d.symbol = ANY(${sym})`,
          'ORDER BY d.symbol, d.trade_date',
        ),
        params: p.values,
      };

    case 'coverage':
      return {
        sql: lines('SELECT symbol, min(trade_date) AS first_day, max(trade_date) AS last_day, count(*) AS days', 'FROM daily_bars', 'GROUP BY symbol', 'ORDER BY symbol'),
        params: p.values,
      };

    case 'symbols': {
      const only = plan.sector ? `WHERE c.sector = ${p.add(plan.sector, 'text')}` : '';
      return {
        sql: lines(
          'SELECT d.symbol, c.name, c.sector, d.first_day, d.last_day, d.days',
          'FROM (SELECT symbol, min(trade_date) AS first_day, max(trade_date) AS last_day, count(*) AS days FROM daily_bars GROUP BY symbol) d',
          `${plan.sector ? 'JOIN' : 'LEFT JOIN'} companies c ON c.symbol = d.symbol ${only}`,
          'ORDER BY d.symbol',
        ),
        params: p.values,
      };
    }
  }
}
