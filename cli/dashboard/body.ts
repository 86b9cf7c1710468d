// The JSON body of a POST, read up to a bound: a huge or endless body is cut off, not collected.

import type { IncomingMessage } from 'node:http';
import { HttpError } from './respond.js';

export async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  // Also keeps plain HTML forms of other sites out: they cannot send this type without the browser asking first.
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new HttpError(415, 'send the body as JSON (content-type: application/json)');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, `the body is larger than ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (e) {
    throw new HttpError(400, `the body is not JSON: ${(e as Error).message}`);
  }
}
