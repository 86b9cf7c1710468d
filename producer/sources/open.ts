// A file → its source, by kind: Arrow IPC / Feather, or delimited text (plain or gzip).

import { openArrowFile } from './arrow-file.js';
import type { Source } from './events.js';
import { openTextFile } from './text-file.js';

export interface OpenOptions {
  symbol?: string;
  timezone: string;
}

export const isArrow = (file: string) => /\.(feather|arrow|arrows|ipc)$/i.test(file);

export function openSource(file: string, opts: OpenOptions): Promise<Source> {
  return isArrow(file) ? openArrowFile(file, opts) : openTextFile(file, opts);
}
