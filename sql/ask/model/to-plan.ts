// A validated model plan → the engine's Plan: the family from the kind, and every text the user reads (window
// labels, the restatement) written here from the slots. Nothing the model wrote is shown or run as text.

import type { Plan, Window } from '../plan.js';
import { describeWindow, list, MEASURE_NAME, STAT_NAME } from '../sql-parts.js';
import { KINDS } from './kinds.js';
import type { ModelPlan, ModelWindow } from './plan-schema.js';

export const READ_BY_MODEL = 'read by the model';

/** As describeWindow, but a { to, day } window is said as what it is here (describeWindow's words are the rules' "yesterday"). */
const describe = (w: Window): string => (w.day && !w.from ? `the session on or before ${w.day}` : describeWindow(w));

function labelled(w: ModelWindow | undefined): Window | undefined {
  if (!w) return undefined;
  // A day named alone is that day (from = to = day), as the rules write a named day; { to, day } stays the
  // session on or before it, as the rules write "yesterday".
  const window: Window = { ...w, ...(w.day && !w.from && !w.to ? { from: w.day, to: w.day } : {}), label: '' };
  window.label = describe(window);
  return window;
}

/** One line of what the plan asks, from its slots: said back as a rule-read plan's restatement is. */
export function restate(p: Plan): string {
  const who = p.symbols.length ? list(p.symbols) : p.sector ? `the ${p.sector} stocks` : p.everyStock ? 'every stock' : undefined;
  const head = `${KINDS[p.kind]?.said ?? p.kind}${who ? ` of ${who}` : ''}${p.window ? ` over ${describe(p.window)}` : ''}`;
  const what = [p.stat && STAT_NAME[p.stat], p.measure && MEASURE_NAME[p.measure]].filter(Boolean).join(' ');
  const details = [
    what && `${what}${p.lengths?.length ? ` (${p.lengths.join(' and ')} sessions)` : ''}`,
    !what && p.lengths?.length && `${p.lengths.join(' and ')} sessions`,
    p.threshold && `${p.threshold.abs ? 'either way ' : ''}${p.threshold.op} ${p.threshold.value}${p.threshold.percent ? '%' : ''}`,
    p.direction && (p.direction === 'up' ? 'upward' : 'downward'),
    p.groupBy && `per ${p.groupBy}`,
    p.baseWindow && `against ${describe(p.baseWindow)}`,
    p.clock && `from ${p.clock.from} to ${p.clock.to} New York time`,
    p.order && (p.order === 'desc' ? 'highest first' : 'lowest first'),
    p.limit && `${p.limit} row${p.limit === 1 ? '' : 's'}`,
  ].filter((x): x is string => Boolean(x));
  return details.length ? `${head}; ${details.join(', ')}` : head;
}

export function toPlan(m: ModelPlan): Plan {
  const spec = KINDS[m.kind];
  if (!spec) throw new Error(`no kind called ${m.kind}`); // validatePlan refuses it first
  const plan: Plan = { ...m, family: spec.family, window: labelled(m.window), baseWindow: labelled(m.baseWindow), restatement: '', notes: [READ_BY_MODEL], used: [] };
  for (const k of Object.keys(plan) as (keyof Plan)[]) if (plan[k] === undefined) delete plan[k];
  plan.restatement = `${restate(plan)} (${READ_BY_MODEL})`;
  return plan;
}
