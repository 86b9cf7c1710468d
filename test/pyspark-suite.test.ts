// The PySpark tests (spark-jobs/tests) as one file of the suite: pytest in the project's environment, run by the
// CLI as `npm run test:py` runs it, so that it shares the suite's two workers instead of running after them.
// Its output is shown in full when it fails.

import { expect, it } from 'vitest';
import { runCli } from './harness.js';

it('the PySpark tests pass (pytest spark-jobs)', { timeout: 600_000 }, async () => {
  const res = await runCli({ ...process.env, NO_COLOR: '1' }, ['python', '-m', 'pytest', 'spark-jobs']);
  const summary = res.stdout.trim().split('\n').at(-1) ?? '';
  console.log(`pytest: ${summary}`);
  expect(res.status, `pytest failed:\n${res.stdout}\n${res.stderr}`).toBe(0);
  expect(summary).toMatch(/^\d+ passed/);
});
