// Sends price messages and dead letters: idempotent, acknowledged by all in-sync replicas, batched.
// The replay's hot path uses @platformatic/kafka, which spends about a third of kafkajs's CPU per message (the
// bench's producer figure; kafkajs allocates and zero-fills a buffer per record). kafkajs still chooses the
// partition (the Java client's murmur2, as every other client of the topic) and does the admin work.

import { Producer, ProduceAcks, stringSerializers } from '@platformatic/kafka';
import { Partitioners, type ICustomPartitioner, type PartitionMetadata } from 'kafkajs';
import type { StockctlConfig } from '../cli/config/schema.js';
import { UserError } from '../cli/errors.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { brokers, withAdmin } from './kafka-client.js';
import { encodeMessage, messageKey, type PriceRow } from './message.js';

export interface DeadLetter {
  file: string;
  line: number;
  reason: string;
  raw: string;
}

export type Compression = 'none' | 'gzip';

/**
 * kafkajs's DefaultPartitioner (the Java client's: murmur2 of the key), remembered per topic and key while the
 * partition count stays: a replay has a few thousand symbols, and hashing every message (with the array kafkajs
 * builds per call) cost more than a lookup.
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

const partitionList = (n: number): PartitionMetadata[] =>
  Array.from({ length: n }, (_, partitionId) => ({ partitionId, leader: 0, partitionErrorCode: 0, replicas: [], isr: [] }));

/** What a Kafka failure says to a person: the library's own message, and the broker's reasons under it. */
function describe(e: unknown): string {
  const err = e as Error & { errors?: unknown[]; cause?: unknown };
  const inner = (err.errors ?? []).map((x) => (x as Error).message).filter(Boolean);
  return [err.message, ...new Set(inner)].map((m) => m.replace(/\.$/, '')).join(': ');
}

export class Publisher {
  private readonly producer: Producer<string, string, string, string>;
  private readonly partition = rememberingPartitioner();
  private readonly partitions = new Map<string, PartitionMetadata[]>();

  constructor(
    private readonly config: Pick<StockctlConfig, 'kafka'>,
    compression: Compression = 'none',
  ) {
    this.producer = new Producer({
      clientId: 'stockctl-replay',
      bootstrapBrokers: brokers(config),
      serializers: stringSerializers,
      idempotent: true,
      acks: ProduceAcks.ALL,
      compression,
      autocreateTopics: false,
      // A broker that restarts is waited for (about a minute) before a send fails; `replay --resume` goes on from there.
      retries: 10,
      retryDelay: 3_000,
      timeout: 30_000,
      connectTimeout: 5_000,
    });
  }

  /**
   * Waits up to `waitMs` for a broker that is (re)starting, and learns the partitions of both topics; a topic
   * that does not exist stops the replay before anything is read.
   */
  async connect(waitMs = 30_000, onWait?: (message: string) => void): Promise<void> {
    try {
      await this.learnPartitions(waitMs, onWait);
    } catch (e) {
      await this.disconnect().catch(() => undefined); // its sockets would keep the process alive
      throw e;
    }
  }

  private async learnPartitions(waitMs: number, onWait?: (message: string) => void): Promise<void> {
    const { topic, dead_letter_topic } = this.config.kafka;
    const wanted = [topic, dead_letter_topic];
    const where = brokers(this.config).join(',');
    const deadline = Date.now() + waitMs;
    for (let attempt = 1; ; attempt++) {
      let found: { missing: string[]; counts: Map<string, number> };
      try {
        found = await withAdmin(this.config, async (admin) => {
          const existing = new Set(await admin.listTopics());
          const missing = wanted.filter((t) => !existing.has(t));
          if (missing.length > 0) return { missing, counts: new Map() };
          const { topics } = await admin.fetchTopicMetadata({ topics: wanted });
          return { missing, counts: new Map(topics.map((t) => [t.name, t.partitions.length])) };
        });
      } catch (e) {
        if (Date.now() > deadline) throw new UserError(`cannot reach Kafka at ${where}: ${(e as Error).message}`, 'start the stack first: stockctl up');
        if (attempt === 1) onWait?.(`Kafka at ${where} is not answering; waiting up to ${Math.round(waitMs / 1000)} s`);
        await sleep(Math.min(500 * attempt, 3_000));
        continue;
      }
      if (found.missing.length > 0) {
        throw new UserError(`Kafka at ${where} has no topic ${found.missing.join(' or ')}`, 'start the whole stack first (it creates the topics): stockctl up');
      }
      for (const t of wanted) this.partitions.set(t, partitionList(found.counts.get(t) ?? 0));
      return;
    }
  }

  /** Sends one topic's messages, each to the partition its key chooses. */
  private async produce(topic: string, keyed: number, toMessage: (i: number) => { key: string; value: string }): Promise<void> {
    const partitionMetadata = this.partitions.get(topic) ?? [];
    const messages = Array.from({ length: keyed }, (_, i) => {
      const m = toMessage(i);
      return { topic, key: m.key, value: m.value, partition: this.partition({ topic, partitionMetadata, message: m }) };
    });
    try {
      await this.producer.send({ messages });
    } catch (e) {
      throw new UserError(`Kafka did not take the messages: ${describe(e)}`, 'once Kafka is back (stockctl up), go on with: stockctl replay --resume');
    }
  }

  /** Resolves once every message is acknowledged by all in-sync replicas. */
  async send(rows: PriceRow[], producedAt = Date.now()): Promise<void> {
    if (rows.length === 0) return;
    await this.produce(this.config.kafka.topic, rows.length, (i) => {
      const row = rows[i] as PriceRow;
      return { key: messageKey(row), value: encodeMessage(row, producedAt) };
    });
  }

  async sendDeadLetters(letters: DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    const rejectedAt = new Date().toISOString();
    await this.produce(this.config.kafka.dead_letter_topic, letters.length, (i) => {
      const l = letters[i] as DeadLetter;
      return { key: `${l.file}:${l.line}`, value: JSON.stringify({ ...l, rejected_at: rejectedAt }) };
    });
  }

  async disconnect(): Promise<void> {
    await this.producer.close(true);
  }
}
