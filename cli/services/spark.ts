// The PySpark streaming job, submitted with spark-submit from the project's virtual environment.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';
import { layout } from '../layout.js';
import { fromRoot } from '../../config/paths.js';
import { jarsIn } from '../setup/artifacts.js';
import { jobSettings, sparkAuthProperties } from './spark-settings.js';
import { isRunning, killStaleGroup, readPid, removePid, runOrFail, spawnDaemon, stopProcess, waitUntil, type PidRecord } from './process.js';

const NAME = 'spark';

/** What the job writes to its status file (spark-jobs/stockctl_stream/main.py). */
export interface JobStatus {
  state: 'starting' | 'running' | 'restarting' | 'stopping' | 'stopped' | 'failed';
  pid: number;
  updated_at: string;
  query_id?: string;
  /** The master the job runs on (local[*], spark://…). */
  master?: string;
  kafka_lag?: number | null;
  last_batch?: { batch_id: number; input_rows: number; landed: number; quarantined: number; duplicates: number; skipped: boolean } | null;
  error?: string;
}

export function readJobStatus(config: StockctlConfig): JobStatus | undefined {
  const file = layout(config).spark.status;
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as JobStatus;
  } catch {
    return undefined; // being replaced at this instant
  }
}

export const sparkRecord = (config: StockctlConfig) => readPid(layout(config).run, NAME);

function writeJobConfig(config: StockctlConfig): void {
  writeFileSync(layout(config).spark.jobConfig, JSON.stringify(jobSettings(config), null, 2) + '\n', { mode: 0o600 });
}

// Spark's own console logging is verbose; the driver's log keeps warnings, the job's lines and progress.
const LOG4J2 = `rootLogger.level = warn
rootLogger.appenderRef.stdout.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex
logger.kafka.name = org.apache.kafka
logger.kafka.level = error
`;

export function submitArgs(config: StockctlConfig): string[] {
  const paths = layout(config);
  const jars = jarsIn(paths.spark.jars);
  const utc = '-Duser.timezone=UTC';
  return [
    '--master', config.spark.master,
    '--name', 'stockctl-stream',
    '--driver-memory', config.spark.driver_memory,
    '--jars', jars.join(','),
    '--py-files', paths.spark.pyFiles,
    '--conf', `spark.driver.extraJavaOptions=${utc} -Djava.io.tmpdir="${paths.spark.scratch}"`,
    '--conf', `spark.executor.extraJavaOptions=${utc}`,
    '--conf', 'spark.sql.session.timeZone=UTC',
    '--conf', `spark.sql.shuffle.partitions=${config.spark.shuffle_partitions}`,
    // The sink reads each micro-batch as Arrow record batches and writes each into COPY as it arrives.
    '--conf', `spark.sql.execution.arrow.maxRecordsPerBatch=${config.spark.write_batch_rows}`,
    '--conf', `spark.ui.port=${config.spark.ui_port}`,
    // Executors (on a spark:// cluster too) run the job's Python with the same packages as the driver.
    '--conf', `spark.pyspark.python=${paths.spark.python}`,
    '--conf', `spark.executor.memory=${config.spark.executor_memory}`,
    '--conf', 'spark.sql.streaming.stopGracefullyOnShutdown=true',
    // The default (FileContext) checkpoint writer spends ~40 ms on each of the two small files a micro-batch
    // commits; the FileSystem one ~6 ms on a raw local disk. A second writer of one checkpoint is excluded by
    // the job's pid file, and the sink's batch markers would refuse its batches anyway.
    '--conf', 'spark.sql.streaming.checkpointFileManagerClass=org.apache.spark.sql.execution.streaming.checkpointing.FileSystemBasedCheckpointFileManager',
    '--conf', 'spark.hadoop.fs.file.impl=org.apache.hadoop.fs.RawLocalFileSystem',
    // With a trigger interval of 0 an idle job asks Kafka for new offsets every 10 ms (0.3 of a core here);
    // every 50 ms costs less than half that, and adds at most 50 ms to the first batch after a quiet spell.
    '--conf', 'spark.sql.streaming.pollingDelay=50ms',
    fromRoot('spark-jobs', 'stream_prices.py'),
    '--config', paths.spark.jobConfig,
  ];
}

