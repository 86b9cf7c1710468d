import { Partitioners, type PartitionMetadata } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { rememberingPartitioner } from './publisher.js';

const partitions = (n: number): PartitionMetadata[] =>
  Array.from({ length: n }, (_, partitionId) => ({ partitionId, leader: 1, partitionErrorCode: 0, replicas: [1], isr: [1] }));

describe('rememberingPartitioner', () => {
  it("chooses as kafkajs's DefaultPartitioner (the Java client's), also after the partition count changes", () => {
    const ours = rememberingPartitioner();
    const theirs = Partitioners.DefaultPartitioner();
    const keys = Array.from({ length: 500 }, (_, i) => `S${i}`).concat(['TSLA', 'BRK-B', 'AAPL']);
    for (const n of [3, 3, 7, 1, 12]) {
      for (const key of [...keys, ...keys]) {
        const args = { topic: 'stock-prices', partitionMetadata: partitions(n), message: { key, value: 'x' } };
        expect(ours(args), `${key} over ${n} partitions`).toBe(theirs(args));
      }
    }
  });

  it('keeps topics apart and honours an explicit partition', () => {
    const ours = rememberingPartitioner();
    const theirs = Partitioners.DefaultPartitioner();
    const a = { topic: 'a', partitionMetadata: partitions(3), message: { key: 'TSLA', value: 'x' } };
    const b = { topic: 'b', partitionMetadata: partitions(5), message: { key: 'TSLA', value: 'x' } };
    expect([ours(a), ours(b), ours(a)]).toEqual([theirs(a), theirs(b), theirs(a)]);
    const other = (ours(a) + 1) % 3;
    expect(ours({ ...a, message: { key: 'TSLA', value: 'x', partition: other } })).toBe(other);
  });
});
