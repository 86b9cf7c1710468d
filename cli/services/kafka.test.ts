import { describe, expect, it } from 'vitest';
import { newClusterId } from './kafka.js';

describe('newClusterId', () => {
  it('gives 22 base64url characters for 16 bytes, never starting with "-"', () => {
    // One in 64 random ids starts with '-': 5,000 draws all but surely include some, had they not been skipped.
    for (let i = 0; i < 5_000; i++) {
      const id = newClusterId();
      expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{20}[AQgw]$/);
      expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    }
  });
});
