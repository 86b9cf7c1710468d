// One text line → a PriceRow, or the reason it cannot be one. The reasons end up in the replay's report.

import { basename } from 'node:path';
import type { PriceRow } from '../message.js';
import type { DateFormat } from './dates.js';
import type { Layout } from './layouts.js';

/** tsla.us.txt → TSLA, AAPL.csv → AAPL, brk-b.us.txt.gz → BRK-B. */
export function symbolFromFileName(file: string): string | undefined {
  const stem = basename(file).replace(/\.gz$/i, '').replace(/\.(txt|csv|tsv|feather|arrow|ipc)$/i, '');
  const symbol = stem.replace(/\.(us|uk|de|hk|jp)$/i, '').toUpperCase();
  return /^[A-Z0-9][A-Z0-9.\-_^=]{0,19}$/.test(symbol) ? symbol : undefined;
}

const SYMBOL = /^[A-Z0-9^][A-Z0-9.\-_^=]{0,19}$/;
let lastGoodSymbol = '';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export type RowResult = { row: PriceRow } | { reason: string };

export interface RowReader {
  layout: Layout;
  dates: DateFormat;
  /** Used when the layout has no symbol column. */
  symbol?: string;
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * A plain decimal (digits, at most one point, at most 15 digits) as a number, without the regex and the parse
 * of the general path; undefined for any other text. The integer of its digits and the power of ten are both
 * exact, so their quotient is the correctly rounded value: the same double as Number(text).
 */
export function plainDecimal(text: string): number | undefined {
  const n = text.length;
  if (n === 0 || n > 16) return undefined;
  let digits = 0;
  let whole = 0;
  let point = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && point < 0) point = i;
    else if (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      digits++;
    } else return undefined;
  }
  if (digits === 0 || digits > 15) return undefined;
  return point < 0 ? whole : whole / (POWERS_OF_TEN[n - 1 - point] as number);
}

function num(field: string | undefined, name: string): number | string {
  const plain = field === undefined ? undefined : plainDecimal(field);
  if (plain !== undefined) return plain;
  const text = (field ?? '').trim();
  if (text === '') return `missing ${name}`;
  if (!NUMBER.test(text)) return `${name} is not a number: ${JSON.stringify(text.slice(0, 40))}`;
  const value = Number(text);
  return Number.isFinite(value) ? value : `${name} is out of range: ${JSON.stringify(text.slice(0, 40))}`;
}

let latest = { date: '', until: 0 };

/** Tomorrow's date in UTC, worked out once a minute (a Date per row was most of this check's time). */
function latestDate(): string {
  const now = Date.now();
  if (now >= latest.until) latest = { date: new Date(now + 86_400_000).toISOString().slice(0, 10), until: now + 60_000 };
  return latest.date;
}

export function readRow(fields: string[], reader: RowReader): RowResult {
  const c = reader.layout.columns;
  const symbol = c.symbol !== undefined ? (fields[c.symbol] ?? '').trim().toUpperCase() : reader.symbol;
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

  const open = num(fields[c.open], 'open');
  if (typeof open === 'string') return { reason: open };
  const high = num(fields[c.high], 'high');
  if (typeof high === 'string') return { reason: high };
  const low = num(fields[c.low], 'low');
  if (typeof low === 'string') return { reason: low };
  const close = num(fields[c.close], 'close');
  if (typeof close === 'string') return { reason: close };
  const volume = num(fields[c.volume], 'volume');
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
