// The evaluation's splits (FORMAT.md): dev may be read question by question while rules are written; a held-out
// split is read by kind only, and once looked at it becomes readable and a new blind split replaces it.

export const EVAL_SPLITS = ['dev', 'dev-b', 'dev-c', 'dev-d', 'dev-e', 'dev-f', 'dev-g', 'dev-h', 'dev-i', 'dev-j', 'dev-k', 'dev-l', 'dev-m', 'dev-n', 'dev-o', 'dev-p', 'dev-q', 'dev-r', 'dev-s', 'heldout', 'heldout-b'] as const;

/** The splits read by kind only (FORMAT.md): their questions and misses are not shown to whoever writes rules. */
export const HELD_OUT: ReadonlySet<string> = new Set(['heldout', 'heldout-b']);
export type EvalSplit = (typeof EVAL_SPLITS)[number];

/**
 * What each split must score: correct ÷ answerable and correct ÷ answered. The targets (95%, 99%) hold on
 * every readable split. The blind held-out split's figures are a floor at the score it had when first scored blind
 * (2026-12-07: 192/200 correct, 192/192 precision: above both targets, the first blind split to be; the five before
 * it scored 89.0–94.5%), so that nothing gets worse unseen. The thirteenth blind split, scored once blind the same
 * day, did not: 185/200 correct (92.5%), precision 185/187 (98.9%), refusals 40/40; it became dev-q. The fourteenth, written after
 * dev-q's rules and scored once blind: 184/200 (92.0%), precision 184/185 (99.5%), refusals 40/40; it became dev-r. The fifteenth (heldout-b), written
 * with terse, chatty and misspelt phrasings, scored once blind the same day: 176/200 (88.0%), precision 176/177
 * (99.4%), refusals 40/40; held out beside the first, to that floor. The sixteenth (dev-s), written with the same
 * mix of terse, chatty and misspelt phrasings and scored once blind the same day: 193/200 (96.5%), precision
 * 193/194 (99.5%), refusals 40/40; then read.
 */
export const TARGETS: Record<EvalSplit, { correct: number; precision: number }> = {
  dev: { correct: 0.95, precision: 0.99 },
  'dev-b': { correct: 0.95, precision: 0.99 },
  'dev-c': { correct: 0.95, precision: 0.99 },
  'dev-d': { correct: 0.95, precision: 0.99 },
  'dev-e': { correct: 0.95, precision: 0.99 },
  'dev-f': { correct: 0.95, precision: 0.99 },
  'dev-g': { correct: 0.95, precision: 0.99 },
  'dev-h': { correct: 0.95, precision: 0.99 },
  'dev-i': { correct: 0.95, precision: 0.99 },
  'dev-j': { correct: 0.95, precision: 0.99 },
  'dev-k': { correct: 0.95, precision: 0.99 },
  'dev-l': { correct: 0.95, precision: 0.99 },
  'dev-m': { correct: 0.95, precision: 0.99 },
  'dev-n': { correct: 0.95, precision: 0.99 },
  'dev-o': { correct: 0.95, precision: 0.99 },
  'dev-p': { correct: 0.95, precision: 0.99 },
  'dev-q': { correct: 0.95, precision: 0.99 },
  'dev-r': { correct: 0.95, precision: 0.99 },
  'dev-s': { correct: 0.95, precision: 0.99 },
  heldout: { correct: 0.96, precision: 1 },
  'heldout-b': { correct: 0.88, precision: 0.99 },
};
