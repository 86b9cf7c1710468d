// Every file shape read by the replay's own reading (open, sort, merge, duplicates), in process and without
// Kafka: the rows, their market times and values, every rejection's kind and the repeats, exactly. The corpus
// integration test lands the same shapes through the real stack.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuplicateFilter } from '../../producer/duplicates.js';
import { mergeByTime } from '../../producer/merge.js';
import { openSources } from '../../producer/replay.js';
import { ALL_SHAPES, flagsOf, isoOf, rejectKind, sameNumber, writeShape } from './run-shapes.js';

const dir = mkdtempSync(join(tmpdir(), 'stockctl-shapes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('real-world file shapes, read', () => {
  it('has at least 40 shapes, each with a unique name', () => {
    expect(ALL_SHAPES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ALL_SHAPES.map((s) => s.name)).size).toBe(ALL_SHAPES.length);
  });

  for (const shape of ALL_SHAPES) {
    it(shape.name, async () => {
      const { built, paths } = writeShape(dir, shape);
      // A tiny sort budget: every out-of-order file of more than 40 rows is sorted through spilled runs.
      const sources = await openSources(paths, { ...flagsOf(built.args), timezone: 'America/New_York', sort: { spillDir: join(dir, 'spill'), runRows: 40 } });
      const expectation = built.expect;
      if (expectation.kind === 'refused') {
        const errors = sources.filter((s) => s.error);
        expect(errors.length, 'a file is refused').toBeGreaterThan(0);
        for (const s of errors) {
          expect(s.error).toMatch(expectation.message);
          expect(s.error).toContain(basename(s.file));
        }
        return;
      }
      expect(sources.filter((s) => s.error).map((s) => s.error)).toEqual([]);
      const rows: { symbol: string; ts: string; open: number; high: number; low: number; close: number; volume: number }[] = [];
      const rejected: string[] = [];
      let repeats = 0;
      const fileOf = (i: number) => basename((sources[i] as { file: string }).file);
      // Composed as the replay composes them: the merge, then the duplicate check on each merged batch.
      const duplicates = new DuplicateFilter(fileOf, sources.map((s) => s.symbol));
      const batches = [];
      for await (const merged of mergeByTime(sources.map((s) => s.chunks()))) batches.push(duplicates.take(merged));
      batches.push(duplicates.end());
      for (const batch of batches) {
        for (const { event, input } of batch) {
          if (event.type === 'row') rows.push(event.row);
          else if (event.type === 'repeat') repeats++;
          else rejected.push(`${fileOf(input)}:${event.line} ${rejectKind(event.reason)} (${event.reason.slice(0, 80)})`);
        }
      }
      // In market-time order, whatever the files' order.
      for (let i = 1; i < rows.length; i++) expect((rows[i] as { ts: string }).ts >= (rows[i - 1] as { ts: string }).ts).toBe(true);
      const key = (r: { symbol: string; ts: string }) => `${r.symbol} ${r.ts}`;
      const want = [...expectation.rows].sort((a, b) => (key({ ...a, ts: isoOf(a) }) < key({ ...b, ts: isoOf(b) }) ? -1 : 1));
      const got = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
      expect(got.map(key)).toEqual(want.map((r) => key({ ...r, ts: isoOf(r) })));
      got.forEach((g, i) => {
        const w = want[i] as (typeof want)[number];
        for (const f of ['open', 'high', 'low', 'close', 'volume'] as const) {
          if (!sameNumber(g[f], w[f])) expect.fail(`${key(g)} ${f}: read ${g[f]}, the source says ${w[f]}`);
        }
      });
      const wantRejected = (expectation.rejected ?? []).map((r) => `${r.file}:${r.line} ${r.why}`).sort();
      expect(rejected.map((r) => r.replace(/ \(.*$/, '')).sort(), rejected.join('\n')).toEqual(wantRejected);
      expect(repeats).toBe(expectation.repeatsSkipped ?? 0);
    });
  }
});
