// One place that builds kafkajs clients from the config, for the CLI's and the replay's admin work, and tests.

import { Kafka, logLevel, type Admin, type KafkaConfig, type LogEntry } from 'kafkajs';
import type { StockctlConfig } from '../config/schema.js';

export type KafkaSettings = Pick<StockctlConfig, 'kafka'>;

/** Where clients connect: the advertised address when the broker listens on every interface. */
export const brokers = (config: KafkaSettings) => [`${config.kafka.advertised_host || (config.kafka.host === '0.0.0.0' ? '127.0.0.1' : config.kafka.host)}:${config.kafka.port}`];

// kafkajs logs every retry at ERROR; the CLI reports failures itself, so only its final word is kept.
const quietLogs = () => (entry: LogEntry) => {
  if (process.env.STOCKCTL_DEBUG_KAFKA) console.error(`[kafkajs ${entry.namespace}]`, entry.log.message, entry.log.error ?? '');
};

export function createKafka(config: KafkaSettings, clientId = 'stockctl', overrides: Partial<KafkaConfig> = {}): Kafka {
  return new Kafka({
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
