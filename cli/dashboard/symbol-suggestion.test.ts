import { describe, expect, it } from 'vitest';
import { closestSymbol, unknownMessage } from './symbol-suggestion.js';

describe('closestSymbol', () => {
  it('offers the symbol one typo away, the data\'s first when several are', () => {
    expect(closestSymbol('TSLAA', ['AAPL', 'TSLA', 'MSFT'])).toBe('TSLA');
    expect(closestSymbol('APPL', ['AAPL', 'APL'])).toBe('AAPL'); // a transposition is one typo
    expect(closestSymbol('GOOGX', ['GOOG', 'GOOGL'])).toBe('GOOG');
  });

  it('offers nothing that is further away', () => {
    expect(closestSymbol('XYZQ', ['AAPL', 'TSLA'])).toBeUndefined();
    expect(closestSymbol('TSLAAA', ['TSLA'])).toBe('TSLA'); // long: two typos
    expect(closestSymbol('TS', ['TSLA'])).toBeUndefined();
  });
});

describe('unknownMessage', () => {
  it('names each symbol, with its suggestion when there is one', () => {
    expect(unknownMessage([{ symbol: 'TSLAA', suggestion: 'TSLA' }, { symbol: 'QQQQQQQ' }])).toBe('unknown symbol TSLAA: did you mean TSLA?; unknown symbol QQQQQQQ (no data and no company of that symbol)');
  });
});
