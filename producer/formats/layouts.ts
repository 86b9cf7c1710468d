// Which columns hold what, detected from a file's header (case, spaces and spellings such as AdjClose vary).

export interface ColumnMap {
  date: number;
  /** A separate time-of-day column (intraday files that split date and time). */
  time?: number;
  open: number;
  high: number;
  low: number;
  close: number;
  /** Absent in index files (Stooq, Investing.com): volumes are then 0. */
  volume?: number;
  symbol?: number;
}

export interface Layout {
  name: string;
  columns: ColumnMap;
  /** Ticks have one price; it fills open, high, low and close. */
  ticks: boolean;
}

/** `Close/Last` → closelast, `<TICKER>` → ticker, `Vol.` → vol, `Adj Close` → adjclose. */
export const normalizeHeader = (h: string) => h.replace(/^\uFEFF/, '').trim().replace(/^"|"$/g, '').toLowerCase().replace(/[\s_\-./<>()$*]/g, '');

const ALIASES = {
  date: ['date', 'timestamp', 'datetime', 'tradedate', 'day'],
  time: ['time'],
  open: ['open', 'openprice'],
  high: ['high', 'highprice'],
  low: ['low', 'lowprice'],
  close: ['close', 'closeprice', 'last', 'closelast'],
  price: ['price', 'tradeprice'],
  volume: ['volume', 'vol', 'size', 'quantity', 'qty'],
  symbol: ['symbol', 'ticker', 'name', 'index'],
} as const;

const find = (names: string[], aliases: readonly string[]) => {
  const i = names.findIndex((n) => aliases.includes(n));
  return i >= 0 ? i : undefined;
};

function layoutName(names: Set<string>, ticks: boolean, intraday: boolean): string {
  if (names.has('openint')) return 'Huge Stock Market Dataset (Date,Open,High,Low,Close,Volume,OpenInt)';
  if (names.has('index') && names.has('closeusd')) return 'Stock Exchange indexProcessed (Index,Date,…,CloseUSD)';
  if (names.has('name')) return 'S&P 500 all_stocks_5yr (date,open,high,low,close,volume,Name)';
  if (names.has('closelast')) return 'Nasdaq.com (Date,Close/Last,Volume,Open,High,Low)';
  if (names.has('price') && names.has('change%')) return 'Investing.com (Date,Price,Open,High,Low,Vol.,Change %)';
  if (names.has('ticker') && names.has('per')) return 'Stooq (<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,…)';
  if (names.has('dividends') && names.has('stocksplits')) return 'yfinance (Date,Open,High,Low,Close,Volume,Dividends,Stock Splits)';
  if (names.has('adjclose')) return 'Yahoo Finance (Date,Open,High,Low,Close,Adj Close,Volume)';
  if (ticks) return 'ticks (timestamp,price,size)';
  if (intraday) return 'intraday bars (timestamp,open,high,low,close,volume)';
  return 'OHLCV (date,open,high,low,close,volume)';
}

export function detectLayout(header: string[]): Layout | { error: string } {
  const names = header.map(normalizeHeader);
  let date = find(names, ALIASES.date);
  let time = find(names, ALIASES.time);
  if (date === undefined && time !== undefined) [date, time] = [time, undefined];
  const price = find(names, ALIASES.price);
  const open = find(names, ALIASES.open);
  const ticks = open === undefined && price !== undefined;
  const columns = {
    date,
    time,
    open: ticks ? price : open,
    high: ticks ? price : find(names, ALIASES.high),
    low: ticks ? price : find(names, ALIASES.low),
    // Investing.com calls the close "Price" beside Open/High/Low.
    close: ticks ? price : (find(names, ALIASES.close) ?? price),
    volume: find(names, ALIASES.volume),
    symbol: find(names, ALIASES.symbol),
  };
  const required = ['date', 'open', 'high', 'low', 'close'] as const;
  const missing = required.filter((k) => columns[k] === undefined);
  if (missing.length > 0) {
    return { error: `its header fits no known layout: no ${missing.join(', ')} column (expected e.g. Date,Open,High,Low,Close,Volume)` };
  }
  const intraday = time !== undefined || names[date as number] !== 'date';
  const name = layoutName(new Set(names), ticks, intraday) + (columns.volume === undefined ? ' without volumes (stored as 0)' : '');
  return { name, columns: columns as ColumnMap, ticks };
}
