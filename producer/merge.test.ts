import { describe, expect, it } from 'vitest';
import { mergeByTime, timeKey, timeMicros, type Tagged } from './merge.js';
import { chunkOf, type EventChunk, type SourceEvent } from './sources/events.js';

/** A file's events, handed on in chunks of `size` as the sources do. */
async function* source(symbol: string, dates: string[], rejectAt?: number, size = 2): AsyncGenerator<EventChunk> {
  let chunk: SourceEvent[] = [];
  for (const [i, d] of dates.entries()) {
    if (i === rejectAt) chunk.push({ type: 'rejected', line: i + 2, reason: 'bad', raw: 'x' });
    chunk.push({ type: 'row', line: i + 2, row: { symbol, ts: `${d}T00:00:00`, open: 1, high: 1, low: 1, close: 1, volume: 1 } });
    if (chunk.length >= size) {
      yield chunkOf(chunk);
      chunk = [];
    }
  }
  if (chunk.length) yield chunkOf(chunk);
}

const collect = async (it: AsyncIterable<Tagged[]>) => {
  const out: string[] = [];
  for await (const events of it) {
    for (const { event } of events) out.push(event.type === 'row' ? `${event.row.ts.slice(0, 10)} ${event.row.symbol}` : `rejected ${event.line}`);
  }
  return out;
};

describe('mergeByTime', () => {
  it('interleaves files in market-time order, ties in the order the files were given', async () => {
    const out = await collect(
      mergeByTime([source('A', ['2017-01-02', '2017-01-04', '2017-01-05']), source('B', ['2017-01-03', '2017-01-04']), source('C', ['2017-01-01'])]),
    );
    expect(out).toEqual(['2017-01-01 C', '2017-01-02 A', '2017-01-03 B', '2017-01-04 A', '2017-01-04 B', '2017-01-05 A']);
  });

  it('gives the same order whatever the chunk sizes and the size of its own arrays', async () => {
    const days = (from: number, n: number, step: number) => Array.from({ length: n }, (_, i) => new Date(Date.UTC(2017, 0, from + i * step)).toISOString().slice(0, 10));
    const inputs = (size: number) => [source('A', days(1, 40, 2), undefined, size), source('B', days(2, 30, 3), undefined, size), source('C', days(1, 50, 1), undefined, size)];
    const reference = await collect(mergeByTime(inputs(1), 1));
    expect(reference).toHaveLength(120);
    const sorted = [...reference].sort((x, y) => (x.slice(0, 10) === y.slice(0, 10) ? x.localeCompare(y) : x < y ? -1 : 1));
    expect(reference).toEqual(sorted);
    for (const [size, most] of [[3, 7], [64, 1024], [7, 2]] as const) expect(await collect(mergeByTime(inputs(size), most))).toEqual(reference);
  });

  it('passes rejected lines on without losing any row', async () => {
    const out = await collect(mergeByTime([source('A', ['2017-01-02', '2017-01-03'], 1), source('B', ['2017-01-01'])]));
    expect(out.filter((l) => l.startsWith('rejected'))).toEqual(['rejected 3']);
    expect(out.filter((l) => !l.startsWith('rejected'))).toEqual(['2017-01-01 B', '2017-01-02 A', '2017-01-03 A']);
  });

  it('a file of rejected lines only still ends the merge', async () => {
    async function* bad(): AsyncGenerator<EventChunk> {
      yield chunkOf([{ type: 'rejected', line: 2, reason: 'bad', raw: 'x' }]);
      yield chunkOf([{ type: 'rejected', line: 3, reason: 'bad', raw: 'y' }]);
    }
    expect(await collect(mergeByTime([bad(), source('A', ['2017-01-02'])]))).toEqual(['rejected 2', 'rejected 3', '2017-01-02 A']);
  });

  it('holds one pending chunk per input, not the whole input', async () => {
    let pulled = 0;
    async function* counting(): AsyncGenerator<EventChunk> {
      for (let c = 0; c < 100; c++) {
        pulled++;
        yield chunkOf(Array.from({ length: 10 }, (_, i): SourceEvent => ({ type: 'row', line: c * 10 + i, row: { symbol: 'A', ts: `2017-01-01T00:${String(c % 60).padStart(2, '0')}:${String(i).padStart(2, '0')}`, open: 1, high: 1, low: 1, close: 1, volume: 1 } })));
      }
    }
    const it = mergeByTime([counting()], 15);
    await it.next();
    await it.next();
    expect(pulled).toBeLessThanOrEqual(4);
  });

  it('orders times by a numeric key exactly as their text orders', () => {
    const times = [
      '1800-01-01T00:00:00', '1969-12-31T23:59:59.999999', '1970-01-01T00:00:00', '2017-02-28T23:59:59', '2017-03-01T00:00:00',
      '2017-11-10T09:31:00', '2017-11-10T09:31:00.000001', '2017-11-10T09:31:00.1', '2017-11-10T09:31:00.25', '2017-11-10T09:31:00.250',
      '2017-11-10T09:31:00.250123', '2017-11-10T09:31:00.251', '2017-11-10T09:31:01', '2017-12-31T23:59:59.9', '2200-12-31T23:59:59.999999',
    ];
    const order = (a: string, b: string) => Math.sign(timeKey(a) - timeKey(b)) || Math.sign(timeMicros(a) - timeMicros(b));
    for (const a of times) {
      for (const b of times) {
        // .25 and .250 are the same instant written two ways: equal keys, whatever the text says
        const plain = (t: string) => (t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t);
        const same = plain(a) === plain(b);
        expect(order(a, b), `${a} vs ${b}`).toBe(same ? 0 : a < b ? -1 : 1);
      }
    }
  });
});
