// The Kafka broker: one KRaft node (broker and controller in one JVM), started from the jars setup fetched.

import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';
import { layout } from '../layout.js';
import { jarsIn } from '../setup/artifacts.js';
import { withAdmin } from '../../producer/kafka-client.js';
import { listenerSettings, scramBootstrapArgs } from './kafka-auth.js';
import { isRunning, portOpen, readPid, removePid, run, spawnDaemon, stopProcess, waitUntil, type PidRecord } from './process.js';

const NAME = 'kafka';

export function serverProperties(config: StockctlConfig): string {
  const k = config.kafka;
  const paths = layout(config);
  const advertised = k.advertised_host || (k.host === '0.0.0.0' ? '127.0.0.1' : k.host);
  const quorum = k.controller_quorum || `${k.node_id}@${advertised}:${k.controller_port}`;
  const { listeners, advertised: advertisedListeners, lines } = listenerSettings(config, advertised);
  return [
    '# Written by `stockctl up` from config/stockctl.yaml; edits here are overwritten.',
    `process.roles=${k.process_roles}`,
    `node.id=${k.node_id}`,
    `controller.quorum.voters=${quorum}`,
    `listeners=${listeners.join(',')}`,
    `advertised.listeners=${advertisedListeners.join(',')}`,
    ...lines,
    `log.dirs=${paths.kafka.data}`,
    `num.partitions=${k.partitions}`,
    // Topics are created by `up` with the configured partitions; a typo in a topic name must not create one.
    'auto.create.topics.enable=false',
    `default.replication.factor=${k.replication_factor}`,
    `offsets.topic.replication.factor=${k.replication_factor}`,
    `transaction.state.log.replication.factor=${k.replication_factor}`,
    `transaction.state.log.min.isr=${k.min_insync_replicas}`,
    `min.insync.replicas=${k.min_insync_replicas}`,
    'group.initial.rebalance.delay.ms=0',
    // Replays of old data are kept until deleted: retention by time would drop what the job has not read yet.
    'log.retention.hours=-1',
    '',
  ].join('\n');
}

function log4jProperties(logFile: string): string {
  return [
    'log4j.rootLogger=INFO, file',
    'log4j.appender.file=org.apache.log4j.RollingFileAppender',
    `log4j.appender.file.File=${logFile}`,
    'log4j.appender.file.MaxFileSize=20MB',
    'log4j.appender.file.MaxBackupIndex=2',
    'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
    'log4j.logger.kafka.request.logger=WARN',
    'log4j.logger.state.change.logger=WARN',
    '',
  ].join('\n');
}

export const kafkaRecord = (config: StockctlConfig) => readPid(layout(config).run, NAME);

/**
 * A KRaft cluster id: 16 random bytes, base64url without padding (what kafka-storage random-uuid prints), never
 * starting with '-', which a command line reads as an option (Kafka's own Uuid avoids it too).
 */
export function newClusterId(): string {
  for (;;) {
    const id = Buffer.from(randomUUID().replaceAll('-', ''), 'hex').toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

export async function startKafka(config: StockctlConfig, javaHome: string): Promise<{ record: PidRecord; started: boolean }> {
  const paths = layout(config);
  const existing = readPid(paths.run, NAME);
  if (isRunning(existing)) return { record: existing, started: false };
  const { port } = config.kafka;
  const host = config.kafka.host === '0.0.0.0' ? '127.0.0.1' : config.kafka.host;
  if (await portOpen(host, port)) {
    throw new UserError(`port ${port} on ${host} is taken by another program, so Kafka cannot listen there`, 'stop that program or set kafka.port (STOCKCTL_KAFKA_PORT) to a free port');
  }
  const jars = jarsIn(paths.kafka.jars);
  if (jars.length === 0) throw new UserError('the Kafka jars are not installed', 'run: stockctl setup');

  mkdirSync(paths.kafka.data, { recursive: true });
  // Mode 600: with kafka.auth scram it holds the brokers' passwords.
  writeFileSync(paths.kafka.serverProperties, serverProperties(config), { mode: 0o600 });
  chmodSync(paths.kafka.serverProperties, 0o600);
  writeFileSync(paths.kafka.log4j, log4jProperties(join(paths.logs, 'kafka-server.log')));
  const java = join(javaHome, 'bin', 'java');
  const classpath = join(paths.kafka.jars, '*');
  if (!existsSync(join(paths.kafka.data, 'meta.properties'))) {
    const format = ['-cp', classpath, 'kafka.tools.StorageTool', 'format', `--cluster-id=${config.kafka.cluster_id || newClusterId()}`, '-c', paths.kafka.serverProperties, '--ignore-formatted'];
    // The SCRAM arguments hold passwords: a failure is reported without the command line.
    const res = run(java, [...format, ...scramBootstrapArgs(config)]);
    if (res.status !== 0) throw new UserError(`formatting Kafka storage failed (exit ${res.status}):\n${(res.stderr || res.stdout).trim().split('\n').slice(-15).join('\n')}`);
  }
  const record = spawnDaemon({
    name: NAME,
    command: java,
    args: [`-Xmx${config.kafka.heap}`, `-Xms${config.kafka.heap}`, '-XX:+UseG1GC', '-Djava.awt.headless=true', `-Dlog4j.configuration=file:${paths.kafka.log4j}`, '-cp', classpath, 'kafka.Kafka', paths.kafka.serverProperties],
    logFile: paths.kafka.log,
    runDir: paths.run,
    marker: paths.kafka.serverProperties,
  });
  await waitUntil(() => portOpen(host, port), { what: 'Kafka broker', timeoutMs: 90_000, log: paths.kafka.log, alive: () => isRunning(record) });
  return { record, started: true };
}

/**
 * Creates the price topic and its dead-letter topic when missing (a topic with fewer partitions is grown), once
 * as many brokers have joined as each partition has replicas.
 */
export async function ensureTopics(config: StockctlConfig): Promise<void> {
  const { topic, dead_letter_topic, partitions, replication_factor } = config.kafka;
  await withAdmin(config, async (admin) => {
    await waitUntil(async () => (await admin.describeCluster()).brokers.length >= replication_factor, {
      what: `${replication_factor} Kafka brokers joining the cluster`,
      timeoutMs: 600_000,
      intervalMs: 2_000,
    });
    const existing = new Set(await admin.listTopics());
    const missing = [topic, dead_letter_topic].filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((t) => ({ topic: t, numPartitions: t === topic ? partitions : 1, replicationFactor: replication_factor })),
      });
    }
    const [meta] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
    const have = meta?.partitions.length ?? 0;
    if (have < partitions) await admin.createPartitions({ topicPartitions: [{ topic, count: partitions }] });
  });
}

export async function stopKafka(config: StockctlConfig): Promise<'stopped' | 'killed' | 'not running'> {
  const paths = layout(config);
  const record = readPid(paths.run, NAME);
  if (!isRunning(record)) {
    removePid(paths.run, NAME);
    return 'not running';
  }
  // A controlled shutdown moves leadership and flushes logs; it takes a few seconds on one node.
  const outcome = await stopProcess(record, 30_000);
  removePid(paths.run, NAME);
  return outcome;
}
