// A file → its source, by kind: Arrow IPC / Feather, or delimited text (plain or gzip).

import { stat } from 'node:fs/promises';
import { openArrowFile } from './arrow-file.js';
import type { Source } from './events.js';
import { openTextFile } from './text-file.js';

export interface OpenOptions {
  symbol?: string;
  timezone: string;
}

export const isArrow = (file: string) => /\.(feather|arrow|arrows|ipc)$/i.test(file);

export async function openSource(file: string, opts: OpenOptions): Promise<Source> {
  // An empty file holds no rows to lose: it is listed, not refused.
  if ((await stat(file)).size === 0) return { file, layout: 'empty file', chunks: async function* () {} };
  return isArrow(file) ? openArrowFile(file, opts) : openTextFile(file, opts);
}
