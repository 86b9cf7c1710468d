import { describe, expect, it } from 'vitest';
import { thin, type Point } from './feed.js';

describe('thin', () => {
  it('keeps short lists whole', () => {
    const pts: Point[] = [[1, 1], [2, 2]];
    expect(thin(pts, 5)).toBe(pts);
  });

  it('spreads the kept points over the whole list, first and last included', () => {
    const pts: Point[] = Array.from({ length: 1000 }, (_, i) => [i, i * 2]);
    const kept = thin(pts, 4);
    expect(kept).toEqual([[0, 0], [333, 666], [666, 1332], [999, 1998]]);
  });
});
