// Prometheus's own checker of the metrics text format, for the tests of `/metrics` and `stockctl metrics`.
// Only the one program is taken out of Debian's prometheus package: installing the package itself would also
// start a Prometheus server on the machine, which the tests do not want.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';
import { layout } from '../layout.js';
import { run, runOrFail } from '../services/process.js';

export function promtoolPath(config: Pick<StockctlConfig, 'paths'>): string {
  return join(layout(config).tools, 'promtool', 'usr', 'bin', 'promtool');
}

/** promtool under the tools folder, unpacked from Debian's package when missing; 'cached' when it was there. */
export function ensurePromtool(config: Pick<StockctlConfig, 'paths'>): string {
  const bin = promtoolPath(config);
  if (run(bin, ['--version']).status === 0) return 'cached';
  const scratch = mkdtempSync(join(tmpdir(), 'stockctl-promtool-'));
  try {
    // apt-get download fetches the .deb alone (no dependencies, no install scripts, no root needed).
    const download = () => run('apt-get', ['download', 'prometheus'], { cwd: scratch });
    let got = download();
    if (got.status !== 0 && refreshPackageLists()) got = download(); // a fresh machine may have no package lists
    const deb = readdirSync(scratch).find((f) => f.endsWith('.deb'));
    if (got.status !== 0 || !deb) {
      throw new UserError(`could not download Debian's prometheus package for promtool: ${(got.stderr || got.stdout).trim().split('\n').pop() ?? ''}`, 'run apt-get update (as root), then stockctl setup --dev again');
    }
    const unpacked = join(scratch, 'unpacked');
    mkdirSync(unpacked);
    runOrFail('unpacking the prometheus package', 'dpkg-deb', ['-x', join(scratch, deb), unpacked]);
    const target = join(layout(config).tools, 'promtool', 'usr', 'bin');
    mkdirSync(target, { recursive: true });
    runOrFail('keeping promtool', 'cp', [join(unpacked, 'usr', 'bin', 'promtool'), target]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (!existsSync(bin) || run(bin, ['--version']).status !== 0) throw new UserError(`promtool does not run from ${bin}`);
  return bin;
}

/** apt-get update as root or through passwordless sudo; false when neither is possible. */
function refreshPackageLists(): boolean {
  const update = ['update', '-qq'];
  return (process.getuid?.() === 0 ? run('apt-get', update) : run('sudo', ['-n', 'apt-get', ...update])).status === 0;
}

/** `promtool check metrics` on the text: Prometheus's own parser and its naming lint; what it said, and whether it passed. */
export function promtoolCheck(config: Pick<StockctlConfig, 'paths'>, text: string): { ok: boolean; output: string } {
  const bin = promtoolPath(config);
  if (!existsSync(bin)) throw new UserError(`promtool is not installed at ${bin}`, 'run: stockctl setup --dev');
  const res = run(bin, ['check', 'metrics'], { input: text });
  return { ok: res.status === 0, output: (res.stdout + res.stderr).trim() };
}
