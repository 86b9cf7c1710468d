// One text line → a PriceRow, or the reason it cannot be one. The reasons end up in the replay's report.

import type { PriceRow } from '../message.js';
import type { DateFormat } from './dates.js';
import type { Layout } from './layouts.js';
import { NO_VALUE, PLAIN, readNumber, type NumberStyle } from './numbers.js';

export { symbolFromFileName } from './file-name-symbol.js';
export { plainDecimal } from './numbers.js';

const SYMBOL = /^[A-Z0-9^][A-Z0-9.\-_^=]{0,19}$/;
let lastGoodSymbol = '';

export type RowResult = { row: PriceRow } | { reason: string };

export interface RowReader {
  layout: Layout;
  dates: DateFormat;
  /** Used when the layout has no symbol column. */
  symbol?: string;
  /** The file's decimal mark (European exports write decimal commas). */
  numbers?: NumberStyle;
}

/** A day the site lists without data (Yahoo writes `null` in every field): no price at all, not a bad one. */
const noData = (fields: string[], c: Layout['columns']) =>
  [c.open, c.high, c.low, c.close].every((i) => {
    const t = (fields[i] ?? '').trim();
    return t === '' || NO_VALUE.test(t);
  });

let latest = { date: '', until: 0 };

/** Tomorrow's date in UTC, worked out once a minute (a Date per row was most of this check's time). */
function latestDate(): string {
  const now = Date.now();
  if (now >= latest.until) latest = { date: new Date(now + 86_400_000).toISOString().slice(0, 10), until: now + 60_000 };
  return latest.date;
}

export function readRow(fields: string[], reader: RowReader): RowResult {
  const c = reader.layout.columns;
  // Stooq writes US tickers with their market (AAPL.US), as the Huge dataset's file names do: the ticker is AAPL.
  const symbol = c.symbol !== undefined ? (fields[c.symbol] ?? '').trim().toUpperCase().replace(/\.US$/, '') : reader.symbol;
  if (!symbol) return { reason: c.symbol !== undefined ? 'missing symbol' : 'no symbol: name the file after its ticker or pass --symbol' };
  if (symbol !== lastGoodSymbol) {
    if (!SYMBOL.test(symbol)) return { reason: `bad symbol: ${JSON.stringify(symbol.slice(0, 40))}` };
    lastGoodSymbol = symbol; // a file's rows mostly share one symbol: checked once per run of them
  }

  const dateText = (fields[c.date] ?? '').trim() + (c.time !== undefined ? ' ' + (fields[c.time] ?? '').trim() : '');
  const ts = reader.dates.parse(dateText);
  if (!ts) return { reason: `unparseable date: ${JSON.stringify(dateText.slice(0, 40))} (file read as ${reader.dates.name})` };
  // Historical data cannot be from tomorrow (a day of slack for time zones ahead of UTC).
  if (ts.slice(0, 10) > latestDate()) return { reason: `date in the future: ${ts.slice(0, 10)}` };

  const style = reader.numbers ?? PLAIN;
  const open = readNumber(fields[c.open], 'open', style);
  if (typeof open === 'string') return { reason: noData(fields, c) ? 'no data for this day (no prices in the row)' : open };
  const high = readNumber(fields[c.high], 'high', style);
  if (typeof high === 'string') return { reason: high };
  const low = readNumber(fields[c.low], 'low', style);
  if (typeof low === 'string') return { reason: low };
  const close = readNumber(fields[c.close], 'close', style);
  if (typeof close === 'string') return { reason: close };
  const volume = c.volume === undefined ? 0 : readNumber(fields[c.volume], 'volume', style, true);
  if (typeof volume === 'string') return { reason: volume };
  if (!(open > 0)) return { reason: `non-positive open price: ${open}` };
  if (!(high > 0)) return { reason: `non-positive high price: ${high}` };
  if (!(low > 0)) return { reason: `non-positive low price: ${low}` };
  if (!(close > 0)) return { reason: `non-positive close price: ${close}` };
  if (high < low) return { reason: `high below low: ${high} < ${low}` };
  if (volume < 0) return { reason: `negative volume: ${volume}` };
  // Some exports write volumes as floats (4621912.0); a fraction would be a different number of shares.
  if (!Number.isSafeInteger(volume)) return { reason: `volume is not a whole number: ${volume}` };
  return { row: { symbol, ts, open, high, low, close, volume } };
}
