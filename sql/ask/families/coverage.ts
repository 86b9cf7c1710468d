// What the data holds: which symbols, from when to when, how many sessions in a window, and the last session
// before a date.

import type { Plan } from '../plan.js';
import type { Reading } from '../reading.js';
import { bounds, lines, Params, scopeSql, type CompiledQuery } from '../sql-parts.js';
import type { Family, ParseContext, Reading$ } from './family.js';

const FIRST = /\b(?:since what date|from what date|(?:first|earliest) and (?:last|latest) (?:trading )?(?:dates?|days?|sessions?)|(?:start|starting|begin|beginning) date|earliest(?: available)? (?:date|session|day|record|data|bar)|earliest available|first (?:available )?(?:trading )?(?:day|session|date|trade|close|bar|record)|start(?:ed|s)? trading|start(?:s|ed)?|begin(?:s|ning)?|began|earliest|oldest|listed|ipo|went public|go public|since when|how far back(?: (?:does|do|did) (?:the )?(?:⟨s⟩ )?(?:price )?(?:history|data|record)s? (?:go|reach|extend))?)\b/;
const LAST = /\b(?:(?:end|ending) date|through what date|until when|up to what date|to what date|how recent|(?:last|latest|final|most recent) available (?:trading )?(?:day|session|date)|(?:final|latest|newest|most recent) (?:trading )?(?:day|session|date|bar|record)|last (?:trading )?(?:day|session|date|trade)|latest (?:trading )?(?:day|session|date)|most recent (?:day|session|date)|end(?:s|ed)?|newest (?:day|session|date))\b/;
const RANGE = /\b(?:from when to when|date range|dates?|period|cover(?:s|ed|age)?|span|history|range)\b/;
const STARTS = /\b(?:(?:price )?(?:history|data) (?:that )?(?:goes|going|go|went|reaches|reaching|extends|extending) back|goes back|going back|go back|begins?|beginning|began|starts?|starting|started)\b/;
const SESSIONS = /\b(?:how many|number of|count(?: of)?) (?:⟨s⟩ )?(?:trading )?(?:sessions|sesions|trading days|days(?: of data)?|(?:daily )?rows)\b/;

/**
 * `s`: each symbol with data, found by one probe of the (symbol, ts) key per symbol (a loose index scan) rather
 * than a pass over every row.
 */
const EACH_SYMBOL = lines(
  'WITH RECURSIVE s AS (',
  '  SELECT min(symbol) AS symbol FROM prices',
  '  UNION ALL',
  '  SELECT (SELECT min(symbol) FROM prices WHERE symbol > s.symbol) FROM s WHERE s.symbol IS NOT NULL',
  ')\n',
);
const FIRST_LAST = '(SELECT min(ts) FROM prices p WHERE p.symbol = s.symbol)::date AS first_day, (SELECT max(ts) FROM prices p WHERE p.symbol = s.symbol)::date AS last_day';
/** The same inside a window: the key's second column is the time, so a range of it is still one probe. */
const firstLastIn = (w: { from: string; to: string }) => {
  const inside = `p.symbol = s.symbol AND p.ts >= (${w.from})::timestamp AND p.ts < ((${w.to})::date + 1)::timestamp`;
  return `(SELECT min(ts) FROM prices p WHERE ${inside})::date AS first_day, (SELECT max(ts) FROM prices p WHERE ${inside})::date AS last_day`;
};

