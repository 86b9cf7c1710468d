// The replay runs in a worker thread of its own, so that its young generation can be sized: V8 fixes it when a
// thread starts, and the CLI's thread has the default (16 MB semi-spaces). The Kafka client leaves several small
// buffers of garbage per message; with the default the replay spent about a fifth of its CPU in scavenges
// (2.1M rows: ~4.7 s of ~22), with 64 MB semi-spaces ~1.8 s (docs/benchmarks.md).
// The CLI's thread keeps the terminal: progress, rejected lines and Ctrl-C pass between the two as messages.

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { StockctlConfig } from '../config/schema.js';
import { UserError } from '../config/errors.js';
import type { ProgressState, ProgressView } from './progress.js';
import type { ReplayOptions, ReplaySummary } from './replay.js';

/** Young generation of the replay's thread, in MB: three semi-spaces' worth, so 64 MB each. */
export const YOUNG_GENERATION_MB = 192;

const ROLE = 'stockctl-replay';

/** What the worker is given: the options without their callbacks, and whether progress is wanted. */
interface Job {
  role: typeof ROLE;
  config: StockctlConfig;
  options: Omit<ReplayOptions, 'signal' | 'progress' | 'report'>;
  progress: boolean;
}

type FromWorker =
  | { kind: 'update' | 'finish'; state: ProgressState }
  | { kind: 'note' | 'report'; text: string }
  | { kind: 'done'; summary: ReplaySummary }
  | { kind: 'failed'; message: string; hint?: string; exitCode?: number; user: boolean; stack?: string };

/** `replay()` in a worker thread: the same options (the signal, progress and report stay on this thread) and result. */
export function replayInWorker(config: StockctlConfig, opts: ReplayOptions): Promise<ReplaySummary> {
  const { signal, progress, report = (t: string) => console.error(t), ...options } = opts;
  const job: Job = { role: ROLE, config, options, progress: Boolean(progress) };
  const worker = new Worker(new URL(import.meta.url), { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  const stop = () => worker.postMessage('stop');
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', stop, { once: true });
  return new Promise<ReplaySummary>((resolve, reject) => {
    worker.on('message', (m: FromWorker) => {
      switch (m.kind) {
        case 'update': return progress?.update(m.state);
        case 'finish': return progress?.finish(m.state);
        case 'note': return progress?.note(m.text);
        case 'report': return report(m.text);
        case 'done': return resolve(m.summary);
        case 'failed': return reject(m.user ? new UserError(m.message, m.hint, m.exitCode) : Object.assign(new Error(m.message), { stack: m.stack }));
      }
    });
    worker.on('error', reject);
    // After 'done' or 'failed' this changes nothing: a promise settles once.
    worker.on('exit', (code) => reject(new Error(`the replay's thread ended without a result (exit code ${code})`)));
  }).finally(() => signal?.removeEventListener('abort', stop));
}

async function work(job: Job): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const post = (m: FromWorker) => port.postMessage(m);
  const controller = new AbortController();
  port.on('message', (m) => m === 'stop' && controller.abort());
  port.unref(); // the replay's own work keeps the thread alive, not the wait for a 'stop'
  const progress: ProgressView | undefined = job.progress
    ? {
        update: (state) => post({ kind: 'update', state }),
        finish: (state) => post({ kind: 'finish', state }),
        note: (text) => post({ kind: 'note', text }),
      }
    : undefined;
  try {
    const { replay } = await import('./replay.js');
    const summary = await replay(job.config, { ...job.options, signal: controller.signal, progress, report: (text) => post({ kind: 'report', text }) });
    post({ kind: 'done', summary });
  } catch (e) {
    const err = e as Error;
    post(e instanceof UserError
      ? { kind: 'failed', message: err.message, hint: e.hint, exitCode: e.exitCode, user: true }
      : { kind: 'failed', message: err.message, stack: err.stack, user: false });
  }
}

if (!isMainThread && (workerData as Job | undefined)?.role === ROLE) await work(workerData as Job);
