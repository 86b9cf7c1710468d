// Moving averages over a window, their crossovers ("when did Apple's 50-day average cross the 200-day"), and the
// correlation of two symbols' daily returns.

import type { Plan } from '../plan.js';
import type { Reading } from '../reading.js';
import { bounds, dailyCte, describeWindow, lines, list, num, Params, scopeSql, type Bounds, type CompiledQuery } from '../sql-parts.js';
import { allData } from '../time.js';
import { takeLengths } from '../words.js';
import type { Family, ParseContext, Reading$ } from './family.js';

/** "closed below its 20-day average": a crossing only when the question asks when, or for the first or last time. */
const CLOSED = /\bclos(?:e|es|ed) (?=(?:above|below|under|over) (?:its|the) )/;
// "crossed above", and the verbs that say the same before above/below its average ("dropped below its 20-day MA").
const CROSS = /\b(?:cross(?:es|ed|ing)?(?: ?overs?)?|golden cross(?:es)?|death cross(?:es)?|(?:drop(?:ped|s)?|fell|falls?|dip(?:ped|s)?|slip(?:ped|s)?|sank|sinks?|broke|breaks?|mov(?:e|ed|es)|rose|rises?|climb(?:ed|s)?|push(?:ed|es)?|went|go(?:es)?)(?: back)?(?= (?:above|below|under|over) (?:its|the) )|clos(?:e|es|ed) back(?= (?:above|below|under|over) (?:its|the) ))\b/;
const MA = /\b(?:simple )?(?:moving averages?|moving avgs?|smas?|dmas?|mas?|averages?|avgs?)\b/;
const CORR = /\b(?:correlat\w*|corelat\w*|corrolat\w*|corr|how (?:closely|tightly)|co-?move\w*)\b/;

/** Calendar days next to the asked end of a window where a first or last crossover is looked for first. */
const NEAR_DAYS = 400;

