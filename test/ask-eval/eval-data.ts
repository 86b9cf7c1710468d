// The evaluation's data on a real stack: the 13 daily tickers and the three intraday ETFs, replayed through
// Kafka and Spark as a user would. The intraday files are UTC without saying so; the copies say it ("…Z"), so
// the replay stores them in New York time, as FORMAT.md has it.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitCaughtUp } from '../../cli/pipeline.js';
import type { Harness } from '../../cli/isolated-stack.js';
import { fromRoot } from '../../config/paths.js';

export const SHARED_DATA = fromRoot('..', 'shared', 'data');

/** Writes the intraday files with their UTC made explicit, named by their ticker; returns the folder. */
export function intradayCopies(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const src = join(SHARED_DATA, 'intraday');
  for (const f of readdirSync(src).filter((n) => n.endsWith('.csv'))) {
    const [header, ...lines] = readFileSync(join(src, f), 'utf8').split('\n');
    const body = lines.filter((l) => l.trim()).map((l) => l.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})/, '$1T$2Z'));
    writeFileSync(join(dir, `${f.split('_')[0] as string}.csv`), [header, ...body].join('\n') + '\n');
  }
  return dir;
}

export async function loadEvalData(h: Harness): Promise<void> {
  const intraday = intradayCopies(join(h.state, 'eval-intraday'));
  for (const dir of [join(SHARED_DATA, 'stocks'), intraday]) {
    const r = await h.cli(['replay', dir, '--speed', 'max', '--batch-size', '5000']);
    if (r.status !== 0) throw new Error(`replay of ${dir} failed:\n${r.stdout}\n${r.stderr}`);
  }
  await waitCaughtUp(h.config, 600_000);
}
