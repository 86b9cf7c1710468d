// The last check before the database: the SQL is parsed by PostgreSQL's own parser (libpg_query) and must be
// one SELECT over allow-listed relations and functions. The engine only ever builds such SQL; this check makes
// sure that stays true whatever a question contains.

import { loadPgParser, type ParseTree, type PgParser } from './pg-parser.js';

let parser: Promise<PgParser> | undefined;

/**
 * The parser, loaded once. Loading and compiling it takes ~0.02 s: a command that will check SQL starts it early
 * (before connecting), so that it loads while the database answers.
 */
export function loadGuard(): Promise<PgParser> {
  return (parser ??= loadPgParser());
}

export const ALLOWED_RELATIONS = new Set(['prices', 'companies', 'daily_bars', 'intraday_daily', 'daily_stats', 'minute_bars', 'daily_returns', 'moving_averages']);

export const ALLOWED_FUNCTIONS = new Set([
  'avg', 'min', 'max', 'sum', 'count', 'round', 'abs', 'sign', 'sqrt', 'exp', 'ln', 'coalesce', 'nullif', 'greatest', 'least',
  'lag', 'lead', 'row_number', 'rank', 'dense_rank', 'first_value', 'last_value', 'array_agg', 'stddev_samp', 'stddev',
  'corr', 'percentile_cont', 'date_trunc', 'bool_or', 'bool_and',
  'symbols_with_prices', // migration 012: each symbol of prices once
]);

const ALLOWED_TYPES = new Set(['text', 'date', 'int4', 'int8', 'int', 'integer', 'bigint', 'float8', 'numeric', 'timestamp', 'bool']);

export class UnsafeSql extends Error {}

type Node = Record<string, unknown>;

function walk(node: unknown, visit: (key: string, value: Node) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Node)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) visit(key, value as Node);
    walk(value, visit);
  }
}

const names = (list: unknown): string[] =>
  (Array.isArray(list) ? list : []).map((n) => String(((n as Node).String as Node | undefined)?.sval ?? '')).filter(Boolean);

/** Throws UnsafeSql naming the first thing that is not allowed; resolves when the statement is safe. */
export async function checkSql(sql: string): Promise<void> {
  let tree: ParseTree;
  try {
    tree = (await loadGuard()).parse(sql);
  } catch (e) {
    throw new UnsafeSql(`not valid SQL: ${(e as Error).message}`);
  }
  const stmts = tree.stmts ?? [];
  if (stmts.length !== 1) throw new UnsafeSql(`exactly one statement is allowed, found ${stmts.length}`);
  const [top] = Object.keys((stmts[0] as { stmt: Node }).stmt);
  if (top !== 'SelectStmt') throw new UnsafeSql(`only SELECT is allowed, found ${top}`);

  const ctes = new Set<string>();
  walk(stmts, (key, value) => {
    if (key === 'CommonTableExpr' && typeof value.ctename === 'string') ctes.add(value.ctename);
  });
  walk(stmts, (key, value) => {
    if (key.endsWith('Stmt') && key !== 'SelectStmt') throw new UnsafeSql(`${key} is not allowed (only SELECT)`);
    if (key === 'SelectStmt' && (value.intoClause || value.lockingClause)) throw new UnsafeSql(value.intoClause ? 'SELECT INTO is not allowed' : 'row locks (FOR UPDATE/SHARE) are not allowed');
    if (key === 'RangeVar') {
      const rel = String(value.relname ?? '');
      if (value.schemaname || value.catalogname) throw new UnsafeSql(`schema-qualified relation ${String(value.schemaname)}.${rel} is not allowed`);
      if (!ALLOWED_RELATIONS.has(rel) && !ctes.has(rel)) throw new UnsafeSql(`relation "${rel}" is not allowed`);
    }
    if (key === 'RangeFunction' || key === 'RangeTableFunc' || key === 'RangeTableSample') throw new UnsafeSql(`${key} in FROM is not allowed`);
    if (key === 'FuncCall') {
      const fn = names(value.funcname);
      if (fn.length !== 1 || !ALLOWED_FUNCTIONS.has((fn[0] as string).toLowerCase())) throw new UnsafeSql(`function ${fn.join('.')}() is not allowed`);
    }
    if (key === 'TypeCast' || key === 'TypeName') {
      const typeName = key === 'TypeCast' ? (value.typeName as Node | undefined) : value;
      const t = names(typeName?.names).filter((n) => n !== 'pg_catalog');
      const last = (t[t.length - 1] ?? '').toLowerCase();
      if (last && !ALLOWED_TYPES.has(last)) throw new UnsafeSql(`cast to ${t.join('.')} is not allowed`);
    }
  });
}
