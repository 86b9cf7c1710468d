// Scores a split from the command line, on a stack kept between runs (for working on the engine):
//   node dist/test/ask-eval/run.js dev [--misses] [--kind K]      (held-out splits: per-kind scores only, never --misses)
//   … --model: with the language model of the environment (STOCKCTL_ASK_MODEL_URL, _NAME) reading what the rules do not
// The stack lives in $STOCKCTL_EVAL_STATE (default: a folder in the system's temp dir) until `--down`.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, Harness } from '../../cli/isolated-stack.js';
import { fromRoot } from '../../config/paths.js';
import { ask } from '../../sql/ask/engine.js';
import { ReadOnlySession } from '../../sql/ask/execute.js';
import { modelOptions } from '../../sql/ask/model/from-config.js';
import { loadEvalData } from './eval-data.js';
import { kindTable, readSplit, scoreSplit } from './score.js';
import { HELD_OUT } from './splits.js';

const state = process.env.STOCKCTL_EVAL_STATE ?? join(tmpdir(), 'stockctl-ask-eval');
const args = process.argv.slice(2);
const split = args.find((a) => !a.startsWith('--')) ?? 'dev';

async function stack(): Promise<Harness> {
  const ports = join(state, 'eval-ports.json');
  if (!existsSync(ports)) {
    mkdirSync(state, { recursive: true });
    const p = { STOCKCTL_KAFKA_PORT: await freePort(), STOCKCTL_KAFKA_CONTROLLER_PORT: await freePort(), STOCKCTL_POSTGRES_PORT: await freePort(), STOCKCTL_SPARK_UI_PORT: await freePort() };
    writeFileSync(ports, JSON.stringify(p));
  }
  const env = Object.fromEntries(Object.entries(JSON.parse(readFileSync(ports, 'utf8')) as Record<string, number>).map(([k, v]) => [k, String(v)]));
  return Harness.create('ask-eval', { ...env, STOCKCTL_PATHS_STATE: state });
}

const h = await stack();
if (args.includes('--down')) {
  await h.cli(['down', '--purge']);
  process.exit(0);
}
if (!existsSync(join(state, 'eval-loaded'))) {
  const up = await h.cli(['up']);
  if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}`);
  await loadEvalData(h);
  writeFileSync(join(state, 'eval-loaded'), new Date().toISOString());
} else {
  await h.cli(['up']);
}
const model = args.includes('--model') ? modelOptions(h.config, 'not-understood') : undefined;
if (args.includes('--model') && !model) throw new Error('--model: no model configured (set STOCKCTL_ASK_MODEL_URL and STOCKCTL_ASK_MODEL_NAME)');
const session = await ReadOnlySession.open(h.config);
try {
  const kind = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;
  const questions = readSplit(fromRoot('test', 'ask-eval', split, 'questions.jsonl')).filter((q) => !kind || q.kind === kind);
  const score = await scoreSplit(questions, (q) => ask(session, q, { model }).catch((e: unknown) => ({ notes: [`error: ${(e as Error).message}`] })));
  console.log(kindTable(score));
  if (args.includes('--misses')) {
    if (HELD_OUT.has(split) && !args.includes('--seen')) throw new Error('misses are not shown for the held-out split: it is read by kind (--seen once a change is done; then refresh the split)');
    const text = new Map(questions.map((q) => [q.id, q.question]));
    for (const o of score.outcomes.filter((x) => x.outcome !== 'correct' && x.outcome !== 'refused-right')) console.log(`${o.id} ${o.kind} ${o.outcome}: ${text.get(o.id)}\n    ${o.why ?? ''}`);
  }
} finally {
  await session.close();
}
