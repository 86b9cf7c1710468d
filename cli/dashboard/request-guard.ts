// What every request must pass before it is routed: a method the dashboard has, a sane URL, a Host it answers
// to, no other site's Origin, and a body only where one is read, of a bounded size.

import type { IncomingMessage } from 'node:http';
import type { AllowedHosts } from './hosts.js';

export interface Refusal {
  status: number;
  message: string;
}

export interface GuardLimits {
  /** Longest request target (path and query), in characters. */
  maxUrl: number;
  /** Largest body of a POST, in bytes. */
  maxBody: number;
}

const METHODS = new Set(['GET', 'HEAD', 'POST']);

export class RequestGuard {
  constructor(
    private readonly hosts: AllowedHosts,
    private readonly limits: GuardLimits,
  ) {}

  /** Why the request is refused, or undefined when it may be routed. */
  check(req: IncomingMessage): Refusal | undefined {
    return this.method(req) ?? this.target(req) ?? this.host(req) ?? this.origin(req) ?? this.body(req);
  }

  private method(req: IncomingMessage): Refusal | undefined {
    if (!METHODS.has(req.method ?? '')) return { status: 405, message: `method ${req.method ?? '?'} is not allowed: the dashboard takes GET, HEAD and POST` };
    return undefined;
  }

  private target(req: IncomingMessage): Refusal | undefined {
    const url = req.url ?? '';
    if (url.length > this.limits.maxUrl) return { status: 414, message: `the URL is longer than ${this.limits.maxUrl} characters` };
    if (!url.startsWith('/')) return { status: 400, message: 'the request target must be a path starting with /' };
    return undefined;
  }

  private host(req: IncomingMessage): Refusal | undefined {
    const host = req.headers.host;
    // Node keeps the first of several Host headers; a proxy on the way might have read another.
    if ((req.headersDistinct?.host?.length ?? 0) > 1) return { status: 400, message: 'more than one Host header' };
    if (this.hosts.allows(host)) return undefined;
    return { status: 403, message: `Host ${JSON.stringify(host ?? '')} is not one the dashboard answers to (${this.hosts.describe()}); name it in dashboard.allowed_hosts` };
  }

  /** A browser names the page that sent a request: only the dashboard's own page may use it. */
  private origin(req: IncomingMessage): Refusal | undefined {
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host ?? ''}`) {
      return { status: 403, message: `requests from ${JSON.stringify(origin)} are refused: only the dashboard's own page may call it` };
    }
    // Requests without an Origin (a script or image tag of another site) still say where they come from.
    const site = req.headers['sec-fetch-site'];
    const navigating = req.headers['sec-fetch-mode'] === 'navigate' && req.method === 'GET';
    if ((site === 'cross-site' || site === 'same-site') && !navigating) return { status: 403, message: 'requests from other sites are refused' };
    return undefined;
  }

  private body(req: IncomingMessage): Refusal | undefined {
    const length = Number(req.headers['content-length'] ?? 0);
    const chunked = req.headers['transfer-encoding'] !== undefined;
    if (req.method !== 'POST') return length > 0 || chunked ? { status: 400, message: `a ${req.method} request carries no body` } : undefined;
    if (!Number.isSafeInteger(length) || length > this.limits.maxBody) return { status: 413, message: `the body is larger than ${this.limits.maxBody} bytes` };
    return undefined;
  }
}
