// Delimited text files (CSV/TXT, optionally gzip-compressed), read line by line: memory stays flat.

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { UserError } from '../../cli/errors.js';
import { detectDelimiter, splitDelimited } from '../formats/csv.js';
import { inferDateFormat } from '../formats/dates.js';
import { detectLayout } from '../formats/layouts.js';
import { readRow, symbolFromFileName } from '../formats/rows.js';
import type { Source, SourceEvent } from './events.js';

const SAMPLE_LINES = 500;
const MAX_LINE = 64 * 1024;

export interface TextOptions {
  /** Overrides the symbol taken from the file name (for layouts without a symbol column). */
  symbol?: string;
  timezone: string;
}

function lines(file: string): AsyncIterator<string> {
  const raw = createReadStream(file);
  const input = /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (e) => input.destroy(e));
  return createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
}

const describe = (text: string) => JSON.stringify(text.length > 120 ? text.slice(0, 120) + '…' : text);

export async function openTextFile(file: string, opts: TextOptions): Promise<Source> {
  const it = lines(file);
  let first: IteratorResult<string>;
  try {
    first = await it.next();
  } catch (e) {
    throw new UserError(`${file}: cannot read it: ${(e as Error).message}`);
  }
  if (first.done || first.value.trim() === '') throw new UserError(`${file}: the file is empty (no header line)`);
  const header = first.value.replace(/^\uFEFF/, '');
  // eslint-disable-next-line no-control-regex
  if (header.length > MAX_LINE || /[\u0000-\u0008\u000e-\u001f]/.test(header)) {
    throw new UserError(`${file}: this is not a text table (its first line is binary or ${header.length} characters long)`);
  }
  const delimiter = detectDelimiter(header);
  const layout = detectLayout(splitDelimited(header, delimiter));
  if ('error' in layout) throw new UserError(`${file}: ${layout.error}; its header is ${describe(header)}`);

  // Date formats are inferred from a sample, so the first lines are held back until the format is known.
  const sample: string[] = [];
  let next: IteratorResult<string>;
  try {
    next = await it.next();
    while (!next.done && sample.length < SAMPLE_LINES) {
      sample.push(next.value);
      next = await it.next();
    }
  } catch (e) {
    throw new UserError(`${file}: cannot read it past line ${sample.length + 1}: ${(e as Error).message}`);
  }
  const { columns } = layout;
  const dateSamples = sample.map((l) => {
    const f = splitDelimited(l, delimiter);
    return (f[columns.date] ?? '') + (columns.time !== undefined ? ' ' + (f[columns.time] ?? '') : '');
  });
  const inferred = sample.length ? inferDateFormat(dateSamples, opts.timezone) : { format: { name: 'none', parse: () => undefined } };
  if ('error' in inferred) throw new UserError(`${file}: ${inferred.error}`);

  const symbol = opts.symbol ?? symbolFromFileName(file);
  const reader = { layout, dates: inferred.format, symbol };
  const rest = next;

  const width = splitDelimited(header, delimiter).length;

  async function* events(): AsyncGenerator<SourceEvent> {
    let lineNo = 1;
    const one = (text: string): SourceEvent | undefined => {
      lineNo++;
      if (text.trim() === '') return undefined; // blank lines (a trailing one, most often) carry nothing
      if (text.length > MAX_LINE) return { type: 'rejected', line: lineNo, reason: `line too long (${text.length} characters)`, raw: text.slice(0, 200) };
      const fields = splitDelimited(text, delimiter);
      if (fields.length < width) return { type: 'rejected', line: lineNo, reason: `${fields.length} fields where the header has ${width}`, raw: text };
      const result = readRow(fields, reader);
      return 'row' in result ? { type: 'row', row: result.row, line: lineNo } : { type: 'rejected', line: lineNo, reason: result.reason, raw: text };
    };
    for (const text of sample) {
      const e = one(text);
      if (e) yield e;
    }
    let cur = rest;
    while (!cur.done) {
      const e = one(cur.value);
      if (e) yield e;
      try {
        cur = await it.next();
      } catch (err) {
        // A damaged file (a truncated gzip, a read error) ends here, said as a rejected line, not a crash.
        yield { type: 'rejected', line: lineNo + 1, reason: `cannot read the file past this point: ${(err as Error).message}`, raw: '' };
        return;
      }
    }
  }

  return { file, layout: layout.name, dateNote: 'note' in inferred ? inferred.note : undefined, events };
}
