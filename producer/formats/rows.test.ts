import { describe, expect, it } from 'vitest';
import { inferDateFormat } from './dates.js';
import { detectLayout, type Layout } from './layouts.js';
import { plainDecimal, readRow, symbolFromFileName } from './rows.js';

const layout = detectLayout('Date,Open,High,Low,Close,Volume,OpenInt'.split(',')) as Layout;
const dates = (inferDateFormat(['2017-11-10'], 'UTC') as { format: import('./dates.js').DateFormat }).format;
const read = (line: string) => readRow(line.split(','), { layout, dates, symbol: 'TSLA' });

describe('symbolFromFileName', () => {
  it('takes the ticker from Kaggle and Yahoo file names', () => {
    expect(symbolFromFileName('data/tsla.us.txt')).toBe('TSLA');
    expect(symbolFromFileName('AAPL.csv')).toBe('AAPL');
    expect(symbolFromFileName('/x/brk-b.us.txt.gz')).toBe('BRK-B');
    expect(symbolFromFileName('afsi_d.us.txt')).toBe('AFSI_D');
  });
});

describe('readRow', () => {
  it('reads a good line exactly', () => {
    expect(read('2017-11-10,302.5,308.36,301.85,302.99,4621912,0')).toEqual({
      row: { symbol: 'TSLA', ts: '2017-11-10T00:00:00', open: 302.5, high: 308.36, low: 301.85, close: 302.99, volume: 4621912 },
    });
  });

  it('refuses a bad symbol after good rows (the check is remembered only for a good one)', () => {
    expect(read('2017-11-10,1,2,1,2,5,0')).toHaveProperty('row');
    expect(readRow('2017-11-10,1,2,1,2,5,0'.split(','), { layout, dates, symbol: 'TS LA' })).toEqual({ reason: 'bad symbol: "TS LA"' });
    expect(read('2017-11-10,1,2,1,2,5,0')).toHaveProperty('row');
  });

  it('accepts float volumes that are whole numbers', () => {
    expect(read('2017-11-10,1,2,1,2,4621912.0,0')).toMatchObject({ row: { volume: 4621912 } });
  });

  it.each([
    ['2017-11-10,abc,2,1,2,5,0', 'open is not a number: "abc"'],
    ['2017-11-10,,2,1,2,5,0', 'missing open'],
    ['2017-11-10,NaN,2,1,2,5,0', 'open is not a number: "NaN"'],
    ['2017-11-10,1,Infinity,1,2,5,0', 'high is not a number: "Infinity"'],
    ['2017-11-10,1,1e999,1,2,5,0', 'high is out of range: "1e999"'],
    ['2017-11-10,0,2,0,2,5,0', 'non-positive open price: 0'],
    ['2017-11-10,1,1,2,1.5,5,0', 'high below low: 1 < 2'],
    ['2017-11-10,1,2,1,2,-5,0', 'negative volume: -5'],
    ['2017-11-10,1,2,1,2,5.5,0', 'volume is not a whole number: 5.5'],
    ['2017-13-10,1,2,1,2,5,0', 'unparseable date: "2017-13-10"'],
    ['2099-01-02,1,2,1,2,5,0', 'date in the future: 2099-01-02'],
  ])('rejects %s: %s', (line, reason) => {
    expect(read(line)).toEqual({ reason: expect.stringContaining(reason) });
  });
});

describe('plainDecimal', () => {
  it('gives the same double as Number() for plain decimals', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = ['0', '0.0', '5.', '.5', '007.50', '302.99', '0.42388', '1234.5678', '999999999999999', '0.00000000000001', '90071992.5474099'];
    for (let i = 0; i < 20000; i++) {
      const digits = 1 + Math.floor(next() * 15);
      let t = '';
      for (let d = 0; d < digits; d++) t += Math.floor(next() * 10);
      const point = Math.floor(next() * (digits + 1));
      texts.push(next() < 0.2 ? t : `${t.slice(0, point)}.${t.slice(point)}`);
    }
    for (const t of texts) expect(plainDecimal(t), t).toBe(Number(t));
  });

  it('leaves everything else to the general path', () => {
    for (const t of ['', '.', '-1', '+1', '1e5', '1.2.3', ' 1', '1 ', '0x10', 'Infinity', '1234567890123456', '12345678.901234567', '0.000000000000001']) {
      expect(plainDecimal(t), t).toBeUndefined();
    }
  });
});
