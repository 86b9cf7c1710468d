// The `ask` evaluation on the real stack: every split scored per kind against gold answers that independent
// code computed from the source files (test/ask-eval/FORMAT.md). Refusals must be 100%; precision and coverage
// must reach each split's figures in splits.ts (the targets, or for the blind split today's floor).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../sql/ask/engine.js';
import { ReadOnlySession } from '../sql/ask/execute.js';
import { fromRoot } from '../config/paths.js';
import { loadEvalData } from './ask-eval/eval-data.js';
import { kindTable, readSplit, scoreSplit } from './ask-eval/score.js';
import { EVAL_SPLITS, TARGETS } from './ask-eval/splits.js';
import { Harness } from './harness.js';

describe('the ask evaluation, scored per kind on the real stack', { timeout: 600_000 }, () => {
  let h: Harness;
  let session: ReadOnlySession;

  beforeAll(async () => {
    h = await Harness.create('ask-eval');
    const up = await h.cli(['up']);
    if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}`);
    await loadEvalData(h);
    session = await ReadOnlySession.open(h.config);
  });

  afterAll(async () => {
    await session?.close();
    await h?.cli(['down', '--purge']);
  });

  it.each(EVAL_SPLITS)('%s split', async (split) => {
    const score = await scoreSplit(readSplit(fromRoot('test', 'ask-eval', split, 'questions.jsonl')), (q) => ask(session, q));
    console.log(`ask evaluation, ${split} split:\n${kindTable(score)}`);
    const target = TARGETS[split];
    expect(score.refusalRate, 'refused ÷ to refuse').toBe(1);
    expect(score.precision, 'correct ÷ answered').toBeGreaterThanOrEqual(target.precision);
    expect(score.coverage, 'correct ÷ answerable').toBeGreaterThanOrEqual(target.correct);
  });
});
