import { describe, expect, it } from 'vitest';
import { readCompanies } from '../companies.js';
import { compile } from './compile.js';
import { checkSql } from './guard.js';
import { HOSTILE_QUESTIONS } from './hostile.js';
import { SECTORS } from './names.js';
import { EXAMPLES, parseQuestion, type ParseContext } from './parse.js';
import { INTENTS, isPlan, type Intent, type Plan } from './plan.js';

const ctx: ParseContext = {
  companies: readCompanies(),
  dataSymbols: new Set(['AAPL', 'AMD', 'AMZN', 'FB', 'GOOGL', 'IBM', 'INTC', 'JPM', 'KO', 'MSFT', 'NFLX', 'NVDA', 'TSLA']),
  data: { oldest: '1962-01-02', newest: '2017-11-10' },
};

const plan = (q: string): Plan => {
  const p = parseQuestion(q, ctx);
  if (!isPlan(p)) throw new Error(`not understood: ${q}: ${p.problem}`);
  return p;
};

describe('parseQuestion', () => {
  it.each<[string, Intent, Partial<Plan>]>([
    ['recent Tesla prices', 'latest', { symbols: ['TSLA'], limit: 10 }],
    ['latest 5 Apple prices', 'latest', { symbols: ['AAPL'], limit: 5 }],
    ['Tesla close on 2016-03-04', 'on_date', { symbols: ['TSLA'] }],
    ['Apple prices in March 2016', 'rows', { symbols: ['AAPL'] }],
    ['average Microsoft close in 2016', 'aggregate', { aggregation: 'avg', metric: 'close' }],
    ['highest Netflix volume last year', 'aggregate', { aggregation: 'max', metric: 'volume' }],
    ['total IBM volume in 2015', 'aggregate', { aggregation: 'sum', metric: 'volume' }],
    ['median Intel close in 2016', 'aggregate', { aggregation: 'median' }],
    ['when did Tesla hit its highest close', 'extreme_date', { direction: 'up', metric: 'close' }],
    ['which day had the lowest Apple close in 2016', 'extreme_date', { direction: 'down' }],
    ['Nvidia 52-week high and low', 'week52', {}],
    ['how much did Amazon change in 2016', 'change', {}],
    ['percent change of IBM from 2015-01-02 to 2016-01-04', 'change', {}],
    ['daily returns of Tesla last week', 'daily_returns', {}],
    ['biggest daily drops of Netflix', 'biggest_moves', { direction: 'down' }],
    ['top 5 gainers last month', 'top', { limit: 5, direction: 'up', metric: 'return' }],
    ['worst performers in 2016', 'top', { direction: 'down' }],
    ['most traded stocks yesterday', 'top', { metric: 'volume', direction: 'up' }],
    ['compare Apple and Microsoft in 2016', 'compare', { symbols: ['AAPL', 'MSFT'] }],
    ['AAPL vs MSFT ytd', 'compare', { symbols: ['AAPL', 'MSFT'] }],
    ['rank Apple, Microsoft and IBM by return this year', 'rank', { symbols: ['AAPL', 'MSFT', 'IBM'] }],
    ['monthly average close of Tesla in 2016', 'grouped', { groupBy: 'month', aggregation: 'avg' }],
    ['yearly volume of IBM', 'grouped', { groupBy: 'year', metric: 'volume', aggregation: 'sum' }],
    ['Apple month over month change in 2017', 'period_change', { groupBy: 'month' }],
    ['year over year change of Microsoft', 'period_change', { groupBy: 'year' }],
    ['20-day moving average of Tesla last month', 'moving_average', { lengths: [20] }],
    ['50 and 200 day moving averages of Apple in 2017', 'moving_average', { lengths: [50, 200] }],
    ['when did Apple 50-day average cross the 200-day', 'crossover', { lengths: [50, 200] }],
    ['golden cross of Microsoft', 'crossover', { lengths: [50, 200], direction: 'up' }],
    ['days Tesla closed above 300', 'threshold_days', { threshold: { op: '>', value: 300, percent: false } }],
    ['when did Apple drop more than 5%', 'threshold_days', { metric: 'return' }],
    ['how many days did Amazon close above 1000 in 2017', 'count_days', { threshold: { op: '>', value: 1000, percent: false } }],
    ['how many up days did Tesla have in 2016', 'count_days', { metric: 'return', threshold: { op: '>', value: 0, percent: true } }],
    ['volatility of Tesla in 2016', 'volatility', {}],
    ['correlation between Apple and Microsoft returns in 2016', 'correlation', { symbols: ['AAPL', 'MSFT'] }],
    ['biggest intraday range of Tesla this year', 'day_range', { aggregation: 'max' }],
    ['average daily range of Apple in 2016', 'day_range', { aggregation: 'avg' }],
    ['Tesla gaps up last month', 'gaps', { direction: 'up' }],
    ['average return by sector last month', 'sector', {}],
    ['longest winning streak of Apple', 'streak', { direction: 'up' }],
    ['longest losing streak of Netflix in 2016', 'streak', { direction: 'down' }],
    ['VWAP of Tesla last week', 'vwap', {}],
    ['minute bars of Apple on 2017-11-10', 'minute_bars', {}],
    ['summary of Apple in 2016', 'period_summary', {}],
    ['Tesla OHLC last month', 'period_summary', {}],
    ['how far is Tesla from its all-time high', 'off_high', {}],
    ['Netflix drawdown from its high in 2016', 'off_high', {}],
    ['when did Facebook start trading', 'first_day', { symbols: ['FB'] }],
    ['what dates does the data cover', 'coverage', {}],
    ['which technology stocks are there', 'symbols', { sector: 'Information Technology' }],
  ])('%s → %s', (q, intent, fields) => {
    const p = plan(q);
    expect(p.intent).toBe(intent);
    expect(p).toMatchObject(fields);
    expect(p.restatement).not.toBe('');
  });

  it('covers at least 30 kinds of question, and every example is understood', () => {
    expect(INTENTS.length).toBeGreaterThanOrEqual(30);
    const seen = new Set(EXAMPLES.map((e) => plan(e).intent));
    expect([...INTENTS].filter((i) => !seen.has(i))).toEqual([]);
  });

  it('asks back for an ambiguous name, with the options', () => {
    const p = parseQuestion('recent Google prices', ctx);
    expect(isPlan(p)).toBe(false);
    if (!isPlan(p)) {
      expect(p.problem).toContain('GOOG');
      expect(p.problem).toContain('GOOGL');
      expect(p.suggestions).toEqual(['recent GOOG prices', 'recent GOOGL prices']);
    }
  });

  it('says "did you mean" for an unknown name, and reads a clear typo with a note', () => {
    const unknown = parseQuestion('recent Mircosfot prices', ctx);
    expect(isPlan(unknown) ? unknown.notes : [unknown.problem]).toEqual([expect.stringMatching(/Microsoft/)]);
    const typo = plan('recent Teslaa prices');
    expect(typo.symbols).toEqual(['TSLA']);
    expect(typo.notes).toEqual(['read "teslaa" as Tesla (TSLA)']);
  });

  it('refuses what it cannot read, with examples near the question', () => {
    const p = parseQuestion('what is the meaning of life', ctx);
    expect(isPlan(p)).toBe(false);
    if (!isPlan(p)) expect(p.suggestions.length).toBeGreaterThan(0);
    expect(isPlan(parseQuestion('correlation of Apple', ctx))).toBe(false);
    expect(isPlan(parseQuestion('', ctx))).toBe(false);
  });
});

