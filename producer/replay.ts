// The replay: files → one market-time-ordered stream → paced → Kafka. Rejected lines are reported, counted
// and sent to the dead-letter topic; nothing is dropped without a word.

import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StockctlConfig } from '../config/schema.js';
import { UserError } from '../config/errors.js';
import { deadLetter, DEAD_LETTER_BYTES, DEAD_LETTERS_PER_SEND, type DeadLetter } from './dead-letters.js';
import { DuplicateFilter } from './duplicates.js';
import { mergeByTime } from './merge.js';
import { RejectedLog } from './rejected-log.js';
import type { PriceRow } from './message.js';
import type { FileSummary } from './file-summary.js';
import { Pacer, type Speed } from './pacing.js';
import { countDataLines, type ProgressView } from './progress.js';
import { describeInputs, mismatch, readCheckpoint, writeCheckpoint, type ReplaySelection } from './resume.js';
import { Publisher, type Compression } from './publisher.js';
import type { Source } from './sources/events.js';
import { openSource, type OpenOptions } from './sources/open.js';
import type { DayMonth } from './formats/dates.js';

export interface ReplayOptions {
  files: string[];
  speed: Speed;
  batchSize: number;
  symbol?: string;
  /** Settles day/month order for files whose dates cannot (--day-first / --month-first). */
  dateOrder?: DayMonth;
  /** Where files out of time order spill while they are sorted (the state folder's; the system's temp by default). */
  spillDir?: string;
  /** Rows of such a file sorted in memory at once before spilling. */
  sortRunRows?: number;
  /** Keep only these symbols (upper case). */
  symbols?: Set<string>;
  /** Inclusive bounds on market time, as ISO local prefixes (2015-01-01, 2015-01-01T10:00). */
  from?: string;
  to?: string;
  strict?: boolean;
  dryRun?: boolean;
  compression?: Compression;
  /** Continue the interrupted replay recorded in `checkpointDir`, skipping what it had sent. */
  resume?: boolean;
  /** Where progress is recorded for --resume (the state folder's replay/); none for dry runs. */
  checkpointDir?: string;
  /** Stops the replay cleanly (Ctrl-C): what was read is flushed and summarised. */
  signal?: AbortSignal;
  progress?: ProgressView;
  /** Where every rejected line is written as JSON lines (kept only when there are more than the summary lists). */
  rejectedLog?: string;
  /** Where rejected lines are told (stderr by default). */
  report?: (text: string) => void;
}

export interface RejectedLine {
  file: string;
  line: number;
  reason: string;
}

export interface ReplaySummary {
  files: FileSummary[];
  /** The rejected lines of this run (the first 10,000), as sent to the dead-letter topic. */
  rejectedLines: RejectedLine[];
  /** When there were more: the file that lists every one of them (JSON lines). */
  rejectedLinesRest?: string;
  sent: number;
  rejected: number;
  interrupted: boolean;
  /** Rows skipped because an earlier, interrupted run had sent them (--resume). */
  resumedAfter: number;
  seconds: number;
  firstMarketTime?: string;
  lastMarketTime?: string;
  /** Achieved pace in the target's unit (× or trading days a second), for paced replays. */
  pace?: number;
}

/**
 * Opens every file before anything is sent. A file that cannot be read (no layout fits, binary, unreadable)
 * stops a --strict replay at once; otherwise it is listed with its reason and the others go ahead.
 */
export async function openSources(files: string[], opts: OpenOptions & { strict?: boolean }): Promise<Source[]> {
  const sources: Source[] = [];
  for (const file of files) {
    try {
      sources.push(await openSource(file, opts));
    } catch (e) {
      if (opts.strict || !(e instanceof UserError)) throw e;
      sources.push({ file, layout: 'unreadable', error: e.hint ? `${e.message}: ${e.hint}` : e.message, chunks: async function* () {} });
    }
  }
  return sources;
}

const MAX_REPORTED = 20;
/** Rejected lines listed in the summary itself; past that, the rejected-line log has them all. */
const MAX_LISTED = 10_000;
/** Rows of an out-of-order file sorted in memory at once when the caller does not say (replay.sort_memory_rows). */
const SORT_RUN_ROWS = 20_000;
/** How often, at most, the resume checkpoint is rewritten during a replay. */
const CHECKPOINT_MS = 500;

