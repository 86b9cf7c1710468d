// The replay: files → one market-time-ordered stream → paced → Kafka. Rejected lines are reported, counted
// and sent to the dead-letter topic; nothing is dropped without a word.

import { setTimeout as sleep } from 'node:timers/promises';
import type { StockctlConfig } from '../cli/config/schema.js';
import { UserError } from '../cli/errors.js';
import { mergeByTime } from './merge.js';
import type { PriceRow } from './message.js';
import { Pacer, type Speed } from './pacing.js';
import { countDataLines, Progress } from './progress.js';
import { Publisher, type Compression, type DeadLetter } from './publisher.js';
import type { Source } from './sources/events.js';
import { openTextFile } from './sources/text-file.js';

export interface ReplayOptions {
  files: string[];
  speed: Speed;
  batchSize: number;
  symbol?: string;
  /** Keep only these symbols (upper case). */
  symbols?: Set<string>;
  /** Inclusive bounds on market time, as ISO local prefixes (2015-01-01, 2015-01-01T10:00). */
  from?: string;
  to?: string;
  strict?: boolean;
  dryRun?: boolean;
  compression?: Compression;
  /** Stops the replay cleanly (Ctrl-C): what was read is flushed and summarised. */
  signal?: AbortSignal;
  progress?: Progress;
  /** Where rejected lines are told (stderr by default). */
  report?: (text: string) => void;
}

export interface FileSummary {
  file: string;
  layout: string;
  read: number;
  sent: number;
  rejected: number;
  filtered: number;
}

export interface ReplaySummary {
  files: FileSummary[];
  sent: number;
  rejected: number;
  interrupted: boolean;
  seconds: number;
  firstMarketTime?: string;
  lastMarketTime?: string;
}

export class StrictModeStop extends UserError {}

export async function openSources(files: string[], opts: { symbol?: string; timezone: string }): Promise<Source[]> {
  const sources: Source[] = [];
  for (const file of files) sources.push(await openTextFile(file, opts));
  return sources;
}

const MAX_REPORTED = 20;

export async function replay(config: StockctlConfig, opts: ReplayOptions): Promise<ReplaySummary> {
  const report = opts.report ?? ((t: string) => console.error(t));
  // Every header is checked before anything is sent: a bad file stops the replay before it begins.
  const sources = await openSources(opts.files, { symbol: opts.symbol, timezone: config.market.timezone });
  const summaries: FileSummary[] = sources.map((s) => ({ file: s.file, layout: s.layout, read: 0, sent: 0, rejected: 0, filtered: 0 }));
  for (const s of sources) if (s.dateNote) report(`${s.file}: ${s.dateNote}`);

  const totals = await Promise.all(opts.files.map(countDataLines));
  const total = totals.every((t) => t !== undefined) ? totals.reduce((a, b) => (a ?? 0) + (b ?? 0), 0) : undefined;
  const state = { sent: 0, rejected: 0, total, marketTime: undefined as string | undefined };

  const publisher = opts.dryRun ? undefined : new Publisher(config, opts.compression);
  await publisher?.connect();
  const pacer = new Pacer(opts.speed);
  const started = Date.now();
  let batch: { row: PriceRow; input: number }[] = [];
  let dead: DeadLetter[] = [];
  let first: string | undefined;
  let interrupted = false;

  const flush = async () => {
    if (batch.length > 0) {
      await publisher?.send(batch.map((b) => b.row));
      for (const b of batch) (summaries[b.input] as FileSummary).sent++;
      state.sent += batch.length;
      batch = [];
    }
    if (dead.length > 0) {
      await publisher?.sendDeadLetters(dead);
      dead = [];
    }
    opts.progress?.update(state);
  };

  try {
    for await (const { event, input } of mergeByTime(sources.map((s) => s.events()))) {
      if (opts.signal?.aborted) {
        interrupted = true;
        break;
      }
      const summary = summaries[input] as FileSummary;
      summary.read++;
      if (event.type === 'rejected') {
        summary.rejected++;
        state.rejected++;
        const text = `${summary.file}:${event.line}: ${event.reason}`;
        if (opts.strict) throw new StrictModeStop(`rejected ${text}`, 'fix the line, or replay without --strict to send bad lines to the dead-letter topic');
        if (state.rejected <= MAX_REPORTED) {
          if (opts.progress) opts.progress.note(`rejected ${text}`);
          else report(`rejected ${text}`);
        }
        else if (state.rejected === MAX_REPORTED + 1) report('… further rejected lines are counted in the summary and sent to the dead-letter topic');
        dead.push({ file: summary.file, line: event.line, reason: event.reason, raw: event.raw });
        continue;
      }
      const { row } = event;
      if ((opts.symbols && !opts.symbols.has(row.symbol)) || (opts.from && row.ts < opts.from) || (opts.to && row.ts.slice(0, opts.to.length) > opts.to)) {
        summary.filtered++;
        continue;
      }
      const wait = pacer.delay(row.ts);
      if (wait > 0) {
        // Rows due now go out before the pause, so the feed is never late by a batch.
        await flush();
        const rest = pacer.delay(row.ts);
        if (rest > 0) await sleep(rest, undefined, { signal: opts.signal }).catch(() => undefined);
        if (opts.signal?.aborted) {
          interrupted = true;
          break;
        }
      }
      first ??= row.ts;
      state.marketTime = row.ts;
      batch.push({ row, input });
      if (batch.length >= opts.batchSize) await flush();
    }
    await flush();
  } finally {
    // Ctrl-C or a failure: what is already in the batch is still sent, then the producer closes.
    await flush().catch(() => undefined);
    opts.progress?.finish(state);
    await publisher?.disconnect();
  }
  return {
    files: summaries,
    sent: state.sent,
    rejected: state.rejected,
    interrupted,
    seconds: (Date.now() - started) / 1000,
    firstMarketTime: first,
    lastMarketTime: state.marketTime,
  };
}
