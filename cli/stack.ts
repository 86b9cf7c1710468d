// The local stack as a whole: up in dependency order (PostgreSQL with its schema, Kafka, the Spark job), down
// in reverse.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StockctlConfig } from '../config/schema.js';
import { layout } from './layout.js';
import { checkStateFolder } from './preflight.js';
import { AWS_FOLDER, purgeState } from './purge.js';
import { checkConfiguredPasswords, ensureSecrets, secretsFile } from '../config/secrets.js';
import { ensureTopics, kafkaRecord, startKafka, stopKafka } from './services/kafka.js';
import { ensureDatabase, managed, postgresRecord, postgresVersion, startPostgres, stopPostgres } from './services/postgres.js';
import { isRunning, portOpen, processesWith } from './services/process.js';
import { readJobStatus, sparkRecord, startSparkJob, stopSparkJob } from './services/spark.js';
import { stopCluster } from './services/spark-cluster.js';
import { findJavaHome } from './setup/system.js';
import { UserError } from '../config/errors.js';
import { log } from './ui/log.js';
import { pinnedVersions } from './versions.js';
import pg from 'pg';
import { adminConnection, endpoint } from '../sql/connection.js';
import { prepareDatabase } from '../sql/database.js';
import { brokers } from '../producer/kafka-client.js';

function javaHomeOrFail(): string {
  const home = findJavaHome();
  if (!home) throw new UserError('no Java 17 runtime found', 'run: stockctl setup');
  return home;
}

export type Part = 'postgres' | 'kafka' | 'spark';
export const PARTS: Part[] = ['postgres', 'kafka', 'spark'];

/** Starts the parts in dependency order; `only` starts a subset (a node of a multi-instance layout). */
export async function up(config: StockctlConfig, only: Part[] = PARTS): Promise<void> {
  const paths = layout(config);
  checkStateFolder(config);
  checkConfiguredPasswords(config);
  // Random passwords at the first `up`, kept in the state folder; every later command reads the same ones.
  const { generated } = ensureSecrets(paths.state);
  if (generated.length > 0) log.detail(`generated ${generated.length} passwords into ${secretsFile(paths.state)} (mode 600)`);
  mkdirSync(paths.run, { recursive: true });
  mkdirSync(paths.logs, { recursive: true });
  const javaHome = javaHomeOrFail();
  const pins = pinnedVersions();

  // PostgreSQL first: an unreachable external server stops `up` before anything else is started.
  if (only.includes('postgres')) {
    log.step(managed(config) ? 'PostgreSQL (cluster in the state folder)' : 'PostgreSQL (external server from postgres.url)');
    const database = await startPostgres(config);
    await ensureDatabase(config);
    const { applied } = await prepareDatabase(config);
    const e = endpoint(config);
    log.ok(`PostgreSQL ${database.started ? 'started' : managed(config) ? 'already running' : 'reachable'}: ${e.host}:${e.port}/${e.database}${applied.length ? `, migrations ${applied.join(', ')} applied` : ', schema up to date'}`);
  }

  if (only.includes('kafka')) {
    const k = config.kafka;
    log.step(`Kafka ${pins.kafka} (KRaft, node ${k.node_id}: ${k.process_roles})`);
    const kafka = await startKafka(config, javaHome);
    // Topics are created once, by the node that also runs the job; a broker-only node just joins.
    if (only.includes('spark')) await ensureTopics(config);
    log.ok(`Kafka ${kafka.started ? 'started' : 'already running'}: ${brokers(config).join(',')}, pid ${kafka.record.pid}, topic ${k.topic} (${k.partitions} partitions, ${k.replication_factor} replica(s))`);
  }

  if (only.includes('spark')) {
    log.step(`Spark ${pins.pyspark} streaming job (${config.spark.master})`);
    const spark = await startSparkJob(config, javaHome);
    log.ok(`Spark job ${spark.started ? 'started' : 'already running'}: pid ${spark.record.pid}, checkpoint ${paths.spark.checkpoint}`);
  }

  log.info('');
  log.info(`State folder: ${paths.state}`);
  log.info(`Logs:         ${paths.logs}  (Kafka: kafka-server.log, Spark: spark.log)${managed(config) ? `, PostgreSQL: ${paths.postgres.log}` : ''}`);
  log.info(`Spark UI:     http://127.0.0.1:${config.spark.ui_port} (while the job runs, if the port was free)`);
}

