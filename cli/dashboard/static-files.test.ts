import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ALLOWED, StaticFiles } from './static-files.js';

function response() {
  const res = Object.assign(new EventEmitter(), {
    status: 0,
    headers: {} as Record<string, unknown>,
    body: Buffer.alloc(0) as Buffer,
    writeHead(status: number, headers: Record<string, unknown>) {
      Object.assign(res, { status, headers });
      return res;
    },
    end(body: Buffer) {
      res.body = body;
    },
  });
  return res;
}

describe('StaticFiles', () => {
  const statics = StaticFiles.load();

  it('serves the listed files with their types', () => {
    for (const [path, { type }] of Object.entries(ALLOWED)) {
      const res = response();
      expect(statics.serve(path, res as unknown as ServerResponse)).toBe(true);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.body.length).toBeGreaterThan(100);
    }
  });

  it('serves nothing else: no folder, no climbing out, no other file', () => {
    for (const path of ['/vendor', '/vendor/', '/assets', '//', '/../package.json', '/..%2fpackage.json', '/%zz', '/app.js/', '/APP.JS', '/index.html%00.js', '/feed.ts']) {
      const res = response();
      expect(statics.serve(path, res as unknown as ServerResponse), path).toBe(false);
      expect(res.status).toBe(0);
    }
  });
});
