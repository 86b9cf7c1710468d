// PostgreSQL: a cluster the project owns (initdb/pg_ctl under the state folder), or a server given by URL.

import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';
import { layout } from '../layout.js';
import { adminConnection, endpoint } from '../../sql/connection.js';
import { findPostgresBin } from '../setup/system.js';
import { pidAlive, portOpen, run, runOrFail, waitUntil, type PidRecord } from './process.js';
import { configureAccess, serverOptions } from './postgres-access.js';
import { adoptEarlierAdmin } from './postgres-legacy.js';
import { rolePassword } from '../../config/secrets.js';
import { log } from '../ui/log.js';

const isRoot = () => process.getuid?.() === 0;

/** Postgres refuses to run as root; as root, the cluster belongs to Debian's postgres user. */
function clusterOwner(): { uid: number; gid: number; name: string } | undefined {
  if (!isRoot()) return undefined;
  const res = run('id', ['-u', 'postgres']);
  const gid = run('id', ['-g', 'postgres']);
  if (res.status !== 0) throw new UserError('running as root, but there is no "postgres" user to own the database cluster', "install Debian's postgresql package, or run stockctl as an ordinary user");
  return { uid: Number(res.stdout.trim()), gid: Number(gid.stdout.trim()), name: 'postgres' };
}

function asOwner(command: string, args: string[]): [string, string[]] {
  const owner = clusterOwner();
  return owner ? ['runuser', ['-u', owner.name, '--', command, ...args]] : [command, args];
}

function binary(name: string): string {
  const bin = findPostgresBin();
  if (!bin) throw new UserError('PostgreSQL server programs are not installed', 'run: stockctl setup');
  return join(bin, name);
}

export const managed = (config: StockctlConfig) => !config.postgres.url;

function postgresRecordIn(dataDir: string): PidRecord | undefined {
  const file = join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || !pidAlive(pid)) return undefined;
  return { name: 'postgres', pid, marker: dataDir, startedAt: '' };
}

/** The postmaster's pid, read from the cluster's own postmaster.pid. */
export const postgresRecord = (config: StockctlConfig) => postgresRecordIn(layout(config).postgres.data);

function initCluster(config: StockctlConfig): void {
  const paths = layout(config).postgres;
  const owner = clusterOwner();
  mkdirSync(paths.socketDir, { recursive: true });
  const pwfile = join(paths.home, '.initdb-password');
  writeFileSync(pwfile, rolePassword(config, 'admin') + '\n', { mode: 0o600 });
  if (owner) {
    for (const dir of [paths.home, paths.socketDir, pwfile]) chownSync(dir, owner.uid, owner.gid);
    const reach = run('runuser', ['-u', owner.name, '--', 'test', '-w', paths.home]);
    if (reach.status !== 0) {
      rmSync(pwfile, { force: true });
      throw new UserError(`the postgres user cannot reach ${paths.home}`, 'set paths.state (STOCKCTL_PATHS_STATE) to a folder every user can traverse, e.g. under /var/tmp');
    }
  }
  try {
    const [cmd, args] = asOwner(binary('initdb'), ['-D', paths.data, '-U', config.postgres.admin_user, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8']);
    runOrFail('creating the PostgreSQL cluster (initdb)', cmd, args);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/** Processes working in the data folder: a server's backends keep it as their current directory. */
function processesIn(dataDir: string): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === dataDir) out.push(Number(entry));
    } catch {
      /* gone, or not ours to read */
    }
  }
  return out;
}

/**
 * After a crash (kill -9 of the postmaster) its backends linger a moment and hold the shared memory, and
 * PostgreSQL refuses to start beside them. They end by themselves once they notice; stragglers are killed.
 */
