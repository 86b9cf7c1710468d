// Question → Plan. Rule-based: no network, no model. What it cannot read it says so, with examples.

import { confidentCorrection, fuzzyCompanies, resolveNames, type CompanyName } from './names.js';
import type { Aggregation, Intent, Metric, NotUnderstood, Period, Plan, Threshold, Window } from './plan.js';
import { allData, findTime, weeksBack, type DataRange } from './time.js';

export interface ParseContext {
  companies: CompanyName[];
  /** Symbols that have rows: accepted by ticker even when the companies table does not list them. */
  dataSymbols: Set<string>;
  data: DataRange;
}

/** Questions the engine answers, one or more per kind; shown as suggestions next to what was asked. */
export const EXAMPLES = [
  'recent Tesla prices',
  'latest 5 Apple prices',
  'Tesla close on 2016-03-04',
  'Apple prices in March 2016',
  'average Microsoft close in 2016',
  'highest Netflix volume last year',
  'when did Tesla hit its highest close',
  'Nvidia 52-week high and low',
  'how much did Amazon change in 2016',
  'percent change of IBM from 2015-01-02 to 2016-01-04',
  'daily returns of Tesla last week',
  'biggest daily drops of Netflix',
  'top 5 gainers last month',
  'worst performers in 2016',
  'most traded stocks yesterday',
  'compare Apple and Microsoft in 2016',
  'rank Apple, Microsoft and IBM by return this year',
  'monthly average close of Tesla in 2016',
  'Apple month over month change in 2017',
  '20-day moving average of Tesla last month',
  'when did Apple 50-day average cross the 200-day',
  'days Tesla closed above 300',
  'how many days did Amazon close above 1000 in 2017',
  'volatility of Tesla in 2016',
  'correlation between Apple and Microsoft returns in 2016',
  'biggest intraday range of Tesla this year',
  'Tesla gaps up last month',
  'average return by sector last month',
  'longest winning streak of Apple',
  'VWAP of Tesla last week',
  'minute bars of Apple on 2017-11-10',
  'summary of Apple in 2016',
  'how far is Tesla from its all-time high',
  'when did Facebook start trading',
  'what dates does the data cover',
  'which technology stocks are there',
];

// Words the parser reads itself: anything else in a question may be a misspelt company name.
const VOCAB = new Set(
  `a about above after against ago all also among an and any are as at average avg away bars be been before below best between
   biggest bottom by change changed changes close closed closes closing compare compared cover covers cross crossed crosses
   crossing crossover daily data date dates day days did do does down drop dropped drops during each ever fall fell first
   for from gain gained gainers gains gap gaps gapped get give go had has have high higher highest how i in into intraday is
   it its last latest least list longest losers loss losing low lower lowest max maximum me mean median min minimum minute
   month monthly months moving most move moves my of off on open opened opening or order over past per percent percentage
   performance performers performing period price prices quarter quarterly quarters range rank recent return returns rise
   rose row rows sector sectors session sessions show since sort standard stock stocks streak sum symbol symbols than that
   the their there these this through to today top total traded trading under until up volatile volatility volume vs was
   week weekly weeks what when where which while winning with worst year yearly years yesterday you correlation correlate
   correlated deviation std moved risk tell compare versus value values were ticker tickers companies company available
   cap shares traded winners trade many times much weighted vwap hit reach reached peak bottom trough year-over-year
   month-over-month week-over-week quarter-over-quarter yoy mom growth against bars minutes day's firms names price's
   consecutive row straight longest shortest greater less more higher exceeded exceed crossed golden death spread per-day
   ytd mtd qtd wtd to-date all-time history of the newest oldest now currently current ever were stay stayed remain around`.split(/\s+/),
);

