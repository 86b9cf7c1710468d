// Every plan the rules read from the families' examples and the evaluation's readable splits, written as a model
// would write it, passes the model's validation and compiles back to the rules' own SQL: the validation refuses
// nothing the rules produce, and a model's plan goes through the very same compiler (sql/ask/model/).

import { describe, expect, it } from 'vitest';
import { fromRoot } from '../config/paths.js';
import { readCompanies } from '../sql/companies.js';
import { compile } from '../sql/ask/compile.js';
import type { ParseContext } from '../sql/ask/families/family.js';
import { FAMILIES } from '../sql/ask/families/index.js';
import { KINDS } from '../sql/ask/model/kinds.js';
import { asModelPlan } from '../sql/ask/model/prompt.js';
import { toPlan } from '../sql/ask/model/to-plan.js';
import { validatePlan } from '../sql/ask/model/validate.js';
import { parseQuestion } from '../sql/ask/parse.js';
import { isPlan } from '../sql/ask/plan.js';
import { readSplit } from './ask-eval/score.js';
import { EVAL_SPLITS, HELD_OUT } from './ask-eval/splits.js';

const companies = readCompanies();
const symbols = ['AAPL', 'AMD', 'AMZN', 'DBB', 'FB', 'FXY', 'GOOGL', 'IBM', 'INDA', 'INTC', 'JPM', 'KO', 'MSFT', 'NFLX', 'NVDA', 'TSLA'];
const ctx: ParseContext = { companies, dataSymbols: new Set(symbols), data: { oldest: '1962-01-02', newest: '2025-07-08' } };
const data = { symbols, sectors: [...new Set(companies.map((c) => c.sector ?? ''))], rowCap: 1000, data: ctx.data };

describe('what the rules produce, the model may write', () => {
  // The held-out splits are left out: they are read by kind only (test/ask-eval/FORMAT.md).
  const questions = [...FAMILIES.flatMap((f) => f.examples), ...EVAL_SPLITS.filter((s) => !HELD_OUT.has(s)).flatMap((s) => readSplit(fromRoot('test', 'ask-eval', s, 'questions.jsonl')).map((q) => q.question))];
  const plans = questions.map((q) => parseQuestion(q, ctx)).filter(isPlan);

  it("reads hundreds of plans of every kind from the families' examples and the readable splits", () => {
    expect(plans.length).toBeGreaterThan(900);
    expect(new Set(plans.map((p) => p.kind))).toEqual(new Set(Object.keys(KINDS)));
  });

  it('each of them passes validation, and compiles back to the same SQL and parameters', () => {
    const failures: string[] = [];
    for (const p of plans) {
      expect(KINDS[p.kind]?.family, p.kind).toBe(p.family);
      const v = validatePlan(JSON.parse(JSON.stringify(asModelPlan(p))), data);
      if ('errors' in v) {
        failures.push(`${p.kind}: ${v.errors.join('; ')}`);
        continue;
      }
      expect(compile(toPlan(v.plan))).toEqual(compile(p));
    }
    expect(failures).toEqual([]);
  });
});
