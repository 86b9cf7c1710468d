import type { Command } from 'commander';
import { SPEC, type StockctlConfig } from '../../config/schema.js';
import type { Part } from '../stack.js';
import { UserError } from '../../config/errors.js';
import { colour, log } from '../ui/log.js';
import { renderTable } from '../ui/table.js';
import { configOf } from './context.js';
import { parseTarget } from './target.js';


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
    .option('--target <target>', 'local, or aws (EC2 instances created with Terraform)', 'local')
    .option('--yes', 'with --target aws: apply the plan without asking')
    .option('--skip-setup', 'do not check the installed parts first')
    .option('--master <url>', 'submit the Spark job to this master (spark://host:7077) instead of spark.master')
    .option('--only <parts>', 'start only these parts, comma-separated: postgres,kafka,spark (one node of several)')
    .action(async (opts: { target: string; yes?: boolean; skipSetup?: boolean; master?: string; only?: string }, cmd: Command) => {
      if (parseTarget(opts.target) === 'aws') {
        const { upAws } = await import('../aws/deploy.js');
        await upAws(configOf(cmd), { yes: Boolean(opts.yes) });
        return;
      }
      const config = withMaster(configOf(cmd), opts.master);
      const only = opts.only?.split(',').map((p) => p.trim()) ?? ['postgres', 'kafka', 'spark'];
      const unknown = only.filter((p) => !['postgres', 'kafka', 'spark'].includes(p));
      if (unknown.length) throw new UserError(`--only: unknown part ${unknown.join(', ')}`, 'parts are postgres, kafka and spark');
      const started = Date.now();
      const [{ up }, { install }] = await Promise.all([import('../stack.js'), import('../setup/install.js')]);
      if (!opts.skipSetup) install(config);
      await up(config, only as Part[]);
      log.ok(`stack up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

  program
    .command('down')
    .description('stop the Spark job (after its current batch), Kafka and PostgreSQL')
    .option('--purge', 'also delete all data: topics, database, checkpoints, logs')
    .option('--target <target>', 'local, or aws (destroys the EC2 deployment with Terraform)', 'local')
    .option('--yes', 'with --target aws: destroy without asking')
    .action(async (opts: { purge?: boolean; target: string; yes?: boolean }, cmd: Command) => {
      if (parseTarget(opts.target) === 'aws') {
        const { downAws } = await import('../aws/deploy.js');
        await downAws(configOf(cmd), { yes: Boolean(opts.yes) });
        return;
      }
      const { down } = await import('../stack.js');
      await down(configOf(cmd), { purge: opts.purge });
    });

  program
    .command('status')
    .description('show each part: running or not, pid, address, version')
    .option('--json', 'print JSON')
    .option('--batches <n>', 'how many recent Spark micro-batches to list', (v) => Number(v), 5)
    .option('--target <target>', 'local, or aws (instances, addresses, health)', 'local')
    .action(async (opts: { json?: boolean; batches: number; target: string }, cmd: Command) => {
      const config = configOf(cmd);
      if (parseTarget(opts.target) === 'aws') {
        const { statusAws } = await import('../aws/deploy.js');
        const { nodes, stack } = await statusAws(config);
        if (opts.json) {
          console.log(JSON.stringify({ nodes, stack }, null, 2));
          return;
        }
        console.log(renderTable(['role', 'instance', 'state', 'checks', 'public address', 'private address'], nodes.map((n) => [n.role, n.id, n.state, n.checks, n.publicDns || n.publicIp, n.privateIp])));
        console.log(stack ? `\nstack on the main node: ${stack.map((p) => `${p.part} ${p.running ? colour.green('running') : colour.red('stopped')}`).join(', ')}` : '\nstack on the main node: not reachable over SSH');
        return;
      }
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
