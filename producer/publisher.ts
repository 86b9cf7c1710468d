// Sends price messages and dead letters: idempotent, acknowledged by all in-sync replicas, batched.
// The replay's hot path uses @platformatic/kafka, which spends about a third of kafkajs's CPU per message (the
// bench's producer figure; kafkajs allocates and zero-fills a buffer per record). kafkajs still chooses the
// partition (the Java client's murmur2, as every other client of the topic) and does the admin work.

import { Producer, ProduceAcks, type MessageToProduce } from '@platformatic/kafka';
import { Partitioners, type PartitionMetadata } from 'kafkajs';
import type { StockctlConfig } from '../config/schema.js';
import { UserError } from '../config/errors.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { brokers, kafkaLogin, withAdmin, type KafkaSettings } from './kafka-client.js';
import type { DeadLetter } from './dead-letters.js';
import { encodeMessage, messageKey, type PriceRow } from './message.js';


export type Compression = 'none' | 'gzip';

/** Where a key's messages go: its bytes and its partition. */
export interface Destination {
  key: Buffer;
  partition: number;
}

/**
 * Each key's destination per topic, worked out once while the partition count stays: the partition by kafkajs's
 * DefaultPartitioner (the Java client's murmur2 of the key, as every other client of the topic). A replay has a
 * few thousand symbols, and hashing and encoding the key of every message cost more than a lookup.
 */
export class Destinations {
  private readonly choose = Partitioners.DefaultPartitioner();
  private readonly topics = new Map<string, { partitionMetadata: PartitionMetadata[]; byKey: Map<string, Destination> }>();

  /** Sets a topic's partition count (forgetting its keys when the count changed). */
  setPartitions(topic: string, count: number): void {
    if (this.topics.get(topic)?.partitionMetadata.length === count) return;
    this.topics.set(topic, { partitionMetadata: partitionList(count), byKey: new Map() });
  }

  of(topic: string, key: string): Destination {
    const t = this.topics.get(topic);
    if (!t) throw new Error(`no partition count known for topic ${topic}`);
    let d = t.byKey.get(key);
    if (d === undefined) {
      // Dead letters have a key per line: a topic's memory is dropped rather than let grow.
      if (t.byKey.size >= 100_000) t.byKey.clear();
      d = { key: Buffer.from(key), partition: this.choose({ topic, partitionMetadata: t.partitionMetadata, message: { key, value: null } }) };
      t.byKey.set(key, d);
    }
    return d;
  }
}

const partitionList = (n: number): PartitionMetadata[] =>
  Array.from({ length: n }, (_, partitionId) => ({ partitionId, leader: 0, partitionErrorCode: 0, replicas: [], isr: [] }));

/** What a Kafka failure says to a person: the library's own message, and the broker's reasons under it. */
function describe(e: unknown): string {
  const err = e as Error & { errors?: unknown[]; cause?: unknown };
  const inner = (err.errors ?? []).map((x) => (x as Error).message).filter(Boolean);
  return [err.message, ...new Set(inner)].map((m) => m.replace(/\.$/, '')).join(': ');
}

/** The broker's own error names (MESSAGE_TOO_LARGE, …) anywhere in a client error and the errors under it. */
export function brokerErrors(e: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (!e || typeof e !== 'object' || depth > 5) return found;
  const err = e as { apiId?: unknown; errors?: unknown[]; cause?: unknown };
  if (typeof err.apiId === 'string') found.add(err.apiId);
  for (const inner of err.errors ?? []) brokerErrors(inner, found, depth + 1);
  brokerErrors(err.cause, found, depth + 1);
  return found;
}

const RESUME = 'stockctl replay --resume goes on from what Kafka acknowledged';

