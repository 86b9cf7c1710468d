import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';
import { replay } from './replay.js';

const dir = mkdtempSync(join(tmpdir(), 'stockctl-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = loadConfig({ env: {} });
const HEADER = 'Date,Open,High,Low,Close,Volume,OpenInt';

/** A daily file of `days` sessions from 2017-01-02 on, the `bad`-th data line (1-based) not a number. */
function file(name: string, days: number, bad?: number): string {
  const lines = Array.from({ length: days }, (_, i) => {
    const day = new Date(Date.UTC(2017, 0, 2 + i)).toISOString().slice(0, 10);
    return i + 1 === bad ? `${day},x,2,1,2,100,0` : `${day},1.5,2,1,1.75,${100 + i},0`;
  });
  const path = join(dir, name);
  writeFileSync(path, [HEADER, ...lines].join('\n') + '\n');
  return path;
}

describe('replay (dry run: the read, pacing and bookkeeping, no broker)', () => {
  // Paced, every row waits for its time: each pause flushes what is due first, so the counts must not lose the
  // row that waited (a flush before it once left its file out of the batch's bookkeeping and failed the run).
  it('paces two files to the end and counts every row of each', async () => {
    const files = [file('aaa.us.txt', 40, 7), file('bbb.us.txt', 25)];
    const summary = await replay(config, { files, speed: { kind: 'days', perSecond: 400 }, batchSize: 10, dryRun: true, report: () => undefined });
    expect(summary.files.map((f) => [f.read, f.sent, f.rejected])).toEqual([
      [40, 39, 1],
      [25, 25, 0],
    ]);
    expect([summary.sent, summary.rejected, summary.interrupted]).toEqual([64, 1, false]);
    expect([summary.firstMarketTime, summary.lastMarketTime]).toEqual(['2017-01-02T00:00:00', '2017-02-10T00:00:00']);
  });

  it('counts the same at full speed, with filters', async () => {
    const files = [file('ccc.us.txt', 30), file('ddd.us.txt', 30, 3)];
    const summary = await replay(config, { files, speed: { kind: 'max' }, batchSize: 7, dryRun: true, from: '2017-01-11', symbols: new Set(['DDD']), report: () => undefined });
    expect(summary.files.map((f) => [f.read, f.sent, f.rejected, f.filtered])).toEqual([
      [30, 0, 0, 30],
      [30, 21, 1, 8], // its bad line (2017-01-04) is rejected, not filtered
    ]);
  });

  // The summary lists the first 10,000 rejected lines; past that it says where every one of them is.
  it('lists every rejected line past 10,000 in the rejected-line log, and says so', async () => {
    const lines = [HEADER, ...Array.from({ length: 10_050 }, (_, i) => `2017-01-0${(i % 5) + 2},x${i},2,1,2,100,0`), '2017-02-01,1.5,2,1,1.75,100,0'];
    const path = join(dir, 'eee.us.txt');
    writeFileSync(path, lines.join('\n') + '\n');
    const log = join(dir, 'report.json.rejected.jsonl');
    const summary = await replay(config, { files: [path], speed: { kind: 'max' }, batchSize: 100, dryRun: true, rejectedLog: log, report: () => undefined });
    expect([summary.sent, summary.rejected, summary.rejectedLines.length]).toEqual([1, 10_050, 10_000]);
    expect(summary.rejectedLinesRest).toBe(log);
    const all = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { line: number; reason: string });
    expect(all.map((r) => r.line)).toEqual(Array.from({ length: 10_050 }, (_, i) => i + 2));
    expect(all[10_049]?.reason).toBe('open is not a number: "x10049"');
  });

  it('keeps no rejected-line log when the summary lists them all', async () => {
    const log = join(dir, 'small.rejected.jsonl');
    const summary = await replay(config, { files: [file('fff.us.txt', 20, 4)], speed: { kind: 'max' }, batchSize: 10, dryRun: true, rejectedLog: log, report: () => undefined });
    expect([summary.rejected, summary.rejectedLinesRest, existsSync(log)]).toEqual([1, undefined, false]);
  });
});
