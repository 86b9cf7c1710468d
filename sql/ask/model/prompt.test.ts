// What is sent to the model: the conventions, every kind with an example as the rules read it, the data's
// symbols, sectors and dates; and no part of the database's SQL.

import { describe, expect, it } from 'vitest';
import { readCompanies } from '../../companies.js';
import type { ParseContext } from '../families/family.js';
import { KINDS } from './kinds.js';
import { examples, messages, systemPrompt } from './prompt.js';
import { validatePlan } from './validate.js';

const ctx: ParseContext = { companies: readCompanies(), dataSymbols: new Set(['AAPL', 'FXY', 'TSLA', 'ZZTOP']), data: { oldest: '2010-06-29', newest: '2017-11-10' } };

describe('the prompt', () => {
  it('is the system text and the question, as it was typed', () => {
    const m = messages('how jumpy was Tesla in 2016?', ctx);
    expect(m).toEqual([
      { role: 'system', content: systemPrompt(ctx) },
      { role: 'user', content: 'how jumpy was Tesla in 2016?' },
    ]);
  });

  it('names the symbols with data (with their companies), their sectors and the data\'s dates', () => {
    const s = systemPrompt(ctx);
    expect(s).toContain('Symbols with data (4): AAPL (Apple), FXY (Invesco CurrencyShares Japanese Yen Trust), TSLA (Tesla), ZZTOP.');
    expect(s).toContain('Sectors: Consumer Discretionary, ETF, Information Technology.');
    expect(s).toContain('"Today", "latest", "last month", "this year" count from 2017-11-10');
  });

  it('lists every kind, and gives worked examples that are valid plans of this data\'s kinds', () => {
    const s = systemPrompt(ctx);
    for (const kind of Object.keys(KINDS)) expect(s).toContain(`\n- ${kind}: `);
    const ex = examples(ctx);
    expect(ex.length).toBeGreaterThan(20);
    for (const e of ex) {
      expect(s).toContain(`Q: ${e.question}\nA: ${JSON.stringify(e.plan)}`);
      expect(KINDS[e.plan.kind]).toBeDefined();
    }
    // Valid as plans, but for the symbols (examples name companies this data may not hold).
    const wide = { symbols: [...new Set(ctx.companies.map((c) => c.symbol))], sectors: [...new Set(ctx.companies.map((c) => c.sector ?? ''))], rowCap: 1000, data: { oldest: '1962-01-02', newest: '2017-11-10' } };
    for (const e of ex) expect(validatePlan(e.plan, wide), e.question).toEqual({ plan: e.plan });
  });

  it('holds no SQL, no table or role names of the database', () => {
    expect(systemPrompt(ctx)).not.toMatch(/\b(?:SELECT|FROM prices|daily_bars|minute_bars|daily_returns|moving_averages|stockctl_reader|pg_\w+)\b/);
  });
});
