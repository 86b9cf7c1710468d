import { describe, expect, it } from 'vitest';
import { symbolFromFileName } from './file-name-symbol.js';

describe('symbolFromFileName', () => {
  it.each([
    ['data/tsla.us.txt', 'TSLA'],
    ['AAPL.csv', 'AAPL'],
    ['/x/brk-b.us.txt.gz', 'BRK-B'],
    ['afsi_d.us.txt', 'AFSI_D'],
    ['tsla_daily.csv', 'TSLA'],
    ['TSLA (1).csv', 'TSLA'],
    ['INDA_1min_2023-07-10_to_2025-07-07.csv', 'INDA'],
    ['ago_f.csv', 'AGO_F'],
    ['kodk-ws-a.us.txt', 'KODK-WS-A'],
    ['mtl_.us.txt', 'MTL_'],
    ['clns_c-cl.us.txt', 'CLNS_C-CL'],
  ])('%s → %s', (file, symbol) => expect(symbolFromFileName(file)).toBe(symbol));

  it.each(['HistoricalPrices.csv', 'data.csv', 'export (3).csv', 'Download Data - STOCK_US_XNAS_TSLA.csv', 'prices.csv', 'my stocks.csv'])(
    '%s names no ticker plainly',
    (file) => expect(symbolFromFileName(file)).toBeUndefined(),
  );
});
