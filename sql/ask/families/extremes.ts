// The day something peaked within a window: the highest close, the lowest low, the heaviest volume, the biggest
// one-day gain or drop, the largest gap. Answers with the day(s) and the value, biggest first.

import type { Measure, Plan } from '../plan.js';
import type { Reading } from '../reading.js';
import { bounds, column, dailyCte, describeWindow, lines, MEASURE_NAME, Params, scopeSql, valueSql, type CompiledQuery } from '../sql-parts.js';
import { allData } from '../time.js';
import { DOWN, priceOfStat, takeCount, takeMeasure, takeStat, UP } from '../words.js';
import type { Family, ParseContext, Reading$ } from './family.js';

const WHEN = /\b(?:when|how (?:large|big|much|deep|steep)|which (?:day|date|session)|what (?:day|date|session)|on what (?:day|date)|(?:the )?(?:day|date) (?:of|when)|date and price|which day and what price|and when|what was it|dates?|days?|sessions?)\b/;
const MOVE_DAY = /\b(?:(?:one|1|single)[- ]day|daily|day|session|days|sessions|moves?|move up|move down)\b/;
const EITHER = /\b(?:either way|either direction|in either direction|up or down|absolute|biggest absolute)\b/;

export const extremes: Family = {
  name: 'extremes within a window',
  examples: ['when did Tesla hit its highest close', 'which day had the lowest Apple close in 2016', 'biggest daily drops of Netflix', 'biggest one-day gain for AMD in 2016', 'largest gap down for Netflix in 2014'],

  read(r: Reading, ctx: ParseContext): Reading$ | undefined {
    if (!r.symbols.length || r.times.length > 1 || r.clock) return undefined;
    let window = r.times[0]?.window ?? allData(ctx.data);
    if (window.day) {
      // "the record close as of the end of 2014": everything up to that day.
      if (!r.has(/\b(?:as of|so far|record|all[- ]time|ever|to date|up to|by(?! how much))\b/)) return undefined;
      window = { from: ctx.data.oldest, to: window.day, label: `${window.label} (everything up to it)` };
    }
    const limit = takeCount(r);
    const allTimeHigh = r.take(/\b(?:all[- ]time high|ath)\b/);
    let stat = allTimeHigh ? 'max' : takeStat(r, ['max', 'min']);
    const best = r.take(/\b(?:best|worst|strongest|weakest)\b/);
    let measure: Measure | undefined = takeMeasure(r) ?? (allTimeHigh ? 'high' : undefined);
    let direction: 'up' | 'down' | undefined;
    if (best) direction = /best|strongest/.test(best[0]) ? 'up' : 'down';
    // "the largest move, up or down": either way, read before "up" alone can be.
    const either = Boolean(r.take(EITHER));
    const up = r.take(UP);
    const down = r.take(DOWN);
    if (up && !down) direction = 'up';
    if (down && !up) direction = 'down';
    const moveDay = r.take(MOVE_DAY);
    r.takeAll(MOVE_DAY);
    r.takeAll(/\b(?:percentage|percent|%)(?=\W|$)/);
    // "the worst day", "the biggest one-day gain": a return; a bare "day" says nothing of which measure.
    if (!measure && (direction || either || r.used.some((u) => /move/.test(u)))) measure = 'return';
    if (!measure) return undefined;
    // "the day it set its 2015 high": a period's high is its highest high, its low the lowest low.
    if (!stat && (measure === 'high' || measure === 'low') && r.has(/\b(?:set|hit|made|reach(?:ed)?|post(?:ed)?)\b/)) stat = measure === 'high' ? 'max' : 'min';
    if (!stat && !best && !either) return undefined; // "Tesla gaps up": a list of days, not the biggest one
    if (!r.take(WHEN) && !moveDay && !best && !(stat && limit)) {
      if (measure !== 'return' && measure !== 'gap') return undefined;
    }
    r.takeAll(WHEN);
    r.takeAll(/\bwhich one(?: (?:was|is) it)?\b/);
    r.takeAll(/\b(?:post(?:ed)?|make|made|set|go|went|reach(?:ed)?|have|had|see|saw|hit|trade[sd]?|record(?:ed)?|close[sd]?|so far|as of|ever|in history|what (?:price|value|close|level))\b/);
    measure = priceOfStat(r, measure, stat) ?? measure;
    if (measure !== 'return' && measure !== 'gap') direction = stat === 'min' ? 'down' : 'up';
    const abs = either && (measure === 'return' || measure === 'gap');
    direction ??= 'up';
    const what = measure === 'return' || measure === 'gap' ? `${abs ? 'largest' : direction === 'up' ? 'biggest upward' : 'biggest downward'} ${MEASURE_NAME[measure]}` : `${direction === 'up' ? 'highest' : 'lowest'} ${MEASURE_NAME[measure]}`;
    return {
      kind: measure === 'return' || measure === 'gap' ? 'biggest-move-day' : 'extreme-day',
      symbols: r.symbols,
      window,
      measure,
      direction,
      stat: abs ? 'max' : undefined,
      limit: limit ?? (moveDay && /s$/.test(moveDay[0]) ? 10 : 1),
      restatement: `the day${(limit ?? 1) > 1 ? 's' : ''} of the ${what} of ${r.symbols.join(', ')} over ${describeWindow(window)}`,
    };
  },

  compile(plan: Plan): CompiledQuery {
    const p = new Params();
    const scope = scopeSql(p, plan);
    const b = bounds(p, plan.window, scope);
    const m = plan.measure as Measure;
    const col = column(m);
    const key = plan.stat === 'max' ? 'abs(value)' : 'value';
    return {
      sql: lines(
        `WITH ${dailyCte(p, plan, b, [{ name: 'value', measure: m }], scope)}, ranked AS (`,
        `  SELECT symbol, trade_date, value, close AS close_, volume AS volume_,`,
        `         row_number() OVER (PARTITION BY symbol ORDER BY ${key} ${plan.direction === 'down' ? 'ASC' : 'DESC'}, trade_date) AS n`,
        `  FROM d WHERE trade_date BETWEEN ${b.from} AND ${b.to} AND value IS NOT NULL`,
        ')',
        `SELECT symbol, trade_date, ${valueSql(m, 'value')} AS ${col}${m === 'close' ? '' : ', close_ AS close'}${m === 'volume' ? '' : ', volume_ AS volume'} FROM ranked`,
        `WHERE n <= ${p.add(plan.limit ?? 1, 'int')}`,
        'ORDER BY symbol, n',
      ),
      params: p.values,
    };
  },
};
