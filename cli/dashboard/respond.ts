// Answers of the dashboard's API: JSON bodies, and errors with a status and a message the page can show.

import type { ServerResponse } from 'node:http';

/** A refusal the client caused or can retry: its status and message are sent as they are. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, opts: { close?: boolean } = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // A refused request may have left an unread body on the connection: it is not reused.
    ...(opts.close ? { connection: 'close' } : {}),
  });
  res.end(JSON.stringify(body));
}

export function sendError(res: ServerResponse, status: number, message: string, opts: { close?: boolean } = {}): void {
  sendJson(res, status, { error: message }, opts);
}

/** A text body of the given type (the metrics' text format). */
export function sendText(res: ServerResponse, status: number, type: string, body: string): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}
