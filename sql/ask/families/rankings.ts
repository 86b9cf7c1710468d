// Symbols ranked by a measure: every stock on a day or over a window ("which stock had the highest close on …",
// "top 5 gainers between …"), or the ones named ("which of AAPL, MSFT and GOOGL had the highest average close").
// The measure asked for is a column of the answer and its sort key.

import type { Measure, Plan, Stat, Window } from '../plan.js';
import type { Reading } from '../reading.js';
import { bounds, column, dailyCte, describeWindow, lines, list, MEASURE_NAME, num, Params, pct, scopeSql, STAT_NAME, statSql, valueSql, type CompiledQuery } from '../sql-parts.js';
import { allData } from '../time.js';
import { changeQuery } from './window-stats.js';
import { priceOfStat, takeCount, takeMeasure, takeStat } from '../words.js';
import type { Family, ParseContext, Reading$ } from './family.js';

const WHICH = /\b(?:which|what|whose|who)(?: (?:one|stock|stocks|symbol|symbols|ticker|tickers|company|companies|of (?:them|these|the stocks)))?\b/;
const RANK = /\b(?:rank(?:ed|ing)?|leaderboard|league table|(?:best|highest|top) to (?:worst|lowest|bottom)|order(?:ed)?|sort(?:ed)?|compare[ds]?|comparison|versus|vs\.?|or|between)\b/;
const EVERY = /\b(?:everything|(?:in|across) the (?:database|data)|every|all|each|any)(?: (?:the )?(?:stocks?|symbols?|tickers?|companies|names|etfs?|funds?))?\b|\b(?:stocks?|symbols?|tickers?|companies|company|names|etfs?|funds?|securities)\b/;
const GAINERS = /\bbest(?= (?:\d+ |one |two |three |four |five |ten )?(?:stocks?|names|symbols|tickers|compan\w+|etfs|funds)\b)|\b(?:gainers?|winners?|best[- ]performing|best performers?|top performers?|better performers?|performers?|performing|gained|gains?|rose|rises?|jump(?:s|ed)?|returned|return|performance|increase|did better|do better|(?:has |have )?done better|doing better|did (?:the )?best|(?:has |have )?done (?:the )?best|(?:held up|fared|performed) (?:better|(?:the )?best)|outperform\w*|leaderboard|league table|(?:from )?best to worst|(?:percent(?:age)?|pct) change(?!\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+)?(?:average\s+|avg\s+|mean\s+|daily\s+|total\s+)*(?:volume|range|high|low|open|vwap|volatility)))\b|(?<![\w%])%[- ]?change(?!\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+)?(?:average\s+|avg\s+|mean\s+|daily\s+|total\s+)*(?:volume|range|high|low|open|vwap|volatility))\b/;
const LOSERS = /\b(?:from )?worst to best\b|\bworst(?= (?:\d+ |one |two |three |four |five |ten )?(?:stocks?|names|symbols|tickers|compan\w+|etfs|funds)\b)|\b(?:losers?|worst[- ]performing|worst performers?|decliners?|fell|dropped|drops?|declined|declines?|falls?|loss(?:es)?|lost|did worse|do worse|did (?:the )?worst|underperform\w*)\b/;
const ASC = /\b(?:gap[- ]downs?|gap(?:ped|s|ping)? down|lowest|cheapest|least|lightest|quietest|thinnest|smallest|smaller|narrower|narrowest|bottom|worst|fewest|ascending|lowest first|smallest first|weakest)\b/;
const DESC = /\b(?:highest|most|largest|biggest|best|better|top|widest|heaviest|greatest|more|higher|larger|bigger|priciest|most expensive|hardest|harder|descending|highest first|largest first|strongest|wider|greater|heavier)\b/;

