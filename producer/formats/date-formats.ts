// The date and time spellings of price files, each a parser to exchange-local ISO 8601 without offset
// (2017-11-10T00:00:00, 2017-11-10T09:31:00.250). Which one a file uses is decided in dates.ts.

export interface DateFormat {
  name: string;
  /** ISO local timestamp, or undefined when the text does not fit this format or is no real date. */
  parse(text: string): string | undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

/** Two-digit years as POSIX strptime reads them: 69–99 are 1969–1999, 00–68 are 2000–2068. */
const fullYear = (y: string) => (y.length === 2 ? (Number(y) >= 69 ? 1900 : 2000) + Number(y) : Number(y));

/** A clock: 9:31, 09:31:05, 09:31:05.250, or 093105 (Stooq); undefined when it is no time of day. */
function clock(time: string | undefined): string | undefined {
  if (!time) return '00:00:00';
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?$/.exec(time) ?? /^(\d{2})(\d{2})(\d{2})$/.exec(time);
  if (!t) return undefined;
  const [h, mi, s] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return `${pad(h)}:${pad(mi)}:${pad(s)}${t[4] ? '.' + t[4] : ''}`;
}

export function build(y: number, mo: number, d: number, time?: string): string | undefined {
  if (!(mo >= 1 && mo <= 12 && d >= 1 && y >= 1800 && y <= 2200 && d <= daysIn(y, mo))) return undefined;
  const c = clock(time);
  return c === undefined ? undefined : `${y}-${pad(mo)}-${pad(d)}T${c}`;
}

const TIME = String.raw`(?:[ T]+(\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?))?`;

function pattern(name: string, re: RegExp, order: (m: RegExpExecArray) => [number, number, number] | undefined): DateFormat {
  return {
    name,
    parse(text) {
      const m = re.exec(text.trim());
      const ymd = m && order(m);
      return ymd ? build(...ymd, m[4]) : undefined;
    },
  };
}

/** The digits at [from, to) of s as a number; -1 when one of them is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** 2017-11-10 exactly (every row of a daily file): checked without the regex, and the text kept as it is. */
function plainIsoDate(text: string): string | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = digitsAt(text, 0, 4);
  const mo = digitsAt(text, 5, 7);
  const d = digitsAt(text, 8, 10);
  return mo >= 1 && mo <= 12 && d >= 1 && y >= 1800 && y <= 2200 && d <= daysIn(y, mo) ? `${text}T00:00:00` : undefined;
}

const ISO_PATTERN = pattern('YYYY-MM-DD', new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}$`), (m) => [Number(m[1]), Number(m[2]), Number(m[3])]);
/** ISO 8601 local date or time (no offset): market time as written. */
export const ISO: DateFormat = { name: ISO_PATTERN.name, parse: (text) => plainIsoDate(text) ?? ISO_PATTERN.parse(text) };
export const COMPACT = pattern('YYYYMMDD', new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})(?:[ T]+(\d{1,2}:\d{2}(?::\d{2})?|\d{6}))?$`), (m) => [Number(m[1]), Number(m[2]), Number(m[3])]);

