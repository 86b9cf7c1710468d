// The longest run of consecutive up (or down) closes of a symbol in a window, with its first and last day.

import type { Plan } from '../plan.js';
import type { Reading } from '../reading.js';
import { bounds, dailyCte, describeWindow, lines, Params, scopeSql, type CompiledQuery } from '../sql-parts.js';
import { allData } from '../time.js';
import type { Family, ParseContext, Reading$ } from './family.js';
import { takeMeasure, takeThreshold } from '../words.js';

const STREAK = /\b(?:streaks?|runs?|strings?|stretch(?:es)?|in a row|consecutive|straight|successive|back[- ]to[- ]back)\b/;
const DOWN = /\b(?:losing|down|red|negative|falling|fall|fell|lower|declin\w*|losses|drops?|dropped)\b/;
const CURRENT = /\b(?:current(?:ly)?|ongoing|active|still|has|have|as of now|right now)\b/;
const UP = /\b(?:winning|up|green|positive|rising|rise|rose|higher|gains?|gained|advanc\w*)\b/;

export const streaks: Family = {
  name: 'streaks',
  examples: ['longest winning streak of Apple', 'longest losing streak for IBM in 2015', 'how many days in a row has Tesla closed lower'],

  read(r: Reading, ctx: ParseContext): Reading$ | undefined {
    if (!r.symbols.length || r.clock || r.times.length > 1 || !r.take(STREAK)) return undefined;
    // A run of days meeting a condition ("consecutive closes above $100"), or of up or down days.
    const measure = takeMeasure(r, ['close', 'open', 'high', 'low', 'volume', 'range', 'return', 'gap']);
    const threshold = takeThreshold(r);
    if (threshold && measure !== 'return' && measure !== 'gap' && !threshold.percent) {
      r.takeAll(STREAK);
      r.takeAll(/\b(?:longest|most|biggest|days?|sessions?|closes?|closed|of|how many|how long|and when|when)\b/);
      const window = r.times[0]?.window ?? allData(ctx.data);
      if (window.day) return undefined;
      const m = measure ?? 'close';
      return { kind: 'streak', symbols: r.symbols, window, measure: m, threshold, restatement: `the longest run of consecutive sessions with ${m} ${threshold.op} ${threshold.value} of ${r.symbols.join(', ')} over ${describeWindow(window)}` };
    }
    if (threshold) return undefined;
    const down = Boolean(r.take(DOWN));
    const up = !down && Boolean(r.take(UP));
    if (!down && !up) return undefined;
    // "How many sessions in a row has FXY closed lower?": the run going on at the end, not the longest one.
    const current = r.has(CURRENT) && !r.has(/\b(?:longest|most|max(?:imum)?|biggest|record|ever)\b/);
    r.takeAll(CURRENT);
    r.takeAll(STREAK);
    r.takeAll(/\b(?:at most|longest|most|max(?:imum)?|biggest|longest ever|daily returns?|returns?|daily|days?|sessions?|closes?|closed|of|how many|how long|length|and when|when|start|end|first|last|dates?)\b/);
    let window = r.times[0]?.window ?? allData(ctx.data);
    if (window.day && !current) return undefined;
    const dir = down ? 'down' : 'up';
    if (current) {
      if (window.day) window = { from: ctx.data.oldest, to: window.day, label: window.label };
      return { kind: 'current-streak', symbols: r.symbols, window, direction: dir, restatement: `the run of consecutive ${dir} closes of ${r.symbols.join(', ')} going on at its last session up to ${window.to ?? ctx.data.newest} (0 when that session was not ${dir})` };
    }
    return { kind: 'streak', symbols: r.symbols, window, direction: dir, restatement: `the longest run of consecutive ${dir} closes of ${r.symbols.join(', ')} over ${describeWindow(window)}` };
  },

  compile(plan: Plan): CompiledQuery {
    const p = new Params();
    const scope = scopeSql(p, plan);
    const b = bounds(p, plan.window, scope);
    const cmp = plan.direction === 'down' ? '<' : '>';
    const hit = plan.threshold ? `${plan.measure === 'range' ? '(high - low)' : (plan.measure as string)} ${plan.threshold.op} ${p.add(plan.threshold.value, 'float8')}` : `ret ${cmp} 0`;
    return {
      sql: lines(
        `WITH ${dailyCte(p, plan, b, [{ name: 'ret', measure: 'return' }], scope)}, marked AS (`,
        `  SELECT symbol, trade_date, coalesce(${hit}, false) AS hit FROM d WHERE trade_date BETWEEN ${b.from} AND ${b.to}`,
        '), grouped AS (',
        '  SELECT symbol, trade_date, hit, row_number() OVER (PARTITION BY symbol ORDER BY trade_date) - row_number() OVER (PARTITION BY symbol, hit ORDER BY trade_date) AS grp FROM marked',
        '), runs AS (',
        '  SELECT symbol, count(*) AS days, min(trade_date) AS first_day, max(trade_date) AS last_day,',
        '         row_number() OVER (PARTITION BY symbol ORDER BY count(*) DESC, min(trade_date) DESC) AS n',
        '  FROM grouped WHERE hit GROUP BY symbol, grp',
        ')',
        plan.kind === 'current-streak'
          ? lines(', ends AS (SELECT symbol, max(trade_date) AS last_session FROM marked GROUP BY symbol)', 'SELECT e.symbol, coalesce(r.days, 0) AS days, r.first_day, e.last_session AS last_day FROM ends e LEFT JOIN runs r ON r.symbol = e.symbol AND r.last_day = e.last_session ORDER BY e.symbol')
          : 'SELECT symbol, days, first_day, last_day FROM runs WHERE n = 1 ORDER BY symbol',
      ),
      params: p.values,
    };
  },
};
