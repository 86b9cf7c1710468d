import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { AllowedHosts } from './hosts.js';
import { RequestGuard } from './request-guard.js';

const guard = new RequestGuard(new AllowedHosts('127.0.0.1'), { maxUrl: 100, maxBody: 1_000 });
const req = (method: string, url: string, headers: Record<string, string> = {}) =>
  ({ method, url, headers: { host: '127.0.0.1:8321', ...headers } }) as unknown as IncomingMessage;
const status = (r: IncomingMessage) => guard.check(r)?.status;

describe('RequestGuard', () => {
  it("lets the page's own requests through", () => {
    expect(status(req('GET', '/'))).toBeUndefined();
    expect(status(req('GET', '/events', { 'sec-fetch-site': 'same-origin' }))).toBeUndefined();
    expect(status(req('POST', '/api/ask', { origin: 'http://127.0.0.1:8321', 'content-length': '40' }))).toBeUndefined();
    // A link from another site opens the page (a navigation), nothing more.
    expect(status(req('GET', '/', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' }))).toBeUndefined();
  });

  it('refuses other methods, long or odd targets', () => {
    expect(status(req('DELETE', '/'))).toBe(405);
    expect(status(req('PROPFIND', '/'))).toBe(405);
    expect(status(req('GET', `/${'a'.repeat(200)}`))).toBe(414);
    expect(status(req('GET', 'http://evil.example/'))).toBe(400);
    expect(status(req('OPTIONS', '*'))).toBe(405);
  });

  it('refuses a Host it does not answer to, with what it answers to', () => {
    const refusal = guard.check(req('GET', '/', { host: 'evil.example:8321' }));
    expect(refusal?.status).toBe(403);
    expect(refusal?.message).toContain('dashboard.allowed_hosts');
    expect(status({ method: 'GET', url: '/', headers: {} } as unknown as IncomingMessage)).toBe(403);
  });

  it("refuses another site's requests: a foreign Origin, or a cross-site fetch without one", () => {
    expect(status(req('POST', '/api/ask', { origin: 'http://evil.example' }))).toBe(403);
    expect(status(req('POST', '/api/ask', { origin: 'null' }))).toBe(403);
    expect(status(req('POST', '/api/ask', { origin: 'http://127.0.0.1:9999' }))).toBe(403);
    expect(status(req('GET', '/events', { origin: 'https://evil.example' }))).toBe(403);
    expect(status(req('GET', '/api/symbols', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' }))).toBe(403);
    expect(status(req('POST', '/api/ask', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' }))).toBe(403);
  });

  it('refuses bodies where none is read, and a POST body over the bound', () => {
    expect(status(req('GET', '/', { 'content-length': '5' }))).toBe(400);
    expect(status(req('GET', '/', { 'transfer-encoding': 'chunked' }))).toBe(400);
    expect(status(req('POST', '/api/ask', { 'content-length': '1001' }))).toBe(413);
    expect(status(req('POST', '/api/ask', { 'content-length': '99999999999999999999' }))).toBe(413);
  });
});

describe('RequestGuard, Host given twice', () => {
  it('is refused', () => {
    const twice = { method: 'GET', url: '/', headers: { host: '127.0.0.1' }, headersDistinct: { host: ['127.0.0.1', 'evil.example'] } } as unknown as IncomingMessage;
    expect(guard.check(twice)?.status).toBe(400);
  });
});
