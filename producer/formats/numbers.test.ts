import { describe, expect, it } from 'vitest';
import { detectNumberStyle, PLAIN, readNumber } from './numbers.js';

const EU = { decimalComma: true };

describe('readNumber', () => {
  it('reads what download sites write', () => {
    expect(readNumber('302.99', 'close', PLAIN)).toBe(302.99);
    expect(readNumber('$302.99', 'close', PLAIN)).toBe(302.99);
    expect(readNumber(' $1,189.01 ', 'close', PLAIN)).toBe(1189.01);
    expect(readNumber('12,345,678', 'volume', PLAIN, true)).toBe(12345678);
    expect(readNumber('1.23M', 'volume', PLAIN, true)).toBe(1230000);
    expect(readNumber('45.6K', 'volume', PLAIN, true)).toBe(45600);
    expect(readNumber('302,99', 'close', EU)).toBe(302.99);
    expect(readNumber('1.234,56', 'close', EU)).toBe(1234.56);
    expect(readNumber('1.234.567', 'volume', EU, true)).toBe(1234567);
  });

  it('says what is wrong otherwise', () => {
    expect(readNumber('null', 'open', PLAIN)).toBe('missing open');
    expect(readNumber('', 'open', PLAIN)).toBe('missing open');
    expect(readNumber('1,2', 'close', PLAIN)).toBe('close is not a number: "1,2"');
    expect(readNumber('12M', 'close', PLAIN)).toBe('close is not a number: "12M"'); // suffixes are for volumes
    expect(readNumber('NaN', 'open', PLAIN)).toBe('open is not a number: "NaN"');
  });

  it('finds decimal commas only where commas do not separate fields', () => {
    expect(detectNumberStyle(';', ['302,99', '303,10'])).toEqual(EU);
    expect(detectNumberStyle('\t', ['302.99'])).toEqual(PLAIN);
    expect(detectNumberStyle(',', ['1,189.01'])).toEqual(PLAIN);
  });
});
