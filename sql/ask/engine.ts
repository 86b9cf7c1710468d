// The question engine as one call: question → plan → SQL → checked, read-only execution → answer with notes.
// The CLI and the dashboard both use it.

import { compile, type CompiledQuery } from './compile.js';
import type { Answer, ReadOnlySession } from './execute.js';
import { EXAMPLES, parseQuestion } from './parse.js';
import type { ModelOptions, ModelUse } from './model/consult.js';
import { isPlan, type NotUnderstood, type Plan } from './plan.js';

export interface AskResult {
  plan?: Plan;
  notUnderstood?: NotUnderstood;
  query?: CompiledQuery;
  answer?: Answer;
  /** Said with the answer: resolved window, corrected names, non-trading days, missing data. */
  notes: string[];
  /** Whether the question went to a language model, and what came back (only when one is configured). */
  model?: ModelUse;
}

export interface AskOptions {
  /** A language model for what the rules do not read (sql/ask/model/); none: the rules alone. */
  model?: ModelOptions;
}

export async function ask(session: ReadOnlySession, question: string, opts: AskOptions = {}): Promise<AskResult> {
  const ctx = await session.parseContext();
  if (!ctx) {
    return { notUnderstood: { problem: 'there is no data yet: replay some files first (stockctl replay data/sample)', suggestions: EXAMPLES.slice(0, 3) }, notes: [] };
  }
  let plan = parseQuestion(question, ctx);
  // Relative times of a symbol whose data ended long ago count from its newest session: read again knowing it.
  if (isPlan(plan) && plan.symbols.length) plan = parseQuestion(question, { ...ctx, lastDay: await session.lastDays(plan.symbols) });
  // The model's plan, when it is asked, replaces the rules' reading; it is compiled, checked and run the same way.
  // Loaded only when a model is configured: a one-shot `ask` without one does not pay for its modules.
  const consulted = opts.model ? await (await import('./model/consult.js')).consult(opts.model, question, ctx, plan) : undefined;
  if (consulted?.plan) plan = consulted.plan;
  else if (consulted?.notUnderstood) plan = consulted.notUnderstood;
  const model = consulted?.use;
  if (!isPlan(plan)) return { notUnderstood: plan, notes: [], model };
  const notes = [...plan.notes];
  if (plan.window) notes.push(`window: ${plan.window.label}`);

  const w = plan.window;
  if (w && ((w.from && w.from > ctx.data.newest) || (w.to && w.to < ctx.data.oldest))) {
    notes.push(`no data for that period: the data covers ${ctx.data.oldest} … ${ctx.data.newest}`);
    return { plan, notes, model };
  }
  const query = compile(plan);
  const answer = await session.run(query);

  if (plan.kind === 'day-value' && w?.day) {
    for (const row of answer.rows) {
      if (row.trade_date !== w.day) notes.push(`${w.day} was not a trading day for ${String(row.symbol)}: showing the session before, ${String(row.trade_date)}`);
      delete row.asked_for;
    }
    answer.columns = answer.columns.filter((c) => c.name !== 'asked_for');
  }
  if (plan.symbols.length) {
    const have = new Set(answer.rows.map((r) => r.symbol).filter(Boolean));
    const missing = plan.symbols.filter((s) => !ctx.dataSymbols.has(s));
    if (missing.length) notes.push(`no data at all for ${missing.join(', ')}: replay its file first`);
    const quiet = plan.symbols.filter((s) => ctx.dataSymbols.has(s) && !have.has(s) && answer.columns.some((c) => c.name === 'symbol'));
    if (quiet.length && answer.rows.length === 0) {
      for (const c of await session.coverage(quiet)) {
        const outside = (w?.from && w.from > c.last_day) || (w?.to && w.to < c.first_day);
        if (outside) notes.push(`nothing for ${c.symbol} in that window: its data covers ${c.first_day} … ${c.last_day}`);
        else if (plan.kind === 'minute-bars' || plan.kind === 'vwap') notes.push(`${c.symbol} has only daily rows in that window, no intraday bars`);
      }
    }
  }
  return { plan, query, answer, notes, model };
}
