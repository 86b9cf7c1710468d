import type { Command } from 'commander';
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
}
