import type { Command } from 'commander';
import { SPEC, type StockctlConfig } from '../config/schema.js';
import { UserError } from '../errors.js';
import { colour, log } from '../ui/log.js';
import { renderTable } from '../ui/table.js';
import { configOf } from './context.js';

function localOnly(target: string): void {
  if (target !== 'local') {
    throw new UserError(`--target ${target} is not available in this version`, 'the AWS target is planned (terraform/); use the default local target');
  }
}

function withMaster(config: StockctlConfig, master?: string): StockctlConfig {
  if (!master) return config;
  const parsed = SPEC.spark.master.parse(master);
  if ('error' in parsed) throw new UserError(`--master ${parsed.error}`);
  return { ...config, spark: { ...config.spark, master: parsed.value } };
}

export function register(program: Command): void {
  program
    .command('up')
    .description('start Kafka, PostgreSQL (with the schema) and the Spark streaming job; harmless when already up')
    .option('--target <target>', 'where to run: local', 'local')
    .option('--skip-setup', 'do not check the installed parts first')
    .option('--master <url>', 'submit the Spark job to this master (spark://host:7077) instead of spark.master')
    .action(async (opts: { target: string; skipSetup?: boolean; master?: string }, cmd: Command) => {
      localOnly(opts.target);
      const config = withMaster(configOf(cmd), opts.master);
      const started = Date.now();
      const [{ up }, { install }] = await Promise.all([import('../stack.js'), import('../setup/install.js')]);
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
      const { down } = await import('../stack.js');
      await down(configOf(cmd), { purge: opts.purge });
    });

  program
    .command('status')
    .description('show each part: running or not, pid, address, version')
    .option('--json', 'print JSON')
    .option('--batches <n>', 'how many recent Spark micro-batches to list', (v) => Number(v), 5)
    .option('--target <target>', 'where: local', 'local')
    .action(async (opts: { json?: boolean; batches: number; target: string }, cmd: Command) => {
      localOnly(opts.target);
      const config = configOf(cmd);
      const { recentBatches, status } = await import('../stack.js');
      const parts = await status(config);
      const batches = parts.find((p) => p.part === 'postgres')?.running ? await recentBatches(config, opts.batches) : [];
      if (opts.json) {
        console.log(JSON.stringify({ parts, batches }, null, 2));
        return;
      }
      console.log(
        renderTable(
          ['part', 'state', 'pid', 'address', 'version', 'detail'],
          parts.map((p) => [p.part, p.running ? colour.green('running') : colour.red('stopped'), p.pid, p.address, p.version, p.detail]),
        ),
      );
      if (batches.length > 0) {
        console.log('\nrecent micro-batches (newest first)');
        console.log(
          renderTable(
            ['batch', 'committed (UTC)', 'input', 'landed', 'quarantined', 'duplicates', 'took ms', 'kafka lag'],
            batches.map((b) => [b.batch_id, b.committed_at, b.input_rows, b.landed, b.quarantined, b.duplicates, b.trigger_ms, b.kafka_lag]),
          ),
        );
      }
    });
}
