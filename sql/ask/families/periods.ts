// Figures per week, month, quarter or year ("monthly average close of Tesla in 2016"), and one period against
// another ("Intel's average close in 2016 against 2015": both averages and the change between them).

import type { Measure, Period, Plan, Stat } from '../plan.js';
import type { Reading } from '../reading.js';
import { bounds, describeWindow, lines, MEASURE_NAME, num, Params, pct, scopeSql, STAT_NAME, statSql, type CompiledQuery } from '../sql-parts.js';
import { allData } from '../time.js';
import { priceOfStat, takeMeasure, takeStat, VERSUS } from '../words.js';
import type { Family, ParseContext, Reading$ } from './family.js';

const PERIODS: [RegExp, Period][] = [
  [/\b(?:weekly|per week|by week|each week|every week|(?:for )?the weeks(?= ⟨t⟩)|week[- ]over[- ]week|wow)\b/, 'week'],
  [/\b(?:monthly|per (?:calendar )?month|by (?:calendar )?month|(?:for )?each (?:calendar )?month|every month|month[- ]over[- ]month|mom|month by month|(?:each|all) of the months)\b/, 'month'],
  [/\b(?:quarterly|per quarter|by quarter|each quarter|every quarter|quarter[- ]over[- ]quarter|qoq)\b/, 'quarter'],
  [/\b(?:yearly|annual|annually|per year|by year|each year|every year|year[- ]over[- ]year|yoy|year by year)\b/, 'year'],
];
/** The shared joining words of a comparison, and how a change between two periods is also said. */
const JOINS = new RegExp(`${VERSUS.source}|\\b(?:compared? (?:to|with)|comparison|than|over|from|to|and|go up|go down|change[ds]?|rose|risen|fell|fallen|increased|decreased|grown|grew|differ(?:ed|s)?|how did|with|higher|lower|more|less|bigger|smaller|wider|narrower|larger|greater)\\b`);

