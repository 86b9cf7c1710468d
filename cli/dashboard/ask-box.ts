// The page's ask box: one read-only session, reopened when PostgreSQL restarts, answering one question at a time
// (answers never interleave on its connection) with a short bounded queue behind it.

import type { StockctlConfig } from '../../config/schema.js';
import { endpoint } from '../../sql/connection.js';
import { ask, type AskResult } from '../../sql/ask/engine.js';
import { ReadOnlySession } from '../../sql/ask/execute.js';
import { Gate } from './gate.js';
import { HttpError } from './respond.js';
import { Reconnecting } from './reconnecting.js';

export const MAX_QUESTION = 1_000;

/** What the page shows of an answer. */
export function answerView(result: AskResult): Record<string, unknown> {
  return {
    restatement: result.plan?.restatement,
    notes: result.notes,
    notUnderstood: result.notUnderstood,
    sql: result.query?.sql,
    params: result.query?.params,
    chart: result.query?.chart,
    columns: result.answer?.columns.map((c) => c.name),
    rows: result.answer?.rows,
    truncated: result.answer?.truncated,
  };
}

/** The question of a request body, or a message saying what to send. */
export function questionOf(body: unknown): string {
  const question = (body as { question?: unknown } | null)?.question;
  if (typeof question !== 'string' || !question.trim()) throw new HttpError(400, 'send {"question": "…"}');
  if (question.length > MAX_QUESTION) throw new HttpError(400, `a question is at most ${MAX_QUESTION} characters`);
  return question;
}

export class AskBox {
  private readonly sessions: Reconnecting<ReadOnlySession>;
  private readonly gate = new Gate(1, 8, 'the ask box');

  constructor(config: StockctlConfig) {
    const { host, port } = endpoint(config);
    this.sessions = new Reconnecting({
      what: `PostgreSQL at ${host}:${port}`,
      open: () => ReadOnlySession.open(config),
      end: (s) => s.close(),
      alive: (s) => s.connected,
    });
  }

  answer(question: string): Promise<Record<string, unknown>> {
    return this.gate.run(() => this.sessions.use(async (s) => answerView(await ask(s, question))));
  }

  close(): Promise<void> {
    return this.sessions.close();
  }
}
