// A model's reply → a plan the compiler may take, or the reasons it may not. Three checks, all of which must
// pass: the JSON Schema (plan-schema.ts: types, enums, bounds, no unknown keys), the data (symbols that exist,
// real dates inside the data, limits within the row cap) and the kind (the family it names exists and gets the
// slots its compiler reads, as the rules would give them).

import type { DataRange } from '../time.js';
import { KINDS, slotsOf, type Slot } from './kinds.js';
import { NO_KIND, planSchema, type ModelPlan, type ModelWindow, type SchemaData, type SchemaNode } from './plan-schema.js';

export type Validated = { plan: ModelPlan } | { errors: string[] };

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
const fits = (v: unknown, t: string) => typeOf(v) === t || (t === 'number' && typeOf(v) === 'integer');
const show = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

const allowsNull = (n: SchemaNode | undefined) => Boolean(n && ((Array.isArray(n.type) && n.type.includes('null')) || n.anyOf?.some((x) => x.type === 'null')));

/** Errors of `value` against the subset of JSON Schema that plan-schema.ts uses, each with its path. */
export function schemaErrors(value: unknown, node: SchemaNode, path = 'plan'): string[] {
  if (node.anyOf) {
    const each = node.anyOf.map((n) => schemaErrors(value, n, path));
    return each.some((e) => e.length === 0) ? [] : (each.find((e) => !e.some((x) => x.endsWith('must be null'))) ?? each[0] ?? []);
  }
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  if (types.length && !types.some((t) => fits(value, t))) return [`${path}: must be ${types.join(' or ')}, got ${show(value)}`];
  if (node.enum && !node.enum.includes(value as string)) return [`${path}: ${show(value)} is not one of the allowed values`];
  if (typeof value === 'string' && node.pattern && !new RegExp(node.pattern).test(value)) return [`${path}: ${show(value)} is not in the form ${node.pattern}`];
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return [`${path}: must be a finite number`];
    if (node.minimum !== undefined && value < node.minimum) return [`${path}: ${value} is below ${node.minimum}`];
    if (node.maximum !== undefined && value > node.maximum) return [`${path}: ${value} is over ${node.maximum}`];
  }
  if (Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems) return [`${path}: needs at least ${node.minItems} items`];
    if (node.maxItems !== undefined && value.length > node.maxItems) return [`${path}: at most ${node.maxItems} items, got ${value.length}`];
    return node.items ? value.flatMap((v, i) => schemaErrors(v, node.items as SchemaNode, `${path}[${i}]`)) : [];
  }
  if (typeOf(value) === 'object' && node.properties) {
    const obj = value as Record<string, unknown>;
    const unknown = Object.keys(obj).filter((k) => !(k in (node.properties as object)));
    // A key left out that may be null is taken as null: servers without strict mode often leave them out.
    const missing = (node.required ?? []).filter((k) => !(k in obj) && !allowsNull(node.properties?.[k]));
    return [
      ...unknown.map((k) => `${path}: unknown key ${show(k)}`),
      ...missing.map((k) => `${path}: ${k} is missing`),
      ...Object.entries(node.properties).flatMap(([k, n]) => (k in obj ? schemaErrors(obj[k], n, `${path}.${k}`) : [])),
    ];
  }
  return [];
}

/** null means "not given" (strict structured outputs list every key): dropped, at every depth. */
function dropNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropNulls);
  if (typeOf(v) !== 'object') return v;
  return Object.fromEntries(Object.entries(v as object).filter(([, x]) => x !== null).map(([k, x]) => [k, dropNulls(x)]));
}

const realDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const shift = (d: string, days: number) => new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Real dates, in order, and a window that overlaps the data. A period may run past either end of the data (the
 * rules read "2025" as the whole year when the data ends in July), but by no more than a year; a day must be in it.
 */
function windowErrors(w: ModelWindow | undefined, name: string, data: DataRange): string[] {
  if (!w) return [];
  const errors: string[] = [];
  const [early, late] = [shift(data.oldest, -366), shift(data.newest, 366)];
  for (const k of ['from', 'to', 'day'] as const) {
    const d = w[k];
    if (d === undefined) continue;
    if (!realDate(d)) errors.push(`${name}.${k}: ${d} is not a date`);
    else if (k === 'day' ? d < data.oldest || d > data.newest : d < early || d > late) errors.push(`${name}.${k}: ${d} is outside the data (${data.oldest} … ${data.newest})`);
  }
  if (errors.length) return errors;
  if (w.from && w.to && w.from > w.to) errors.push(`${name}: from ${w.from} is after to ${w.to}`);
  else if ((w.from ?? data.oldest) > data.newest || (w.to ?? data.newest) < data.oldest) errors.push(`${name}: ${w.from ?? '…'} to ${w.to ?? '…'} is outside the data (${data.oldest} … ${data.newest})`);
  if (w.day && ((w.from && w.from !== w.day) || (w.to && w.to !== w.day))) errors.push(`${name}: a day window has from and to equal to the day`);
  if (!w.from && !w.to && !w.day) errors.push(`${name}: needs from, to or day`);
  if (w.tradingDays && (w.from || w.day)) errors.push(`${name}: tradingDays counts back from to; give no from or day with it`);
  if (w.firstTradingDays && (!w.from || w.day || w.tradingDays)) errors.push(`${name}: firstTradingDays counts on from from; give from, and no day or tradingDays with it`);
  return errors;
}