const METRIC_WORDS: [RegExp, Metric][] = [
  [/\b(volume|traded|shares|turnover|liquidity)\b/, 'volume'],
  [/\b(intraday range|daily range|trading range|range|spread|high[- ]low)\b/, 'range'],
  [/\b(opens?|opening|opened)\b/, 'open'],
  [/\b(highs?)\b(?! and low)/, 'high'],
  [/\b(lows?)\b/, 'low'],
  [/\b(returns?|performance|performers?|performing|gains?|gainers|losers|change|changed|moved?)\b/, 'return'],
  [/\b(close|closes|closed|closing|price|prices)\b/, 'close'],
];

const AGG_WORDS: [RegExp, Aggregation][] = [
  [/\b(average|avg|mean)\b/, 'avg'],
  [/\bmedian\b/, 'median'],
  [/\b(total|sum|cumulative|combined)\b/, 'sum'],
  [/\b(max|maximum|highest|peak|top|record|most)\b/, 'max'],
  [/\b(min|minimum|lowest|bottom|least)\b/, 'min'],
];

const PERIOD_WORDS: [RegExp, Period][] = [
  [/\b(weekly|per week|by week|each week|every week|week[- ]over[- ]week|wow)\b/, 'week'],
  [/\b(monthly|per month|by month|each month|every month|month[- ]over[- ]month|mom)\b/, 'month'],
  [/\b(quarterly|per quarter|by quarter|each quarter|quarter[- ]over[- ]quarter|qoq)\b/, 'quarter'],
  [/\b(yearly|annual|annually|per year|by year|each year|every year|year[- ]over[- ]year|yoy)\b/, 'year'],
];

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, fifty: 50 };

function findLimit(q: string): number | undefined {
  const m = /\b(?:top|bottom|best|worst|last|latest|recent|newest|first|biggest|largest|smallest)\s+(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)\b/.exec(q) ?? /\b(\d{1,4}|five|ten|twenty)\s+(?:rows|days|prices|sessions|stocks|symbols|companies|names|gainers|losers|moves|gains|drops|entries)\b/.exec(q);
  if (!m) return undefined;
  const v = m[1] as string;
  return WORD_NUMBERS[v] ?? Number(v);
}

function findThreshold(q: string): Threshold | undefined {
  const m = /(>=|<=|>|<|\babove\b|\bover\b|\bmore than\b|\bgreater than\b|\bhigher than\b|\bexceed(?:ed|ing|s)?\b|\bbelow\b|\bunder\b|\bless than\b|\blower than\b|\bat least\b|\bat most\b)\s*\$?\s*(-?\d+(?:\.\d+)?)\s*(%|percent\b)?/.exec(q);
  if (!m) return undefined;
  const word = m[1] as string;
  const op: Threshold['op'] = word === '>=' || word === 'at least' ? '>=' : word === '<=' || word === 'at most' ? '<=' : /^(<|below|under|less|lower)/.test(word) ? '<' : '>';
  return { op, value: Number(m[2]), percent: Boolean(m[3]) };
}

function findLengths(q: string): number[] {
  const lengths = [...q.matchAll(/\b(\d{1,3})[- ]?(?:day|d|session)s?\b/g)].map((m) => Number(m[1]));
  // "the 50 and 200 day averages": the first number shares the unit.
  for (const m of q.matchAll(/\b(\d{1,3}) (?:and|&|,|or) \d{1,3}[- ]?(?:day|d|session)s?\b/g)) lengths.push(Number(m[1]));
  const named = [...q.matchAll(/\b(twenty|fifty)[- ]day\b/g)].map((m) => WORD_NUMBERS[m[1] as string] as number);
  const ma = [...q.matchAll(/\bma ?(\d{1,3})\b/g)].map((m) => Number(m[1]));
  return [...lengths, ...named, ...ma].filter((n) => n >= 2 && n <= 400);
}

const has = (q: string, re: RegExp) => re.test(q);

