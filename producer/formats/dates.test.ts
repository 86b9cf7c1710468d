import { describe, expect, it } from 'vitest';
import { inferDateFormat, type Inferred } from './dates.js';

const TZ = 'America/New_York';
const infer = (values: string[]) => {
  const r = inferDateFormat(values, TZ);
  if ('error' in r) throw new Error(r.error);
  return r as Inferred;
};

describe('inferDateFormat', () => {
  it('reads ISO dates and timestamps', () => {
    const f = infer(['2017-11-09', '2017-11-10']).format;
    expect(f.parse('2017-11-10')).toBe('2017-11-10T00:00:00');
    expect(f.parse('2017-11-10 09:31')).toBe('2017-11-10T09:31:00');
    expect(f.parse('2017-11-10T09:31:05.250')).toBe('2017-11-10T09:31:05.250');
    expect(f.parse('2017-02-30')).toBeUndefined();
  });

  it('checks plain calendar dates as closely as the general pattern does', () => {
    const f = infer(['2017-11-09', '2017-11-10']).format;
    expect(f.parse('2016-02-29')).toBe('2016-02-29T00:00:00');
    expect(f.parse('2000-02-29')).toBe('2000-02-29T00:00:00');
    for (const bad of ['2017-02-29', '1900-02-29', '2017-00-10', '2017-11-00', '2017-11-31', '1799-12-31', '2201-01-01', '2017-1a-10', '2017/11/1x']) {
      expect(f.parse(bad), bad).toBeUndefined();
    }
    // Other spellings still go through the general pattern.
    expect(f.parse('2017-1-5')).toBe('2017-01-05T00:00:00');
    expect(f.parse('2017/11/10')).toBe('2017-11-10T00:00:00');
    expect(f.parse(' 2017-11-10 ')).toBe('2017-11-10T00:00:00');
  });

  it('tells month/day from day/month by a day above 12, and says so', () => {
    const us = infer(['11/9/2017', '11/10/2017', '11/13/2017']);
    expect(us.format.parse('11/13/2017')).toBe('2017-11-13T00:00:00');
    expect(us.note).toContain('month/day/year');
    const eu = infer(['09-11-2017', '10-11-2017', '13-11-2017']);
    expect(eu.format.parse('13-11-2017')).toBe('2017-11-13T00:00:00');
    expect(eu.note).toContain('day/month/year');
  });

  it('uses the order of the rows when no day is above 12', () => {
    // 1, 2, 3, 6, 7 February as day/month: a few days apart; as month/day they jump a month at a time.
    const values = ['01/02/2017', '02/02/2017', '03/02/2017', '06/02/2017', '07/02/2017'];
    const r = infer(values);
    expect(r.format.parse('03/02/2017')).toBe('2017-02-03T00:00:00');
    expect(r.note).toContain('day/month/year');
  });

  it('reads unix time in the exchange time zone', () => {
    const r = infer(['1510324200', '1510324260']);
    expect(r.format.parse('1510324200')).toBe('2017-11-10T09:30:00');
    expect(r.format.parse('1510324200250')).toBe('2017-11-10T09:30:00.250');
  });

  it('tolerates a stray bad value and rejects a column of nonsense', () => {
    expect(infer([...Array(20).fill('2017-11-10'), 'garbage']).format.parse('2017-01-02')).toBe('2017-01-02T00:00:00');
    const r = inferDateFormat(['yesterday', 'today'], TZ);
    expect('error' in r && r.error).toContain('"yesterday"');
  });
});
