// Time expressions in a question → a Window, resolved against the newest date in the data (the data is
// historical: "last month" means the month before the data's last month, not the calendar's).

import type { Period, Window } from './plan.js';

export interface DataRange {
  oldest: string;
  newest: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3).toLowerCase()));

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => d.toISOString().slice(0, 10);
const parseIso = (s: string) => new Date(`${s}T00:00:00Z`);
const addDays = (s: string, n: number) => iso(new Date(parseIso(s).getTime() + n * 86_400_000));

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
}

function validDate(y: number, m: number, d: number): string | undefined {
  if (m < 0 || m > 11 || d < 1 || d > lastDayOfMonth(y, m) || y < 1800 || y > 2200) return undefined;
  return `${y}-${pad(m + 1)}-${pad(d)}`;
}

export function addMonths(s: string, n: number): string {
  const d = parseIso(s);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const ny = y + Math.floor(m / 12);
  const nm = ((m % 12) + 12) % 12;
  return validDate(ny, nm, Math.min(d.getUTCDate(), lastDayOfMonth(ny, nm))) as string;
}

/** First and last day of the period holding `day`. */
export function periodOf(day: string, period: Period): { from: string; to: string } {
  const d = parseIso(day);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (period) {
    case 'year':
      return { from: `${y}-01-01`, to: `${y}-12-31` };
    case 'quarter': {
      const q = Math.floor(m / 3) * 3;
      return { from: `${y}-${pad(q + 1)}-01`, to: `${y}-${pad(q + 3)}-${pad(lastDayOfMonth(y, q + 2))}` };
    }
    case 'month':
      return { from: `${y}-${pad(m + 1)}-01`, to: `${y}-${pad(m + 1)}-${pad(lastDayOfMonth(y, m))}` };
    case 'week': {
      const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
      const from = addDays(day, -dow);
      return { from, to: addDays(from, 6) };
    }
  }
}

function previousPeriod(day: string, period: Period): { from: string; to: string } {
  const { from } = periodOf(day, period);
  return periodOf(addDays(from, -1), period);
}

/** A single date in any of the usual spellings; undefined when the text is not one. */
export function parseDate(text: string): string | undefined {
  const t = text.trim().toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/,/g, ' ').replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return validDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t); // US order, as analysts in New York write it
  if (m) return validDate(Number(m[3]), Number(m[1]) - 1, Number(m[2]));
  m = new RegExp(`^${MONTH_RE}\\.? (\\d{1,2}) (\\d{4})$`).exec(t);
  if (m) return validDate(Number(m[3]), monthIndex(m[1] as string), Number(m[2]));
  m = new RegExp(`^(\\d{1,2}) (?:of )?${MONTH_RE}\\.? (\\d{4})$`).exec(t);
  if (m) return validDate(Number(m[3]), monthIndex(m[2] as string), Number(m[1]));
  return undefined;
}

const DATE_RE = `(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}|${MONTH_RE}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_RE}\\.?,? \\d{4})`;

export interface TimeMatch {
  window: Window;
  /** The words that said it, to be taken out of the question before anything else reads it. */
  text: string;
}

const range = (from: string, to: string, said: string): Window => ({ from, to, label: `${said} → ${from} … ${to}` });
const UNIT: Record<string, Period | 'day'> = { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year' };
const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const num = (s: string) => WORD_NUMBERS[s] ?? Number(s);

function monthOrQuarterYear(q: string): TimeMatch | undefined {
  let m = new RegExp(`\\b(?:in |during |for )?${MONTH_RE}\\.? (\\d{4})\\b`).exec(q);
  if (m) {
    const mi = monthIndex(m[1] as string);
    const from = `${m[2]}-${pad(mi + 1)}-01`;
    return { window: range(from, periodOf(from, 'month').to, m[0].trim()), text: m[0] };
  }
  m = /\b(?:in |during |for )?(\d{4})-(\d{1,2})\b(?![-/.]\d)/.exec(q);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const from = `${m[1]}-${pad(Number(m[2]))}-01`;
    return { window: range(from, periodOf(from, 'month').to, m[0].trim()), text: m[0] };
  }
  m = /\b(?:in |during |for )?(?:q([1-4]) (\d{4})|(\d{4}) q([1-4])|(first|second|third|fourth) quarter (?:of )?(\d{4}))\b/.exec(q);
  if (m) {
    const quarter = Number(m[1] ?? m[4] ?? ['first', 'second', 'third', 'fourth'].indexOf(m[5] as string) + 1);
    const year = m[2] ?? m[3] ?? m[6];
    const from = `${year}-${pad((quarter - 1) * 3 + 1)}-01`;
    return { window: range(from, periodOf(from, 'quarter').to, m[0].trim()), text: m[0] };
  }
  return undefined;
}

