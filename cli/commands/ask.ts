import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { colour } from '../ui/log.js';
import { renderTable, type Cell } from '../ui/table.js';
import { compile } from '../../sql/ask/compile.js';
import { ReadOnlySession } from '../../sql/ask/execute.js';
import { parseQuestion } from '../../sql/ask/parse.js';
import { isPlan } from '../../sql/ask/plan.js';
import { configOf } from './context.js';

export function register(program: Command): void {
  program
    .command('ask')
    .description('ask a question in plain English; shows the SQL it ran and the answer')
    .argument('<question>', 'e.g. "recent Tesla prices"')
    .option('--sql', 'print the SQL (shown by default; kept for scripts)')
    .option('--explain', 'also say how the question was read')
    .option('--quiet', 'print only the answer')
    .action(async (question: string, opts: { explain?: boolean; quiet?: boolean }, cmd: Command) => {
      const config = configOf(cmd);
      const session = await ReadOnlySession.open(config);
      try {
        const plan = parseQuestion(question, await session.companies());
        if (!isPlan(plan)) {
          throw new UserError(`could not read the question: ${plan.problem}`, `try for example:\n${plan.suggestions.map((s) => `  stockctl ask "${s}"`).join('\n')}`, 2);
        }
        const query = compile(plan);
        if (opts.explain) console.log(colour.dim(`read as: ${plan.restatement}`));
        if (!opts.quiet) console.log(colour.dim(`${query.sql}\n-- parameters: ${JSON.stringify(query.params)}`) + '\n');
        const answer = await session.run(query);
        if (answer.rows.length === 0) {
          console.log('no rows: the data holds nothing for this question yet (has a replay run?)');
          return;
        }
        console.log(renderTable(answer.columns, answer.rows.map((r) => answer.columns.map((c) => r[c] as Cell))));
        if (answer.truncated) console.log(colour.dim(`(first ${config.ask.row_cap} rows shown: ask.row_cap)`));
      } finally {
        await session.close();
      }
    });
}
