// What a person sees during a replay: a bar on a terminal, plain periodic lines otherwise (logs, CI).

import { createReadStream } from 'node:fs';

export interface ProgressState {
  sent: number;
  rejected: number;
  /** Rows expected in all (from a line count before starting), when known. */
  total?: number;
  marketTime?: string;
}

/** Lines in an uncompressed file, counted without holding it in memory; undefined for gzip. */
export async function countDataLines(file: string): Promise<number | undefined> {
  if (/\.gz$/i.test(file) || !/\.(csv|txt|tsv)$/i.test(file)) return undefined;
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file)) {
    const buf = chunk as Buffer;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) lines++;
    last = buf[buf.length - 1] ?? last;
  }
  if (last !== 10) lines++; // no final newline
  return Math.max(0, lines - 1); // minus the header
}

const fmt = (n: number) => n.toLocaleString('en-US');

function eta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** What the replay tells a progress display (the replay's worker thread relays these to the CLI's). */
export type ProgressView = Pick<Progress, 'update' | 'finish' | 'note'>;

export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private readonly tty: boolean;

  constructor(
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly intervalMs = out.isTTY ? 200 : 5_000,
  ) {
    this.tty = Boolean(out.isTTY);
  }

  line(state: ProgressState): string {
    const secs = (Date.now() - this.started) / 1000;
    const done = state.sent + state.rejected;
    const rate = secs > 0 ? state.sent / secs : 0;
    const parts = [`${fmt(state.sent)} sent`, `${fmt(state.rejected)} rejected`, `${fmt(Math.round(rate))} rows/s`];
    if (state.marketTime) parts.push(`market ${state.marketTime.slice(0, 10)}`);
    if (state.total) {
      const pct = Math.min(1, done / state.total);
      parts.push(`ETA ${eta(rate > 0 ? (state.total - done) / rate : Infinity)}`);
      if (this.tty) {
        const width = 24;
        const filled = Math.round(pct * width);
        return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${(pct * 100).toFixed(0).padStart(3)}%  ${parts.join('  ')}`;
      }
      return `${(pct * 100).toFixed(0)}%  ${parts.join(', ')}`;
    }
    return parts.join(this.tty ? '  ' : ', ');
  }

  private lastCounts = '';

  update(state: ProgressState, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < this.intervalMs) return;
    const counts = `${state.sent}/${state.rejected}`;
    // A log gets no line that says nothing new.
    if (!this.tty && counts === this.lastCounts) return;
    this.lastDraw = now;
    this.lastCounts = counts;
    if (this.tty) this.out.write(`\r\x1b[2K${this.line(state)}`);
    else this.out.write(`replay: ${this.line(state)}\n`);
  }

  /** Ends the bar's line so that what follows starts on a fresh one. */
  finish(state: ProgressState): void {
    this.update(state, true);
    if (this.tty) this.out.write('\n');
  }

  /** A message that must not be drawn over by the bar. */
  note(text: string): void {
    if (this.tty) this.out.write('\r\x1b[2K');
    this.out.write(text + '\n');
  }
}
