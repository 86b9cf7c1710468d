// For the specs: a chat-completions server on loopback (port 0) that answers from a script, so that the client,
// the validation and the engine are tested against the real protocol without a model. It records every request.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
}

/** One scripted answer: a status, headers and a body, after an optional delay; or a plan sent as the reply. */
export interface Scripted {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
}

/** A completion whose message content is `content` (as structured outputs answer). */
export const contentReply = (content: string): Scripted => ({ body: { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] } });

/** A completion that answers with a tool call (as the fallback is answered). */
export const toolReply = (args: string): Scripted => ({
  body: { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'plan', arguments: args } }] }, finish_reason: 'tool_calls' }] },
});

export const planReply = (plan: unknown): Scripted => contentReply(JSON.stringify(plan));

export class ScriptedServer {
  readonly requests: Recorded[] = [];
  private script: ((req: Recorded) => Scripted)[] = [];
  private fallback: (req: Recorded) => Scripted = () => ({ status: 500, body: { error: { message: 'nothing scripted' } } });

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<ScriptedServer> {
    const at: { self?: ScriptedServer } = {};
    const server = createServer((req, res) => void at.self?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    at.self = new ScriptedServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`);
    return at.self;
  }

  /** Answers the next requests in this order; after them, `always` (or a 500). */
  answer(...next: (Scripted | ((req: Recorded) => Scripted))[]): this {
    this.script.push(...next.map((s) => (typeof s === 'function' ? s : () => s)));
    return this;
  }

  always(s: Scripted | ((req: Recorded) => Scripted)): this {
    this.fallback = typeof s === 'function' ? s : () => s;
    return this;
  }

  reset(): void {
    this.requests.length = 0;
    this.script = [];
    this.fallback = () => ({ status: 500, body: { error: { message: 'nothing scripted' } } });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    } catch {
      // recorded as empty: a spec asserts on it
    }
    const recorded = { body, headers: req.headers };
    this.requests.push(recorded);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `no route ${req.url}` } }));
      return;
    }
    const s = (this.script.shift() ?? this.fallback)(recorded);
    if (s.delayMs) await new Promise((r) => setTimeout(r, s.delayMs));
    if (res.destroyed) return;
    const text = typeof s.body === 'string' ? s.body : JSON.stringify(s.body ?? {});
    res.writeHead(s.status ?? 200, { 'content-type': 'application/json', ...s.headers }).end(text);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
