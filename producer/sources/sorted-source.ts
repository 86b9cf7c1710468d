// A source whose rows are not in market-time order (newest first, or several tickers one after another) put in
// order in bounded memory: runs of `runRows` events are sorted by (time, line) and, past the first, spilled to
// files in the state folder, then merged. A file that fits in one run never touches the disk.

import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { mergeByTime } from '../merge.js';
import { chunkOf, eventsOf, type EventChunk, type Source, type SourceEvent } from './events.js';
import { readLineChunks } from './lines.js';
import { readPlain } from './plain-file.js';

export interface SortOptions {
  /** Where runs are spilled (a folder of their own is made inside, and removed after). */
  spillDir: string;
  /** Events held in memory at once (about 250 bytes each). */
  runRows: number;
}

/** Rejected lines have no time: they sort first, in their file order. */
const keyOf = (e: SourceEvent) => (e.type === 'row' ? e.row.ts : '');
const byTime = (a: SourceEvent, b: SourceEvent) => {
  const [ka, kb] = [keyOf(a), keyOf(b)];
  return ka < kb ? -1 : ka > kb ? 1 : a.line - b.line;
};

/** One event a line: numbers as JavaScript prints them (which reads back as the same double), texts as JSON. */
function encode(e: SourceEvent): string {
  if (e.type === 'rejected') return `x\t${e.line}\t${JSON.stringify(e.reason)}\t${JSON.stringify(e.raw)}`;
  const r = e.row;
  return `r\t${e.line}\t${r.symbol}\t${r.ts}\t${r.open}\t${r.high}\t${r.low}\t${r.close}\t${r.volume}`;
}

function decode(line: string): SourceEvent {
  const f = line.split('\t');
  if (f[0] === 'x') return { type: 'rejected', line: Number(f[1]), reason: JSON.parse(f[2] as string) as string, raw: JSON.parse(f[3] as string) as string };
  const [, ln, symbol, ts, open, high, low, close, volume] = f as [string, string, string, string, string, string, string, string, string];
  return { type: 'row', line: Number(ln), row: { symbol, ts, open: Number(open), high: Number(high), low: Number(low), close: Number(close), volume: Number(volume) } };
}

async function* runChunks(file: string): AsyncGenerator<EventChunk> {
  for await (const lines of readLineChunks(readPlain(file), Infinity)) {
    yield { size: lines.length, read: (i) => decode(lines[i] as string) };
  }
}

const CHUNK = 1024;
/**
 * Runs merged at once at most: each holds a file open, and a process may hold only so many (often 1,024). Past
 * it, the runs so far are merged into one (a 2 GB file of 20,000-row runs would otherwise open 2,000 at once).
 */
const FAN_IN = 128;

/** Merges runs, in order, into one run file: ties keep run order, as the final merge does. */
async function mergeInto(file: string, runs: string[]): Promise<void> {
  const fd = openSync(file, 'w');
  try {
    for await (const tagged of mergeByTime(runs.map((f) => runChunks(f)))) writeSync(fd, tagged.map((t) => encode(t.event)).join('\n') + '\n');
  } finally {
    closeSync(fd);
  }
  for (const r of runs) rmSync(r, { force: true });
}

export function sortedSource(source: Source, opts: SortOptions & { fanIn?: number }): Source {
  const fanIn = opts.fanIn ?? FAN_IN;
  async function* chunks(): AsyncGenerator<EventChunk> {
    let run: SourceEvent[] = [];
    let runs: string[] = [];
    let dir: string | undefined;
    let made = 0;
    const spill = async () => {
      if (!dir) {
        mkdirSync(opts.spillDir, { recursive: true });
        dir = mkdtempSync(join(opts.spillDir, 'sort-'));
      }
      const file = join(dir, `run-${made++}.txt`);
      writeFileSync(file, run.sort(byTime).map(encode).join('\n') + '\n');
      runs.push(file);
      run = [];
      if (runs.length >= fanIn) {
        const merged = join(dir, `run-${made++}.txt`);
        await mergeInto(merged, runs);
        runs = [merged];
      }
    };
    try {
      for await (const e of eventsOf(source)) {
        run.push(e);
        if (run.length >= opts.runRows) await spill();
      }
      if (runs.length === 0) {
        run.sort(byTime);
        for (let i = 0; i < run.length; i += CHUNK) yield chunkOf(run.slice(i, i + CHUNK));
        return;
      }
      if (run.length > 0) await spill();
      // Ties between runs keep run order, and each run is in line order: the whole is in (time, line) order.
      for await (const tagged of mergeByTime(runs.map((f) => runChunks(f)))) yield chunkOf(tagged.map((t) => t.event));
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }
  return { ...source, chunks };
}
