import { describe, expect, it } from 'vitest';
import { DuplicateFilter, type Deduped } from './duplicates.js';
import type { Tagged } from './merge.js';

const row = (input: number, line: number, symbol: string, ts: string, close = 2): Tagged => ({
  input,
  event: { type: 'row', line, row: { symbol, ts, open: 1, high: 3, low: 0.5, close, volume: 100 } },
});

async function run(batches: Tagged[][], symbols?: string[]): Promise<string[]> {
  const filter = new DuplicateFilter((i) => `f${i}`, symbols);
  const out: string[] = [];
  for (const b of [...batches.map((x) => filter.take(x)), filter.end()]) {
    for (const d of b as Deduped[]) out.push(d.event.type === 'row' ? `row ${d.input}:${d.event.line}` : d.event.type === 'repeat' ? `repeat ${d.input}:${d.event.line}` : `rejected ${d.input}:${d.event.line} ${d.event.reason}`);
  }
  return out;
}

describe('DuplicateFilter', () => {
  it('passes distinct rows through in order, across batch boundaries', async () => {
    expect(await run([[row(0, 2, 'A', 't1'), row(1, 2, 'B', 't1')], [row(0, 3, 'A', 't2')]])).toEqual(['row 0:2', 'row 1:2', 'row 0:3']);
  });

  it('skips exact repeats, in one file or across files, and counts them', async () => {
    expect(await run([[row(0, 2, 'A', 't1'), row(0, 3, 'A', 't1')], [row(1, 2, 'A', 't1'), row(0, 4, 'A', 't2')]])).toEqual(['row 0:2', 'repeat 0:3', 'repeat 1:2', 'row 0:4']);
  });

  it('rejects every line of a key read with different values, naming the others', async () => {
    const out = await run([[row(0, 2, 'A', 't1', 2), row(1, 7, 'A', 't1', 2.5), row(0, 3, 'B', 't1')]]);
    expect(out).toEqual([
      'rejected 0:2 conflicting duplicate: A at t1 has other values at f1:7; none of them is sent',
      'rejected 1:7 conflicting duplicate: A at t1 has other values at f0:2; none of them is sent',
      'row 0:3',
    ]);
  });

  it('lets a bad line met among one time\'s rows wait for them, so the rows read before it go first', async () => {
    const bad: Tagged = { input: 0, event: { type: 'rejected', line: 3, reason: 'bad', raw: '' } };
    expect(await run([[row(0, 2, 'A', 't1'), bad, row(0, 4, 'B', 't1'), row(0, 5, 'A', 't2')]])).toEqual(['row 0:2', 'row 0:4', 'rejected 0:3 bad', 'row 0:5']);
    expect(await run([[bad, row(0, 4, 'B', 't1')]])).toEqual(['rejected 0:3 bad', 'row 0:4']);
  });

  it('finds the same by input when each file is one ticker of its own', async () => {
    const out = await run([[row(0, 2, 'A', 't1'), row(1, 2, 'B', 't1'), row(0, 3, 'A', 't1', 2.5), row(0, 4, 'A', 't2')]], ['A', 'B']);
    expect(out).toEqual([
      'rejected 0:2 conflicting duplicate: A at t1 has other values at f0:3; none of them is sent',
      'row 1:2',
      'rejected 0:3 conflicting duplicate: A at t1 has other values at f0:2; none of them is sent',
      'row 0:4',
    ]);
    expect(await run([[row(0, 2, 'A', 't1'), row(1, 2, 'B', 't1'), row(0, 3, 'A', 't1')]], ['A', 'B'])).toEqual(['row 0:2', 'row 1:2', 'repeat 0:3']);
  });
});
