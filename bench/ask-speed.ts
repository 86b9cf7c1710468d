// `ask` speed as the data grows: the bench set loaded at 1×, 4× and 16× (its rows again under new symbols), every
// example and every answerable evaluation question timed in process, by family, with the slowest and their plans.

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Harness } from '../cli/isolated-stack.js';
import { findPostgresBin } from '../cli/setup/system.js';
import { run } from '../cli/services/process.js';
import { fromRoot } from '../config/paths.js';
import { compile } from '../sql/ask/compile.js';
import { ask } from '../sql/ask/engine.js';
import { QUERY_SETTINGS, ReadOnlySession } from '../sql/ask/execute.js';
import { EXAMPLES } from '../sql/ask/parse.js';
import { adminConnection } from '../sql/connection.js';
import { EVAL_SPLITS, HELD_OUT } from '../test/ask-eval/splits.js';
import { readSplit } from '../test/ask-eval/score.js';
import { benchCsvLines } from './bench-rows.js';
import { percentile } from './stats.js';

/** The questions timed: the examples and every answerable question of the evaluation (any split). */
export function timedQuestions(): string[] {
  const evaluation = EVAL_SPLITS.flatMap((s) => readSplit(fromRoot('test', 'ask-eval', s, 'questions.jsonl')).filter((q) => q.answerable).map((q) => q.question));
  return [...new Set([...EXAMPLES, ...evaluation])];
}

/**
 * Adds copy `k` of the bench set (k = 0: its own symbols; k ≥ 1: each symbol with `k` appended, so AAPL becomes
 * AAPL1), by `psql \copy`: how rows landed does not change how fast they are read.
 */
export function copyBenchSet(h: Harness, benchDir: string, k: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ask-'));
  const path = join(dir, 'rows.csv');
  const out = benchCsvLines(readdirSync(benchDir).filter((n) => n.endsWith('.txt')).map((n) => join(benchDir, n)), k ? String(k) : '');
  writeFileSync(path, out.join('\n') + '\n');
  const conn = adminConnection(h.config);
  const psql = join(findPostgresBin() as string, 'psql');
  const res = run(psql, ['-v', 'ON_ERROR_STOP=1', '-h', String(conn.host), '-p', String(conn.port), '-U', String(conn.user), '-d', String(conn.database), 
    '-c', 'CREATE TEMPORARY TABLE bench_rows (LIKE prices INCLUDING DEFAULTS)',
    '-c', `\\copy bench_rows (symbol, ts, open, high, low, close, volume, produced_at, kafka_partition, kafka_offset) FROM '${path}' CSV`,
    // The bench set holds some of the test tickers too: those already landed stay as they are.
    '-c', 'INSERT INTO prices (symbol, ts, open, high, low, close, volume, produced_at, kafka_partition, kafka_offset) SELECT symbol, ts, open, high, low, close, volume, produced_at, kafka_partition, kafka_offset FROM bench_rows ON CONFLICT DO NOTHING',
  ], { env: { ...process.env, PGPASSWORD: String(conn.password) } });
  rmSync(dir, { recursive: true, force: true });
  if (res.status !== 0) throw new Error(`\\copy of the bench set (copy ${k}) failed: ${res.stderr}`);
  return out.length;
}

export interface Timed {
  question: string;
  family: string;
  kind: string;
  ms: number;
  /** Cancelled at ask.statement_timeout_ms. */
  cancelled?: boolean;
  sql?: string;
  params?: unknown[];
}

/** Each question once through the engine (parse, compile, check, read-only run), timed. */
export async function timeQuestions(h: Harness, questions: string[]): Promise<Timed[]> {
  const session = await ReadOnlySession.open(h.config);
  const out: Timed[] = [];
  try {
    await ask(session, EXAMPLES[0] as string); // the context is read once per session: not part of any question
    for (const question of questions) {
      const t = performance.now();
      let cancelled = false;
      const r = await ask(session, question).catch((e: unknown) => {
        if (/statement_timeout_ms/.test((e as Error).message)) return (cancelled = true), undefined;
        throw new Error(`ask "${question}": ${(e as Error).message}`);
      });
      const ms = performance.now() - t;
      const plan = r?.plan;
      const query = plan ? compile(plan) : undefined;
      out.push({ question, family: plan?.family ?? (cancelled ? '?' : 'refused'), kind: plan?.kind ?? '', ms, cancelled: cancelled || undefined, sql: query?.sql, params: query?.params });
    }
  } finally {
    await session.close();
  }
  return out;
}

