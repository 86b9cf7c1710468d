// A validated model plan → the engine's Plan: the family from the kind, and every text the user reads (window
// labels, the restatement) written here from the slots. Nothing the model wrote is shown or run as text.

import type { Plan, Window } from '../plan.js';
import { describeWindow, list, MEASURE_NAME, STAT_NAME } from '../sql-parts.js';
import { KINDS } from './kinds.js';
import type { ModelPlan, ModelWindow } from './plan-schema.js';

export const READ_BY_MODEL = 'read by the model';

function labelled(w: ModelWindow | undefined): Window | undefined {
  if (!w) return undefined;
  // A day named alone is that day (from = to = day), as the rules write a named day; { to, day } stays the
  // session on or before it, as the rules write "yesterday".
  const window: Window = { ...w, ...(w.day && !w.from && !w.to ? { from: w.day, to: w.day } : {}), label: '' };
  window.label = describeWindow(window);
  return window;
}

/** One line of what the plan asks, from its slots: said back as a rule-read plan's restatement is. */
export function restate(p: Plan): string {
  const parts = [`${KINDS[p.kind]?.about ?? p.kind}`];
  const who = p.symbols.length ? list(p.symbols) : p.sector ? `the ${p.sector} stocks` : p.everyStock ? 'every stock' : undefined;
  if (who) parts.push(`of ${who}`);
  const what = [p.stat && STAT_NAME[p.stat], p.measure && MEASURE_NAME[p.measure]].filter(Boolean).join(' ');
  if (what) parts.push(`— ${what}${p.lengths?.length ? ` (${p.lengths.join(' and ')} sessions)` : ''}`);
  if (p.threshold) parts.push(`${p.threshold.abs ? 'either way ' : ''}${p.threshold.op} ${p.threshold.value}${p.threshold.percent ? '%' : ''}`);
  if (p.direction) parts.push(p.direction === 'up' ? 'upward' : 'downward');
  if (p.groupBy) parts.push(`per ${p.groupBy}`);
  if (p.window) parts.push(`over ${describeWindow(p.window)}`);
  if (p.baseWindow) parts.push(`against ${describeWindow(p.baseWindow)}`);
  if (p.clock) parts.push(`from ${p.clock.from} to ${p.clock.to} New York time`);
  if (p.order) parts.push(p.order === 'desc' ? 'highest first' : 'lowest first');
  if (p.limit) parts.push(`(${p.limit} rows)`);
  return parts.join(' ');
}

export function toPlan(m: ModelPlan): Plan {
  const spec = KINDS[m.kind];
  if (!spec) throw new Error(`no kind called ${m.kind}`); // validatePlan refuses it first
  const plan: Plan = { ...m, family: spec.family, window: labelled(m.window), baseWindow: labelled(m.baseWindow), restatement: '', notes: [READ_BY_MODEL], used: [] };
  for (const k of Object.keys(plan) as (keyof Plan)[]) if (plan[k] === undefined) delete plan[k];
  plan.restatement = `${restate(plan)} (${READ_BY_MODEL})`;
  return plan;
}
