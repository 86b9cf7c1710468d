// A symbol's value on one session: its close, open, high, low, volume, range, return, gap, N-day moving average,
// 52-week high and low, or distance from its highest close so far. A day that did not trade answers with the
// session before, said so.

import type { Measure, Plan } from '../plan.js';
import type { Reading } from '../reading.js';
import { bounds, column, dailyCte, lines, MEASURE_NAME, Params, pct, scopeSql, valueSql, type CompiledQuery } from '../sql-parts.js';
import { takeLengths, takeMeasure } from '../words.js';
import type { Family, ParseContext, Reading$ } from './family.js';

const WEEK52 = /\b(?:52|fifty[- ]two)[- ]?(?:weeks?|wks?|w)\b|\b(?:one|1)[- ]year\b/;
const OFF_HIGH = /(?:% (?:below|off|from)\b|\b(?:how far (?:below|off|from|under)?|distance (?:of|from|to|below)|compared (?:with|to)|relative to|stand(?:s|ing)? relative to|stood relative to|(?:stand|stood|sit|sat)(?= .*\b(?:vs|versus|against|compared|relative)\b)|vs\.?|versus|against|drawdown (?:from)?|percent(?:age)? (?:below|off|from)|below|off|down from|under|trail(?:s|ed|ing)?|short of)\b)/;
const HIGH_SO_FAR = /\b(?:(?:its|the|their) )?(?:(?<=\b(?:off|below|from|under) (?:its |the |their )?)high(?![- ]water|[- ]close| (?:price|of the day))|all[- ]time(?: closing)?[- ]high|all[- ]time (?:peak|record|top|max(?:imum)?)|ath|record|peak|highest[- ]ever|highest|max(?:imum)?|top|highs|closing high|high close|high[- ]water(?: mark)?(?: close)?)(?: in (?:its|their|the) (?:history|data))?(?: (?:close|closing price|closing high|high|price))?(?: (?:it |they )?had reached)?(?: so far| to date| up to then| up to (?:that|the) (?:day|date|point|session)| at the time)?\b/;
const DISTANCE_52W = /\b(?:how close (?:was|is) (?:it )?to|how close|close to|how far (?:above|below|off|from|under)?|distance|where (?:is|was|does|did)|relative to|compared (?:to|with)|vs\.?|versus|above|below|off|from|sit|sits|stand|stands)\b/;
const MA = /\b(?:simple )?(?:moving averages?|moving avg|sma|dma|ma|average|avg|mean)\b/;
const RETURN_WORDS = /\b(?:moves?d?|changes?d?|gain(?:ed)?|loss|lose|lost|return(?:ed)?|performance|% change|percent(?:age)? change|up or down|rise|rose|fall|fell|drop(?:ped)?|declin(?:e|ed)|jump(?:ed)?|slid|slide|plung(?:e|ed)|tumbl(?:e|ed)|advanc(?:e|ed)|climb(?:ed)?|sank|sink|surg(?:e|ed)|soar(?:ed)?)\b/;