function readKey(r: Reading, window: Window | undefined): { stat?: Stat; measure: Measure } | undefined {
  if (r.take(/\b(?:volatil\w*|std\.? ?dev\.?|standard deviation)\b/)) {
    r.takeAll(/\b(?:volatil\w*|std\.? ?dev\.?|standard deviation)\b/); // "most volatile … by volatility"
    r.takeAll(/\b(?:of (?:the )?)?(?:daily )?returns?\b/);
    return { stat: 'stddev', measure: 'return' };
  }
  // "which stock had the best day": the day's return.
  if (window?.day && r.has(/\b(?:best|worst) (?:day|session)\b/)) {
    r.take(/\b(?:day|session)\b/);
    return { measure: 'return' };
  }
  if (r.take(/\b(?:cheapest|most expensive|priciest|(?:highest|lowest)[- ]priced)\b/)) {
    takeMeasure(r, ['close']);
    return { measure: 'close' };
  }
  if (r.take(/\bmost (?:heavily |actively )?traded\b/)) {
    takeMeasure(r, ['volume']);
    return { measure: 'volume' };
  }
  // "the highest high in 2017" is the window's maximum; "the highest close on a day" is the day's close (read later).
  const extreme = r.has(/\b(?:max(?:imum)?|min(?:imum)?|highest|lowest|biggest|largest|smallest) (?:daily )?(?:high|low|close|closing price|open|opening price|volume|range)\b/) && !window?.day;
  // "worst performers … (close to close)": performance is the change, whatever price word comes with it.
  if (!r.has(/\b(?:average|avg|mean|median|total|sum)\b/) && (r.has(GAINERS) || r.has(LOSERS))) {
    r.takeAll(GAINERS);
    r.takeAll(LOSERS);
    r.takeAll(/\b(?:close[- ]to[- ]close|closes?|closing prices?|prices?)\b/);
    return { stat: 'change', measure: 'close' };
  }
  const stat = takeStat(r, ['avg', 'median', 'sum']) ?? (extreme ? takeStat(r, ['max', 'min']) : undefined);
  const measure = priceOfStat(r, takeMeasure(r), stat);
  if (measure) return { stat, measure };
  if (r.take(GAINERS) || r.take(LOSERS)) return { stat: 'change', measure: 'close' };
  return undefined;
}