export const technicals: Family = {
  name: 'technicals',
  examples: ['20-day moving average of Tesla last month', 'when did Apple 50-day average cross the 200-day', 'golden cross of Microsoft', 'correlation between Apple and Microsoft returns in 2016'],

  read(r: Reading, ctx: ParseContext): Reading$ | undefined {
    if (!r.symbols.length || r.clock || r.times.length > 1) return undefined;
    const t = r.times[0]?.window;
    if (r.take(CORR)) {
      if (r.symbols.length !== 2) return undefined;
      r.takeAll(CORR);
      r.takeAll(/\b(?:daily[- ]|day )?(?:returns?|moves|prices?)\b|\b(?:between|and|vs\.?|versus|were|how|daily|together|of|their|did|do|does|move[sd]?|moving|track(?:ed)?|with each other|in step)\b/);
      const window = t ?? allData(ctx.data);
      if (window.day) return undefined;
      return { kind: 'correlation', symbols: r.symbols, window, measure: 'return', restatement: `the correlation of ${list(r.symbols)}'s daily returns on the days both traded, over ${describeWindow(window)}` };
    }
    // "the first time DBB closed below its 20-day average", "when did it last close above …": one crossing asked for.
    const cross = r.take(CROSS) ?? (r.has(/\b(?:first|last|latest|most recent|next) time\b|\bwhen\b/) ? r.take(CLOSED) : null);
    if (cross) {
      const lengths = takeLengths(r).sort((a, b) => a - b);
      r.takeAll(MA);
      // "closed below its 50-day average (crossing under it)": the close is what crosses.
      r.takeAll(/\bclos(?:e|es|ed|ing)(?= (?:above|over|below|under) (?:its|the) )/);
      r.takeAll(/\b(?:above|over|below|under|up|down|its|the|most recent|last time|the last time|last|latest|when|which|date|day|days|of|and|time)\b/);
      const golden = /golden/.test(cross[0]) || r.has(/\b(?:above|over|up)\b/);
      const death = /death/.test(cross[0]) || r.has(/\b(?:below|under|down)\b/);
      // One length: the close crossing its own N-day average ("crossed above its 50-day moving average").
      const ls = lengths.length >= 2 ? lengths.slice(0, 2) : lengths.length === 1 ? [1, lengths[0] as number] : golden || death ? [50, 200] : undefined;
      if (!ls) return undefined;
      r.takeAll(/\b(?:close|closing price|price)\b/);
      let window = t ?? allData(ctx.data);
      if (window.day) window = { from: ctx.data.oldest, to: window.day, label: window.label };
      const latest = r.has(/\b(?:most recent|last|latest)\b/);
      // "the first time in 2016 that …": the earliest crossing of the window, not the newest.
      // "when did it cross … after 2024-06-03": the first crossing after the day.
      const after = /^\s*after\b/.test(r.times[0]?.text ?? '') && r.has(/\bwhen\b/);
      const first = !latest && (Boolean(r.take(/\b(?:(?:for )?the )?(?:first|earliest|next)(?: time)?\b/)) || after);
      return {
        kind: 'crossover',
        symbols: r.symbols,
        window,
        lengths: ls,
        direction: golden && !death ? 'up' : death && !golden ? 'down' : undefined,
        limit: latest || first ? 1 : 0,
        order: first ? 'asc' : undefined,
        restatement: `the ${latest ? 'most recent day' : first ? 'first day' : 'days'} ${r.symbols.join(', ')}'s ${ls[0] === 1 ? 'close' : `${ls[0]}-day moving average`} crossed ${golden && !death ? 'above' : death && !golden ? 'below' : 'above or below'} its ${ls[1]}-day one, over ${describeWindow(window)}${first ? '' : ', newest first'}`,
      };
    }
    const lengths = takeLengths(r);
    if (!lengths.length || !(r.take(MA) || r.used.some((u) => /(?:dma|sma|ma)s?$/.test(u))) || (t?.day && t.from)) return undefined;
    r.takeAll(/\b(?:of (?:the )?)?(?:close|closing prices?|closes)\b/);
    const window = t ?? { to: ctx.data.newest, tradingDays: 20, label: `the last 20 trading days up to ${ctx.data.newest}` };
    return { kind: 'moving-average', symbols: r.symbols, window, lengths: lengths.sort((a, b) => a - b), order: 'asc', limit: 0, restatement: `the ${lengths.join('- and ')}-day moving averages of ${r.symbols.join(', ')}'s close over ${describeWindow(window)}` };
  },

  compile(plan: Plan): CompiledQuery {
    const p = new Params();
    const scope = scopeSql(p, plan);
    const b = bounds(p, plan.window, scope);
    if (plan.kind === 'correlation') {
      const [a, c] = plan.symbols;
      return {
        sql: lines(
          `WITH ${dailyCte(p, plan, b, [{ name: 'ret', measure: 'return' }], scope)}, pairs AS (`,
          `  SELECT x.trade_date, x.ret AS a, y.ret AS b FROM d x JOIN d y ON x.trade_date = y.trade_date`,
          `  WHERE x.symbol = ${p.add(a, 'text')} AND y.symbol = ${p.add(c, 'text')} AND x.trade_date BETWEEN ${b.from} AND ${b.to}`,
          ')',
          `SELECT ${num('corr(a, b)', 6)} AS correlation, count(*) AS common_days, min(trade_date) AS first_day, max(trade_date) AS last_day FROM pairs`,
        ),
        params: p.values,
      };
    }
    const lengths = plan.lengths ?? [];
    const mas = lengths.map((n) => ({ name: `ma${n}`, measure: 'ma' as const, n })); // ma1 is the close itself
    if (plan.kind === 'crossover') {
      const [s, l] = lengths as [number, number];
      const dir = plan.direction === 'up' ? ' AND diff > 0' : plan.direction === 'down' ? ' AND diff < 0' : '';
      const asc = plan.order === 'asc';
      const crossings = (w: Bounds, limit?: string) =>
        lines(
          `WITH ${dailyCte(p, plan, w, mas, scope)}, diffs AS (`,
          `  SELECT symbol, trade_date, close, ma${s}, ma${l}, sign(ma${s} - ma${l}) AS diff, lag(sign(ma${s} - ma${l})) OVER (PARTITION BY symbol ORDER BY trade_date) AS prev FROM d`,
          ')',
          `SELECT symbol, trade_date, CASE WHEN diff > 0 THEN 'above' ELSE 'below' END AS crossed, close, ${num(`ma${s}`)} AS ma${s}, ${num(`ma${l}`)} AS ma${l}`,
          `FROM diffs WHERE trade_date BETWEEN ${w.from} AND ${w.to} AND diff <> 0 AND prev IS NOT NULL AND diff <> prev${dir}`,
          `ORDER BY trade_date ${asc ? 'ASC' : 'DESC'}, symbol`,
          limit,
        );
      if (plan.limit !== 1) return { sql: crossings(b, plan.limit ? `LIMIT ${p.add(plan.limit, 'int')}` : undefined), params: p.values };
      // "The last cross before 2015": the year next to the asked end first. PostgreSQL runs the second part of a
      // UNION ALL only when the first found nothing, so a long history is read only when the cross is not near.
      const near = asc ? { from: b.from, to: `least(${b.to}, ${b.from} + ${NEAR_DAYS})` } : { from: `greatest(${b.from}, ${b.to} - ${NEAR_DAYS})`, to: b.to };
      const one = p.add(1, 'int');
      return { sql: lines(`SELECT * FROM (${crossings(near, `LIMIT ${one}`)}) nearest`, 'UNION ALL', `SELECT * FROM (${crossings(b, `LIMIT ${one}`)}) anywhere`, `LIMIT ${one}`), params: p.values };
    }
    return {
      sql: lines(`WITH ${dailyCte(p, plan, b, mas, scope)}`, `SELECT symbol, trade_date, close${lengths.map((n) => `, ${num(`ma${n}`)} AS ma${n}`).join('')}`, `FROM d WHERE trade_date BETWEEN ${b.from} AND ${b.to}`, 'ORDER BY symbol, trade_date'),
      params: p.values,
      chart: plan.symbols.length === 1 ? { x: 'trade_date', y: `ma${lengths[0]}` } : undefined,
    };
  },
};