export const coverage: Family = {
  name: 'coverage',
  examples: ['when did Facebook start trading', 'what dates does the data cover', 'which technology stocks are there', 'how many trading sessions did Microsoft have in 2016'],

  read(r: Reading, _ctx: ParseContext): Reading$ | undefined {
    // "prices" asks for prices, unless the question asks from when to when there are any.
    const prices = r.has(/\b(?:from when to when|since when|until when|how far back)\b/) || (!r.times.length && r.has(/\b(?:first|earliest|last|latest|final) (?:trading )?(?:date|day|session)s? (?:we|you|i|the data|in the data)\b/)) ? '' : '|prices?(?! (?:history|data))';
    if (r.clock || r.times.length > 1 || r.has(new RegExp(`\\b(?:volume|close|closing|open|opening|high|low|ohlcv?|return|change|average${prices})\\b`))) return undefined;
    const t = r.times[0]?.window;
    const who = r.symbols.join(', ');
    if (r.take(SESSIONS)) {
      r.takeAll(/\b(?:trading|there|did|have|had|in the data|were)\b/);
      if (t?.day) return undefined;
      r.takeAll(/\b(?:of data|data|(?:price )?history|are there|is there|in total|overall|for|contain(?:s|ed)?|hold(?:s)?|does|do)\b/);
      return { kind: 'sessions', symbols: r.symbols, window: t, restatement: `the number of sessions of ${who || 'the data'} in ${t?.label ?? 'all the data'}` };
    }
    if (t?.before && r.take(/\b(?:last|latest|previous|prior|final) (?:trading )?(?:day|session|date)\b/)) {
      return { kind: 'session-before', symbols: r.symbols, window: t, restatement: `the last session of ${who || 'the data'} on or before ${t.to}` };
    }
    // "which stocks have data going back before 1980", "which tickers' data only begins after 2000": a filter of
    // the symbols by their first session, not the first session inside the window.
    if (t && !t.day && !r.symbols.length && r.has(/\b(?:which|what|list)\b/) && r.has(/\b(?:tickers|symbols|stocks|companies|names)\b/) && r.has(STARTS)) {
      r.takeAll(STARTS);
      r.takeAll(/\b(?:which|what|list|tickers|symbols|stocks|companies|names|have|has|do|does|data|price data|prices|only|its|their|that|whose|in the data)\b/);
      return { kind: 'symbols-starting', symbols: [], window: t, restatement: `the symbols whose data begins in ${t.label}` };
    }
    if (t && !t.day && r.has(FIRST) && r.take(FIRST)) return { kind: 'first-session', symbols: r.symbols, everyStock: !r.symbols.length, window: t, restatement: `the first session of ${who || 'each symbol'} in ${t.label}` };
    if (t && !t.day && r.has(LAST) && r.take(LAST)) return { kind: 'last-session', symbols: r.symbols, everyStock: !r.symbols.length, window: t, restatement: `the last session of ${who || 'each symbol'} in ${t.label}` };
    if (t) return undefined;
    // "which ETFs have minute data": the funds are known here only as the symbols with minute bars.
    const minutes = /\b(?:intraday|minute(?:[- ]level|[- ]by[- ]minute)?|1[- ]min(?:ute)?|one[- ]minute)(?: (?:data|bars|prices))?\b/;
    if (!r.symbols.length && r.take(/\b(?:which|what|list|show)\b/) && (r.take(/\b(?:symbols|tickers|stocks|companies|names|etfs|funds|(?:every|each|all) (?:symbol|ticker|stock|company))\b/) || r.sector || (r.has(minutes) && r.take(/\b(?:etfs|funds)\b/)))) {
      r.takeAll(/\b(?:are there|there|available|have|you have|do you have|in the data|data|exist|cover(?:s|ed)?|does|can i (?:ask|query|look up)(?: about)?|(?:are )?(?:supported|covered|included)|come with|comes with|for)\b/);
      const intraday = Boolean(r.take(minutes));
      r.takeAll(/\b(?:intraday|minute|data|bars)\b/);
      if (intraday) return { kind: 'symbols-intraday', symbols: [], restatement: 'the symbols with minute bars, with the dates they cover' };
      return { kind: 'symbols', symbols: [], sector: r.sector, restatement: `the symbols with data${r.sector ? ` in the ${r.sector} sector` : ''}, with their names and date ranges` };
    }
    const first = r.take(FIRST);
    if (first) r.takeAll(FIRST); // "how far back does it go - what's the very first date": one question said twice
    const last = first ? undefined : r.take(LAST);
    const range = r.take(RANGE);
    r.takeAll(RANGE);
    if (!first && !last && !range) return undefined;
    r.takeAll(/\b(?:first to last|start to finish|span of dates|price history|price data|prices?|(?:daily |minute |intraday )?history|daily|sessions?|(?:time )?series|run|runs|go|goes|reach|extend|bars|minute|intraday|available|bar|what date|data|the data|in the data|you have|do you have|have|when|what|does|did|start|end|is|its|for)\b/);
    if (!r.symbols.length && (first || last)) return undefined;
    return { kind: first ? 'first-session' : last ? 'last-session' : 'date-range', symbols: r.symbols, everyStock: !r.symbols.length, restatement: `the first and last session of ${who || 'each symbol'} in the data` };
  },

  compile(plan: Plan): CompiledQuery {
    const p = new Params();
    const scope = scopeSql(p, plan);
    switch (plan.kind) {
      case 'sessions': {
        const b = bounds(p, plan.window, scope);
        return { sql: lines('SELECT symbol, count(*) AS sessions, min(trade_date) AS first_day, max(trade_date) AS last_day FROM daily_bars', `WHERE ${scope}trade_date BETWEEN ${b.from} AND ${b.to}`, 'GROUP BY symbol ORDER BY symbol'), params: p.values };
      }
      case 'session-before':
        return { sql: lines('SELECT symbol, max(trade_date) AS last_session FROM prices', `WHERE ${scope}trade_date <= ${p.add(plan.window?.to, 'date')}`, 'GROUP BY symbol ORDER BY symbol'), params: p.values };
      case 'symbols-starting': {
        const from = p.add(plan.window?.from ?? '0001-01-01', 'date');
        const to = p.add(plan.window?.to ?? '9999-12-31', 'date');
        return { sql: lines('SELECT * FROM (', `  ${EACH_SYMBOL.replace(/\n/g, '\n  ')}SELECT s.symbol, ${FIRST_LAST}`, '  FROM s WHERE s.symbol IS NOT NULL', `) c WHERE first_day BETWEEN ${from} AND ${to} ORDER BY symbol`), params: p.values };
      }
      case 'symbols-intraday':
        // From the days of minute bars the Spark job keeps summed up (migration 008): not a pass over every row.
        return { sql: lines('SELECT symbol, min(trade_date) AS first_day, max(trade_date) AS last_day, sum(rows_in_day)::bigint AS minute_bars FROM intraday_daily', 'GROUP BY symbol ORDER BY symbol'), params: p.values };
      case 'symbols':
        return {
          // A sector's companies are a few dozen: each one's first and last session by two probes of the key.
          sql: plan.sector
            ? lines(
                'SELECT * FROM (',
                `  SELECT s.symbol, s.name, s.sector, ${FIRST_LAST}`,
                `  FROM companies s WHERE ${scope}TRUE`,
                ') c WHERE first_day IS NOT NULL ORDER BY symbol',
              )
            : lines(`${EACH_SYMBOL}SELECT s.symbol, c.name, c.sector, ${FIRST_LAST}`, 'FROM s LEFT JOIN companies c USING (symbol)', 'WHERE s.symbol IS NOT NULL ORDER BY s.symbol'),
          params: p.values,
        };
      default: {
        // Across every symbol, the earliest first session (or the latest last one) comes first: "the earliest date
        // in the data, and which ticker" is the first row.
        const order = !plan.everyStock ? 'symbol' : plan.kind === 'first-session' ? 'first_day, symbol' : plan.kind === 'last-session' ? 'last_day DESC, symbol' : 'symbol';
        // Every symbol's first and last session, over all the data or inside a window: two probes of the key
        // each, not a pass over every row (0.7 s on 2.4M rows). Only a date range counts its sessions too.
        if (plan.everyStock && (!plan.window || plan.kind !== 'date-range')) {
          const symbols = plan.sector ? `companies s WHERE s.sector = ${p.add(plan.sector, 'text')}` : 's WHERE s.symbol IS NOT NULL';
          const cols = plan.window ? firstLastIn(bounds(p, plan.window)) : FIRST_LAST;
          return { sql: lines(`${plan.sector ? '' : EACH_SYMBOL}SELECT * FROM (`, `  SELECT s.symbol, ${cols}`, `  FROM ${symbols}`, `) c WHERE first_day IS NOT NULL ORDER BY ${order}`), params: p.values };
        }
        const w = plan.window ? bounds(p, plan.window, scope) : undefined;
        const inside = w ? `trade_date BETWEEN ${w.from} AND ${w.to}` : 'TRUE';
        const col = plan.kind === 'last-session' ? 'max(trade_date) AS last_day, min(trade_date) AS first_day' : 'min(trade_date) AS first_day, max(trade_date) AS last_day';
        return { sql: lines(`SELECT symbol, ${col}, count(DISTINCT trade_date) AS sessions FROM prices`, `WHERE ${scope}${inside}`, `GROUP BY symbol ORDER BY ${order}`), params: p.values };
      }
    }
  },
};
