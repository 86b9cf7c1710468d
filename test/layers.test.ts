// The layers point one way (README, "Layout"): the CLI on top; the replay and the question engine usable without
// it; the config, the user-error type and the project root at the bottom; no import cycles between files.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../config/paths.js';

const ROOT = fromRoot();
const FOLDERS = ['cli', 'config', 'producer', 'sql', 'bench', 'test/ask-eval', 'test'] as const; // the more specific folder first
type Layer = (typeof FOLDERS)[number];

/** Which layers each layer may import (itself included). Nothing imports bench/ or test/ from outside them. */
const MAY_IMPORT: Record<Layer, Layer[]> = {
  config: ['config'],
  producer: ['config', 'producer'],
  sql: ['config', 'sql', 'producer'], // the companies table is read with the replay's CSV splitter
  cli: ['config', 'producer', 'sql', 'cli'],
  // The `ask` evaluation (its questions, data loading and scorer) is scored by both the tests and the bench.
  'test/ask-eval': ['config', 'producer', 'sql', 'cli', 'test/ask-eval'],
  bench: ['config', 'producer', 'sql', 'cli', 'bench', 'test/ask-eval'],
  test: ['config', 'producer', 'sql', 'cli', 'test', 'test/ask-eval'],
};

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'assets' ? [] : sources(rel);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** Every relative import of a file (static, type-only, re-exports and dynamic `import('…')`), as project paths. */
function importsOf(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts'));
}

const layerOf = (file: string): Layer | undefined => FOLDERS.find((f) => file.startsWith(`${f}/`));

/** Strongly connected components of more than one file (or a file importing itself): Tarjan's algorithm. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

const files = [...new Set(FOLDERS.flatMap((f) => sources(f)))];
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('layers', () => {
  it('finds the sources and their imports', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(graph.get('cli/main.ts')).toContain('config/errors.ts');
  });

  it('producer/ and sql/ never import cli/, and config/ imports nothing of the project but itself', () => {
    const wrong = files.flatMap((f) => {
      const from = layerOf(f)!;
      return (graph.get(f) ?? []).filter((to) => !MAY_IMPORT[from].includes(layerOf(to) as Layer)).map((to) => `${f} → ${to}`);
    });
    expect(wrong).toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(cycles(graph)).toEqual([]);
  });

  // The checks above must be able to fail: each is shown a violation.
  it('would see producer/ importing cli/, and a cycle', () => {
    const bad = importsOf('producer/replay.ts', `import { x } from '../cli/main.js';\nconst y = await import('./merge.js');`);
    expect(bad).toEqual(['cli/main.ts', 'producer/merge.ts']);
    expect(MAY_IMPORT.producer.includes(layerOf(bad[0]!)!)).toBe(false);
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(g)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(relative(ROOT, fromRoot('config', 'paths.ts'))).toBe('config/paths.ts');
  });
});
