// What a family of questions is: its phrasings (read), its SQL (compile) and its examples, in one module.
// The registry (index.ts) lists them; parse.ts tries them in that order.

import type { CompanyName } from '../names.js';
import type { NotUnderstood, Plan } from '../plan.js';
import type { Reading } from '../reading.js';
import type { CompiledQuery } from '../sql-parts.js';
import type { DataRange } from '../time.js';

export interface ParseContext {
  companies: CompanyName[];
  /** Symbols that have rows: accepted by ticker even when the companies table does not list them. */
  dataSymbols: Set<string>;
  /** Each symbol's newest session, when known: relative times of a symbol whose data ended long ago count from it. */
  lastDay?: Map<string, string>;
  data: DataRange;
}

/** A family's reading: the plan without what the parser adds (family, notes, words used). */
export type Reading$ = Omit<Plan, 'family' | 'notes' | 'used'>;

export interface Family {
  name: string;
  /** Questions it reads: suggestions for the user, and checked in its spec. */
  examples: string[];
  /** The plan, a reason it cannot be answered, or undefined when the question is not of this family. */
  read(r: Reading, ctx: ParseContext): Reading$ | NotUnderstood | undefined;
  compile(plan: Plan): CompiledQuery;
}
