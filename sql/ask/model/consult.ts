// When a question goes to the model, and what comes back. Only questions the rules did not understand go (or
// every question the rules read or did not understand, with `always`); what the rules refuse for a reason of
// their own (SQL or shell typed in, a measure the data lacks, a company without data, an ambiguous name) never
// does. The reply is a plan or nothing: validated, then given to the same compiler, guard and execution.

import type { ParseContext } from '../families/family.js';
import { isPlan, type NotUnderstood, type Plan } from '../plan.js';
import { ModelError, type ModelClient } from './client.js';
import { planSchema } from './plan-schema.js';
import { messages } from './prompt.js';
import { toPlan } from './to-plan.js';
import { validatePlan } from './validate.js';

export type ModelWhen = 'not-understood' | 'always';

export interface ModelOptions {
  client: ModelClient;
  when: ModelWhen;
  /** ask.row_cap: no plan may ask for more rows. */
  rowCap: number;
}

/** What happened with the model, for --explain: whether the question went, why, and how it came back. */
export interface ModelUse {
  where: string;
  sent: boolean;
  why: string;
  outcome?: 'plan' | 'refused' | 'failed';
  detail?: string;
}

export interface Consulted {
  plan?: Plan;
  notUnderstood?: NotUnderstood;
  use: ModelUse;
}

/** Why the question goes to the model, or undefined when it does not. */
export function reasonToSend(rules: Plan | NotUnderstood, when: ModelWhen): string | undefined {
  if (isPlan(rules)) return when === 'always' ? 'every question goes to the model (--model always)' : undefined;
  return rules.refusal === 'not-understood' ? 'the rules did not understand it' : undefined;
}

function notSent(rules: Plan | NotUnderstood): string {
  if (isPlan(rules)) return 'the rules read it';
  return `the rules refused it (${rules.refusal ?? 'not understood'}), which the model cannot change`;
}

/** Asks the model for a plan and checks it; a failure or a refused plan comes back as not understood. */
export async function consult(opts: ModelOptions, question: string, ctx: ParseContext, rules: Plan | NotUnderstood): Promise<Consulted> {
  const where = opts.client.where;
  const why = reasonToSend(rules, opts.when);
  if (!why) return { use: { where, sent: false, why: notSent(rules) } };
  const suggestions = isPlan(rules) ? [] : rules.suggestions;
  const symbols = [...ctx.dataSymbols].sort();
  const sectors = [...new Set(ctx.companies.filter((c) => ctx.dataSymbols.has(c.symbol)).map((c) => c.sector))].filter((s): s is string => Boolean(s)).sort();
  const data = { symbols, sectors, rowCap: opts.rowCap, data: ctx.data };
  let reply: unknown;
  try {
    reply = await opts.client.json(messages(question, ctx), 'plan', planSchema(data));
  } catch (e) {
    if (!(e instanceof ModelError)) throw e;
    const problem = `${isPlan(rules) ? 'the rules read it, but' : `${rules.problem}; and`} the model could not be asked: ${e.message}${e.hint ? ` (${e.hint})` : ''}`;
    return { notUnderstood: { problem, suggestions, refusal: 'not-understood' }, use: { where, sent: true, why, outcome: 'failed', detail: e.message } };
  }
  const checked = validatePlan(reply, data);
  if ('errors' in checked) {
    const detail = checked.errors.slice(0, 5).join('; ') + (checked.errors.length > 5 ? `; and ${checked.errors.length - 5} more` : '');
    return { notUnderstood: { problem: `the model's plan was not run: ${detail}`, suggestions, refusal: 'not-understood' }, use: { where, sent: true, why, outcome: 'refused', detail } };
  }
  const plan = toPlan(checked.plan);
  if (isPlan(rules)) plan.notes.push(`the rules read it as: ${rules.restatement}`);
  return { plan, use: { where, sent: true, why, outcome: 'plan' } };
}
