// `stockctl dashboard`: one page with live prices (server-sent events), the pipeline's health and the ask box.
// No framework: node:http with the parts wired here, each in its own module (README, "Dashboard").

import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { StockctlConfig } from '../../config/schema.js';
import { AskBox } from './ask-box.js';
import { Feed } from './feed.js';
import { Gate } from './gate.js';
import { AllowedHosts } from './hosts.js';
import { MetricsEndpoint } from './metrics-endpoint.js';
import { Poller } from './poller.js';
import { RequestGuard } from './request-guard.js';
import { listener } from './routes.js';
import { SseHub } from './sse-hub.js';
import { StaticFiles } from './static-files.js';

/** Bounds on what one request may hold or take: none of them is near what the page itself sends. */
export const LIMITS = {
  maxUrl: 2_048,
  maxBody: 10_000,
  maxHeaderBytes: 16_384,
  /** Connections besides the live pages; beyond them, new ones are closed as they come (each holds buffers). */
  otherConnections: 1_000,
  /** A client that trickles its headers or body is cut off after these (checked every second). */
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 20_000,
  keepAliveMs: 5_000,
};

export interface Dashboard {
  url: string;
  /** Whether the database answers now: undefined, or what is wrong. */
  databaseProblem(): Promise<string | undefined>;
  close(): Promise<void>;
}

export async function startDashboard(config: StockctlConfig, opts: { host: string; port: number; intervalMs?: number }): Promise<Dashboard> {
  const statics = StaticFiles.load();
  const hub = new SseHub(config.dashboard.max_clients);
  const feed = new Feed(config);
  const askBox = new AskBox(config);
  const metrics = new MetricsEndpoint(config);
  const poller = new Poller(feed, hub, opts.intervalMs ?? 1_000);
  const guard = new RequestGuard(new AllowedHosts(opts.host, config.dashboard.allowed_hosts), LIMITS);
  const server = createServer(
    {
      maxHeaderSize: LIMITS.maxHeaderBytes,
      headersTimeout: LIMITS.headersTimeoutMs,
      requestTimeout: LIMITS.requestTimeoutMs,
      keepAliveTimeout: LIMITS.keepAliveMs,
      connectionsCheckingInterval: 1_000,
    },
    listener({ guard, statics, hub, feed, askBox, metrics: () => metrics.text(), reads: new Gate(2, 32, 'the database reads'), maxBody: LIMITS.maxBody }),
  );
  server.maxConnections = config.dashboard.max_clients + LIMITS.otherConnections;
  // A proxy tunnel (CONNECT) or a protocol switch (Upgrade) is not for a dashboard: refused in words, not hung up on.
  server.on('connect', refuseRaw(405, 'Method Not Allowed'));
  server.on('upgrade', refuseRaw(400, 'Bad Request'));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  poller.start();
  return {
    url: `http://${shownHost(opts.host)}:${opts.port}/`,
    databaseProblem: () => feed.ping(),
    async close() {
      await poller.stop();
      hub.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([feed.close(), askBox.close(), metrics.close()]);
    },
  };
}

function refuseRaw(status: number, reason: string) {
  return (_req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => undefined);
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  };
}

function shownHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
