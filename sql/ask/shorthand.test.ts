import { describe, expect, it } from 'vitest';
import { spellOut } from './shorthand.js';

describe('spellOut', () => {
  it.each([
    ['Netflix 52w hi/lo as of 2012-09-28', 'Netflix 52w high and low as of 2012-09-28'],
    ['NFLX 52-week hi', 'NFLX 52-week high'],
    ['correl INDA DBB Mar-May 2025', 'correlation INDA DBB Mar-May 2025'],
    ['DBB realized vol for 2024', 'DBB volatility for 2024'],
    ['by standard deviation of daily returns', 'by volatility'],
    ['NVDA one-day % change 11 Nov 2016', 'NVDA daily return 11 Nov 2016'],
    ['the biggest single-day drop', 'the biggest daily drop'],
    ['Top five up movers on 10 March 2009', 'Top five gainers on 10 March 2009'],
    ["How high did Netflix trade on Jan 19th '17?", 'How high did Netflix trade on Jan 19th 2017?'],
    ["Apple in Q1 ’99", 'Apple in Q1 1999'],
    ["tsla close Q3'15", 'tsla close Q3 2015'],
    ['days AMD rose more then 5%', 'days AMD rose more than 5%'],
    ['Volume weighted avg price for FXY', 'VWAP for FXY'],
    ['most days in a row netflix went up', 'most days in a row netflix rose'],
    ['did it go up from H1 2015 to H2 2015', 'did it go up from H1 2015 to H2 2015'],
    ['range over 50 cents', 'range over $0.50'],
    ['stocks closing above their 50-day average', 'stocks closed above their 50-day average'],
    ["Tesla's October 2017 as one candle: O, H, L, C, V", "Tesla's October 2017 as one candle: OHLCV"],
    ['the sd of daily returns', 'the standard deviation of daily returns'],
    ["standard deviation of IBM's daily % changes over 2016", "IBM's volatility over 2016"],
    ['TSLA OHLC + vol for the week of Feb 8 2016', 'TSLA OHLCV for the week of Feb 8 2016'],
  ])('%s', (q, full) => expect(spellOut(q)).toBe(full));

  it("leaves a possessive alone: Apple's, the '90s are not years", () => {
    expect(spellOut("Apple's close in the '90s")).toBe("Apple's close in the '90s");
  });

  it('leaves a greeting and an ambiguous "vol" alone', () => {
    expect(spellOut('Hi! INDA vol for March 2025')).toBe('Hi! INDA vol for March 2025');
  });
});
