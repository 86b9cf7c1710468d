// The page's files: an allow-list of URL paths, read into memory once. No path from a request ever reaches the
// file system, so no `..`, folder or missing file can be asked for.

import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { fromRoot } from '../../config/paths.js';

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

const assets = (name: string) => fromRoot('cli', 'dashboard', 'assets', name);
// The chart library comes with the project: the page needs no network and no CDN.
const uplot = (name: string) => fromRoot('node_modules', 'uplot', 'dist', name);

export const ALLOWED: Record<string, { file: string; type: string }> = {
  '/': { file: assets('index.html'), type: HTML },
  '/index.html': { file: assets('index.html'), type: HTML },
  '/app.js': { file: assets('app.js'), type: JS },
  '/style.css': { file: assets('style.css'), type: CSS },
  '/vendor/uPlot.iife.min.js': { file: uplot('uPlot.iife.min.js'), type: JS },
  '/vendor/uPlot.min.css': { file: uplot('uPlot.min.css'), type: CSS },
};

const HEADERS = {
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
  // Scripts and styles from the dashboard only, and no framing by other sites (clickjacking the ask box).
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
};

export class StaticFiles {
  private constructor(private readonly files: Map<string, { body: Buffer; type: string }>) {}

  /** Reads every allowed file (about 70 kB); a missing one is a broken install and fails the start. */
  static load(allowed = ALLOWED): StaticFiles {
    return new StaticFiles(new Map(Object.entries(allowed).map(([path, f]) => [path, { body: readFileSync(f.file), type: f.type }])));
  }

  /** Sends the file of this path; false when the path is not on the list. */
  serve(pathname: string, res: ServerResponse): boolean {
    const f = this.files.get(pathname);
    if (!f) return false;
    res.writeHead(200, { ...HEADERS, 'content-type': f.type, 'content-length': f.body.length });
    res.end(f.body); // HEAD: node sends the headers only
    return true;
  }
}
