import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { UserError } from '../../config/errors.js';
import { colour, log } from '../ui/log.js';
import { renderTable } from '../ui/table.js';
import { expandInputs } from '../../producer/inputs.js';
import { describeSpeed, parseSpeed, type Speed } from '../../producer/pacing.js';
import { layout } from '../layout.js';
import type { ReplaySummary } from '../../producer/replay.js';
import type { StockctlConfig } from '../../config/schema.js';
import { configOf } from './context.js';
import { onTarget } from './target.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Files that sent nothing although they had rows: every row rejected. A failure, never a green line. */
export const failedFiles = (summary: ReplaySummary) => summary.files.filter((f) => f.error || (f.rejected > 0 && f.sent + f.filtered + f.repeats === 0));

export function printSummary(summary: ReplaySummary, speed?: Speed, dryRun = false): void {
  console.log(
    renderTable(
      ['file', 'layout', 'read', dryRun ? 'valid' : 'sent', 'rejected', 'repeats', 'filtered out'],
      summary.files.map((f) => [f.file, f.layout.replace(/ \(.*\)$/, '') + (f.sorted ? ` (${f.sorted}: sorted)` : ''), f.read, f.sent, f.rejected, f.repeats ?? 0, f.filtered]),
    ),
  );
  const range = summary.firstMarketTime ? `, market time ${summary.firstMarketTime.slice(0, 10)} → ${summary.lastMarketTime?.slice(0, 10)}` : '';
  const pace = summary.pace !== undefined ? `, pace ${summary.pace.toFixed(2)}${speed?.kind === 'days' ? ' d/s' : 'x'}` : '';
  const resumed = summary.resumedAfter ? ` (resumed: the first ${summary.resumedAfter} lines were sent before)` : '';
  const repeats = summary.files.reduce((n, f) => n + (f.repeats ?? 0), 0);
  const skipped = repeats ? `, ${repeats} exact repeat(s) skipped` : '';
  const line = `${summary.sent} ${dryRun ? 'valid (dry run, nothing sent)' : 'sent'}, ${summary.rejected} rejected${skipped} in ${summary.seconds.toFixed(1)} s${range}${pace}${resumed}`;
  const unreadable = summary.files.filter((f) => f.error);
  const allRejected = failedFiles(summary).filter((f) => !f.error);
  if (summary.interrupted) log.warn(`interrupted: ${line}`);
  else if (unreadable.length || allRejected.length) {
    const parts = [
      unreadable.length ? `${unreadable.length} file(s) could not be read: ${unreadable.map((f) => f.file).join(', ')}` : '',
      allRejected.length ? `${allRejected.length} file(s) had every row rejected: ${allRejected.map((f) => f.file).join(', ')}` : '',
    ].filter(Boolean);
    log.error(`${line}; ${parts.join('; ')}`);
  } else log.ok(line);
  if (summary.rejectedLinesRest) log.warn(`the summary lists the first ${summary.rejectedLines.length.toLocaleString('en-US')} rejected lines; all ${summary.rejected.toLocaleString('en-US')} are in ${summary.rejectedLinesRest}`);
}

export function register(program: Command): void {
  program
    .command('replay')
    .description('replay historical price files into Kafka as a live feed, in market-time order')
    .argument('[files...]', 'CSV/TXT files (gzip too), Arrow/Feather files, folders or globs (e.g. data/*.csv)')
    .option('--speed <speed>', '10x (ten times the market clock: for intraday data), 1d/s (a trading day a second: for daily data) or max')
    .option('--symbol <ticker>', 'the ticker of files whose name does not say it')
    .option('--day-first', 'read dates such as 03/04/2017 as day/month (when the file cannot tell)')
    .option('--month-first', 'read dates such as 03/04/2017 as month/day (when the file cannot tell)')
    .option('--symbols <list>', 'only these tickers, comma-separated: TSLA,AAPL')
    .option('--from <date>', 'skip rows before this date (YYYY-MM-DD)')
    .option('--to <date>', 'skip rows after this date (YYYY-MM-DD, inclusive)')
    .option('--strict', 'stop at the first bad line (exit 2) instead of sending it to the dead-letter topic')
    .option('--dry-run', 'read and check the files, send nothing')
    .option('--resume', 'continue the interrupted replay without re-sending what Kafka acknowledged')
    .option('--report <file>', 'also write the summary, with every rejected line, as JSON (past 10,000 lines, the rest go to FILE.rejected.jsonl)')
    .addOption(new Option('--compression <codec>', 'Kafka batch compression').choices(['none', 'gzip']).default('none'))
    .option('--batch-size <n>', 'messages per Kafka request', (v) => Number(v))
    .option('--target <target>', 'local, or aws (the deployment, through an SSH tunnel)', 'local')
    .action(async (files: string[], opts: Record<string, string | boolean | number | undefined>, cmd: Command) => {
      await onTarget(String(opts.target), configOf(cmd), (config) => runReplay(files, opts, config));
    });
}