export const dayValues: Family = {
  name: 'values on a day',
  examples: ['Tesla close on 2016-03-04', 'Apple daily return on 2016-04-27', 'opening gap of Amazon on 2017-10-27', 'Nvidia 52-week high and low', '50-day moving average of Apple on 2016-06-01', 'how far below its all-time high was Netflix on 2016-07-19'],

  read(r: Reading, ctx: ParseContext): Reading$ | undefined {
    if (!r.symbols.length || r.times.length > 1 || r.clock) return undefined;
    r.takeAll(/\b(?:current|currently|now|today's|todays)\b/);
    const t = r.times[0];
    if (t && !t.window.day) return undefined;
    const day = t?.window.day ?? ctx.data.newest;
    // No day named: each symbol's newest session (found in the data, as for "yesterday").
    const window = t?.window ?? { to: day, day, label: `the newest session in the data up to ${day}` };
    let measures: Measure[];
    let lengths: number[] | undefined;
    if (r.take(WEEK52)) {
      r.takeAll(WEEK52);
      const high = Boolean(r.take(/\bhighs?\b/));
      const low = Boolean(r.take(/\blows?\b/));
      r.take(/\b(?:range|and)\b/);
      measures = high === low ? ['high_52w', 'low_52w'] : high ? ['high_52w'] : ['low_52w'];
      r.take(/\b(?:at|as of|on) the close(?: of| on)?\b/); // "as of the close of D": the day
      if (!t) r.take(/\b(?:as of |at |on )?(?:the )?(?:latest|last|most recent|newest) (?:trading )?(?:session|day|close)\b/);
      // "how far below its 52-week high": the distance comes with the high and the close.
      if (r.take(DISTANCE_52W)) {
        r.takeAll(DISTANCE_52W);
        r.takeAll(/\b(?:in (?:%|percent)|percent(?:age)?|from|the|its|close|closing price)\b/);
      }
    } else if ((r.has(OFF_HIGH) && r.has(HIGH_SO_FAR) && r.take(HIGH_SO_FAR) && r.take(OFF_HIGH)) || r.take(/\bdrawdown\b/)) {
      // The high first: "off its high" is read as the high only while "off" is still before it.
      r.take(HIGH_SO_FAR);
      r.takeAll(OFF_HIGH);
      // "the distance of the D close from the highest close so far": the close is the day's, measured from the high.
      if (r.used.some((u) => /^distance/.test(u))) r.take(/\bfrom\b/);
      r.take(/\b(?:close|closing price)\b/);
      r.take(/\b(?:in (?:%|percent)|percent|as a percentage)\b/);
      measures = ['off_high'];
    } else if ((lengths = takeLengths(r)).length === 1 && (r.take(MA) || r.used.some((u) => /(?:dma|sma|ma)s?$/.test(u)))) {
      measures = ['ma'];
      r.take(/\b(?:of (?:the )?)?(?:close|closing prices?|closes)\b/);
    } else {
      if (lengths.length) return undefined;
      // "How much did FXY move on D (close to close)": a move word makes it the return, whatever price it names.
      const moved = !r.has(/\bgap/) && r.has(RETURN_WORDS) && r.has(/\b(?:how much|by how much|how big|what was|did)\b|%|percent/);
      const m = moved ? (r.takeAll(RETURN_WORDS), r.takeAll(/\b(?:close[- ]to[- ]close|close|closing price|daily|day[- ]over[- ]day)\b/), 'return' as const) : (takeMeasure(r) ?? (r.take(RETURN_WORDS) ? 'return' : undefined));
      if (!m) return undefined;
      if (m !== 'return') r.take(/\bdaily\b/); // "INDA's daily close on D": that day's close
      if (m === 'return') r.take(/\b(?:vs\.?|versus|against|from|relative to|compared (?:to|with)) (?:the )?(?:prior|previous|last) (?:session|day|close|trading day)(?:'s close)?\b/);
      if (r.has(/\b(?:average|avg|mean|median|total|sum|max|min|highest|lowest|biggest|largest|most|least|best|worst)\b/)) return undefined;
      if (m === 'volume') r.takeAll(/\bhow many\b/);
      if (m === 'gap' || m === 'return') r.takeAll(/\b(?:by how much|how much|at the open|on the open|open(?:ed)? (?:above|below|higher|lower)(?: or (?:above|below|higher|lower))?(?: (?:than|the))* (?:prior|previous|last|preceding) (?:close|session's close)|(?:above|below) the (?:prior|previous) close|(?:vs\.?|versus|against|from|over|relative to|compared (?:to|with)) (?:the )?(?:prior|previous|preceding)(?: (?:close|session(?:'s close)?|day(?:'s close)?))?|the gap|gap|prior close|previous close|up|down|percent|%)(?=\W|$)/);
      r.takeAll(/\b(?:how big|how large|size of|trade[sd]?|at|where (?:did|does|was|is))\b/);
      measures = [m];
    }
    const what = measures.map((m) => (m === 'ma' ? `${lengths?.[0]}-day moving average of the close` : MEASURE_NAME[m])).join(' and ');
    return {
      kind: 'day-value',
      symbols: r.symbols,
      window,
      measure: measures[0],
      lengths: measures.includes('ma') ? lengths : undefined,
      stat: measures.length > 1 ? 'max' : undefined,
      restatement: `${what}${measures[0] === 'high_52w' || measures[0] === 'low_52w' ? ' (over the 365 days up to the day, with the close and its distance from them)' : ''} of ${r.symbols.join(', ')} ${t ? `on ${day} (or the session before, if it did not trade)` : 'on its newest session in the data'}`,
    };
  },

  compile(plan: Plan): CompiledQuery {
    const p = new Params();
    const scope = scopeSql(p, plan);
    const day = plan.window?.from ? p.add(plan.window.day ?? plan.window.to, 'date') : bounds(p, plan.window, scope).to;
    const m = plan.measure as Measure;
    if (m === 'high_52w' || m === 'low_52w') {
      // The 365 days up to and including the day; the day's close and its distance from the high and the low.
      return {
        sql: lines(
          'WITH year AS (',
          // The day's close is the newest in the same pass: joined back to daily_bars, the join scanned all of it.
          `  SELECT symbol, max(trade_date) AS trade_date, (array_agg(close ORDER BY trade_date DESC))[1] AS close, max(high) AS high_52w, min(low) AS low_52w FROM daily_bars`,
          `  WHERE ${scope}trade_date BETWEEN ${day} - 364 AND ${day} GROUP BY symbol`,
          ')',
          `SELECT symbol, trade_date, close, high_52w, low_52w, ${pct('close / high_52w - 1')} AS off_high_52w_pct, ${pct('close / low_52w - 1')} AS above_low_52w_pct`,
          'FROM year',
          'ORDER BY symbol',
        ),
        params: p.values,
      };
    }
    const b = { from: day, to: day };
    const col = column(m, plan.lengths?.[0]);
    const basic = ['close', 'open', 'high', 'low', 'volume'].includes(m);
    return {
      sql: lines(
        `WITH ${dailyCte(p, plan, b, basic ? [] : [{ name: 'value', measure: m, n: plan.lengths?.[0] }, ...(m === 'off_high' ? [{ name: 'high_close', measure: 'high_so_far' as const }] : [])], scope)}`,
        `SELECT DISTINCT ON (symbol) symbol, trade_date, open, high, low, close, volume${basic ? '' : `, ${valueSql(m, 'value')} AS ${col}`}${m === 'off_high' ? ', high_close' : ''}, ${day} AS asked_for`,
        'FROM d',
        `WHERE trade_date <= ${day}`,
        'ORDER BY symbol, trade_date DESC',
      ),
      params: p.values,
    };
  },
};
