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

/** Which time (a counter) each symbol was last seen at: a repeat within one time is found without a set per time. */
class LastSeen {
  private readonly at = new Map<string, number>();
  private readonly inputAt: number[] = [];
  private time = 0;
  /** When each input is one ticker of its own (files named after their tickers), the input tells the symbol. */
  constructor(private readonly byInput: boolean) {}
  next(): void {
    this.time++;
  }
  /** True when the row's symbol was already seen at this time. */
  again(t: Tagged & { event: { type: 'row' } }): boolean {
    if (this.byInput) {
      if (this.inputAt[t.input] === this.time) return true;
      this.inputAt[t.input] = this.time;
      return false;
    }
    const symbol = t.event.row.symbol;
    if (this.at.get(symbol) === this.time) return true;
    this.at.set(symbol, this.time);
    return false;
  }
}

/** Settles one time's rows into `out`, in their order. */
function settle(group: RowTagged[], out: Deduped[], where: (t: Tagged) => string, seen: LastSeen): void {
  if (group.length === 1) {
    out.push(group[0] as RowTagged);
    return;
  }
  // Most times hold many symbols once each (a day of a thousand tickers): that is checked before any list is made.
  seen.next();
  let repeated = false;
  for (const t of group) if (seen.again(t)) repeated = true;
  if (!repeated) {
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

/**
 * The merged stream's batches with repeats marked and conflicts rejected, synchronously (an extra async layer
 * over the merge cost more than the check). `fileOf` names an input in the reasons.
 */
export class DuplicateFilter {
  private group: RowTagged[] = [];
  private ts = '';
  // Rejected lines met while a time's rows are held wait for them: rows read before a bad line go out before it
  // (--strict stops at that line, having sent what came before).
  private rejected: Tagged[] = [];
  private readonly seen: LastSeen;
  private readonly where: (t: Tagged) => string;

  /** `symbols`: each input's one ticker, when it has one (no symbol column); all distinct, they speed the check. */
  constructor(fileOf: (input: number) => string, symbols: (string | undefined)[] = []) {
    this.where = (t) => `${fileOf(t.input)}:${t.event.line}`;
    const fixed = symbols.length > 0 && symbols.every((x) => x !== undefined);
    this.seen = new LastSeen(fixed && new Set(symbols).size === symbols.length);
  }

  private release(out: Deduped[]): void {
    if (this.group.length > 0) settle(this.group, out, this.where, this.seen);
    for (const r of this.rejected) out.push(r);
    this.rejected = [];
  }

  /** What can go on after this batch; rows of the latest time wait for the next batch or end(). */
  take(batch: Tagged[]): Deduped[] {
    const out: Deduped[] = [];
    for (const t of batch) {
      if (t.event.type !== 'row') {
        if (this.group.length > 0) this.rejected.push(t);
        else out.push(t);
      } else if (t.event.row.ts === this.ts) this.group.push(t as RowTagged);
      else {
        this.release(out);
        this.group = [t as RowTagged];
        this.ts = t.event.row.ts;
      }
    }
    return out;
  }

  /** The rest, once the merge has ended. */
  end(): Deduped[] {
    const out: Deduped[] = [];
    this.release(out);
    this.group = [];
    return out;
  }
}