/** Advice that fits the cause: a broker that is down is not a request that is too large. */
export function adviceFor(errors: Set<string>, message: string): string {
  const has = (...ids: string[]) => ids.some((id) => errors.has(id));
  if (has('MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE')) return `a request was larger than the broker's message.max.bytes: lower --batch-size (or raise the broker's limit), then ${RESUME}`;
  if (has('TOPIC_AUTHORIZATION_FAILED', 'CLUSTER_AUTHORIZATION_FAILED', 'TRANSACTIONAL_ID_AUTHORIZATION_FAILED', 'SASL_AUTHENTICATION_FAILED')) return `the broker refuses this client: check its ACLs or credentials, then ${RESUME}`;
  if (has('UNKNOWN_TOPIC_OR_PARTITION')) return `the topic is gone: stockctl up creates it again, then ${RESUME}`;
  if (has('NOT_ENOUGH_REPLICAS', 'NOT_ENOUGH_REPLICAS_AFTER_APPEND')) return `too few in-sync replicas for acks=all: bring the brokers back, then ${RESUME}`;
  if (errors.size === 0 && /ECONNREFUSED|ECONNRESET|timed? ?out|socket|network|closed/i.test(message)) return `Kafka stopped answering: once it is back (stockctl up), ${RESUME}`;
  return `the replay stopped there; ${RESUME}`;
}

/** The SCRAM login for @platformatic/kafka's options, when the brokers ask for one. */
function withLogin(config: KafkaSettings): { sasl?: { mechanism: 'SCRAM-SHA-512'; username: string; password: string } } {
  const login = kafkaLogin(config);
  return login ? { sasl: login } : {};
}

/** Bytes of values in one produce request at most: the broker's default limit is about 1 MB. */
const REQUEST_BYTES = 512 * 1024;

export class Publisher {
  private readonly producer: Producer<Buffer, Buffer, Buffer, Buffer>;
  private readonly destinations = new Destinations();

  constructor(
    private readonly config: Pick<StockctlConfig, 'kafka' | 'paths'>,
    compression: Compression = 'none',
  ) {
    this.producer = new Producer({
      clientId: 'stockctl-replay',
      bootstrapBrokers: brokers(config),
      ...withLogin(config),
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
      for (const t of wanted) this.destinations.setPartitions(t, found.counts.get(t) ?? 0);
      return;
    }
  }

  /**
   * Sends one topic's messages, each to the partition its key chooses. The values are turned into bytes in one
   * piece and sliced, rather than one Buffer each.
   */
  private async produce(topic: string, count: number, keyOf: (i: number) => string, valueOf: (i: number) => string): Promise<void> {
    const values: string[] = new Array(count);
    for (let i = 0; i < count; i++) values[i] = valueOf(i);
    const text = values.join('');
    const bytes = Buffer.from(text);
    const ascii = bytes.length === text.length; // then each value's bytes start where its characters do
    const messages: MessageToProduce<Buffer, Buffer, Buffer, Buffer>[] = new Array(count);
    for (let i = 0, at = 0; i < count; i++) {
      const v = values[i] as string;
      const { key, partition } = this.destinations.of(topic, keyOf(i));
      messages[i] = { topic, key, value: ascii ? bytes.subarray(at, (at += v.length)) : Buffer.from(v), partition };
    }
    // In requests bounded by bytes, one after another (the order of a key's messages stays the order sent).
    for (let from = 0; from < count; ) {
      let to = from;
      for (let bytes = 0; to < count && (to === from || bytes + (messages[to]?.value?.length ?? 0) <= REQUEST_BYTES); to++) bytes += messages[to]?.value?.length ?? 0;
      try {
        await this.producer.send({ messages: to - from === count ? messages : messages.slice(from, to) });
      } catch (e) {
        const errors = brokerErrors(e);
        const message = describe(e);
        const names = errors.size ? ` (${[...errors].join(', ')})` : '';
        throw new UserError(`Kafka did not take the messages to ${topic}${names}: ${message}`, adviceFor(errors, message));
      }
      from = to;
    }
  }

  /** Resolves once every message is acknowledged by all in-sync replicas. */
  async send(rows: PriceRow[], producedAt = Date.now()): Promise<void> {
    if (rows.length === 0) return;
    await this.produce(this.config.kafka.topic, rows.length, (i) => messageKey(rows[i] as PriceRow), (i) => encodeMessage(rows[i] as PriceRow, producedAt));
  }

  async sendDeadLetters(letters: DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    const rejectedAt = new Date().toISOString();
    await this.produce(
      this.config.kafka.dead_letter_topic,
      letters.length,
      (i) => {
        const l = letters[i] as DeadLetter;
        return `${l.file}:${l.line}`;
      },
      (i) => JSON.stringify({ ...(letters[i] as DeadLetter), rejected_at: rejectedAt }),
    );
  }

  async disconnect(): Promise<void> {
    await this.producer.close(true);
  }
}
