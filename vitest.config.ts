import { defineConfig } from 'vitest/config';
import { LongestFirst } from './test/longest-first.js';

export default defineConfig({
  test: {
    include: ['cli/**/*.test.ts', 'config/**/*.test.ts', 'producer/**/*.test.ts', 'sql/**/*.test.ts', 'test/**/*.test.ts'],
    // Integration tests share the machine with a real broker, Spark driver and Postgres each. Two files at a time
    // (each with its own stack, ports and state folder) keep a 2-core machine busy without starving either.
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
