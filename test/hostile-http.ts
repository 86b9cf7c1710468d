// Malformed and hostile HTTP for the dashboard's fuzz tests, sent as raw bytes over TCP to 127.0.0.1 only (a
// client library would refuse to send most of it). Seeded: a failing case can be sent again.

import { connect, type Socket } from 'node:net';

/** The status of the answer, or how the exchange ended without one. */
export type Outcome = number | 'closed' | 'timeout' | 'error';

/** Sends bytes on a fresh connection; the first status line read, or how it ended. At most `timeoutMs`. */
export function sendRaw(port: number, data: string | Buffer, timeoutMs = 5_000): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let head = '';
    const done = (o: Outcome) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(o);
    };
    const timer = setTimeout(() => done('timeout'), timeoutMs);
    // Written, not ended: a client that half-closes has its requests dropped by node, as browsers never do.
    socket.on('connect', () => socket.write(data));
    socket.on('data', (d) => {
      head += d.toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      if (m) done(Number(m[1]));
      else if (head.length > 64) done('error');
    });
    socket.on('error', () => done('error'));
    socket.on('close', () => done('closed'));
  });
}

/** A connection that sends `head`, then one byte of `rest` every `everyMs`: how long until the server hangs up. */
export function trickle(port: number, head: string, rest: string, everyMs: number, timeoutMs: number): Promise<{ outcome: Outcome; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket: Socket = connect({ host: '127.0.0.1', port });
    let i = 0;
    let head_ = '';
    const done = (outcome: Outcome) => {
      clearInterval(drip);
      clearTimeout(timer);
      socket.destroy();
      resolve({ outcome, ms: Date.now() - started });
    };
    const timer = setTimeout(() => done('timeout'), timeoutMs);
    let drip: NodeJS.Timeout | undefined;
    // The drip starts once connected: bytes written before would go out ahead of the head.
    socket.on('connect', () => {
      socket.write(head);
      drip = setInterval(() => {
        if (i < rest.length && socket.writable) socket.write(rest[i++] as string);
      }, everyMs);
    });
    socket.on('data', (d) => {
      head_ += d.toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(head_);
      if (m) done(Number(m[1]));
    });
    socket.on('error', () => done('error'));
    socket.on('close', () => done('closed'));
  });
}

/** Opens a live-prices stream and keeps it open without reading past the answer's head. */
export function idleStream(port: number): Promise<{ status: Outcome; socket: Socket }> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let head = '';
    const timer = setTimeout(() => resolve({ status: 'timeout', socket }), 10_000);
    socket.on('connect', () => socket.write('GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
    socket.on('data', (d) => {
      head += d.toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      if (m && head.includes('\r\n\r\n')) {
        clearTimeout(timer);
        socket.pause(); // idle from now on: the server's writes pile up in the socket's buffers
        resolve({ status: Number(m[1]), socket });
      }
    });
    socket.on('error', () => undefined);
  });
}

export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOST = 'Host: 127.0.0.1\r\n';
const req = (line: string, headers = HOST, body = '') => `${line}\r\n${headers}\r\n${body}`;
const post = (headers: string, body: string) => req('POST /api/ask HTTP/1.1', `${HOST}${headers}`, body);

