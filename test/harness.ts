// A real stack for integration tests: its own state folder and free ports, the project's installed tools.

import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../cli/config/load.js';
import type { StockctlConfig } from '../cli/config/schema.js';
import { fromRoot } from '../cli/paths.js';
import { adminConnection } from '../sql/connection.js';

/** The 13 real tickers the tests replay: ../shared/data/stocks beside the project (or STOCKCTL_TEST_STOCKS). */
export const SHARED_STOCKS = process.env.STOCKCTL_TEST_STOCKS ?? fromRoot('..', 'shared', 'data', 'stocks');
if (!existsSync(SHARED_STOCKS)) {
  throw new Error(`test data not found at ${SHARED_STOCKS}: clone the project beside shared/, or set STOCKCTL_TEST_STOCKS`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (dist/) as a user would, with the given environment. */
export function runCli(env: NodeJS.ProcessEnv, args: string[], opts: { timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fromRoot('dist', 'cli', 'main.js'), ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 600_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ status: code ?? -1, stdout, stderr });
    });
  });
}

export class Harness {
  private constructor(
    readonly env: NodeJS.ProcessEnv,
    readonly config: StockctlConfig,
  ) {}

  static freePort = freePort;

  static async create(name: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<Harness> {
    const state = mkdtempSync(join(tmpdir(), `stockctl-${name}-`));
    chmodSync(state, 0o755); // the postgres user must reach its cluster inside
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NO_COLOR: '1',
      STOCKCTL_PATHS_STATE: state,
      STOCKCTL_KAFKA_PORT: String(await freePort()),
      STOCKCTL_KAFKA_CONTROLLER_PORT: String(await freePort()),
      STOCKCTL_POSTGRES_PORT: String(await freePort()),
      STOCKCTL_SPARK_UI_PORT: String(await freePort()),
      STOCKCTL_SPARK_TRIGGER_INTERVAL: '1 second',
      ...extraEnv,
    };
    return new Harness(env, loadConfig({ env }));
  }

  get state(): string {
    return this.config.paths.state;
  }

  /** Runs the built CLI (dist/) as a user would, with this harness's environment. */
  cli(args: string[], opts: { timeoutMs?: number } = {}): Promise<CliResult> {
    return runCli(this.env, args, opts);
  }

  async sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
    const client = new pg.Client(adminConnection(this.config));
    await client.connect();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  }

  log(name: 'spark.log' | 'kafka.log'): string {
    try {
      return readFileSync(join(this.state, 'logs', name), 'utf8');
    } catch {
      return '';
    }
  }
}

/** The rows of a Huge-layout file as the database should hold them (date, open, high, low, close, volume). */
export function sourceRows(file: string): { date: string; open: number; high: number; low: number; close: number; volume: number }[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [date, open, high, low, close, volume] = l.split(',');
      return { date: date as string, open: Number(open), high: Number(high), low: Number(low), close: Number(close), volume: Number(volume) };
    });
}
