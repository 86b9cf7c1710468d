// Which request does what, behind one error boundary: every request is checked by the guard, routed, and whatever
// it throws becomes an answer (or a closed connection), never an unhandled rejection that stops the server.

import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { UserError } from '../../config/errors.js';
import { EXAMPLES } from '../../sql/ask/parse.js';
import { questionOf, type AskBox } from './ask-box.js';
import { readJson } from './body.js';
import type { Feed } from './feed.js';
import type { Gate } from './gate.js';
import { CONTENT_TYPE as METRICS_TYPE } from '../metrics/exposition.js';
import { HttpError, sendError, sendJson, sendText } from './respond.js';
import type { RequestGuard } from './request-guard.js';
import type { SseHub } from './sse-hub.js';
import { unknownMessage } from './symbol-suggestion.js';
import type { StaticFiles } from './static-files.js';

export interface Routes {
  guard: RequestGuard;
  statics: StaticFiles;
  hub: SseHub;
  feed: Pick<Feed, 'symbols' | 'history' | 'unknown' | 'ping' | 'recentAlerts'>;
  askBox: Pick<AskBox, 'answer'>;
  /** The stack's metrics in the Prometheus text format. */
  metrics: () => Promise<string>;
  /** Bounds the API's database reads (the feed has one connection). */
  reads: Gate;
  maxBody: number;
}

const SYMBOL = /^[A-Z0-9.\-_^=]{1,20}$/;

export function historyQuery(url: URL): { symbols: string[]; limit: number } {
  const symbols = (url.searchParams.get('symbols') ?? '').split(',').map((s) => s.trim().toUpperCase()).filter((s) => SYMBOL.test(s)).slice(0, 50);
  const limit = Math.min(Math.max(Math.trunc(Number(url.searchParams.get('limit') ?? 500)) || 500, 1), 5_000);
  return { symbols, limit };
}

/** The server's request listener: the guard, the routes, and the error boundary around both. */
export function listener(r: Routes): RequestListener {
  return (req, res) => {
    route(req, res, r).catch((e: unknown) => {
      try {
        fail(res, e);
      } catch {
        res.destroy(); // not even an error could be sent: the connection goes, the server stays
      }
    });
  };
}

async function route(req: IncomingMessage, res: ServerResponse, r: Routes): Promise<void> {
  const refused = r.guard.check(req);
  if (refused) return sendError(res, refused.status, refused.message, { close: true });
  // The guard let only paths through; a base of our own keeps `//x` a path rather than another host.
  const url = new URL(`http://dashboard${req.url ?? '/'}`);
  const path = url.pathname;
  if (req.method === 'POST') {
    if (path !== '/api/ask') throw new HttpError(404, `no POST ${path}`);
    const question = questionOf(await readJson(req, r.maxBody));
    return sendJson(res, 200, await r.askBox.answer(question));
  }
  if (path === '/events') {
    if (req.method !== 'GET') throw new HttpError(405, 'the live stream is read with GET');
    if (!r.hub.join(res)) sendError(res, 503, `${r.hub.maxClients} pages are open already (dashboard.max_clients): close one, or try again later`, { close: true });
    return;
  }
  if (path === '/metrics') return sendText(res, 200, METRICS_TYPE, await r.reads.run(r.metrics));
  if (path.startsWith('/api/')) return sendJson(res, 200, await api(path, url, r));
  if (!r.statics.serve(path, res)) throw new HttpError(404, `no ${path}`);
}

async function api(path: string, url: URL, r: Routes): Promise<unknown> {
  switch (path) {
    case '/api/health':
      return health(r);
    case '/api/examples':
      return EXAMPLES;
    case '/api/symbols':
      return r.reads.run(() => r.feed.symbols());
    case '/api/alerts':
      return r.reads.run(() => r.feed.recentAlerts());
    case '/api/history': {
      const { symbols, limit } = historyQuery(url);
      return r.reads.run(async () => {
        const unknown = await r.feed.unknown(symbols);
        if (unknown.length) throw new HttpError(400, unknownMessage(unknown));
        return r.feed.history(symbols, limit);
      });
    }
    default:
      throw new HttpError(404, `no ${path}`);
  }
}

/** The server's own health: whether the database answers, the open pages, its memory. */
async function health(r: Routes): Promise<unknown> {
  let database = 'up';
  let problem: string | undefined;
  try {
    problem = await r.reads.run(() => r.feed.ping());
    if (problem) database = 'down';
  } catch (e) {
    [database, problem] = ['busy', (e as Error).message];
  }
  const { rss, heapUsed } = process.memoryUsage();
  return {
    database,
    ...(problem ? { problem } : {}),
    pages: r.hub.size,
    maxPages: r.hub.maxClients,
    slowPagesDropped: r.hub.slowDropped,
    memory: { rss, heapUsed },
  };
}

function fail(res: ServerResponse, e: unknown): void {
  if (res.headersSent) {
    res.destroy(); // a stream already under way: nothing better to say than ending it
    return;
  }
  if (e instanceof HttpError) return sendError(res, e.status, e.message, { close: e.status === 413 || e.status === 415 });
  if (e instanceof UserError) return sendError(res, 400, e.hint ? `${e.message} (${e.hint})` : e.message);
  sendError(res, 500, `internal error: ${(e as Error)?.message ?? String(e)}`);
}
