// The Kafka message (contract: producer/message-schema.json). Built here and nowhere else.

import { readFileSync } from 'node:fs';
import { fromRoot } from '../config/paths.js';

export const MESSAGE_SCHEMA_VERSION = 1;

/** One price bar as read from a file: the table row to be, plus where it came from. */
export interface PriceRow {
  symbol: string;
  /** Exchange-local market time, ISO 8601 without offset: 2017-11-10T00:00:00 or 2017-11-10T09:31:00.250. */
  ts: string;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

/** The JSON body of a Kafka message, version 1. Field order follows the contract. */
export interface StockMessage extends PriceRow {
  v: typeof MESSAGE_SCHEMA_VERSION;
  produced_at: number;
}

export function toMessage(row: PriceRow, producedAt: number): StockMessage {
  return {
    v: MESSAGE_SCHEMA_VERSION,
    symbol: row.symbol,
    ts: row.ts,
    open: row.open,
    high: row.high,
    low: row.low,
    close: row.close,
    volume: row.volume,
    produced_at: producedAt,
  };
}

/** Keyed by symbol: one symbol stays in one partition, so its bars keep their order. */
export const messageKey = (row: PriceRow) => row.symbol;

const quotedSymbols = new Map<string, string>();

/** A symbol as a JSON string, worked out once per symbol. */
function quotedSymbol(symbol: string): string {
  let q = quotedSymbols.get(symbol);
  if (q === undefined) {
    if (quotedSymbols.size >= 100_000) quotedSymbols.clear();
    q = JSON.stringify(symbol);
    quotedSymbols.set(symbol, q);
  }
  return q;
}

/**
 * toMessage as JSON, written out by hand: JSON.stringify of a fresh object per row cost twice as much. Prices
 * are finite (formats/rows.ts refuses others), and a finite number prints the same either way. `ts` is written
 * as it is: formats/dates.ts makes it of digits and -T:. only, nothing JSON would escape.
 */
export const encodeMessage = (row: PriceRow, producedAt: number) =>
  `{"v":${MESSAGE_SCHEMA_VERSION},"symbol":${quotedSymbol(row.symbol)},"ts":"${row.ts}","open":${row.open},"high":${row.high},"low":${row.low},"close":${row.close},"volume":${row.volume},"produced_at":${producedAt}}`;

export interface ContractField {
  name: string;
  type: 'int' | 'long' | 'double' | 'string' | 'local-timestamp';
  doc: string;
}

export function readContract(): { name: string; version: number; fields: ContractField[] } {
  return JSON.parse(readFileSync(fromRoot('producer', 'message-schema.json'), 'utf8'));
}