describe('compiled SQL', () => {
  it('passes the parser-based guard for every example question', async () => {
    for (const q of EXAMPLES) await expect(checkSql(compile(plan(q)).sql), q).resolves.toBeUndefined();
  });

  const sectors = new Set(Object.keys(SECTORS));
  const safeParam = (v: unknown): boolean =>
    (Array.isArray(v) && v.every((s) => ctx.dataSymbols.has(s) || ctx.companies.some((c) => c.symbol === s))) ||
    (typeof v === 'number' && Number.isFinite(v)) ||
    (typeof v === 'string' && (/^\d{4}-\d{2}-\d{2}$/.test(v) || sectors.has(v) || ctx.dataSymbols.has(v)));

  it.each(HOSTILE_QUESTIONS.map((q) => [q.length > 70 ? q.slice(0, 70) + '…' : q, q]))('hostile: %s', async (_label, q) => {
    const p = parseQuestion(q, ctx);
    if (!isPlan(p)) return; // refused: nothing reaches the database
    const query = compile(p);
    await expect(checkSql(query.sql)).resolves.toBeUndefined();
    // Nothing of the question is in the SQL text; every value is a bound, known-safe parameter.
    expect(query.sql).not.toMatch(/drop|delete|insert|update|truncate|pg_sleep|pg_read_file|copy|grant|alter|;|--|\/\*/i);
    for (const v of query.params) expect(safeParam(v), `parameter ${JSON.stringify(v)}`).toBe(true);
  });

  it('has a corpus of at least 50 hostile questions', () => {
    expect(HOSTILE_QUESTIONS.length).toBeGreaterThanOrEqual(50);
  });
});
