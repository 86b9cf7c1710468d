import { describe, expect, it } from 'vitest';
import { readCompanies } from '../companies.js';
import { CONDITION_KINDS } from './kinds.js';
import { readCondition } from './read-condition.js';
import type { WatchRule } from './rule.js';

const names = { companies: readCompanies(), dataSymbols: new Set(['AAPL', 'TSLA', 'NVDA', 'GOOGL', 'AMD', 'KO', 'IBM', 'MSFT', 'DBB', 'AMZN']) };
const rule = (condition: string): WatchRule => {
  const read = readCondition(condition, names);
  if (!('rule' in read)) throw new Error(`${condition}: ${read.refused}`);
  return read.rule;
};
const refusal = (condition: string): string => {
  const read = readCondition(condition, names);
  if ('rule' in read) throw new Error(`${condition}: read as ${JSON.stringify(read.rule)}`);
  expect(read.examples.length).toBeGreaterThan(0);
  return read.refused;
};

describe('reading a watch condition', () => {
  it("reads the issue's four examples into typed rules", () => {
    expect(rule('Tesla falls more than 3% in a day')).toEqual({ kind: 'daily-change', symbol: 'TSLA', direction: 'down', threshold: 0.03 });
    expect(rule('any stock trades 3x its 20-day average volume')).toEqual({ kind: 'volume-spike', symbol: null, multiple: 3, window: 20 });
    expect(rule('Apple crosses above its 50-day average')).toEqual({ kind: 'ma-cross', symbol: 'AAPL', direction: 'above', window: 50 });
    expect(rule('new 52-week high for NVDA')).toEqual({ kind: 'new-high', symbol: 'NVDA' });
  });

  it('reads other phrasings of each kind', () => {
    expect(rule('alert me when $AMD rises more than 7.5% on the day')).toEqual({ kind: 'daily-change', symbol: 'AMD', direction: 'up', threshold: 0.075 });
    expect(rule('MSFT crosses below the 200-day moving average')).toEqual({ kind: 'ma-cross', symbol: 'MSFT', direction: 'below', window: 200 });
    expect(rule('Tesla crosses above $300')).toEqual({ kind: 'price-cross', symbol: 'TSLA', direction: 'above', level: 300 });
    expect(rule('Coca-Cola falls below 40.5 dollars')).toEqual({ kind: 'price-cross', symbol: 'KO', direction: 'below', level: 40.5 });
    expect(rule('any stock makes a new 52-week low')).toEqual({ kind: 'new-low', symbol: null });
    expect(rule('IBM volume above 2.5 times its 50 day average')).toEqual({ kind: 'volume-spike', symbol: 'IBM', multiple: 2.5, window: 50 });
  });

  it('every example of every kind reads as that kind', () => {
    for (const k of CONDITION_KINDS) for (const e of k.examples) expect(rule(e).kind, e).toMatch(k.kind === 'new-high' ? /^new-(high|low)$/ : new RegExp(`^${k.kind}$`));
  });

  it('reads "notify me when", numbers with thousands separators, number words and "fresh" highs', () => {
    expect(rule('notify me when NVDA crosses below its 50-day MA')).toEqual({ kind: 'ma-cross', symbol: 'NVDA', direction: 'below', window: 50 });
    expect(rule('alert if Alphabet breaks above 1,000 dollars')).toEqual({ kind: 'price-cross', symbol: 'GOOGL', direction: 'above', level: 1000 });
    expect(rule('TSLA volume is more than two times its 50-day average volume')).toEqual({ kind: 'volume-spike', symbol: 'TSLA', multiple: 2, window: 50 });
    expect(rule('$KO sets a fresh 52 week low')).toEqual({ kind: 'new-low', symbol: 'KO' });
  });

  it('reads a known company without data yet, and says so', () => {
    expect(readCondition('Oracle falls 5% in a day', names)).toEqual({ rule: { kind: 'daily-change', symbol: 'ORCL', direction: 'down', threshold: 0.05 }, note: 'no data for ORCL yet: the rule fires once its rows land (stockctl replay FILE)' });
    expect(readCondition('Tesla falls 5% in a day', names)).not.toHaveProperty('note');
  });

  it('refuses what it cannot read, naming why, with examples', () => {
    expect(refusal('Tesla falls more than 3% in a day after earnings')).toMatch(/fundamentals|earnings/);
    expect(refusal("when Apple's P/E ratio drops below 20")).toMatch(/valuation|not in the data/);
    expect(refusal('Tesla falls more than 3% in a week')).toMatch(/not understood: "week"/);
    expect(refusal('Tesla and Apple fall more than 3% in a day')).toMatch(/one rule watches one stock/);
    expect(refusal('falls more than 3% in a day')).toMatch(/no stock named/);
    expect(refusal('any stock crosses above 40')).toMatch(/not a condition|not understood/);
    expect(refusal("'; DROP TABLE watch_rules; --")).toMatch(/SQL or a shell command/);
    expect(refusal('Tesla does something interesting')).toMatch(/not a condition|not understood/);
    expect(refusal('tech stocks fall more than 3% in a day')).toMatch(/sector/);
  });
});
