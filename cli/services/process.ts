import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../../config/errors.js';

/** What `up` records of a process it started, so that `status` and `down` find exactly that process again. */
export interface PidRecord {
  name: string;
  pid: number;
  /** A string that is on the process's command line (the state folder), to tell it from a recycled pid. */
  marker: string;
  startedAt: string;
}

const pidFile = (runDir: string, name: string) => join(runDir, `${name}.json`);

export function readPid(runDir: string, name: string): PidRecord | undefined {
  const file = pidFile(runDir, name);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PidRecord;
  } catch {
    return undefined;
  }
}

export function writePid(runDir: string, record: PidRecord): void {
  mkdirSync(runDir, { recursive: true });
  writeFileSync(pidFile(runDir, record.name), JSON.stringify(record, null, 2) + '\n');
}

export function removePid(runDir: string, name: string): void {
  rmSync(pidFile(runDir, name), { force: true });
}

/** The process's command line, or undefined when it cannot be known. */
export function commandLine(pid: number): string | undefined {
  try {
    // Empty while the process is between two programs (spark-submit execs twice before Java runs): unknown, not
    // another process.
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ') || undefined;
  } catch {
    return undefined;
  }
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie (exited, not yet reaped) still answers kill(0).
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z /.test(stat);
  } catch {
    return true;
  }
}

/** True when the recorded process is alive and still the one we started. */
export function isRunning(record: PidRecord | undefined): record is PidRecord {
  if (!record || !pidAlive(record.pid)) return false;
  const cmd = commandLine(record.pid);
  return cmd === undefined || cmd.includes(record.marker);
}

export interface DaemonSpec {
  name: string;
  command: string;
  args: string[];
  logFile: string;
  runDir: string;
  marker: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Starts a long-running process in its own process group, detached from the CLI, output to its log file. */
export function spawnDaemon(spec: DaemonSpec): PidRecord {
  mkdirSync(dirname(spec.logFile), { recursive: true });
  const out = openSync(spec.logFile, 'a');
  try {
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env ?? process.env,
      detached: true,
      stdio: ['ignore', out, out],
    });
    if (child.pid === undefined) throw new UserError(`could not start ${spec.name}: ${spec.command} did not start`);
    child.unref();
    const record: PidRecord = { name: spec.name, pid: child.pid, marker: spec.marker, startedAt: new Date().toISOString() };
    writePid(spec.runDir, record);
    return record;
  } finally {
    closeSync(out);
  }
}

/** SIGKILL to what is left of a process group whose leader is gone. */
export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* nothing left */
  }
}

/** Pids of the process group `pgid` (field 5 of /proc/<pid>/stat, after the command's parenthesised name). */
export function groupMembers(pgid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) out.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return out;
}

/**
 * What a driver killed hard left behind: its process group is ended only while one of its members still names
 * `marker` on its command line; a recycled pid, now someone else's group, is left alone.
 */
export function killStaleGroup(pgid: number, marker: string): boolean {
  const ours = groupMembers(pgid).some((pid) => commandLine(pid)?.includes(marker));
  if (ours) killGroup(pgid);
  return ours;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

/** SIGTERM to the process group, then SIGKILL after `graceMs`; resolves once the process is gone. */
export async function stopProcess(record: PidRecord, graceMs = 15_000): Promise<'stopped' | 'killed'> {
  signalGroup(record.pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!pidAlive(record.pid)) return 'stopped';
    await sleep(100);
  }
  signalGroup(record.pid, 'SIGKILL');
  while (pidAlive(record.pid)) await sleep(50);
  return 'killed';
}

/** Pids of every process whose command line contains `marker` (used to prove `down` left nothing behind). */
export function processesWith(marker: string): number[] {
  const out = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out.stdout
    .split('\n')
    .filter((line) => line.includes(marker) && !line.includes(' ps -eo'))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((pid) => pid !== process.pid && pidAlive(pid));
}

export function portOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolveOpen) => {
    const socket = createConnection({ host, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolveOpen(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export interface WaitOptions {
  what: string;
  timeoutMs: number;
  intervalMs?: number;
  /** Log to point at when the wait fails. */
  log?: string;
  /** Stops the wait early when the process died. */
  alive?: () => boolean;
  /** Waits longer after each failed check (instead of intervalMs), telling each retry. */
  backoff?: { firstMs: number; maxMs: number; onRetry?: (attempt: number, waitMs: number) => void };
}

/** The last lines of a log, to show with a failure (the log itself may be gone by the time someone looks). */
export function logTail(file: string, lines = 12): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export async function waitUntil(check: () => Promise<boolean> | boolean, opts: WaitOptions): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  const hint = opts.log ? () => `see its log: ${opts.log}${logTail(opts.log as string) ? `\n--- last lines ---\n${logTail(opts.log as string)}` : ''}` : () => undefined;
  let wait = opts.backoff?.firstMs ?? opts.intervalMs ?? 250;
  for (let attempt = 1; Date.now() < deadline; attempt++) {
    if (await check()) return;
    if (opts.alive && !opts.alive()) throw new UserError(`${opts.what}: the process exited`, hint());
    wait = Math.min(wait, Math.max(0, deadline - Date.now()));
    opts.backoff?.onRetry?.(attempt, wait);
    await sleep(wait);
    if (opts.backoff) wait = Math.min(wait * 2, opts.backoff.maxMs);
  }
  throw new UserError(`${opts.what}: not ready after ${Math.round(opts.timeoutMs / 1000)} s`, hint());
}

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** One word for a POSIX shell, whatever it holds: for commands that a shell reads (pg_ctl's options, ssh's). */
export const shellQuote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/** Runs a short command to completion; output captured. */
export function run(command: string, args: string[], opts: SpawnSyncOptions = {}): RunResult {
  const res = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (res.error) {
    const code = (res.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { status: 127, stdout: '', stderr: `${command}: command not found` };
    throw res.error;
  }
  return { status: res.status ?? 1, stdout: String(res.stdout ?? ''), stderr: String(res.stderr ?? '') };
}

/** Like run, but a non-zero exit becomes a UserError that says what failed and shows the end of its output. */
export function runOrFail(what: string, command: string, args: string[], opts: SpawnSyncOptions = {}): RunResult {
  const res = run(command, args, opts);
  if (res.status !== 0) {
    const tail = (res.stderr || res.stdout).trim().split('\n').slice(-15).join('\n');
    throw new UserError(`${what} failed (exit ${res.status}): ${command} ${args.join(' ')}\n${tail}`);
  }
  return res;
}
