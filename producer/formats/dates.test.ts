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

  it('decides day/month by the first value that proves it, wherever it is, and says where', () => {
    const head = Array.from({ length: 600 }, (_, i) => ({ text: `${String((i % 12) + 1).padStart(2, '0')}-01-2018`, line: i + 2 }));
    const r = inferDateFormat(head, TZ);
    expect('pending' in r).toBe(true);
    if (!('pending' in r)) return;
    expect(r.feed({ text: '05-02-2018', line: 602 })).toBeUndefined();
    const found = r.feed({ text: '31-01-2018', line: 2538 }) as Inferred;
    expect(found.note).toBe('dates read day first (day/month/year): "31-01-2018" at line 2,538 fits no other order');
    expect(found.format.parse('05-02-2018')).toBe('2018-02-05T00:00:00');
  });

  it('refuses to guess when nothing decides, naming the flags; the flags settle it', () => {
    const values = ['01/02/2017', '02/02/2017', '03/02/2017', '06/02/2017', '07/02/2017'];
    const r = inferDateFormat(values, TZ);
    expect('pending' in r && r.undecided()).toContain('--day-first');
    const dayFirst = inferDateFormat(values, TZ, 'day-first') as Inferred;
    expect(dayFirst.format.parse('03/02/2017')).toBe('2017-02-03T00:00:00');
    expect(dayFirst.note).toContain('as --day-first says');
    const monthFirst = inferDateFormat(values, TZ, 'month-first') as Inferred;
    expect(monthFirst.format.parse('03/02/2017')).toBe('2017-03-02T00:00:00');
  });

  it('reads two-digit years, month names, Excel serials and Stooq-style compact dates', () => {
    expect(infer(['01/31/18', '02/01/18']).format.parse('01/31/18')).toBe('2018-01-31T00:00:00');
    expect(infer(['31/01/69']).format.parse('31/01/69')).toBe('1969-01-31T00:00:00');
    const names = infer(['2-Jan-18', 'Jan 02, 2018', '02 Jan 2018', 'January 2, 2018']).format;
    for (const t of ['2-Jan-18', 'Jan 02, 2018', '02 Jan 2018', 'January 2, 2018', 'Sept 5, 2017']) expect(names.parse(t), t).toMatch(/^(2018-01-02|2017-09-05)T00:00:00$/);
    expect(names.parse('Janx 02, 2018')).toBeUndefined();
    expect(infer(['43102', '43103']).format.parse('43102')).toBe('2018-01-02T00:00:00');
    expect(infer(['43102.5']).format.parse('43102.5')).toBe('2018-01-02T12:00:00');
    expect(infer(['20180102 000000', '20180103 000000']).format.parse('20180102 153000')).toBe('2018-01-02T15:30:00');
  });

  it('converts offsets and Z to the exchange zone, and keeps midnight-stamped daily dates as written', () => {
    const z = infer(['2024-03-15T14:30:00Z', '2024-03-15T14:31:00Z']);
    expect(z.format.parse('2024-03-15T14:30:00Z')).toBe('2024-03-15T10:30:00'); // EDT
    expect(z.format.parse('2024-01-15 14:30:00+00:00')).toBe('2024-01-15T09:30:00'); // EST
    expect(z.note).toContain('converted to America/New_York');
    const daily = infer(['2018-01-02 00:00:00-05:00', '2018-01-03 00:00:00-05:00']);
    expect(daily.format.parse('2018-01-02 00:00:00-05:00')).toBe('2018-01-02T00:00:00');
    // A plain ISO reader never takes a Z as local time.
    expect(infer(['2017-11-09', '2017-11-10']).format.parse('2017-11-10T14:30:00Z')).toBeUndefined();
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
