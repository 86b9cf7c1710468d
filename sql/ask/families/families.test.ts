// Each family reads its own examples (and no other family takes them first), and its SQL passes the guard.

import { describe, expect, it } from 'vitest';
import { readCompanies } from '../../companies.js';
import { checkSql } from '../guard.js';
import { parseQuestion } from '../parse.js';
import { isPlan } from '../plan.js';
import { compile } from '../compile.js';
import { FAMILIES } from './index.js';
import type { ParseContext } from './family.js';

const ctx: ParseContext = {
  companies: readCompanies(),
  dataSymbols: new Set(['AAPL', 'AMD', 'AMZN', 'FB', 'GOOGL', 'IBM', 'INTC', 'JPM', 'KO', 'MSFT', 'NFLX', 'NVDA', 'TSLA', 'DBB', 'FXY', 'INDA']),
  data: { oldest: '1962-01-02', newest: '2025-07-08' },
};

describe.each(FAMILIES.map((f) => [f.name, f] as const))('family: %s', (_name, family) => {
  it.each(family.examples)('reads "%s", and its SQL passes the guard', async (q) => {
    const plan = parseQuestion(q, ctx);
    if (!isPlan(plan)) throw new Error(`not read: ${plan.problem}`);
    expect(plan.family).toBe(family.name);
    expect(plan.restatement).not.toBe('');
    expect(plan.used.length).toBeGreaterThan(0);
    await expect(checkSql(compile(plan).sql)).resolves.toBeUndefined();
  });
});

it('every family has examples, and the families have distinct names', () => {
  expect(FAMILIES.every((f) => f.examples.length >= 2)).toBe(true);
  expect(new Set(FAMILIES.map((f) => f.name)).size).toBe(FAMILIES.length);
});
