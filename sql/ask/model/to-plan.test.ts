// A validated model plan becomes the engine's Plan: the family from its kind, labels and the restatement written
// by the project from the slots, and a named day read as the rules read one.

import { describe, expect, it } from 'vitest';
import { toPlan } from './to-plan.js';

describe('toPlan', () => {
  it('takes the family from the kind and restates the slots, marked as read by the model', () => {
    const p = toPlan({ kind: 'gainers-losers', symbols: [], everyStock: true, sector: 'Information Technology', window: { from: '2017-10-01', to: '2017-10-31' }, order: 'desc', limit: 5 });
    expect(p.family).toBe('rankings');
    expect(p.restatement).toBe('the biggest gainers or losers by change of the close of the Information Technology stocks over 2017-10-01 … 2017-10-31; highest first, 5 rows (read by the model)');
    expect(p.notes).toEqual(['read by the model']);
    expect(p.used).toEqual([]);
    expect(p.window?.label).toBe('2017-10-01 … 2017-10-31');
  });

  it('says a condition, a moving average, periods and clock times', () => {
    expect(toPlan({ kind: 'threshold-count', symbols: ['TSLA'], window: { from: '2016-01-01', to: '2016-12-31' }, measure: 'return', threshold: { op: '<', value: -5, percent: true, abs: true } }).restatement).toBe(
      'the number of sessions meeting a condition of TSLA over 2016-01-01 … 2016-12-31; daily return, either way < -5% (read by the model)',
    );
    expect(toPlan({ kind: 'crossover', symbols: ['AAPL'], window: { from: '2010-01-01', to: '2017-11-10' }, lengths: [50, 200], direction: 'up', limit: 1 }).restatement).toBe(
      'the days the short moving average crossed the long one of AAPL over 2010-01-01 … 2017-11-10; 50 and 200 sessions, upward, 1 row (read by the model)',
    );
    expect(toPlan({ kind: 'period-over-period', symbols: ['INTC'], window: { from: '2016-01-01', to: '2016-12-31' }, baseWindow: { from: '2015-01-01', to: '2015-12-31' }, stat: 'avg', measure: 'close' }).restatement).toBe(
      'a figure over one period against an earlier one of INTC over 2016-01-01 … 2016-12-31; average close, against 2015-01-01 … 2015-12-31 (read by the model)',
    );
    expect(toPlan({ kind: 'minute-bars', symbols: ['FXY'], window: { day: '2025-07-08' }, clock: { from: '10:00', to: '10:15' } }).restatement).toBe(
      'the minute bars of FXY over 2025-07-08; from 10:00 to 10:15 New York time (read by the model)',
    );
  });

  it('reads a day named alone as from = to = that day, and { to, day } as the session on or before it', () => {
    expect(toPlan({ kind: 'day-value', symbols: ['TSLA'], window: { day: '2016-03-05' }, measure: 'close' }).window).toEqual({ from: '2016-03-05', to: '2016-03-05', day: '2016-03-05', label: '2016-03-05' });
    expect(toPlan({ kind: 'day-value', symbols: ['TSLA'], window: { to: '2016-03-05', day: '2016-03-05' }, measure: 'close' }).window).toEqual({ to: '2016-03-05', day: '2016-03-05', label: 'the session on or before 2016-03-05' });
  });
});
