import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../config/paths.js';
import { openArrowFile } from './arrow-file.js';
import { eventsOf, type SourceEvent } from './events.js';

const fixture = (name: string) => fromRoot('producer', 'sources', 'fixtures', name);
const read = async (file: string) => {
  const src = await openArrowFile(file, { timezone: 'America/New_York' });
  const out: SourceEvent[] = [];
  for await (const e of eventsOf(src)) out.push(e);
  return { src, out };
};

describe('openArrowFile', () => {
  it("reads pandas' LZ4-compressed Feather with naive dates, symbol from the file name", async () => {
    const { src, out } = await read(fixture('tsla.us.feather'));
    expect(src.layout).toContain('Huge Stock Market Dataset');
    expect(out).toEqual([
      { type: 'row', line: 1, row: { symbol: 'TSLA', ts: '2017-11-08T00:00:00', open: 305.5, high: 306.89, low: 301.3, close: 304.31, volume: 4725510 } },
      { type: 'row', line: 2, row: { symbol: 'TSLA', ts: '2017-11-09T00:00:00', open: 302.5, high: 304.46, low: 296.3, close: 302.99, volume: 5440335 } },
      { type: 'row', line: 3, row: { symbol: 'TSLA', ts: '2017-11-10T00:00:00', open: 302.5, high: 308.36, low: 301.85, close: 302.99, volume: 4621912 } },
    ]);
  });

  it('shows UTC timestamps in the exchange time zone (14:30 UTC is 09:30 in New York in November)', async () => {
    const { out } = await read(fixture('bars.arrow'));
    expect(out.map((e) => e.type === 'row' && [e.row.symbol, e.row.ts, e.row.close, e.row.volume])).toEqual([
      ['AAPL', '2017-11-10T09:30:00', 175.2, 120000],
      ['AAPL', '2017-11-10T09:31:00', 175.15, 98000],
    ]);
  });

  it('reads a zstd IPC stream with date32 dates and float volumes, and rejects a null price', async () => {
    const { src, out } = await read(fixture('all_stocks_5yr.arrows'));
    expect(src.layout).toContain('all_stocks_5yr');
    expect(out[0]).toEqual({ type: 'row', line: 1, row: { symbol: 'AAL', ts: '2013-02-08T00:00:00', open: 15.07, high: 15.12, low: 14.63, close: 14.75, volume: 8407500 } });
    expect(out[1]).toMatchObject({ type: 'rejected', line: 2, reason: 'missing close' });
  });

  it('reads zstd Feather', async () => {
    const { out } = await read(fixture('zstd.feather'));
    expect(out).toHaveLength(2);
  });

  it('names a file that is not Arrow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stockctl-arrow-'));
    const f = join(dir, 'fake.feather');
    writeFileSync(f, 'Date,Open\n1,2\n');
    try {
      await expect(openArrowFile(f, { timezone: 'UTC' })).rejects.toThrow(/fake\.feather: not an Arrow IPC or Feather v2 file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