export const periods: Family = {
  name: 'periods',
  examples: ['monthly average close of Tesla in 2016', 'yearly volume of IBM', 'Apple month over month change in 2017', "Intel's average close in 2016 compared to 2015"],

  read(r: Reading, ctx: ParseContext): Reading$ | undefined {
    if (r.symbols.length !== 1 && !(r.symbols.length > 1 && r.times.length < 2)) return undefined;
    if (r.clock || r.has(/\b(?:bar|bars|candles?|ohlcv?)\b/)) return undefined;
    // Two periods named, or a range said as two ("how did its average volume change from 1999 to 2000").
    const ends = r.times.length === 1 && r.has(/\b(?:change[ds]?|compare[ds]?|go (?:up|down)|grow|grew|rise|rose|fall|fell)\b/) ? r.times[0]?.ends : undefined;
    if (r.times.length === 2 || ends) {
      const stat = takeStat(r, ['avg', 'median', 'sum', 'max', 'min']);
      const measure = priceOfStat(r, takeMeasure(r, ['close', 'open', 'high', 'low', 'volume', 'range']), stat);
      if (!stat || !measure) return undefined;
      r.takeAll(/\b(?:year[- ]over[- ]year|quarter[- ]over[- ]quarter|month[- ]over[- ]month|week[- ]over[- ]week)\b/);
      if (!r.take(JOINS) && !r.has(/⟨t⟩ (?:and|to|vs|versus) ⟨t⟩/)) return undefined;
      r.takeAll(JOINS);
      r.takeAll(/\b(?:daily|per day|trading|did|by how much|how much|compare|up|down|relative|the month before|before|previous|prior|period|year[- ]over[- ]year|quarter[- ]over[- ]quarter|month[- ]over[- ]month|yoy|qoq|mom|(?:percent(?:age)?|%) (?:difference|change|diff)|difference|diff|percent(?:age)?|%)(?=\W|$)/);
      const [a, b] = ends ?? [r.times[0]?.window, r.times[1]?.window];
      if (!a?.from || !b?.from || !a.to || !b.to) return undefined;
      const [earlier, later] = a.from <= b.from ? [a, b] : [b, a];
      return {
        kind: 'period-over-period',
        symbols: r.symbols,
        window: later,
        baseWindow: earlier,
        stat,
        measure,
        restatement: `the ${STAT_NAME[stat]} ${MEASURE_NAME[measure]} of ${r.symbols.join(', ')} over ${describeWindow(later)} against ${describeWindow(earlier)}, and the change between them`,
      };
    }
    const end = r.take(/\b(?:(?:month|quarter|year|week)[- ]end|end[- ]of[- ](?:month|quarter|year|week)|last close of (?:each|the) (?:month|quarter|year|week)|closing (?:price|level) at the end of each (?:month|quarter|year|week)|(?:at )?(?:the )?end of (?:each|every) (?:month|quarter|year|week))\b/);
    const named = end && (/week/.test(end[0]) ? 'week' : /quarter/.test(end[0]) ? 'quarter' : /year/.test(end[0]) ? 'year' : 'month');
    const period = PERIODS.find(([re]) => r.take(re))?.[1] ?? (named as Period | undefined);
    if (!period) return undefined;
    for (const [re] of PERIODS) r.takeAll(re); // "yearly high for each year"
    r.takeAll(/\b(?:(?:for )?each (?:year|quarter|week)|(?:for )?every (?:year|quarter|week))\b/);
    const change = r.take(/\b(?:change|changes|return|returns|growth|performance|gain)\b/);
    const stat: Stat | undefined = change ? 'change' : end ? 'last' : takeStat(r, ['avg', 'median', 'sum', 'max', 'min']);
    const measure: Measure = change ? 'close' : (priceOfStat(r, takeMeasure(r, ['close', 'open', 'high', 'low', 'volume', 'range']), stat) ?? 'close');
    // "yearly high" is the year's highest high, "monthly volume" its total, "weekly close" the week's last close
    // and "weekly open" its first open, as a weekly bar has them; "average" says otherwise.
    const s: Stat = stat ?? (measure === 'volume' ? 'sum' : measure === 'high' ? 'max' : measure === 'low' ? 'min' : measure === 'close' && r.used.some((u) => /clos/.test(u)) ? 'last' : measure === 'open' ? 'first' : 'avg');
    r.takeAll(/\b(?:daily|per day|trading|closes)\b/);
    const window = r.times[0]?.window ?? allData(ctx.data);
    if (window.day) return undefined;
    return {
      kind: change ? 'period-change' : 'grouped-by-period',
      symbols: r.symbols,
      window,
      groupBy: period,
      stat: s,
      measure,
      order: 'asc',
      limit: 0,
      restatement: change ? `the change of ${r.symbols.join(', ')}'s close from each ${period} to the next over ${describeWindow(window)}` : `the ${STAT_NAME[s]} ${MEASURE_NAME[measure]} of ${r.symbols.join(', ')} per ${period} over ${describeWindow(window)}`,
    };
  },

  compile(plan: Plan): CompiledQuery {
    const p = new Params();
    const scope = scopeSql(p, plan);
    const m = plan.measure as Measure;
    const x = m === 'range' ? '(high - low)' : m;
    if (plan.kind === 'period-over-period') {
      const later = bounds(p, plan.window, scope);
      const earlier = bounds(p, plan.baseWindow, scope);
      const stat = statSql(plan.stat as Stat, x);
      return {
        sql: lines(
          'WITH later AS (',
          `  SELECT symbol, ${stat} AS later_value, count(*) AS later_days FROM daily_bars WHERE ${scope}trade_date BETWEEN ${later.from} AND ${later.to} GROUP BY symbol`,
          '), earlier AS (',
          `  SELECT symbol, ${stat} AS earlier_value, count(*) AS earlier_days FROM daily_bars WHERE ${scope}trade_date BETWEEN ${earlier.from} AND ${earlier.to} GROUP BY symbol`,
          ')',
          `SELECT symbol, ${num('later_value', 6)} AS later_value, ${num('earlier_value', 6)} AS earlier_value, ${pct('later_value / nullif(earlier_value, 0) - 1')} AS change_pct, later_days, earlier_days`,
          'FROM later JOIN earlier USING (symbol) ORDER BY symbol',
        ),
        params: p.values,
      };
    }
    const b = bounds(p, plan.window, scope);
    const unit = p.add(plan.groupBy, 'text');
    if (plan.kind === 'period-change') {
      return {
        sql: lines(
          'WITH periods AS (',
          `  SELECT symbol, date_trunc(${unit}, trade_date)::date AS period, (array_agg(close ORDER BY trade_date DESC))[1] AS last_close`,
          `  FROM daily_bars WHERE ${scope}trade_date BETWEEN ${b.from} AND ${b.to} GROUP BY symbol, date_trunc(${unit}, trade_date)`,
          ')',
          `SELECT symbol, period, last_close, ${pct('last_close / lag(last_close) OVER (PARTITION BY symbol ORDER BY period) - 1')} AS change_pct`,
          'FROM periods ORDER BY symbol, period',
        ),
        params: p.values,
        chart: plan.symbols.length === 1 ? { x: 'period', y: 'change_pct' } : undefined,
      };
    }
    const name = `${plan.stat}_${m}`;
    return {
      sql: lines(
        `SELECT symbol, date_trunc(${unit}, trade_date)::date AS period, count(*) AS days, ${num(statSql(plan.stat as Stat, x), 6)} AS ${name}`,
        `FROM daily_bars WHERE ${scope}trade_date BETWEEN ${b.from} AND ${b.to}`,
        `GROUP BY symbol, date_trunc(${unit}, trade_date)`,
        'ORDER BY symbol, period',
      ),
      params: p.values,
      chart: plan.symbols.length === 1 ? { x: 'period', y: name } : undefined,
    };
  },
};
