// Scores `ask` against an evaluation split (FORMAT.md): each answer matched cell by cell against gold rows that
// independent code computed from the source files. The engine's SQL never decides what is right.

import { readFileSync } from 'node:fs';
import type { AskResult } from '../../sql/ask/engine.js';

export interface GoldAnswer {
  rows: (string | number)[][];
  match: 'ordered' | 'set' | 'first';
  exact_rows?: boolean;
}

export interface EvalQuestion {
  id: string;
  kind: string;
  question: string;
  answerable: boolean;
  gold?: GoldAnswer;
  refusal?: 'out-of-scope' | 'unknown-symbol' | 'hostile' | 'not-understood';
}

export type Outcome = 'correct' | 'wrong' | 'refused' | 'refused-right' | 'answered-refusal';

export interface KindScore {
  kind: string;
  questions: number;
  /** Answerable questions answered with the gold rows. */
  correct: number;
  /** Answerable questions given an answer (right or wrong). */
  answered: number;
  /** Questions that should be refused and were. */
  refused: number;
  refusals: number;
}

export interface SplitScore {
  kinds: KindScore[];
  answerable: number;
  correct: number;
  answered: number;
  refusals: number;
  refused: number;
  /** correct ÷ answerable */
  coverage: number;
  /** correct ÷ answered */
  precision: number;
  /** refused ÷ questions to refuse */
  refusalRate: number;
  outcomes: { id: string; kind: string; outcome: Outcome; why?: string }[];
}

export function readSplit(file: string): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalQuestion);
}

const DATE = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/;

/** A gold cell against one answer value: tickers and dates by text, numbers within tolerance or as percent. */
function cellMatches(want: string | number, got: unknown): boolean {
  if (typeof want === 'string') {
    if (typeof got !== 'string') return false;
    if (DATE.test(want)) return got.replace('T', ' ').startsWith(want);
    return got.toUpperCase() === want.toUpperCase();
  }
  const n = typeof got === 'number' ? got : typeof got === 'string' && /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(got) ? Number(got) : NaN;
  if (!Number.isFinite(n)) return false;
  // 0.1% relative, or 0.01 absolute for values of 1 or more; fractions (returns, correlations) to 0.0001, as
  // 0.01 would take a 4% return for a 5% one.
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.001 * Math.abs(b), Math.abs(b) >= 1 ? 0.01 : 0.0001);
  return close(n, want) || close(n, want * 100) || close(n / 100, want);
}

const rowHolds = (row: Record<string, unknown>, cells: (string | number)[]) => cells.every((c) => Object.values(row).some((v) => cellMatches(c, v)));

/** Whether the answer's rows hold the gold rows as the gold's match rule says; undefined when they do, else why not. */
export function mismatch(gold: GoldAnswer, rows: Record<string, unknown>[]): string | undefined {
  if (gold.exact_rows && rows.length !== gold.rows.length) return `${rows.length} rows, gold has ${gold.rows.length}`;
  if (rows.length < (gold.match === 'first' ? 1 : gold.rows.length)) return `${rows.length} rows, gold has ${gold.rows.length}`;
  if (gold.match === 'first') return rowHolds(rows[0] as Record<string, unknown>, gold.rows[0] ?? []) ? undefined : 'first row differs';
  if (gold.match === 'ordered') {
    const bad = gold.rows.findIndex((g, i) => !rowHolds(rows[i] as Record<string, unknown>, g));
    return bad < 0 ? undefined : `row ${bad + 1} differs`;
  }
  const used = new Set<number>();
  for (const [i, g] of gold.rows.entries()) {
    const at = rows.findIndex((r, j) => !used.has(j) && rowHolds(r, g));
    if (at < 0) return `gold row ${i + 1} not in the answer`;
    used.add(at);
  }
  return undefined;
}

/** An answer was given: rows came back (an empty or refused reading is not an answer). */
const answered = (r: AskResult) => Boolean(r.answer && !r.notUnderstood);

export function judge(q: EvalQuestion, r: AskResult): { outcome: Outcome; why?: string } {
  if (!q.answerable) return answered(r) ? { outcome: 'answered-refusal', why: r.plan?.restatement } : { outcome: 'refused-right' };
  if (!answered(r)) return { outcome: 'refused', why: r.notUnderstood?.problem ?? r.notes.join('; ') };
  const why = mismatch(q.gold as GoldAnswer, r.answer?.rows ?? []);
  return why ? { outcome: 'wrong', why: `${why} (read as: ${r.plan?.restatement ?? '?'})` } : { outcome: 'correct' };
}

export async function scoreSplit(questions: EvalQuestion[], askOne: (q: string) => Promise<AskResult>): Promise<SplitScore> {
  const byKind = new Map<string, KindScore>();
  const outcomes: SplitScore['outcomes'] = [];
  for (const q of questions) {
    const k = byKind.get(q.kind) ?? { kind: q.kind, questions: 0, correct: 0, answered: 0, refused: 0, refusals: 0 };
    byKind.set(q.kind, k);
    k.questions++;
    const { outcome, why } = judge(q, await askOne(q.question));
    outcomes.push({ id: q.id, kind: q.kind, outcome, why });
    if (!q.answerable) {
      k.refusals++;
      if (outcome === 'refused-right') k.refused++;
    } else {
      if (outcome !== 'refused') k.answered++;
      if (outcome === 'correct') k.correct++;
    }
  }
  const kinds = [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  const sum = (f: (k: KindScore) => number) => kinds.reduce((a, k) => a + f(k), 0);
  const answerable = sum((k) => k.questions - k.refusals);
  const correct = sum((k) => k.correct);
  const answeredCount = sum((k) => k.answered);
  const refusals = sum((k) => k.refusals);
  const refused = sum((k) => k.refused);
  return {
    kinds,
    answerable,
    correct,
    answered: answeredCount,
    refusals,
    refused,
    coverage: answerable ? correct / answerable : 1,
    precision: answeredCount ? correct / answeredCount : 1,
    refusalRate: refusals ? refused / refusals : 1,
    outcomes,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The per-kind table (what may be looked at on the held-out split). */
export function kindTable(s: SplitScore): string {
  const lines = ['kind                        answerable  correct  answered  precision  refusals', '-'.repeat(84)];
  for (const k of s.kinds) {
    const a = k.questions - k.refusals;
    lines.push(
      `${k.kind.padEnd(28)}${String(a).padStart(10)}${String(k.correct).padStart(9)}${String(k.answered).padStart(10)}${(k.answered ? pct(k.correct / k.answered) : '-').padStart(11)}${(k.refusals ? `${k.refused}/${k.refusals}` : '-').padStart(10)}`,
    );
  }
  lines.push('-'.repeat(84), `all: correct ${s.correct}/${s.answerable} (${pct(s.coverage)}), precision ${s.correct}/${s.answered} (${pct(s.precision)}), refusals ${s.refused}/${s.refusals} (${pct(s.refusalRate)})`);
  return lines.join('\n');
}
