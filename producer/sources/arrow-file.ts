// Arrow IPC files and streams (Feather v2) as pandas, polars and pyarrow export them, read batch by batch.

import { open } from 'node:fs/promises';
import { CompressionType, compressionRegistry, DataType, RecordBatchReader, TimeUnit, type Field, type Vector } from 'apache-arrow';
import { decompress as zstdDecompress } from 'fzstd';
import { decompress as lz4Decompress } from 'lz4js';
import { UserError } from '../../config/errors.js';
import { inferDateFormat, instantToLocal, ISO_LOCAL, type DateFormat } from '../formats/dates.js';
import { detectLayout } from '../formats/layouts.js';
import { readRow, symbolFromFileName } from '../formats/rows.js';
import type { EventChunk, Source, SourceEvent, ReadOptions } from './events.js';

// pandas writes LZ4-compressed Feather by default; zstd is the other codec the IPC format allows.
// Arrow views the result as Float64Array and friends, which need an 8-byte-aligned start: copy when it is not.
const aligned = (u: Uint8Array) => (u.byteOffset % 8 === 0 ? u : u.slice());
compressionRegistry.set(CompressionType.LZ4_FRAME, { decode: (data) => aligned(lz4Decompress(data)) });
compressionRegistry.set(CompressionType.ZSTD, { decode: (data) => aligned(zstdDecompress(data)) });

const SAMPLE_ROWS = 500;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function isoFromUtcMs(ms: number): string {
  const d = new Date(ms);
  const frac = d.getUTCMilliseconds() ? `.${pad(d.getUTCMilliseconds(), 3)}` : '';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${frac}`;
}

/**
 * A date/time cell as ISO local text, for typed columns; undefined for text columns, whose format is inferred.
 * Arrow hands timestamps over as epoch milliseconds whatever the unit. Zoned ones are instants, shown in the
 * exchange's zone; naive ones (pandas' default) already are wall-clock time.
 */
function typedDate(field: Field, timezone: string): ((v: unknown) => string) | undefined {
  const type = field.type;
  if (DataType.isTimestamp(type)) return type.timezone ? (v) => instantToLocal(Number(v), timezone) : (v) => isoFromUtcMs(Number(v));
  if (DataType.isDate(type)) return (v) => isoFromUtcMs(v instanceof Date ? v.getTime() : Number(v));
  return undefined;
}

const unitNote = (f: Field) => (DataType.isTimestamp(f.type) ? ` (${TimeUnit[f.type.unit]})` : '');

const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'bigint' ? v.toString() : String(v));

export async function openArrowFile(file: string, opts: ReadOptions): Promise<Source> {
  let reader: Awaited<ReturnType<typeof RecordBatchReader.from>>;
  const handle = await open(file).catch((e: Error) => {
    throw new UserError(`${file}: cannot read it: ${e.message}`);
  });
  try {
    reader = await RecordBatchReader.from(handle);
    await reader.open();
  } catch (e) {
    await handle.close();
    throw new UserError(`${file}: not an Arrow IPC or Feather v2 file (${(e as Error).message})`, 'pandas: df.to_feather(path); polars: df.write_ipc(path)');
  }
  const fields = reader.schema.fields;
  const layout = detectLayout(fields.map((f) => f.name));
  if ('error' in layout) {
    await handle.close();
    throw new UserError(`${file}: ${layout.error}; its columns are ${fields.map((f) => `${f.name}: ${f.type}${unitNote(f)}`).join(', ')}`);
  }
  const columns = layout.columns;
  const toIso = typedDate(fields[columns.date] as Field, opts.timezone);
  const batches = reader[Symbol.asyncIterator]();
  const first = await batches.next();
  let dates: DateFormat = ISO_LOCAL;
  let dateNote: string | undefined;
  if (!toIso && !first.done && first.value.numRows > 0) {
    // Text (or numeric) dates are inferred as in a CSV, from the first rows.
    const col = first.done ? undefined : first.value.getChildAt(columns.date);
    const sample: string[] = [];
    for (let i = 0; col && i < Math.min(col.length, SAMPLE_ROWS); i++) sample.push(cell(col.get(i)));
    const inferred = inferDateFormat(sample, opts.timezone, opts.dateOrder);
    if ('error' in inferred || 'pending' in inferred) {
      await handle.close();
      throw new UserError(`${file}: ${'error' in inferred ? inferred.error : inferred.undecided()}`);
    }
    dates = inferred.format;
    dateNote = inferred.note;
  }
  const symbol = layout.columns.symbol !== undefined ? undefined : (opts.symbol ?? symbolFromFileName(file));
  if (layout.columns.symbol === undefined && !symbol) {
    await handle.close();
    throw new UserError(`${file}: its name does not say which ticker it holds, and it has no symbol column`, 'replay it with --symbol TICKER (on its own), or rename it after its ticker (TSLA.feather)');
  }
  const rowReader = { layout, dates, symbol };

  async function* chunks(): AsyncGenerator<EventChunk> {
    let rows = 0; // in the batches before this one
    try {
      for (let next = first; !next.done; next = await batches.next()) {
        const batch = next.value;
        const vectors: (Vector | null)[] = fields.map((_, i) => batch.getChildAt(i));
        const event = (i: number): SourceEvent => {
          const values = vectors.map((c, j) => {
            const v = c?.get(i);
            return j === columns.date && toIso && v != null ? toIso(v) : cell(v);
          });
          const result = readRow(values, rowReader);
          // Arrow has no lines: "line" is the row number, counting from 1, as a reader would.
          const line = rows + i + 1;
          if ('row' in result) return { type: 'row', row: result.row, line };
          return { type: 'rejected', line, reason: result.reason, raw: JSON.stringify(Object.fromEntries(fields.map((f, j) => [f.name, values[j]]))) };
        };
        yield { size: batch.numRows, read: event };
        rows += batch.numRows;
      }
    } finally {
      await handle.close();
    }
  }

  return { file, layout: `${layout.name.replace(/ \(.*\)$/, '')} (Arrow)`, dateNote, symbol, chunks };
}
