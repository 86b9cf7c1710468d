import type { Command } from 'commander';
import { spawnSync } from 'node:child_process';
import { UserError } from '../../config/errors.js';
import { layout } from '../layout.js';
import { existsSync } from 'node:fs';
import { findJavaHome } from '../setup/system.js';
import { configOf } from './context.js';

/** `stockctl python -m pytest …`: the project's virtual environment, for the test and lint scripts. */
export function register(program: Command): void {
  program
    .command('python', { hidden: true })
    .description("run the project's Python (the Spark job's virtual environment)")
    .allowUnknownOption()
    .helpOption(false)
    .argument('[args...]')
    .action((args: string[], _opts, cmd: Command) => {
      const python = layout(configOf(cmd)).spark.python;
      if (!existsSync(python)) throw new UserError('the Python environment is not installed', 'run: stockctl setup');
      const res = spawnSync(python, args, { stdio: 'inherit', env: { ...process.env, JAVA_HOME: findJavaHome() ?? process.env.JAVA_HOME } });
      process.exitCode = res.status ?? 1;
    });
}
