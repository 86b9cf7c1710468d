// The open pages' event streams (server-sent events): at most `maxClients` of them, and a page that does not read
// what it is sent is dropped once its unsent bytes pass a bound, instead of holding them in memory.

import type { ServerResponse } from 'node:http';

export const SLOW_CLIENT_BYTES = 1 << 20;

export class SseHub {
  private readonly clients = new Set<ServerResponse>();
  private dropped = 0;

  constructor(
    readonly maxClients: number,
    private readonly maxBuffered = SLOW_CLIENT_BYTES,
  ) {}

  get size(): number {
    return this.clients.size;
  }

  /** Pages dropped for not reading, since the start. */
  get slowDropped(): number {
    return this.dropped;
  }

  /** Opens a page's stream; false (nothing sent) when the hub is full. */
  join(res: ServerResponse): boolean {
    if (this.clients.size >= this.maxClients) return false;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.write('retry: 2000\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
    res.on('error', () => this.clients.delete(res));
    return true;
  }

  send(event: string, data: unknown): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const c of this.clients) {
      c.write(frame);
      if (c.writableLength > this.maxBuffered) this.drop(c);
    }
  }

  closeAll(): void {
    for (const c of this.clients) c.end();
    this.clients.clear();
  }

  private drop(c: ServerResponse): void {
    this.clients.delete(c);
    this.dropped++;
    c.destroy();
  }
}
