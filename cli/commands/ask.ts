import { mkdirSync, readFileSync, writeFileSync, existsSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { Option, type Command } from 'commander';
import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';
import { layout } from '../layout.js';
import { colour } from '../ui/log.js';
import { ask, type AskOptions as EngineOptions, type AskResult } from '../../sql/ask/engine.js';
import { ReadOnlySession } from '../../sql/ask/execute.js';
import { loadGuard } from '../../sql/ask/guard.js';
import { modelOptions } from '../../sql/ask/model/from-config.js';
import { toArrow, toChart, toCsv, toJson, toTable, type Format } from '../ui/render-answer.js';
import { configOf } from './context.js';
import { onTarget } from './target.js';

interface AskOptions {
  format: Format;
  output?: string;
  sql: boolean;
  explain?: boolean;
  chart: boolean;
  model: 'not-understood' | 'always' | 'never';
}

/** --explain: whether the question went to a language model, why, and what came of it. */
function modelLines(result: AskResult): string[] {
  const m = result.model;
  if (!m) return ['model: none asked (none configured: ask.model.url), only the rules read it'];
  if (!m.sent) return [`model: not sent to ${m.where}: ${m.why}`];
  const came = m.outcome === 'plan' ? 'its plan passed validation and was compiled like a rule-read plan' : m.outcome === 'refused' ? `its plan was refused, not run: ${m.detail}` : `it failed: ${m.detail}`;
  return [`model: sent to ${m.where} (${m.why}); ${came}`];
}

/** Prints one result; returns the exit code it deserves (0 answered, 1 no data, 2 not understood). */
async function show(result: AskResult, opts: AskOptions): Promise<number> {
  const toStdout = opts.format === 'table' && !opts.output;
  const say = (text: string) => (toStdout ? console.log(colour.dim(text)) : console.error(text));
  if (result.notUnderstood) {
    const { problem, suggestions } = result.notUnderstood;
    if (opts.explain) for (const line of modelLines(result)) console.error(line);
    console.error(`${colour.red('✗')} could not answer: ${problem}`);
    if (suggestions.length) console.error(`try for example:\n${suggestions.map((s) => `  stockctl ask "${s}"`).join('\n')}`);
    return 2;
  }
  if (opts.explain && result.plan) {
    say(`read as: ${result.plan.restatement}`);
    if (result.model?.outcome === 'plan') say(`read by: the model, as a plan of the ${result.plan.family} family (${result.plan.kind})`);
    else say(`read by: the ${result.plan.family} family (${result.plan.kind}), from the words ${result.plan.used.map((w) => `"${w}"`).join(', ')}`);
    for (const line of modelLines(result)) say(line);
  }
  for (const note of result.notes) say(note);
  if (opts.sql && result.query) say(`${result.query.sql}\n-- parameters: ${JSON.stringify(result.query.params)}`);
  const answer = result.answer;
  if (!answer) return 1;
  if (answer.rows.length === 0) {
    console.error('no rows: nothing in the data answers this (has a replay run for these symbols and dates?)');
    return 1;
  }
  const body: string | Uint8Array = opts.format === 'csv' ? toCsv(answer) : opts.format === 'json' ? toJson(answer) : opts.format === 'arrow' ? await toArrow(answer) : toTable(answer);
  if (opts.output) {
    writeFileSync(opts.output, body);
    console.error(`${answer.rows.length} rows written to ${opts.output} (${opts.format})`);
  } else if (body instanceof Uint8Array) {
    if (process.stdout.isTTY) throw new UserError('Arrow is binary: write it to a file with --output answer.arrow, or pipe it');
    process.stdout.write(body);
  } else {
    if (toStdout) console.log('');
    process.stdout.write(body.endsWith('\n') ? body : body + '\n');
  }
  if (answer.truncated) say(`(only the first ${answer.rows.length} rows: ask.row_cap)`);
  const chart = toStdout && opts.chart ? toChart(answer, result.query?.chart) : undefined;
  if (chart) console.log('\n' + chart);
  return 0;
}

async function interactive(session: ReadOnlySession, config: StockctlConfig, opts: AskOptions, engine: EngineOptions): Promise<void> {
  const historyFile = join(layout(config).state, 'ask-history');
  const history = existsSync(historyFile) ? readFileSync(historyFile, 'utf8').split('\n').filter(Boolean).reverse().slice(0, 500) : [];
  const rl = createInterface({ input: process.stdin, output: process.stdout, history, historySize: 500 });
  console.log(colour.dim('Ask about the landed prices; "examples" lists kinds of questions, "exit" leaves.'));
  try {
    for (;;) {
      let question: string;
      try {
        question = (await rl.question(colour.cyan('ask› '))).trim();
      } catch {
        break; // Ctrl-D or Ctrl-C
      }
      if (!question) continue;
      if (/^(exit|quit|\\q)$/i.test(question)) break;
      mkdirSync(layout(config).state, { recursive: true });
      appendFileSync(historyFile, question + '\n');
      if (/^(examples|help|\?)$/i.test(question)) {
        const { EXAMPLES } = await import('../../sql/ask/parse.js');
        console.log(EXAMPLES.map((e) => `  ${e}`).join('\n'));
        continue;
      }
      try {
        await show(await ask(session, question, engine), opts);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        console.error(`${colour.red('✗')} ${e.message}`);
      }
    }
  } finally {
    rl.close();
  }
}

export function register(program: Command): void {
  program
    .command('ask')
    .description('ask the landed prices a question in plain English; shows how it was read, the SQL and the answer')
    .argument('[question]', 'e.g. "recent Tesla prices"; none: an interactive prompt with history')
    .addOption(new Option('-f, --format <format>', 'answer format').choices(['table', 'csv', 'json', 'arrow']).default('table'))
    .option('-o, --output <file>', 'write the answer to a file instead of the terminal')
    .option('--sql', 'show the SQL (the default; to stderr for csv, json and arrow)', true)
    .option('--no-sql', 'do not show the SQL')
    .option('--explain', 'say how the question was read, in one line')
    .option('--no-chart', 'no terminal chart for time series')
    .addOption(new Option('--model <when>', 'when the configured language model (ask.model) reads the question: not-understood (by the rules), always (to compare), never').choices(['not-understood', 'always', 'never']).default('not-understood'))
    .option('--target <target>', 'local, or aws (the deployment, through an SSH tunnel)', 'local')
    .addHelpText('after', '\nExamples:\n  stockctl ask "recent Tesla prices"\n  stockctl ask "top 5 gainers last month" --explain\n  stockctl ask "Apple prices in 2016" --format arrow -o apple.arrow\n\nAt the prompt, "examples" lists the kinds of questions it answers.')
    .action(async (question: string | undefined, opts: AskOptions & { target: string }, cmd: Command) => {
      void loadGuard(); // loads while the database is reached
      await onTarget(opts.target, configOf(cmd), async (config) => {
        const engine: EngineOptions = { model: modelOptions(config, opts.model) };
        const session = await ReadOnlySession.open(config);
        try {
          if (question === undefined) {
            if (!process.stdin.isTTY) throw new UserError('no question given', 'pass one: stockctl ask "recent Tesla prices"');
            await interactive(session, config, opts, engine);
            return;
          }
          process.exitCode = await show(await ask(session, question, engine), opts);
        } finally {
          await session.close();
        }
      });
    });
}
