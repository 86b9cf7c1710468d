// The replay against the real broker: merge order, dead letters, Ctrl-C and --resume without re-sending.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Partitioners } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topicMessages } from '../cli/pipeline.js';
import { fromRoot } from '../config/paths.js';
import { createKafka, withAdmin } from '../producer/kafka-client.js';
import { Harness, runCli, SHARED_STOCKS, sourceRows, type CliResult } from './harness.js';

interface Consumed {
  partition: number;
  key: string;
  value: string;
}

/** Every message of a topic, read from the beginning by a throw-away consumer group. */
async function consumeAll(h: Harness, topic: string, expected: number): Promise<Consumed[]> {
  const kafka = createKafka(h.config, 'stockctl-test');
  const consumer = kafka.consumer({ groupId: `test-${Date.now()}-${Math.random()}` });
  const out: Consumed[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${out.length} of ${expected} messages in ${topic}`)), 60_000);
    void consumer.run({
      eachMessage: async ({ partition, message }) => {
        out.push({ partition, key: String(message.key), value: String(message.value) });
        if (out.length >= expected) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return out;
}

describe('stockctl replay on a real broker', { timeout: 300_000 }, () => {
  let h: Harness;
  let total = 0;

  beforeAll(async () => {
    h = await Harness.create('replay');
    const res = await h.cli(['up']);
    if (res.status !== 0) throw new Error(`up failed:\n${res.stdout}\n${res.stderr}`);
  });

  const scratch: string[] = [];
  const scratchDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    scratch.push(dir);
    return dir;
  };

  afterAll(async () => {
    await h.cli(['down', '--purge']);
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  it('merges files by market time, keys by symbol, keeps each symbol in order in one partition', async () => {
    const files = ['fb.us.txt', 'tsla.us.txt'].map((f) => join(SHARED_STOCKS, f));
    const res = await h.cli(['replay', ...files, '--speed', 'max']);
    expect(res.status).toBe(0);
    const expected = files.flatMap((f) => sourceRows(f)).length;
    total += expected;
    const messages = await consumeAll(h, h.config.kafka.topic, expected);
    expect(messages).toHaveLength(expected);
    const bySymbol = new Map<string, { ts: string; partition: number }[]>();
    for (const m of messages) {
      const body = JSON.parse(m.value) as { symbol: string; ts: string; v: number; produced_at: number };
      expect(m.key).toBe(body.symbol);
      expect(body.v).toBe(1);
      expect(body.produced_at).toBeGreaterThan(Date.now() - 600_000);
      bySymbol.set(body.symbol, [...(bySymbol.get(body.symbol) ?? []), { ts: body.ts, partition: m.partition }]);
    }
    // The Java client's partitioner, as every other client of the topic would choose.
    const java = Partitioners.DefaultPartitioner();
    const partitionMetadata = Array.from({ length: h.config.kafka.partitions }, (_, partitionId) => ({ partitionId, leader: 1, partitionErrorCode: 0, replicas: [1], isr: [1] }));
    for (const [symbol, list] of bySymbol) {
      expect(new Set(list.map((l) => l.partition))).toEqual(new Set([java({ topic: h.config.kafka.topic, partitionMetadata, message: { key: symbol, value: '' } })]));
      expect(list.map((l) => l.ts)).toEqual([...list.map((l) => l.ts)].sort());
    }
    expect([...bySymbol.keys()].sort()).toEqual(['FB', 'TSLA']);
  });

  it('a topic that does not exist is named, before anything is read, with what to do', async () => {
    const res = await runCli({ ...h.env, STOCKCTL_KAFKA_TOPIC: 'no-such-topic' }, ['replay', join(SHARED_STOCKS, 'tsla.us.txt'), '--speed', 'max']);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain(`Kafka at 127.0.0.1:${h.config.kafka.port} has no topic no-such-topic`);
    expect(res.stderr).toContain('stockctl up');
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('sends bad lines to the dead-letter topic with file, line and reason, and the good ones on', async () => {
    const dir = scratchDir('stockctl-bad-');
    const file = join(dir, 'zzz.us.txt');
    writeFileSync(file, 'Date,Open,High,Low,Close,Volume,OpenInt\n2017-11-08,1,2,1,2,5,0\n2017-11-09,abc,2,1,2,5,0\n2017-11-10,1,1,2,1,5,0\n2017-11-13,1,2,1,2,7,0\n');
    const res = await h.cli(['replay', file]);
    expect(res.status).toBe(0);
    expect(res.stderr).toContain(`${file}:3: open is not a number: "abc"`);
    expect(res.stderr).toContain(`${file}:4: high below low: 1 < 2`);
    expect(res.stdout).toMatch(/2 sent, 2 rejected/);
    total += 2;
    const letters = await consumeAll(h, h.config.kafka.dead_letter_topic, 2);
    expect(letters.map((l) => JSON.parse(l.value) as { file: string; line: number; reason: string; raw: string }).map((l) => [l.file, l.line, l.reason, l.raw])).toEqual([
      [file, 3, 'open is not a number: "abc"', '2017-11-09,abc,2,1,2,5,0'],
      [file, 4, 'high below low: 1 < 2', '2017-11-10,1,1,2,1,5,0'],
    ]);
    expect(await topicMessages(h.config)).toBe(total);
  });

  it('--strict stops at the first bad line with a non-zero exit', async () => {
    const dir = scratchDir('stockctl-strict-');
    const file = join(dir, 'yyy.us.txt');
    writeFileSync(file, 'Date,Open,High,Low,Close,Volume,OpenInt\n2017-11-08,1,2,1,2,5,0\n2017-11-09,,2,1,2,5,0\n');
    const res = await h.cli(['replay', file, '--strict']);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(`${file}:3: missing open`);
    total += 1; // the good line before it was sent
  });

  it('Ctrl-C stops cleanly with a summary, and --resume sends the rest without re-sending anything', async () => {
    const file = join(SHARED_STOCKS, 'nflx.us.txt');
    const rows = sourceRows(file).length;
    const before = await topicMessages(h.config);
    expect(before).toBe(total);
    // About 4 s at 800 trading days a second: interrupted once the first messages are in the topic.
    const child = spawn(process.execPath, [fromRoot('dist', 'cli', 'main.js'), 'replay', file, '--speed', '800d/s', '--batch-size', '50'], { env: h.env });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stdout += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 30_000;
    while ((await topicMessages(h.config)) === before && Date.now() < deadline) await sleep(100);
    child.kill('SIGINT');
    const code = await closed;
    expect(code).toBe(130);
    expect(stdout).toMatch(/interrupted: \d+ sent/);
    const [, read, sent] = /nflx\.us\.txt\s+Huge Stock Market Dataset\s+(\d+)\s+(\d+)/.exec(stdout) ?? [];
    expect(read).toBe(sent); // a row read but not sent would be lost from the count
    const sentFirst = Number(/interrupted: (\d+) sent/.exec(stdout)?.[1]);
    expect(sentFirst).toBeGreaterThan(0);
    expect(sentFirst).toBeLessThan(rows);
    expect(await topicMessages(h.config)).toBe(before + sentFirst);

    const resumed: CliResult = await h.cli(['replay', '--resume', '--speed', 'max']);
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toContain(`resumed: the first ${sentFirst} lines were sent before`);
    expect(resumed.stdout).toMatch(new RegExp(`${rows} sent`));
    expect(await topicMessages(h.config)).toBe(before + rows);
    const again = await h.cli(['replay', '--resume']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('nothing to resume: the last replay finished');
  });

  // A broker that refuses a request: its own error is named, the advice fits it, and the rows read before the
  // refused request are in the topic (none lost). The dead-letter topic here takes messages of 600 bytes at most.
  it('a refused send names the broker error, advises for it, and keeps the rows sent before it', async () => {
    const deadLetters = 'dead-letters-small';
    await withAdmin(h.config, (admin) => admin.createTopics({ topics: [{ topic: deadLetters, numPartitions: 1, replicationFactor: 1, configEntries: [{ name: 'max.message.bytes', value: '600' }] }] }));
    const dir = scratchDir('stockctl-refused-');
    const file = join(dir, 'xxw.us.txt');
    const good = Array.from({ length: 100 }, (_, i) => `${new Date(Date.UTC(2016, 0, 1 + i)).toISOString().slice(0, 10)},1,2,0.5,1.5,100,0`);
    writeFileSync(file, ['Date,Open,High,Low,Close,Volume,OpenInt', ...good, `2016-05-01,1,2,0.5,${'9'.repeat(900)}x,100,0`].join('\n') + '\n');
    const before = await topicMessages(h.config);
    const res = await runCli({ ...h.env, STOCKCTL_KAFKA_DEAD_LETTER_TOPIC: deadLetters }, ['replay', file, '--speed', 'max', '--batch-size', '10']);
    expect(res.status).not.toBe(0);
    expect(res.stderr).toContain('MESSAGE_TOO_LARGE');
    expect(res.stderr).toContain("larger than the broker's message.max.bytes");
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(await topicMessages(h.config)).toBe(before + 100);
    total += 100;
  });
});
