// The time order of a file whose every line starts with a plain ISO date (`2017-11-10,…`, the Huge dataset's and
// most downloads' shape), found on its bytes: ISO dates order as their bytes do, so no line is decoded or split.
// This is the whole cost of the order check for most files; anything else is checked the general way.

import type { TimeOrder } from './time-order.js';

const isDigit = (b: number | undefined) => b !== undefined && b >= 48 && b <= 57;

/** A plain ISO date (YYYY-MM-DD) at `at`, followed by the delimiter. */
function isoDateAt(buf: Buffer, at: number, delimiter: number): boolean {
  return (
    buf[at + 10] === delimiter &&
    buf[at + 4] === 45 &&
    buf[at + 7] === 45 &&
    isDigit(buf[at]) && isDigit(buf[at + 1]) && isDigit(buf[at + 2]) && isDigit(buf[at + 3]) &&
    isDigit(buf[at + 5]) && isDigit(buf[at + 6]) && isDigit(buf[at + 8]) && isDigit(buf[at + 9])
  );
}

/**
 * Ascending, descending or unsorted; undefined when a line (past the header) does not start with a plain ISO
 * date and the delimiter, or the text is not UTF-8/ASCII bytes: the caller then checks the general way.
 */
export async function isoDateOrder(bytes: AsyncIterable<Buffer | string>, delimiter: string): Promise<TimeOrder | undefined> {
  const delim = delimiter.charCodeAt(0);
  const prev = new Uint8Array(10);
  let have = false;
  let up = 0;
  let down = 0;
  let header = true;
  let carry: Buffer | undefined;
  // Byte by byte in JavaScript: a native call per line (indexOf, compare, copy) cost more than the bytes.
  const line = (buf: Buffer, start: number, end: number): boolean => {
    if (header) {
      header = false;
      return !(buf[start] === 0xff || buf[start] === 0xfe); // UTF-16: not for this reader
    }
    if (end > start && buf[end - 1] === 13) end--; // CRLF
    if (end === start) return true; // a blank line
    if (end - start < 11 || !isoDateAt(buf, start, delim)) return false;
    if (have && (up === 0 || down === 0)) {
      for (let i = 0; i < 10; i++) {
        const d = (buf[start + i] as number) - (prev[i] as number);
        if (d > 0) {
          up++;
          break;
        }
        if (d < 0) {
          down++;
          break;
        }
      }
    }
    for (let i = 0; i < 10; i++) prev[i] = buf[start + i] as number;
    have = true;
    return true;
  };
  for await (const chunk of bytes) {
    if (typeof chunk === 'string') return undefined;
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    const n = buf.length;
    for (let i = 0; i < n; i++) {
      if (buf[i] !== 10) continue;
      if (!line(buf, start, i)) return undefined;
      start = i + 1;
    }
    carry = start < n ? Buffer.from(buf.subarray(start)) : undefined;
  }
  if (carry && !line(carry, 0, carry.length)) return undefined;
  return down === 0 ? 'ascending' : up === 0 ? 'descending' : 'unsorted';
}
