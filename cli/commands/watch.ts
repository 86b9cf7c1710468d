import type { Command } from 'commander';
import { UserError } from '../../config/errors.js';
import type { Alert } from '../../sql/watch/rule.js';
import { colour, log } from '../ui/log.js';
import { configOf } from './context.js';

const EXAMPLES = `
Examples:
  stockctl watch add "Tesla falls more than 3% in a day"
  stockctl watch add "any stock trades 3x its 20-day average volume"
  stockctl watch add "Apple crosses above its 50-day average" --webhook https://hooks.example.com/stockctl
  stockctl watch add "new 52-week high for NVDA"
  stockctl watch list
  stockctl watch remove 3
  stockctl watch                 follow alerts as they fire (Ctrl-C to stop)

Rules are evaluated by the Spark job on every batch it lands, in the batch's own transaction: at most one alert
per rule, symbol and market day (the first bar that meets it), never twice after a restart.`;

const fmt = (v: number | null, key: string) =>
  v === null ? '–' : key === 'change' ? `${(v * 100).toFixed(2)}%` : Number.isInteger(v) ? v.toLocaleString('en-US') : String(+v.toFixed(4));

/** One alert as a line: market time, symbol, the rule as typed and the values that fired it. */
export function alertLine(a: Alert): string {
  const values = Object.entries(a.values).map(([k, v]) => `${k.replaceAll('_', ' ')} ${fmt(v, k)}`).join(', ');
  return `${a.market_time}  ${colour.bold(a.symbol.padEnd(6))} ${colour.yellow(`#${a.rule_id}`)} ${a.condition}  ${colour.dim(values)}`;
}

function webhookUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UserError(`--webhook ${url}: not a URL`, 'give the full address, e.g. https://hooks.example.com/stockctl');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UserError(`--webhook ${url}: only http and https are posted to`);
  return u.toString();
}

export function register(program: Command): void {
  const watch = program
    .command('watch')
    .description('standing questions on the live stream: add rules, list or remove them, follow the alerts they fire')
    .addHelpText('after', EXAMPLES);

  watch
    .command('follow', { isDefault: true })
    .description('print alerts as they fire (the default: `stockctl watch`)')
    .option('--recent <n>', 'first show the last n alerts already fired', '10')
    .option('--json', 'one JSON object per line, for other programs')
    .action(async (opts: { recent: string; json?: boolean }, cmd: Command) => {
      const recent = Number(opts.recent);
      if (!Number.isInteger(recent) || recent < 0) throw new UserError(`--recent ${opts.recent}: give a whole number of alerts, e.g. --recent 20`);
      const { openWatchClient, alertIdBefore } = await import('../../sql/watch/store.js');
      const { followAlerts } = await import('../../sql/watch/follow.js');
      const client = await openWatchClient(configOf(cmd), 'reader');
      const from = await alertIdBefore(client, recent);
      if (!opts.json) console.error(colour.dim('following alerts (Ctrl-C to stop)…'));
      const following = await followAlerts(client, from, (a) => console.log(opts.json ? JSON.stringify(a) : alertLine(a)));
      const stop = () => following.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        await following.done;
      } finally {
        await client.end().catch(() => undefined);
      }
    });

  watch
    .command('add')
    .description('read a condition into a rule and start watching it')
    .argument('<condition>', 'e.g. "Tesla falls more than 3% in a day"')
    .option('--webhook <url>', 'also POST each alert of this rule to this URL (JSON, retried with backoff)')
    .action(async (condition: string, opts: { webhook?: string }, cmd: Command) => {
      const url = webhookUrl(opts.webhook);
      const { openWatchClient, readNames, addRule } = await import('../../sql/watch/store.js');
      const { readCondition } = await import('../../sql/watch/read-condition.js');
      const { describeRule } = await import('../../sql/watch/rule.js');
      const client = await openWatchClient(configOf(cmd), 'owner');
      try {
        const read = readCondition(condition, await readNames(client));
        if ('refused' in read) {
          throw new UserError(`cannot watch "${condition}": ${read.refused}`, `try for example:\n${read.examples.slice(0, 5).map((e) => `  stockctl watch add "${e}"`).join('\n')}`, 2);
        }
        const stored = await addRule(client, condition, read.rule, url);
        log.ok(`rule #${stored.id}: ${describeRule(read.rule)}${url ? ` (and POSTed to ${url})` : ''}`);
        if (read.note) log.warn(read.note);
        log.detail('evaluated on every batch the Spark job lands from now on; follow it with: stockctl watch');
      } finally {
        await client.end();
      }
    });

  watch
    .command('list')
    .description('the rules being watched, with how often each fired')
    .option('--all', 'removed rules too')
    .option('--json', 'as JSON')
    .action(async (opts: { all?: boolean; json?: boolean }, cmd: Command) => {
      const { openWatchClient, listRules } = await import('../../sql/watch/store.js');
      const { describeRule } = await import('../../sql/watch/rule.js');
      const client = await openWatchClient(configOf(cmd), 'reader');
      try {
        const rules = await listRules(client, { all: opts.all });
        if (opts.json) return console.log(JSON.stringify(rules, null, 2));
        if (!rules.length) return console.log('no rules: add one with stockctl watch add "Tesla falls more than 3% in a day"');
        for (const r of rules) {
          console.log(`${colour.yellow(`#${r.id}`)} ${r.condition}${r.removed_at ? colour.dim(` (removed ${r.removed_at})`) : ''}`);
          log.detail(`read as: ${describeRule(r.rule)}`);
          log.detail(`fired ${r.alerts} time${r.alerts === 1 ? '' : 's'}${r.last_fired ? `, last for ${r.last_fired}` : ''}${r.webhook_url ? `; POSTed to ${r.webhook_url}` : ''}`);
        }
      } finally {
        await client.end();
      }
    });

  watch
    .command('remove')
    .description('stop watching a rule (its alerts are kept)')
    .argument('<id>', 'the rule number that `watch list` shows')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const n = Number(id.replace(/^#/, ''));
      if (!Number.isInteger(n) || n < 1) throw new UserError(`"${id}" is not a rule number`, 'see the numbers with: stockctl watch list');
      const { openWatchClient, removeRule } = await import('../../sql/watch/store.js');
      const client = await openWatchClient(configOf(cmd), 'owner');
      try {
        if (!(await removeRule(client, n))) throw new UserError(`no rule #${n} is being watched`, 'see the rules with: stockctl watch list');
        log.ok(`rule #${n} removed; its alerts are kept`);
      } finally {
        await client.end();
      }
    });
}
