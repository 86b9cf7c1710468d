// How many sessions met a condition ("how many days did Tesla close above 300 in 2017"), which ones ("days Tesla
// closed above 300"), and how many stocks met one on a day or over a window ("how many stocks closed above $100").

import type { Measure, Plan, Threshold } from '../plan.js';
import type { Reading } from '../reading.js';
import { bounds, type Bounds, column, dailyCte, describeWindow, lines, MEASURE_NAME, Params, scopeSql, valueSql, type CompiledQuery } from '../sql-parts.js';
import { allData } from '../time.js';
import { changeQuery } from './window-stats.js';
import { DOWN, NUMBER, takeMeasure, takeThreshold, UP } from '../words.js';
import type { Family, ParseContext, Reading$ } from './family.js';

const HOW_MANY = /\b(?:how many|number of|count(?: of)?|count the|how often)\b/;
const DAYS = /(?<!\d[- ]?)\b(?:days?|sessions?|sesions?|times|trading days|occasions)\b/;
const STOCKS = /\b(?:stocks?|symbols?|tickers?|companies|names|etfs?|funds?|securities|instruments|of (?:the|them|these))\b/;
const RECORD = /\b(?:(?:at )?(?:a |an )?(?:new )?(?:record|all[- ]time) (?:high|close|closing high)|new highs?)\b/;
const GAP_UP = /\bopen(?:ed|s)? (?:above|higher than|up from) (?:their|its|the) (?:previous|prior|last) (?:day's )?close\b|\bgap(?:s|ped|ping)?[- ](?:up|higher)\b/;
const GAP_DOWN = /\bopen(?:ed|s)? (?:below|lower than|down from) (?:their|its|the) (?:previous|prior|last) (?:day's )?close\b|\bgap(?:s|ped|ping)?[- ](?:down|lower)\b/;
const ABOVE_OPEN = /\b(?:close[sd]? (?:higher|above|up) (?:than |from |over )?(?:it |the |its |their )?open(?:ed|ing|s)?(?: price)?|(?:finished|ended) (?:above|higher than) (?:the |its )?open)\b/;
const BELOW_OPEN = /\b(?:close[sd]? (?:lower|below|down) (?:than |from )?(?:it |the |its |their )?open(?:ed|ing|s)?(?: price)?|(?:finished|ended) (?:below|lower than) (?:the |its )?open)\b/;

interface Condition {
  measure: Measure;
  /** Length of the moving average a close is compared with (measure vs_ma). */
  n?: number;
  threshold: Threshold;
  /** Over the whole window (change) rather than per day. */
  change?: boolean;
}

function readCondition(r: Reading): Condition | undefined {
  const ma = r.take(/\b(?:close[sd]? |trad(?:ed|ing) )?(above|below|over|under) (?:their|its|the) (\d{1,3})[- ]?day (?:simple )?(?:moving )?(?:average|avg|ma|sma)s?\b/);
  if (ma) return { measure: 'vs_ma', n: Number(ma[2]), threshold: { op: /above|over/.test(ma[1] as string) ? '>' : '<', value: 0, percent: true } };
  // "opened more than 0.5% below the prior close": a gap beyond a size.
  const gap = r.take(/\bopen(?:ed|s)? (more than|at least|over|by more than) (\d+(?:\.\d+)?) ?(?:%|percent) (below|under|lower than|above|over|higher than) (?:their|its|the) (?:previous|prior|last) (?:day's |session's )?close\b/);
  // "gapped down by more than 3% at the open": the same, said with the gap's own verb.
  const sized = gap ? undefined : r.take(/\bgap(?:ped|s)? (down|lower|up|higher) (?:by )?(more than|at least|over) (\d+(?:\.\d+)?) ?(?:%|percent)(?: (?:at|on) the open)?(?!\w)/);  // not \b: after a '%' there is none
  if (sized) {
    const size = Number(sized[3]);
    const strict = sized[2] !== 'at least';
    return /down|lower/.test(sized[1] as string) ? { measure: 'gap', threshold: { op: strict ? '<' : '<=', value: -size, percent: true } } : { measure: 'gap', threshold: { op: strict ? '>' : '>=', value: size, percent: true } };
  }
  if (gap) {
    const size = Number(gap[2]);
    const strict = gap[1] !== 'at least';
    return /below|under|lower/.test(gap[3] as string) ? { measure: 'gap', threshold: { op: strict ? '<' : '<=', value: -size, percent: true } } : { measure: 'gap', threshold: { op: strict ? '>' : '>=', value: size, percent: true } };
  }
  const gapped = r.take(GAP_UP) ? '>' : r.take(GAP_DOWN) ? '<' : undefined;
  if (gapped) {
    r.take(/\b(?:at|on) the open\b/);
    return { measure: 'gap', threshold: { op: gapped, value: 0, percent: true } };
  }
  if (r.take(ABOVE_OPEN)) return { measure: 'intraday', threshold: { op: '>', value: 0, percent: true } };
  if (r.take(BELOW_OPEN)) return { measure: 'intraday', threshold: { op: '<', value: 0, percent: true } };
  if (r.take(RECORD)) {
    r.takeAll(/\b(?:close[sd]?|closing|finish(?:ed)?|end(?:ed)?|at)\b/);
    return { measure: 'off_high', threshold: { op: '>=', value: 0, percent: false } };
  }
  const measure = takeMeasure(r);
  const moved = r.take(UP) ?? r.take(DOWN);
  const threshold = takeThreshold(r);
  const either = Boolean(r.take(/\b(?:either way|in either direction|either direction|up or down|in absolute terms)\b/));
  if (either && threshold) {
    r.takeAll(/\b(?:move[ds]?|moving|swing|swung)\b/);
    return { measure: measure === 'gap' ? 'gap' : 'return', threshold: { ...threshold, abs: true } };
  }
  const direction = moved ? (UP.test(moved[0]) ? 'up' : 'down') : undefined;
  r.takeAll(/\b(?:at the open|on the open|where|on the day|the day|than the previous session|(?:the )?(?:previous|prior)(?: session| day| close)?|than the prior session|than\s+(?:the\s+)?(?:(?:day|session)\s+)?before|previous session|finished|ended|closed|close|daily|day|a day|in a day|in one day|single[- ]day)\b/);
  let m: Measure | undefined = measure;
  if (!m && (direction || threshold?.percent)) m = 'return';
  if (m === 'close' && direction && (!threshold || threshold.percent)) m = 'return';
  if (!m) return undefined;
  if (threshold) {
    if (threshold.percent && (m === 'return' || m === 'gap') && direction === 'down' && threshold.value > 0) return { measure: m, threshold: { op: threshold.op === '>' ? '<' : threshold.op === '>=' ? '<=' : threshold.op, value: -threshold.value, percent: true } };
    if (threshold.percent && m !== 'return' && m !== 'gap') return { measure: 'return', threshold };
    return { measure: m, threshold };
  }
  if (direction && (m === 'return' || m === 'gap')) return { measure: m, threshold: { op: direction === 'up' ? '>' : '<', value: 0, percent: true } };
  return undefined;
}

const cond = (c: Condition) => `${c.change ? 'change over the window' : MEASURE_NAME[c.measure]} ${c.threshold.op} ${c.threshold.value}${c.threshold.percent ? '%' : ''}`;

/**
 * "How many stocks closed at a record high on D": each stock that traded on D, from its row of daily_stats and the
 * one before (the highest close until then); a tie with the old high counts as a record. Probing each stock's
 * history back from D for a higher close read 785,000 rows at 4× the bench table (0.6 s).
 */
function recordHighs(p: Params, scope: string, b: Bounds): CompiledQuery {
  return {
    sql: lines(
      'WITH seen AS (',
      '  SELECT t.symbol, coalesce(prev.high_close <= t.close, true) AS record',
      `  FROM (SELECT * FROM daily_stats WHERE ${scope}trade_date BETWEEN ${b.from} AND ${b.to}) t`,
      '  LEFT JOIN daily_stats prev ON prev.symbol = t.symbol AND prev.n = t.n - 1',
      ')',
      'SELECT count(*) FILTER (WHERE record) AS stocks, count(*) AS of_stocks, array_agg(symbol ORDER BY symbol) FILTER (WHERE record) AS symbols FROM seen',
    ),
    params: p.values,
  };
}

export const counts: Family = {
  name: 'counts',
  examples: ['how many days did Amazon close above 1000 in 2017', 'how many up days did Tesla have in 2016', 'days Tesla closed above 300', 'how many stocks closed above $100 on 2017-06-01', 'Tesla gaps up last month'],

  read(r: Reading, ctx: ParseContext): Reading$ | undefined {
    if (r.clock || r.times.length > 2) return undefined;
    if (r.has(/\b(?:best|worst|biggest|largest|highest|lowest|most|least|top|hardest)\b/)) return undefined; // a superlative: extremes or rankings
    // "who had more up days in 2016, Tesla or Netflix": each one's count, the most first.
    const more = r.symbols.length > 1 && Boolean(r.take(/\b(?:who|which(?: one| stock| of (?:them|the two))?) (?:had|has|saw|got|logged|posted|recorded|racked up) more\b/));
    const howMany = Boolean(r.take(HOW_MANY)) || more;
    const stocks = r.symbols.length === 0 && r.has(STOCKS);
    if (!r.symbols.length && !stocks) return undefined;
    const listed = r.has(/^⟨s⟩ (?:gap|gapped|gaps|gapping|closed|closes|rose|fell|dropped|jumped|opened)\b/); // "Tesla gaps up last month"
    if (r.symbols.length && !r.has(DAYS) && !howMany && !listed) return undefined;
    if (!howMany && !listed && !r.has(/\b(?:which|what|list|show|when|days|sessions)\b/)) return undefined;
    const which = !howMany && stocks && Boolean(r.take(/\b(?:which|what|list|show|name)\b/));
    if (!howMany && stocks && !which) return undefined;
    r.takeAll(DAYS);
    // "how many of the 13 stocks": the universe's size, as the user counts it (the answer gives its own count).
    if (stocks) r.take(new RegExp(`\\b${NUMBER}(?= (?:stocks?|symbols?|tickers?|companies|names|etfs?|funds?)\\b)`));
    if (stocks) r.takeAll(STOCKS);
    r.takeAll(/\b(?:did|have|had|were|was|which|what|when|list|see|saw|with|a|of)\b/);
    const c = readCondition(r);
    if (!c) return undefined;
    if (r.times.length && !r.span()) return undefined;
    r.takeAll(/\b(?:list them|them|with (?:the |their )?(?:close|closes|prices?)|they|were)\b/);
    let window = r.span() ?? (stocks ? { from: ctx.data.newest, to: ctx.data.newest, day: ctx.data.newest, label: `the newest day in the data → ${ctx.data.newest}` } : allData(ctx.data));
    if (stocks && c.measure === 'return' && !window.day) c.change = true; // over a window: the change from start to end
    if (which && c.measure === 'return' && window.day) c.change = true; // on a day: its return, from the close before
    if (!stocks && window.day && !window.from) window = { ...window };
    const w = describeWindow(window);
    return {
      kind: which ? 'stocks-meeting' : stocks ? 'cross-stock-count' : howMany ? 'threshold-count' : 'threshold-days',
      symbols: stocks ? [] : r.symbols,
      everyStock: stocks,
      sector: r.sector,
      window,
      measure: c.measure,
      lengths: c.n ? [c.n] : undefined,
      threshold: c.threshold,
      stat: c.change ? 'change' : 'count',
      ...(more ? { order: 'desc' as const } : {}),
      restatement: which ? `the stocks with ${cond(c)} ${window.day ? 'on' : 'over'} ${w}` : stocks ? `how many stocks had ${cond(c)} ${window.day ? 'on' : 'over'} ${w}` : howMany ? `how many sessions of ${r.symbols.join(', ')} had ${cond(c)}, over ${w}${more ? ', the most first' : ''}` : `the sessions of ${r.symbols.join(', ')} with ${cond(c)}, over ${w}`,
    };
  },

  compile(plan: Plan): CompiledQuery {
    const p = new Params();
    const scope = scopeSql(p, plan);
    const b = bounds(p, plan.window, scope);
    const t = plan.threshold as Threshold;
    if (plan.kind === 'cross-stock-count' && plan.measure === 'off_high' && t.op === '>=' && t.value === 0 && plan.window?.day && plan.window.from === plan.window.to) return recordHighs(p, scope, b);
    const value = p.add(t.percent ? t.value / 100 : t.value, 'float8');
    const size = (x: string) => (t.abs ? `abs(${x})` : x);
    const m = plan.measure as Measure;
    const basic = ['close', 'open', 'high', 'low', 'volume'].includes(m);
    const x = basic ? m : 'value';
    const d = `WITH ${dailyCte(p, plan, b, basic ? [] : [{ name: 'value', measure: m, n: plan.lengths?.[0] }], scope)}`;
    const where = `trade_date BETWEEN ${b.from} AND ${b.to} AND ${size(x)} ${t.op} ${value}`;
    if (plan.kind === 'stocks-meeting') {
      if (plan.stat === 'change') {
        const inner = changeQuery(p, plan, b, scope, '');
        return { sql: lines('WITH changes AS (', inner.sql, ')', `SELECT * FROM changes WHERE change_pct ${t.op} 100 * ${value} ORDER BY change_pct ${t.op.startsWith('<') ? 'ASC' : 'DESC'}, symbol`), params: p.values };
      }
      return { sql: lines(d, `SELECT symbol, trade_date, ${basic ? x : `${valueSql(m, 'value')} AS ${column(m)}`}, close FROM d WHERE ${where}`, `ORDER BY ${basic ? x : column(m)} ${t.op.startsWith('<') ? 'ASC' : 'DESC'}, symbol`), params: p.values };
    }
    if (plan.stat === 'change') {
      const inner = changeQuery(p, plan, b, scope, '');
      const cond = `change_pct ${t.op} 100 * ${value}`;
      return { sql: lines('WITH changes AS (', inner.sql, ')', `SELECT count(*) FILTER (WHERE ${cond}) AS stocks, count(*) AS of_stocks, array_agg(symbol ORDER BY symbol) FILTER (WHERE ${cond}) AS symbols FROM changes`), params: p.values };
    }
    if (plan.kind === 'cross-stock-count') {
      const inside = `trade_date BETWEEN ${b.from} AND ${b.to}`;
      return { sql: lines(d, `SELECT count(DISTINCT symbol) FILTER (WHERE ${where}) AS stocks, count(DISTINCT symbol) FILTER (WHERE ${inside}) AS of_stocks, array_agg(DISTINCT symbol) FILTER (WHERE ${where}) AS symbols FROM d`), params: p.values };
    }
    if (plan.kind === 'threshold-count') {
      return { sql: lines(d, `SELECT symbol, count(*) FILTER (WHERE ${size(x)} ${t.op} ${value}) AS matching_days, count(*) AS days`, `FROM d WHERE trade_date BETWEEN ${b.from} AND ${b.to}`, `GROUP BY symbol ORDER BY ${plan.order ? `matching_days ${plan.order === 'desc' ? 'DESC' : 'ASC'}, ` : ''}symbol`), params: p.values };
    }
    return {
      // "days Tesla closed above 300": the days, and how many there were (on each row, beside the list).
      sql: lines(d, `SELECT symbol, trade_date, open, high, low, close, volume${basic ? '' : `, ${valueSql(m, 'value')} AS ${column(m)}`}, count(*) OVER (PARTITION BY symbol) AS matching_days`, `FROM d WHERE ${where}`, 'ORDER BY symbol, trade_date'),
      params: p.values,
      chart: plan.symbols.length === 1 ? { x: 'trade_date', y: 'close' } : undefined,
    };
  },
};