/** Finds the time expression of a question (the first that fits, most specific first). */
export function findTime(question: string, data: DataRange): TimeMatch | undefined {
  const q = question.toLowerCase();
  const newest = data.newest;
  let m: RegExpExecArray | null;

  m = new RegExp(`\\b(?:between|from) ${DATE_RE} (?:and|to|until|till|through|-) ${DATE_RE}`).exec(q);
  if (m) {
    const [from, to] = [...m[0].matchAll(new RegExp(DATE_RE, 'g'))].map((x) => parseDate(x[0]));
    if (from && to) return { window: { ...range(from < to ? from : to, from < to ? to : from, m[0].trim()), anchored: true }, text: m[0] };
  }
  m = /\b(?:between|from) (\d{4}) (?:and|to|until|through|-) (\d{4})\b/.exec(q);
  if (m) return { window: range(`${m[1]}-01-01`, `${m[2]}-12-31`, m[0].trim()), text: m[0] };
  m = new RegExp(`\\b(?:since|after|from) ${DATE_RE}`).exec(q);
  if (m) {
    const from = parseDate(m[0].replace(/^\w+ /, ''));
    if (from) return { window: { ...range(from, newest, m[0].trim()), anchored: true }, text: m[0] };
  }
  m = /\b(?:since|from) (\d{4})\b/.exec(q);
  if (m) return { window: range(`${m[1]}-01-01`, newest, m[0].trim()), text: m[0] };
  m = new RegExp(`\\b(?:before|until|till|up to) ${DATE_RE}`).exec(q);
  if (m) {
    const to = parseDate(m[0].replace(/^(before|until|till|up to) /, ''));
    if (to) return { window: range(data.oldest, m[0].startsWith('before') ? addDays(to, -1) : to, m[0].trim()), text: m[0] };
  }
  m = new RegExp(`\\b(?:on |at |for )?${DATE_RE}`).exec(q);
  if (m) {
    const day = parseDate(m[0].replace(/^(on|at|for) /, ''));
    if (day) return { window: { from: day, to: day, day, label: `${m[0].trim()} → ${day}` }, text: m[0] };
  }
  const mq = monthOrQuarterYear(q);
  if (mq) return mq;

  m = /\b(?:past|last|previous|trailing) (\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:trading days|sessions|trading sessions)\b/.exec(q);
  if (m) {
    const n = num(m[1] as string);
    return { window: { to: newest, tradingDays: n, label: `${m[0]} → the ${n} trading days up to ${newest}` }, text: m[0] };
  }
  m = /\b(?:(?:in )?the )?(?:past|last|previous|trailing) (\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (days?|weeks?|months?|quarters?|years?)\b/.exec(q);
  if (m) {
    const n = num(m[1] as string);
    const unit = UNIT[m[2] as string] as Period | 'day';
    const from = unit === 'day' ? addDays(newest, -(n - 1)) : unit === 'week' ? addDays(newest, -(7 * n - 1)) : addDays(addMonths(newest, -(unit === 'month' ? n : unit === 'quarter' ? 3 * n : 12 * n)), 1);
    return { window: range(from, newest, m[0].trim()), text: m[0] };
  }
  m = /\b(yesterday|today|this (?:week|month|quarter|year)|(?:last|previous|prior) (?:week|month|quarter|year)|ytd|mtd|qtd|wtd|year[- ]to[- ]date|month[- ]to[- ]date|quarter[- ]to[- ]date)\b/.exec(q);
  if (m) {
    const said = m[1] as string;
    if (said === 'today') return { window: { from: newest, to: newest, day: newest, label: `today → ${newest} (the newest day in the data)` }, text: m[0] };
    if (said === 'yesterday') {
      // The session before the newest one: resolved in SQL, as only the data knows which days traded.
      return { window: { to: addDays(newest, -1), day: addDays(newest, -1), label: `yesterday → the session before ${newest}` }, text: m[0] };
    }
    const unitWord = /week|wtd/.test(said) ? 'week' : /month|mtd/.test(said) ? 'month' : /quarter|qtd/.test(said) ? 'quarter' : 'year';
    const unit = unitWord as Period;
    if (/^(last|previous|prior)/.test(said)) {
      const p = previousPeriod(newest, unit);
      return { window: range(p.from, p.to, said), text: m[0] };
    }
    return { window: range(periodOf(newest, unit).from, newest, said), text: m[0] };
  }
  m = /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (days?|weeks?|months?|years?) ago\b/.exec(q);
  if (m) {
    const n = num(m[1] as string);
    const unit = UNIT[m[2] as string];
    const day = unit === 'day' ? addDays(newest, -n) : unit === 'week' ? addDays(newest, -7 * n) : addMonths(newest, -(unit === 'month' ? n : 12 * n));
    return { window: { from: day, to: day, day, label: `${m[0]} → ${day}` }, text: m[0] };
  }
  m = new RegExp(`\\b(?:in |during )${MONTH_RE}\\b(?! \\d)`).exec(q);
  if (m) {
    // "in March" without a year: the newest March in the data.
    const mi = monthIndex((m[1] as string).toLowerCase());
    const y = Number(newest.slice(0, 4));
    const year = mi <= Number(newest.slice(5, 7)) - 1 ? y : y - 1;
    const from = `${year}-${pad(mi + 1)}-01`;
    return { window: range(from, periodOf(from, 'month').to, `${m[0].trim()} (the newest one in the data)`), text: m[0] };
  }
  m = /\b(?:in |during |for |of )?((?:18|19|20|21)\d{2})\b/.exec(q);
  if (m) return { window: range(`${m[1]}-01-01`, `${m[1]}-12-31`, m[0].trim()), text: m[0] };
  m = /\b(all[- ]time|ever|in history|all history|of all time)\b/.exec(q);
  if (m) return { window: range(data.oldest, newest, m[0]), text: m[0] };
  return undefined;
}

/** The window a relative expression needs when the question named none: the whole data. */
export const allData = (data: DataRange): Window => ({ from: data.oldest, to: data.newest, label: `all data → ${data.oldest} … ${data.newest}` });

/** The N calendar weeks up to the newest date (52-week questions). */
export function weeksBack(data: DataRange, weeks: number, to = data.newest): Window {
  const from = addDays(to, -(weeks * 7 - 1));
  return { from, to, label: `${weeks} weeks up to ${to} → ${from} … ${to}` };
}
