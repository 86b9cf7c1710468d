// The offsets the Spark job has processed, per partition, from its own checkpoint: `offsets/N` holds the end
// offsets of batch N (written before it runs), `commits/N` appears once batch N landed. The newest batch with
// both is what the job has committed; Spark keeps no consumer group in Kafka to ask instead.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const batchIds = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /^\d+$/.test(f)).map(Number) : []);

/** Partition → next offset to read, for `topic`; undefined when no batch has been committed yet. */
export function committedOffsets(checkpoint: string, topic: string): Map<number, number> | undefined {
  const committed = new Set(batchIds(join(checkpoint, 'commits')));
  const ids = batchIds(join(checkpoint, 'offsets')).filter((id) => committed.has(id)).sort((a, b) => b - a);
  for (const id of ids) {
    const offsets = offsetsOf(readFileSync(join(checkpoint, 'offsets', String(id)), 'utf8'), topic);
    if (offsets) return offsets;
  }
  return undefined;
}

/** The topic's offsets in one offsets file: a version line, the batch's metadata, then one JSON line per source. */
export function offsetsOf(text: string, topic: string): Map<number, number> | undefined {
  for (const line of text.split('\n').slice(2)) {
    try {
      const parsed = JSON.parse(line) as Record<string, Record<string, number>> | null;
      const partitions = parsed?.[topic];
      if (partitions && typeof partitions === 'object') return new Map(Object.entries(partitions).map(([p, o]) => [Number(p), Number(o)]));
    } catch {
      // not a Kafka source's line (another source, or a file being written)
    }
  }
  return undefined;
}
