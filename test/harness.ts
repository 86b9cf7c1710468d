// The tests' data and their stack: the 13 real tickers beside the project, and the isolated stack of cli/.

import { existsSync, readFileSync } from 'node:fs';
import { fromRoot } from '../config/paths.js';

export { freePort, Harness, runCli, type CliResult } from '../cli/isolated-stack.js';

/** The 13 real tickers the tests replay: ../shared/data/stocks beside the project (or STOCKCTL_TEST_STOCKS). */
export const SHARED_STOCKS = process.env.STOCKCTL_TEST_STOCKS ?? fromRoot('..', 'shared', 'data', 'stocks');
if (!existsSync(SHARED_STOCKS)) {
  throw new Error(`test data not found at ${SHARED_STOCKS}: clone the project beside shared/, or set STOCKCTL_TEST_STOCKS`);
}

/** The rows of a Huge-layout file as the database should hold them (date, open, high, low, close, volume). */
export function sourceRows(file: string): { date: string; open: number; high: number; low: number; close: number; volume: number }[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [date, open, high, low, close, volume] = l.split(',');
      return { date: date as string, open: Number(open), high: Number(high), low: Number(low), close: Number(close), volume: Number(volume) };
    });
}