export async function startSparkJob(config: StockctlConfig, javaHome: string): Promise<{ record: PidRecord; started: boolean }> {
  const paths = layout(config);
  const existing = readPid(paths.run, NAME);
  const stale: PidRecord | undefined = existing;
  if (isRunning(existing)) return { record: existing, started: false };
  // A driver killed hard can leave its Python side behind, still holding the status file: end the group, if
  // it is still the driver's (its members name the job's settings file), not a recycled pid's.
  if (stale) killStaleGroup(stale.pid, stale.marker);
  if (!existsSync(paths.spark.submit)) throw new UserError('PySpark is not installed', 'run: stockctl setup');
  if (jarsIn(paths.spark.jars).length === 0) throw new UserError('the Spark connector jars are not installed', 'run: stockctl setup');

  const confDir = join(paths.spark.home, 'conf');
  mkdirSync(confDir, { recursive: true });
  mkdirSync(paths.spark.checkpoint, { recursive: true });
  writeFileSync(join(confDir, 'log4j2.properties'), LOG4J2);
  writeFileSync(join(confDir, 'spark-defaults.conf'), [...sparkAuthProperties(config), ''].join('\n'), { mode: 0o600 });
  writeJobConfig(config);
  rmSync(paths.spark.stopRequest, { force: true });
  rmSync(paths.spark.status, { force: true });
  // Spark removes its scratch folders when it stops, not when it is killed: what a killed driver left goes now.
  rmSync(paths.spark.scratch, { recursive: true, force: true });
  mkdirSync(paths.spark.scratch, { recursive: true });
  // The package travels as a zip so that executors on other machines (a spark:// master) import it too.
  rmSync(paths.spark.pyFiles, { force: true });
  runOrFail('packaging the Spark job', paths.spark.python, ['-m', 'zipfile', '-c', paths.spark.pyFiles, fromRoot('spark-jobs', 'stockctl_stream')]);

  const record = spawnDaemon({
    name: NAME,
    command: paths.spark.submit,
    args: submitArgs(config),
    logFile: paths.spark.log,
    runDir: paths.run,
    marker: paths.spark.jobConfig,
    cwd: paths.spark.home,
    env: {
      ...process.env,
      JAVA_HOME: javaHome,
      SPARK_CONF_DIR: confDir,
      PYSPARK_PYTHON: paths.spark.python,
      PYSPARK_DRIVER_PYTHON: paths.spark.python,
      SPARK_LOCAL_IP: '127.0.0.1',
      // The driver's scratch files stay in the state folder (`down --purge` removes them), not in the system's
      // temp folder; executors on a spark:// cluster use their workers' folders.
      SPARK_LOCAL_DIRS: paths.spark.scratch,
      TMPDIR: paths.spark.scratch,
    },
  });
  await waitUntil(() => readJobStatus(config)?.state === 'running', {
    what: 'Spark streaming job',
    timeoutMs: 180_000,
    log: paths.spark.log,
    alive: () => isRunning(record) && readJobStatus(config)?.state !== 'failed',
  });
  return { record, started: true };
}

/** Asks the job to stop after its current batch; kills it only if it does not stop in time. */
export async function stopSparkJob(config: StockctlConfig, graceMs = 60_000): Promise<'stopped' | 'killed' | 'not running'> {
  const paths = layout(config);
  const record = readPid(paths.run, NAME);
  if (!isRunning(record)) {
    removePid(paths.run, NAME);
    return 'not running';
  }
  writeFileSync(paths.spark.stopRequest, new Date().toISOString());
  const deadline = Date.now() + graceMs;
  let outcome: 'stopped' | 'killed' = 'stopped';
  try {
    await waitUntil(() => !isRunning(record), { what: 'Spark job stop', timeoutMs: graceMs });
  } catch {
    outcome = await stopProcess(record, Math.max(1_000, deadline - Date.now()));
  }
  // spark-submit's Python child can outlive the JVM by a moment.
  await stopProcess(record, 5_000).catch(() => undefined);
  removePid(paths.run, NAME);
  rmSync(paths.spark.stopRequest, { force: true });
  return outcome;
}
