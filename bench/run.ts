// `npm run bench`: every speed and memory figure of stockctl beside an anchor measured in the same run on the
// same machine (Kafka's own ProducerPerformance, psql \copy, the bare SQL), repeated, as a table and JSON.
// Method: docs/benchmarks.md.

import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../config/load.js';
import { layout } from '../cli/layout.js';
import { fromRoot } from '../config/paths.js';
import { topicMessages, waitCaughtUp } from '../cli/pipeline.js';
import { postgresRecord, postgresVersion } from '../cli/services/postgres.js';
import { portOpen, readPid, run } from '../cli/services/process.js';
import { readJobStatus, sparkRecord, startSparkJob, stopSparkJob } from '../cli/services/spark.js';
import { findJavaHome, findPostgresBin } from '../cli/setup/system.js';
import { renderTable } from '../cli/ui/table.js';
import { pinnedVersions } from '../cli/versions.js';
import { withAdmin } from '../producer/kafka-client.js';
import { encodeMessage, type PriceRow } from '../producer/message.js';
import type { ReplaySummary } from '../producer/replay.js';
import { adminConnection } from '../sql/connection.js';
import { compile } from '../sql/ask/compile.js';
import { ask } from '../sql/ask/engine.js';
import { ReadOnlySession } from '../sql/ask/execute.js';
import { modelOptions } from '../sql/ask/model/from-config.js';
import { EXAMPLES } from '../sql/ask/parse.js';
import { EVAL_SPLITS } from '../test/ask-eval/splits.js';
import { loadEvalData } from '../test/ask-eval/eval-data.js';
import { kindTable, readSplit, scoreSplit, type SplitScore } from '../test/ask-eval/score.js';
import { chromium } from 'playwright-core';
import { freePort, Harness, runCli } from '../cli/isolated-stack.js';
import { readLineChunks } from '../producer/sources/lines.js';
import { readPlain } from '../producer/sources/plain-file.js';
import { askSpeedAtSizes, type SizeReport } from './ask-speed.js';
import { benchCsvLines } from './bench-rows.js';
import { sendPaced } from './paced.js';
import { watchBench } from './watch-bench.js';
import { coresBusy, PeakMemory, percentile, repeat, summarise, type Measured } from './stats.js';

const BENCH_STOCKS = process.env.STOCKCTL_BENCH_STOCKS ?? fromRoot('..', 'shared', 'data', 'bench-stocks');
const TEST_STOCKS = process.env.STOCKCTL_TEST_STOCKS ?? fromRoot('..', 'shared', 'data', 'stocks');
const QUICK = process.argv.includes('--quick');
/**
 * `--only replay`: the replay's figures alone (reading, producer, pace), on a stack without the Spark job.
 * `--only ask`: the `ask` evaluation alone (every split, and the held-out one with the model of the environment).
 * `--only ask-speed`: `ask` timed per question on the bench table at 1×, 4× and 16× (1× and 4× with --quick).
 * `--only watch`: standing questions under load (100 rules: alert latency at 1,000 msg/s, the rate with and without).
 */
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (ONLY !== undefined && !['replay', 'ask', 'ask-speed', 'watch'].includes(ONLY)) {
  console.error(`bench: --only takes "replay", "ask", "ask-speed" or "watch", not "${ONLY}"`);
  process.exit(2);
}
const REPEAT = QUICK ? 1 : Number(process.env.STOCKCTL_BENCH_REPEAT ?? 3);

interface Figure {
  name: string;
  unit: string;
  ours: Measured;
  anchor?: { name: string; value: Measured };
  /** ours ÷ anchor (for throughput, higher is better; for times, lower). */
  ratio?: number;
}

const figures: Figure[] = [];
/** Per-kind scores of the `ask` evaluation, by split. */
const evaluation: Record<string, Omit<SplitScore, 'outcomes'> & { outcomes?: undefined }> = {};
/** The held-out split by the rules alone and by the rules + the model given in the environment (STOCKCTL_ASK_MODEL_*). */
/** `ask` speed at each size of the table: per family, the slowest questions with their plans. */
const askSpeed: SizeReport[] = [];
let withModel: { model: string; rules: Omit<SplitScore, 'outcomes'>; rulesAndModel: Omit<SplitScore, 'outcomes'> } | 'not configured' | undefined;
const say = (s: string) => console.error(`bench: ${s}`);
function record(f: Figure): void {
  if (f.anchor) f.ratio = f.ours.median / f.anchor.value.median;
  figures.push(f);
  say(`${f.name}: ${f.ours.median.toFixed(1)} ${f.unit}${f.anchor ? ` (anchor ${f.anchor.value.median.toFixed(1)}, ratio ${f.ratio?.toFixed(2)})` : ''}`);
}