/** The kind of question, most specific rules first. */
function detectIntent(q: string, symbols: number, hasSector: boolean, window?: Window): Intent | undefined {
  if (has(q, /\bcorrelat/)) return 'correlation';
  if (has(q, /\b(cross(es|ed|ing|over)?|golden cross|death cross)\b/)) return 'crossover';
  if (has(q, /\b(moving averages?|moving avg|\bma ?\d+|\d+[- ]?day (moving )?(average|avg|mean|ma))\b/)) return 'moving_average';
  if (has(q, /\b(minute bars|intraday bars|1[- ]minute|per minute|minute by minute|bars)\b/)) return 'minute_bars';
  if (has(q, /\b(vwap|volume[- ]weighted)\b/)) return 'vwap';
  if (has(q, /\b(volatil\w*|standard deviation|std(dev)?|risk)\b/)) return 'volatility';
  if (has(q, /\b(streaks?|in a row|consecutive|straight)\b/)) return 'streak';
  if (has(q, /\bgap(s|ped|ping)?\b/)) return 'gaps';
  if (has(q, /\b(date range|dates? (does|do|is|are)?|what dates|which dates|since when|how far back|data (start|begin|end|cover)|cover(s|ed)?|first and last (day|date))\b/) && symbols === 0 && !has(q, /\b(price|close|volume)\b/)) return 'coverage';
  if ((has(q, /\b(which|what|list|show)\b.*\b(stocks|symbols|tickers|companies|names)\b/) || (hasSector && has(q, /\b(which|what|list|show)\b/))) && symbols === 0 && !has(q, /\b(gain|los|traded|best|worst|top|perform|return|volume)/)) return 'symbols';
  if (has(q, /\b(by|per|each|every|across) sectors?\b|\bsectors\b/) || (hasSector && symbols === 0 && has(q, /\b(average|avg|return|performance|best|worst|volume|change)\b/))) return 'sector';
  if (has(q, /\b(how far|distance|below|off|down) (is |are )?(it |they )?(from|its|their)? ?(the )?(all[- ]time |52[- ]week |record )?(high|peak|top)\b|\bfrom (its|their|the) (all[- ]time |record )?(high|peak)\b|\bdrawdown\b/)) return 'off_high';
  if (has(q, /\b52[- ]?weeks?\b|\bfifty[- ]two[- ]weeks?\b|\b(one|1)[- ]year (high|low)\b/)) return 'week52';
  if (has(q, /\b(start(ed)? trading|first (trading )?(day|session|trade)|listed|ipo|go public|went public|since when)\b/) && symbols > 0) return 'first_day';
  if (has(q, /\b(summary|summarise|summarize|overview|ohlc|open high low close|in a nutshell|range of (the )?(year|month|quarter|week))\b/)) return 'period_summary';
  if (has(q, /\bhow many\b/)) return 'count_days';
  if (has(q, /\b(intraday range|daily range|trading range|high[- ]low range|spread)\b/) || (has(q, /\brange\b/) && !window?.from)) return 'day_range';
  if (has(q, /\b(when|which day|what day|what date|which date|date of|day of)\b/) && has(q, /\b(high|higher|highest|low|lowest|max|maximum|min|minimum|peak|bottom|record|all[- ]time|most|least|best|worst|biggest)\b/)) return 'extreme_date';
  if (findThreshold(q) && symbols > 0 && has(q, /\b(days?|when|dates?|sessions?|times?)\b/)) return 'threshold_days';
  if (has(q, /\b(biggest|largest|best|worst|top)\b.*\b(daily |one[- ]day |single[- ]day )?(gains|drops|moves|jumps|falls|declines|days|losses|rises)\b/) && symbols === 1) return 'biggest_moves';
  if (symbols === 0 && has(q, /\b(gainers|losers|winners|top|bottom|best|worst|most|least|biggest|highest|lowest)\b/)) return 'top';
  if (has(q, /\b(rank|ranking|ranked|order|sort|sorted)\b/) && symbols >= 2) return 'rank';
  if (has(q, /\b(over[- ](the )?(previous|prior|last) (week|month|quarter|year)|week[- ]over[- ]week|month[- ]over[- ]month|quarter[- ]over[- ]quarter|year[- ]over[- ]year|yoy|mom|qoq|wow|period over period)\b/)) return 'period_change';
  if (PERIOD_WORDS.some(([re]) => re.test(q)) && !has(q, /\bdaily returns?\b/)) return has(q, /\b(change|return|returns|growth|performance|gain)\b/) ? 'period_change' : 'grouped';
  if (has(q, /\b(compare|comparison|compared|vs\.?|versus|against)\b/) || (symbols >= 2 && has(q, /\b(change|return|performance|perform|did|do)\b/))) return 'compare';
  if (has(q, /\bdaily returns?\b|\breturns? (each|per|by) day\b|\bday[- ]over[- ]day\b/)) return 'daily_returns';
  if (has(q, /\b(how much|percent|percentage|%|change|changed|perform|performance|return|gain|gained|grow|growth|rise|rose|fall|fell|drop|dropped|up or down|moved?)\b/)) return 'change';
  if (has(q, /\b(average|avg|mean|median|total|sum|max|maximum|min|minimum|highest|lowest|peak)\b/)) return 'aggregate';
  if (window?.day) return 'on_date';
  if (window?.from && !has(q, /\b(latest|recent|newest|current|last \d+)\b/)) return 'rows';
  if (symbols > 0) return 'latest';
  return undefined;
}

