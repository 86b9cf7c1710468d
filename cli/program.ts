// The stockctl program: its commands, each loaded only when a run needs it. No side effects (main.ts runs it).

import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { fromRoot } from '../config/paths.js';

export interface CommandModule {
  register(program: Command): void;
}

/**
 * Each module with the commands it registers, in the order of --help. A run loads only the module of its
 * command: `stockctl ask` does not load Kafka's client, the dashboard or the AWS SDK.
 */
export const COMMANDS: [names: string[], load: () => Promise<CommandModule>, runs?: string[]][] = [
  [['setup'], () => import('./commands/setup.js')],
  [['up', 'down', 'status'], () => import('./commands/stack.js')],
  [['replay'], () => import('./commands/replay.js')],
  [['ask'], () => import('./commands/ask.js')],
  [['dashboard'], () => import('./commands/dashboard.js')],
  [['watch'], () => import('./commands/watch.js')],
  [['metrics'], () => import('./commands/metrics.js')],
  [['demo'], () => import('./commands/demo.js'), ['ask']], // the demo ends by running `ask` on the same program
  [['db'], () => import('./commands/db.js')],
  [['cluster'], () => import('./commands/cluster.js')],
  [['python'], () => import('./commands/python.js')],
  [['secrets'], () => import('./commands/secrets.js')],
];

/** The command a command line names (its first word that is not an option), if any. */
export function commandOf(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-c' || a === '--config') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

const { version } = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string };

/** The program with the modules `args` needs: its command's alone, or all of them (help, no command, a typo). */
export async function buildProgram(args: string[] = []): Promise<Command> {
  const program = new Command('stockctl')
    .description('Historical stock data replayed as a live market through Kafka, Spark and PostgreSQL, asked in plain English.')
    .version(version)
    .option('-c, --config <file>', 'YAML file whose keys override config/stockctl.yaml')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `
Examples:
  stockctl demo                                  the whole flow on the bundled sample data
  stockctl up                                    start Kafka, PostgreSQL and the Spark job
  stockctl replay data/sample/*.txt --speed max  feed files into Kafka
  stockctl ask "recent Tesla prices"             ask the landed data
  stockctl dashboard                             live prices, pipeline health, the ask box
  stockctl watch add "Tesla falls more than 3% in a day"   an alert on the live stream
  stockctl metrics                               the stack's metrics in the Prometheus text format
  stockctl up --target aws                       the same stack on EC2 (Terraform)
  stockctl down                                  stop everything

Environment: STOCKCTL_<SECTION>_<KEY> overrides any config key, e.g. STOCKCTL_KAFKA_PORT=29092.`);
  const named = commandOf(args);
  const one = COMMANDS.find(([names]) => named !== undefined && names.includes(named));
  const wanted = one ? [...one[0], ...(one[2] ?? [])] : undefined;
  const modules = COMMANDS.filter(([names]) => !wanted || names.some((n) => wanted.includes(n)));
  for (const m of await Promise.all(modules.map(([, load]) => load()))) m.register(program);
  return program;
}
