// A stack of its own for tests and benchmarks: a fresh state folder and free ports, driven through the built CLI
// (dist/) as a user would, with the project's installed tools.

import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../config/load.js';
import type { StockctlConfig } from '../config/schema.js';
import { fromRoot } from '../config/paths.js';
import { adminConnection } from '../sql/connection.js';

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
