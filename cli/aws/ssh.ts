// Reaching the instances: remote commands and port tunnels over SSH (Kafka and PostgreSQL are never public).

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';
import { portOpen, shellQuote } from '../services/process.js';

export const REMOTE_USER = 'ubuntu';
export const REMOTE_DIR = 'stockctl';

function baseArgs(config: StockctlConfig): string[] {
  const args = ['-o', 'StrictHostKeyChecking=accept-new', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=10'];
  if (config.aws.ssh_key_file) args.push('-i', config.aws.ssh_key_file);
  return args;
}

/** Runs a stockctl command on an instance; undefined when the instance cannot be reached yet. */
export function remoteStockctl(config: StockctlConfig, host: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const command = `cd ${REMOTE_DIR} && node dist/cli/main.js --config config/aws-node.yaml ${args.map(shellQuote).join(' ')}`;
  const res = spawnSync(config.aws.ssh_bin, [...baseArgs(config), `${REMOTE_USER}@${host}`, command], { encoding: 'utf8', timeout: 60_000 });
  return { status: res.status ?? 255, stdout: String(res.stdout ?? ''), stderr: String(res.stderr ?? '') };
}

export interface Forward {
  localPort: number;
  /** Host as seen from the instance the tunnel goes through (127.0.0.1 for itself, a private IP for another). */
  remoteHost: string;
  remotePort: number;
}

/** An `ssh -N -L …` tunnel through `host`; resolves once every local port accepts connections. */
export async function openTunnel(config: StockctlConfig, host: string, forwards: Forward[]): Promise<ChildProcess> {
  const args = [...baseArgs(config), '-N', '-o', 'ExitOnForwardFailure=yes', ...forwards.flatMap((f) => ['-L', `127.0.0.1:${f.localPort}:${f.remoteHost}:${f.remotePort}`]), `${REMOTE_USER}@${host}`];
  const child = spawn(config.aws.ssh_bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new UserError(`the SSH tunnel to ${host} closed: ${stderr.trim() || `exit ${child.exitCode}`}`, 'check aws.ssh_key_file and that your address is aws.operator_cidr');
    if ((await Promise.all(forwards.map((f) => portOpen('127.0.0.1', f.localPort)))).every(Boolean)) return child;
    await sleep(250);
  }
  child.kill();
  throw new UserError(`the SSH tunnel to ${host} did not open in 30 s`, stderr.trim() || undefined);
}