export const rankings: Family = {
  name: 'rankings',
  examples: ['top 5 gainers last month', 'worst performers in 2016', 'most traded stocks yesterday', 'which stock had the highest close on 2016-06-24', 'rank Apple, Microsoft and IBM by return this year', 'which of Apple, Microsoft and Google had the highest average close in 2016', 'compare Apple and Microsoft in 2016', 'average return by sector last month', 'which was more volatile in 2016, Apple or AMD'],

  read(r: Reading, ctx: ParseContext): Reading$ | undefined {
    const named = r.symbols.length >= 2;
    if (r.symbols.length === 1 || r.clock || r.times.length > 2) return undefined;
    if (!named && !r.has(EVERY) && !r.has(/\b(?:what (?:had|was|did|closed|traded|gapped)|sectors?|stock|symbol|ticker|company|gainers?|losers?|performers?|performing|winners?|decliners?|which|what symbol|who|top|bottom|cheapest|most expensive|most (?:heavily |actively )?traded|(?:biggest|highest|largest|lowest|smallest|widest) first)\b|\b\d{1,3} (?:widest|highest|lowest|biggest|largest|smallest|narrowest)\b/)) return undefined;
    if (named && r.take(/\b(?:compare|comparison|side by side|versus|vs\.?|against)\b/) && r.leftover().every((w) => /^(?:and|with|to|prices?|performance|how|did|do)$/.test(w))) {
      // "compare Apple and Microsoft in 2016": a summary of each, side by side.
      r.takeAll(/\b(?:and|with|to|prices?|performance|how|did|do)\b/);
      const window = r.span() ?? allData(ctx.data);
      return { kind: 'side-by-side', symbols: r.symbols, window, stat: 'change', measure: 'close', restatement: `${list(r.symbols)} side by side over ${describeWindow(window)}: first and last close, change, average volume, volatility` };
    }
    if (!named && r.take(/\b(?:by|per|each|every|across) sectors?\b|\bsectors\b/)) {
      const metric = r.take(/\b(?:volume|traded)\b/) ? 'volume' : 'close';
      r.takeAll(/\b(?:average|avg|mean|returns?|performance|change|total|by|per)\b/);
      const window = r.span() ?? { from: ctx.data.newest, to: ctx.data.newest, day: ctx.data.newest, label: `the newest day in the data → ${ctx.data.newest}` };
      return { kind: 'by-sector', symbols: [], everyStock: true, window, stat: metric === 'volume' ? 'sum' : 'change', measure: metric, restatement: `${metric === 'volume' ? 'total volume' : 'the average change of the close'} per sector over ${describeWindow(window)}, from the symbols with data` };
    }
    // "which did best and which did worst": two lists asked for at once, not one ranking.
    if (r.has(/\bbest\b/) && r.has(/\bworst\b/) && !r.has(/\b(?:best to worst|worst to best)\b/)) return undefined;
    const limit = takeCount(r);
    const asc = r.has(ASC) && !r.has(/\b(?:lowest|least|smallest) first\b/) ? true : r.has(/\b(?:lowest|smallest|worst|least) first|ascending\b/);
    const desc = r.has(DESC);
    // "best to worst" is an order, not the losers; "worst to best" lists the losers first.
    // "gapped down the most": the most negative gaps first, whatever superlative comes with it.
    const losers = r.has(/\bworst to best\b|\bgap(?:ped|s|ping)?[- ]downs?\b/) || (!r.has(/\bbest to worst\b/) && (r.has(LOSERS) || r.has(/\bworst\b/)));
    const key = readKey(r, r.span());
    if (!key) return undefined;
    r.take(WHICH);
    r.takeAll(RANK);
    r.takeAll(EVERY);
    r.take(ASC);
    r.take(ASC);
    r.take(DESC);
    r.take(DESC);
    r.takeAll(/\b(?:first|one|had|have|did|was|the day|on the day|daily|trading|per day|a day|from|close|closes|its|their|then|by|in|terms|heavily|across|among|everything|in the database|of everything|reached|reach|made|posted|set|name|list|show|give)\b/);
    r.takeAll(/\b(?:gainers?|losers?|performers?|performing|winners?|return(?:ed)?|gained|rose|fell|up|down)\b/);
    const order: 'asc' | 'desc' = losers || (asc && !desc) ? 'asc' : 'desc';
    let window = r.span();
    if (r.times.length && !window) return undefined;
    const change = key.stat === 'change';
    if (!window) window = change || key.stat ? allData(ctx.data) : { from: ctx.data.newest, to: ctx.data.newest, day: ctx.data.newest, label: `the newest day in the data → ${ctx.data.newest}` };
    const onDay = Boolean(window.day) && !change && !key.stat;
    if (change && window.day && !window.from) return undefined;
    const stat: Stat | undefined = onDay ? undefined : change ? 'change' : (key.stat ?? (key.measure === 'volume' ? 'sum' : key.measure === 'return' ? 'change' : 'avg'));
    const measure: Measure = change || stat === 'change' ? 'close' : key.measure;
    // "which stock", "the best performer": one; "which stocks", "the gainers": a list.
    const singular = (r.has(/\b(?:which|what|who)\b/) || r.has(/\b(?:stock|symbol|ticker|company|performer|gainer|loser|etf|fund|name|one)\b/)) && !r.has(/\b(?:stocks|symbols|tickers|companies|performers|gainers|losers|etfs|funds|names|winners)\b/);
    const n = named ? 0 : (limit ?? (r.has(/\b(?:rank|every|all|leaderboard|league table)\b/) ? 0 : singular ? 1 : 10));
    const what = stat === 'change' ? 'change of the close' : stat ? `${STAT_NAME[stat]} ${MEASURE_NAME[measure]}` : MEASURE_NAME[measure];
    return {
      kind: named ? 'named-comparison' : change || stat === 'change' ? 'gainers-losers' : 'cross-sectional-ranking',
      symbols: named ? r.symbols : [],
      everyStock: !named,
      sector: r.sector,
      window,
      measure: onDay ? measure : measure,
      stat,
      order,
      limit: n,
      restatement:
        !named && stat === 'change'
          ? `the ${n ? `${n} ` : ''}biggest ${order === 'desc' ? 'gainers' : 'losers'}${r.sector ? ` of the ${r.sector} stocks` : ''} by change of the close over ${describeWindow(window)}`
          : `${named ? list(r.symbols) : r.sector ? `the ${r.sector} stocks` : 'every stock'} ranked by ${what}, ${order === 'desc' ? 'highest' : 'lowest'} first${n ? ` (top ${n})` : ''}, ${onDay ? 'on' : 'over'} ${describeWindow(window)}`,
    };
  },

  compile(plan: Plan): CompiledQuery {
    const p = new Params();
    const scope = scopeSql(p, plan);
    const b = bounds(p, plan.window, scope);
    const dir = plan.order === 'asc' ? 'ASC' : 'DESC';
    const limit = plan.limit ? `LIMIT ${p.add(plan.limit, 'int')}` : undefined;
    const m = plan.measure as Measure;
    if (plan.kind === 'side-by-side') return sideBySide(p, plan, b, scope);
    if (plan.kind === 'by-sector') return bySector(p, plan, b, scope);
    if (plan.stat === 'change') return changeQuery(p, plan, b, scope, `ORDER BY change_pct ${dir}, symbol`, limit);
    if (!plan.stat) {
      const col = column(m);
      const basic = ['close', 'open', 'high', 'low', 'volume'].includes(m);
      return {
        sql: lines(
          `WITH ${dailyCte(p, plan, b, basic ? [] : [{ name: 'value', measure: m }], scope)}`,
          `SELECT symbol, trade_date, ${basic ? m : `${valueSql(m, 'value')} AS ${col}`}${m === 'close' ? '' : ', close'}`,
          `FROM d WHERE trade_date = ${b.to}${basic ? '' : ' AND value IS NOT NULL'}`,
          `ORDER BY ${basic ? m : col} ${dir}, symbol`,
          limit,
        ),
        params: p.values,
      };
    }
    const stat = plan.stat;
    if (stat === 'stddev') return volatilityRanking(p, b, scope, dir, limit);
    const x = m === 'range' ? '(high - low)' : m;
    const name = `${stat}_${m}`;
    return {
      sql: lines(
        `WITH ${dailyCte(p, plan, b, [], scope)}`,
        `SELECT symbol, count(*) AS days, ${num(statSql(stat as Stat, x), 6)} AS ${name}`,
        `FROM d WHERE trade_date BETWEEN ${b.from} AND ${b.to}`,
        'GROUP BY symbol',
        `ORDER BY ${name} ${dir} NULLS LAST, symbol`,
        limit,
      ),
      params: p.values,
    };
  },
};

