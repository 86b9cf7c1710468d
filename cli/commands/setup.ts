import type { Command } from 'commander';
import { log } from '../ui/log.js';
import { configOf } from './context.js';

export function register(program: Command): void {
  program
    .command('setup')
    .description('install what the stack needs: Java, PostgreSQL, Kafka and Spark jars, PySpark (idempotent, cached)')
    .option('--dev', 'also what the tests need beyond the stack (Chromium for the dashboard tests, promtool for the metrics tests)')
    .action(async (opts: { dev?: boolean }, cmd: Command) => {
      const { install } = await import('../setup/install.js');
      const started = Date.now();
      install(configOf(cmd), { dev: opts.dev });
      log.ok(`setup complete in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
}
