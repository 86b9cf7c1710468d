// Delimited text files (CSV/TXT, optionally gzip-compressed), read line by line: memory stays flat.

import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { UserError } from '../../config/errors.js';
import { detectDelimiter, splitDelimited } from '../formats/csv.js';
import { inferDateFormat, ISO_LOCAL, type DateFormat, type DateSample, type Inference, type Inferred } from '../formats/dates.js';
import { detectLayout } from '../formats/layouts.js';
import { detectNumberStyle, PLAIN, type NumberStyle } from '../formats/numbers.js';
import { readRow, symbolFromFileName } from '../formats/rows.js';
import type { EventChunk, ReadOptions, Source, SourceEvent } from './events.js';
import { decoded } from './encoding.js';
import { isoDateOrder } from './iso-date-order.js';
import { READ_BYTES, readPlain } from './plain-file.js';
import { readLineChunks, type ChunkLine } from './lines.js';
import { TimeOrderCheck } from './time-order.js';

const SAMPLE_LINES = 500;
const MAX_LINE = 64 * 1024;

export type TextOptions = ReadOptions;

function readStream(file: string): AsyncIterable<Buffer | string> {
  return decoded(readBytes(file));
}

/** Small chunks by default: the merge keeps one file open per input, a thousand of them for a large dataset. */
function readBytes(file: string, size = READ_BYTES): AsyncIterable<Buffer | string> {
  if (!/\.gz$/i.test(file)) return readPlain(file, size);
  const raw = createReadStream(file, { highWaterMark: size });
  const input = raw.pipe(createGunzip({ chunkSize: size }));
  raw.on('error', (e) => input.destroy(e));
  return input;
}

// A line longer than MAX_LINE is rejected whatever it holds: its start is enough to show.
const lineChunks = (file: string): AsyncIterator<ChunkLine[]> => readLineChunks(readStream(file), MAX_LINE + 1);

const describe = (text: string) => JSON.stringify(text.length > 120 ? text.slice(0, 120) + '…' : text);

