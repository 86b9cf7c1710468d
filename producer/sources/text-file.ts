// Delimited text files (CSV/TXT, optionally gzip-compressed), read line by line: memory stays flat.

import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { UserError } from '../../config/errors.js';
import { detectDelimiter, splitDelimited } from '../formats/csv.js';
import { inferDateFormat } from '../formats/dates.js';
import { detectLayout } from '../formats/layouts.js';
import { readRow, symbolFromFileName } from '../formats/rows.js';
import type { EventChunk, Source, SourceEvent } from './events.js';
import { readLineChunks, readLines, type ChunkLine, type Line } from './lines.js';

const SAMPLE_LINES = 500;
const MAX_LINE = 64 * 1024;

export interface TextOptions {
  /** Overrides the symbol taken from the file name (for layouts without a symbol column). */
  symbol?: string;
  timezone: string;
}

const READ_BYTES = 4 * 1024;

/**
 * A plain file's bytes, a chunk at a time, read synchronously: the file is local, and a stream's machinery
 * per 4 KB chunk cost more than the read itself (a thousand files are open at once for the merge).
 */
async function* readPlain(file: string): AsyncGenerator<Buffer> {
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(READ_BYTES);
      const n = readSync(fd, buf, 0, READ_BYTES, null);
      if (n === 0) return;
      yield n < READ_BYTES ? buf.subarray(0, n) : buf;
    }
  } finally {
    closeSync(fd);
  }
}

function readStream(file: string): AsyncIterable<Buffer | string> {
  if (!/\.gz$/i.test(file)) return readPlain(file);
  // Small chunks: the merge keeps one file open per input, a thousand of them for a large dataset.
  const raw = createReadStream(file, { highWaterMark: READ_BYTES });
  const input = raw.pipe(createGunzip({ chunkSize: READ_BYTES }));
  raw.on('error', (e) => input.destroy(e));
  return input;
}

// A line longer than MAX_LINE is rejected whatever it holds: its start is enough to show.
const lines = (file: string): AsyncIterator<Line> => readLines(readStream(file), MAX_LINE + 1);
const lineChunks = (file: string): AsyncIterator<ChunkLine[]> => readLineChunks(readStream(file), MAX_LINE + 1);

const describe = (text: string) => JSON.stringify(text.length > 120 ? text.slice(0, 120) + '…' : text);

/** The header's layout and the file's date format, from its first lines; the file is closed after. */
async function inspect(file: string, opts: TextOptions) {
  const it = lines(file);
  try {
    let first: IteratorResult<Line>;
    try {
      first = await it.next();
    } catch (e) {
      throw new UserError(`${file}: cannot read it: ${(e as Error).message}`);
    }
    if (first.done || first.value.text.trim() === '') throw new UserError(`${file}: the file is empty (no header line)`);
    const header = first.value.text.replace(/^\uFEFF/, '');
    // eslint-disable-next-line no-control-regex
    if (first.value.length > MAX_LINE || /[\u0000-\u0008\u000e-\u001f]/.test(header)) {
      throw new UserError(`${file}: this is not a text table (its first line is binary or ${first.value.length} characters long)`);
    }
    const delimiter = detectDelimiter(header);
    const layout = detectLayout(splitDelimited(header, delimiter));
    if ('error' in layout) throw new UserError(`${file}: ${layout.error}; its header is ${describe(header)}`);

    // Only the dates of a sample are kept: the rows are read again from the start by chunks(), so that no lines
    // wait in memory (a merge of a thousand files would hold a thousand samples).
    const { columns } = layout;
    const dateSamples: string[] = [];
    try {
      for (let next = await it.next(); !next.done && dateSamples.length < SAMPLE_LINES; next = await it.next()) {
        if (next.value.text.trim() === '') continue;
        const f = splitDelimited(next.value.text, delimiter);
        dateSamples.push((f[columns.date] ?? '') + (columns.time !== undefined ? ' ' + (f[columns.time] ?? '') : ''));
      }
    } catch (e) {
      throw new UserError(`${file}: cannot read it past line ${dateSamples.length + 1}: ${(e as Error).message}`);
    }
    const inferred = dateSamples.length ? inferDateFormat(dateSamples, opts.timezone) : { format: { name: 'none', parse: () => undefined } };
    if ('error' in inferred) throw new UserError(`${file}: ${inferred.error}`);
    return { header, delimiter, layout, inferred };
  } finally {
    await it.return?.();
  }
}

export async function openTextFile(file: string, opts: TextOptions): Promise<Source> {
  const { header, delimiter, layout, inferred } = await inspect(file, opts);
  const symbol = opts.symbol ?? symbolFromFileName(file);
  const reader = { layout, dates: inferred.format, symbol };

  const width = splitDelimited(header, delimiter).length;

  async function* chunks(): AsyncGenerator<EventChunk> {
    let lineNo = 1;
    const one = (line: ChunkLine): SourceEvent | undefined => {
      const text = typeof line === 'string' ? line : line.text;
      const { length } = line; // a string's own, or the full length of a line cut short
      lineNo++;
      if (text.trim() === '') return undefined; // blank lines (a trailing one, most often) carry nothing
      if (length > MAX_LINE) return { type: 'rejected', line: lineNo, reason: `line too long (${length} characters)`, raw: text.slice(0, 200) };
      const fields = splitDelimited(text, delimiter);
      if (fields.length < width) return { type: 'rejected', line: lineNo, reason: `${fields.length} fields where the header has ${width}`, raw: text };
      const result = readRow(fields, reader);
      return 'row' in result ? { type: 'row', row: result.row, line: lineNo } : { type: 'rejected', line: lineNo, reason: result.reason, raw: text };
    };
    const it = lineChunks(file);
    // A damaged file (a truncated gzip, a read error) ends where it fails, said as a rejected line, not a crash.
    const pull = () => it.next().catch((err: Error) => ({ error: err }));
    let header = true;
    try {
      for (;;) {
        const cur = await pull();
        if ('error' in cur) {
          const reason = `cannot read the file past this point: ${cur.error.message}`;
          yield { size: 1, read: () => ({ type: 'rejected', line: lineNo + 1, reason, raw: '' }) };
          return;
        }
        if (cur.done) return;
        const lines = header ? cur.value.slice(1) : cur.value; // the header was checked by inspect()
        header = false;
        yield { size: lines.length, read: (i) => one(lines[i] as ChunkLine) };
      }
    } finally {
      await it.return?.(); // stopped early (Ctrl-C, --strict): close the file now
    }
  }

  return { file, layout: layout.name, dateNote: 'note' in inferred ? inferred.note : undefined, chunks };
}