/** The first bench files holding at least `rows` rows (a fixed, sorted selection: the same every run). */
function filesFor(rows: number): { files: string[]; rows: number } {
  const all = readdirSync(BENCH_STOCKS).filter((f) => f.endsWith('.txt')).sort();
  const files: string[] = [];
  let n = 0;
  for (const f of all) {
    if (n >= rows) break;
    const path = join(BENCH_STOCKS, f);
    const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).length - 1;
    if (lines <= 0) continue;
    files.push(path);
    n += lines;
  }
  return { files, rows: n };
}

function spawnReplay(env: NodeJS.ProcessEnv, args: string[]): { pid: number; done: Promise<number> } {
  const child = spawn(process.execPath, [fromRoot('dist', 'cli', 'main.js'), 'replay', ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return { pid: child.pid as number, done: new Promise((resolve) => child.on('close', (c) => resolve(c ?? -1))) };
}

async function adminSql(h: Harness, text: string): Promise<void> {
  const client = new pg.Client(adminConnection(h.config));
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The rows of the producer figure (the 2026-12-01 baseline was taken at this size). */
const PRODUCER_ROWS = QUICK ? 200_000 : 500_000;

async function producer(h: Harness, javaHome: string, size0 = PRODUCER_ROWS): Promise<void> {
  const { files, rows } = filesFor(size0);
  const topic = `bench-replay-${size0}`;
  await withAdmin(h.config, async (admin) => {
    await admin.createTopics({ topics: [topic, `bench-perf-${size0}`].map((t) => ({ topic: t, numPartitions: h.config.kafka.partitions, replicationFactor: 1 })), waitForLeaders: true });
  });
  const env = { ...h.env, STOCKCTL_KAFKA_TOPIC: topic };
  const sample: PriceRow = { symbol: 'ABCD', ts: '2017-11-10T00:00:00', open: 12.345, high: 12.9, low: 12.01, close: 12.5, volume: 1234567 };
  const size = Buffer.byteLength(encodeMessage(sample, Date.now()));
  const ours = await repeat(REPEAT, async (i) => {
    const report = join(mkdtempSync(join(tmpdir(), 'bench-')), 'r.json');
    const r = await runCli(env, ['replay', ...files, '--speed', 'max', '--report', report]);
    if (r.status !== 0) throw new Error(r.stderr);
    const s = JSON.parse(readFileSync(report, 'utf8')) as ReplaySummary;
    say(`replay run ${i + 1}: ${s.sent} messages in ${s.seconds.toFixed(1)} s`);
    return s.sent / s.seconds;
  });
  const anchor = await repeat(REPEAT, async () => {
    const res = run(join(javaHome, 'bin', 'java'), [
      '-cp', join(layout(h.config).kafka.jars, '*'), 'org.apache.kafka.tools.ProducerPerformance',
      '--topic', `bench-perf-${size0}`, '--num-records', String(rows), '--record-size', String(size), '--throughput', '-1',
      '--producer-props', `bootstrap.servers=${h.config.kafka.host}:${h.config.kafka.port}`, 'acks=all', 'enable.idempotence=true',
    ]);
    const m = /(\d+) records sent, ([\d.]+) records\/sec/.exec(res.stdout.trim().split('\n').pop() ?? '');
    if (!m) throw new Error(`ProducerPerformance said: ${res.stdout}\n${res.stderr}`);
    return Number(m[2]);
  });
  record({ name: `producer messages/s (--speed max, ${rows} rows, ~${size} B)`, unit: 'msg/s', ours, anchor: { name: 'Kafka ProducerPerformance, same size, acks=all', value: anchor } });
}

/**
 * The replay's reading alone over the whole bench set (--dry-run: layouts, the pass that decides dates and checks
 * each file's time order, parsing, the merge, duplicates), against reading the same files' lines and nothing else.
 */
async function reading(h: Harness): Promise<void> {
  const { files, rows } = filesFor(QUICK ? 500_000 : 2_200_000);
  const ours = await repeat(REPEAT, async () => {
    const r = await runCli(h.env, ['replay', ...files, '--speed', 'max', '--dry-run']);
    if (r.status !== 0) throw new Error(r.stderr);
    const m = /in ([\d.]+) s/.exec(r.stdout);
    if (!m) throw new Error(`no time in the summary: ${r.stdout}`);
    return rows / Number(m[1]);
  });
  const anchor = await repeat(REPEAT, async () => {
    const started = Date.now();
    let lines = 0;
    for (const f of files) for await (const chunk of readLineChunks(readPlain(f), 64 * 1024)) lines += chunk.length;
    if (lines < rows) throw new Error(`read ${lines} lines of ${rows}`);
    return rows / ((Date.now() - started) / 1000);
  });
  record({ name: `replay reading, --dry-run of ${rows} rows in ${files.length} files`, unit: 'rows/s', ours, anchor: { name: 'the same files split into lines, nothing else', value: anchor } });
}

/** The pace a paced replay achieves against the one asked for: within 2% is the target. */
async function pacing(h: Harness): Promise<void> {
  const file = join(TEST_STOCKS, 'tsla.us.txt');
  const env = { ...h.env, STOCKCTL_KAFKA_TOPIC: `bench-replay-${PRODUCER_ROWS}` }; // made by producer()
  const target = 200;
  const ours = await repeat(REPEAT, async () => {
    const report = join(mkdtempSync(join(tmpdir(), 'bench-')), 'r.json');
    const r = await runCli(env, ['replay', file, '--speed', `${target}d/s`, '--report', report]);
    if (r.status !== 0) throw new Error(r.stderr);
    return (JSON.parse(readFileSync(report, 'utf8')) as ReplaySummary).pace as number;
  });
  record({ name: `replay pace at --speed ${target}d/s (1858 TSLA sessions)`, unit: 'd/s', ours, anchor: { name: 'the pace asked for', value: summarise([target]) } });
}

/** CSV of the rows as the sink writes them, for the \copy anchor. */
function copyCsv(files: string[]): { path: string; rows: number } {
  const path = join(mkdtempSync(join(tmpdir(), 'bench-copy-')), 'rows.csv');
  const lines = benchCsvLines(files);
  writeFileSync(path, lines.join('\n') + '\n');
  return { path, rows: lines.length };
}

const COPY_ANCHOR = 'psql \\copy of the same rows into the same table';

/**
 * What the running job's query committed, from its own batch markers: the messages of its batches that started at
 * `since` or later (all of them when `since` is not given), and the seconds from `since` (or its first batch's
 * start) to its last batch's commit. Read from the markers rather than polled, so the figure does not carry the
 * poll's interval.
 */
async function committed(h: Harness, since?: number): Promise<{ rows: number; seconds: number }> {
  const queryId = readJobStatus(h.config)?.query_id;
  if (!queryId) throw new Error('the Spark job reports no query id');
  const client = new pg.Client(adminConnection(h.config));
  await client.connect();
  try {
    const res = await client.query<{ rows: string | null; first: number | null; last: number | null }>(
      `SELECT sum(input_rows) AS rows, extract(epoch FROM min(started_at)) AS first,
              extract(epoch FROM max(started_at + (stage_ms + merge_ms) * interval '1 millisecond')) AS last
       FROM sink_batches WHERE query_id = $1 AND input_rows > 0 AND started_at >= to_timestamp($2::double precision / 1000)`,
      [queryId, since ?? 0],
    );
    const { rows, first, last } = res.rows[0] ?? { rows: null, first: null, last: null };
    if (rows === null || first === null || last === null) throw new Error(`no batch of query ${queryId} committed`);
    return { rows: Number(rows), seconds: Number(last) - (since === undefined ? Number(first) : since / 1000) };
  } finally {
    await client.end();
  }
}

/** One `psql \copy` of the CSV into the prices table, emptied first (as each end-to-end run empties it): rows per second. */
async function copyAnchor(h: Harness, source: { path: string; rows: number }): Promise<number> {
  const psql = join(findPostgresBin() as string, 'psql');
  await adminSql(h, 'TRUNCATE prices, quarantine');
  const started = Date.now();
  const conn = adminConnection(h.config);
  const res = run(psql, ['-h', String(conn.host), '-p', String(conn.port), '-U', String(conn.user), '-d', String(conn.database), '-c', `\\copy prices (symbol, ts, open, high, low, close, volume, produced_at, kafka_partition, kafka_offset) FROM '${source.path}' CSV`], { env: { ...process.env, PGPASSWORD: String(conn.password) } });
  const rate = source.rows / ((Date.now() - started) / 1000);
  if (res.status !== 0) throw new Error(res.stderr);
  return rate;
}

interface CopyAnchor {
  files: string[];
  rows: number;
  anchor: Measured;
}

/** One replay of `files` at full speed, until the job has committed every message: the messages and seconds. */
async function replayEndToEnd(h: Harness, files: string[], onReplay?: (pid: number | undefined) => void): Promise<{ rows: number; seconds: number }> {
  // Prices only: the batch markers stay, both for exactly-once and for counting what the job has committed.
  await adminSql(h, 'TRUNCATE prices, quarantine');
  const started = Date.now();
  const replay = spawnReplay(h.env, [...files, '--speed', 'max']);
  onReplay?.(replay.pid);
  if ((await replay.done) !== 0) throw new Error('replay failed');
  onReplay?.(undefined);
  await waitCaughtUp(h.config, 1_800_000);
  return committed(h, started);
}

/** End to end: replay at full speed with the job running, until every message is committed to PostgreSQL. */
async function landing(h: Harness): Promise<CopyAnchor> {
  const sizes = QUICK ? [500_000] : [500_000, 1_000_000, 2_200_000];
  const scaling: { rows: number; seconds: Measured }[] = [];
  let copy: CopyAnchor | undefined;
  const memory = new PeakMemory();
  let replayPid: number | undefined;
  memory.start(() => ({
    broker: readPid(layout(h.config).run, 'kafka')?.pid,
    'spark driver': sparkRecord(h.config)?.pid,
    postgres: postgresRecord(h.config)?.pid,
    replay: replayPid,
  }));
  const endToEnd = (files: string[]) => replayEndToEnd(h, files, (pid) => (replayPid = pid));
  // A just-started job spends its first minutes compiling Spark's code (the same 2.1M rows took 58 s on a new
  // JVM, 35 s on one that had landed 4.3M rows): it first lands the 1M-row set once, untimed.
  if (!QUICK) say(`warm-up: end to end, 1M rows, untimed: ${(await endToEnd(filesFor(1_000_000).files)).seconds.toFixed(1)} s`);
  for (const target of sizes) {
    const { files, rows } = filesFor(target);
    const last = target === sizes[sizes.length - 1];
    // At the largest size each end-to-end run is followed by a \copy of the same rows: this machine's speed drifts
    // by a fifth over minutes, and a ratio of runs taken minutes apart would measure the drift.
    const anchorRuns: number[] = [];
    const rates: number[] = [];
    const copySource = last ? copyCsv(files) : undefined;
    const seconds = await repeat(REPEAT, async (i) => {
      const before = await topicMessages(h.config);
      const landed = await endToEnd(files);
      const sent = (await topicMessages(h.config)) - before;
      say(`end to end, ${rows} rows, run ${i + 1}: ${landed.seconds.toFixed(1)} s (${sent} messages sent, ${landed.rows} committed)`);
      if (landed.rows !== sent) throw new Error(`the job committed ${landed.rows} messages of the ${sent} sent`);
      rates.push(landed.rows / landed.seconds);
      if (copySource) {
        const rate = await copyAnchor(h, copySource);
        say(`\\copy, ${copySource.rows} rows, run ${i + 1}: ${rate.toFixed(0)} rows/s`);
        anchorRuns.push(rate);
      }
      return landed.seconds;
    });
    scaling.push({ rows, seconds });
    if (copySource) {
      const ours = summarise(rates);
      const anchor = summarise(anchorRuns);
      copy = { files, rows, anchor };
      record({ name: `end-to-end rows/s landed in PostgreSQL (${rows} rows)`, unit: 'rows/s', ours, anchor: { name: COPY_ANCHOR, value: anchor } });
      rmSync(dirname(copySource.path), { recursive: true, force: true });
    }
  }
  const peaks = memory.stop();
  for (const [part, mb] of peaks) record({ name: `peak memory: ${part} (PSS of its process tree)`, unit: 'MB', ours: summarise([mb]) });
  const first = scaling[0];
  for (const s of scaling.slice(1)) {
    if (!first) break;
    record({ name: `scaling: ${s.rows} rows vs ${first.rows} rows (time ratio; rows ratio ${(s.rows / first.rows).toFixed(2)})`, unit: '×', ours: summarise(s.seconds.runs.map((t) => t / first.seconds.median)) });
  }
  if (!copy) throw new Error('no end-to-end size measured');
  return copy;
}

/**
 * The Spark job alone: the topic is filled first with the job stopped, then a job with a fresh checkpoint drains
 * it. Timed from its first batch's start to its last batch's commit (from the sink's own markers), so the JVM's
 * start is not counted, and the producer does not share the CPUs.
 */
async function drain(h: Harness, javaHome: string, copy: CopyAnchor): Promise<void> {
  const topic = 'bench-drain';
  const config = { ...h.config, kafka: { ...h.config.kafka, topic } };
  await stopSparkJob(h.config);
  await withAdmin(h.config, (admin) => admin.createTopics({ topics: [{ topic, numPartitions: h.config.kafka.partitions, replicationFactor: 1 }], waitForLeaders: true }));
  const filled = await runCli({ ...h.env, STOCKCTL_KAFKA_TOPIC: topic }, ['replay', ...copy.files, '--speed', 'max']);
  if (filled.status !== 0) throw new Error(filled.stderr);
  const ours = await repeat(REPEAT, async (i) => {
    await stopSparkJob(config);
    rmSync(layout(config).spark.checkpoint, { recursive: true, force: true });
    await adminSql(h, 'TRUNCATE prices, quarantine');
    await startSparkJob(config, javaHome);
    await waitCaughtUp(config, 1_800_000);
    // From its first batch's start: the JVM's start is not counted. (The job's status file does not depend on the
    // topic, so the harness's own config finds it.)
    const { rows, seconds } = await committed(h);
    say(`drain run ${i + 1}: ${rows} rows in ${seconds.toFixed(1)} s`);
    return rows / seconds;
  });
  record({ name: `Spark job alone: rows/s landed from a full topic (${copy.rows} rows)`, unit: 'rows/s', ours, anchor: { name: COPY_ANCHOR, value: copy.anchor } });
}

/** A dashboard page open in Chromium while the fast latency run streams: how long each pushed update takes. */
async function openDashboard(h: Harness, symbols: string[]) {
  const port = await freePort();
  const server = spawn(process.execPath, [fromRoot('dist', 'cli', 'main.js'), 'dashboard', '--port', String(port)], { env: h.env, stdio: 'ignore' });
  for (let i = 0; i < 100 && !(await portOpen('127.0.0.1', port)); i++) await new Promise((r) => setTimeout(r, 100));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`http://127.0.0.1:${port}/?symbols=${symbols.join(',')}`);
  const probes: number[] = [];
  let probing = true;
  // The page's responsiveness from outside: a round trip into its event loop every 250 ms.
  const probe = (async () => {
    while (probing) {
      const t = performance.now();
      await page.evaluate(() => 1);
      probes.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return {
    async close() {
      probing = false;
      await probe;
      const updates = await page.evaluate(() => (window as unknown as { stockctlStats: { updates: number[] } }).stockctlStats.updates);
      await browser.close();
      server.kill('SIGTERM');
      return { updates, probes };
    },
  };
}

/** Sends `rate` messages a second for `seconds` (symbols named `prefix`N) and returns each one's produce →
 * visible latency in ms, once the job has landed them all. */
async function paced(h: Harness, rate: number, seconds: number, prefix: string): Promise<number[]> {
  const perSymbol = rate >= 10_000 ? 3_000 : 5_000;
  await sendPaced(h.config, rate, seconds, (i) => {
    const day = new Date(Date.UTC(2000, 0, 1) + (i % perSymbol) * 86_400_000).toISOString().slice(0, 10);
    return { symbol: `${prefix}${Math.floor(i / perSymbol)}`, ts: `${day}T00:00:00`, open: 10, high: 11, low: 9, close: 10 + (i % 97) / 10, volume: i };
  });
  await waitCaughtUp(h.config, 600_000);
  const client = new pg.Client(adminConnection(h.config));
  await client.connect();
  const res = await client.query<{ ms: number }>('SELECT extract(epoch FROM landed_at - produced_at) * 1000 AS ms FROM prices WHERE symbol LIKE $1', [`${prefix}%`]);
  await client.end();
  return res.rows.map((r) => Number(r.ms));
}

/** Trigger intervals compared at 1,000 msg/s: the default (0: the next batch as soon as one ends) and two that
 * trade latency for fewer batches, hence less CPU. */
const TRIGGERS = ['0 seconds', '250 milliseconds', '1 second'];
/** A new job spends its first minutes compiling Spark's own code (the JIT: ~300 ms median latency in the first
 * minute, ~140 ms after three); a running service is warm, so each setting streams this long before it is timed. */
const WARM_UP_S = QUICK ? 10 : 60;

async function latency(h: Harness, javaHome: string): Promise<void> {
  const seconds = QUICK ? 8 : 15;
  for (const [i, trigger] of TRIGGERS.entries()) {
    const config = { ...h.config, spark: { ...h.config.spark, trigger_interval: trigger } };
    await stopSparkJob(h.config);
    await startSparkJob(config, javaHome);
    await paced(h, 1_000, WARM_UP_S, `WARM${i}S`);
    const pid = sparkRecord(h.config)?.pid as number;
    const idle = await coresBusy(pid, () => new Promise((r) => setTimeout(r, 10_000)));
    let ms: number[] = [];
    const busy = await coresBusy(pid, async () => (ms = await paced(h, 1_000, seconds, `LAT${i}T`)));
    for (const [p, target] of [[50, ' (target ≤ 250)'], [95, ''], [99, ' (target ≤ 1000)']] as const) {
      record({ name: `produce → visible latency p${p} at 1000 msg/s, trigger ${trigger}${target} (${ms.length} messages)`, unit: 'ms', ours: summarise([percentile(ms, p)]) });
    }
    record({ name: `cost: Spark job CPU while streaming 1000 msg/s, trigger ${trigger}`, unit: 'cores', ours: summarise([busy]) });
    record({ name: `cost: Spark job CPU while idle, trigger ${trigger}`, unit: 'cores', ours: summarise([idle]) });
  }
  await stopSparkJob(h.config);
  await startSparkJob(h.config, javaHome);
  await paced(h, 1_000, WARM_UP_S, 'WARM10K');

  // 10,000 msg/s over 50 symbols with the default trigger, a dashboard page following 8 of them.
  const rate = 10_000;
  const prefix = 'LAT10K';
  const page = await openDashboard(h, Array.from({ length: 8 }, (_, i) => `${prefix}${i}`));
  const ms = await paced(h, rate, seconds, prefix);
  for (const p of [50, 95, 99]) record({ name: `produce → visible latency p${p} at ${rate} msg/s, trigger ${h.config.spark.trigger_interval} (${ms.length} messages)`, unit: 'ms', ours: summarise([percentile(ms, p)]) });
  const { updates, probes } = await page.close();
  const symbols = Math.ceil(ms.length / 3_000);
  record({ name: `dashboard: drawing one pushed update, p95, ${symbols} symbols streaming at ${rate} msg/s (${updates.length} updates)`, unit: 'ms', ours: summarise([percentile(updates, 95)]), anchor: { name: 'the push interval', value: summarise([1000]) } });
  record({ name: `dashboard: page round trip, p95, while streaming (${probes.length} probes)`, unit: 'ms', ours: summarise([percentile(probes, 95)]) });
}

async function askTimes(h: Harness): Promise<void> {
  const session = await ReadOnlySession.open(h.config);
  const engine: number[] = [];
  const bare: number[] = [];
  // The evaluation's answerable questions as well, on the bench table (its ETF questions find no rows here).
  const evalQuestions = EVAL_SPLITS.flatMap((s) => readSplit(fromRoot('test', 'ask-eval', s, 'questions.jsonl')).filter((q) => q.answerable).map((q) => q.question));
  const slow: { q: string; ms: number }[] = [];
  /** Questions the database cancelled at ask.statement_timeout_ms: counted at that time, and listed. */
  const cancelled: string[] = [];
  const client = new pg.Client(adminConnection(h.config));
  await client.connect();
  try {
    for (let i = 0; i < (QUICK ? 1 : 3); i++) {
      // The examples three times; the evaluation's questions once (there are hundreds).
      for (const q of i === 0 ? [...EXAMPLES, ...evalQuestions] : EXAMPLES) {
        let t = performance.now();
        const result = await ask(session, q).catch(async (e: unknown) => {
          if (/statement_timeout_ms/.test((e as Error).message)) {
            cancelled.push(q);
            return undefined;
          }
          const activity = await client.query("SELECT pid, state, wait_event_type, wait_event, left(query, 200) AS query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
          throw new Error(`ask "${q}": ${(e as Error).message}\nsessions then: ${JSON.stringify(activity.rows, null, 1)}`);
        });
        engine.push(performance.now() - t);
        slow.push({ q, ms: performance.now() - t });
        if (result?.plan && result.query) {
          const query = compile(result.plan);
          t = performance.now();
          await client.query({ text: query.sql, values: query.params });
          bare.push(performance.now() - t);
        }
      }
    }
  } finally {
    await client.end();
    await session.close();
  }
  record({ name: `ask questions cancelled at the statement timeout (${h.config.ask.statement_timeout_ms} ms), of ${EXAMPLES.length + evalQuestions.length}`, unit: 'questions', ours: summarise([cancelled.length]) });
  if (cancelled.length) say(`cancelled at the statement timeout: ${cancelled.map((q) => `"${q}"`).join('; ')}`);
  for (const p of [50, 95]) {
    record({ name: `ask p${p} over the ${EXAMPLES.length} example and ${evalQuestions.length} evaluation questions (engine, in process)`, unit: 'ms', ours: summarise([percentile(engine, p)]), anchor: { name: 'the same SQL run bare', value: summarise([percentile(bare, p)]) } });
  }
  say(`slowest ask questions: ${slow.sort((a, b) => b.ms - a.ms).slice(0, 5).map((s) => `${s.ms.toFixed(0)} ms "${s.q}"`).join('; ')}`);
  const cli = await repeat(QUICK ? 2 : 5, async () => {
    const t = Date.now();
    const r = await h.cli(['ask', 'recent Tesla prices', '--no-chart']);
    if (r.status !== 0) throw new Error(r.stderr);
    return Date.now() - t;
  });
  const psql = join(findPostgresBin() as string, 'psql');
  const conn = adminConnection(h.config);
  const anchor = await repeat(QUICK ? 2 : 5, async () => {
    const t = Date.now();
    run(psql, ['-h', String(conn.host), '-p', String(conn.port), '-U', String(conn.user), '-d', String(conn.database), '-c', "SELECT * FROM daily_bars WHERE symbol = 'TSLA' ORDER BY trade_date DESC LIMIT 10"], { env: { ...process.env, PGPASSWORD: String(conn.password) } });
    return Date.now() - t;
  });
  record({ name: 'whole CLI: stockctl ask "recent Tesla prices"', unit: 'ms', ours: cli, anchor: { name: 'psql -c with the same query', value: anchor } });
}

/**
 * `ask` on a growing table (issue 20): the evaluation's data and 1, 4 and 16 copies of the bench set, every example
 * and answerable evaluation question timed once per size, in process, with only PostgreSQL running.
 */
async function askSpeedBench(): Promise<void> {
  const h = await Harness.create('bench-ask-speed');
  say(`state ${h.state}`);
  try {
    const up = await h.cli(['up']);
    if (up.status !== 0) throw new Error(`up failed: ${up.stderr}`);
    await loadEvalData(h);
    await h.cli(['down']);
    const pgOnly = await h.cli(['up', '--only', 'postgres', '--skip-setup']);
    if (pgOnly.status !== 0) throw new Error(`up --only postgres failed: ${pgOnly.stderr}`);
    await askSpeedAtSizes(h, BENCH_STOCKS, QUICK ? [1, 4] : [1, 4, 16], (r) => {
      askSpeed.push(r);
      const all = r.families.find((f) => f.family === 'all');
      for (const p of ['p50', 'p95', 'p99', 'max'] as const) record({ name: `ask ${p} at ${r.size}× the bench set (${r.rows} rows, ${all?.n} questions; engine, in process)`, unit: 'ms', ours: summarise([all?.[p] ?? NaN]) });
      record({ name: `whole CLI at ${r.size}×: stockctl ask "recent Tesla prices"`, unit: 'ms', ours: summarise(r.cliMs) });
      say(`ask at ${r.size}× (${r.rows} rows), per family:\n${renderTable(['family', 'n', 'p50', 'p95', 'p99', 'max'], r.families.map((f) => [f.family, String(f.n), f.p50.toFixed(1), f.p95.toFixed(1), f.p99.toFixed(1), f.max.toFixed(0)]))}`);
      say(`slowest at ${r.size}×:\n${r.slowest.map((s) => `${s.ms.toFixed(0)} ms [${s.family}/${s.kind}] "${s.question}"\n${s.plan}`).join('\n\n')}`);
    }, say);
    const p95 = (size: number) => askSpeed.find((r) => r.size === size)?.families.find((f) => f.family === 'all')?.p95 ?? NaN;
    record({ name: 'ask p95 at 4× the rows ÷ at 1× (target ≤ 1.5)', unit: '×', ours: summarise([p95(4) / p95(1)]) });
  } finally {
    await h.cli(['down', '--purge']);
  }
}

/**
 * The `ask` evaluation, scored per kind on a stack of its own holding exactly its data (the 13 daily tickers and
 * the three intraday ETFs): cross-sectional answers depend on which symbols exist, so not on the bench table.
 */
async function askEvaluation(): Promise<void> {
  const h = await Harness.create('bench-eval');
  try {
    const up = await h.cli(['up']);
    if (up.status !== 0) throw new Error(`up failed: ${up.stderr}`);
    await loadEvalData(h);
    const session = await ReadOnlySession.open(h.config);
    try {
      for (const split of EVAL_SPLITS) {
        const score = await scoreSplit(readSplit(fromRoot('test', 'ask-eval', split, 'questions.jsonl')), (q) => ask(session, q));
        say(`ask evaluation, ${split} split:\n${kindTable(score)}`);
        evaluation[split] = { ...score, outcomes: undefined };
        record({ name: `ask evaluation, ${split} split: correct ÷ answerable (${score.answerable} questions)`, unit: '%', ours: summarise([100 * score.coverage]) });
        record({ name: `ask evaluation, ${split} split: precision, correct ÷ answered (${score.answered})`, unit: '%', ours: summarise([100 * score.precision]) });
        record({ name: `ask evaluation, ${split} split: refused ÷ to refuse (${score.refusals})`, unit: '%', ours: summarise([100 * score.refusalRate]) });
      }
      await modelEvaluation(h, session);
    } finally {
      await session.close();
    }
  } finally {
    await h.cli(['down', '--purge']);
  }
}

/** The held-out split scored again with the model of the environment reading what the rules do not; or "not configured". */
async function modelEvaluation(h: Harness, session: ReadOnlySession): Promise<void> {
  const model = modelOptions(h.config, 'not-understood');
  if (!model) {
    withModel = 'not configured';
    say('ask evaluation with a model: not configured (set STOCKCTL_ASK_MODEL_URL and STOCKCTL_ASK_MODEL_NAME, and STOCKCTL_ASK_MODEL_KEY_ENV if it needs a key)');
    return;
  }
  const rules = evaluation.heldout as Omit<SplitScore, 'outcomes'>;
  const { outcomes: _p, ...both } = await scoreSplit(readSplit(fromRoot('test', 'ask-eval', 'heldout', 'questions.jsonl')), (q) => ask(session, q, { model }));
  withModel = { model: model.client.where, rules, rulesAndModel: both };
  say(`ask evaluation, heldout split, rules + ${model.client.where}:\n${kindTable({ ...both, outcomes: [] })}`);
  for (const [who, s] of [['rules alone', rules], [`rules + ${h.config.ask.model.name}`, both]] as const) {
    record({ name: `ask evaluation, heldout split, ${who}: correct ÷ answerable (${s.answerable} questions)`, unit: '%', ours: summarise([100 * s.coverage]) });
    record({ name: `ask evaluation, heldout split, ${who}: precision, correct ÷ answered (${s.answered})`, unit: '%', ours: summarise([100 * s.precision]) });
  }
}

async function upTime(h: Harness): Promise<void> {
  const ours = await repeat(REPEAT, async () => {
    await h.cli(['down']);
    const t = Date.now();
    const r = await h.cli(['up', '--skip-setup']);
    if (r.status !== 0) throw new Error(r.stderr);
    return (Date.now() - t) / 1000;
  });
  record({ name: '`stockctl up` from installed, stack stopped (data kept)', unit: 's', ours });
}

function machine() {
  const pins = pinnedVersions();
  return { cores: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, kafka: pins.kafka, pyspark: pins.pyspark, postgres: postgresVersion(), java: findJavaHome() };
}

function writeResults(started: Date): void {
  const table = renderTable(
    ['figure', 'ours (median)', 'spread', 'anchor (median)', 'ratio', 'unit'],
    figures.map((f) => [f.name, f.ours.median.toFixed(1), f.ours.runs.length > 1 ? `${f.ours.min.toFixed(1)}–${f.ours.max.toFixed(1)}` : '', f.anchor ? f.anchor.value.median.toFixed(1) : '—', f.ratio ? f.ratio.toFixed(2) : '—', f.unit]),
  );
  console.log(table);
  const results = { started: started.toISOString(), finished: new Date().toISOString(), quick: QUICK, only: ONLY, repeat: REPEAT, machine: machine(), figures, evaluation, withModel, askSpeed };
  const dir = fromRoot('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const name = `${started.toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(join(dir, name), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  const docs = fromRoot('docs', 'benchmarks.md');
  // A partial run (--only) writes its results file; the table in the docs stays the last full run's.
  if (existsSync(docs) && !ONLY) {
    const text = readFileSync(docs, 'utf8');
    const block = `<!-- bench:start -->\nMeasured ${results.finished.slice(0, 16).replace('T', ' ')} UTC on ${results.machine.cores} cores (${results.machine.cpu}), ${results.machine.memoryGiB} GiB; ${QUICK ? 'quick mode, 1 run' : `${REPEAT} runs each`}. Kafka ${results.machine.kafka}, PySpark ${results.machine.pyspark}, PostgreSQL ${results.machine.postgres}, Node ${results.machine.node}.\n\n\`\`\`\n${table}\n\`\`\`\n<!-- bench:end -->`;
    writeFileSync(docs, text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block));
  }
  say(`results: bench/results/${name} (and latest.json), docs/benchmarks.md`);
}

async function main(): Promise<void> {
  if (!existsSync(BENCH_STOCKS)) throw new Error(`bench data not found at ${BENCH_STOCKS} (set STOCKCTL_BENCH_STOCKS)`);
  const started = new Date();
  const javaHome = findJavaHome();
  if (!javaHome) throw new Error('run `stockctl setup` first');
  if (ONLY === 'ask') {
    await askEvaluation();
    writeResults(started);
    return;
  }
  if (ONLY === 'ask-speed') {
    await askSpeedBench();
    writeResults(started);
    return;
  }
  // The tests' harness slows the trigger down to 1 s; the bench measures the product's default.
  const h = await Harness.create('bench', { STOCKCTL_SPARK_TRIGGER_INTERVAL: loadConfig({ env: {} }).spark.trigger_interval });
  say(`state ${h.state}; ${QUICK ? 'quick mode' : `${REPEAT} runs per timing`}`);
  try {
    const up = await h.cli(['up']);
    if (up.status !== 0) throw new Error(`up failed: ${up.stderr}`);
    const watch = () => watchBench({ h, quick: QUICK, runs: REPEAT, warmUpSeconds: WARM_UP_S, say, record, filesFor, endToEnd: (files) => replayEndToEnd(h, files) });
    if (ONLY === 'watch') {
      await watch();
      writeResults(started);
      return;
    }
    await upTime(h);
    // The producer is measured alone: the job is stopped so that it does not share the CPUs.
    await stopSparkJob(h.config);
    await reading(h);
    await producer(h, javaHome);
    await pacing(h);
    if (ONLY === 'replay') {
      await producer(h, javaHome, 2_200_000);
      writeResults(started);
      return;
    }
    await startSparkJob(h.config, javaHome);
    const copy = await landing(h);
    await latency(h, javaHome);
    await watch();
    // The rules stay out of the figures after them.
    await adminSql(h, 'UPDATE watch_rules SET removed_at = now() WHERE removed_at IS NULL');
    const tests = await h.cli(['replay', TEST_STOCKS, '--speed', 'max']);
    if (tests.status !== 0) throw new Error(tests.stderr);
    await waitCaughtUp(h.config, 600_000);
    await askTimes(h);
    // Last: it replaces the job's checkpoint and empties the prices table.
    await drain(h, javaHome, copy);
    await h.cli(['down', '--purge']);
    await askEvaluation();
    writeResults(started);
  } catch (e) {
    // Said before the stack goes down, which would otherwise bury it under the closed connections' errors.
    say(`failed: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 1;
  } finally {
    await h.cli(['down', '--purge']);
  }
}

await main();
