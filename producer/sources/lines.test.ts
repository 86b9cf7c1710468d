import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from './lines.js';

async function split(chunks: (string | Buffer)[], keep = 100): Promise<[string, number][]> {
  const out: [string, number][] = [];
  for await (const l of readLines(Readable.from(chunks, { objectMode: true }), keep)) out.push([l.text, l.length]);
  return out;
}

describe('readLines', () => {
  it('splits on \\n, \\r\\n and a lone \\r, also when a break straddles two chunks', async () => {
    expect(await split(['a\r', '\nb\rc\n', '\n', 'd'])).toEqual([['a', 1], ['b', 1], ['c', 1], ['', 0], ['d', 1]]);
    expect(await split(['a\r', 'b'])).toEqual([['a', 1], ['b', 1]]);
    expect(await split(['x\n'])).toEqual([['x', 1]]);
    expect(await split([])).toEqual([]);
  });

  it('joins a line cut across chunks, also inside a multi-byte character', async () => {
    const euro = Buffer.from('1€,2\n', 'utf8');
    expect(await split([euro.subarray(0, 2), euro.subarray(2, 3), euro.subarray(3)])).toEqual([['1€,2', 4]]);
  });

  it('keeps only the start of an overlong line and says its full length', async () => {
    expect(await split(['ab', 'cdef', 'gh\nok'], 3)).toEqual([['abc', 8], ['ok', 2]]);
  });

  it('does not read ahead of its consumer', async () => {
    let pulled = 0;
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield `line ${i}\n`;
        }
      })(),
      { objectMode: true, highWaterMark: 1 },
    );
    const it = readLines(source, 100);
    await it.next();
    await it.next();
    expect(pulled).toBeLessThan(10);
    await it.return(undefined);
  });
});