async function runReplay(files: string[], opts: Record<string, string | boolean | number | undefined>, config: StockctlConfig): Promise<void> {
  for (const key of ['from', 'to'] as const) {
    const v = opts[key];
    if (typeof v === 'string' && !DAY.test(v)) throw new UserError(`--${key} ${JSON.stringify(v)} is not a date`, 'write it as YYYY-MM-DD, e.g. --from 2015-01-01');
  }
  if (opts.dayFirst && opts.monthFirst) throw new UserError('--day-first and --month-first contradict each other', 'give the one that fits the file');
  const dateOrder = opts.dayFirst ? 'day-first' : opts.monthFirst ? 'month-first' : undefined;
  const batchSize = (opts.batchSize as number | undefined) ?? config.replay.batch_size;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UserError('--batch-size must be a whole number above 0');
  const speed = parseSpeed((opts.speed as string | undefined) ?? config.replay.speed);
  // Loaded here, not at start: every other command would pay for kafkajs and Arrow.
  const [{ readCheckpoint }, { Progress }, { replayInWorker }] = await Promise.all([
    import('../../producer/resume.js'),
    import('../../producer/progress.js'),
    import('../../producer/replay-worker.js'),
  ]);
  const checkpointDir = layout(config).replay;
  let inputs: string[];
  if (files.length > 0) inputs = expandInputs(files);
  else if (opts.resume) {
    const cp = readCheckpoint(checkpointDir);
    if (!cp) throw new UserError('nothing to resume: no interrupted replay is recorded', 'replay the files again: stockctl replay FILE...');
    inputs = cp.files.map((f) => f.path);
  }
  else throw new UserError('no files to replay', 'name files, folders or globs: stockctl replay data/*.csv');
  const symbols = typeof opts.symbols === 'string' ? new Set(opts.symbols.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean)) : undefined;

  const controller = new AbortController();
  const onInterrupt = () => {
    if (controller.signal.aborted) process.exit(130);
    log.warn('stopping: sending what was read, then the summary (Ctrl-C again to quit at once)');
    controller.abort();
  };
  process.on('SIGINT', onInterrupt);
  log.step(`replaying ${inputs.length} file(s) ${opts.dryRun ? '(dry run: nothing is sent)' : `to ${config.kafka.topic}`}, ${describeSpeed(speed)}`);
  try {
    const summary = await replayInWorker(config, {
      files: inputs,
      speed,
      batchSize,
      symbol: opts.symbol as string | undefined,
      dateOrder,
      spillDir: join(checkpointDir, 'spill'),
      sortRunRows: config.replay.sort_memory_rows,
      rejectedLog: typeof opts.report === 'string' ? `${opts.report}.rejected.jsonl` : undefined,
      symbols,
      from: opts.from as string | undefined,
      to: opts.to as string | undefined,
      strict: Boolean(opts.strict),
      dryRun: Boolean(opts.dryRun),
      compression: opts.compression as 'none' | 'gzip',
      resume: Boolean(opts.resume),
      checkpointDir,
      signal: controller.signal,
      progress: new Progress(),
      report: (t) => console.error(colour.yellow(t)),
    });
    printSummary(summary, speed, Boolean(opts.dryRun));
    if (typeof opts.report === 'string') writeFileSync(opts.report, JSON.stringify(summary, null, 2) + '\n');
    if (summary.interrupted) process.exitCode = 130;
    else if (failedFiles(summary).length > 0) process.exitCode = 1;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}
