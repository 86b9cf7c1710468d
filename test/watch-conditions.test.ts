// Conditions for `stockctl watch add` written blind, from the README's promises and the rule shapes alone
// (test/watch-conditions/README.md), with the rules they should read as. None may be read as another rule, and
// none that should be refused may be read; per kind, at least the share read when they were last looked at.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../config/paths.js';
import { readCompanies } from '../sql/companies.js';
import { readCondition } from '../sql/watch/read-condition.js';
import type { WatchRule } from '../sql/watch/rule.js';

type Case = { id: string; condition: string } & ({ expect: WatchRule } | { refuse: true; why: string });

const names = { companies: readCompanies(), dataSymbols: new Set('AAPL AMD AMZN FB GOOGL IBM INTC JPM KO MSFT NFLX NVDA TSLA DBB FXY INDA'.split(' ')) };
const cases = readFileSync(fromRoot('test', 'watch-conditions', 'conditions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Case);
const same = (a: object, b: object) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * Where the product decided otherwise than the writer assumed: a known company without data is watched (its file
 * may be replayed after the rule is added), with a note, rather than refused.
 */
const DECIDED_OTHERWISE: Record<string, string> = { w12: 'ORCL', w46: 'DIS' };

/** Read ÷ readable per kind, as scored on 2026-12-07 after the misses were looked at (all 55 read then). */
const FLOOR: Record<string, number> = { 'daily-change': 1, 'volume-spike': 1, 'ma-cross': 1, 'price-cross': 1, 'new-high': 1, 'new-low': 1 };

describe('watch conditions written blind', () => {
  const outcomes = cases.map((c) => ({ c, got: readCondition(c.condition, names) }));

  it('reads no condition as a different rule, and reads none of those it should refuse', () => {
    for (const [id, symbol] of Object.entries(DECIDED_OTHERWISE)) {
      const got = outcomes.find((o) => o.c.id === id)?.got;
      expect(got && 'note' in got ? got.note : undefined, id).toContain(`no data for ${symbol} yet`);
    }
    const wrong = outcomes.filter(({ c, got }) => 'rule' in got && !(c.id in DECIDED_OTHERWISE) && ('refuse' in c || !same(got.rule, c.expect)));
    expect(wrong.map(({ c, got }) => `${c.id}: ${JSON.stringify('rule' in got ? got.rule : got)}`)).toEqual([]);
    expect(outcomes.filter(({ c }) => 'refuse' in c).length).toBeGreaterThanOrEqual(20);
  });

  it('reads each kind at least as well as when last looked at', () => {
    const kinds = new Map<string, { n: number; read: number }>();
    for (const { c, got } of outcomes) {
      if ('refuse' in c) continue;
      const k = kinds.get(c.expect.kind) ?? { n: 0, read: 0 };
      kinds.set(c.expect.kind, { n: k.n + 1, read: k.read + ('rule' in got && same(got.rule, c.expect) ? 1 : 0) });
    }
    expect([...kinds.keys()].sort()).toEqual(Object.keys(FLOOR).sort());
    for (const [kind, k] of kinds) expect(k.read / k.n, kind).toBeGreaterThanOrEqual(FLOOR[kind] as number);
  });
});
