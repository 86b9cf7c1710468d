// Rows of one symbol and market time read more than once, in one file or across files. An exact repeat (a file
// downloaded twice, a line pasted twice) is counted and skipped; the same key with different values is never
// decided silently: every line of that key is rejected, naming the others, and goes to the dead-letter topic.
// In the merged stream all rows of one time come together, so only one time's rows are held at once.

import type { Tagged } from './merge.js';
import type { PriceRow } from './message.js';
import type { SourceEvent } from './sources/events.js';

/** A line that repeats one already read, value for value: counted, not sent. */
export interface Repeat {
  type: 'repeat';
  line: number;
}

export interface Deduped {
  event: SourceEvent | Repeat;
  input: number;
}

type RowTagged = Tagged & { event: Extract<SourceEvent, { type: 'row' }> };

const same = (a: PriceRow, b: PriceRow) => a.open === b.open && a.high === b.high && a.low === b.low && a.close === b.close && a.volume === b.volume;
const rawOf = (r: PriceRow) => `${r.symbol},${r.ts},${r.open},${r.high},${r.low},${r.close},${r.volume}`;

/** Settles one time's rows into `out`, in their order. */
function settle(group: RowTagged[], out: Deduped[], where: (t: Tagged) => string): void {
  if (group.length === 1) {
    out.push(group[0] as RowTagged);
    return;
  }
  // Most times hold many symbols once each (a day of a thousand tickers): that is checked before any list is made.
  const seen = new Set<string>();
  for (const t of group) seen.add(t.event.row.symbol);
  if (seen.size === group.length) {
    for (const t of group) out.push(t);
    return;
  }
  const bySymbol = new Map<string, RowTagged[]>();
  for (const t of group) {
    const list = bySymbol.get(t.event.row.symbol);
    if (list) list.push(t);
    else bySymbol.set(t.event.row.symbol, [t]);
  }
  for (const t of group) {
    const list = bySymbol.get(t.event.row.symbol) as RowTagged[];
    const first = list[0] as RowTagged;
    if (list.length === 1) out.push(t);
    else if (list.every((o) => same(o.event.row, first.event.row))) out.push(t === first ? t : { event: { type: 'repeat', line: t.event.line }, input: t.input });
    else {
      const others = list.filter((o) => o !== t).map(where).join(', ');
      const { symbol, ts } = t.event.row;
      const reason = `conflicting duplicate: ${symbol} at ${ts} has other values at ${others}; none of them is sent`;
      out.push({ event: { type: 'rejected', line: t.event.line, reason, raw: rawOf(t.event.row) }, input: t.input });
    }
  }
}

/** The merged stream with repeats marked and conflicts rejected. `fileOf` names an input in the reasons. */
export async function* withoutDuplicates(batches: AsyncIterable<Tagged[]>, fileOf: (input: number) => string): AsyncGenerator<Deduped[]> {
  const where = (t: Tagged) => `${fileOf(t.input)}:${t.event.line}`;
  let group: RowTagged[] = [];
  let ts = '';
  // Rejected lines met while a time's rows are held wait for them: rows read before a bad line go out before it
  // (--strict stops at that line, having sent what came before).
  let rejected: Tagged[] = [];
  const release = (out: Deduped[]) => {
    if (group.length > 0) settle(group, out, where);
    for (const r of rejected) out.push(r);
    rejected = [];
  };
  for await (const batch of batches) {
    const out: Deduped[] = [];
    for (const t of batch) {
      if (t.event.type !== 'row') {
        if (group.length > 0) rejected.push(t);
        else out.push(t);
      } else if (t.event.row.ts === ts) group.push(t as RowTagged);
      else {
        release(out);
        group = [t as RowTagged];
        ts = t.event.row.ts;
      }
    }
    if (out.length > 0) yield out;
  }
  const out: Deduped[] = [];
  release(out);
  if (out.length > 0) yield out;
}