/** The kind exists and gets what its compiler reads, and nothing the rules would not give it. */
function kindErrors(p: ModelPlan): string[] {
  const spec = KINDS[p.kind];
  if (!spec) return [`kind: ${show(p.kind)} is not a kind of question`];
  const errors: string[] = [];
  const [min, max] = spec.symbols;
  if (p.symbols.length < min || p.symbols.length > max) errors.push(`symbols: ${p.kind} names ${min === max ? min : `${min} to ${max}`} symbols, got ${p.symbols.length}`);
  if (new Set(p.symbols).size !== p.symbols.length) errors.push('symbols: a symbol is named twice');
  const set: Slot[] = slotsOf(p).filter((s) => s !== 'symbols');
  for (const s of spec.needs) if (!set.includes(s)) errors.push(`${s}: ${p.kind} needs it`);
  for (const s of set) if (!spec.needs.includes(s) && !spec.may?.includes(s)) errors.push(`${s}: ${p.kind} does not take it`);
  if (p.measure && spec.measures && !spec.measures.includes(p.measure)) errors.push(`measure: ${p.kind} takes ${spec.measures.join(', ')}, not ${p.measure}`);
  if (p.stat && spec.stats && !spec.stats.includes(p.stat)) errors.push(`stat: ${p.kind} takes ${spec.stats.join(', ')}, not ${p.stat}`);
  if (p.stat && !spec.stats && set.includes('stat')) errors.push(`stat: ${p.kind} takes none`);
  const needsLength = p.measure === 'ma' || p.measure === 'vs_ma';
  if (needsLength && p.lengths?.length !== 1 && p.kind !== 'crossover' && p.kind !== 'moving-average') errors.push(`lengths: measure ${p.measure} needs one length`);
  if (!needsLength && p.lengths && p.kind !== 'crossover' && p.kind !== 'moving-average') errors.push(`lengths: only moving averages take lengths`);
  if (p.lengths && new Set(p.lengths).size !== p.lengths.length) errors.push('lengths: a length is given twice'); // one SQL column each
  if (p.kind === 'crossover' && (p.lengths?.length !== 2 || (p.lengths[0] as number) >= (p.lengths[1] as number))) errors.push('lengths: a crossover needs [short, long], short < long');
  if (p.kind === 'day-value' && !p.window?.day) errors.push('window.day: day-value asks about one day');
  if (p.kind === 'minute-bars' && !p.window?.day) errors.push('window.day: minute bars are of one day');
  if (p.clock && p.clock.from > p.clock.to) errors.push(`clock: from ${p.clock.from} is after to ${p.clock.to}`);
  if (p.clock && !p.window?.day) errors.push('clock: clock times are of one day (window.day)');
  if (p.kind === 'period-over-period' && !(p.window?.from && p.window.to && p.baseWindow?.from && p.baseWindow.to)) errors.push('window, baseWindow: period-over-period needs both with from and to');
  if (p.everyStock && p.symbols.length) errors.push('everyStock: a question over every stock names no symbols');
  return errors;
}

export interface ValidationData extends SchemaData {
  data: DataRange;
}

/** Validates a parsed reply against the schema, the data and the kind; the plan only when all three pass. */
export function validatePlan(reply: unknown, data: ValidationData): Validated {
  const schema = schemaErrors(reply, planSchema(data));
  if (schema.length) return { errors: schema };
  const plan = dropNulls(reply) as ModelPlan;
  if (plan.kind === NO_KIND) return { errors: ['the model read no question about the data in it'] };
  // The schema's enum already holds only these symbols; checked again here, as the compiler trusts them.
  const unknownSymbols = plan.symbols.filter((s) => !data.symbols.includes(s));
  const errors = [
    ...unknownSymbols.map((s) => `symbols: no data for ${show(s)}`),
    ...windowErrors(plan.window, 'window', data.data),
    ...windowErrors(plan.baseWindow, 'baseWindow', data.data),
    ...(plan.limit !== undefined && plan.limit > data.rowCap ? [`limit: ${plan.limit} is over the row cap (${data.rowCap})`] : []),
    ...kindErrors(plan),
  ];
  return errors.length ? { errors } : { plan };
}
