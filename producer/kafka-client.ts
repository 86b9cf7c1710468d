// One place that builds kafkajs clients from the config, for the CLI's and the replay's admin work, and tests.

import { Kafka, logLevel, type Admin, type KafkaConfig, type LogEntry } from 'kafkajs';
import { UserError } from '../config/errors.js';
import type { StockctlConfig } from '../config/schema.js';
import { readSecrets, secretsFile } from '../config/secrets.js';

export type KafkaSettings = Pick<StockctlConfig, 'kafka' | 'paths'>;

/** The SCRAM user every client (the replay, the CLI's admin work, the Spark job) logs in as with kafka.auth=scram. */
export const KAFKA_CLIENT_USER = 'stockctl';

export interface ScramLogin {
  mechanism: 'SCRAM-SHA-512';
  username: string;
  password: string;
}

/** The client's login when the brokers ask for one: kafka.password, else the state folder's secret. */
export function kafkaLogin(config: KafkaSettings): ScramLogin | undefined {
  if (config.kafka.auth !== 'scram') return undefined;
  const password = config.kafka.password || readSecrets(config.paths.state)?.kafka_client;
  if (!password) throw new UserError(`kafka.auth is scram, but there is no Kafka password: ${secretsFile(config.paths.state)} does not exist`, 'start the stack first (`stockctl up` generates the passwords)');
  return { mechanism: 'SCRAM-SHA-512', username: KAFKA_CLIENT_USER, password };
}

/** Where clients connect: the advertised address when the broker listens on every interface. */
export const brokers = (config: KafkaSettings) => [`${config.kafka.advertised_host || (config.kafka.host === '0.0.0.0' ? '127.0.0.1' : config.kafka.host)}:${config.kafka.port}`];

// kafkajs logs every retry at ERROR; the CLI reports failures itself, so only its final word is kept.
const quietLogs = () => (entry: LogEntry) => {
  if (process.env.STOCKCTL_DEBUG_KAFKA) console.error(`[kafkajs ${entry.namespace}]`, entry.log.message, entry.log.error ?? '');
};

export function createKafka(config: KafkaSettings, clientId = 'stockctl', overrides: Partial<KafkaConfig> = {}): Kafka {
  const login = kafkaLogin(config);
  return new Kafka({
    ...(login ? { sasl: { mechanism: 'scram-sha-512', username: login.username, password: login.password } } : {}),
    clientId,
    brokers: brokers(config),
    connectionTimeout: 5_000,
    requestTimeout: 30_000,
    retry: { retries: 8, initialRetryTime: 200, maxRetryTime: 5_000 },
    logLevel: logLevel.ERROR,
    logCreator: quietLogs,
    ...overrides,
  });
}

export async function withAdmin<T>(config: KafkaSettings, work: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = createKafka(config, 'stockctl-admin').admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect();
  }
}
