import { Partitioners, type PartitionMetadata } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { adviceFor, brokerErrors, Destinations } from './publisher.js';

const partitions = (n: number): PartitionMetadata[] =>
  Array.from({ length: n }, (_, partitionId) => ({ partitionId, leader: 1, partitionErrorCode: 0, replicas: [1], isr: [1] }));

describe('Destinations', () => {
  it("chooses as kafkajs's DefaultPartitioner (the Java client's), also after the partition count changes", () => {
    const ours = new Destinations();
    const theirs = Partitioners.DefaultPartitioner();
    const keys = Array.from({ length: 500 }, (_, i) => `S${i}`).concat(['TSLA', 'BRK-B', 'AAPL']);
    for (const n of [3, 3, 7, 1, 12]) {
      ours.setPartitions('stock-prices', n);
      for (const key of [...keys, ...keys]) {
        const expected = theirs({ topic: 'stock-prices', partitionMetadata: partitions(n), message: { key, value: 'x' } });
        expect(ours.of('stock-prices', key).partition, `${key} over ${n} partitions`).toBe(expected);
      }
    }
  });

  it('keeps topics apart and gives the key as UTF-8 bytes', () => {
    const ours = new Destinations();
    const theirs = Partitioners.DefaultPartitioner();
    ours.setPartitions('a', 3);
    ours.setPartitions('b', 5);
    const expected = (topic: string, n: number) => theirs({ topic, partitionMetadata: partitions(n), message: { key: 'TSLA', value: 'x' } });
    expect([ours.of('a', 'TSLA').partition, ours.of('b', 'TSLA').partition]).toEqual([expected('a', 3), expected('b', 5)]);
    expect(ours.of('a', 'data/ü.csv:7').key.equals(Buffer.from('data/ü.csv:7', 'utf8'))).toBe(true);
    expect(() => ours.of('c', 'TSLA')).toThrow(/no partition count known for topic c/);
  });
});

describe('what a failed send says', () => {
  it('names the broker error and gives advice that fits it', () => {
    const tooLarge = Object.assign(new Error('Producing messages failed'), { errors: [Object.assign(new Error('The request included a message larger than the max message size the server will accept.'), { apiId: 'MESSAGE_TOO_LARGE' })] });
    const ids = brokerErrors(tooLarge);
    expect([...ids]).toEqual(['MESSAGE_TOO_LARGE']);
    expect(adviceFor(ids, tooLarge.message)).toContain('lower --batch-size');
    expect(adviceFor(new Set(), 'connect ECONNREFUSED 127.0.0.1:19092')).toContain('once it is back (stockctl up)');
    expect(adviceFor(new Set(['TOPIC_AUTHORIZATION_FAILED']), '')).toContain('ACLs');
    expect(adviceFor(new Set(['SOMETHING_ELSE']), 'odd')).not.toContain('stockctl up');
  });
});
