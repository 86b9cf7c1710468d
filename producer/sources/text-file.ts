// Delimited text files (CSV/TXT, optionally gzip-compressed), read line by line: memory stays flat.

import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { UserError } from '../../config/errors.js';
import { detectDelimiter, splitDelimited } from '../formats/csv.js';
import { inferDateFormat, type DateFormat, type DateSample, type Inference } from '../formats/dates.js';
import { detectLayout } from '../formats/layouts.js';
import { detectNumberStyle } from '../formats/numbers.js';
import { readRow, symbolFromFileName } from '../formats/rows.js';
import type { EventChunk, ReadOptions, Source, SourceEvent } from './events.js';
import { decoded } from './encoding.js';
import { READ_BYTES, readPlain } from './plain-file.js';
import { readLineChunks, readLines, type ChunkLine, type Line } from './lines.js';
import { TimeOrderCheck, type TimeOrder } from './time-order.js';

const SAMPLE_LINES = 500;
const MAX_LINE = 64 * 1024;

export type TextOptions = ReadOptions;

function readStream(file: string): AsyncIterable<Buffer | string> {
  return decoded(readBytes(file));
}

function readBytes(file: string): AsyncIterable<Buffer | string> {
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

/**
 * The header's layout, the file's number and date formats, its ticker and whether its rows are in time order:
 * one pass over the file's date column (the rows themselves are read again by chunks(), so that no lines wait
 * in memory while a thousand files are merged). Anything that cannot be decided refuses the file, with the flag
 * that settles it.
 */
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
    const { columns } = layout;
    const symbol = columns.symbol !== undefined ? undefined : (opts.symbol ?? symbolFromFileName(file));
    if (columns.symbol === undefined && !symbol) {
      throw new UserError(`${file}: its name does not say which ticker it holds, and it has no symbol column`, `replay it with --symbol TICKER (on its own), or rename it after its ticker (TSLA.csv)`);
    }

    const dateOf = (text: string) => {
      const d = fieldAt(text, delimiter, columns.date);
      return columns.time !== undefined ? `${d} ${fieldAt(text, delimiter, columns.time)}` : d;
    };
    const dateSamples: DateSample[] = [];
    const priceSamples: string[] = [];
    const rest: { text: string; line: number }[] = []; // the sample's lines, checked for order once dates are known
    let lineNo = 1;
    const next = async () => {
      try {
        const n = await it.next();
        if (!n.done) lineNo++;
        return n;
      } catch (e) {
        throw new UserError(`${file}: cannot read it past line ${lineNo}: ${(e as Error).message}`);
      }
    };
    for (let n = await next(); !n.done; n = await next()) {
      if (n.value.text.trim() === '') continue;
      dateSamples.push({ text: dateOf(n.value.text), line: lineNo });
      priceSamples.push(fieldAt(n.value.text, delimiter, columns.close));
      rest.push({ text: n.value.text, line: lineNo });
      if (dateSamples.length >= SAMPLE_LINES) break;
    }
    const numbers = detectNumberStyle(delimiter, priceSamples);
    let inferred: Inference = dateSamples.length ? inferDateFormat(dateSamples, opts.timezone, opts.dateOrder) : { format: { name: 'none', parse: () => undefined } };
    if ('error' in inferred) throw new UserError(`${file}: ${inferred.error}`);
    // The order check needs the format; lines read while day/month was undecided wait in `rest`, a bounded few.
    const order = new TimeOrderCheck();
    let dropped = false; // the undecided head was too long to keep: order is checked from the start once decided
    const check = (text: string, format: DateFormat) => {
      const ts = format.parse(dateOf(text));
      if (ts) order.add(ts);
    };
    for (let n = await next(); !n.done; n = await next()) {
      if (n.value.text.trim() === '') continue;
      if ('pending' in inferred) {
        const found = inferred.feed({ text: dateOf(n.value.text), line: lineNo });
        if (!found) {
          if (dropped) continue;
          if (rest.length < SAMPLE_LINES * 20) rest.push({ text: n.value.text, line: lineNo });
          else [dropped, rest.length] = [true, 0];
          continue;
        }
        inferred = found;
        if (dropped) return { header, delimiter, layout, symbol, numbers, inferred, order: await orderFromStart(file, dateOf, found.format) };
        for (const r of rest) check(r.text, found.format);
        rest.length = 0;
      } else if (rest.length) {
        for (const r of rest) check(r.text, inferred.format);
        rest.length = 0;
      }
      check(n.value.text, inferred.format);
    }
    if ('pending' in inferred) throw new UserError(`${file}: ${inferred.undecided()}`);
    for (const r of rest) check(r.text, inferred.format);
    return { header, delimiter, layout, symbol, numbers, inferred, order: order.order };
  } finally {
    await it.return?.();
  }
}

/** The order of a file's rows, read again from its start (after a long undecided head was let go). */
async function orderFromStart(file: string, dateOf: (text: string) => string, format: DateFormat): Promise<TimeOrder> {
  const order = new TimeOrderCheck();
  const it = lines(file);
  try {
    await it.next(); // the header
    for (let n = await it.next(); !n.done; n = await it.next()) {
      if (n.value.text.trim() === '') continue;
      const ts = format.parse(dateOf(n.value.text));
      if (ts) order.add(ts);
    }
  } finally {
    await it.return?.();
  }
  return order.order;
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

  return { file, layout: layout.name, dateNote: inferred.note, order, chunks };
}
