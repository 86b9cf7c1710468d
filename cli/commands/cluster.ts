import { cpus, totalmem } from 'node:os';
import type { Command } from 'commander';
import { UserError } from '../../config/errors.js';
import { findJavaHome } from '../setup/system.js';
import { log } from '../ui/log.js';
import { configOf } from './context.js';

export function register(program: Command): void {
  const cluster = program.command('cluster').description('a Spark standalone cluster on this machine, from the installed pyspark (for `up --master`)');
  cluster
    .command('start')
    .description('start a master and workers; prints the master URL to pass to `stockctl up --master`')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--port <port>', 'master port', (v) => Number(v), 7077)
    .option('--webui-port <port>', "master web UI port (workers use the next ones)", (v) => Number(v), 8080)
    .option('--workers <n>', 'number of workers', (v) => Number(v), 1)
    .option('--worker-cores <n>', 'cores each worker offers', (v) => Number(v), 1)
    .option('--worker-memory <size>', 'memory each worker offers', '1g')
    .action(async (opts: { host: string; port: number; webuiPort: number; workers: number; workerCores: number; workerMemory: string }, cmd: Command) => {
      for (const [name, v] of Object.entries({ port: opts.port, 'webui-port': opts.webuiPort, workers: opts.workers, 'worker-cores': opts.workerCores })) {
        if (!Number.isInteger(v) || v < 1) throw new UserError(`--${name} must be a whole number above 0`);
      }
      const javaHome = findJavaHome();
      if (!javaHome) throw new UserError('no Java 17 runtime found', 'run: stockctl setup');
      const { startCluster } = await import('../services/spark-cluster.js');
      const url = await startCluster(configOf(cmd), { ...opts, webUiPort: opts.webuiPort }, javaHome);
      log.ok(`Spark standalone cluster up: ${url} (web UI http://${opts.host}:${opts.webuiPort})`);
      log.info(`submit the job to it with: stockctl up --master ${url}`);
    });
  cluster
    .command('join')
    .description('start a worker on this machine for a master elsewhere')
    .argument('<master>', 'spark://host:7077')
    .option('--host <host>', 'address this worker is reached at', '127.0.0.1')
    .option('--cores <n>', 'cores it offers', (v) => Number(v), cpus().length)
    .option('--memory <size>', 'memory it offers', `${Math.max(1, Math.floor((totalmem() / 2 ** 30) * 0.75))}g`)
    .option('--webui-port <port>', 'worker web UI port', (v) => Number(v), 8081)
    .action(async (master: string, opts: { host: string; cores: number; memory: string; webuiPort: number }, cmd: Command) => {
      if (!/^spark:\/\/[^:]+:\d+$/.test(master)) throw new UserError(`"${master}" is not a master URL`, 'write it as spark://host:7077');
      const javaHome = findJavaHome();
      if (!javaHome) throw new UserError('no Java 17 runtime found', 'run: stockctl setup');
      const { joinCluster } = await import('../services/spark-cluster.js');
      // The web UI port is of the worker itself (startWorkers adds its number to the base port).
      await joinCluster(configOf(cmd), master, { host: opts.host, workerCores: opts.cores, workerMemory: opts.memory, webUiPort: opts.webuiPort - 1 }, javaHome);
      log.ok(`Spark worker registered with ${master}`);
    });
  cluster
    .command('stop')
    .description('stop the local master and workers')
    .action(async (_opts, cmd: Command) => {
      const { stopCluster } = await import('../services/spark-cluster.js');
      const stopped = await stopCluster(configOf(cmd));
      log.ok(stopped.length ? `stopped ${stopped.join(', ')}` : 'no local Spark cluster was running');
    });
}
