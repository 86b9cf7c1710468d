// Builds the file shapes from the real rows beside the project, and reads what they must become: shared by the
// reading test (the replay's own reading, in process) and the corpus test (the real stack, PostgreSQL checked).

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../../config/paths.js';
import { BLIND_SHAPES } from './blind.js';
import { OWN_SHAPES } from './own.js';
import type { DailyBar, ExpectedRow, FileShape, MinuteBar, RejectKind, ShapeFiles, ShapeSource } from './types.js';

export const SHARED_DATA = process.env.STOCKCTL_TEST_DATA ?? fromRoot('..', 'shared', 'data');
export const ALL_SHAPES: FileShape[] = [...BLIND_SHAPES, ...OWN_SHAPES];

const cache = new Map<string, string[][]>();
function table(file: string): string[][] {
  let rows = cache.get(file);
  if (!rows) {
    rows = readFileSync(file, 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim()).map((l) => l.split(','));
    cache.set(file, rows);
  }
  return rows;
}

export const source: ShapeSource = {
  daily(symbol, from, to): DailyBar[] {
    return table(join(SHARED_DATA, 'stocks', `${symbol.toLowerCase()}.us.txt`))
      .filter(([d]) => (d as string) >= from && (d as string) <= to)
      .map(([date, o, h, l, c, v]) => ({ symbol, date: date as string, open: Number(o), high: Number(h), low: Number(l), close: Number(c), volume: Number(v) }));
  },
  minutes(symbol, fromUtc, count): MinuteBar[] {
    const name = readdirSync(join(SHARED_DATA, 'intraday')).find((f) => f.startsWith(`${symbol}_1min_`));
    if (!name) throw new Error(`no minute bars of ${symbol}`);
    return table(join(SHARED_DATA, 'intraday', name))
      .filter(([t]) => (t as string) >= fromUtc)
      .slice(0, count)
      .map(([utc, o, h, l, c, v]) => ({ symbol, utc: utc as string, open: Number(o), high: Number(h), low: Number(l), close: Number(c), volume: Number(v) }));
  },
};

/** Writes a shape's files into a folder of its own (shapes may share file names); returns their paths. */
export function writeShape(dir: string, shape: FileShape): { built: ShapeFiles; paths: string[] } {
  const built = shape.build(source);
  const folder = join(dir, shape.name);
  mkdirSync(folder, { recursive: true });
  const paths = built.files.map((f) => {
    const p = join(folder, f.name);
    writeFileSync(p, f.content);
    return p;
  });
  return { built, paths };
}

/** The kind of a rejection, from the replay's reason (its words are the product's; the kinds are the shapes'). */
export function rejectKind(reason: string): RejectKind | 'other' {
  if (/^no data for this day/.test(reason)) return 'no-data';
  if (/^conflicting duplicate/.test(reason)) return 'conflicting-duplicate';
  if (/^(unparseable date|date in the future)/.test(reason)) return 'bad-date';
  if (/^(high below low|non-positive|negative volume)/.test(reason)) return 'invalid-bar';
  if (/(is not a number|^missing (open|high|low|close|volume)|is out of range|not a whole number)/.test(reason)) return 'bad-number';
  return 'other';
}

export interface Flags {
  symbol?: string;
  dateOrder?: 'day-first' | 'month-first';
}

export function flagsOf(args: string[] = []): Flags {
  const i = args.indexOf('--symbol');
  return {
    symbol: i >= 0 ? args[i + 1] : undefined,
    dateOrder: args.includes('--day-first') ? 'day-first' : args.includes('--month-first') ? 'month-first' : undefined,
  };
}

/** 'YYYY-MM-DD HH:MM:SS' of an expected row as the replay writes market time. */
export const isoOf = (r: ExpectedRow) => r.ts.replace(' ', 'T');

/** Within a billionth, relatively: the double read back from the text the shape printed. */
export const sameNumber = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
