// A Spark standalone cluster (one master, N workers) from pyspark's own jars: to try `--master spark://…`
// on one machine, and what the AWS layout starts on its Spark instances.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';
import { layout } from '../layout.js';
import { ensureSecrets } from '../../config/secrets.js';
import { sparkAuthProperties } from './spark-settings.js';
import { isRunning, portOpen, readPid, removePid, spawnDaemon, stopProcess, waitUntil } from './process.js';

export interface ClusterOptions {
  host: string;
  port: number;
  webUiPort: number;
  workers: number;
  workerCores: number;
  workerMemory: string;
}

const workerName = (i: number) => `spark-worker-${i}`;

export const masterUrl = (o: Pick<ClusterOptions, 'host' | 'port'>) => `spark://${o.host}:${o.port}`;

function sparkClass(config: StockctlConfig): string {
  return join(layout(config).spark.venv, 'bin', 'spark-class');
}

export async function startCluster(config: StockctlConfig, o: ClusterOptions, javaHome: string): Promise<string> {
  const paths = layout(config);
  const env = { ...process.env, JAVA_HOME: javaHome, SPARK_LOCAL_IP: o.host, PYSPARK_PYTHON: paths.spark.python };
  mkdirSync(paths.spark.home, { recursive: true });
  // The master may start before `up` (the stack's first command): its shared secret is generated then. A worker
  // of another machine (joinCluster) never generates one: it must hold the master's.
  if (config.spark.authenticate === 'true') ensureSecrets(paths.state);
  // Written so that the master's command line names this state folder (how status and down find it).
  const properties = join(paths.spark.home, 'master.properties');
  writeFileSync(properties, ['# stockctl local standalone master', ...sparkAuthProperties(config), ''].join('\n'), { mode: 0o600 });
  if (!isRunning(readPid(paths.run, 'spark-master'))) {
    if (await portOpen(o.host, o.port)) throw new UserError(`port ${o.port} is taken; choose another with --port`);
    const master = spawnDaemon({
      name: 'spark-master',
      command: sparkClass(config),
      args: ['org.apache.spark.deploy.master.Master', '--host', o.host, '--port', String(o.port), '--webui-port', String(o.webUiPort), '--properties-file', properties],
      logFile: join(paths.logs, 'spark-master.log'),
      runDir: paths.run,
      marker: properties,
      env,
    });
    await waitUntil(() => portOpen(o.host, o.port), { what: 'Spark master', timeoutMs: 60_000, log: join(paths.logs, 'spark-master.log'), alive: () => isRunning(master) });
  }
  startWorkers(config, masterUrl(o), o, env);
  // The master's web UI lists registered workers as JSON: wait until all have joined.
  await waitUntil(
    async () => {
      try {
        const res = await fetch(`http://${o.host}:${o.webUiPort}/json/`);
        const body = (await res.json()) as { aliveworkers?: number };
        return (body.aliveworkers ?? 0) >= o.workers;
      } catch {
        return false;
      }
    },
    { what: `${o.workers} Spark worker(s) registering`, timeoutMs: 90_000, log: join(paths.logs, `${workerName(1)}.log`) },
  );
  return masterUrl(o);
}

function startWorkers(config: StockctlConfig, master: string, o: Omit<ClusterOptions, 'port'>, env: NodeJS.ProcessEnv): void {
  const paths = layout(config);
  // With spark.authenticate the workers hold the master's secret too (a file, not their command line).
  const properties = join(paths.spark.home, 'worker.properties');
  mkdirSync(paths.spark.home, { recursive: true });
  writeFileSync(properties, ['# stockctl standalone worker', ...sparkAuthProperties(config), ''].join('\n'), { mode: 0o600 });
  for (let i = 1; i <= o.workers; i++) {
    if (isRunning(readPid(paths.run, workerName(i)))) continue;
    const workDir = join(paths.spark.home, `work-${i}`);
    spawnDaemon({
      name: workerName(i),
      command: sparkClass(config),
      args: ['org.apache.spark.deploy.worker.Worker', master, '--host', o.host, '--cores', String(o.workerCores), '--memory', o.workerMemory, '--webui-port', String(o.webUiPort + i), '--work-dir', workDir, '--properties-file', properties],
      logFile: join(paths.logs, `${workerName(i)}.log`),
      runDir: paths.run,
      marker: workDir,
      env,
    });
  }
}

/** A worker on this machine for a master elsewhere (a Spark worker instance of the AWS layout). */
export async function joinCluster(config: StockctlConfig, master: string, o: Omit<ClusterOptions, 'port' | 'workers'>, javaHome: string): Promise<void> {
  const paths = layout(config);
  const env = { ...process.env, JAVA_HOME: javaHome, SPARK_LOCAL_IP: o.host, PYSPARK_PYTHON: paths.spark.python };
  startWorkers(config, master, { ...o, workers: 1 }, env);
  const log = join(paths.logs, `${workerName(1)}.log`);
  await waitUntil(() => existsSync(log) && /Successfully registered with master/.test(readFileSync(log, 'utf8')), {
    what: `a Spark worker registering with ${master}`,
    timeoutMs: 300_000,
    intervalMs: 1_000,
    log,
    alive: () => isRunning(readPid(paths.run, workerName(1))),
  });
}

export async function stopCluster(config: StockctlConfig): Promise<string[]> {
  const paths = layout(config);
  const stopped: string[] = [];
  for (let i = 1; i <= 64; i++) {
    const rec = readPid(paths.run, workerName(i));
    if (!rec) continue;
    if (isRunning(rec)) {
      await stopProcess(rec, 15_000);
      stopped.push(workerName(i));
    }
    removePid(paths.run, workerName(i));
  }
  const master = readPid(paths.run, 'spark-master');
  if (isRunning(master)) {
    await stopProcess(master, 15_000);
    stopped.push('spark-master');
  }
  removePid(paths.run, 'spark-master');
  return stopped;
}
