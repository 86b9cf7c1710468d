import { describe, expect, it } from 'vitest';
import { mergeByTime } from './merge.js';
import type { SourceEvent } from './sources/events.js';

async function* source(symbol: string, dates: string[], rejectAt?: number): AsyncGenerator<SourceEvent> {
  for (const [i, d] of dates.entries()) {
    if (i === rejectAt) yield { type: 'rejected', line: i + 2, reason: 'bad', raw: 'x' };
    yield { type: 'row', line: i + 2, row: { symbol, ts: `${d}T00:00:00`, open: 1, high: 1, low: 1, close: 1, volume: 1 } };
  }
}

const collect = async (it: AsyncIterable<{ event: SourceEvent; input: number }>) => {
  const out: string[] = [];
  for await (const { event } of it) out.push(event.type === 'row' ? `${event.row.ts.slice(0, 10)} ${event.row.symbol}` : `rejected ${event.line}`);
  return out;
};

describe('mergeByTime', () => {
  it('interleaves files in market-time order, ties in the order the files were given', async () => {
    const out = await collect(
      mergeByTime([source('A', ['2017-01-02', '2017-01-04', '2017-01-05']), source('B', ['2017-01-03', '2017-01-04']), source('C', ['2017-01-01'])]),
    );
    expect(out).toEqual(['2017-01-01 C', '2017-01-02 A', '2017-01-03 B', '2017-01-04 A', '2017-01-04 B', '2017-01-05 A']);
  });

  it('passes rejected lines on without losing any row', async () => {
    const out = await collect(mergeByTime([source('A', ['2017-01-02', '2017-01-03'], 1), source('B', ['2017-01-01'])]));
    expect(out.filter((l) => l.startsWith('rejected'))).toEqual(['rejected 3']);
    expect(out.filter((l) => !l.startsWith('rejected'))).toEqual(['2017-01-01 B', '2017-01-02 A', '2017-01-03 A']);
  });

  it('holds one pending row per input, not the whole input', async () => {
    let pulled = 0;
    async function* counting(): AsyncGenerator<SourceEvent> {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield { type: 'row', line: i, row: { symbol: 'A', ts: `2017-01-01T00:00:${String(i % 60).padStart(2, '0')}`, open: 1, high: 1, low: 1, close: 1, volume: 1 } };
      }
    }
    const it = mergeByTime([counting()]);
    await it.next();
    await it.next();
    expect(pulled).toBeLessThanOrEqual(3);
  });
});