async function clearCrashLeftovers(dataDir: string, socketDir: string): Promise<void> {
  if (postgresRecordIn(dataDir) !== undefined) return;
  const deadline = Date.now() + 10_000;
  let left = processesIn(dataDir);
  while (left.length > 0 && Date.now() < deadline) {
    await sleep(200);
    left = processesIn(dataDir);
  }
  for (const pid of left) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  while (processesIn(dataDir).length > 0 && Date.now() < deadline + 5_000) await sleep(100);
  // The dead postmaster may linger as a zombie (when nothing reaps orphans), and PostgreSQL would take its
  // pid for a running server: the lock files of a server that is gone are removed.
  if (processesIn(dataDir).length > 0) return;
  rmSync(join(dataDir, 'postmaster.pid'), { force: true });
  if (existsSync(socketDir)) for (const f of readdirSync(socketDir)) if (f.startsWith('.s.PGSQL.')) rmSync(join(socketDir, f), { force: true });
}

async function canConnect(config: StockctlConfig, database = 'postgres'): Promise<boolean> {
  const client = new pg.Client({ ...adminConnection(config, managed(config) ? database : undefined), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function startPostgres(config: StockctlConfig): Promise<{ started: boolean }> {
  if (!managed(config)) {
    const e = endpoint(config);
    await waitUntil(() => canConnect(config), {
      what: `PostgreSQL at ${e.host}:${e.port} (postgres.url)`,
      timeoutMs: config.postgres.start_timeout_s * 1000,
      backoff: { firstMs: 500, maxMs: 8_000, onRetry: (attempt, waitMs) => log.warn(`PostgreSQL at ${e.host}:${e.port} not reachable (attempt ${attempt}); retrying in ${(waitMs / 1000).toFixed(1)} s`) },
    });
    return { started: false };
  }
  const paths = layout(config).postgres;
  if (postgresRecord(config)) return { started: false };
  const { host, port } = config.postgres;
  if (await portOpen(host, port)) {
    throw new UserError(`port ${port} on ${host} is taken by another program, so PostgreSQL cannot listen there`, 'stop that program or set postgres.port (STOCKCTL_POSTGRES_PORT) to a free port');
  }
  if (!existsSync(join(paths.data, 'PG_VERSION'))) initCluster(config);
  await clearCrashLeftovers(paths.data, paths.socketDir);
  const owner = clusterOwner();
  if (owner && existsSync(paths.log)) chownSync(paths.log, owner.uid, owner.gid);
  configureAccess(config, paths.data, asOwner);
  const options = serverOptions(config, paths.socketDir, paths.data);
  const [cmd, args] = asOwner(binary('pg_ctl'), ['-D', paths.data, '-l', paths.log, '-o', options, '-w', '-t', '60', 'start']);
  const res = run(cmd, args);
  if (res.status !== 0) {
    const tail = existsSync(paths.log) ? readFileSync(paths.log, 'utf8').trim().split('\n').slice(-5).join('\n') : '';
    throw new UserError(`PostgreSQL did not start (pg_ctl exit ${res.status})${tail ? `:\n${tail}` : ''}`, `see its log: ${paths.log}`);
  }
  if (!(await canConnect(config))) await adoptEarlierAdmin(config);
  await waitUntil(() => canConnect(config), { what: 'PostgreSQL', timeoutMs: 30_000, log: paths.log });
  return { started: true };
}

/** Creates the database when missing (the project's own cluster only; an external server brings its own). */
export async function ensureDatabase(config: StockctlConfig): Promise<void> {
  if (!managed(config)) return;
  const client = new pg.Client(adminConnection(config, 'postgres'));
  await client.connect();
  try {
    const { database } = config.postgres;
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function stopPostgres(config: StockctlConfig): Promise<'stopped' | 'not running' | 'external'> {
  if (!managed(config)) return 'external';
  const paths = layout(config).postgres;
  if (!postgresRecord(config)) return 'not running';
  // "fast" rolls back open transactions and checkpoints: no data loss, no minutes-long wait for idle clients.
  const [cmd, args] = asOwner(binary('pg_ctl'), ['-D', paths.data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  runOrFail('stopping PostgreSQL', cmd, args);
  return 'stopped';
}

export function postgresVersion(): string | undefined {
  try {
    const res = run(binary('postgres'), ['--version']);
    return /(\d+(\.\d+)?)/.exec(res.stdout)?.[1];
  } catch {
    return undefined;
  }
}
