// Question → Plan. Rule-based: no network, no model; what it cannot read it says so.

import { findCompanies, type CompanyName } from './names.js';
import type { NotUnderstood, Plan } from './plan.js';

export const EXAMPLES = ['recent Tesla prices', 'latest 5 Apple prices', 'last 20 rows for MSFT'];

export function parseQuestion(question: string, companies: CompanyName[]): Plan | NotUnderstood {
  const q = question.trim();
  if (!q) return { problem: 'the question is empty', suggestions: EXAMPLES };
  const matches = findCompanies(q, companies);
  const ambiguous = matches.find((m) => m.symbols.length > 1);
  if (ambiguous) {
    return { problem: `"${ambiguous.text}" names several symbols: ${ambiguous.symbols.join(', ')}; which one?`, suggestions: ambiguous.symbols.map((s) => q.replace(new RegExp(ambiguous.text, 'i'), s)) };
  }
  const symbols = [...new Set(matches.flatMap((m) => m.symbols))];
  if (symbols.length === 0) return { problem: 'no company or ticker found in the question', suggestions: EXAMPLES };
  const n = /\b(?:last|latest|recent|newest|top)\s+(\d{1,4})\b/i.exec(q) ?? /\b(\d{1,4})\s+(?:rows|days|prices|sessions)\b/i.exec(q);
  const limit = n ? Number(n[1]) : 10;
  return {
    intent: 'rows',
    symbols,
    order: 'desc',
    limit,
    restatement: `the newest ${limit} daily rows of ${symbols.join(', ')}, newest first`,
  };
}
