import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { down, status, up } from '../stack.js';
import { install } from '../setup/install.js';
import { colour, log } from '../ui/log.js';
import { renderTable } from '../ui/table.js';
import { configOf } from './context.js';

function localOnly(target: string): void {
  if (target !== 'local') {
    throw new UserError(`--target ${target} is not available in this version`, 'the AWS target is planned (terraform/); use the default local target');
  }
}

export function register(program: Command): void {
  program
    .command('up')
    .description('start Kafka, PostgreSQL (with the schema) and the Spark streaming job; harmless when already up')
    .option('--target <target>', 'where to run: local', 'local')
    .option('--skip-setup', 'do not check the installed parts first')
    .action(async (opts: { target: string; skipSetup?: boolean }, cmd: Command) => {
      localOnly(opts.target);
      const config = configOf(cmd);
      const started = Date.now();
      if (!opts.skipSetup) install(config);
      await up(config);
      log.ok(`stack up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

  program
    .command('down')
    .description('stop the Spark job (after its current batch), Kafka and PostgreSQL')
    .option('--purge', 'also delete all data: topics, database, checkpoints, logs')
    .option('--target <target>', 'where: local', 'local')
    .action(async (opts: { purge?: boolean; target: string }, cmd: Command) => {
      localOnly(opts.target);
      await down(configOf(cmd), { purge: opts.purge });
    });

  program
    .command('status')
    .description('show each part: running or not, pid, address, version')
    .option('--json', 'print JSON')
    .option('--target <target>', 'where: local', 'local')
    .action(async (opts: { json?: boolean; target: string }, cmd: Command) => {
      localOnly(opts.target);
      const parts = await status(configOf(cmd));
      if (opts.json) {
        console.log(JSON.stringify(parts, null, 2));
        return;
      }
      console.log(
        renderTable(
          ['part', 'state', 'pid', 'address', 'version', 'detail'],
          parts.map((p) => [p.part, p.running ? colour.green('running') : colour.red('stopped'), p.pid, p.address, p.version, p.detail]),
        ),
      );
    });
}
