// Many files → one stream in market-time order: a k-way merge holding one pending row per file.
// Ties (same timestamp) keep the order of the files as given, then file order: the merge is stable.

import type { SourceEvent } from './sources/events.js';

export interface Tagged {
  event: SourceEvent;
  /** Index of the input the event came from. */
  input: number;
}

interface Head {
  input: number;
  event: Extract<SourceEvent, { type: 'row' }>;
  iterator: AsyncIterator<SourceEvent>;
}

const before = (a: Head, b: Head) => a.event.row.ts < b.event.row.ts || (a.event.row.ts === b.event.row.ts && a.input < b.input);

/** A binary min-heap on (ts, input). */
class HeadHeap {
  private items: Head[] = [];
  get size() {
    return this.items.length;
  }
  push(h: Head) {
    const a = this.items;
    a.push(h);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(a[i] as Head, a[p] as Head)) break;
      [a[i], a[p]] = [a[p] as Head, a[i] as Head];
      i = p;
    }
  }
  pop(): Head | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < a.length && before(a[l] as Head, a[m] as Head)) m = l;
        if (r < a.length && before(a[r] as Head, a[m] as Head)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as Head, a[i] as Head];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Rejected lines are passed on as soon as they are met (they have no time to sort by); rows come out in
 * timestamp order across inputs, provided each input is in order itself (market files are).
 */
export async function* mergeByTime(inputs: AsyncIterable<SourceEvent>[]): AsyncGenerator<Tagged> {
  const heap = new HeadHeap();
  const pending: Tagged[] = [];
  async function advance(input: number, iterator: AsyncIterator<SourceEvent>) {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      if (next.value.type === 'rejected') {
        pending.push({ event: next.value, input });
        continue;
      }
      heap.push({ input, event: next.value, iterator });
      return;
    }
  }
  for (const [i, src] of inputs.entries()) await advance(i, src[Symbol.asyncIterator]());
  for (;;) {
    while (pending.length) yield pending.shift() as Tagged;
    const head = heap.pop();
    if (!head) return;
    yield { event: head.event, input: head.input };
    await advance(head.input, head.iterator);
  }
}
