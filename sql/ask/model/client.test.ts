// The chat-completions client against a scripted server on loopback: what it sends, the tool-call fallback,
// replies that are not plans, and each failure by cause, with its retries and pauses.

import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ModelClient, ModelError, type Endpoint, type ModelFailure } from './client.js';
import { contentReply, planReply, ScriptedServer, toolReply } from './scripted-server.js';

const SCHEMA = { type: 'object', properties: { kind: { type: 'string' } }, required: ['kind'], additionalProperties: false as const };
const MESSAGES = [{ role: 'user' as const, content: 'q' }];

let server: ScriptedServer;
beforeAll(async () => {
  server = await ScriptedServer.start();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** A client whose pauses are recorded, not slept (the timeout spec uses real time). */
function client(over: Partial<Endpoint> = {}) {
  const pauses: number[] = [];
  const c = new ModelClient({ url: server.url, model: 'm1', timeoutMs: 2_000, retries: 2, backoffMs: 100, ...over }, async (ms) => void pauses.push(ms));
  return { c, pauses };
}

async function failure(p: Promise<unknown>): Promise<ModelError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error('expected a ModelError');
}

describe('the request', () => {
  it('asks for structured output by JSON Schema, with the model, temperature 0 and the key as a bearer token', async () => {
    server.answer(planReply({ kind: 'change' }));
    const { c } = client({ key: 'sk-test-123', keyVariable: 'MY_KEY' });
    await expect(c.json(MESSAGES, 'plan', SCHEMA)).resolves.toEqual({ kind: 'change' });
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req?.headers.authorization).toBe('Bearer sk-test-123');
    expect(req?.body).toEqual({ model: 'm1', messages: MESSAGES, temperature: 0, stream: false, response_format: { type: 'json_schema', json_schema: { name: 'plan', schema: SCHEMA, strict: true } } });
  });

  it('sends no authorization header without a key, and takes a full …/chat/completions URL as it is', async () => {
    server.answer(planReply({ kind: 'change' }));
    const { c } = client({ url: `${server.url}/chat/completions` });
    await c.json(MESSAGES, 'plan', SCHEMA);
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('falls back to a forced tool call when the server refuses response_format, and keeps to it', async () => {
    server.answer({ status: 400, body: { error: { message: "response_format 'json_schema' is not supported" } } }, toolReply('{"kind":"vwap"}'), toolReply('{"kind":"candle"}'));
    const { c } = client();
    await expect(c.json(MESSAGES, 'plan', SCHEMA)).resolves.toEqual({ kind: 'vwap' });
    await expect(c.json(MESSAGES, 'plan', SCHEMA)).resolves.toEqual({ kind: 'candle' });
    expect(server.requests).toHaveLength(3);
    for (const r of server.requests.slice(1)) {
      expect(r.body.response_format).toBeUndefined();
      expect(r.body.tools).toEqual([{ type: 'function', function: { name: 'plan', description: 'Return the plan of the question.', parameters: SCHEMA, strict: true } }]);
      expect(r.body.tool_choice).toEqual({ type: 'function', function: { name: 'plan' } });
    }
  });

  it('reads JSON inside a ```json fence', async () => {
    server.answer(contentReply('```json\n{"kind":"change"}\n```'));
    await expect(client().c.json(MESSAGES, 'plan', SCHEMA)).resolves.toEqual({ kind: 'change' });
  });
});

describe('replies that are not plans', () => {
  it.each([
    ['prose', contentReply('Sure! The answer is SELECT * FROM prices'), 'not JSON ("Sure! The answer is SELECT * FROM prices")'],
    ['truncated JSON', contentReply('{"kind": "change", "symbols": ['), 'not JSON'],
    ['an empty message', contentReply(''), 'it is empty'],
    ['a refusal', { body: { choices: [{ message: { role: 'assistant', content: null, refusal: 'I cannot help with that.' } }] } }, 'the model declined to read it: "I cannot help with that."'],
    ['no choices', { body: { id: 'x', choices: [] } }, 'it is empty'],
    ['a body that is not JSON', { body: '<html>hello</html>' }, 'something other than JSON'],
  ])('%s: not-a-plan, not retried', async (_name, reply, said) => {
    server.answer(reply);
    const e = await failure(client().c.json(MESSAGES, 'plan', SCHEMA));
    expect(e.failure).toBe('not-a-plan');
    expect(e.message).toContain(said);
    expect(server.requests).toHaveLength(1);
  });
});

describe('failures, by cause', () => {
  const cases: [string, number, Record<string, string>, ModelFailure, string, number][] = [
    ['a bad key', 401, {}, 'auth', 'the model server refused the key in MY_KEY (HTTP 401: invalid api key)', 1],
    ['a forbidden key', 403, {}, 'auth', 'HTTP 403', 1],
    ['an unknown model', 404, {}, 'not-found', 'has no model "m1"', 1],
    ['a bad request', 400, {}, 'bad-request', 'the model server refused the request (HTTP 400: invalid api key)', 1],
    ['a rate limit', 429, {}, 'rate-limit', 'limiting requests (HTTP 429: invalid api key; 3 attempts)', 3],
    ['a failing server', 503, {}, 'server', 'the model server failed (HTTP 503: invalid api key; 3 attempts)', 3],
  ];
  it.each(cases)('%s (HTTP %i): %s', async (_name, status, headers, kind, said, attempts) => {
    server.always({ status, headers, body: { error: { message: 'invalid api key' } } });
    const { c, pauses } = client({ key: 'sk-secret-value', keyVariable: 'MY_KEY' });
    const e = await failure(c.json(MESSAGES, 'plan', SCHEMA));
    expect(e.failure).toBe(kind);
    expect(e.message).toContain(said);
    expect(e.message).not.toContain('sk-secret-value');
    expect(server.requests).toHaveLength(attempts);
    expect(pauses).toHaveLength(attempts - 1);
  });

  it('backs off between attempts, doubling (with up to a quarter of jitter), and recovers when the server does', async () => {
    server.answer({ status: 500, body: 'overloaded' }, { status: 502, body: '' }, planReply({ kind: 'change' }));
    const { c, pauses } = client();
    await expect(c.json(MESSAGES, 'plan', SCHEMA)).resolves.toEqual({ kind: 'change' });
    expect(pauses).toHaveLength(2);
    expect(pauses[0]).toBeGreaterThanOrEqual(100);
    expect(pauses[0]).toBeLessThanOrEqual(125);
    expect(pauses[1]).toBeGreaterThanOrEqual(200);
    expect(pauses[1]).toBeLessThanOrEqual(250);
  });

  it("waits the server's Retry-After on a rate limit (capped at 30 s)", async () => {
    server.answer({ status: 429, headers: { 'retry-after': '3' }, body: {} }, { status: 429, headers: { 'retry-after': '3600' }, body: {} }, planReply({ kind: 'change' }));
    const { c, pauses } = client();
    await c.json(MESSAGES, 'plan', SCHEMA);
    expect(pauses).toEqual([3_000, 30_000]);
  });

  it('gives up on a slow server after its timeout on every attempt', async () => {
    server.always({ delayMs: 1_500, ...planReply({ kind: 'change' }) });
    const started = Date.now();
    const e = await failure(client({ timeoutMs: 200, retries: 1 }).c.json(MESSAGES, 'plan', SCHEMA));
    expect(e.failure).toBe('timeout');
    expect(e.message).toBe(`the model server at ${server.url}/chat/completions did not answer within 200 ms (2 attempts)`);
    expect(e.hint).toContain('ask.model.timeout_ms');
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(1_400);
  });

  it('says a server that is not there is unreachable, after its retries', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const { c, pauses } = client({ url: `http://127.0.0.1:${port}/v1` });
    const e = await failure(c.json(MESSAGES, 'plan', SCHEMA));
    expect(e.failure).toBe('unreachable');
    expect(e.message).toBe(`cannot reach the model server at http://127.0.0.1:${port}/v1/chat/completions (ECONNREFUSED; 3 attempts)`);
    expect(pauses).toHaveLength(2);
  });
});
