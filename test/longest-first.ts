// The order test files start in. Two run at a time (vitest.config.ts); started longest first, the two workers
// finish close together instead of one running the evaluation alone at the end. Vitest orders by the durations
// of its last run when it has them, by file size otherwise: a fresh clone (CI) has none, and the size of a test
// file says little about the stack it starts.

import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds each of the longest files took alone, measured on a 2-core machine (2026-12-07); others count less. */
const SECONDS: Record<string, number> = {
  'test/chaos.integration.test.ts': 100,
  'test/ask-eval.integration.test.ts': 85,
  'test/file-shapes.integration.test.ts': 80,
  'test/watch.integration.test.ts': 75,
  'test/spark-core.integration.test.ts': 65,
  'test/summaries.integration.test.ts': 50,
  'test/dashboard.integration.test.ts': 50,
  'test/ask-model.integration.test.ts': 45,
  'test/ask.integration.test.ts': 45,
  'test/spark-cluster.integration.test.ts': 40,
};

/** A file not in the list: one that starts a stack is still longer than one that does not. */
const seconds = (file: string) => SECONDS[file] ?? (file.endsWith('.integration.test.ts') ? 30 : 1);

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const key = (f: TestSpecification) => f.moduleId.slice(root.length + 1);
    return [...files].sort((a, b) => seconds(key(b)) - seconds(key(a)) || key(a).localeCompare(key(b)));
  }
}
