// Whether a file's rows come in market-time order, newest first, or neither: the merge needs each input in
// order, and a file that is not is sorted first (sorted-source.ts).

export type TimeOrder = 'ascending' | 'descending' | 'unsorted';

/** Fed each row's time (ISO local text, which orders as time does) in file order. */
export class TimeOrderCheck {
  private last: string | undefined;
  private up = 0;
  private down = 0;

  add(ts: string): void {
    const last = this.last;
    if (last !== undefined) {
      if (ts > last) this.up++;
      else if (ts < last) this.down++;
    }
    this.last = ts;
  }

  get order(): TimeOrder {
    if (this.down === 0) return 'ascending';
    return this.up === 0 ? 'descending' : 'unsorted';
  }
}
