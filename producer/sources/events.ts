import type { DayMonth } from '../formats/dates.js';
import type { TimeOrder } from './time-order.js';

/** How a file is read: what the user said of it. */
export interface ReadOptions {
  /** The ticker of a file whose layout has no symbol column (--symbol), over the one its name gives. */
  symbol?: string;
  /** The exchange's time zone: timestamps with an offset are converted to it. */
  timezone: string;
  /** Settles day/month order when the file's dates cannot (--day-first / --month-first). */
  dateOrder?: DayMonth;
}
import type { PriceRow } from '../message.js';

/** What a source yields, in file order: a row, or a line that could not be one (never dropped silently). */
export type SourceEvent =
  | { type: 'row'; row: PriceRow; line: number }
  | { type: 'rejected'; line: number; reason: string; raw: string };

/**
 * A run of a file's events, read but not parsed yet: each is parsed when the merge reaches it, so a merge of a
 * thousand files holds a thousand chunks of text, not a thousand chunks of parsed rows.
 */
export interface EventChunk {
  /** Positions in the chunk; a position can hold no event (a blank line). */
  size: number;
  /** The event at position i; positions are read in order, each once. */
  read(i: number): SourceEvent | undefined;
}

export interface Source {
  file: string;
  /** Human name of the detected layout, printed at the start of a replay. */
  layout: string;
  /** How dates were read, when that was a decision (day/month order). */
  dateNote?: string;
  /** The one ticker of all its rows, when it has no symbol column (from its name or --symbol). */
  symbol?: string;
  /** Whether its rows come in market-time order (unknown: undefined); a source out of order is sorted first. */
  order?: TimeOrder;
  /** Set when the file could not be opened as a table; it then yields nothing. */
  error?: string;
  /** The events in file order, a chunk at a time (the merge then handles rows without awaiting each). */
  chunks(): AsyncGenerator<EventChunk>;
}

export const chunkOf = (events: SourceEvent[]): EventChunk => ({ size: events.length, read: (i) => events[i] });

/** Every event of a source, in order (tests, and callers that want them one by one). */
export async function* eventsOf(source: Pick<Source, 'chunks'>): AsyncGenerator<SourceEvent> {
  for await (const chunk of source.chunks()) {
    for (let i = 0; i < chunk.size; i++) {
      const e = chunk.read(i);
      if (e) yield e;
    }
  }
}
