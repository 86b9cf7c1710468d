// A condition typed to `watch add` → a typed rule, by the question engine's own screens and name resolution, or
// a refusal that says why, with examples: never a rule for something other than what was typed.

import { resolveNames, type CompanyName } from '../ask/names.js';
import { isFiller } from '../ask/reading.js';
import { DATA_HOLDS, hostile, outOfScope } from '../ask/screen.js';
import { CONDITION_EXAMPLES, CONDITION_KINDS } from './kinds.js';
import type { Scope, WatchRule } from './rule.js';

/** A rule, with what the user should know about it (a company whose rows have not landed yet), or a refusal. */
export type ReadCondition = { rule: WatchRule; note?: string } | { refused: string; examples: string[] };

export interface Names {
  companies: CompanyName[];
  dataSymbols: Set<string>;
}

/** Words that say "tell me when", not what to watch. */
const ASKING = new Set(['alert', 'alerts', 'notify', 'ping', 'warn', 'watch', 'if', 'once', 'whenever', 'when', 'me', 'price', 'prices', 'closes', 'close', 'stock', 'shares', 'its', 'the', 'a', 'for', 'of']);

const ALL_SYMBOLS = /\b(?:any|every|each|all)\s+(?:stock|symbol|ticker|name|company|share|etf|fund|of them)s?\b|\banything\b/;

const refuse = (refused: string, examples = CONDITION_EXAMPLES): ReadCondition => ({ refused, examples });

// normName (names.ts) reads "." as a space; a decimal point is kept through it as this mark.
const DECIMAL = '\u2024';

function scopeOf(condition: string, names: Names): { symbol: Scope; rest: string } | { refused: string } {
  const resolved = resolveNames(condition.replace(/(\d)\.(\d)/g, `$1${DECIMAL}$2`), names.companies, names.dataSymbols);
  const rest = resolved.rest.replaceAll(DECIMAL, '.');
  if (resolved.sector) return { refused: `a sector ("${resolved.sector.text}") cannot be watched yet: name one stock, or say "any stock"` };
  const candidates = [...new Set(resolved.matches.flatMap((m) => {
    const withData = m.symbols.filter((s) => names.dataSymbols.has(s));
    return withData.length === 1 ? withData : m.symbols;
  }))];
  const all = ALL_SYMBOLS.exec(rest);
  if (candidates.length > 1) {
    return { refused: resolved.matches.length > 1 ? `one rule watches one stock or all of them; this names ${candidates.join(', ')}: add one rule each` : `"${resolved.matches[0]?.text}" may be ${candidates.join(' or ')}: say which ticker` };
  }
  if (candidates.length === 1 && all) return { refused: `"${all[0]}" and ${candidates[0]} in one rule: say one stock, or any stock` };
  if (candidates.length === 0 && !all) return { refused: 'no stock named: name one (Tesla, AAPL) or say "any stock"' };
  return { symbol: candidates[0] ?? null, rest: all ? rest.replace(all[0], ' ') : rest };
}

export function readCondition(condition: string, names: Names): ReadCondition {
  // "1,000" is one number; "notify me when …" asks for the alert (NOTIFY is also SQL: not a command here).
  const text = condition.trim().replace(/(\d),(\d{3})\b/g, '$1$2');
  if (!text) return refuse('the condition is empty');
  if (hostile(text.replace(/^(?:please\s+)?(?:notify|alert|ping|tell|warn|text|email)\s+me\b/i, 'when'))) return refuse('this reads as SQL or a shell command, not a condition on prices');
  const missing = outOfScope(text);
  if (missing) return refuse(`${missing} are not in the data, so no rule can watch them: ${DATA_HOLDS}`);
  const scope = scopeOf(text, names);
  if ('refused' in scope) return refuse(scope.refused);
  for (const kind of CONDITION_KINDS) {
    const read = kind.read(scope.rest, scope.symbol);
    if (!read) continue;
    const left = scope.rest.replace(read.used, ' ').split(/[\s,;:!?]+/).filter((w) => w && !isFiller(w) && !ASKING.has(w) && !/^['’]s$/.test(w));
    if (left.length) return refuse(`not understood: ${left.map((w) => `"${w}"`).join(', ')}`, kind.examples);
    // A known company may be watched before its file is replayed: said, since a rule that never fires is silent.
    const symbol = read.rule.symbol;
    if (symbol && !names.dataSymbols.has(symbol)) return { rule: read.rule, note: `no data for ${symbol} yet: the rule fires once its rows land (stockctl replay FILE)` };
    return { rule: read.rule };
  }
  return refuse('not a condition that can be watched');
}
