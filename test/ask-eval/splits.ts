// The evaluation's splits (FORMAT.md): dev may be read question by question while rules are written; a held-out
// split is read by kind only, and once looked at it becomes readable and a new blind split replaces it.

export const EVAL_SPLITS = ['dev', 'dev-b', 'heldout'] as const;
export type EvalSplit = (typeof EVAL_SPLITS)[number];
