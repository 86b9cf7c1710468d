// Command-line inputs → the list of files to replay: files, whole folders, and globs the shell left quoted.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../config/errors.js';

export const DATA_FILE = /\.(csv|txt|tsv)(\.gz)?$|\.(feather|arrow|arrows|ipc)$/i;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : DATA_FILE.test(e.name) ? [join(dir, e.name)] : []));
}

const globToRegExp = (glob: string) =>
  new RegExp('^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');

export function expandInputs(args: string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    if (/[*?]/.test(basename(arg)) && !existsSync(arg)) {
      const dir = dirname(arg);
      const re = globToRegExp(basename(arg));
      const found = existsSync(dir) ? readdirSync(dir).filter((f) => re.test(f)).sort().map((f) => join(dir, f)) : [];
      if (found.length === 0) throw new UserError(`no file matches ${arg}`);
      files.push(...found);
    } else if (!existsSync(arg)) {
      throw new UserError(`no such file or folder: ${arg}`);
    } else if (statSync(arg).isDirectory()) {
      const found = walk(arg);
      if (found.length === 0) throw new UserError(`folder ${arg} holds no data files (.csv, .txt, .gz, .feather, .arrow)`);
      files.push(...found);
    } else {
      files.push(arg);
    }
  }
  // The same file named twice (a folder and a glob over it) would be sent twice.
  return [...new Map(files.map((f) => [resolve(f), f])).values()];
}
