import { describe, expect, it } from 'vitest';
import { renderTable } from './table.js';

describe('renderTable', () => {
  it('aligns numbers right, text left, under a rule', () => {
    expect(renderTable(['symbol', 'close'], [['TSLA', 302.99], ['AAPL', 1.5]])).toBe(
      ['symbol   close', '──────  ──────', 'TSLA    302.99', 'AAPL       1.5'].join('\n'),
    );
  });

  it('ignores colour codes when measuring', () => {
    const out = renderTable(['a', 'b'], [['\x1b[32mok\x1b[0m', 'x']]);
    expect(out.split('\n')[2]).toBe('\x1b[32mok\x1b[0m  x');
  });
});