const metricOf = (q: string, fallback: Metric): Metric => METRIC_WORDS.find(([re]) => re.test(q))?.[1] ?? fallback;
const aggregationOf = (q: string): Aggregation | undefined => AGG_WORDS.find(([re]) => re.test(q))?.[1];
const periodOf = (q: string): Period | undefined => PERIOD_WORDS.find(([re]) => re.test(q))?.[1];

function nearExamples(q: string, n = 3): string[] {
  const words = new Set(q.toLowerCase().split(/\W+/).filter((w) => w.length > 2));
  return EXAMPLES.map((e, i) => ({ e, i, score: e.toLowerCase().split(/\W+/).filter((w) => words.has(w)).length }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, n)
    .map((x) => x.e);
}

/** The resolved window in words for the restatement (the label with the question's own words goes in the notes). */
function describeWindow(w?: Window): string {
  if (!w) return 'all the data';
  if (w.tradingDays) return `the ${w.tradingDays === 1 ? 'last trading day' : `last ${w.tradingDays} trading days`} up to ${w.to}`;
  if (w.day && !w.from) return 'the session before the newest one';
  if (w.day || w.from === w.to) return w.day ?? w.from ?? '';
  return `${w.from} … ${w.to}`;
}
const list = (s: string[]) => (s.length <= 1 ? (s[0] ?? '') : `${s.slice(0, -1).join(', ')} and ${s[s.length - 1]}`);

export function parseQuestion(question: string, ctx: ParseContext): Plan | NotUnderstood {
  const original = question.replace(/\s+/g, ' ').trim();
  if (!original) return { problem: 'the question is empty', suggestions: EXAMPLES.slice(0, 3) };
  if (original.length > 300) return { problem: 'the question is longer than 300 characters', suggestions: nearExamples(original) };

  const time = findTime(original, ctx.data);
  const withoutTime = time ? original.replace(new RegExp(time.text.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), ' ') : original;
  const names = resolveNames(withoutTime, ctx.companies, ctx.dataSymbols);
  const notes: string[] = [];

  const ambiguous = names.matches.find((m) => m.symbols.length > 1);
  if (ambiguous) {
    const options = ambiguous.symbols.map((s) => {
      const c = ctx.companies.find((x) => x.symbol === s);
      return `${s} (${c?.name ?? s}${ctx.dataSymbols.has(s) ? '' : ', no data yet'})`;
    });
    return {
      problem: `"${ambiguous.text}" could mean ${list(options)}: which one?`,
      suggestions: ambiguous.symbols.map((s) => original.replace(new RegExp(ambiguous.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), s)),
    };
  }
  // In the order the question names them ("compare Apple and Microsoft": AAPL first).
  const lower = ` ${original.toLowerCase().replace(/[^a-z0-9$.&' -]/g, ' ')} `;
  const where = (m: { text: string }) => {
    const i = lower.indexOf(m.text.toLowerCase());
    return i < 0 ? lower.indexOf(m.text.toLowerCase().split(' ')[0] ?? '') : i;
  };
  const symbols: string[] = [];
  for (const m of [...names.matches].sort((a, b) => where(a) - where(b))) for (const s of m.symbols) if (!symbols.includes(s)) symbols.push(s);

  // Words the parser does not know may be misspelt names: read a clear one, ask about the rest.
  const unknown = names.rest.split(/[^a-z0-9&'-]+/).filter((w) => w && !VOCAB.has(w) && !/^\d/.test(w) && !VOCAB.has(w.replace(/s$/, '')));
  for (const { word, candidates } of fuzzyCompanies(unknown, ctx.companies)) {
    const sure = confidentCorrection(word, candidates);
    if (sure && sure.length === 1) {
      const c = sure[0] as { symbol: string; name: string };
      if (!symbols.includes(c.symbol)) symbols.push(c.symbol);
      notes.push(`read "${word}" as ${c.name} (${c.symbol})`);
    } else if (symbols.length === 0) {
      const options = (sure ?? candidates).slice(0, 4);
      return {
        problem: `no company called "${word}" is known; did you mean ${list(options.map((c) => `${c.name} (${c.symbol})`))}?`,
        suggestions: options.slice(0, 3).map((c) => original.replace(new RegExp(word, 'i'), c.symbol)),
      };
    }
  }

  const q = names.rest;
  const intent = detectIntent(q, symbols.length, Boolean(names.sector), time?.window);
  if (!intent) {
    const unknownWord = unknown.find((w) => w.length > 2);
    return {
      problem: unknownWord ? `"${unknownWord}" is not a company, ticker or question word that is known` : 'no company, ticker or kind of question found in it',
      suggestions: nearExamples(original),
    };
  }

  const needsSymbols: Partial<Record<Intent, number>> = {
    latest: 1, on_date: 1, rows: 1, aggregate: 1, extreme_date: 1, week52: 1, change: 1, daily_returns: 1, biggest_moves: 1,
    compare: 2, rank: 2, grouped: 1, period_change: 1, moving_average: 1, crossover: 1, threshold_days: 1, count_days: 1,
    volatility: 1, correlation: 2, day_range: 1, gaps: 1, streak: 1, vwap: 1, minute_bars: 1, period_summary: 1, off_high: 1, first_day: 1,
  };
  const need = needsSymbols[intent] ?? 0;
  if (symbols.length < need) {
    return {
      problem: need === 2 ? `this kind of question needs two or more companies; found ${symbols.length ? symbols.join(', ') : 'none'}` : 'which company? no company or ticker found in the question',
      suggestions: nearExamples(original),
    };
  }
  if (intent === 'correlation' && symbols.length !== 2) return { problem: `correlation is between two symbols; found ${symbols.join(', ')}`, suggestions: ['correlation between Apple and Microsoft returns in 2016'] };

  const plan: Plan = {
    intent,
    symbols,
    sector: names.sector?.name,
    metric: 'close',
    order: 'desc',
    limit: findLimit(q) ?? 10,
    window: time?.window,
    restatement: '',
    notes,
  };
  return finish(plan, q, ctx);
}

const METRIC_NAME: Record<Metric, string> = { close: 'closing price', open: 'opening price', high: 'daily high', low: 'daily low', volume: 'volume', return: 'return', range: 'intraday range (high - low)' };

/** Fills the intent's own fields and writes the restatement. */
function finish(plan: Plan, q: string, ctx: ParseContext): Plan | NotUnderstood {
  const who = plan.symbols.join(', ') || (plan.sector ? `the ${plan.sector} sector` : 'all symbols');
  const down = /\b(losers|worst|drops?|dropped|falls?|fell|declines?|losses|losing|down|bottom|lowest|least|smallest)\b/.test(q);
  const w = () => describeWindow(plan.window);
  switch (plan.intent) {
    case 'latest':
      plan.metric = 'close';
      plan.restatement = `the newest ${plan.limit} daily rows of ${who}, newest first`;
      break;
    case 'on_date':
      plan.restatement = `the daily row of ${who} on ${w()} (or the session before, if it did not trade)`;
      break;
    case 'rows':
      plan.order = 'asc';
      plan.limit = 0;
      plan.restatement = `every daily row of ${who} from ${w()}`;
      break;
    case 'aggregate': {
      plan.metric = metricOf(q, 'close');
      if (plan.metric === 'return') plan.metric = 'close';
      plan.aggregation = aggregationOf(q) ?? 'avg';
      plan.window ??= allData(ctx.data);
      plan.restatement = `the ${plan.aggregation === 'avg' ? 'average' : plan.aggregation} ${METRIC_NAME[plan.metric]} of ${who} over ${w()}`;
      break;
    }
    case 'extreme_date':
      plan.metric = metricOf(q, 'close');
      if (plan.metric === 'return') plan.metric = 'close';
      if (plan.metric === 'high' || plan.metric === 'low') plan.direction = plan.metric === 'high' ? 'up' : 'down';
      else plan.direction = /\b(low|lowest|min|minimum|bottom|least|worst)\b/.test(q) ? 'down' : 'up';
      plan.window ??= allData(ctx.data);
      plan.restatement = `the day of the ${plan.direction === 'up' ? 'highest' : 'lowest'} ${METRIC_NAME[plan.metric]} of ${who} over ${w()}`;
      break;
    case 'week52':
      plan.window = weeksBack(ctx.data, 52, plan.window?.to ?? ctx.data.newest);
      plan.restatement = `the 52-week high and low of ${who} (${w()})`;
      break;
    case 'change':
      plan.metric = 'return';
      plan.window ??= allData(ctx.data);
      plan.restatement = `the percent change of ${who}'s close over ${w()}`;
      break;
    case 'daily_returns':
      plan.metric = 'return';
      plan.order = 'asc';
      plan.limit = 0;
      plan.window ??= { to: ctx.data.newest, tradingDays: 10, label: `the last 10 trading days up to ${ctx.data.newest}` };
      plan.restatement = `each day's return of ${who} over ${w()}`;
      break;
    case 'biggest_moves':
      plan.metric = 'return';
      plan.direction = down ? 'down' : 'up';
      plan.window ??= allData(ctx.data);
      plan.restatement = `the ${plan.limit} biggest daily ${plan.direction === 'up' ? 'gains' : 'drops'} of ${who} over ${w()}`;
      break;
    case 'top': {
      const volume = /\b(traded|volume|active|liquid)\b/.test(q);
      plan.metric = volume ? 'volume' : 'return';
      plan.direction = down ? 'down' : 'up';
      if (volume && /\b(least|lowest)\b/.test(q)) plan.direction = 'down';
      plan.window ??= { from: ctx.data.newest, to: ctx.data.newest, day: ctx.data.newest, label: `the newest day in the data → ${ctx.data.newest}` };
      plan.limit = findLimit(q) ?? 10;
      const what = volume ? (plan.direction === 'up' ? 'most traded' : 'least traded') : plan.direction === 'up' ? 'biggest gainers' : 'biggest losers';
      plan.restatement = `the ${plan.limit} ${what}${plan.sector ? ` of the ${plan.sector} sector` : ''} over ${w()}`;
      break;
    }
    case 'compare':
      plan.window ??= allData(ctx.data);
      plan.restatement = `${list(plan.symbols)} side by side over ${w()}: first and last close, change, average volume, volatility`;
      break;
    case 'rank':
      plan.metric = metricOf(q, 'return');
      plan.window ??= allData(ctx.data);
      plan.direction = /\b(ascending|lowest first|worst first)\b/.test(q) ? 'down' : 'up';
      plan.restatement = `${list(plan.symbols)} ranked by ${plan.metric === 'volume' ? 'total volume' : plan.metric === 'return' ? 'percent change' : `average ${METRIC_NAME[plan.metric]}`} over ${w()}`;
      break;
    case 'grouped':
      plan.groupBy = periodOf(q) ?? 'month';
      plan.metric = metricOf(q, 'close');
      if (plan.metric === 'return') plan.metric = 'close';
      plan.aggregation = aggregationOf(q) ?? (plan.metric === 'volume' ? 'sum' : 'avg');
      plan.order = 'asc';
      plan.limit = 0;
      plan.window ??= allData(ctx.data);
      plan.restatement = `the ${plan.aggregation === 'avg' ? 'average' : plan.aggregation} ${METRIC_NAME[plan.metric]} of ${who} by ${plan.groupBy} over ${w()}`;
      break;
    case 'period_change':
      plan.groupBy = periodOf(q) ?? (/\bweek/.test(q) ? 'week' : /\bquarter/.test(q) ? 'quarter' : /\byear/.test(q) ? 'year' : 'month');
      plan.metric = 'return';
      plan.order = 'asc';
      plan.limit = 0;
      plan.window ??= allData(ctx.data);
      plan.restatement = `the change of ${who}'s close from each ${plan.groupBy} to the next over ${w()}`;
      break;
    case 'moving_average': {
      const lengths = findLengths(q);
      plan.lengths = lengths.length ? [...new Set(lengths)].sort((a, b) => a - b) : [20, 50];
      plan.order = 'asc';
      plan.limit = 0;
      plan.window ??= { to: ctx.data.newest, tradingDays: 20, label: `the last 20 trading days up to ${ctx.data.newest}` };
      plan.restatement = `the ${plan.lengths.join('- and ')}-day moving averages of ${who}'s close over ${w()}`;
      break;
    }
    case 'crossover': {
      const lengths = [...new Set(findLengths(q))].sort((a, b) => a - b);
      plan.lengths = lengths.length >= 2 ? lengths.slice(0, 2) : /\b(golden|death)\b/.test(q) ? [50, 200] : [20, 50];
      plan.direction = /\b(below|under|death|down)\b/.test(q) ? 'down' : /\b(above|over|golden|up)\b/.test(q) ? 'up' : undefined;
      plan.window ??= allData(ctx.data);
      plan.limit = 0;
      plan.restatement = `the days ${who}'s ${plan.lengths[0]}-day moving average crossed ${plan.direction === 'down' ? 'below' : plan.direction === 'up' ? 'above' : 'above or below'} its ${plan.lengths[1]}-day one, over ${w()}`;
      break;
    }
    case 'threshold_days':
    case 'count_days': {
      plan.threshold = findThreshold(q);
      plan.metric = metricOf(q, 'close');
      const upDown = /\b(up|green|positive|gain(ed)?|rose)\b/.test(q) ? '>' : /\b(down|red|negative|loss|lost|fell|drop(ped)?)\b/.test(q) ? '<' : undefined;
      if (!plan.threshold && upDown) {
        plan.threshold = { op: upDown, value: 0, percent: true };
        plan.metric = 'return';
      }
      if (!plan.threshold) return { problem: 'which condition? say e.g. "above 300", "below 100" or "up days"', suggestions: ['how many days did Amazon close above 1000 in 2017', 'how many up days did Tesla have in 2016'] };
      if (plan.threshold.percent && plan.metric !== 'volume') plan.metric = 'return';
      plan.window ??= allData(ctx.data);
      plan.order = 'asc';
      plan.limit = plan.intent === 'threshold_days' ? 0 : plan.limit;
      const t = plan.threshold;
      const cond = `${plan.metric === 'return' ? 'daily return' : METRIC_NAME[plan.metric]} ${t.op} ${t.value}${t.percent ? '%' : ''}`;
      plan.restatement = plan.intent === 'count_days' ? `how many days ${who}'s ${cond}, over ${w()}` : `the days ${who}'s ${cond}, over ${w()}`;
      break;
    }
    case 'volatility':
      plan.metric = 'return';
      plan.window ??= allData(ctx.data);
      plan.restatement = `the volatility of ${who}: standard deviation of daily returns, and annualised (×√252), over ${w()}`;
      break;
    case 'correlation':
      plan.metric = 'return';
      plan.window ??= allData(ctx.data);
      plan.restatement = `the correlation of ${list(plan.symbols)}'s daily returns on the days both traded, over ${w()}`;
      break;
    case 'day_range':
      plan.metric = 'range';
      plan.aggregation = /\b(average|avg|mean)\b/.test(q) ? 'avg' : 'max';
      plan.window ??= allData(ctx.data);
      plan.restatement = plan.aggregation === 'avg' ? `the average daily range (high - low, and as % of the open) of ${who} over ${w()}` : `the ${plan.limit} days with the widest range (high - low) of ${who} over ${w()}`;
      break;
    case 'gaps':
      plan.direction = /\bdown\b/.test(q) ? 'down' : /\bup\b/.test(q) ? 'up' : undefined;
      plan.threshold = findThreshold(q) ?? { op: '>', value: 2, percent: true };
      plan.window ??= allData(ctx.data);
      plan.order = 'asc';
      plan.limit = 0;
      plan.restatement = `the days ${who} opened ${plan.direction === 'down' ? 'below' : plan.direction === 'up' ? 'above' : 'away from'} the previous close by more than ${plan.threshold.value}%, over ${w()}`;
      break;
    case 'sector':
      plan.metric = /\b(volume|traded)\b/.test(q) ? 'volume' : 'return';
      plan.window ??= { from: ctx.data.newest, to: ctx.data.newest, day: ctx.data.newest, label: `the newest day in the data → ${ctx.data.newest}` };
      plan.restatement = `${plan.metric === 'volume' ? 'total volume' : 'the average percent change'} per sector${plan.sector ? ` (${plan.sector})` : ''} over ${w()}, from the symbols with data`;
      break;
    case 'streak':
      plan.direction = /\b(losing|down|red|negative|falling|declin\w*)\b/.test(q) ? 'down' : 'up';
      plan.window ??= allData(ctx.data);
      plan.restatement = `the longest run of consecutive ${plan.direction === 'up' ? 'up' : 'down'} closes of ${who} over ${w()}`;
      break;
    case 'vwap':
      plan.window ??= { to: ctx.data.newest, tradingDays: 1, label: `the newest day in the data (${ctx.data.newest})` };
      plan.restatement = `the volume-weighted average price of ${who} over ${w()} (Σ close×volume ÷ Σ volume, from intraday bars where there are some)`;
      break;
    case 'minute_bars':
      plan.window ??= { to: ctx.data.newest, tradingDays: 1, label: `the newest day in the data (${ctx.data.newest})` };
      plan.order = 'asc';
      plan.limit = 0;
      plan.restatement = `per-minute OHLCV bars of ${who} over ${w()}`;
      break;
    case 'period_summary':
      plan.window ??= allData(ctx.data);
      plan.restatement = `one bar for ${who} over ${w()}: first open, highest high, lowest low, last close, total volume, and the change`;
      break;
    case 'off_high':
      plan.window ??= allData(ctx.data);
      plan.restatement = `how far ${who}'s last close is below its highest close over ${w()}`;
      break;
    case 'first_day':
      plan.restatement = `${who}'s first and last session in the data, with their rows`;
      break;
    case 'coverage':
      plan.restatement = 'the dates the data covers, overall and per symbol';
      break;
    case 'symbols':
      plan.restatement = `the symbols with data${plan.sector ? ` in the ${plan.sector} sector` : ''}, with their names and date ranges`;
      break;
  }
  return plan;
}
