import type { Command } from 'commander';
import { UserError } from '../../config/errors.js';
import { log } from '../ui/log.js';
import { configOf } from './context.js';

export function register(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply the schema migrations in sql/migrations, the roles and grants, and the companies table')
    .action(async (_opts, cmd: Command) => {
      const { prepareDatabase } = await import('../../sql/database.js');
      const { applied } = await prepareDatabase(configOf(cmd));
      log.ok(applied.length ? `applied migrations ${applied.join(', ')}` : 'schema up to date');
    });
  db.command('rebuild-summaries')
    .description('empty the summaries the Spark job keeps (each day of intraday rows as a daily bar, each symbol\'s running statistics per session) and fill them again from prices; --check only compares')
    .option('--check', 'compare the summaries with prices, change nothing (exit 1 when they differ)')
    .action(async (opts: { check?: boolean }, cmd: Command) => {
      const { checkSummaries, rebuildSummaries } = await import('../../sql/summaries.js');
      log.step(`${opts.check ? 'comparing' : 'rebuilding'} the summaries with prices (a minute or more on millions of rows)`);
      const checks = opts.check ? await checkSummaries(configOf(cmd)) : await rebuildSummaries(configOf(cmd));
      for (const c of checks) {
        if (c.extra || c.missing) throw new UserError(`${c.table}: ${c.rows} rows, ${c.extra} that prices do not give, ${c.missing} missing`, opts.check ? 'rebuild it: stockctl db rebuild-summaries' : 'the stack wrote while it was rebuilt: run it again');
        log.ok(`${c.table}: ${c.rows} rows, equal to what prices give${opts.check ? '' : ' (rebuilt)'}`);
      }
    });
}
