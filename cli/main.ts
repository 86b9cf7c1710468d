#!/usr/bin/env node
// stockctl: the command line. Each command lives in commands/; this file wires them and handles errors.

import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { UserError } from '../config/errors.js';
import { fromRoot } from '../config/paths.js';
import { log } from './ui/log.js';

interface CommandModule {
  register(program: Command): void;
}

/**
 * Each module with the commands it registers, in the order of --help. A run loads only the module of its
 * command: `stockctl ask` does not load Kafka's client, the dashboard or the AWS SDK.
 */
const COMMANDS: [string[], () => Promise<CommandModule>][] = [
  [['setup'], () => import('./commands/setup.js')],
  [['up', 'down', 'status'], () => import('./commands/stack.js')],
  [['replay'], () => import('./commands/replay.js')],
  [['ask'], () => import('./commands/ask.js')],
  [['dashboard'], () => import('./commands/dashboard.js')],
  [['metrics'], () => import('./commands/metrics.js')],
  [['demo'], () => import('./commands/demo.js')],
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
  stockctl metrics                               the stack's metrics in the Prometheus text format
  stockctl up --target aws                       the same stack on EC2 (Terraform)
  stockctl down                                  stop everything

Environment: STOCKCTL_<SECTION>_<KEY> overrides any config key, e.g. STOCKCTL_KAFKA_PORT=29092.`);
  const named = commandOf(args);
  const one = COMMANDS.find(([names]) => named !== undefined && names.includes(named));
  for (const m of await Promise.all((one ? [one] : COMMANDS).map(([, load]) => load()))) m.register(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = (await buildProgram(argv.slice(2))).exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
      return;
    }
    if (e instanceof UserError) {
      log.error(e.message);
      if (e.hint) console.error(e.hint);
      process.exitCode = e.exitCode;
      return;
    }
    throw e;
  }
}

// `stockctl … | head` closes the pipe early: that is the reader being done, not an error to report.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

await main(process.argv);
