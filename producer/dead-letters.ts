// What goes to the dead-letter topic for a rejected line, and how much of it goes in one request: a broker
// refuses a request larger than its `message.max.bytes` (about 1 MB by default), so a file of bad lines must
// never make one.

import type { SourceEvent } from './sources/events.js';

export interface DeadLetter {
  file: string;
  line: number;
  reason: string;
  /** The line as read, cut to RAW_CHARS characters (with its full length said) when longer. */
  raw: string;
}

/** Dead letters sent in one request at most, and their bytes at most: well under the broker's 1 MB. */
export const DEAD_LETTERS_PER_SEND = 1_000;
export const DEAD_LETTER_BYTES = 256 * 1024;
const RAW_CHARS = 1_000;

export function deadLetter(file: string, e: Extract<SourceEvent, { type: 'rejected' }>): DeadLetter {
  const raw = e.raw.length > RAW_CHARS ? `${e.raw.slice(0, RAW_CHARS)}… (${e.raw.length} characters)` : e.raw;
  return { file, line: e.line, reason: e.reason, raw };
}
