// Plain-text tables: right-aligned numbers, a rule under the header.

export type Cell = string | number | bigint | boolean | null | undefined | Date;

function show(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().replace('T00:00:00.000Z', '').replace('.000Z', 'Z');
  return String(cell);
}

const numeric = (cell: Cell) => typeof cell === 'number' || typeof cell === 'bigint';
// Colour codes take no room on screen.
// eslint-disable-next-line no-control-regex
const width = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;
const padEnd = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number) => ' '.repeat(Math.max(0, w - width(s))) + s;

export function renderTable(headers: string[], rows: Cell[][]): string {
  const text = rows.map((row) => row.map(show));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((r) => width(r[i] ?? ''))));
  const rightAligned = headers.map((_, i) => rows.length > 0 && rows.every((r) => r[i] == null || numeric(r[i])));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAligned[i] ? padStart(c, widths[i] ?? 0) : padEnd(c, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...text.map(line)].join('\n');
}
