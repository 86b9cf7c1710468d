// What is sent to the model, all of it: how to fill a plan, the kinds of question with an example of each (as
// the rules read it), the symbols, sectors and dates of the data, and the question. No rows of the data, no
// SQL, no schema of the database: the model never sees or writes a query.

import { FAMILIES } from '../families/index.js';
import type { ParseContext } from '../families/family.js';
import { parseQuestion } from '../parse.js';
import { isPlan, type Plan } from '../plan.js';
import type { ChatMessage } from './client.js';
import { KINDS } from './kinds.js';
import type { ModelPlan } from './plan-schema.js';

/** Past this many symbols the list gives tickers only, to keep the prompt short. */
const NAMED_SYMBOLS = 150;

/** A rule-read plan as the model is asked to write it: no family, texts or labels; unset slots left out. */
export function asModelPlan(p: Plan): ModelPlan {
  const { family: _f, restatement: _r, notes: _n, used: _u, window, baseWindow, ...slots } = p;
  const bare = (w: Plan['window']) => {
    if (!w) return undefined;
    const { label: _l, ...rest } = w;
    return rest;
  };
  const out: Record<string, unknown> = { ...slots, window: bare(window), baseWindow: bare(baseWindow) };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as unknown as ModelPlan;
}

const workedExamples = new WeakMap<ParseContext, { question: string; plan: ModelPlan }[]>();

/**
 * The families' own example questions as the rules read them, one or two per kind: the model learns the plan's
 * conventions from real readings. Read with every listed company counted as having data, so that the examples
 * read whatever the data holds.
 */
export function examples(ctx: ParseContext): { question: string; plan: ModelPlan }[] {
  const known = workedExamples.get(ctx);
  if (known) return known;
  const wide: ParseContext = { ...ctx, dataSymbols: new Set([...ctx.dataSymbols, ...ctx.companies.map((c) => c.symbol)]), lastDay: undefined };
  const perKind = new Map<string, number>();
  const out: { question: string; plan: ModelPlan }[] = [];
  for (const question of FAMILIES.flatMap((f) => f.examples)) {
    const plan = parseQuestion(question, wide);
    if (!isPlan(plan) || (perKind.get(plan.kind) ?? 0) >= 2) continue;
    perKind.set(plan.kind, (perKind.get(plan.kind) ?? 0) + 1);
    out.push({ question, plan: asModelPlan(plan) });
  }
  workedExamples.set(ctx, out);
  return out;
}

function dataLines(ctx: ParseContext): string[] {
  const symbols = [...ctx.dataSymbols].sort();
  const name = (s: string) => ctx.companies.find((c) => c.symbol === s)?.name;
  const listed = symbols.length <= NAMED_SYMBOLS ? symbols.map((s) => (name(s) ? `${s} (${name(s)})` : s)) : symbols;
  const sectors = [...new Set(ctx.companies.filter((c) => ctx.dataSymbols.has(c.symbol) && c.sector).map((c) => c.sector))].sort();
  return [
    `Symbols with data (${symbols.length}): ${listed.join(', ')}.`,
    sectors.length ? `Sectors: ${sectors.join(', ')}.` : 'No sectors are known.',
    `Dates: ${ctx.data.oldest} to ${ctx.data.newest}. "Today", "latest", "last month", "this year" count from ${ctx.data.newest}, the newest date in the data.`,
  ];
}

const CONVENTIONS = [
  'Dates are YYYY-MM-DD and windows are inclusive. A single day: window {"day": D}. A period: {"from": A, "to": B}.',
  'The last N trading days: {"to": D, "tradingDays": N}. The first N trading days of a period: {"from": START, "to": END, "firstTradingDays": N}. Everything up to a date: {"to": D, "before": true}.',
  'A change "from" a named day is measured from that day\'s close: set window.anchored true.',
  'Thresholds: {"op": ">", "value": 5, "percent": true} is "more than 5%"; percent false for prices and volumes.',
  'limit is the number of rows asked for (0 = all). order desc = highest first.',
  'Slots a kind does not need are null. Symbols are tickers from the list below, never names.',
  'If the question cannot be answered from daily and minute prices and volumes of these symbols, answer with kind "none".',
];

export function systemPrompt(ctx: ParseContext): string {
  const ex = examples(ctx);
  const kinds = Object.entries(KINDS).map(([kind, spec]) => {
    const e = ex.find((x) => x.plan.kind === kind);
    return `- ${kind}: ${spec.about}.${e ? ` E.g. "${e.question}".` : ''}`;
  });
  return [
    'You turn a question about stock prices into a plan: JSON that fits the given schema. A program checks the plan, writes the SQL itself and runs it.',
    'Return only the plan. Never put SQL, code, commands or explanations in it.',
    '',
    'Kinds of question:',
    ...kinds,
    '',
    'Conventions:',
    ...CONVENTIONS.map((c) => `- ${c}`),
    '',
    'The data:',
    ...dataLines(ctx),
    '',
    'Questions and their plans (slots not shown are null):',
    ...ex.map((e) => `Q: ${e.question}\nA: ${JSON.stringify(e.plan)}`),
  ].join('\n');
}

export function messages(question: string, ctx: ParseContext): ChatMessage[] {
  return [
    { role: 'system', content: systemPrompt(ctx) },
    { role: 'user', content: question },
  ];
}
