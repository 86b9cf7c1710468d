import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { eventsOf, type SourceEvent } from './events.js';
import { openTextFile } from './text-file.js';

const dir = mkdtempSync(join(tmpdir(), 'stockctl-src-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (name: string, body: string | Buffer) => {
  const f = join(dir, name);
  writeFileSync(f, body);
  return f;
};
const all = async (file: string, symbol?: string) => {
  const src = await openTextFile(file, { timezone: 'America/New_York', symbol });
  const out: SourceEvent[] = [];
  for await (const e of eventsOf(src)) out.push(e);
  return { src, out };
};
const HEADER = 'Date,Open,High,Low,Close,Volume,OpenInt';

describe('openTextFile', () => {
  it('reads CRLF, a BOM and a missing final newline', async () => {
    const f = put('tsla.us.txt', `\uFEFF${HEADER}\r\n2017-11-09,302.5,304.46,296.3,302.99,5440335,0\r\n2017-11-10,302.5,308.36,301.85,302.99,4621912,0`);
    const { src, out } = await all(f);
    expect(src.layout).toContain('Huge Stock Market Dataset');
    expect(out).toEqual([
      { type: 'row', line: 2, row: { symbol: 'TSLA', ts: '2017-11-09T00:00:00', open: 302.5, high: 304.46, low: 296.3, close: 302.99, volume: 5440335 } },
      { type: 'row', line: 3, row: { symbol: 'TSLA', ts: '2017-11-10T00:00:00', open: 302.5, high: 308.36, low: 301.85, close: 302.99, volume: 4621912 } },
    ]);
  });

  it('reads a file of many chunks, lines cut across them included, exactly', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const day = new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      return `${day},${(10 + i / 1000).toFixed(3)},${(12 + i / 1000).toFixed(3)},${(9 + i / 1000).toFixed(3)},${(11 + i / 1000).toFixed(3)},${1000 + i},0`;
    });
    const f = put('many.us.txt', [HEADER, ...rows].join('\n') + '\n'); // ~150 KB: dozens of reads
    const { out } = await all(f);
    expect(out).toHaveLength(3000);
    out.forEach((e, i) => {
      const [day, open, high, low, close, volume] = (rows[i] as string).split(',');
      expect(e).toEqual({ type: 'row', line: i + 2, row: { symbol: 'MANY', ts: `${day}T00:00:00`, open: Number(open), high: Number(high), low: Number(low), close: Number(close), volume: Number(volume) } });
    });
  });

  it('reads gzip-compressed files', async () => {
    const f = put('aapl.us.txt.gz', gzipSync(`${HEADER}\n2017-11-10,1,2,0.5,1.5,100,0\n`));
    const { out } = await all(f);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ row: { symbol: 'AAPL', volume: 100 } });
  });

  it('reports bad lines with their line numbers and keeps going', async () => {
    const f = put('ko.us.txt', `${HEADER}\n2017-11-08,1,2,1,2,5,0\n2017-11-09,abc,2,1,2,5,0\n2017-11-10,1,2\n\n2017-11-13,1,2,1,2,5,0\n`);
    const { out } = await all(f);
    expect(out.map((e) => (e.type === 'row' ? `row ${e.line}` : `rejected ${e.line}: ${e.reason}`))).toEqual([
      'row 2',
      'rejected 3: open is not a number: "abc"',
      'rejected 4: 3 fields where the header has 7',
      'row 6',
    ]);
  });

  it('takes --symbol when the file name says nothing', async () => {
    const f = put('prices.csv', `Date,Open,High,Low,Close,Adj Close,Volume\n2017-11-10,1,2,1,2,2,5\n`);
    const { out } = await all(f, 'IBM');
    expect(out[0]).toMatchObject({ row: { symbol: 'IBM' } });
  });

  it('names the file and its header when no layout fits, and refuses empty or binary files', async () => {
    await expect(openTextFile(put('x.csv', 'a;b;c\n1;2;3\n'), { timezone: 'UTC' })).rejects.toThrow(/x\.csv: its header fits no known layout.*"a;b;c"/);
    await expect(openTextFile(put('empty.csv', ''), { timezone: 'UTC' })).rejects.toThrow(/empty\.csv: the file is empty/);
    await expect(openTextFile(put('bin.csv', Buffer.from([0, 1, 2, 3, 10, 0, 1])), { timezone: 'UTC' })).rejects.toThrow(/not a text table/);
  });

  it('a header-only file yields nothing', async () => {
    const { out } = await all(put('nflx.us.txt', `${HEADER}\n`));
    expect(out).toEqual([]);
  });
});

describe('openTextFile, a long undecided head', () => {
  // ~11,800 lines whose days are all ≤ 12 (more than are kept while undecided), newest first, then one that decides.
  it('decides day/month at the last line and still sees the file is newest first', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      const d = new Date(Date.UTC(2040, 0, 1) - i * 86_400_000);
      if (d.getUTCDate() > 12) continue;
      lines.push(`${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()},1,2,0.5,1.5,100`);
    }
    lines.push('31-01-1950,1,2,0.5,1.5,100');
    const f = put('qlong.csv', ['Date,Open,High,Low,Close,Volume', ...lines].join('\n') + '\n');
    const src = await openTextFile(f, { timezone: 'America/New_York' });
    expect(src.dateNote).toContain(`"31-01-1950" at line ${(lines.length + 1).toLocaleString('en-US')}`);
    expect(src.order).toBe('descending');
  });
});
