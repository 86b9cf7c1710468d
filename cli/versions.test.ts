import { describe, expect, it } from 'vitest';
import { pinnedVersions } from './versions.js';

describe('pinned versions', () => {
  it('pairs the Kafka connector with the same Spark version as pyspark', () => {
    const v = pinnedVersions();
    expect(v.sparkConnector).toBe(v.pyspark);
  });

  it('keeps Kafka on 3.9.x, the last line that speaks every protocol version kafkajs 2.2.4 uses', () => {
    expect(pinnedVersions().kafka).toMatch(/^3\.9\.\d+$/);
  });
});