/** The field at `index` of a line, without splitting the whole line when it holds no quotes. */
function fieldAt(text: string, delimiter: string, index: number): string {
  if (text.includes('"')) return splitDelimited(text, delimiter)[index] ?? '';
  let start = 0;
  for (let i = 0; i < index; i++) {
    const next = text.indexOf(delimiter, start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = text.indexOf(delimiter, start);
  return end < 0 ? text.slice(start) : text.slice(start, end);
}

/** The header's layout, ticker and delimiter, from the first line; a file that has none of them is refused. */
function readHeader(file: string, first: ChunkLine | undefined, opts: TextOptions) {
  const text = first === undefined ? '' : typeof first === 'string' ? first : first.text;
  const length = first === undefined ? 0 : first.length;
  if (text.trim() === '') throw new UserError(`${file}: the file is empty (no header line)`);
  const header = text.replace(/^\uFEFF/, '');
  // eslint-disable-next-line no-control-regex
  if (length > MAX_LINE || /[\u0000-\u0008\u000e-\u001f]/.test(header)) {
    throw new UserError(`${file}: this is not a text table (its first line is binary or ${length} characters long)`);
  }
  const delimiter = detectDelimiter(header);
  const layout = detectLayout(splitDelimited(header, delimiter));
  if ('error' in layout) throw new UserError(`${file}: ${layout.error}; its header is ${describe(header)}`);
  const { columns } = layout;
  const symbol = columns.symbol !== undefined ? undefined : (opts.symbol ?? symbolFromFileName(file));
  if (columns.symbol === undefined && !symbol) {
    throw new UserError(`${file}: its name does not say which ticker it holds, and it has no symbol column`, `replay it with --symbol TICKER (on its own), or rename it after its ticker (TSLA.csv)`);
  }
  const dateOf = (line: string) => {
    const d = fieldAt(line, delimiter, columns.date);
    return columns.time !== undefined ? `${d} ${fieldAt(line, delimiter, columns.time)}` : d;
  };
  return { header, delimiter, layout, symbol, dateOf };
}

/** Reads of the pass over a file's date column: one file is scanned at a time, so they can be large. */
const SCAN_BYTES = 256 * 1024;

/** Date texts kept while day/month order is undecided, to check their order once it is decided. */
const KEEP_UNDECIDED = 10_000;

/**
 * The header's layout, the file's number and date formats, its ticker and whether its rows are in time order:
 * one pass over the file's date column, a chunk of lines at a time (the rows themselves are read again by
 * chunks(), so that no lines wait in memory while a thousand files are merged). Anything that cannot be decided
 * refuses the file, with the flag that settles it.
 */
async function inspect(file: string, opts: TextOptions, known?: { inferred: Inferred; numbers: NumberStyle }) {
  let head: ReturnType<typeof readHeader> | undefined;
  let numbers = known?.numbers ?? PLAIN;
  let inferred: Inference | undefined = known?.inferred;
  const samples: DateSample[] = [];
  const prices: string[] = [];
  let kept: string[] = []; // dates read before the format was known: checked for order once it is
  let dropped = false; // more were read undecided than kept: the order is checked again from the start
  const order = new TimeOrderCheck();
  const check = (date: string, format: DateFormat) => {
    const ts = format.parse(date);
    if (ts) order.add(ts);
  };
  let format: DateFormat | undefined;
  const decide = (found: Inferred) => {
    inferred = found;
    format = found.format;
    for (const d of kept) check(d, found.format);
    kept = [];
  };
  if (known) decide(known.inferred);
  let lineNo = 0;
  const it = lineChunks(file);
  try {
    for (;;) {
      let next: IteratorResult<ChunkLine[]>;
      try {
        next = await it.next();
      } catch (e) {
        throw new UserError(lineNo === 0 ? `${file}: cannot read it: ${(e as Error).message}` : `${file}: cannot read it past line ${lineNo}: ${(e as Error).message}`);
      }
      if (next.done) break;
      for (const l of next.value) {
        lineNo++;
        const text = typeof l === 'string' ? l : l.text;
        if (!head) {
          head = readHeader(file, l, opts);
          continue;
        }
        if (text.length === 0 || text.trim() === '') continue;
        const date = head.dateOf(text);
        if (inferred === undefined) {
          samples.push({ text: date, line: lineNo });
          prices.push(fieldAt(text, head.delimiter, head.layout.columns.close));
          kept.push(date);
          if (samples.length < SAMPLE_LINES) continue;
          numbers = detectNumberStyle(head.delimiter, prices);
          inferred = inferDateFormat(samples, opts.timezone, opts.dateOrder);
          if ('error' in inferred) throw new UserError(`${file}: ${inferred.error}`);
          if (!('pending' in inferred)) decide(inferred);
          if (format === ISO_LOCAL && head.layout.columns.date === 0 && head.layout.columns.time === undefined) {
            // Most files: the order is read from the bytes of the date column (a tenth of this loop's time).
            const fast = await isoDateOrder(readBytes(file, SCAN_BYTES), head.delimiter); // one file at a time: larger reads
            if (fast) return { ...head, numbers, inferred: inferred as Inferred, order: fast };
          }
          continue;
        }
        if ('pending' in inferred) {
          const found = inferred.feed({ text: date, line: lineNo });
          if (!found) {
            if (dropped) continue;
            if (kept.length < KEEP_UNDECIDED) kept.push(date);
            else [dropped, kept] = [true, []];
            continue;
          }
          if (dropped) return inspect(file, opts, { inferred: found, numbers }); // read again, the format known, to check the order
          decide(found);
        }
        if (format) check(date, format);
      }
    }
  } finally {
    await it.return?.();
  }
  if (!head) throw new UserError(`${file}: the file is empty (no header line)`);
  if (inferred === undefined) {
    numbers = detectNumberStyle(head.delimiter, prices);
    inferred = samples.length ? inferDateFormat(samples, opts.timezone, opts.dateOrder) : { format: { name: 'none', parse: () => undefined } };
    if ('error' in inferred) throw new UserError(`${file}: ${inferred.error}`);
    if (!('pending' in inferred)) decide(inferred);
  }
  if ('pending' in inferred) throw new UserError(`${file}: ${inferred.undecided()}`);
  return { ...head, numbers, inferred, order: order.order };
}

export async function openTextFile(file: string, opts: TextOptions): Promise<Source> {
  const { header, delimiter, layout, symbol, numbers, inferred, order } = await inspect(file, opts);
  const reader = { layout, dates: inferred.format, symbol, numbers };

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

  return { file, layout: layout.name, dateNote: inferred.note, order, symbol, chunks };
}
