// Plan → SQL: the family that read the question writes it (sql/ask/families/).

import { familyNamed } from './families/index.js';
import type { Plan } from './plan.js';
import type { CompiledQuery } from './sql-parts.js';

export type { CompiledQuery } from './sql-parts.js';

export function compile(plan: Plan): CompiledQuery {
  return familyNamed(plan.family).compile(plan);
}
