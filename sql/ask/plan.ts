// The typed reading of a question: what `ask` understood, before any SQL exists.

export type Intent = 'rows';

export interface Plan {
  intent: Intent;
  symbols: string[];
  /** Newest first, or oldest first. */
  order: 'desc' | 'asc';
  limit: number;
  /** One line saying how the question was read (shown with --explain). */
  restatement: string;
}

/** The question could not be read as a plan; says why and what would work. */
export interface NotUnderstood {
  problem: string;
  suggestions: string[];
}

export const isPlan = (p: Plan | NotUnderstood): p is Plan => 'intent' in p;
