import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJson } from './body.js';
import { HttpError } from './respond.js';

const req = (chunks: string[], type = 'application/json') => Object.assign(Readable.from(chunks.map((c) => Buffer.from(c))), { headers: { 'content-type': type } }) as unknown as IncomingMessage;
const refusal = (p: Promise<unknown>) => p.then(() => undefined, (e: HttpError) => [e.status, e.message]);

describe('readJson', () => {
  it('reads a JSON body', async () => {
    expect(await readJson(req(['{"question":', ' "tsla"}']), 100)).toEqual({ question: 'tsla' });
    expect(await readJson(req(['{}'], 'application/json; charset=utf-8'), 100)).toEqual({});
  });

  it('stops reading past the bound', async () => {
    let pulled = 0;
    const endless = Object.assign(
      new Readable({ read() { pulled++; this.push(Buffer.alloc(1_000, 'a')); } }),
      { headers: { 'content-type': 'application/json' } },
    ) as unknown as IncomingMessage;
    expect(await refusal(readJson(endless, 5_000))).toEqual([413, 'the body is larger than 5000 bytes']);
    expect(pulled).toBeLessThan(10);
  });

  it('says what is wrong with a bad body', async () => {
    expect(await refusal(readJson(req(['question=x'], 'application/x-www-form-urlencoded'), 100))).toEqual([415, 'send the body as JSON (content-type: application/json)']);
    const [status, message] = (await refusal(readJson(req(['{"question": ']), 100))) as [number, string];
    expect(status).toBe(400);
    expect(message).toMatch(/^the body is not JSON: /);
  });
});
