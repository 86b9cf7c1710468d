// The real-world file shapes (test/file-shapes/) through the real replay, broker, Spark job and PostgreSQL: every
// landed row's market time and values checked against the source, nothing else landed for a shape's tickers,
// every rejection's kind, the repeats, and the exit status (refused or all-rejected files fail, with no stack).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitCaughtUp } from '../cli/pipeline.js';
import type { ReplaySummary } from '../producer/replay.js';
import { Harness, type CliResult } from './harness.js';
import { ALL_SHAPES, rejectKind, sameNumber, writeShape } from './file-shapes/run-shapes.js';
import type { ExpectedRow, ShapeFiles } from './file-shapes/types.js';

interface Run {
  built: ShapeFiles;
  res: CliResult;
  report?: ReplaySummary;
}

type Landed = ExpectedRow;

describe('real-world file shapes, landed', { timeout: 900_000 }, () => {
  let h: Harness;
  let dir: string;
  const runs = new Map<string, Run>();
  const landed = new Map<string, Landed[]>();

  beforeAll(async () => {
    // A small sort budget: the long out-of-order shapes are sorted through runs spilled to the state folder.
    h = await Harness.create('shapes', { STOCKCTL_REPLAY_SORT_MEMORY_ROWS: '500' });
    const up = await h.cli(['up']);
    if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}`);
    dir = mkdtempSync(join(tmpdir(), 'stockctl-shapes-'));
    // Three replays at a time (each is mostly its process starting): the shapes' tickers never overlap.
    const queue = [...ALL_SHAPES];
    const worker = async () => {
      for (let shape = queue.shift(); shape; shape = queue.shift()) {
        const { built, paths } = writeShape(dir, shape);
        const reportFile = join(dir, `${shape.name}.report.json`);
        const res = await h.cli(['replay', ...paths, '--speed', 'max', '--report', reportFile, ...(built.args ?? [])]);
        let report: ReplaySummary | undefined;
        try {
          report = JSON.parse(readFileSync(reportFile, 'utf8')) as ReplaySummary;
        } catch {
          report = undefined; // refused before any summary
        }
        runs.set(shape.name, { built, res, report });
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    await waitCaughtUp(h.config, 300_000);
    const rows = await h.sql<Landed>(
      "SELECT symbol, to_char(ts, 'YYYY-MM-DD HH24:MI:SS') AS ts, open, high, low, close, volume::float8 AS volume FROM prices WHERE symbol LIKE 'Q%' ORDER BY symbol, ts",
    );
    for (const r of rows) landed.set(r.symbol, [...(landed.get(r.symbol) ?? []), r]);
  });

  afterAll(async () => {
    await h?.cli(['down', '--purge']);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(ALL_SHAPES.map((s) => [s.name]))('%s', (name) => {
    const { built, res, report } = runs.get(name) as Run;
    expect(res.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
    const e = built.expect;
    if (e.kind === 'refused') {
      expect(res.status, res.stderr).not.toBe(0);
      expect(res.stderr).toMatch(e.message);
      expect(report?.sent ?? 0).toBe(0);
      return;
    }
    const everyRowRejected = e.rows.length === 0 && (e.rejected ?? []).length > 0;
    expect(res.status, `${res.stdout}\n${res.stderr}`).toBe(everyRowRejected ? 1 : 0);
    if (everyRowRejected) expect(res.stderr).toContain('✗');
    else expect(res.stdout).toContain('✓');

    const symbols = new Set(e.rows.map((r) => r.symbol));
    const got = [...symbols].flatMap((s) => landed.get(s) ?? []);
    const key = (r: ExpectedRow) => `${r.symbol} ${r.ts}`;
    const want = [...e.rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(got.map(key)).toEqual(want.map(key));
    got.forEach((g, i) => {
      const w = want[i] as ExpectedRow;
      for (const f of ['open', 'high', 'low', 'close', 'volume'] as const) {
        if (!sameNumber(Number(g[f]), w[f])) expect.fail(`${key(g)} ${f}: landed ${g[f]}, the source says ${w[f]}`);
      }
    });

    const rejected = (report?.rejectedLines ?? []).map((r) => `${basename(r.file)}:${r.line} ${rejectKind(r.reason)}`).sort();
    expect(rejected).toEqual((e.rejected ?? []).map((r) => `${r.file}:${r.line} ${r.why}`).sort());
    expect(report?.files.reduce((n, f) => n + f.repeats, 0)).toBe(e.repeatsSkipped ?? 0);
    for (const f of report?.files ?? []) expect(f.read, f.file).toBe(f.sent + f.rejected + f.filtered + f.repeats);
  });
});
