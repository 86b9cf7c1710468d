// An answer as a table, CSV, JSON or Arrow IPC, and as a small terminal chart when it is a time series.

import type { DataType, Vector } from 'apache-arrow';
import { renderTable, type Cell } from './table.js';
import type { CompiledQuery } from '../../sql/ask/compile.js';
import { PG_TYPES, type Answer } from '../../sql/ask/execute.js';

export type Format = 'table' | 'csv' | 'json' | 'arrow';

export function toTable(a: Answer): string {
  return renderTable(
    a.columns.map((c) => c.name),
    a.rows.map((r) => a.columns.map((c) => r[c.name] as Cell)),
  );
}

const csvCell = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function toCsv(a: Answer): string {
  return [a.columns.map((c) => csvCell(c.name)).join(','), ...a.rows.map((r) => a.columns.map((c) => csvCell(r[c.name])).join(','))].join('\n') + '\n';
}

export const toJson = (a: Answer) => JSON.stringify(a.rows, null, 2) + '\n';

type Arrow = typeof import('apache-arrow');

function arrowType({ DateDay, Float64, Int64, TimestampMillisecond, Utf8 }: Arrow, oid: number): DataType {
  switch (oid) {
    case PG_TYPES.DATE:
      return new DateDay();
    case PG_TYPES.TIMESTAMP:
    case PG_TYPES.TIMESTAMPTZ:
      return new TimestampMillisecond();
    case PG_TYPES.INT2:
    case PG_TYPES.INT4:
    case PG_TYPES.INT8:
      return new Int64();
    case PG_TYPES.FLOAT4:
    case PG_TYPES.FLOAT8:
    case PG_TYPES.NUMERIC:
      return new Float64();
    default:
      return new Utf8();
  }
}

/** Arrow IPC stream bytes: pandas (pyarrow), polars and DuckDB read them as a table with typed columns. */
export async function toArrow(a: Answer): Promise<Uint8Array> {
  // Loaded on use: the library is large and only this format needs it.
  const arrow = await import('apache-arrow');
  const { DateDay, Int64, Float64, Table, TimestampMillisecond, tableToIPC, vectorFromArray } = arrow;
  const vectors: Record<string, Vector> = {};
  for (const c of a.columns) {
    const type = arrowType(arrow, c.type);
    const values = a.rows.map((r) => {
      const v = r[c.name];
      if (v === null || v === undefined) return null;
      if (type instanceof DateDay || type instanceof TimestampMillisecond) return new Date(type instanceof DateDay ? `${String(v)}T00:00:00Z` : `${String(v)}Z`);
      if (type instanceof Int64) return BigInt(Math.trunc(Number(v)));
      if (type instanceof Float64) return Number(v);
      return String(v);
    });
    vectors[c.name] = vectorFromArray(values, type);
  }
  return tableToIPC(new Table(vectors), 'stream');
}

/**
 * A line chart of one numeric series over time, in text: eight rows of dots, the range on the left, the first
 * and last date below. Undefined when the answer is not a single time series worth drawing.
 */
export function toChart(a: Answer, chart: CompiledQuery['chart'], width = 64, height = 8): string | undefined {
  if (!chart || a.rows.length < 3) return undefined;
  if (chart.series && new Set(a.rows.map((r) => r[chart.series as string])).size > 1) return undefined;
  const points = a.rows
    .map((r) => ({ x: String(r[chart.x]), y: Number(r[chart.y]) }))
    .filter((p) => Number.isFinite(p.y))
    .sort((p, q) => (p.x < q.x ? -1 : 1));
  if (points.length < 3) return undefined;
  const cols = Math.min(width, points.length);
  const sampled = Array.from({ length: cols }, (_, i) => points[Math.round((i * (points.length - 1)) / (cols - 1))] as { x: string; y: number });
  const ys = sampled.map((p) => p.y);
  const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
  const span = hi - lo || 1;
  const grid = Array.from({ length: height }, () => Array<string>(cols).fill(' '));
  sampled.forEach((p, i) => {
    const row = height - 1 - Math.round(((p.y - lo) / span) * (height - 1));
    (grid[row] as string[])[i] = '•';
  });
  const label = (v: number) => (Math.abs(v) >= 1e6 ? v.toExponential(2) : String(Number(v.toFixed(2))));
  const w = Math.max(label(hi).length, label(lo).length);
  const lines = grid.map((row, i) => `${(i === 0 ? label(hi) : i === height - 1 ? label(lo) : '').padStart(w)} │${row.join('')}`);
  const first = (sampled[0] as { x: string }).x.slice(0, 10);
  const last = (sampled[cols - 1] as { x: string }).x.slice(0, 10);
  lines.push(`${' '.repeat(w)} └${'─'.repeat(cols)}`);
  const axis = cols >= first.length + last.length + 2 ? `${first}${last.padStart(cols - first.length)}` : `${first} … ${last}`;
  lines.push(`${' '.repeat(w)}  ${axis}   ${chart.y}`);
  return lines.join('\n');
}
