import { describe, expect, it } from 'vitest';
import { Pacer, parseSpeed } from './pacing.js';

const clock = () => {
  let t = 1000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe('parseSpeed', () => {
  it('reads the three kinds and refuses the rest', () => {
    expect(parseSpeed('10x')).toEqual({ kind: 'factor', factor: 10 });
    expect(parseSpeed('MAX')).toEqual({ kind: 'max' });
    expect(parseSpeed('2d/s')).toEqual({ kind: 'days', perSecond: 2 });
    expect(() => parseSpeed('fast')).toThrow(/not a speed/);
    expect(() => parseSpeed('0x')).toThrow(/not a speed/);
  });
});

describe('Pacer', () => {
  it('at 60x, a market minute is due a wall second later', () => {
    const c = clock();
    const p = new Pacer(parseSpeed('60x'), c.now);
    expect(p.delay('2017-11-10T09:30:00')).toBe(0);
    expect(p.delay('2017-11-10T09:31:00')).toBe(1000);
    c.advance(400);
    expect(p.delay('2017-11-10T09:31:00')).toBe(600);
    c.advance(5000);
    expect(p.delay('2017-11-10T09:32:00')).toBe(0); // late: sent at once, never waits negative
  });

  it('in days mode, each trading day takes the same time, weekends included', () => {
    const c = clock();
    const p = new Pacer(parseSpeed('4d/s'), c.now);
    // Friday, then Monday: one trading day apart, a quarter second at 4 days a second.
    expect(p.dueAt('2017-11-10')).toBe(0);
    expect(p.dueAt('2017-11-13')).toBe(250);
    expect(p.dueAt('2017-11-13')).toBe(250);
    expect(p.dueAt('2017-11-14')).toBe(500);
  });

  it('in days mode, intraday bars spread over their day', () => {
    const p = new Pacer(parseSpeed('1d/s'), clock().now);
    expect(p.dueAt('2017-11-10T09:30:00')).toBe(0);
    expect(p.dueAt('2017-11-10T12:45:00')).toBe(500);
    expect(p.dueAt('2017-11-13T09:30:00')).toBe(1000);
  });

  it('keeps the target rate over a long run exactly on schedule', () => {
    const p = new Pacer(parseSpeed('3600x'), clock().now);
    // A day of minute bars at 3600x: 390 bars over 390 s of market time… → 6.5 wall seconds at the end.
    let last = 0;
    for (let m = 0; m <= 390; m++) last = p.dueAt(new Date(Date.UTC(2017, 10, 10, 9, 30 + m)).toISOString().slice(0, 19));
    expect(last).toBeCloseTo((390 * 60_000) / 3600, 6);
  });

  it('never waits at max speed', () => {
    const p = new Pacer(parseSpeed('max'), clock().now);
    expect(p.delay('2017-11-10')).toBe(0);
    expect(p.delay('2030-01-01')).toBe(0);
  });
});
