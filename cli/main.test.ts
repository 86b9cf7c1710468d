import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../config/paths.js';

describe('stockctl as a command', () => {
  it('stops quietly when its reader closes the pipe early (`stockctl --help | head -1`)', () => {
    // Every run after the first writes into a pipe whose reader is gone.
    const cli = `node ${JSON.stringify(fromRoot('dist', 'cli', 'main.js'))}`;
    const r = spawnSync('bash', ['-c', `set -o pipefail; for i in 1 2 3 4 5; do ${cli} --help; done | head -1 >/dev/null; ${cli} replay --help | head -1`], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: stockctl replay/);
  });

  it('is built executable, as `npx stockctl` runs the file itself', () => {
    const cli = fromRoot('dist', 'cli', 'main.js');
    expect(statSync(cli).mode & 0o111).toBe(0o111);
    const r = spawnSync(cli, ['--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
