import { describe, expect, it } from 'vitest';
import { findTime, parseDate, periodOf } from './time.js';

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
