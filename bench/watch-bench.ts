// Standing questions under load: 100 rules active while a feed streams at 1,000 messages a second, timed from
// each message's production to its alert reaching a follower (LISTEN/NOTIFY, as `stockctl watch` hears it), and
// the end-to-end rate of a full-speed replay with the rules against the same replay with none.

import pg from 'pg';
import type { Harness } from '../cli/isolated-stack.js';
import { waitCaughtUp } from '../cli/pipeline.js';
import { symbolFromFileName } from '../producer/formats/file-name-symbol.js';
import type { PriceRow } from '../producer/message.js';
import { adminConnection, withAdminClient } from '../sql/connection.js';
import { followAlerts } from '../sql/watch/follow.js';
import { readCondition } from '../sql/watch/read-condition.js';
import { addRule, alertIdBefore, openWatchClient, readNames } from '../sql/watch/store.js';
import { sendPaced } from './paced.js';
import { percentile, summarise, type Measured } from './stats.js';

export interface WatchBenchContext {
  h: Harness;
  quick: boolean;
  runs: number;
  warmUpSeconds: number;
  say(s: string): void;
  record(f: { name: string; unit: string; ours: Measured; anchor?: { name: string; value: Measured } }): void;
  /** The bench files holding at least `rows` rows. */
  filesFor(rows: number): { files: string[]; rows: number };
  /** One full-speed replay of the files until all is committed: messages and seconds. */
  endToEnd(files: string[]): Promise<{ rows: number; seconds: number }>;
}

const SYMBOLS = 20;
const PREFIX = 'WATCHB';
const RATE = 1_000;

/**
 * The streamed feed: 20 symbols in turn, each message its symbol's next day. A close climbs 0.4% a day for 250
 * days and falls back by half; every hundredth day trades five times the usual volume: the rules below fire a
 * few hundred times a second between them, not never and not on every row.
 */
