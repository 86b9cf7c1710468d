// Sends price messages and dead letters with kafkajs: idempotent, acks from all in-sync replicas, batched.

import { CompressionTypes, Partitioners, type ICustomPartitioner, type Producer } from 'kafkajs';
import type { StockctlConfig } from '../cli/config/schema.js';
import { UserError } from '../cli/errors.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { brokers, createKafka } from './kafka-client.js';
import { encodeMessage, messageKey, type PriceRow } from './message.js';

export interface DeadLetter {
  file: string;
  line: number;
  reason: string;
  raw: string;
}

export type Compression = 'none' | 'gzip';

/**
 * The Java client's partitioner (kafkajs's DefaultPartitioner: murmur2 of the key), remembered per topic and
 * key while the partition count stays: hashing every message, and the array kafkajs builds per call, were a
 * twentieth of the replay's time for the few thousand symbols a replay has.
 */
export const rememberingPartitioner: ICustomPartitioner = () => {
  const choose = Partitioners.DefaultPartitioner();
  const remembered = new Map<string, { partitions: number; byKey: Map<string, number> }>();
  return (args) => {
    const { topic, partitionMetadata, message } = args;
    if (typeof message.key !== 'string' || message.partition != null) return choose(args);
    let t = remembered.get(topic);
    // Dead letters have a key per line: a topic's memory is dropped rather than let grow.
    if (!t || t.partitions !== partitionMetadata.length || t.byKey.size >= 100_000) {
      t = { partitions: partitionMetadata.length, byKey: new Map() };
      remembered.set(topic, t);
    }
    let partition = t.byKey.get(message.key);
    if (partition === undefined) {
      partition = choose(args);
      t.byKey.set(message.key, partition);
    }
    return partition;
  };
};

export class Publisher {
  private readonly producer: Producer;
  private connected = false;

  constructor(
    private readonly config: Pick<StockctlConfig, 'kafka'>,
    private readonly compression: Compression = 'none',
  ) {
    this.producer = createKafka(config, 'stockctl-replay').producer({
      idempotent: true,
      // The idempotent producer keeps per-partition order only with one request in flight (kafkajs).
      maxInFlightRequests: 1,
      // Java client's partitioner: the same symbol lands in the same partition as with any Kafka client.
      createPartitioner: rememberingPartitioner,
      allowAutoTopicCreation: false,
    });
  }

  /** Connects, waiting up to `waitMs` for a broker that is (re)starting. */
  async connect(waitMs = 30_000, onWait?: (message: string) => void): Promise<void> {
    const deadline = Date.now() + waitMs;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.producer.connect();
        this.connected = true;
        return;
      } catch (e) {
        const where = brokers(this.config).join(',');
        if (Date.now() > deadline) throw new UserError(`cannot reach Kafka at ${where}: ${(e as Error).message}`, 'start the stack first: stockctl up');
        if (attempt === 1) onWait?.(`Kafka at ${where} is not answering; waiting up to ${Math.round(waitMs / 1000)} s`);
        await sleep(Math.min(500 * attempt, 3_000));
      }
    }
  }

  /** Resolves once every message is acknowledged by all in-sync replicas. */
  async send(rows: PriceRow[], producedAt = Date.now()): Promise<void> {
    if (rows.length === 0) return;
    await this.producer.send({
      topic: this.config.kafka.topic,
      acks: -1,
      compression: this.compression === 'gzip' ? CompressionTypes.GZIP : CompressionTypes.None,
      messages: rows.map((row) => ({ key: messageKey(row), value: encodeMessage(row, producedAt) })),
    });
  }

  async sendDeadLetters(letters: DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    await this.producer.send({
      topic: this.config.kafka.dead_letter_topic,
      acks: -1,
      messages: letters.map((l) => ({ key: `${l.file}:${l.line}`, value: JSON.stringify({ ...l, rejected_at: new Date().toISOString() }) })),
    });
  }

  async disconnect(): Promise<void> {
    if (this.connected) await this.producer.disconnect();
    this.connected = false;
  }
}
