// The merge keeps memory bounded: a dataset several times larger than the heap replays through it.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './harness.js';

const FILES = 300;
const ROWS = 4_000;

describe('replay memory', () => {
  // Memory is what is checked; its speed is the bench's (a loaded machine must not fail it on time).
  it(`reads ${FILES} files of ${ROWS} rows (~60 MB) with a 48 MB heap`, { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stockctl-big-'));
    for (let f = 0; f < FILES; f++) {
      const lines = ['Date,Open,High,Low,Close,Volume,OpenInt'];
      // Each file starts on another day, so the merge holds all of them open most of the time.
      const start = Date.UTC(1990, 0, 1) + f * 86_400_000;
      for (let r = 0; r < ROWS; r++) {
        const day = new Date(start + r * 86_400_000).toISOString().slice(0, 10);
        lines.push(`${day},${(10 + (r % 89) / 7).toFixed(4)},${(12 + (r % 89) / 7).toFixed(4)},${(9 + (r % 89) / 7).toFixed(4)},${(11 + (r % 89) / 7).toFixed(4)},${1_000_000 + r * 37},0`);
      }
      writeFileSync(join(dir, `s${String(f).padStart(4, '0')}.us.txt`), lines.join('\n') + '\n');
    }
    const env = { ...process.env, NODE_OPTIONS: '--max-old-space-size=48' };
    try {
      const r = await runCli(env, ['replay', dir, '--dry-run']);
      expect(r.status, r.stderr.slice(-2000)).toBe(0);
      expect(r.stdout + r.stderr).toContain(`✓ ${FILES * ROWS} valid (dry run, nothing sent), 0 rejected`);
    } finally {
      rmSync(dir, { recursive: true, force: true }); // ~60 MB
    }
  });

  // A file newest first, many times the sort budget: sorted through runs spilled to disk, in the same heap.
  it('sorts a newest-first file of 400,000 rows (~20 MB) with a 48 MB heap', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stockctl-sort-'));
    const rows = 400_000;
    const lines = ['Date,Open,High,Low,Close,Volume'];
    const start = Date.UTC(2000, 0, 3, 9, 30);
    for (let r = rows - 1; r >= 0; r--) {
      const ts = new Date(start + r * 60_000).toISOString().slice(0, 19).replace('T', ' ');
      lines.push(`${ts},${(10 + (r % 89) / 7).toFixed(4)},${(12 + (r % 89) / 7).toFixed(4)},${(9 + (r % 89) / 7).toFixed(4)},${(11 + (r % 89) / 7).toFixed(4)},${100 + r}`);
    }
    writeFileSync(join(dir, 'QSORT.csv'), lines.join('\n') + '\n');
    const env = { ...process.env, NODE_OPTIONS: '--max-old-space-size=48', STOCKCTL_PATHS_STATE: join(dir, 'state') };
    try {
      const r = await runCli(env, ['replay', join(dir, 'QSORT.csv'), '--dry-run']);
      expect(r.status, r.stderr.slice(-2000)).toBe(0);
      expect(r.stderr).toContain('newest first; sent in market-time order');
      expect(r.stdout + r.stderr).toContain(`✓ ${rows} valid (dry run, nothing sent), 0 rejected`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
