import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { SseHub } from './sse-hub.js';

/** A page's response: a reading page sends what it is given at once; a stuck one keeps it all buffered. */
class FakePage extends EventEmitter {
  writableLength = 0;
  received = '';
  destroyed = false;
  constructor(private readonly reads: boolean) {
    super();
  }
  writeHead() {
    return this;
  }
  write(s: string) {
    if (this.reads) this.received += s;
    else this.writableLength += Buffer.byteLength(s);
    return this.reads;
  }
  end() {
    this.emit('close');
  }
  destroy() {
    this.destroyed = true;
    this.emit('close');
  }
}

const page = (reads = true) => new FakePage(reads) as FakePage & ServerResponse;

describe('SseHub', () => {
  it('takes pages up to its cap, and a closed page frees its place', () => {
    const hub = new SseHub(2);
    const [a, b, c] = [page(), page(), page()];
    expect(hub.join(a)).toBe(true);
    expect(hub.join(b)).toBe(true);
    expect(hub.join(c)).toBe(false);
    expect(c.received).toBe('');
    a.emit('close');
    expect(hub.size).toBe(1);
    expect(hub.join(c)).toBe(true);
  });

  it('sends each event to every page', () => {
    const hub = new SseHub(5);
    const pages = [page(), page()];
    for (const p of pages) hub.join(p);
    hub.send('update', { n: 1 });
    for (const p of pages) expect(p.received).toBe('retry: 2000\n\nevent: update\ndata: {"n":1}\n\n');
  });

  it('drops a page that does not read once its unsent bytes pass the bound; the others go on', () => {
    const hub = new SseHub(5, 10_000);
    const [reading, stuck] = [page(), page(false)];
    hub.join(reading);
    hub.join(stuck);
    const data = { points: 'x'.repeat(1_000) };
    for (let i = 0; i < 20; i++) hub.send('update', data);
    expect(stuck.destroyed).toBe(true);
    expect(stuck.writableLength).toBeLessThan(10_000 + 1_100); // at most the bound and one event
    expect(hub.size).toBe(1);
    expect(hub.slowDropped).toBe(1);
    expect(reading.destroyed).toBe(false);
    expect(reading.received.split('event: update').length - 1).toBe(20);
  });
});

describe('SseHub on a real socket', () => {
  it('drops a page that stops reading, once the bytes node holds for it pass the bound', async () => {
    const { createServer, request } = await import('node:http');
    const hub = new SseHub(5, 64 * 1024);
    const server = createServer((_req, res) => hub.join(res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const res = await new Promise<import('node:http').IncomingMessage>((resolve) => request({ host: '127.0.0.1', port, path: '/', agent: false }, resolve).end());
    res.pause(); // the page stops reading: the kernel's buffers fill, then node's
    const frame = { x: 'y'.repeat(64 * 1024) };
    let sent = 0;
    for (; sent < 2_000 && hub.size > 0; sent++) {
      hub.send('update', frame);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(hub.size).toBe(0);
    expect(hub.slowDropped).toBe(1);
    expect(sent).toBeLessThan(2_000);
    res.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
});
