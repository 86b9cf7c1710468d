// What the streaming job is told: its settings file (read as JobConfig by spark-jobs/stockctl_stream/config.py,
// mode 600 as it holds passwords), and Spark's own authentication between its processes.

import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';
import { readSecrets, rolePassword, secretsFile } from '../../config/secrets.js';
import { endpoint } from '../../sql/connection.js';
import { brokers, kafkaLogin } from '../../producer/kafka-client.js';
import { layout } from '../layout.js';

/**
 * libpq settings beyond host, port, database and login: a postgres.url's own (sslmode, sslrootcert, …, kept so
 * that the job connects the way the URL says), or TLS to the own cluster when postgres.tls is on.
 */
export function dbOptions(config: Pick<StockctlConfig, 'postgres'>): Record<string, string> {
  const { url, tls } = config.postgres;
  if (url) return Object.fromEntries(new URL(url).searchParams);
  return tls === 'on' ? { sslmode: 'require' } : {};
}

/** Spark's Kafka source options for the brokers' SCRAM login (the password stays in the settings file). */
export function kafkaOptions(config: Pick<StockctlConfig, 'kafka' | 'paths'>): Record<string, string> {
  const login = kafkaLogin(config);
  if (!login) return {};
  return {
    'kafka.security.protocol': 'SASL_PLAINTEXT',
    'kafka.sasl.mechanism': login.mechanism,
    'kafka.sasl.jaas.config': `org.apache.kafka.common.security.scram.ScramLoginModule required username="${login.username}" password="${login.password}";`,
  };
}

export function jobSettings(config: StockctlConfig): Record<string, unknown> {
  const paths = layout(config);
  const db = endpoint(config);
  return {
    bootstrap_servers: brokers(config).join(','),
    topic: config.kafka.topic,
    kafka_options: kafkaOptions(config),
    starting_offsets: config.spark.starting_offsets,
    max_offsets_per_trigger: config.spark.max_offsets_per_trigger,
    trigger_interval: config.spark.trigger_interval,
    checkpoint: paths.spark.checkpoint,
    db_host: db.host,
    db_port: db.port,
    db_name: db.database,
    db_user: config.postgres.writer_user,
    db_password: rolePassword(config, 'writer'),
    db_options: dbOptions(config),
    status_file: paths.spark.status,
    stop_file: paths.spark.stopRequest,
  };
}

/**
 * spark.authenticate with the deployment's shared secret, as properties-file lines: the driver, a standalone
 * master and its workers must all hold it (a file of mode 600; never a command line, which `ps` shows).
 */
export function sparkAuthProperties(config: Pick<StockctlConfig, 'spark' | 'paths'>): string[] {
  if (config.spark.authenticate !== 'true') return [];
  const secret = readSecrets(config.paths.state)?.spark_auth;
  if (!secret) throw new UserError(`spark.authenticate is true, but there is no Spark secret: ${secretsFile(config.paths.state)} does not exist`, 'start the stack first (`stockctl up` generates the secrets)');
  return ['spark.authenticate true', `spark.authenticate.secret ${secret}`, 'spark.network.crypto.enabled true'];
}
