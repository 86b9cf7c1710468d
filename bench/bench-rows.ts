// The bench set's rows as the sink writes them (CSV for `psql \copy`), read once here for every figure that
// copies them in directly.

import { readFileSync } from 'node:fs';

/**
 * Each valid row of the files as a CSV line of the prices table's columns, symbols from the file names with
 * `suffix` appended (AAPL → AAPL1: the same rows again under new symbols).
 */
export function benchCsvLines(files: string[], suffix = ''): string[] {
  const out: string[] = [];
  for (const f of files) {
    const symbol = (f.split('/').pop() ?? f).replace(/\.us\.txt$/, '').toUpperCase() + suffix;
    for (const line of readFileSync(f, 'utf8').split(/\r?\n/).slice(1)) {
      const [date, open, high, low, close, volume] = line.split(',');
      if (!date || !(Number(open) > 0 && Number(high) >= Number(low) && Number(low) > 0 && Number(close) > 0)) continue;
      out.push(`${symbol},${date} 00:00:00,${open},${high},${low},${close},${volume},2026-01-01 00:00:00+00,0,${out.length}`);
    }
  }
  return out;
}
