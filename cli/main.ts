#!/usr/bin/env node
// stockctl: the command line. Each command lives in commands/; this file wires them and handles errors.

import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { UserError } from '../config/errors.js';
import { fromRoot } from '../config/paths.js';
import { log } from './ui/log.js';
import * as ask from './commands/ask.js';
import * as cluster from './commands/cluster.js';
import * as dashboard from './commands/dashboard.js';
import * as db from './commands/db.js';
import * as demo from './commands/demo.js';
import * as metrics from './commands/metrics.js';
import * as python from './commands/python.js';
import * as replay from './commands/replay.js';
import * as secrets from './commands/secrets.js';
import * as setup from './commands/setup.js';
import * as stack from './commands/stack.js';

const { version } = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string };

export function buildProgram(): Command {
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
  for (const m of [setup, stack, replay, ask, dashboard, metrics, demo, db, cluster, python, secrets]) m.register(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram().exitOverride();
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
