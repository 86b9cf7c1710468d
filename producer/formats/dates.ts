// Which date format a file uses, decided from its values. Day/month order is decided by the first value that
// proves it, wherever it is in the file, or by --day-first / --month-first; a file where nothing decides is
// refused, never guessed. The spellings themselves are in date-formats.ts.

import { COMPACT, EXCEL_SERIAL, ISO, MONTH_NAME, epochFormat, numeric, zonedFormat, zonedParts, type DateFormat, type DayMonth } from './date-formats.js';

export { instantToLocal, epochFormat, type DateFormat, type DayMonth } from './date-formats.js';

/** The format of text this project writes itself (ISO 8601 local): Arrow dates are turned into it. */
export const ISO_LOCAL: DateFormat = ISO;

export interface Inferred {
  format: DateFormat;
  /** Said to the user when the choice was a decision (day/month order, a time zone). */
  note?: string;
}

export interface DateSample {
  text: string;
  /** The line it was read on (1-based, the header is line 1), for the evidence shown to the user. */
  line: number;
}

/**
 * Day and month could be either way round in every value seen so far: the caller feeds further values until
 * one decides (then the format), or the file ends (then `undecided()` says what to do).
 */
export interface Undecided {
  pending: true;
  feed(sample: DateSample): Inferred | undefined;
  undecided(): string;
}

export type Inference = Inferred | Undecided | { error: string };

const fmt = (n: number) => n.toLocaleString('en-US');
const ORDERS: Record<DayMonth, DateFormat> = { 'day-first': numeric('day-first'), 'month-first': numeric('month-first') };
const ORDER_FLAGS = 'pass --day-first (31/01/2018) or --month-first (01/31/2018)';

/** Which order a value proves: a first number above 12 is a day, a second one above 12 is a day. */
function proves(text: string): DayMonth | undefined {
  const day = ORDERS['day-first'].parse(text) !== undefined;
  const month = ORDERS['month-first'].parse(text) !== undefined;
  return day === month ? undefined : day ? 'day-first' : 'month-first';
}

function decided(order: DayMonth, evidence: string): Inferred {
  return { format: ORDERS[order], note: `dates read ${order === 'day-first' ? 'day first (day/month/year)' : 'month first (month/day/year)'}: ${evidence}` };
}

function dayMonth(values: DateSample[], order: DayMonth | undefined): Inference {
  if (order) return decided(order, `as --${order} says`);
  const proof = (s: DateSample): Inferred | undefined => {
    const o = proves(s.text);
    return o ? decided(o, `${JSON.stringify(s.text.trim())} at line ${fmt(s.line)} fits no other order`) : undefined;
  };
  for (const s of values) {
    const found = proof(s);
    if (found) return found;
  }
  let seen = values.length;
  return {
    pending: true,
    feed: (s) => (seen++, proof(s)),
    undecided: () => `its dates fit both day/month orders (no day above 12 in ${fmt(seen)} values, e.g. ${JSON.stringify(values[0]?.text.trim())}): ${ORDER_FLAGS}`,
  };
}

/**
 * Picks the format most values fit (at least half of them: a file with one bad line must still be read, and
 * that line rejected). `order` settles day/month when the user said it.
 */
export function inferDateFormat(samples: DateSample[] | string[], timezone: string, order?: DayMonth): Inference {
  const values = samples
    .map((s, i) => (typeof s === 'string' ? { text: s, line: i + 2 } : s))
    .map((s) => ({ ...s, text: s.text.trim() }))
    .filter((s) => s.text !== '');
  if (values.length === 0) return { error: 'no date values to infer a format from' };
  const score = (f: DateFormat) => values.filter((v) => f.parse(v.text) !== undefined).length;
  const enough = (n: number) => n > 0 && n >= values.length * 0.5;

  for (const f of [ISO, COMPACT, epochFormat(timezone), EXCEL_SERIAL, MONTH_NAME]) if (enough(score(f))) return { format: f };
  const zoned = values.map((v) => zonedParts(v.text)).filter((z) => z !== undefined);
  if (enough(zoned.length)) {
    const datesOnly = zoned.every((z) => z.local.endsWith('T00:00:00'));
    const format = zonedFormat(timezone, datesOnly);
    return { format, note: datesOnly ? 'timestamps at midnight with an offset: read as the dates written (daily bars)' : `timestamps with an offset: converted to ${timezone}` };
  }
  if (enough(Math.max(score(ORDERS['day-first']), score(ORDERS['month-first'])))) return dayMonth(values, order);

  const bad = values.find((v) => ![ISO, COMPACT, MONTH_NAME, ...Object.values(ORDERS)].some((f) => f.parse(v.text) !== undefined)) ?? values[0];
  return { error: `unrecognised date ${JSON.stringify(bad?.text)} (expected e.g. 2017-11-10, 11/10/2017, 10-11-2017, 10-Nov-17, 2017-11-10 09:30:00, 2017-11-10T14:30:00Z or unix time)` };
}
