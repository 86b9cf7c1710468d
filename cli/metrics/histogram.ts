// A Prometheus histogram from durations the job recorded: cumulative buckets (`le`), their sum and count.

import type { Sample } from './exposition.js';

/** Upper bounds in seconds: a micro-batch takes ~0.1 s streaming, seconds under load or on a cluster. */
export const BATCH_DURATION_BOUNDS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** `durations`: [milliseconds, how many batches took that long]. */
export function histogramSamples(durations: [number, number][], bounds = BATCH_DURATION_BOUNDS): Sample[] {
  let count = 0;
  let sumMs = 0;
  for (const [ms, n] of durations) {
    count += n;
    sumMs += ms * n;
  }
  const buckets = bounds.map((le) => ({
    suffix: '_bucket',
    labels: { le: String(le) },
    value: durations.reduce((acc, [ms, n]) => (ms / 1000 <= le ? acc + n : acc), 0),
  }));
  return [...buckets, { suffix: '_bucket', labels: { le: '+Inf' }, value: count }, { suffix: '_sum', value: sumMs / 1000 }, { suffix: '_count', value: count }];
}
