// The bad-file corpus through the real replay, broker and job: each file has its expected outcome, the good
// rows land exactly, every rejected line is reported and dead-lettered, and nothing crashes.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitCaughtUp } from '../cli/pipeline.js';
import { withAdmin } from '../producer/kafka-client.js';
import { symbolFromFileName } from '../producer/formats/rows.js';
import type { ReplaySummary } from '../producer/replay.js';
import { BAD_FILES, BAD_MESSAGES } from './corpus.js';
import { Harness } from './harness.js';

describe('the bad-input corpus', { timeout: 300_000 }, () => {
  let h: Harness;
  let dir: string;
  let report: ReplaySummary;
  let exitCode: number;
  let stderr: string;

  beforeAll(async () => {
    h = await Harness.create('badinput');
    const up = await h.cli(['up']);
    if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}`);
    dir = mkdtempSync(join(tmpdir(), 'stockctl-corpus-'));
    for (const f of BAD_FILES) writeFileSync(join(dir, f.name), f.body);
    const reportFile = join(dir, 'report.json');
    const res = await h.cli(['replay', dir, '--report', reportFile]);
    exitCode = res.status;
    stderr = res.stderr;
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as ReplaySummary;
    await waitCaughtUp(h.config, 120_000);
  });

  afterAll(async () => {
    await h.cli(['down', '--purge']);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds at least 30 kinds of bad file and 15 kinds of bad message', () => {
    expect(new Set(BAD_FILES.map((f) => f.kind)).size).toBeGreaterThanOrEqual(30);
    expect(new Set(BAD_MESSAGES.filter((m) => m.reason).map((m) => m.kind)).size).toBeGreaterThanOrEqual(15);
  });

  it('replays every readable file and says which ones it could not read (exit 1, no stack trace)', () => {
    expect(exitCode).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    for (const f of BAD_FILES.filter((x) => x.unreadable)) {
      const summary = report.files.find((s) => s.file.endsWith(f.name));
      expect(summary?.error, f.kind).toMatch(f.unreadable as RegExp);
    }
  });

  it.each(BAD_FILES.map((f) => [f.kind, f]))('%s: the expected lines are rejected with their reasons', (_kind, f) => {
    const got = report.rejectedLines.filter((r) => r.file.endsWith(`/${f.name}`)).map((r) => [r.line, r.reason] as [number, string]);
    expect(got.length, JSON.stringify(got)).toBe(f.rejected.length);
    f.rejected.forEach(([line, reason], i) => {
      expect(got[i]?.[0]).toBe(line);
      expect(got[i]?.[1]).toContain(reason);
    });
  });

  it.each(BAD_FILES.map((f) => [f.kind, f]))('%s: exactly the good rows land', async (_kind, f) => {
    const symbol = symbolFromFileName(f.name);
    const rows = await h.sql<{ date: string; close: number }>("SELECT to_char(trade_date, 'YYYY-MM-DD') AS date, close FROM prices WHERE symbol = $1 ORDER BY ts", [symbol]);
    expect(rows.map((r) => [r.date, r.close])).toEqual(f.lands);
  });

  it('every rejected line is in the dead-letter topic, and the counts add up', async () => {
    const rejected = BAD_FILES.reduce((n, f) => n + f.rejected.length, 0);
    expect(report.rejected).toBe(rejected);
    const lettered = await withAdmin(h.config, async (admin) => (await admin.fetchTopicOffsets(h.config.kafka.dead_letter_topic)).reduce((n, p) => n + Number(p.high), 0));
    expect(lettered).toBe(rejected);
    for (const s of report.files) expect(s.read, s.file).toBe(s.sent + s.rejected + s.filtered + s.repeats);
  });
});
