// Date and time formats, inferred per file from a sample of its values. Output is always exchange-local
// ISO 8601 without offset: 2017-11-10T00:00:00 or 2017-11-10T09:31:00.250.

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

function build(y: number, mo: number, d: number, time?: string): string | undefined {
  if (!(mo >= 1 && mo <= 12 && d >= 1 && y >= 1800 && y <= 2200 && d <= daysIn(y, mo))) return undefined;
  let clock = '00:00:00';
  if (time) {
    const t = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?$/.exec(time);
    if (!t) return undefined;
    const [h, mi, s] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return undefined;
    clock = `${pad(h)}:${pad(mi)}:${pad(s)}${t[4] ? '.' + t[4] : ''}`;
  }
  return `${y}-${pad(mo)}-${pad(d)}T${clock}`;
}

const TIME = String.raw`(?:[ T](\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?))?`;

function pattern(name: string, re: RegExp, order: (m: RegExpExecArray) => [number, number, number]): DateFormat {
  return {
    name,
    parse(text) {
      const m = re.exec(text.trim());
      if (!m) return undefined;
      const [y, mo, d] = order(m);
      return build(y, mo, d, m[4]);
    },
  };
}

const ISO_PATTERN = pattern('YYYY-MM-DD', new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}(?:Z)?$`), (m) => [Number(m[1]), Number(m[2]), Number(m[3])]);

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

const ISO: DateFormat = { name: ISO_PATTERN.name, parse: (text) => plainIsoDate(text) ?? ISO_PATTERN.parse(text) };
const COMPACT = pattern('YYYYMMDD', new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})${TIME}$`), (m) => [Number(m[1]), Number(m[2]), Number(m[3])]);
const MONTH_FIRST = pattern('M/D/YYYY', new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}$`), (m) => [Number(m[3]), Number(m[1]), Number(m[2])]);
const DAY_FIRST = pattern('D/M/YYYY', new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}$`), (m) => [Number(m[3]), Number(m[2]), Number(m[1])]);

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

/** The format of text this project writes itself (ISO 8601 local): Arrow dates are turned into it. */
export const ISO_LOCAL: DateFormat = ISO;

export interface Inferred {
  format: DateFormat;
  /** Said to the user when the choice was not obvious (day/month order). */
  note?: string;
}

/**
 * Share of consecutive values a few days apart, forward: market files are sorted with small steps between
 * sessions, while the wrong day/month reading jumps by months.
 */
function ordered(format: DateFormat, samples: string[]): number {
  const ms = samples.map((s) => format.parse(s)).filter((v): v is string => v !== undefined).map((v) => Date.parse(`${v}Z`));
  let near = 0;
  for (let i = 1; i < ms.length; i++) {
    const step = (ms[i] as number) - (ms[i - 1] as number);
    if (step >= 0 && step <= 7 * 86_400_000) near++;
  }
  return ms.length > 1 ? near / (ms.length - 1) : 1;
}

/** Picks the format most values fit; stray bad values are left for the row check to reject, with their line. */
export function inferDateFormat(samples: string[], timezone: string): Inferred | { error: string } {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (values.length === 0) return { error: 'no date values to infer a format from' };
  const score = (f: DateFormat) => values.filter((v) => f.parse(v) !== undefined).length;
  // Half the sample is enough: a short file with one bad line must still be read (and that line rejected).
  const enough = (n: number) => n > 0 && n >= values.length * 0.5;
  for (const f of [ISO, COMPACT, epochFormat(timezone)]) if (enough(score(f))) return { format: f };

  const [mdy, dmy] = [score(MONTH_FIRST), score(DAY_FIRST)];
  if (enough(mdy) || enough(dmy)) {
    if (mdy > dmy) return { format: MONTH_FIRST, note: 'dates read as month/day/year (some values have a day above 12 in second place)' };
    if (dmy > mdy) return { format: DAY_FIRST, note: 'dates read as day/month/year (some values have a day above 12 in first place)' };
    const [m, d] = [ordered(MONTH_FIRST, values), ordered(DAY_FIRST, values)];
    if (d > m) return { format: DAY_FIRST, note: `dates read as day/month/year: in that reading ${Math.round(d * 100)}% of rows follow the previous one within a week, against ${Math.round(m * 100)}% as month/day` };
    return { format: MONTH_FIRST, note: `dates read as month/day/year (${m === d ? 'the values fit both orders; month first is the US convention' : `${Math.round(m * 100)}% of rows follow the previous one within a week that way, ${Math.round(d * 100)}% as day/month`})` };
  }
  const bad = values.find((v) => ![ISO, COMPACT, MONTH_FIRST, DAY_FIRST].some((f) => f.parse(v) !== undefined)) ?? values[0];
  return { error: `unrecognised date ${JSON.stringify(bad)} (expected e.g. 2017-11-10, 11/10/2017, 10-11-2017, 2017-11-10 09:30:00 or unix time)` };
}
