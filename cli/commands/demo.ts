import type { Command } from 'commander';
import { layout } from '../layout.js';
import { fromRoot } from '../../config/paths.js';
import { colour, log } from '../ui/log.js';
import { expandInputs } from '../../producer/inputs.js';
import { parseSpeed } from '../../producer/pacing.js';
import { printSummary } from './replay.js';
import { configOf } from './context.js';

export function register(program: Command): void {
  program
    .command('demo')
    .description('the whole flow on the bundled sample data: setup → up → replay → ask')
    .option('--question <text>', 'what to ask at the end', 'recent Tesla prices')
    .action(async (opts: { question: string }, cmd: Command) => {
      const config = configOf(cmd);
      const started = Date.now();
      const [{ install }, { up }, { waitCaughtUp }, { Progress }, { replayInWorker }] = await Promise.all([
        import('../setup/install.js'),
        import('../stack.js'),
        import('../pipeline.js'),
        import('../../producer/progress.js'),
        import('../../producer/replay-worker.js'),
      ]);
      log.info(colour.bold('1/4 setup'));
      install(config);
      log.info(colour.bold('\n2/4 stockctl up'));
      await up(config);
      log.info(colour.bold('\n3/4 stockctl replay data/sample --speed max'));
      const speed = parseSpeed('max');
      const summary = await replayInWorker(config, { files: expandInputs([fromRoot('data', 'sample')]), speed, batchSize: config.replay.batch_size, progress: new Progress(), checkpointDir: layout(config).replay });
      printSummary(summary, speed);
      log.step('waiting for the Spark job to land every message in PostgreSQL');
      const total = await waitCaughtUp(config);
      log.ok(`all ${total} messages of the topic are committed by the Spark job`);
      log.info(colour.bold(`\n4/4 stockctl ask "${opts.question}"`));
      await program.parseAsync(['ask', opts.question, '--explain'], { from: 'user' });
      log.info('');
      log.ok(`demo done in ${((Date.now() - started) / 1000).toFixed(0)} s. The stack is still up: try \`npx stockctl ask "latest 5 Apple prices"\`, \`npx stockctl status\`; stop it with \`npx stockctl down\`.`);
    });
}
