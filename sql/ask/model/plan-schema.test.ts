// The plan's JSON Schema agrees with the Plan type and with what the rules produce: the families' examples,
// written as the model would write them, pass validation and compile back to the rules' own SQL (the same over
// the evaluation's readable splits: test/ask-model-plans.test.ts).

import { describe, expect, expectTypeOf, it } from 'vitest';
import { readCompanies } from '../../companies.js';
import { compile } from '../compile.js';
import { FAMILIES, familyNamed } from '../families/index.js';
import type { ParseContext } from '../families/family.js';
import { parseQuestion } from '../parse.js';
import { isPlan, type Measure, type Plan, type Stat } from '../plan.js';
import { MEASURE_NAME, STAT_NAME } from '../sql-parts.js';
import { KINDS, type Slot } from './kinds.js';
import { MEASURES, planSchema, STATS, type ModelPlan, type SchemaNode } from './plan-schema.js';
import { asModelPlan } from './prompt.js';
import { toPlan } from './to-plan.js';
import { validatePlan } from './validate.js';

const companies = readCompanies();
const symbols = ['AAPL', 'AMD', 'AMZN', 'DBB', 'FB', 'FXY', 'GOOGL', 'IBM', 'INDA', 'INTC', 'JPM', 'KO', 'MSFT', 'NFLX', 'NVDA', 'TSLA'];
const ctx: ParseContext = { companies, dataSymbols: new Set(symbols), data: { oldest: '1962-01-02', newest: '2025-07-08' } };
const sectors = [...new Set(companies.map((c) => c.sector).filter(Boolean))];
const data = { symbols, sectors, rowCap: 1000, data: ctx.data };
const schema = planSchema(data);

describe('the schema and the Plan type', () => {
  it('has one property per slot the model fills, and the slots are the Plan\'s', () => {
    expectTypeOf<keyof ModelPlan>().toEqualTypeOf<Slot | 'kind'>();
    expectTypeOf<Exclude<keyof Plan, keyof ModelPlan>>().toEqualTypeOf<'family' | 'restatement' | 'notes' | 'used'>();
    const slots: Slot[] = ['symbols', 'everyStock', 'sector', 'window', 'baseWindow', 'measure', 'lengths', 'stat', 'groupBy', 'order', 'limit', 'threshold', 'direction', 'clock'];
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(['kind', ...slots].sort());
  });

  it('lists every measure and statistic the compiler names, and no other', () => {
    expectTypeOf<(typeof MEASURES)[number]>().toEqualTypeOf<Measure>();
    expectTypeOf<(typeof STATS)[number]>().toEqualTypeOf<Stat>();
    expect([...MEASURES].sort()).toEqual(Object.keys(MEASURE_NAME).sort());
    expect([...STATS].sort()).toEqual(Object.keys(STAT_NAME).sort());
  });

  it('is in the shape strict structured outputs accept: every object closed, every key listed', () => {
    const objects: SchemaNode[] = [];
    const walk = (n: SchemaNode) => {
      if (n.type === 'object') objects.push(n);
      for (const c of [...Object.values(n.properties ?? {}), ...(n.anyOf ?? []), ...(n.items ? [n.items] : [])]) walk(c);
    };
    walk(schema);
    expect(objects.length).toBe(5); // the plan, window, baseWindow, threshold, clock
    for (const o of objects) {
      expect(o.additionalProperties).toBe(false);
      expect(o.required).toEqual(Object.keys(o.properties ?? {}));
    }
  });

  it('names only kinds whose family exists, and each family has kinds', () => {
    for (const spec of Object.values(KINDS)) expect(() => familyNamed(spec.family)).not.toThrow();
    expect(new Set(Object.values(KINDS).map((k) => k.family))).toEqual(new Set(FAMILIES.map((f) => f.name)));
  });
});

describe('what the rules produce, the model may write', () => {
  it("each family's examples pass validation, and compile back to the same SQL and parameters", () => {
    const plans = FAMILIES.flatMap((f) => f.examples).map((q) => parseQuestion(q, ctx)).filter(isPlan);
    expect(plans.length).toBe(FAMILIES.flatMap((f) => f.examples).length);
    for (const p of plans) {
      expect(KINDS[p.kind]?.family, p.kind).toBe(p.family);
      const v = validatePlan(JSON.parse(JSON.stringify(asModelPlan(p))), data);
      expect(v, p.restatement).toHaveProperty('plan');
      if ('plan' in v) expect(compile(toPlan(v.plan))).toEqual(compile(p));
    }
  });
});
