// PostgreSQL's own parser (libpg_query compiled to WebAssembly, from @pgsql/parser), loaded without the package's
// index: that index also loads a 5 MB protobuf schema that only deparsing needs (~75 ms of a command's start).
// Parsing is the package's own call sequence: the statement in, the parse tree out as JSON.

import { createRequire } from 'node:module';

interface LibPgQuery {
  lengthBytesUTF8(s: string): number;
  stringToUTF8(s: string, ptr: number, max: number): void;
  UTF8ToString(ptr: number): string;
  _malloc(n: number): number;
  _free(ptr: number): void;
  _wasm_parse_query(ptr: number): number;
  _wasm_free_string(ptr: number): void;
}

export type ParseTree = { stmts?: { stmt: Record<string, unknown> }[] };

export interface PgParser {
  /** The statement's parse tree; throws with PostgreSQL's message when it is not valid SQL. */
  parse(sql: string): ParseTree;
}

export async function loadPgParser(): Promise<PgParser> {
  const load = createRequire(import.meta.url)('@pgsql/parser/wasm/libpg-query.js') as () => Promise<LibPgQuery>;
  const wasm = await load();
  return {
    parse(sql: string): ParseTree {
      const size = wasm.lengthBytesUTF8(sql) + 1;
      const input = wasm._malloc(size);
      let output = 0;
      try {
        wasm.stringToUTF8(sql, input, size);
        output = wasm._wasm_parse_query(input);
        const text = wasm.UTF8ToString(output);
        if (text.startsWith('syntax error') || text.startsWith('deparse error') || text.includes('ERROR')) throw new Error(text);
        return JSON.parse(text) as ParseTree;
      } finally {
        wasm._free(input);
        if (output) wasm._wasm_free_string(output);
      }
    },
  };
}