export type DayMonth = 'day-first' | 'month-first';
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})${TIME}$`);
/** 11/10/2017 or 10.11.17, with the day/month order given. */
export const numeric = (order: DayMonth): DateFormat =>
  pattern(order === 'month-first' ? 'month/day/year' : 'day/month/year', NUMERIC, (m) => {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === 'month-first' ? [fullYear(m[3] as string), a, b] : [fullYear(m[3] as string), b, a];
  });

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (name: string): number | undefined => {
  const n = name.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.indexOf(n.slice(0, 3));
  // "Sept" and full names are fine; anything else that merely starts like a month is not.
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i];
  return i >= 0 && (n.length === 3 || n === 'sept' || n === full) ? i + 1 : undefined;
};
const DAY_MON_YEAR = new RegExp(String.raw`^(\d{1,2})[-\s/]([A-Za-z]{3,9}\.?)[-\s/,]+(\d{4}|\d{2})${TIME}$`);
const MON_DAY_YEAR = new RegExp(String.raw`^([A-Za-z]{3,9}\.?)[-\s]+(\d{1,2})(?:st|nd|rd|th)?,?[-\s]+(\d{4}|\d{2})${TIME}$`);
/** 2-Jan-18, 02 Jan 2018, Jan 02, 2018, January 2 2018. */
export const MONTH_NAME: DateFormat = {
  name: 'month name',
  parse(text) {
    const t = text.trim();
    let m = DAY_MON_YEAR.exec(t);
    if (m) {
      const mo = monthOf(m[2] as string);
      return mo ? build(fullYear(m[3] as string), mo, Number(m[1]), m[4]) : undefined;
    }
    m = MON_DAY_YEAR.exec(t);
    if (m) {
      const mo = monthOf(m[1] as string);
      return mo ? build(fullYear(m[3] as string), mo, Number(m[2]), m[4]) : undefined;
    }
    return undefined;
  },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** An instant (epoch ms) as wall-clock time in `timezone`, ISO without offset. */
export function instantToLocal(ms: number, timezone: string): string {
  let fmt = formatters.get(timezone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(timezone, fmt);
  }
  const parts = Object.fromEntries(fmt.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const frac = ms % 1000 ? `.${pad(((ms % 1000) + 1000) % 1000, 3)}` : '';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${frac}`;
}

/** Unix time (seconds or milliseconds), shown in the exchange's time zone. */
export function epochFormat(timezone: string): DateFormat {
  return {
    name: `unix time → ${timezone}`,
    parse(text) {
      const t = text.trim();
      if (!/^\d{10}(\d{3})?(\.\d+)?$/.test(t)) return undefined;
      return instantToLocal(t.length >= 13 ? Math.round(Number(t)) : Math.round(Number(t) * 1000), timezone);
    },
  };
}

const ZONED = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)\s*(Z|[+-]\d{2}:?\d{2})$`);

/** The parts of an ISO timestamp with an offset or Z (yfinance, APIs), or undefined. */
export function zonedParts(text: string): { local: string; offset: string } | undefined {
  const m = ZONED.exec(text.trim());
  if (!m) return undefined;
  const local = build(Number(m[1]), Number(m[2]), Number(m[3]), m[4]);
  return local ? { local, offset: m[5] as string } : undefined;
}

/**
 * ISO timestamps with an offset or Z, converted to the exchange's zone. A file whose every time is midnight
 * (`2018-01-02 00:00:00-05:00`: daily bars that a library stamped with a zone) keeps its dates as written:
 * converting them would move each day to the evening before.
 */
export function zonedFormat(timezone: string, datesOnly: boolean): DateFormat {
  return {
    name: datesOnly ? 'ISO dates with an offset (the dates as written)' : `ISO with offset → ${timezone}`,
    parse(text) {
      const z = zonedParts(text);
      if (!z) return undefined;
      if (datesOnly) return z.local.endsWith('T00:00:00') ? z.local : undefined;
      const off = z.offset === 'Z' ? 'Z' : z.offset.length === 5 ? `${z.offset.slice(0, 3)}:${z.offset.slice(3)}` : z.offset;
      const ms = Date.parse(`${z.local}${off}`);
      return Number.isNaN(ms) ? undefined : instantToLocal(ms, timezone);
    },
  };
}

/** Excel's serial dates (days since 1899-12-30, a fraction for the time), as Excel exports them to CSV. */
export const EXCEL_SERIAL: DateFormat = {
  name: 'Excel serial date',
  parse(text) {
    const t = text.trim();
    if (!/^\d{5}(\.\d+)?$/.test(t)) return undefined;
    const days = Number(t);
    if (days < 20_000 || days > 80_000) return undefined; // 1954 to 2119: price history, not another number
    const ms = Math.round((days - 25_569) * 86_400_000); // 25569 = 1970-01-01
    return new Date(ms).toISOString().slice(0, 23).replace(/\.000$/, '');
  },
};
