// PostgreSQL: a cluster the project owns (initdb/pg_ctl under the state folder), or a server given by URL.

import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { StockctlConfig } from '../config/schema.js';
import { UserError } from '../errors.js';
import { layout } from '../layout.js';
import { adminConnection, endpoint } from '../../sql/connection.js';
import { findPostgresBin } from '../setup/system.js';
import { pidAlive, portOpen, run, runOrFail, waitUntil, type PidRecord } from './process.js';

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

/** The postmaster's pid, read from the cluster's own postmaster.pid. */
export function postgresRecord(config: StockctlConfig): PidRecord | undefined {
  const file = join(layout(config).postgres.data, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || !pidAlive(pid)) return undefined;
  return { name: 'postgres', pid, marker: layout(config).postgres.data, startedAt: '' };
}

function initCluster(config: StockctlConfig): void {
  const paths = layout(config).postgres;
  const owner = clusterOwner();
  mkdirSync(paths.socketDir, { recursive: true });
  const pwfile = join(paths.home, '.initdb-password');
  writeFileSync(pwfile, config.postgres.admin_password + '\n', { mode: 0o600 });
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
    await waitUntil(() => canConnect(config), { what: `PostgreSQL at ${e.host}:${e.port} (postgres.url)`, timeoutMs: 30_000, intervalMs: 1_000 });
    return { started: false };
  }
  const paths = layout(config).postgres;
  if (postgresRecord(config)) return { started: false };
  const { host, port } = config.postgres;
  if (await portOpen(host, port)) {
    throw new UserError(`port ${port} on ${host} is taken by another program, so PostgreSQL cannot listen there`, 'stop that program or set postgres.port (STOCKCTL_POSTGRES_PORT) to a free port');
  }
  if (!existsSync(join(paths.data, 'PG_VERSION'))) initCluster(config);
  const owner = clusterOwner();
  if (owner && existsSync(paths.log)) chownSync(paths.log, owner.uid, owner.gid);
  const options = `-p ${port} -k ${paths.socketDir} -c listen_addresses=${host}`;
  const [cmd, args] = asOwner(binary('pg_ctl'), ['-D', paths.data, '-l', paths.log, '-o', options, '-w', '-t', '60', 'start']);
  const res = run(cmd, args);
  if (res.status !== 0) {
    throw new UserError(`PostgreSQL did not start (pg_ctl exit ${res.status})`, `see its log: ${paths.log}`);
  }
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

/** Lets the postgres user write into a folder of ours it must reach (only when running as root). */
export function shareWithOwner(path: string): void {
  const owner = clusterOwner();
  if (owner) {
    chownSync(path, owner.uid, owner.gid);
    chmodSync(path, 0o700);
  }
}
