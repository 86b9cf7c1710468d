// Repeated timings → median and spread; process trees → peak memory and CPU time.

import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function summarise(runs: number[]): Measured {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, runs };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export async function repeat(times: number, fn: (i: number) => Promise<number>): Promise<Measured> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) runs.push(await fn(i));
  return summarise(runs);
}

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(e)]);
    } catch {
      /* gone */
    }
  }
  return map;
}

function tree(root: number, kids = children()): number[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(kids.get(out[i] as number) ?? []));
  return out;
}

/** Proportional set size of a process tree in MB (shared pages counted once across the tree). */
export function treePssMb(root: number, kids = children()): number {
  let kb = 0;
  for (const pid of tree(root, kids)) {
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      /* gone */
    }
  }
  return kb / 1024;
}

/** CPU seconds (user + system) used so far by a process tree's live processes. */
export function treeCpuSeconds(root: number): number {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let ticks = 0;
  for (const pid of tree(root)) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    } catch {
      /* gone */
    }
  }
  return ticks / ticksPerSecond;
}

/** Cores a process tree keeps busy while `work` runs: CPU seconds over wall seconds. */
export async function coresBusy(root: number, work: () => Promise<unknown>): Promise<number> {
  const cpu = treeCpuSeconds(root);
  const t = performance.now();
  await work();
  return (treeCpuSeconds(root) - cpu) / ((performance.now() - t) / 1000);
}

/**
 * Samples the memory of named process trees every `ms` and keeps each one's peak. Not more often: reading a JVM's
 * smaps walks its page tables under its memory map lock, and a sampler of the stack's trees every 250 ms (it also
 * ran pgrep each time) slowed end-to-end runs by about a quarter, in runs outside the table. Heaps move slowly.
 */
export class PeakMemory {
  readonly peaks = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  start(targets: () => Record<string, number | undefined>, ms = 2_000): void {
    this.timer = setInterval(() => {
      const kids = children();
      for (const [name, pid] of Object.entries(targets())) {
        if (pid) this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, treePssMb(pid, kids)));
      }
    }, ms);
  }

  stop(): Map<string, number> {
    if (this.timer) clearInterval(this.timer);
    return this.peaks;
  }
}
