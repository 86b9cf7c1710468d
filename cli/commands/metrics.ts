import type { Command } from 'commander';
import { configOf } from './context.js';

export function register(program: Command): void {
  program
    .command('metrics')
    .description('print the stack\'s metrics once, in the Prometheus text format (the dashboard serves the same at /metrics)')
    .action(async (_opts: unknown, cmd: Command) => {
      const { metricsText } = await import('../metrics/one-shot.js');
      process.stdout.write(await metricsText(configOf(cmd)));
    });
}