export async function replay(config: StockctlConfig, opts: ReplayOptions): Promise<ReplaySummary> {
  const started = Date.now(); // the pass that reads each file's dates and order counts in the replay's time
  const report = opts.report ?? ((t: string) => console.error(t));
  const selection: ReplaySelection = { symbol: opts.symbol, symbols: opts.symbols ? [...opts.symbols].sort() : undefined, from: opts.from, to: opts.to };
  const checkpointDir = opts.dryRun ? undefined : opts.checkpointDir;
  let skip = 0;
  let restored: FileSummary[] | undefined;
  if (opts.resume) {
    const cp = checkpointDir ? readCheckpoint(checkpointDir) : undefined;
    if (!cp) throw new UserError('nothing to resume: no interrupted replay is recorded');
    if (cp.complete) throw new UserError('nothing to resume: the last replay finished');
    const why = mismatch(cp, opts.files, selection);
    if (why) throw new UserError(`cannot resume the interrupted replay: ${why}`, 'replay without --resume to start over');
    skip = cp.acked;
    restored = cp.summaries;
  }

  // Every header is checked before anything is sent: a bad file stops the replay before it begins.
  const sort = { spillDir: opts.spillDir ?? tmpdir(), runRows: opts.sortRunRows ?? SORT_RUN_ROWS };
  const sources = await openSources(opts.files, { symbol: opts.symbol, timezone: config.market.timezone, dateOrder: opts.dateOrder, sort, strict: opts.strict });
  const sortedAs = (s: Source) => (s.order === 'descending' ? 'newest first' : s.order === 'unsorted' ? 'out of order' : undefined);
  const summaries: FileSummary[] =
    restored ?? sources.map((s) => ({ file: s.file, layout: s.layout, error: s.error, read: 0, sent: 0, rejected: 0, filtered: 0, repeats: 0, sorted: sortedAs(s) }));
  for (const s of sources) {
    if (s.dateNote) report(`${s.file}: ${s.dateNote}`);
    if (s.error) report(`skipped ${s.error}`);
    const sorted = sortedAs(s);
    if (sorted) report(`${s.file}: its rows are ${sorted === 'newest first' ? 'newest first' : 'not in market-time order'}; sent in market-time order`);
  }
  const rejectedLog = opts.rejectedLog ? new RejectedLog(opts.rejectedLog) : undefined;

  const state = {
    sent: summaries.reduce((n, f) => n + f.sent, 0),
    rejected: summaries.reduce((n, f) => n + f.rejected, 0),
    total: undefined as number | undefined,
    marketTime: undefined as string | undefined,
  };
  // The progress bar's total is counted while the replay already sends: on a large dataset, counting first would
  // hold back the first message for a whole extra read of the files.
  void Promise.all(opts.files.map(countDataLines)).then(
    (totals) => {
      if (totals.every((t) => t !== undefined)) state.total = totals.reduce((a, b) => (a ?? 0) + (b ?? 0), 0);
    },
    () => undefined, // no total: the bar shows counts without a percentage
  );
  const inputs = checkpointDir ? describeInputs(opts.files) : [];
  let seen = skip;
  // The checkpoint says what Kafka acknowledged: the events counted and the files' summaries as of the last
  // acknowledged send. Summaries touched since are copied at each acknowledgement (only those: a replay of a
  // thousand files would otherwise copy a thousand), and the file is written at most every CHECKPOINT_MS,
  // and always at the end, whether the replay finished, was stopped or failed.
  const acked = { seen, summaries: summaries.map((f) => ({ ...f })) };
  const touched = new Set<number>();
  let written = 0;
  const record = (complete: boolean, now = false) => {
    if (!checkpointDir || (!now && Date.now() - written < CHECKPOINT_MS)) return;
    writeCheckpoint(checkpointDir, { version: 1, files: inputs, selection, acked: acked.seen, summaries: acked.summaries, complete, updatedAt: new Date().toISOString() });
    written = Date.now();
  };

  const publisher = opts.dryRun ? undefined : new Publisher(config, opts.compression);
  await publisher?.connect(30_000, report);
  const pacer = new Pacer(opts.speed);
  // The rows to send next, and the input each came from (two arrays: no object per row).
  let batch: PriceRow[] = [];
  let batchInputs: number[] = [];
  let dead: DeadLetter[] = [];
  let deadBytes = 0;
  let first: string | undefined;
  let interrupted = false;
  const rejectedLines: RejectedLine[] = [];

  // Everything seen so far is in `batch` or `dead` or needed no sending. A flush sends both and returns without
  // waiting: the next batch is read while this one travels, and its acknowledgement is awaited before the next
  // send (one request at a time keeps Kafka's order simple). Once acknowledged, the checkpoint takes what the
  // send carried: the events seen when it left, and copies of the summaries it touched, counting its rows sent.
  let sending: Promise<void> = Promise.resolve();
  const flush = async () => {
    await sending;
    if (acked.seen === seen) return;
    const rows = batch;
    const inputs = batchInputs;
    const letters = dead;
    deadBytes = 0;
    const upTo = seen;
    const copies = new Map([...touched].map((i) => [i, { ...(summaries[i] as FileSummary) }]));
    for (const i of inputs) (copies.get(i) as FileSummary).sent++;
    batch = [];
    batchInputs = [];
    dead = [];
    touched.clear();
    sending = (async () => {
      await publisher?.send(rows);
      await publisher?.sendDeadLetters(letters);
      for (const i of inputs) (summaries[i] as FileSummary).sent++;
      state.sent += rows.length;
      acked.seen = upTo;
      for (const [i, copy] of copies) acked.summaries[i] = copy;
      record(false);
      opts.progress?.update(state);
    })();
    sending.catch(() => undefined); // a failure is met by the next flush; until then it is not "unhandled"
  };
  /** Sends what is left and waits for every acknowledgement. */
  const drain = async () => {
    await flush();
    await sending;
  };
  let index = 0;
  let complete = false;

  try {
    // Files that yield no rows (unreadable, empty) stand for no ticker: '#' is in none.
    const tickers = sources.map((s, i) => (s.error || s.layout === 'empty file' ? `#${i}` : s.symbol));
    const duplicates = new DuplicateFilter((i) => (summaries[i] as FileSummary).file, tickers);
    const merged = mergeByTime(sources.map((s) => s.chunks()));
    let ended = false;
    read: for (;;) {
      const next = ended ? undefined : await merged.next();
      if (next?.done) ended = true;
      const events = next && !next.done ? duplicates.take(next.value) : duplicates.end();
      if (ended && events.length === 0) break;
      for (const { event, input } of events) {
        if (opts.signal?.aborted) {
          interrupted = true;
          break read;
        }
        if (index++ < skip) continue; // acknowledged before the interruption
        const summary = summaries[input] as FileSummary;
        if (event.type === 'repeat') {
          touched.add(input);
          summary.read++;
          summary.repeats++;
          seen++;
          continue;
        }
        if (event.type === 'rejected') {
          const text = `${summary.file}:${event.line}: ${event.reason}`;
          if (opts.strict) throw new UserError(`rejected ${text}`, 'fix the line, or replay without --strict to send bad lines to the dead-letter topic', 2);
          touched.add(input);
          summary.read++;
          summary.rejected++;
          state.rejected++;
          seen++;
          if (state.rejected <= MAX_REPORTED) {
            if (opts.progress) opts.progress.note(`rejected ${text}`);
            else report(`rejected ${text}`);
          }
          else if (state.rejected === MAX_REPORTED + 1) report('… further rejected lines are counted in the summary and sent to the dead-letter topic');
          const letter = deadLetter(summary.file, event);
          dead.push(letter);
          deadBytes += letter.raw.length + letter.reason.length + 100;
          const rejected = { file: summary.file, line: event.line, reason: event.reason };
          if (rejectedLines.length < MAX_LISTED) rejectedLines.push(rejected);
          rejectedLog?.add(rejected);
          // A file of bad lines must not pile its dead letters up: they go in bounded requests as they come.
          if (dead.length >= DEAD_LETTERS_PER_SEND || deadBytes >= DEAD_LETTER_BYTES) await flush();
          continue;
        }
        const { row } = event;
        if ((opts.symbols && !opts.symbols.has(row.symbol)) || (opts.from && row.ts < opts.from) || (opts.to && row.ts.slice(0, opts.to.length) > opts.to)) {
          touched.add(input);
          summary.read++;
          summary.filtered++;
          seen++;
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
            break read;
          }
        }
        first ??= row.ts;
        state.marketTime = row.ts;
        touched.add(input); // after the pause: the flush before it started a new set of touched summaries
        summary.read++;
        batch.push(row);
        batchInputs.push(input);
        seen++;
        if (batch.length >= opts.batchSize) await flush();
      }
    }
    await merged.return(undefined); // stopped early (Ctrl-C, --strict below): its files are closed now
    await drain();
    complete = !interrupted;
  } finally {
    // Ctrl-C: what is already in the batch is still sent, then the producer closes. After a failed send,
    // nothing more is tried (the checkpoint says what Kafka took; --resume goes on from there).
    await drain().catch(() => undefined);
    record(complete, true);
    rejectedLog?.close();
    opts.progress?.finish(state);
    await publisher?.disconnect();
  }
  const rest = state.rejected > rejectedLines.length && rejectedLog ? rejectedLog.path : undefined;
  if (!rest) rejectedLog?.remove();
  return {
    files: summaries,
    rejectedLines,
    rejectedLinesRest: rest,
    sent: state.sent,
    rejected: state.rejected,
    interrupted,
    resumedAfter: skip,
    seconds: (Date.now() - started) / 1000,
    firstMarketTime: first,
    lastMarketTime: state.marketTime,
    pace: state.marketTime ? pacer.achieved(state.marketTime) : undefined,
  };
}
