// Many files → one stream in market-time order: a k-way merge holding one pending chunk per file (its text; a
// row is parsed when the merge reaches it). Ties (same timestamp) keep the order of the files as given: the
// merge is stable. Rows are handed on in arrays and inputs are awaited only when a chunk runs out: an await per
// row cost more than reading the row.

import type { EventChunk, SourceEvent } from './sources/events.js';

const EMPTY: EventChunk = { size: 0, read: () => undefined };

export interface Tagged {
  event: SourceEvent;
  /** Index of the input the event came from. */
  input: number;
}

/** One input: its current chunk, the position of the next event in it, and the row it is at. */
interface Cursor {
  input: number;
  chunk: EventChunk;
  pos: number;
  row: Extract<SourceEvent, { type: 'row' }>;
  /** Market time of `row` to the millisecond, as a number (cheaper to compare than the text)… */
  key: number;
  /** …and its microseconds beyond that, when it has them. */
  micros: number;
  iterator: AsyncIterator<EventChunk>;
}

const before = (a: Cursor, b: Cursor) =>
  a.key !== b.key ? a.key < b.key : a.micros !== b.micros ? a.micros < b.micros : a.input < b.input;

/** The number written at [from, to) of s, reading past its end as zeros. */
const digits = (s: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (i < s.length ? s.charCodeAt(i) - 48 : 0);
  return n;
};

/**
 * A row's time (2017-11-10T09:31:00.250123) as a number that orders as the text does, to the millisecond.
 * Rows' times always have this shape (formats/dates.ts writes them), with up to six digits of fraction.
 */
export function timeKey(ts: string): number {
  const days = (digits(ts, 0, 4) * 12 + digits(ts, 5, 7)) * 31 + digits(ts, 8, 10);
  const seconds = ((days * 24 + digits(ts, 11, 13)) * 60 + digits(ts, 14, 16)) * 60 + digits(ts, 17, 19);
  return seconds * 1000 + digits(ts, 20, 23);
}

/** The microseconds of a row's time beyond its milliseconds. */
export const timeMicros = (ts: string) => (ts.length > 23 ? digits(ts, 23, 26) : 0);

/** A binary min-heap of cursors on (ts, input). */
class CursorHeap {
  private readonly items: Cursor[] = [];
  get top(): Cursor | undefined {
    return this.items[0];
  }
  push(c: Cursor) {
    const a = this.items;
    let i = a.push(c) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = a[p] as Cursor;
      if (!before(c, parent)) break;
      a[i] = parent;
      i = p;
    }
    a[i] = c;
  }
  /** The top's key changed: moves it down to its place. */
  settleTop() {
    const a = this.items;
    const c = a[0] as Cursor;
    const n = a.length;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && before(a[r] as Cursor, a[l] as Cursor) ? r : l;
      const child = a[m] as Cursor;
      if (!before(child, c)) break;
      a[i] = child;
      i = m;
    }
    a[i] = c;
  }
  removeTop() {
    const last = this.items.pop() as Cursor;
    if (this.items.length > 0) {
      this.items[0] = last;
      this.settleTop();
    }
  }
}

/**
 * Moves the cursor to its next row, passing the rejected events before it to `out`; awaits the input only
 * when its chunk is used up. False when the input has ended.
 */
function nextRow(c: Cursor, out: Tagged[]): boolean | Promise<boolean> {
  const { chunk } = c;
  while (c.pos < chunk.size) {
    const e = chunk.read(c.pos++);
    if (!e) continue;
    if (e.type === 'row') {
      c.row = e;
      c.key = timeKey(e.row.ts);
      c.micros = timeMicros(e.row.ts);
      return true;
    }
    out.push({ event: e, input: c.input });
  }
  return c.iterator.next().then((next) => {
    if (next.done) return false;
    c.chunk = next.value;
    c.pos = 0;
    return nextRow(c, out);
  });
}

/**
 * Rejected lines are passed on as soon as they are met (they have no time to sort by); rows come out in
 * timestamp order across inputs, provided each input is in order itself (market files are). Yields arrays
 * of about `most` events.
 */
export async function* mergeByTime(inputs: AsyncIterable<EventChunk>[], most = 1024): AsyncGenerator<Tagged[]> {
  const heap = new CursorHeap();
  let out: Tagged[] = [];
  for (const [input, src] of inputs.entries()) {
    const c = { input, chunk: EMPTY, pos: 0, key: 0, micros: 0, iterator: src[Symbol.asyncIterator]() } as Cursor;
    if (await nextRow(c, out)) heap.push(c);
  }

  for (let c = heap.top; c; c = heap.top) {
    out.push({ event: c.row, input: c.input });
    // `await` on a plain value would still yield to the event loop: only a pending read is awaited.
    const next = nextRow(c, out);
    if (typeof next === 'boolean' ? next : await next) heap.settleTop();
    else heap.removeTop();
    if (out.length >= most) {
      yield out;
      out = [];
    }
  }
  if (out.length > 0) yield out;
}
