// Many files → one stream in market-time order: a k-way merge holding one pending chunk per file (its text; a row is parsed when the merge reaches it).
// Ties (same timestamp) keep the order of the files as given: the merge is stable.
// Rows are handed on in arrays and inputs are awaited only when a chunk runs out: an await per row cost more
// than reading the row.

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
  /** Market time of `row`. */
  ts: string;
  iterator: AsyncIterator<EventChunk>;
}

const before = (a: Cursor, b: Cursor) => a.ts < b.ts || (a.ts === b.ts && a.input < b.input);

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
      c.ts = e.row.ts;
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
    const c = { input, chunk: EMPTY, pos: 0, ts: '', iterator: src[Symbol.asyncIterator]() } as Cursor;
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
