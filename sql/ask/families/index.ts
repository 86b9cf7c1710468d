// The families of questions `ask` reads, in the order they are tried: the more particular phrasings first, so a
// correlation is not read as a comparison, nor a count as a list. Adding a kind of question touches one module.

import { counts } from './counts.js';
import { coverage } from './coverage.js';
import { dayValues } from './day-values.js';
import { extremes } from './extremes.js';
import type { Family } from './family.js';
import { periods } from './periods.js';
import { rankings } from './rankings.js';
import { rows } from './rows.js';
import { streaks } from './streaks.js';
import { technicals } from './technicals.js';
import { windowStats } from './window-stats.js';

export const FAMILIES: Family[] = [technicals, streaks, coverage, counts, periods, rankings, extremes, windowStats, dayValues, rows];

export const familyNamed = (name: string): Family => {
  const f = FAMILIES.find((x) => x.name === name);
  if (!f) throw new Error(`no family called ${name}`);
  return f;
};

/** Questions the engine answers, a few per family: shown as suggestions next to what was asked. */
export const EXAMPLES: string[] = FAMILIES.flatMap((f) => f.examples);
