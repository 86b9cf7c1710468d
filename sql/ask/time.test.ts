import { describe, expect, it } from 'vitest';
import { findTime, findTimes, parseDate, periodOf, sayYears } from './time.js';

const data = { oldest: '1962-01-02', newest: '2017-11-10' }; // a Friday
const win = (q: string) => findTime(q, data)?.window;

describe('parseDate', () => {
  it.each([
    ['2016-03-04', '2016-03-04'],
    ['2016/3/4', '2016-03-04'],
    ['3/4/2016', '2016-03-04'],
    ['March 4, 2016', '2016-03-04'],
    ['Mar 4th 2016', '2016-03-04'],
    ['4 March 2016', '2016-03-04'],
    ['4th of March, 2016', '2016-03-04'],
    ['15/08/2016', '2016-08-15'], // the first number cannot be a month: day first
    ['9/30/14', '2014-09-30'], // two digits: this century's up to 2030
    ['1/5/99', '1999-01-05'],
    ['Saturday, Aug 22 2015', '2015-08-22'],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('refuses dates that do not exist', () => {
    expect(parseDate('2016-02-30')).toBeUndefined();
    expect(parseDate('13/45/2016')).toBeUndefined();
  });
});

describe('findTime, against the newest date in the data (2017-11-10)', () => {
  it.each([
    ['prices on 2016-03-04', { from: '2016-03-04', to: '2016-03-04', day: '2016-03-04' }],
    ['between 2015-01-02 and 2016-01-04', { from: '2015-01-02', to: '2016-01-04', anchored: true }],
    ['from March 1, 2016 to April 15, 2016', { from: '2016-03-01', to: '2016-04-15', anchored: true }],
    ['since 2015', { from: '2015-01-01', to: '2017-11-10' }],
    ['since 2016-06-01', { from: '2016-06-01', to: '2017-11-10', anchored: true }],
    ['in 2016', { from: '2016-01-01', to: '2016-12-31' }],
    ['in March 2016', { from: '2016-03-01', to: '2016-03-31' }],
    ['in 2016-02', { from: '2016-02-01', to: '2016-02-29' }],
    ['in Q3 2016', { from: '2016-07-01', to: '2016-09-30' }],
    ['second quarter of 2015', { from: '2015-04-01', to: '2015-06-30' }],
    ['last week', { from: '2017-10-30', to: '2017-11-05' }],
    ['last month', { from: '2017-10-01', to: '2017-10-31' }],
    ['last quarter', { from: '2017-07-01', to: '2017-09-30' }],
    ['last year', { from: '2016-01-01', to: '2016-12-31' }],
    ['this month', { from: '2017-11-01', to: '2017-11-10' }],
    ['YTD', { from: '2017-01-01', to: '2017-11-10' }],
    ['quarter to date', { from: '2017-10-01', to: '2017-11-10' }],
    ['past 3 months', { from: '2017-08-11', to: '2017-11-10' }],
    ['last 2 weeks', { from: '2017-10-28', to: '2017-11-10' }],
    ['in March', { from: '2017-03-01', to: '2017-03-31' }],
    ['in December', { from: '2016-12-01', to: '2016-12-31' }],
    ['a year ago', { from: '2016-11-10', to: '2016-11-10', day: '2016-11-10' }],
    ['today', { from: '2017-11-10', to: '2017-11-10', day: '2017-11-10' }],
    ['AAPL prices Jan 16-19, 2017', { from: '2017-01-16', to: '2017-01-19', anchored: true }],
    ['NFLX for Feb 2 to Feb 6, 2015', { from: '2015-02-02', to: '2015-02-06', anchored: true }],
    ['KO from the March 1st close to the March 31st close, 2017', { from: '2017-03-01', to: '2017-03-31', anchored: true }],
    ['msft 12/28/2015 thru 1/5/2016', { from: '2015-12-28', to: '2016-01-05', anchored: true }],
    ['closes for H1 2017', { from: '2017-01-01', to: '2017-06-30' }],
    ['the second half of 2012', { from: '2012-07-01', to: '2012-12-31' }],
    ['FXY monthly average close, Jan-Jun 2024', { from: '2024-01-01', to: '2024-06-30' }],
    ['yearly volume, 2013 through 2016', { from: '2013-01-01', to: '2016-12-31' }],
    ['the week of Jan 9 2017', { from: '2017-01-09', to: '2017-01-15' }],
    ['the weeks of Feb 6, Feb 13 and Feb 20, 2017', { from: '2017-02-06', to: '2017-02-26' }],
    ['closing price on christmas eve 2015', { from: '2015-12-24', to: '2015-12-24', day: '2015-12-24' }],
    ['IBM 52w low at the end of 2012', { day: '2012-12-31' }],
    ['before March 1, 2016', { from: '1962-01-02', to: '2016-02-29', before: true }],
  ])('%s', (q, expected) => expect(win(q)).toMatchObject(expected));

  it('leaves trading-day counts and "yesterday" to the data', () => {
    expect(win('past 5 trading days')).toMatchObject({ to: '2017-11-10', tradingDays: 5 });
    expect(win('yesterday')).toMatchObject({ day: '2017-11-09' });
    expect(win('yesterday')?.from).toBeUndefined();
  });

  it('says how it read the window', () => {
    expect(win('last month')?.label).toBe('last month → 2017-10-01 … 2017-10-31');
    expect(win('in March')?.label).toContain('the newest one in the data');
  });

  it('finds nothing where there is no time', () => {
    expect(win('recent Tesla prices')).toBeUndefined();
  });
});

describe('periodOf', () => {
  it('gives weeks from Monday, quarters and leap Februaries', () => {
    expect(periodOf('2017-11-10', 'week')).toEqual({ from: '2017-11-06', to: '2017-11-12' });
    expect(periodOf('2016-02-10', 'month')).toEqual({ from: '2016-02-01', to: '2016-02-29' });
    expect(periodOf('2017-11-10', 'quarter')).toEqual({ from: '2017-10-01', to: '2017-12-31' });
  });
});

describe('findTimes', () => {
  it('finds every time of a question, in order', () => {
    const w = findTimes('average close in Q3 2017 relative to Q3 2016', data).map((t) => [t.window.from, t.window.to]);
    expect(w).toEqual([['2017-07-01', '2017-09-30'], ['2016-07-01', '2016-09-30']]);
    const days = findTimes('from the last close of 2014 to the last close of 2015', data).map((t) => t.window.day);
    expect(days).toEqual(['2014-12-31', '2015-12-31']);
  });
});

describe('bounds written before a time, and named days', () => {
  const intraday = { oldest: '2023-07-10', newest: '2025-07-08' };
  const w = (q: string) => findTimes(q, intraday).map((t) => t.window);
  it('since the start of a month runs from its first day to the newest date', () => {
    expect(w("FXY's lowest close since the start of July 2024")).toMatchObject([{ from: '2024-07-01', to: '2025-07-08' }]);
  });
  it('since a year-end close is measured from that close', () => {
    expect(w('performance since the last close of 2024')).toMatchObject([{ from: '2024-12-31', to: '2025-07-08', anchored: true }]);
  });
  it('a date in brackets restating the time before it is the same time, not a second one', () => {
    const said = (q: string) => findTimes(q, intraday).filter((t) => !t.restates).map((t) => t.window);
    expect(said('How much has FXY changed since the 2024 year-end close (Dec 31, 2024)?')).toMatchObject([{ from: '2024-12-31', to: '2025-07-08', anchored: true }]);
    expect(findTimes('How much has FXY changed since the 2024 year-end close (Dec 31, 2024)?', intraday).at(-1)).toMatchObject({ text: 'dec 31, 2024', restates: true });
    expect(said('FXY from the close of 2024 (i.e. 2024-12-31) to the latest close')).toHaveLength(2);
  });
  it('"2017 through Nov 10", a span of two days without a year, "at its latest session"', () => {
    expect(findTimes('Tesla volatility for 2017 through Nov 10', data).map((t) => t.window)).toMatchObject([{ from: '2017-01-01', to: '2017-11-10', anchored: true }]);
    expect(w('DBB from the May 30 close to the June 30 close')).toMatchObject([{ from: '2025-05-30', to: '2025-06-30', anchored: true }]);
    expect(w('DBB from the March 31 close to the April 8 close this year')).toMatchObject([{ from: '2025-03-31', to: '2025-04-08', anchored: true }]);
    expect(w("INDA's 20-day moving average at its latest session")).toMatchObject([{ day: '2025-07-08' }]);
    expect(w('the four weeks starting March 3, 10, 17 and 24, 2025')).toMatchObject([{ from: '2025-03-03', to: '2025-03-30' }]);
  });
  it('the day after a day is the next one, a weekday; a date restating it after a comma is the same time', () => {
    expect(findTimes('top 4 performers on the day after the 2016 election', data).map((t) => t.window)).toMatchObject([{ day: '2016-11-09', to: '2016-11-09' }]);
    expect(findTimes('JPM open the morning after the 2016 election, Nov 9 2016', data).map((t) => [t.window.day, t.restates])).toEqual([['2016-11-09', undefined], ['2016-11-09', true]]);
    expect(findTimes('the day after 2016-11-11', data).map((t) => t.window)).toMatchObject([{ day: '2016-11-11' }]);
    expect(findTimes('on what day after June 1 2016 did it first cross (the next day on)', data).map((t) => t.window)).toMatchObject([{ from: '2016-06-02', to: '2017-11-10' }]);
  });
  it('before a month ends the day before it starts', () => {
    expect(w('last golden cross before July 2025')).toMatchObject([{ from: '2023-07-10', to: '2025-06-30', before: true }]);
  });
  it('two months joined by "through" are the range between them, not "everything up to"; each end is kept', () => {
    const [t] = findTimes('March 2024 through June 2024', data);
    expect(t?.window).toMatchObject({ from: '2024-03-01', to: '2024-06-30' });
    expect(t?.window.before).toBeUndefined();
    expect(t?.ends?.map((e) => [e.from, e.to])).toEqual([['2024-03-01', '2024-03-31'], ['2024-06-01', '2024-06-30']]);
  });
  it('"the lowest close of 2013" is the year, "the close of 2013" its last day', () => {
    expect(win('lowest close of 2013')).toMatchObject({ from: '2013-01-01', to: '2013-12-31' });
    expect(win('the close of 2013')).toMatchObject({ day: '2013-12-31' });
  });
  it('the final N sessions of a period', () => {
    expect(win('final 5 trading days of 2013')).toMatchObject({ to: '2013-12-31', tradingDays: 5 });
    expect(win('the last 3 sessions of March 2016')).toMatchObject({ to: '2016-03-31', tradingDays: 3 });
  });
  it('weeks listed with their month said once', () => {
    expect(win('the weeks of Oct 3, 10, 17 and 24, 2016')).toMatchObject({ from: '2016-10-03', to: '2016-10-30' });
  });
  it('Black Monday, with or without its date; another date beside it is not read as the same day', () => {
    expect(findTimes('Intel on Black Monday, 19 Oct 1987', data).map((t) => t.window.day)).toEqual(['1987-10-19']);
    expect(win('Intel on Black Monday')).toMatchObject({ day: '1987-10-19' });
    expect(findTimes('Black Monday, 24 Aug 2015', data).map((t) => t.window.day)).toEqual(['2015-08-24']);
  });
});

describe('findTimes: more bounds', () => {
  it('the last N sessions up to or before a day', () => {
    expect(win('tesla last 10 trading days up to 2017-11-10')).toMatchObject({ to: '2017-11-10', tradingDays: 10 });
    expect(win('the last 4 sessions before Christmas Day 2015')).toMatchObject({ to: '2015-12-24', tradingDays: 4 });
  });
  it('election days', () => {
    expect(win('from election day 2016')).toMatchObject({ day: '2016-11-08' });
    expect(win('the 2012 election')).toMatchObject({ day: '2012-11-06' });
  });
  it('"measured from" a close is "since" it', () => {
    expect(findTimes('year to date, measured from the 2016 year-end close', data).at(-1)?.window).toMatchObject({ from: '2016-12-31', to: '2017-11-10', anchored: true });
  });
});

describe('findTimes: a year to date named by its year', () => {
  it('YTD 2017 is 2017 up to the newest date, whatever the newest date of all the data', () => {
    expect(findTimes('best performer YTD 2017', { oldest: '1962-01-02', newest: '2025-07-08' })[0]?.window).toMatchObject({ from: '2017-01-01', to: '2017-12-31' });
    expect(win('2017 year to date')).toMatchObject({ from: '2017-01-01', to: '2017-11-10' });
  });
});

describe('days and spans said without a year, against the newest date in the data (2017-11-10)', () => {
  it.each([
    ['close on June 30', { from: '2017-06-30', to: '2017-06-30', day: '2017-06-30' }],
    ['on Dec 29', { from: '2016-12-29', to: '2016-12-29', day: '2016-12-29' }], // the newest Dec 29 up to 2017-11-10
    ['since the May 30 close', { from: '2017-05-30', to: '2017-11-10', anchored: true }],
    ['May 30 close to June 30 close', { from: '2017-05-30', to: '2017-06-30', anchored: true }],
    ['from 11 July to 29 September 2016', { from: '2016-07-11', to: '2016-09-29', anchored: true }],
    ['from the Mar 31 close to the Apr 30 close (2016)', { from: '2016-03-31', to: '2016-04-30', anchored: true }],
    ['at the end of September 2014', { from: '2014-09-30', to: '2014-09-30', day: '2014-09-30' }],
    ['measured close 6/30/16 to close 9/30/16', { from: '2016-06-30', to: '2016-09-30', anchored: true }],
  ])('%s', (q, w) => expect(win(q)).toMatchObject(w));

  it('does not guess the year of a bare day when the question says one elsewhere', () => {
    expect(findTimes('the close on June 30 in 2015', data).map((t) => t.window.from)).toEqual(['2015-01-01']);
    expect(findTimes('the close on June 30 last year', data).some((t) => t.window.day === '2017-06-30')).toBe(false);
  });

  it('says "this year" and "last year" after a day, span, half or quarter as the year', () => {
    expect(sayYears('FXY closes June 23-27 this year', data)).toBe('FXY closes June 23-27 2017');
    expect(sayYears('the 2nd of April last year', data)).toBe('the 2nd of April 2016');
    expect(sayYears('the first half of this year vs Q1 last year', data)).toBe('the first half 2017 vs Q1 2016');
    expect(sayYears('what happened this year', data)).toBe('what happened this year');
    expect(sayYears('volume in H2 2016 compared to H1', data)).toBe('volume in H2 2016 compared to H1 2016');
    expect(sayYears('Q2 2016 than Q1', data)).toBe('Q2 2016 than Q1 2016');
  });
});
