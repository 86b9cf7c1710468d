// The ticker a file's name states plainly, or none (then the user names it with --symbol).

import { basename } from 'node:path';

/** Words that describe a download rather than name a ticker: `tsla_daily.csv`, `INDA_1min_2023-07-10_to_….csv`. */
const DESCRIPTOR = /^(daily|weekly|monthly|hourly|intraday|minute|minutes|min|prices?|history|historical|data|ohlcv?|quotes?|bars?|stock|eod|\d+(min|m|h|d|s|sec|day|hour)|\d{4}(-\d{2}(-\d{2})?)?|\d{8}|to|from|us|1d|d1|m1)$/i;
/** Stems that are a download's generic name, not a ticker, even though they are short enough to be one. */
const GENERIC = new Set(['DATA', 'EXPORT', 'PRICES', 'PRICE', 'STOCK', 'STOCKS', 'QUOTES', 'QUOTE', 'HISTORY', 'TABLE', 'FILE', 'SAMPLE', 'TEST', 'OUTPUT', 'INPUT', 'RESULT', 'DOWNLOAD', 'DAILY', 'CHART', 'OHLC', 'OHLCV', 'BARS', 'TICKS', 'TRADES', 'SHEET', 'BOOK', 'SHEET1', 'BOOK1', 'UNTITLED', 'NEW']);
/** A ticker as exchanges and data sites write them: BRK-B, BRK.B, ^GSPC, 0700.HK, AFSI_D (a preferred share). */
const TICKER = /^\^?[A-Z0-9]{1,6}([.\-_][A-Z0-9]{1,3})?$/;

/**
 * tsla.us.txt → TSLA, AAPL.csv → AAPL, brk-b.us.txt.gz → BRK-B, tsla_daily.csv → TSLA, TSLA (1).csv → TSLA,
 * INDA_1min_2023-07-10_to_2025-07-07.csv → INDA; HistoricalPrices.csv, data.csv, export (3).csv → undefined.
 */
export function symbolFromFileName(file: string): string | undefined {
  const stem = basename(file)
    .replace(/\.gz$/i, '')
    .replace(/\.(txt|csv|tsv|feather|arrow|arrows|ipc)$/i, '')
    .replace(/\s*\(\d+\)$/, ''); // a browser's second download of the same name
  // The Huge Stock Market Dataset's names (aapl.us.txt) are the ticker and its market, nothing else.
  const market = /^(.+)\.(us|uk|de|hk|jp)$/i.exec(stem);
  if (market) {
    // Its names are tickers as the dataset spells them (kodk-ws-a, mtl_, clns_c-cl): taken as they are.
    const symbol = (market[1] as string).toUpperCase();
    return /^[A-Z0-9][A-Z0-9.\-_^=]{0,19}$/.test(symbol) ? symbol : undefined;
  }
  const [first, ...rest] = stem.split(/[\s_]+/);
  if (first && rest.length > 0 && rest.every((w) => DESCRIPTOR.test(w))) return plain(first.toUpperCase());
  return plain(stem.toUpperCase());
}

const plain = (s: string) => (TICKER.test(s) && !GENERIC.has(s) ? s : undefined);