/**
 * Every stock in scope by the standard deviation of its daily returns over the window, from two rows of
 * daily_stats per stock (its running sums at the window's end and before its start): the returns themselves
 * were 820,000 rows to sort for one year at 4× the bench table (1.2 s).
 */
function volatilityRanking(p: Params, b: { from: string; to: string }, scope: string, dir: string, limit?: string): CompiledQuery {
  const at = (cmp: string, day: string) => `SELECT n, cum_return, cum_return_sq FROM daily_stats WHERE symbol = y.symbol AND trade_date ${cmp} ${day} ORDER BY trade_date DESC LIMIT 1`;
  return {
    sql: lines(
      // The set-returning function in the select list: the guard allows no function in FROM.
      'WITH y AS (SELECT symbols_with_prices() AS symbol),  -- each symbol once, by probing the key',
      'sums AS (',
      // Sessions in the window, and returns in it (a stock's first session has none).
      '  SELECT y.symbol, e.n - coalesce(s.n, 0) AS days, e.n - coalesce(s.n, 1) AS k,',
      '         e.cum_return - coalesce(s.cum_return, 0) AS s1, e.cum_return_sq - coalesce(s.cum_return_sq, 0) AS s2',
      `  FROM y CROSS JOIN LATERAL (${at('<=', b.to)}) e`,
      `  LEFT JOIN LATERAL (${at('<', b.from)}) s ON true`,
      `  WHERE ${scope}true`,
      ')',
      `SELECT symbol, days, ${pct('CASE WHEN k >= 2 THEN sqrt(greatest((s2 - s1 * s1 / k) / (k - 1), 0)::float8) END')} AS volatility_pct`,
      'FROM sums WHERE days > 0',
      `ORDER BY volatility_pct ${dir} NULLS LAST, symbol`,
      limit,
    ),
    params: p.values,
  };
}

/** Each named symbol over the window: first and last close, change, average volume, volatility. */
function sideBySide(p: Params, plan: Plan, b: { from: string; to: string }, scope: string): CompiledQuery {
  const change = changeQuery(p, plan, b, scope, '');
  return {
    sql: lines(
      `WITH changes AS (${change.sql}), ${dailyCte(p, plan, b, [{ name: 'ret', measure: 'return' }], scope)}, stats AS (`,
      `  SELECT symbol, count(*) AS days, avg(volume) AS avg_volume, stddev_samp(ret) AS volatility FROM d WHERE trade_date BETWEEN ${b.from} AND ${b.to} GROUP BY symbol`,
      ')',
      `SELECT symbol, c.base_close AS first_close, c.last_close, c.change_pct, ${num('s.avg_volume', 0)} AS avg_volume, ${pct('s.volatility')} AS volatility_pct, s.days`,
      'FROM changes c JOIN stats s USING (symbol) ORDER BY c.change_pct DESC',
    ),
    params: p.values,
  };
}

/** Per sector: the average change of its symbols' closes (or their total volume) over the window. */
function bySector(p: Params, plan: Plan, b: { from: string; to: string }, scope: string): CompiledQuery {
  if (plan.measure === 'volume') {
    return {
      sql: lines('SELECT coalesce(c.sector, \'(none)\') AS sector, count(DISTINCT symbol) AS symbols, sum(volume) AS total_volume', 'FROM daily_bars LEFT JOIN companies c USING (symbol)', `WHERE ${scope}trade_date BETWEEN ${b.from} AND ${b.to}`, 'GROUP BY 1 ORDER BY total_volume DESC'),
      params: p.values,
    };
  }
  const change = changeQuery(p, plan, b, scope, '');
  return {
    sql: lines(`WITH changes AS (${change.sql})`, `SELECT coalesce(c.sector, '(none)') AS sector, count(*) AS symbols, ${num('avg(change_pct)', 4)} AS avg_change_pct`, 'FROM changes LEFT JOIN companies c USING (symbol)', 'GROUP BY 1 ORDER BY avg_change_pct DESC'),
    params: p.values,
  };
}
