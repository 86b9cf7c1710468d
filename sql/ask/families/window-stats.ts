// One figure of a symbol over a window: an average, extreme, total or median of a daily measure; volatility;
// the change between two dates; VWAP from minute bars; the window's candle (open, high, low, close, volume).

import type { Measure, Plan, Stat, Window } from '../plan.js';
import type { Reading } from '../reading.js';
import { bounds, clockSql, dailyCte, describeWindow, lines, MEASURE_NAME, num, Params, pct, scopeSql, STAT_NAME, statSql, type CompiledQuery } from '../sql-parts.js';
import { allData } from '../time.js';
import { priceOfStat, takeMeasure, takeNamedCloses, takeStat, takeVersus } from '../words.js';
import type { Family, ParseContext, Reading$ } from './family.js';

const VOLATILITY = /\b(?:volatil\w*|vol|std\.? ?dev\.?|standard deviation|stdev|sigma)\b/;
const VWAP = /\b(?:vwap|volume[- ]weighted(?: average)?(?: price)?)\b/;
const CANDLE = /\b(?:candles?(?:tick)?|(?:a )?(?:single|one) (?:(?:⟨t⟩|ohlcv?|open[- ]high[- ]low[- ]close(?:[- ]volume)?) )?bar|(?:weekly|monthly|quarterly|yearly|annual) (?:ohlcv? )?bar|ohlcv?|open\/high\/low\/close|open, high, low, close|open high low close|summary|summari[sz]e|overview)\b/;
const CHANGE = /(?:% change\b|\b(?:percent(?:age)? change|change[ds]?|return(?:ed)?|gain(?:ed)?|lose|lost|perform(?:ed|ance)?|moved?|rose|rise|risen|fell|fall(?:en)?|go(?:ne)? (?:up|down)|went (?:up|down)|drop(?:ped)?|declin(?:e|ed)|climb(?:ed)?|jump(?:ed)?|advanc(?:e|ed)|appreciat\w*|depreciat\w*|grow|grew|growth|how much|how did|how has|how have|do|did|done|(?:its )?first (?:day's |trading day's )?close|(?:its )?ipo close))\b/;
const PERIOD_WORD = /\b(?:monthly|weekly|yearly|annual|quarterly|daily|full[- ]day|whole[- ]day|intraday|regular[- ]hours?)\b/;

