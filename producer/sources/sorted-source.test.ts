import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chunkOf, eventsOf, type SourceEvent } from './events.js';
import { sortedSource } from './sorted-source.js';

const dir = mkdtempSync(join(tmpdir(), 'stockctl-sort-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ev = (line: number, ts: string, close = line + 0.25): SourceEvent => ({ type: 'row', line, row: { symbol: 'S', ts, open: 1, high: 9, low: 0.5, close, volume: line } });

async function sorted(events: SourceEvent[], runRows: number, fanIn?: number) {
  const source = { file: 'f', layout: 'x', chunks: async function* () { yield chunkOf(events); } };
  const out: SourceEvent[] = [];
  for await (const e of eventsOf(sortedSource(source, { spillDir: join(dir, 'spill'), runRows, fanIn }))) out.push(e);
  return out;
}

describe('sortedSource', () => {
  // 3,000 rows, newest first, with same-time rows and rejected lines among them.
  const events: SourceEvent[] = [];
  for (let i = 0; i < 3000; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor((3000 - i) / 2) * 86_400_000).toISOString().slice(0, 10);
    events.push(i % 500 === 7 ? { type: 'rejected', line: i + 2, reason: 'bad\tline\n', raw: 'a,"b"\tc' } : ev(i + 2, `${day}T00:00:00`, 1 / 3 + i));
  }
  const want = [...events].sort((a, b) => {
    const ka = a.type === 'row' ? a.row.ts : '';
    const kb = b.type === 'row' ? b.row.ts : '';
    return ka < kb ? -1 : ka > kb ? 1 : a.line - b.line;
  });

  it('puts rows in (time, line) order in memory, rejected lines first', async () => {
    expect(await sorted(events, 10_000)).toEqual(want);
    expect(existsSync(join(dir, 'spill'))).toBe(false); // one run: nothing spilled
  });

  it('gives the same, value for value, through runs spilled to disk, and removes them after', async () => {
    expect(await sorted(events, 100)).toEqual(want);
    expect(readdirSync(join(dir, 'spill'))).toEqual([]);
  });

  // 300 runs, merged 4 at a time as they come: a huge file never holds more files open than the fan-in.
  it('gives the same through runs merged in stages, a few at a time', async () => {
    expect(await sorted(events, 10, 4)).toEqual(want);
    expect(readdirSync(join(dir, 'spill'))).toEqual([]);
  });
});
