// A file → its source, by kind: Arrow IPC / Feather, or delimited text (plain or gzip).

import { stat } from 'node:fs/promises';
import { openArrowFile } from './arrow-file.js';
import type { ReadOptions, Source } from './events.js';
import { sortedSource, type SortOptions } from './sorted-source.js';
import { openTextFile } from './text-file.js';

export interface OpenOptions extends ReadOptions {
  /** How a source out of time order is sorted (in memory, spilling past a budget). */
  sort: SortOptions;
}

export const isArrow = (file: string) => /\.(feather|arrow|arrows|ipc)$/i.test(file);

export async function openSource(file: string, opts: OpenOptions): Promise<Source> {
  // An empty file holds no rows to lose: it is listed, not refused.
  if ((await stat(file)).size === 0) return { file, layout: 'empty file', chunks: async function* () {} };
  const source = await (isArrow(file) ? openArrowFile(file, opts) : openTextFile(file, opts));
  // The merge needs each input in time order: a file that is not (or whose order is unknown) is sorted first.
  return source.order === 'ascending' ? source : sortedSource(source, opts.sort);
}