export async function down(config: StockctlConfig, opts: { purge?: boolean } = {}): Promise<void> {
  const paths = layout(config);
  // Reverse order: the job first (it stops after its current batch), so it never sees its sources vanish.
  log.step('Spark streaming job');
  log.ok(`Spark job: ${await stopSparkJob(config)}`);
  log.step('Kafka');
  log.ok(`Kafka: ${await stopKafka(config)}`);
  const cluster = await stopCluster(config);
  if (cluster.length) log.ok(`local Spark cluster: stopped ${cluster.join(', ')}`);
  log.step('PostgreSQL');
  const pgOutcome = await stopPostgres(config);
  log.ok(`PostgreSQL: ${pgOutcome === 'external' ? 'external server left running' : pgOutcome}`);

  const left = processesWith(paths.state);
  if (left.length > 0) log.warn(`processes still mention ${paths.state}: ${left.join(', ')}`);
  if (opts.purge && existsSync(paths.state)) {
    const { keptAws } = purgeState(paths.state);
    log.ok(`purged ${paths.state} (installed tools in ${paths.tools} kept)`);
    if (keptAws) log.warn(`kept ${join(paths.state, AWS_FOLDER)}: it holds the Terraform state of a live AWS deployment; remove that with \`stockctl down --target aws\``);
  }
}

/** The parts of the local stack whose processes run now (the own PostgreSQL cluster, the broker, the job). */
export function runningParts(config: StockctlConfig): Part[] {
  const running: Part[] = [];
  if (managed(config) && postgresRecord(config)) running.push('postgres');
  if (isRunning(kafkaRecord(config))) running.push('kafka');
  if (isRunning(sparkRecord(config))) running.push('spark');
  return running;
}

export interface BatchRow {
  batch_id: number;
  committed_at: string;
  input_rows: number;
  landed: number;
  quarantined: number;
  duplicates: number;
  trigger_ms: number | null;
  kafka_lag: number | null;
}

/** The newest committed micro-batches of the running query, with Spark's timings and the Kafka lag. */
export async function recentBatches(config: StockctlConfig, limit: number): Promise<BatchRow[]> {
  const queryId = readJobStatus(config)?.query_id;
  if (!queryId) return [];
  const client = new pg.Client({ ...adminConnection(config), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    const res = await client.query<BatchRow>(
      `SELECT s.batch_id::int, to_char(s.committed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS committed_at,
              s.input_rows::int, s.landed::int, s.quarantined::int, s.duplicates::int, m.trigger_ms::int, m.kafka_lag::int
       FROM sink_batches s LEFT JOIN batch_metrics m USING (query_id, batch_id)
       WHERE s.query_id = $1 ORDER BY s.batch_id DESC LIMIT $2`,
      [queryId, limit],
    );
    return res.rows;
  } catch {
    return [];
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface PartStatus {
  part: string;
  running: boolean;
  pid?: number;
  address?: string;
  version?: string;
  detail?: string;
}

export async function status(config: StockctlConfig): Promise<PartStatus[]> {
  const pins = pinnedVersions();
  const kafka = kafkaRecord(config);
  const kafkaUp = isRunning(kafka) && (await portOpen(config.kafka.host, config.kafka.port));
  const pgRecord = postgresRecord(config);
  const e = endpoint(config);
  const pgUp = managed(config) ? pgRecord !== undefined : await portOpen(e.host, e.port);
  const spark = sparkRecord(config);
  const sparkUp = isRunning(spark);
  const job = readJobStatus(config);
  const batch = job?.last_batch;
  return [
    { part: 'kafka', running: kafkaUp, pid: kafkaUp ? kafka?.pid : undefined, address: brokers(config).join(','), version: pins.kafka, detail: `topic ${config.kafka.topic}` },
    { part: 'postgres', running: pgUp, pid: pgRecord?.pid, address: `${e.host}:${e.port}/${e.database}`, version: postgresVersion(), detail: managed(config) ? 'own cluster' : 'external (postgres.url)' },
    {
      part: 'spark',
      running: sparkUp,
      pid: sparkUp ? spark?.pid : undefined,
      address: (sparkUp && job?.master) || config.spark.master,
      version: pins.pyspark,
      detail: sparkUp && job ? `${job.state}${batch ? `, batch ${batch.batch_id}: ${batch.input_rows} in, ${batch.landed} landed, ${batch.quarantined} quarantined` : ''}${job.kafka_lag != null ? `, lag ${job.kafka_lag}` : ''}` : job?.state === 'failed' ? `failed: ${job.error ?? ''}`.slice(0, 200) : undefined,
    },
  ];
}
