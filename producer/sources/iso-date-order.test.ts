import { describe, expect, it } from 'vitest';
import { isoDateOrder } from './iso-date-order.js';

/** The text in chunks of `size` bytes, so that lines are cut across chunks. */
async function* bytes(text: string | Buffer, size = 7) {
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text);
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}
const H = 'Date,Open,High,Low,Close,Volume\n';

describe('isoDateOrder', () => {
  it('tells ascending, newest first and unsorted, across chunk cuts, CRLF and a missing last newline', async () => {
    expect(await isoDateOrder(bytes(`${H}2017-01-03,1\n2017-01-03,2\r\n2017-01-04,1\n\n2017-02-01,1`), ',')).toBe('ascending');
    expect(await isoDateOrder(bytes(`${H}2017-02-01,1\n2017-01-04,1\n2017-01-03,1\n`), ',')).toBe('descending');
    expect(await isoDateOrder(bytes(`${H}2017-01-03,1\n2017-01-05,1\n2017-01-04,1\n`), ',')).toBe('unsorted');
    expect(await isoDateOrder(bytes(`${H}2017-01-03;1\n2017-01-05;1\n`), ';')).toBe('ascending');
  });

  it('gives up on any line that does not start with a plain ISO date, and on UTF-16', async () => {
    expect(await isoDateOrder(bytes(`${H}2017-01-03,1\nyesterday,1\n`), ',')).toBeUndefined();
    expect(await isoDateOrder(bytes(`${H}2017-01-03 09:30,1\n`), ',')).toBeUndefined();
    expect(await isoDateOrder(bytes(`${H}2017-1-3,1\n`), ',')).toBeUndefined();
    expect(await isoDateOrder(bytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(H, 'utf16le')])), ',')).toBeUndefined();
  });
});
