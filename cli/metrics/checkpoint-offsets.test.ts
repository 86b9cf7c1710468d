import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { committedOffsets } from './checkpoint-offsets.js';

const META = '{"batchWatermarkMs":0,"batchTimestampMs":1796607272436,"conf":{"spark.sql.shuffle.partitions":"4"}}';
let dir: string;

function batch(id: number, offsets: Record<string, number>, committed: boolean): void {
  mkdirSync(join(dir, 'offsets'), { recursive: true });
  mkdirSync(join(dir, 'commits'), { recursive: true });
  writeFileSync(join(dir, 'offsets', String(id)), `v1\n${META}\n${JSON.stringify({ 'stock-prices': offsets })}`);
  if (committed) writeFileSync(join(dir, 'commits', String(id)), 'v1\n{"nextBatchWatermarkMs":0}');
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('committedOffsets', () => {
  it('the newest committed batch\'s end offsets; a batch planned but not committed does not count', () => {
    dir = mkdtempSync(join(tmpdir(), 'stockctl-ckpt-'));
    batch(2, { 0: 10, 1: 5 }, true);
    batch(10, { 0: 30, 1: 8 }, true); // numeric order, not the names' order
    batch(11, { 0: 40, 1: 9 }, false);
    expect(committedOffsets(dir, 'stock-prices')).toEqual(new Map([[0, 30], [1, 8]]));
  });

  it('nothing yet: no checkpoint, or another topic', () => {
    dir = mkdtempSync(join(tmpdir(), 'stockctl-ckpt-'));
    expect(committedOffsets(join(dir, 'none'), 'stock-prices')).toBeUndefined();
    batch(0, { 0: 1 }, true);
    expect(committedOffsets(dir, 'other')).toBeUndefined();
  });
});
