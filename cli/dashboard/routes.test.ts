import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gate } from './gate.js';
import { AllowedHosts } from './hosts.js';
import { Unavailable } from './reconnecting.js';
import { RequestGuard } from './request-guard.js';
import { historyQuery, listener, type Routes } from './routes.js';
import { SseHub } from './sse-hub.js';
import { StaticFiles } from './static-files.js';

let server: Server;
let port: number;
let symbolsFail: () => never;
let metrics: () => Promise<string> = async () => 'stockctl_up{part="kafka"} 1\n';

function send(method: string, path: string, opts: { headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; type?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: opts.headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: res.headers['content-type'] }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

beforeAll(async () => {
  const routes: Routes = {
    guard: new RequestGuard(new AllowedHosts('127.0.0.1'), { maxUrl: 2048, maxBody: 1_000 }),
    statics: StaticFiles.load(),
    hub: new SseHub(1),
    feed: {
      symbols: () => symbolsFail(),
      history: async (symbols) => Object.fromEntries(symbols.map((s) => [s, []])),
      unknown: async (symbols) => symbols.filter((s) => s.startsWith('TSLA') && s !== 'TSLA').map((symbol) => ({ symbol, suggestion: 'TSLA' })),
      ping: async () => 'PostgreSQL at 127.0.0.1:1 is not reachable',
      recentAlerts: async () => [],
    },
    askBox: { answer: async (q) => ({ restatement: q }) },
    metrics: () => metrics(),
    reads: new Gate(2, 4),
    maxBody: 1_000,
  };
  server = createServer(listener(routes));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('routes', () => {
  it('answers odd paths with 404, never by stopping', async () => {
    for (const path of ['//', '/%zz', '/../', '/vendor/', '/vendor', '//evil.example/x', '/api/', '/api/nothing', `/${'%'.repeat(100)}`]) {
      const res = await send('GET', path);
      expect([200, 404], path).toContain(res.status);
    }
    expect((await send('GET', '/../')).status).toBe(200); // read as /, the page
    expect((await send('GET', '//')).body).toBe('{"error":"no //"}');
  });

  it('any error of a route becomes an answer: a thrown bug is a 500, a down database a 503', async () => {
    symbolsFail = () => {
      throw new TypeError('a bug');
    };
    expect(await send('GET', '/api/symbols')).toMatchObject({ status: 500, body: '{"error":"internal error: a bug"}' });
    symbolsFail = () => {
      throw new Unavailable('PostgreSQL at 127.0.0.1:1 is not reachable');
    };
    expect(await send('GET', '/api/symbols')).toMatchObject({ status: 503, body: '{"error":"PostgreSQL at 127.0.0.1:1 is not reachable"}' });
    expect((await send('GET', '/')).status).toBe(200);
  });

  it('reports the database as down in its health', async () => {
    const res = await send('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ database: 'down', problem: 'PostgreSQL at 127.0.0.1:1 is not reachable', pages: 0, maxPages: 1 });
  });

  it('asks with a JSON body, and says what is wrong with a bad one', async () => {
    const json = { 'content-type': 'application/json' };
    expect(await send('POST', '/api/ask', { headers: json, body: '{"question":"tsla"}' })).toMatchObject({ status: 200, body: '{"restatement":"tsla"}' });
    expect((await send('POST', '/api/ask', { headers: json, body: '{"question":' })).status).toBe(400);
    expect((await send('POST', '/api/ask', { headers: { 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await send('POST', '/api/ask', { headers: json, body: 'x'.repeat(5_000) })).status).toBe(413);
    expect((await send('POST', '/api/symbols', { headers: json, body: '{}' })).status).toBe(404);
  });

  it('refuses a second live page over the cap of one', async () => {
    const first = await new Promise<import('node:http').IncomingMessage>((resolve) => request({ host: '127.0.0.1', port, path: '/events', agent: false }, resolve).end());
    expect(first.statusCode).toBe(200);
    expect((await send('HEAD', '/events')).status).toBe(405); // would hold a place without reading
    const second = await send('GET', '/events');
    expect(second.status).toBe(503);
    expect(second.body).toContain('dashboard.max_clients');
    first.destroy();
  });
});

describe('/metrics', () => {
  it('serves the text format through the same guard and error boundary as every route', async () => {
    expect(await send('GET', '/metrics')).toEqual({ status: 200, body: 'stockctl_up{part="kafka"} 1\n', type: 'text/plain; version=0.0.4; charset=utf-8' });
    expect((await send('GET', '/metrics', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await send('GET', '/metrics', { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await send('POST', '/metrics', { headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404);
    metrics = async () => {
      throw new Unavailable('PostgreSQL at 127.0.0.1:1 is not reachable');
    };
    expect(await send('GET', '/metrics')).toMatchObject({ status: 503, body: '{"error":"PostgreSQL at 127.0.0.1:1 is not reachable"}' });
  });
});

describe('/api/history', () => {
  it('refuses an unknown symbol with the nearest known one', async () => {
    expect(await send('GET', '/api/history?symbols=TSLA,TSLAA')).toMatchObject({ status: 400, body: '{"error":"unknown symbol TSLAA: did you mean TSLA?"}' });
    expect(await send('GET', '/api/history?symbols=TSLA')).toMatchObject({ status: 200, body: '{"TSLA":[]}' });
  });
});

describe('historyQuery', () => {
  it('keeps valid symbols and a bounded limit', () => {
    expect(historyQuery(new URL('http://d/api/history?symbols=tsla,,bad%20one,AAPL&limit=99999'))).toEqual({ symbols: ['TSLA', 'AAPL'], limit: 5_000 });
    expect(historyQuery(new URL('http://d/api/history?limit=-5')).limit).toBe(1);
    expect(historyQuery(new URL('http://d/api/history?limit=zz')).limit).toBe(500);
  });
});
