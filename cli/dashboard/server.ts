// `stockctl dashboard`: one page on localhost with live prices (server-sent events), the pipeline's health and
// the ask box. No framework: node:http, a JSON API, and static files (uPlot served from node_modules).

import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { StockctlConfig } from '../../config/schema.js';
import { fromRoot } from '../../config/paths.js';
import { ask } from '../../sql/ask/engine.js';
import { ReadOnlySession } from '../../sql/ask/execute.js';
import { EXAMPLES } from '../../sql/ask/parse.js';
import { Feed } from './feed.js';

const ASSETS = fromRoot('cli', 'dashboard', 'assets');
// The chart library, bundled with the project: the page needs no network and no CDN.
const VENDOR: Record<string, string> = {
  '/vendor/uPlot.iife.min.js': fromRoot('node_modules', 'uplot', 'dist', 'uPlot.iife.min.js'),
  '/vendor/uPlot.min.css': fromRoot('node_modules', 'uplot', 'dist', 'uPlot.min.css'),
};
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png' };

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

async function readBody(req: IncomingMessage, limit = 10_000): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > limit) throw new Error('request too large');
  }
  return body;
}

export interface Dashboard {
  url: string;
  close(): Promise<void>;
}

export async function startDashboard(config: StockctlConfig, opts: { host: string; port: number; intervalMs?: number }): Promise<Dashboard> {
  const feed = new Feed(config);
  const session = await ReadOnlySession.open(config);
  const clients = new Set<ServerResponse>();
  let asking = Promise.resolve();

  // One poll of the database per interval, whatever the number of open pages.
  const poll = async () => {
    if (clients.size === 0) return;
    try {
      const [prices, batches] = await Promise.all([feed.prices(), feed.batches()]);
      const data = `event: update\ndata: ${JSON.stringify({ prices, batches, at: new Date().toISOString() })}\n\n`;
      for (const c of clients) c.write(data);
    } catch (e) {
      const data = `event: problem\ndata: ${JSON.stringify({ message: (e as Error).message })}\n\n`;
      for (const c of clients) c.write(data);
    }
  };
  const timer = setInterval(() => void poll(), opts.intervalMs ?? 1_000);

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://dashboard');
      try {
        if (req.method === 'GET' && url.pathname === '/events') {
          res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
          res.write('retry: 2000\n\n');
          clients.add(res);
          req.on('close', () => clients.delete(res));
          return;
        }
        if (req.method === 'GET' && url.pathname === '/api/symbols') return json(res, 200, await feed.symbols());
        if (req.method === 'GET' && url.pathname === '/api/history') {
          const symbols = (url.searchParams.get('symbols') ?? '').split(',').map((s) => s.trim().toUpperCase()).filter((s) => /^[A-Z0-9.\-_^=]{1,20}$/.test(s)).slice(0, 50);
          return json(res, 200, await feed.history(symbols, Math.min(Number(url.searchParams.get('limit') ?? 500) || 500, 5000)));
        }
        if (req.method === 'GET' && url.pathname === '/api/examples') return json(res, 200, EXAMPLES);
        if (req.method === 'POST' && url.pathname === '/api/ask') {
          const { question } = JSON.parse(await readBody(req)) as { question?: unknown };
          if (typeof question !== 'string') return json(res, 400, { error: 'send {"question": "…"}' });
          // One session, one question at a time: answers never interleave on its connection.
          const run = asking.then(() => ask(session, question));
          asking = run.then(() => undefined, () => undefined);
          const result = await run;
          return json(res, 200, {
            restatement: result.plan?.restatement,
            notes: result.notes,
            notUnderstood: result.notUnderstood,
            sql: result.query?.sql,
            params: result.query?.params,
            chart: result.query?.chart,
            columns: result.answer?.columns.map((c) => c.name),
            rows: result.answer?.rows,
            truncated: result.answer?.truncated,
          });
        }
        if (req.method === 'GET') {
          const file = VENDOR[url.pathname] ?? join(ASSETS, normalize(url.pathname === '/' ? '/index.html' : url.pathname).replace(/^(\.\.[/\\])+/, ''));
          if (file.startsWith(ASSETS) || Object.values(VENDOR).includes(file)) {
            if (existsSync(file)) {
              res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
              createReadStream(file).pipe(res);
              return;
            }
          }
        }
        json(res, 404, { error: `no ${req.method} ${url.pathname}` });
      } catch (e) {
        json(res, 500, { error: (e as Error).message });
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, resolve);
  });
  const shown = opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host;
  return {
    url: `http://${shown}:${opts.port}/`,
    async close() {
      clearInterval(timer);
      for (const c of clients) c.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([feed.close(), session.close()]);
    },
  };
}
