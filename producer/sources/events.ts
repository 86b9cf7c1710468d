import type { PriceRow } from '../message.js';

/** What a source yields, in file order: a row, or a line that could not be one (never dropped silently). */
export type SourceEvent =
  | { type: 'row'; row: PriceRow; line: number }
  | { type: 'rejected'; line: number; reason: string; raw: string };

export interface Source {
  file: string;
  /** Human name of the detected layout, printed at the start of a replay. */
  layout: string;
  /** How dates were read, when that was a decision (day/month order). */
  dateNote?: string;
  /** Set when the file could not be opened as a table; it then yields nothing. */
  error?: string;
  events(): AsyncGenerator<SourceEvent>;
}