/** The kinds of hostile request, each a function of a random source; `expect` lists the statuses it may get. */
export const KINDS: { name: string; make: (r: () => number) => string | Buffer; expect: Outcome[] }[] = [
  { name: 'path //', make: () => req('GET // HTTP/1.1'), expect: [404] },
  { name: 'bad escape', make: () => req('GET /%zz HTTP/1.1'), expect: [404] },
  { name: 'climbing out', make: (r) => req(`GET ${['/../', '/../../package.json', '/..%2f..%2fpackage.json', '/vendor/../../package.json', '/%2e%2e/%2e%2e/etc/passwd'][Math.floor(r() * 5)]} HTTP/1.1`), expect: [200, 404] },
  { name: 'folder', make: (r) => req(`GET ${['/vendor/', '/vendor', '/assets/', '/cli/dashboard/assets', '/api/', '/node_modules/uplot/'][Math.floor(r() * 6)]} HTTP/1.1`), expect: [404] },
  { name: 'long path', make: (r) => req(`GET /${'a'.repeat(2_100 + Math.floor(r() * 5_000))} HTTP/1.1`), expect: [414] },
  { name: 'path over the header limit', make: () => req(`GET /${'b'.repeat(40_000)} HTTP/1.1`), expect: [431, 400, 'closed', 'error'] },
  { name: 'random bytes path', make: (r) => req(`GET /${Array.from({ length: 1 + Math.floor(r() * 40) }, () => String.fromCharCode(33 + Math.floor(r() * 94))).join('')} HTTP/1.1`), expect: [200, 400, 404, 414, 503] },
  { name: 'absolute target', make: () => req('GET http://evil.example/ HTTP/1.1'), expect: [400] },
  { name: 'bad method', make: (r) => req(`${['DELETE', 'PUT', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'CONNECT'][Math.floor(r() * 7)]} / HTTP/1.1`), expect: [405, 400] },
  { name: 'upgrade', make: () => req('GET /events HTTP/1.1', `${HOST}Connection: Upgrade\r\nUpgrade: websocket\r\n`), expect: [400] },
  { name: 'garbage method', make: () => req('G\x01T / HTTP/1.1'), expect: [400, 'closed'] },
  { name: 'bad request line', make: (r) => ['GET\r\n\r\n', '\x00\x01\x02\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n', 'HELLO\r\n\r\n', ' / HTTP/1.1\r\n\r\n'][Math.floor(r() * 5)] as string, expect: [400, 505, 'closed'] },
  { name: 'huge header', make: (r) => req('GET / HTTP/1.1', `${HOST}X-Big: ${'h'.repeat(17_000 + Math.floor(r() * 30_000))}\r\n`), expect: [431, 'closed', 'error'] },
  { name: 'many headers', make: () => req('GET / HTTP/1.1', `${HOST}${Array.from({ length: 3_000 }, (_, i) => `X-${i}: v\r\n`).join('')}`), expect: [431, 400, 'closed', 'error'] },
  { name: 'bad header', make: (r) => req('GET / HTTP/1.1', `${HOST}${['no colon here', 'X-Bad\x01: v', 'Content-Length: -1', 'Content-Length: abc', 'Transfer-Encoding: chunked\r\nContent-Length: 5'][Math.floor(r() * 5)]}\r\n`), expect: [400, 'closed'] },
  { name: 'wrong Host', make: (r) => req('GET / HTTP/1.1', `Host: ${['evil.example', 'evil.example:8321', '10.1.2.3', 'localhost.evil.example', '127.0.0.1.nip.io', ''][Math.floor(r() * 6)]}\r\n`), expect: [403, 400] },
  { name: 'no Host', make: () => 'GET / HTTP/1.1\r\n\r\n', expect: [400, 403] },
  { name: 'two Hosts', make: () => req('GET / HTTP/1.1', `${HOST}Host: evil.example\r\n`), expect: [400, 403] },
  { name: 'cross-site POST', make: () => post('Origin: http://evil.example\r\nContent-Type: application/json\r\nContent-Length: 27\r\n', '{"question":"recent Tesla"}'), expect: [403] },
  { name: 'cross-site fetch without Origin', make: () => req('GET /api/symbols HTTP/1.1', `${HOST}Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\n`), expect: [403] },
  { name: 'bad JSON', make: (r) => { const b = ['{', '{"question":', 'null', '[]', '"x"', '{"question":1}', '\u0000'][Math.floor(r() * 7)] as string; return post(`Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(b)}\r\n`, b); }, expect: [400] },
  { name: 'form body', make: () => post('Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10\r\n', 'question=x'), expect: [415] },
  { name: 'huge body, said', make: () => post('Content-Type: application/json\r\nContent-Length: 50000000\r\n', '{"question":"'), expect: [413] },
  { name: 'huge body, chunked', make: () => post('Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n', `${'4000\r\n' + 'x'.repeat(0x4000) + '\r\n'}`.repeat(4)), expect: [413, 'closed', 'error'] },
  { name: 'long question', make: () => { const b = JSON.stringify({ question: 'q'.repeat(5_000) }); return post(`Content-Type: application/json\r\nContent-Length: ${b.length}\r\n`, b); }, expect: [400] },
  { name: 'body on GET', make: () => req('GET / HTTP/1.1', `${HOST}Content-Length: 5\r\n`, 'hello'), expect: [400] },
  { name: 'API noise', make: (r) => req(`GET /api/history?symbols=${encodeURIComponent('A,'.repeat(Math.floor(r() * 500)))}&limit=${['NaN', '-1', '1e999', '99999999'][Math.floor(r() * 4)]} HTTP/1.1`), expect: [200, 414, 503] },
];

/** The i-th hostile request of a seeded run, and which kind it is. */
export function hostile(i: number, r: () => number): { kind: (typeof KINDS)[number]; data: string | Buffer } {
  const kind = KINDS[i % KINDS.length] as (typeof KINDS)[number];
  return { kind, data: kind.make(r) };
}
