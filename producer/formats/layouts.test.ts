import { describe, expect, it } from 'vitest';
import { detectLayout, type Layout } from './layouts.js';

const detect = (header: string) => {
  const r = detectLayout(header.split(','));
  if ('error' in r) throw new Error(r.error);
  return r as Layout;
};

describe('detectLayout', () => {
  it('knows the Huge Stock Market Dataset, with or without a BOM', () => {
    const l = detect('\uFEFFDate,Open,High,Low,Close,Volume,OpenInt');
    expect(l.name).toContain('Huge Stock Market Dataset');
    expect(l.columns).toMatchObject({ date: 0, open: 1, high: 2, low: 3, close: 4, volume: 5 });
    expect(l.columns.symbol).toBeUndefined();
  });

  it('knows Yahoo (Adj Close spelt either way), all_stocks_5yr and indexProcessed', () => {
    expect(detect('Date,Open,High,Low,Close,Adj Close,Volume').name).toContain('Yahoo');
    expect(detect('Date,Open,High,Low,Close,AdjClose,Volume').columns.close).toBe(4);
    const sp = detect('date,open,high,low,close,volume,Name');
    expect(sp.name).toContain('all_stocks_5yr');
    expect(sp.columns.symbol).toBe(6);
    const idx = detect('Index,Date,Open,High,Low,Close,Adj Close,Volume,CloseUSD');
    expect(idx.name).toContain('indexProcessed');
    expect(idx.columns).toMatchObject({ symbol: 0, date: 1, close: 5, volume: 7 });
  });

  it('knows intraday bars and ticks', () => {
    expect(detect('timestamp,open,high,low,close,volume').name).toContain('intraday');
    const split = detect('Date,Time,Open,High,Low,Close,Volume');
    expect(split.columns).toMatchObject({ date: 0, time: 1 });
    const ticks = detect('timestamp,symbol,price,size');
    expect(ticks.ticks).toBe(true);
    expect(ticks.columns).toMatchObject({ open: 2, high: 2, low: 2, close: 2, volume: 3, symbol: 1 });
  });

  it('names what is missing', () => {
    const r = detectLayout('Date,Open,Close'.split(','));
    expect('error' in r && r.error).toContain('no high, low column');
  });

  it('reads the download sites\' spellings, and index files without volumes', () => {
    const nasdaq = detectLayout('Date,Close/Last,Volume,Open,High,Low'.split(','));
    expect(!('error' in nasdaq) && nasdaq.columns).toMatchObject({ date: 0, close: 1, volume: 2, open: 3 });
    const investing = detectLayout(['"Date"', '"Price"', '"Open"', '"High"', '"Low"', '"Vol."', '"Change %"']);
    expect(!('error' in investing) && investing.columns).toMatchObject({ close: 1, open: 2, volume: 5 });
    expect(!('error' in investing) && investing.name).toContain('Investing.com');
    const stooq = detectLayout('<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>'.split(','));
    expect(!('error' in stooq) && stooq.columns).toMatchObject({ symbol: 0, date: 2, time: 3, open: 4, close: 7, volume: 8 });
    const index = detectLayout('Date,Open,High,Low,Close'.split(','));
    expect(!('error' in index) && index.name).toContain('without volumes (stored as 0)');
  });
});
