import type { Command } from 'commander';
import { log } from '../ui/log.js';
import { configOf } from './context.js';

export function register(program: Command): void {
  program
    .command('setup')
    .description('install what the stack needs: Java, PostgreSQL, Kafka and Spark jars, PySpark (idempotent, cached)')
    .action(async (_opts, cmd: Command) => {
      const { install } = await import('../setup/install.js');
      const started = Date.now();
      install(configOf(cmd));
      log.ok(`setup complete in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
}
