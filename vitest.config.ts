import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['cli/**/*.test.ts', 'config/**/*.test.ts', 'producer/**/*.test.ts', 'sql/**/*.test.ts', 'test/**/*.test.ts'],
    // Integration tests share one machine's CPUs with a real broker, Spark driver and Postgres: run files one by one.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