export interface FamilyTimes {
  family: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function byFamily(times: Timed[]): FamilyTimes[] {
  const families = [...new Set(times.map((t) => t.family))].sort();
  const row = (family: string, ms: number[]): FamilyTimes => ({ family, n: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), max: Math.max(...ms) });
  return [...families.map((f) => row(f, times.filter((t) => t.family === f).map((t) => t.ms))), row('all', times.map((t) => t.ms))];
}

/** The plan PostgreSQL chose for a timed question, run as the reader would (EXPLAIN ANALYZE, text). */
export async function explain(h: Harness, t: Timed): Promise<string> {
  if (!t.sql) return '(no query)';
  const client = new pg.Client(adminConnection(h.config));
  await client.connect();
  try {
    await client.query('BEGIN READ ONLY');
    for (const setting of QUERY_SETTINGS) await client.query(setting);
    const res = await client.query<{ 'QUERY PLAN': string }>({ text: `EXPLAIN (ANALYZE, BUFFERS OFF) ${t.sql}`, values: t.params });
    return res.rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.query('ROLLBACK');
    await client.end();
  }
}

export interface SizeReport {
  /** Copies of the bench set (1, 4, 16). */
  size: number;
  rows: number;
  families: FamilyTimes[];
  slowest: { question: string; family: string; kind: string; ms: number; plan: string }[];
  /** `stockctl ask "recent Tesla prices"` as a whole process, 5 runs. */
  cliMs: number[];
}

/**
 * The table at each size: the evaluation's data replayed through the stack, then the bench set added by copies;
 * only PostgreSQL runs while timing. Each size's figures go to `report` as they are measured.
 */
export async function askSpeedAtSizes(h: Harness, benchDir: string, sizes: number[], report: (r: SizeReport) => void, say: (s: string) => void): Promise<void> {
  const questions = timedQuestions();
  // The held-out splits are read by kind only: their questions are timed, never shown.
  const heldOut = new Set([...HELD_OUT].flatMap((s) => readSplit(fromRoot('test', 'ask-eval', s, 'questions.jsonl')).map((q) => q.question)));
  let copies = 0;
  for (const size of sizes) {
    for (; copies < size; copies++) say(`ask speed: copy ${copies + 1} of the bench set, ${copyBenchSet(h, benchDir, copies)} rows`);
    // The copies bypassed the Spark job, which keeps the summaries: they are computed again from prices.
    const rebuilt = await h.cli(['db', 'rebuild-summaries'], { timeoutMs: 3_600_000 });
    if (rebuilt.status !== 0) throw new Error(`db rebuild-summaries failed: ${rebuilt.stderr}`);
    await h.sql('ANALYZE prices');
    await h.sql('ANALYZE daily_stats');
    const rows = Number((await h.sql<{ n: string }>('SELECT count(*) AS n FROM prices'))[0]?.n);
    await timeQuestions(h, questions.slice(0, 50)); // warm: the first pass reads the table from disk
    const times = await timeQuestions(h, questions);
    const slow = [...times].sort((a, b) => b.ms - a.ms).slice(0, 5);
    const slowest = [];
    for (const t of slow) slowest.push({ question: heldOut.has(t.question) ? '(a held-out question)' : t.question, family: t.family, kind: t.kind, ms: t.ms, plan: (await explain(h, t)).split('\n').slice(0, 60).join('\n') });
    const cliMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const r = await h.cli(['ask', 'recent Tesla prices', '--no-chart']);
      if (r.status !== 0) throw new Error(`stockctl ask failed: ${r.stderr}`);
      cliMs.push(performance.now() - t);
    }
    report({ size, rows, families: byFamily(times), slowest, cliMs });
  }
}