function rowAt(i: number): PriceRow {
  const k = Math.floor(i / SYMBOLS);
  const day = new Date(Date.UTC(1990, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
  const close = Number((10 + (k % 250) * 0.04).toFixed(2));
  return { symbol: `${PREFIX}${i % SYMBOLS}`, ts: `${day}T00:00:00`, open: close, high: close + 0.05, low: close - 0.05, close, volume: k % 100 === 99 ? 50_000 : 10_000 };
}

/**
 * 100 conditions as users write them: 20 about every stock, 40 about the stream's symbols and 40 about the
 * replayed bench tickers (`tickers`), so that both the latency and the rate measure rules that apply.
 */
export function benchConditions(tickers: string[]): string[] {
  const stream = (i: number) => `${PREFIX}${i % SYMBOLS}`;
  const ticker = (i: number) => tickers[i % tickers.length] as string;
  const perSymbol = (sym: (i: number) => string) => [
    ...Array.from({ length: 10 }, (_, i) => `${sym(i)} crosses ${i % 2 ? 'below' : 'above'} its ${[20, 50, 100, 200][i % 4]}-day average`),
    ...Array.from({ length: 10 }, (_, i) => `${sym(i + 10)} falls more than ${4 + (i % 5)}% in a day`),
    ...Array.from({ length: 10 }, (_, i) => `${sym(i + 20)} crosses below $${11 + (i % 8)}`),
    ...Array.from({ length: 10 }, (_, i) => `new 52-week ${i % 2 ? 'low' : 'high'} for ${sym(i + 30)}`),
  ];
  return [
    ...Array.from({ length: 10 }, (_, i) => `any stock falls more than ${10 + i}% in a day`),
    ...Array.from({ length: 5 }, (_, i) => `any stock rises more than ${15 + i}% in a day`),
    ...Array.from({ length: 5 }, (_, i) => `any stock trades ${4 + i}x its 20-day average volume`),
    ...perSymbol(stream),
    ...perSymbol(ticker),
  ];
}

async function addRules(h: Harness, tickers: string[]): Promise<number> {
  const client = await openWatchClient(h.config, 'owner');
  try {
    const names = await readNames(client);
    // The bench tickers have no rows yet: their files are replayed after the rules are added.
    for (const t of tickers) names.dataSymbols.add(t);
    // Tickers a user could name alone ("ALL" is a word, "AFSI_D" a preferred share's file name).
    const named = tickers.filter((t) => {
      const read = readCondition(`${t} crosses above its 50-day average`, names);
      return 'rule' in read && read.rule.symbol === t;
    });
    const conditions = benchConditions(named.slice(0, 40));
    for (const condition of conditions) {
      const read = readCondition(condition, names);
      if ('refused' in read) throw new Error(`bench rule "${condition}" was refused: ${read.refused}`);
      await addRule(client, condition, read.rule);
    }
    return conditions.length;
  } finally {
    await client.end();
  }
}

/** Streams at 1,000 msg/s while a follower hears each alert: ms from each alert's row produced to it heard. */
async function alertLatencies(ctx: WatchBenchContext, from: number, seconds: number): Promise<number[]> {
  const { h } = ctx;
  const listener = new pg.Client(adminConnection(h.config));
  await listener.connect();
  const heard = new Map<number, number>();
  const following = await followAlerts(listener, await alertIdBefore(listener, 0), (a) => heard.set(a.id, Date.now()), 1_000);
  try {
    await sendPaced(h.config, RATE, seconds, (i) => rowAt(from + i));
    await waitCaughtUp(h.config, 600_000);
    await new Promise((r) => setTimeout(r, 2_000)); // the last notices
  } finally {
    following.stop();
    await following.done.catch(() => undefined);
    await listener.end();
  }
  const produced = await withAdminClient(h.config, (c) =>
    c.query<{ id: string; ms: number }>(
      'SELECT a.id, extract(epoch FROM p.produced_at) * 1000 AS ms FROM alerts a JOIN prices p ON p.symbol = a.symbol AND p.ts = a.ts WHERE a.id = ANY($1::bigint[])',
      [[...heard.keys()]],
    ),
  );
  return produced.rows.map((r) => (heard.get(Number(r.id)) as number) - Number(r.ms));
}

export async function watchBench(ctx: WatchBenchContext): Promise<void> {
  const { h, say } = ctx;
  const seconds = ctx.quick ? 8 : 15;
  // The stream's symbols exist before rules name them; the job is warm (its first minutes compile Spark's code).
  let sent = await sendPaced(h.config, RATE, ctx.warmUpSeconds, rowAt);
  await waitCaughtUp(h.config, 600_000);
  const { files, rows } = ctx.filesFor(ctx.quick ? 200_000 : 500_000);
  const tickers = files.map((f) => symbolFromFileName(f)).filter((t): t is string => Boolean(t));
  const rules = await addRules(h, tickers);
  sent += await sendPaced(h.config, RATE, 10, (i) => rowAt(sent + i));
  await waitCaughtUp(h.config, 600_000);
  const ms = await alertLatencies(ctx, sent, seconds);
  if (ms.length === 0) throw new Error('no alert fired while streaming: the bench rules or the feed are wrong');
  for (const [p, target] of [[50, ''], [95, ''], [99, ' (target ≤ 1000)']] as const) {
    ctx.record({ name: `watch: produce → alert heard by a follower p${p} at ${RATE} msg/s, ${rules} rules${target} (${ms.length} alerts)`, unit: 'ms', ours: summarise([percentile(ms, p)]) });
  }

  // The rate: the same replay with the rules removed and with them back, in turn (this machine drifts over minutes).
  const without: number[] = [];
  const withRules: number[] = [];
  for (let i = 0; i < ctx.runs; i++) {
    for (const active of [false, true]) {
      await withAdminClient(h.config, async (c) => {
        await c.query('TRUNCATE alerts, alert_deliveries');
        await c.query(`UPDATE watch_rules SET removed_at = ${active ? 'NULL' : 'now()'}`);
      });
      const landed = await ctx.endToEnd(files);
      const fired = await withAdminClient(h.config, async (c) => Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM alerts')).rows[0]?.n));
      say(`end to end, ${rows} rows, ${active ? `${rules} rules (${fired} alerts)` : 'no rule'}, run ${i + 1}: ${landed.seconds.toFixed(1)} s`);
      (active ? withRules : without).push(landed.rows / landed.seconds);
    }
  }
  ctx.record({
    name: `watch: end-to-end rows/s landed with ${rules} rules active (${rows} rows; target ≥ 0.9 × without)`,
    unit: 'rows/s',
    ours: summarise(withRules),
    anchor: { name: 'the same replay with no rule', value: summarise(without) },
  });
}