function readKind(r: Reading): { kind: string; stat: Stat; measure: Measure } | undefined {
  if (r.take(VOLATILITY)) {
    r.takeAll(VOLATILITY);
    r.takeAll(/\b(?:of |in )?(?:the )?(?:daily[- ])?(?:returns?|daily)\b|\b(?:not annuali[sz]ed|unannuali[sz]ed|annuali[sz]ed)\b/);
    return { kind: 'volatility', stat: 'stddev', measure: 'return' };
  }
  if (r.take(VWAP)) {
    r.takeAll(/\b(?:(?:using |from |over )?(?:every|each|all(?: the)?) minute bars?|all minute bars|minute bars|bars|minutes|including pre\/post[- ]market|pre\/post[- ]market|extended hours|full[- ]day|whole[- ]day|regular[- ]hours?|regular[- ]session|regular trading|intraday|for the|session|(?:the )?(?:first|last) (?:half )?hour(?: of (?:regular )?trading)?)\b/);
    return { kind: 'vwap', stat: 'vwap', measure: 'close' };
  }
  // "the latest three sessions, OHLCV", "daily open/high/low/close for the week of D", "AMD ohlc 8/1/16-8/5/16": a
  // row per session, not one bar over them. A bar over a span is asked as one (a candle, a bar, "the week of").
  const betweenDays = (w: Window) => Boolean(w.anchored && !w.day && w.from && w.to && w.from !== w.to);
  const perSession =
    (r.times.some((t) => (t.window.tradingDays && t.window.tradingDays > 1) || (t.window.firstTradingDays && t.window.firstTradingDays > 1) || betweenDays(t.window)) || r.has(/\b(?:daily|each (?:day|session)|per (?:day|session)|day[- ]by[- ]day)\b/)) &&
    !r.has(/\b(?:candles?|bar|summary|summari[sz]e|overview|combined|aggregate)\b/);
  // "one-minute OHLC from 9:30 to 9:34": the minute bars themselves, a row each (rows), not one candle over them.
  if (r.has(/\b(?:one|1)[- ]min(?:ute)?\b|\bminute[- ]by[- ]minute\b|\bper[- ]minute\b|\bminute bars?\b/) && !r.has(/\b(?:candles?|summary|combined|aggregate|single|one (?:\w+ )?bar)\b/)) return undefined;
  if (!perSession && (r.takeAll(CANDLE) > 0 || (r.has(/\bopen\b/) && r.has(/\bhigh\b/) && r.has(/\blow\b/) && r.has(/\bclose\b/)))) {
    r.takeAll(/\b(?:open|high|low|close|volume|total|bar|plus|and|\+|candle|hourly|one[- ]hour|built from|minute bars|from the|(?:a )?single row|one row|as one|one|single|ohlcv?|first|highest|lowest|last|aggregate[sd]?|collapse[sd]?|roll(?:ed)? up|into|covering|all of|trading|open[- ]high[- ]low[- ]close(?:[- ]volume)?|o\/h\/l\/c(?:\/v)?)(?=\W|$)/);
    r.takeAll(PERIOD_WORD);
    return { kind: 'candle', stat: 'first', measure: 'close' };
  }
  const stat = takeStat(r);
  const measure = priceOfStat(r, takeMeasure(r), stat);
  if (stat && measure && measure !== 'return' && measure !== 'gap') {
    r.takeAll(/\b(?:daily|per day|a day|each day|trading|traded|intraday|reached)\b/);
    return { kind: 'aggregate', stat, measure };
  }
  if (!stat && (measure === 'return' || measure === 'close' || !measure) && r.take(CHANGE)) {
    r.takeAll(CHANGE);
    takeNamedCloses(r);
    takeVersus(r);
    r.takeAll(/\b(?:its |the )?(?:first|ipo)(?: day's| trading day's| day| session's|[- ]day)?(?: close)?\b/);
    r.takeAll(/\b(?:%|percent(?:age)?|in percent|total|overall)\b/);
    return { kind: 'change', stat: 'change', measure: 'close' };
  }
  // "daily returns of Tesla last week" is a list of returns (rows), "Tesla's return in 2016" one change.
  if (!stat && measure === 'return' && !r.used.some((u) => /returns$/.test(u))) {
    takeNamedCloses(r);
    takeVersus(r);
    return { kind: 'change', stat: 'change', measure: 'close' };
  }
  return undefined;
}

export const windowStats: Family = {
  name: 'figures over a window',
  examples: ['average Microsoft close in 2016', 'highest Netflix volume last year', 'volatility of Tesla in 2016', 'how much did Amazon change in 2016', 'percent change of IBM from 2015-01-02 to 2016-01-04', 'VWAP of Tesla on 2017-11-10', 'monthly candle for Nvidia, March 2016'],

  read(r: Reading, ctx: ParseContext): Reading$ | undefined {
    if (!r.symbols.length || r.times.length > 2) return undefined;
    const k = readKind(r);
    if (!k) return undefined;
    if (r.clock && k.kind !== 'vwap' && k.kind !== 'candle') return undefined;
    let window = r.span();
    if (r.times.length === 2 && (!window || k.kind !== 'change')) return undefined;
    if (k.kind === 'change' && window?.day && !window.from) return undefined;
    if (k.kind === 'change' && window?.day) return undefined; // a one-day change is a daily return
    if (k.kind === 'vwap') window ??= { to: ctx.data.newest, tradingDays: 1, label: `the newest day in the data (${ctx.data.newest})` };
    window ??= allData(ctx.data);
    const who = r.symbols.join(', ');
    const w = describeWindow(window);
    const restatement = {
      volatility: `the volatility of ${who}: standard deviation of daily returns (and ×√252, annualised) over ${w}`,
      vwap: `the volume-weighted average price of ${who} over ${w}${r.clock ? ` from ${r.clock.from} to ${r.clock.to} New York time` : ''} (Σ close×volume ÷ Σ volume of the minute bars, or of the daily bars where there are no minute bars)`,
      candle: `one bar for ${who} over ${w}: first open, highest high, lowest low, last close, total volume`,
      change: `the percent change of ${who}'s close over ${w}${window.anchored ? ' (from the close of its first day)' : ' (from the close before it)'}`,
      aggregate: `the ${STAT_NAME[k.stat]} ${MEASURE_NAME[k.measure]} of ${who} over ${w}`,
    }[k.kind] as string;
    return { kind: k.kind, symbols: r.symbols, window, stat: k.stat, measure: k.measure, clock: r.clock ? { from: r.clock.from, to: r.clock.to } : undefined, restatement };
  },

  compile(plan: Plan): CompiledQuery {
    const p = new Params();
    const scope = scopeSql(p, plan);
    const b = bounds(p, plan.window, scope);
    switch (plan.kind) {
      case 'volatility':
        return {
          sql: lines(
            `WITH ${dailyCte(p, plan, b, [{ name: 'ret', measure: 'return' }], scope)}`,
            `SELECT symbol, min(trade_date) AS first_day, max(trade_date) AS last_day, count(ret) AS returns,`,
            `       ${pct('stddev_samp(ret)')} AS volatility_pct, ${num('100 * stddev_samp(ret) * sqrt(252)', 2)} AS annualised_pct`,
            `FROM d WHERE trade_date BETWEEN ${b.from} AND ${b.to}`,
            'GROUP BY symbol ORDER BY volatility_pct DESC',
          ),
          params: p.values,
        };
      case 'vwap': {
        const clock = clockSql(p, plan);
        return {
          sql: lines(
            'SELECT symbol, min(trade_date) AS first_day, max(trade_date) AS last_day, count(*) AS bars, sum(volume) AS volume,',
            `       ${num('sum(close * volume) / nullif(sum(volume), 0)', 6)} AS vwap`,
            'FROM prices',
            `WHERE ${scope}trade_date BETWEEN ${b.from} AND ${b.to}${clock}`,
            'GROUP BY symbol ORDER BY symbol',
          ),
          params: p.values,
        };
      }
      case 'candle':
        if (plan.clock) {
          // A candle of minutes ("11:00-12:00 today"), from the minute bars.
          return {
            sql: lines(
              'SELECT symbol, min(ts) AS first_minute, max(ts) AS last_minute, count(*) AS bars,',
              '       (array_agg(open ORDER BY ts))[1] AS open, max(high) AS high, min(low) AS low, (array_agg(close ORDER BY ts DESC))[1] AS close, sum(volume) AS volume',
              `FROM prices WHERE ${scope}trade_date BETWEEN ${b.from} AND ${b.to}${clockSql(p, plan)}`,
              'GROUP BY symbol ORDER BY symbol',
            ),
            params: p.values,
          };
        }
        return {
          sql: lines(
            'SELECT symbol, min(trade_date) AS first_day, max(trade_date) AS last_day, count(*) AS days,',
            '       (array_agg(open ORDER BY trade_date))[1] AS open, max(high) AS high, min(low) AS low,',
            '       (array_agg(close ORDER BY trade_date DESC))[1] AS close, sum(volume) AS volume',
            'FROM daily_bars',
            `WHERE ${scope}trade_date BETWEEN ${b.from} AND ${b.to}`,
            'GROUP BY symbol ORDER BY symbol',
          ),
          params: p.values,
        };
      case 'change':
        return changeQuery(p, plan, b, scope, 'ORDER BY change_pct DESC');
      default: {
        const x = plan.measure === 'range' ? '(high - low)' : (plan.measure as string);
        const stat = plan.stat as Stat;
        const name = `${stat}_${plan.measure}`;
        if (stat === 'max' || stat === 'min') {
          // An extreme comes with the day it happened.
          return {
            sql: lines(
              'WITH inside AS (',
              `  SELECT symbol, trade_date, ${x} AS value, count(*) OVER s AS days, min(trade_date) OVER s AS first_day, max(trade_date) OVER s AS last_day`,
              `  FROM daily_bars WHERE ${scope}trade_date BETWEEN ${b.from} AND ${b.to}`,
              '  WINDOW s AS (PARTITION BY symbol)',
              ')',
              `SELECT DISTINCT ON (symbol) symbol, trade_date, ${num('value', 6)} AS ${name}, first_day, last_day, days`,
              `FROM inside ORDER BY symbol, value ${stat === 'max' ? 'DESC' : 'ASC'}, trade_date`,
            ),
            params: p.values,
          };
        }
        return {
          sql: lines(
            `SELECT symbol, min(trade_date) AS first_day, max(trade_date) AS last_day, count(*) AS days, ${num(statSql(stat, x), 6)} AS ${name}`,
            'FROM daily_bars',
            `WHERE ${scope}trade_date BETWEEN ${b.from} AND ${b.to}`,
            `GROUP BY symbol ORDER BY ${name} DESC`,
          ),
          params: p.values,
        };
      }
    }
  },
};

/**
 * The change of each symbol's close over the window: from the close of the window's first day when the question
 * named it ("from 2015-01-02"), else from the close before the window; a named day that did not trade counts from
 * the session before it. Symbols without a close at the start are left out (they had not listed yet). Across every
 * stock, a symbol counts only if it traded on the window's first and last sessions: one that stopped trading
 * inside the window did not make that move.
 */
export function changeQuery(p: Params, plan: Plan, b: { from: string; to: string }, scope: string, order: string, limit?: string): CompiledQuery {
  const anchored = plan.window?.anchored ? '<=' : '<';
  const before = `${scope}trade_date ${anchored} ${b.from} AND trade_date >= ${b.from} - 14`;
  const inside = `${scope}trade_date <= ${b.to} AND trade_date >= ${b.from}`;
  // Across every stock, the rows of the market's two sessions themselves: the same symbols as each one's own
  // last session kept only when it is the market's, read by the date index alone.
  const close = (day: string, range: string) =>
    plan.everyStock
      ? `  SELECT symbol, trade_date AS ${day}_day, close AS ${day}_close FROM daily_bars\n  WHERE ${scope}trade_date = (SELECT max(trade_date) FROM prices WHERE ${range})`
      : `  SELECT DISTINCT ON (symbol) symbol, trade_date AS ${day}_day, close AS ${day}_close FROM daily_bars\n  WHERE ${range} ORDER BY symbol, trade_date DESC`;
  return {
    sql: lines(
      'WITH base AS (',
      close('base', before),
      '), last AS (',
      close('last', inside),
      ')',
      `SELECT symbol, base_day, base_close, last_day, last_close, ${pct('last_close / base_close - 1')} AS change_pct`,
      'FROM base JOIN last USING (symbol)',
      order,
      limit,
    ),
    params: p.values,
  };
}
