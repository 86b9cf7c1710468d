// Every rejected line of a replay, one JSON object a line, written as they come: the summary lists the first
// 10,000, and a report of a larger run points here for the rest instead of holding them all in memory.

import { closeSync, openSync, rmSync, writeSync } from 'node:fs';

export class RejectedLog {
  private readonly fd: number;
  private pending: string[] = [];
  private closed = false;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  add(line: { file: string; line: number; reason: string }): void {
    this.pending.push(JSON.stringify(line));
    if (this.pending.length >= 1_000) this.write();
  }

  private write(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, this.pending.join('\n') + '\n');
    this.pending = [];
  }

  close(): void {
    if (this.closed) return;
    this.write();
    closeSync(this.fd);
    this.closed = true;
  }

  /** Not needed after all (the summary lists every rejected line). */
  remove(): void {
    this.close();
    rmSync(this.path, { force: true });
  }
}
