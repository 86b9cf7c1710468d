import type { Command } from 'commander';
import { install } from '../setup/install.js';
import { log } from '../ui/log.js';
import { configOf } from './context.js';

export function register(program: Command): void {
  program
    .command('setup')
    .description('install what the stack needs: Java, PostgreSQL, Kafka and Spark jars, PySpark (idempotent, cached)')
    .action((_opts, cmd: Command) => {
      const started = Date.now();
      install(configOf(cmd));
      log.ok(`setup complete in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
}
