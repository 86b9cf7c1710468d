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
  const t = text.trim().toLowerCase().replace(/^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,? /, '').replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/,/g, ' ').replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return validDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // "9/30/14": a two-digit year is this century's up to 2030, the last one's after.
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(t);
  if (m) m[3] = String(Number(m[3]) + (Number(m[3]) <= 30 ? 2000 : 1900));
  m ??= /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  // US order, as analysts in New York write it, unless the first number cannot be a month (15/08/2016).
  if (m) return Number(m[1]) > 12 ? validDate(Number(m[3]), Number(m[2]) - 1, Number(m[1])) : validDate(Number(m[3]), Number(m[1]) - 1, Number(m[2]));
  m = new RegExp(`^${MONTH_RE}\\.? (\\d{1,2}) (\\d{4})$`).exec(t);
  if (m) return validDate(Number(m[3]), monthIndex(m[1] as string), Number(m[2]));
  m = new RegExp(`^(\\d{1,2})-${MONTH_RE}-(\\d{4})$`).exec(t); // 04-Mar-2016
  if (m) return validDate(Number(m[3]), monthIndex(m[2] as string), Number(m[1]));
  m = new RegExp(`^(\\d{1,2}) (?:of )?${MONTH_RE}\\.? (\\d{4})$`).exec(t);
  if (m) return validDate(Number(m[3]), monthIndex(m[2] as string), Number(m[1]));
  return undefined;
}

const DAY_RE = `(?:\\d{1,2}-${MONTH_RE}-\\d{4}|(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,? )?(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2}(?![\\d/]))|${MONTH_RE}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|(?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_RE}\\.?,? \\d{4}))`;
const YEAR = '((?:18|19|20|21)\\d{2})';

export interface TimeMatch {
  window: Window;
  /**
   * A range said as two whole periods ("from Jan 2010 to Jun 2010", "from 1999 to 2000"): the two, for a question
   * that compares them ("how did the average volume change from 1999 to 2000").
   */
  ends?: [Window, Window];
  /** The words that said it, to be taken out of the question before anything else reads it. */
  text: string;
  index: number;
  /** The time before it said again ("since the 2024 year-end close (Dec 31, 2024)"): its words are used, once. */
  restates?: true;
}


const range = (from: string, to: string, said: string, anchored = false): Window => ({ from, to, label: `${said} → ${from} … ${to}`, ...(anchored ? { anchored } : {}) });
const dayWindow = (day: string, said: string): Window => ({ from: day, to: day, day, label: `${said} → ${day}` });
const UNIT: Record<string, Period | 'day'> = { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year' };
const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const num = (s: string) => WORD_NUMBERS[s] ?? Number(s);
const HOLIDAYS: Record<string, [number, number]> = { "valentine's day": [1, 14], 'valentines day': [1, 14], halloween: [9, 31], "new year's day": [0, 1], 'new years day': [0, 1], 'christmas eve': [11, 24], 'christmas day': [11, 25], christmas: [11, 25], "new year's eve": [11, 31], 'new years eve': [11, 31], 'independence day': [6, 4], 'the 4th of july': [6, 4], '4th of july': [6, 4], 'fourth of july': [6, 4] };
const HALF: Record<string, number> = { h1: 1, h2: 2, '1h': 1, '2h': 2, first: 1, second: 2, '1st': 1, '2nd': 2 };

/** One way of saying a time: a pattern and the window it means. Most specific first. */
interface TimeRule {
  re: RegExp;
  window(m: RegExpExecArray, data: DataRange, said: string): (Window & { ends?: [Window, Window] }) | undefined;
}

const lastSession = (data: DataRange) => data.newest;

/**
 * A month and day with no year (groups 1 and 2 of `m`), in a question that says no year anywhere ("in 2016", "last
 * year" would say which): the newest such day up to the newest date in the data.
 */
function newestDayWithoutYear(m: RegExpExecArray, data: DataRange): string | undefined {
  if (/\b(?:18|19|20)\d{2}\b|'\d{2}\b|\b(?:last|previous|prior) (?:year|yr)\b|\byear (?:before|earlier|ago)\b/.test(m.input ?? '')) return undefined;
  const newest = Number(data.newest.slice(0, 4));
  return [newest, newest - 1].map((y) => validDate(y, monthIndex(m[1] as string), Number(m[2]))).find((day) => day !== undefined && day <= data.newest);
}

const RULES: TimeRule[] = [
  // "YTD 2017", "2017 year to date": that year up to the newest date in it.
  {
    re: new RegExp(`\\b(?:ytd|year[- ]to[- ]date) ${YEAR}\\b|\\b${YEAR} (?:ytd|year[- ]to[- ]date)\\b`, 'g'),
    window: (m, data, said) => {
      const y = m[1] ?? m[2];
      const end = `${y}-12-31` < data.newest ? `${y}-12-31` : data.newest;
      return range(`${y}-01-01`, end, said);
    },
  },
  // "the last 10 trading days up to 2017-11-10", "the last 4 sessions before Christmas Day 2015"
  {
    re: new RegExp(`\\b(?:over |in |for |during )?(?:the )?(?:(?:last|past|final|previous|latest) )?(\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:trading days|sessions|trading sessions|days) (?<bound>up to(?: and including)?|ending(?: on)?|ended|through|thru|as of|before|prior to) (?:the )?(?:(?<day>${DAY_RE})|(?<holiday>christmas eve|christmas day|christmas|new year'?s eve|independence day),? (?<year>\\d{4}))`, 'g'),
    window: (m, _d, said) => {
      const n = num(m[1] as string);
      const g = m.groups ?? {};
      const holiday = g.holiday ? HOLIDAYS[g.holiday] : undefined;
      const day = g.day ? parseDate(g.day) : holiday ? validDate(Number(g.year), holiday[0], holiday[1]) : undefined;
      if (!day) return undefined;
      const to = /^(before|prior)/.test(g.bound ?? '') ? addDays(day, -1) : day;
      return { to, tradingDays: n, label: `${said} → the ${n} trading days up to ${to}` };
    },
  },
  // "the final 5 trading days of 2013", "last 3 sessions of March 2016", "the first five trading days of 2009",
  // "the last 4 sessions of Q1 2013": the N sessions up to the period's end, or from its start.
  {
    re: new RegExp(`\\b(?:over |in |for |during |on )?(?:the )?(last|final|closing|first|opening) (\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:trading days|sessions|trading sessions|days) (?:of|in) (?:${MONTH_RE}\\.?,? |q([1-4]) )?${YEAR}\\b`, 'g'),
    window: (m, _d, said) => {
      const n = num(m[2] as string);
      const period = m[3] ? periodOf(`${m[5]}-${pad(monthIndex(m[3]) + 1)}-01`, 'month') : m[4] ? periodOf(`${m[5]}-${pad(3 * Number(m[4]) - 2)}-01`, 'quarter') : { from: `${m[5]}-01-01`, to: `${m[5]}-12-31` };
      if (/first|opening/.test(m[1] as string)) return { from: period.from, to: period.to, firstTradingDays: n, label: `${said} → the first ${n} trading days from ${period.from}` };
      return { to: period.to, tradingDays: n, label: `${said} → the ${n} trading days up to ${period.to}` };
    },
  },
  // "the four weeks starting March 2nd 2009": N weeks of seven days from that day.
  {
    re: new RegExp(`\\b(?:for |over |during )?(?:the )?(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve) weeks (?:starting|beginning|from|commencing)(?: on| with)? (${DAY_RE})`, 'g'),
    window: (m, _d, said) => {
      const from = parseDate(m[2] as string);
      const n = num(m[1] as string);
      return from && n >= 1 && n <= 52 ? range(from, addDays(from, 7 * n - 1), said) : undefined;
    },
  },
  // "the weeks of Feb 6, Feb 13 and Feb 20, 2017": from the first week's Monday to the last one's Sunday.
  {
    re: new RegExp(`\\b(?:for )?(?:the )?(?:(?:two|three|four|five|six|\\d) )?weeks (?:of|starting|beginning) ${MONTH_RE}\\.? \\d{1,2}(?:,? (?:and |& |through |thru |to |- ?)?(?:${MONTH_RE}\\.? )?\\d{1,2})+,? ${YEAR}`, 'g'),
    window: (m, _d, said) => {
      // "Oct 3, 10, 17 and 24, 2016": a day without its month has the month said before it.
      const year = Number(said.match(/\d{4}$/)?.[0]);
      let month = -1;
      const days: string[] = [];
      for (const x of said.replace(/\d{4}$/, '').matchAll(new RegExp(`${MONTH_RE}?\\.? ?(\\d{1,2})\\b`, 'g'))) {
        if (x[1]) month = monthIndex(x[1]);
        const d = month >= 0 ? validDate(year, month, Number(x[2])) : undefined;
        if (d) days.push(d);
      }
      const [a, b] = [days[0], days.at(-1)];
      return a && b && days.length >= 2 ? range(periodOf(a, 'week').from, periodOf(b, 'week').to, said) : undefined;
    },
  },
  // "between 2015-01-02 and 2016-01-04", "from the Jan 2 2013 close to the Feb 7 2013 close", "12/28/2015 thru 1/5/2016", "A -> B"
  {
    re: new RegExp(`\\b(?:(?:between|from) )?(?:the )?(?:close (?:on |of )?)?(${DAY_RE})(?: close)? ?(?:and|to|until|till|through|thru|-|->|–|—) ?(?:the )?(?:close (?:on |of )?)?(${DAY_RE})(?: close)?`, 'g'),
    window: (m, _d, said) => {
      const days = [...m[0].matchAll(new RegExp(DAY_RE, 'g'))].map((x) => parseDate(x[0]));
      const [a, b] = days;
      if (!a || !b) return undefined;
      return range(a < b ? a : b, a < b ? b : a, said, true);
    },
  },
  // "Jan 16-19, 2017"
  {
    re: new RegExp(`\\b${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)? ?(?:-|–|to|through|thru) ?(\\d{1,2})(?:st|nd|rd|th)?,? ${YEAR}`, 'g'),
    window: (m, _d, said) => {
      const mi = monthIndex(m[1] as string);
      const a = validDate(Number(m[4]), mi, Number(m[2]));
      const b = validDate(Number(m[4]), mi, Number(m[3]));
      return a && b ? range(a, b, said, true) : undefined;
    },
  },
  // "April, May and June 2025": from the first month to the last.
  {
    re: new RegExp(`\\b(?:for |in |during )?${MONTH_RE}(?:,? ${MONTH_RE})*,? (?:and|&) ${MONTH_RE},? ${YEAR}`, 'g'),
    window: (m, _d, said) => {
      const months = [...said.matchAll(new RegExp(MONTH_RE, 'g'))].map((x) => monthIndex(x[0]));
      const year = said.match(/\d{4}/)?.[0];
      const a = Math.min(...months);
      const b = Math.max(...months);
      return year ? range(`${year}-${pad(a + 1)}-01`, periodOf(`${year}-${pad(b + 1)}-01`, 'month').to, said) : undefined;
    },
  },
  // "from 11 July to 29 September 2023", "3 Jan - 14 Feb 2017"
  {
    re: new RegExp(`\\b(?:from |between )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_RE}\\.? ?(?:-|–|to|through|thru|and|until) ?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_RE}\\.?,? ${YEAR}`, 'g'),
    window: (m, _d, said) => {
      const a = validDate(Number(m[5]), monthIndex(m[2] as string), Number(m[1]));
      const b = validDate(Number(m[5]), monthIndex(m[4] as string), Number(m[3]));
      return a && b && a <= b ? range(a, b, said, true) : undefined;
    },
  },
  // "1-5 Feb 2016", "4th to 8th of January 2016"
  {
    re: new RegExp(`\\b(?:from |between )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? ?(?:-|–|to|through|thru|and) ?(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_RE}\\.?,? ${YEAR}`, 'g'),
    window: (m, _d, said) => {
      const mi = monthIndex(m[3] as string);
      const a = validDate(Number(m[4]), mi, Number(m[1]));
      const b = validDate(Number(m[4]), mi, Number(m[2]));
      return a && b && a <= b ? range(a, b, said, true) : undefined;
    },
  },
  // "2017 through Nov 10": from the year's first day to that day of it.
  {
    re: new RegExp(`\\b(?:in |for |during |over )?${YEAR},? (?:through|thru|to|until|up to) ${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})`, 'g'),
    window: (m, _d, said) => {
      const to = validDate(Number(m[1]), monthIndex(m[2] as string), Number(m[3]));
      return to ? range(`${m[1]}-01-01`, to, said, true) : undefined;
    },
  },
  // "in 2017 (Jan 1 to Nov 10)", "2016, Mar 3 - Jun 30": a year, then the span within it with no year of its own.
  {
    re: new RegExp(`\\b(?:in |for |during |over )?${YEAR} ?[(,:]? ?(?:from )?(?:the )?${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)? ?(?:-|–|to|through|thru|until) ?(?:the )?${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b\\)?(?!,? \\d{4})`, 'g'),
    window: (m, _d, said) => {
      const a = validDate(Number(m[1]), monthIndex(m[2] as string), Number(m[3]));
      const b = validDate(Number(m[1]), monthIndex(m[4] as string), Number(m[5]));
      return a && b && a <= b ? range(a, b, said, true) : undefined;
    },
  },
  // "from the May 30 close to the June 30 close", "… this year": with no year said anywhere after it, the newest
  // such span in the data.
  {
    re: new RegExp(`\\b(?:(?:from|between) )?(?:the )?${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)?(?: close)? ?(?:to|through|thru|and|until) ?(?:the )?${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)?(?: close)?(?: (this year))?\\b(?![\\s\\S]*\\b(?:(?:18|19|20)\\d{2}|(?:last|previous|prior) (?:year|yr))\\b)`, 'g'),
    window: (m, data, said) => {
      const newest = Number(data.newest.slice(0, 4));
      for (let y = newest; y >= newest - (m[5] ? 0 : 1); y--) {
        const a = validDate(y, monthIndex(m[1] as string), Number(m[2]));
        const b = validDate(y, monthIndex(m[3] as string), Number(m[4]));
        if (a && b && a < b && b <= data.newest) return range(a, b, `${said} (${m[5] ? 'this year' : 'the newest such span in the data'}: ${y})`, true);
      }
      return undefined;
    },
  },
  // "Feb 2 to Feb 6, 2015", "from the March 1st close to the March 31st close, 2017"
  {
    re: new RegExp(`\\b(?:from |between )?(?:the )?${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)?(?: close)? ?(?:-|–|to|through|thru|and|until) ?(?:the )?${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)?(?: close)?,? \\(?${YEAR}\\)?`, 'g'),
    window: (m, _d, said) => {
      const a = validDate(Number(m[5]), monthIndex(m[1] as string), Number(m[2]));
      const b = validDate(Number(m[5]), monthIndex(m[3] as string), Number(m[4]));
      return a && b ? range(a, b, said, true) : undefined;
    },
  },
  // "Jan-Jun 2024", "January through June 2024", "from March to May 2016"
  {
    re: new RegExp(`\\b(?:from |between )?${MONTH_RE}\\.? ?(?:-|–|to|through|thru|and|until) ?${MONTH_RE}\\.?,? ${YEAR}`, 'g'),
    window: (m, _d, said) => {
      const a = monthIndex(m[1] as string);
      const b = monthIndex(m[2] as string);
      const from = `${m[3]}-${pad(a + 1)}-01`;
      return b >= a ? range(from, periodOf(`${m[3]}-${pad(b + 1)}-01`, 'month').to, said) : undefined;
    },
  },
  // "from Jan 2010 to Jun 2010", "between March 2015 and February 2016": from the first month's first day to the
  // last one's last.
  {
    re: new RegExp(`\\b(?:from |between )?${MONTH_RE}\\.?,? ${YEAR} ?(-|–|to|through|thru|and|until) ?${MONTH_RE}\\.?,? ${YEAR}\\b`, 'g'),
    window: (m, _d, said) => {
      if (m[3] === 'and' && !said.startsWith('between')) return undefined; // "in Jan 2010 and Jun 2010": two months
      const [a, b] = [periodOf(`${m[2]}-${pad(monthIndex(m[1] as string) + 1)}-01`, 'month'), periodOf(`${m[5]}-${pad(monthIndex(m[4] as string) + 1)}-01`, 'month')];
      const ends: [Window, Window] = [range(a.from, a.to, `${m[1]} ${m[2]}`), range(b.from, b.to, `${m[4]} ${m[5]}`)];
      return a.from < b.from ? { ...range(a.from, b.to, said), ends } : undefined;
    },
  },
  // "2013 through 2016", "between 2010 and 2014", "2010 to 2014"
  {
    re: new RegExp(`\\b(?:from |between )?${YEAR} ?(?:and|to|until|through|thru|-|–) ?${YEAR}\\b`, 'g'),
    window: (m, _d, said) =>
      Number(m[2]) >= Number(m[1]) ? { ...range(`${m[1]}-01-01`, `${m[2]}-12-31`, said), ends: [range(`${m[1]}-01-01`, `${m[1]}-12-31`, m[1] as string), range(`${m[2]}-01-01`, `${m[2]}-12-31`, m[2] as string)] } : undefined,
  },
  // "at the end of September 2014", "the last trading day of March 2016": the month's last day (a day the market
  // was shut answers with the session before, as any day does).
  {
    re: new RegExp(`\\b(?:(?:as of |at |by |on )?the )?(?:end|last close|last (?:trading )?(?:day|session)) of ${MONTH_RE}\\.?,? ${YEAR}\\b`, 'g'),
    window: (m, _d, said) => dayWindow(periodOf(`${m[2]}-${pad(monthIndex(m[1] as string) + 1)}-01`, 'month').to, said),
  },
  // "the first three sessions of this month", "the last 5 trading days of last year"
  {
    re: /\b(?:over |in |for |during |on )?(?:the )?(last|final|closing|first|opening) (\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:trading days|sessions|trading sessions|days) (?:of|in) (this|last|the previous|previous) (week|month|quarter|year)\b/g,
    window: (m, data, said) => {
      const n = num(m[2] as string);
      const unit = m[4] as Period;
      const period = m[3] === 'this' ? periodOf(data.newest, unit) : previousPeriod(data.newest, unit);
      if (/first|opening/.test(m[1] as string)) return { from: period.from, to: period.to, firstTradingDays: n, label: `${said} → the first ${n} trading days from ${period.from}` };
      const to = period.to < data.newest ? period.to : data.newest;
      return { to, tradingDays: n, label: `${said} → the ${n} trading days up to ${to}` };
    },
  },
  // "the last close of 2014", "the end of 2012", "year-end 2015"
  {
    // "close of 2013" only after "the": "the lowest close of 2013" is a window's extreme, not the year's last close.
    re: new RegExp(`\\b(?:(?:as of |at |by )?the )?(?:last close|end|last (?:trading )?(?:day|session)) of ${YEAR}\\b|\\b(?:(?:as of |at |by )?the )close of ${YEAR}\\b(?![-/.]\\d)|\\b(?:year[- ]end|end[- ]of[- ]year|end[- ]) ?${YEAR}\\b|\\b(?:the|its) ${YEAR} (?:close|year[- ]end close)\\b`, 'g'),
    window: (m, _d, said) => dayWindow(`${m[1] ?? m[2] ?? m[3] ?? m[4]}-12-31`, said),
  },
  // "since the June 9, 2025 close", "since the close on April 8 2025", "since 2016-06-01", "after March 1 2016"
  {
    re: new RegExp(`(?<!\\bthe (?:day|morning|session|trading day) )\\b(since|after|from) (?:the )?(?:(?:close|closing price) (?:on|of) )?(${DAY_RE})(?: close)?`, 'g'),
    window: (m, data, said) => {
      const from = parseDate(m[2] as string);
      // "the first cross after June 30": after a day is from the next one; "since" and "from" a day include it.
      if (from && m[1] === 'after' && !/close/.test(m[0])) return range(addDays(from, 1), lastSession(data), said);
      return from ? range(from, lastSession(data), said, true) : undefined;
    },
  },
  // "before today": everything up to the session before the newest one.
  { re: /\b(?:before|prior to) (?:today|now)\b/g, window: (_m, data, said) => ({ ...range(data.oldest, addDays(data.newest, -1), said), before: true }) },
  // "before March 1, 2016", "until 2016-01-01", "up to …"
  {
    re: new RegExp(`\\b(before|prior to|until|till|(?:leading )?up to(?: and including)?|(?:that )?end(?:ing|ed|s) (?:on |with )?) ?(${DAY_RE})`, 'g'),
    window: (m, data, said) => {
      const to = parseDate(m[2] as string);
      if (!to) return undefined;
      return { ...range(data.oldest, /^(before|prior)/.test(m[1] as string) ? addDays(to, -1) : to, said), before: true };
    },
  },
  // "the first week of March 2016": its first Monday-to-Sunday week that has a weekday in the month.
  {
    re: new RegExp(`\\b(?:for |in |during )?(?:the )?(first|second|third|fourth|last) (?:full )?week (?:of|in) ${MONTH_RE}\\.?,? ${YEAR}`, 'g'),
    window: (m, _d, said) => {
      const mi = monthIndex(m[2] as string);
      const first = `${m[3]}-${pad(mi + 1)}-01`;
      const lastDay = periodOf(first, 'month').to;
      const n = ['first', 'second', 'third', 'fourth'].indexOf(m[1] as string);
      // Weeks are Monday to Sunday; the first week is the one holding the month's first weekday.
      let monday = periodOf(first, 'week').from;
      if (addDays(monday, 4) < first) monday = addDays(monday, 7);
      if (m[1] === 'last') {
        monday = periodOf(lastDay, 'week').from;
        if (monday > lastDay || addDays(monday, 0) > lastDay) monday = addDays(monday, -7);
      } else monday = addDays(monday, 7 * n);
      const from = monday < first ? first : monday;
      const to = addDays(monday, 6) > lastDay ? lastDay : addDays(monday, 6);
      return range(from, to, said);
    },
  },
  // "the week of Jan 9 2017"
  {
    re: new RegExp(`\\b(?:for |in |during )?(?:the )?(?:week|wk) (?:of|starting|beginning) (${DAY_RE})`, 'g'),
    window: (m, _d, said) => {
      const day = parseDate(m[1] as string);
      if (!day) return undefined;
      const w = periodOf(day, 'week');
      return range(w.from, w.to, said);
    },
  },
  // Days markets remember by name.
  // "election day 2016", "the 2012 election": the Tuesday after the first Monday of November.
  {
    re: new RegExp(`\\b(?:on )?(?:the )?(?:(?:us |u\\.s\\. |presidential )?election day,? ${YEAR}|${YEAR} (?:us |u\\.s\\. |presidential )?election(?: day)?)\\b`, 'g'),
    window: (m, _d, said) => {
      const year = Number(m[1] ?? m[2]);
      const firstMonday = 1 + ((8 - new Date(Date.UTC(year, 10, 1)).getUTCDay()) % 7);
      return dayWindow(`${year}-11-${pad(firstMonday + 1)}`, said);
    },
  },
  // "Black Monday, 19 Oct 1987": the date said with it is the same day (another date is not: then it is not read).
  {
    re: new RegExp(`\\b(?:on )?black monday(?:,? (?:(${DAY_RE})|1987\\b))?`, 'g'),
    window: (m, _d, said) => (!m[1] || parseDate(m[1]) === '1987-10-19' ? dayWindow('1987-10-19', said) : undefined),
  },
  { re: /\b(?:on )?(?:the )?(?:2010 )?flash crash(?: of 2010)?\b/g, window: (_m, _d, said) => dayWindow('2010-05-06', said) },
  // "christmas eve 2015"
  {
    re: new RegExp(`\\b(?:on )?(christmas eve|christmas day|christmas|new year'?s eve|new year'?s day|valentine'?s day|halloween|independence day|(?:the )?4th of july|fourth of july),? ${YEAR}`, 'g'),
    window: (m, _d, said) => {
      const [mo, d] = HOLIDAYS[(m[1] as string).replace(/^the /, 'the ')] ?? HOLIDAYS[(m[1] as string).replace(/^the /, '')] ?? [0, 0];
      const day = validDate(Number(m[2]), mo, d);
      return day ? dayWindow(day, said) : undefined;
    },
  },
  // A single day in any usual spelling.
  {
    re: new RegExp(`\\b(?:(?:on|at|for|as of|as at) )?(${DAY_RE})`, 'g'),
    window: (m, _d, said) => {
      const day = parseDate((m[1] as string).replace(/^the /, ''));
      return day ? dayWindow(day, said) : undefined;
    },
  },
  // "since the May 30 close": from that day (the newest such) to the newest date; changes from its close.
  {
    re: new RegExp(`\\b(?:since|from) (?:the )?${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)?(?: close)?\\b(?![,/]? ?\\d)(?! (?:to|through|thru|until|and)\\b)`, 'g'),
    window: (m, data, said) => {
      const day = newestDayWithoutYear(m, data);
      return day ? range(day, data.newest, `${said} (the newest one in the data: ${day.slice(0, 4)})`, true) : undefined;
    },
  },
  // "on June 30", "the Mar 3 close"
  {
    re: new RegExp(`\\b(?:(?:on|at|for|as of) )?(?:the )?${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?![,/]? ?\\d)`, 'g'),
    window: (m, data, said) => {
      const day = newestDayWithoutYear(m, data);
      return day ? dayWindow(day, `${said} (the newest one in the data: ${day.slice(0, 4)})`) : undefined;
    },
  },
  // "H1 2017", "the second half of 2012", "1H 2016"
  {
    re: new RegExp(`\\b(?:in |during |for )?(?:the )?(?:(h[12]|[12]h)|(first|second|1st|2nd) half(?: of)?) ?${YEAR}\\b|\\b${YEAR} ?(h[12])\\b`, 'g'),
    window: (m, _d, said) => {
      const half = HALF[(m[1] ?? m[2] ?? m[5] ?? '') as string] ?? 1;
      const year = m[3] ?? m[4];
      return half === 1 ? range(`${year}-01-01`, `${year}-06-30`, said) : range(`${year}-07-01`, `${year}-12-31`, said);
    },
  },
  // "March 2016", "2016-02", "Q3 2016", "the second quarter of 2015"
  {
    re: new RegExp(`\\b(?:in |during |for )?${MONTH_RE}\\.?,? ${YEAR}\\b`, 'g'),
    window: (m, _d, said) => {
      const from = `${m[2]}-${pad(monthIndex(m[1] as string) + 1)}-01`;
      return range(from, periodOf(from, 'month').to, said);
    },
  },
  {
    re: /\b(?:in |during |for )?(\d{4})-(\d{1,2})\b(?![-/.]\d)/g,
    window: (m, _d, said) => {
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) return undefined;
      const from = `${m[1]}-${pad(mo)}-01`;
      return range(from, periodOf(from, 'month').to, said);
    },
  },
  {
    re: /\b(?:in |during |for )?(?:the )?(?:q([1-4]),? (\d{4})|(\d{4}),? q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter,? (?:of )?(\d{4}))\b/g,
    window: (m, _d, said) => {
      const ord = ['first', 'second', 'third', 'fourth'].indexOf(m[5] ?? '') + 1 || ['1st', '2nd', '3rd', '4th'].indexOf(m[5] ?? '') + 1;
      const quarter = Number(m[1] ?? m[4] ?? ord);
      const from = `${m[2] ?? m[3] ?? m[6]}-${pad((quarter - 1) * 3 + 1)}-01`;
      return range(from, periodOf(from, 'quarter').to, said);
    },
  },
  // "since 2015"
  { re: new RegExp(`\\b(?:since|from) ${YEAR}\\b`, 'g'), window: (m, data, said) => range(`${m[1]}-01-01`, lastSession(data), said) },
  // "past 5 trading days": the sessions are found in the data.
  {
    re: /\b(?:over |in |for |during )?(?:the )?(?:past|last|previous|trailing|latest|most recent|recent) (\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:trading days|sessions|trading sessions)\b/g,
    window: (m, data, said) => {
      const n = num(m[1] as string);
      return { to: data.newest, tradingDays: n, label: `${said} → the ${n} trading days up to ${data.newest}` };
    },
  },
  {
    re: /\b(?:over |in |for |during )?(?:the )?(?:past|last|previous|trailing) (\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (days?|weeks?|months?|quarters?|years?)\b/g,
    window: (m, data, said) => {
      const n = num(m[1] as string);
      const unit = UNIT[m[2] as string] as Period | 'day';
      const newest = data.newest;
      // "the last 2 days": its last two sessions, as a symbol whose data stops early has them too.
      if (unit === 'day') return { to: newest, tradingDays: n, label: `${said} → the ${n} trading days up to ${newest}` };
      const from = unit === 'week' ? addDays(newest, -(7 * n - 1)) : addDays(addMonths(newest, -(unit === 'month' ? n : unit === 'quarter' ? 3 * n : 12 * n)), 1);
      return range(from, newest, said);
    },
  },
  // "from the 2024 year-end close to the latest close": the newest session, as the end of a change.
  {
    re: /(?<=\b(?:to|through|until|and) )(?:the |its )?(?:latest|most recent|newest) (?:close|closing price|session|trading day)\b/g,
    window: (_m, data, said) => ({ ...dayWindow(data.newest, `${said} (the newest day in the data)`) }),
  },
  {
    re: /\b(yesterday|today|so far|right now|this morning(?:'s)?|this (?:week|wk|month|mo|quarter|qtr|year|yr)|(?:last|previous|prior) (?:week|wk|month|mo|quarter|qtr|year|yr)|the (?:week|month|quarter|year) before(?: that)?|ytd|mtd|qtd|wtd|year[- ]to[- ]date|month[- ]to[- ]date|quarter[- ]to[- ]date)\b/g,
    window: (m, data, said) => {
      const newest = data.newest;
      const what = m[1] as string;
      if (what === 'today' || what === 'right now' || what.startsWith('this morning')) return { ...dayWindow(newest, `${said} (the newest day in the data)`) };
      if (what === 'so far') return undefined;
      if (what === 'yesterday') return { to: addDays(newest, -1), day: addDays(newest, -1), label: `yesterday → the session before ${newest}` };
      const unit = (/week|wk|wtd/.test(what) ? 'week' : /month|mo\b|mtd/.test(what) ? 'month' : /quarter|qtr|qtd/.test(what) ? 'quarter' : 'year') as Period;
      if (/before/.test(what)) {
        const p = previousPeriod(previousPeriod(newest, unit).from, unit);
        return range(p.from, p.to, what);
      }
      if (/^(last|previous|prior)/.test(what)) {
        const p = previousPeriod(newest, unit);
        return range(p.from, p.to, what);
      }
      return range(periodOf(newest, unit).from, newest, what);
    },
  },
  {
    re: /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (days?|weeks?|months?|years?) ago\b/g,
    window: (m, data, said) => {
      const n = num(m[1] as string);
      const unit = UNIT[m[2] as string];
      const newest = data.newest;
      const day = unit === 'day' ? addDays(newest, -n) : unit === 'week' ? addDays(newest, -7 * n) : addMonths(newest, -(unit === 'month' ? n : 12 * n));
      return dayWindow(day, said);
    },
  },
  // "at its latest session", "as of the most recent close": the newest day in the data.
  {
    re: /\b(?:at|on|as of|for) (?:its|the|their) (?:latest|most recent|newest|last) (?:session|close|closing price|trading day)\b(?! (?:of|in|before)\b)/g,
    window: (_m, data, said) => dayWindow(data.newest, `${said} (the newest day in the data)`),
  },
  // "in March" without a year: the newest March in the data.
  {
    re: new RegExp(`\\b(?:in|during|compared? (?:with|to)|with|vs\\.?|versus|than) ${MONTH_RE}\\b(?! \\d)`, 'g'),
    window: (m, data, said) => {
      const mi = monthIndex(m[1] as string);
      const y = Number(data.newest.slice(0, 4));
      const year = mi <= Number(data.newest.slice(5, 7)) - 1 ? y : y - 1;
      const from = `${year}-${pad(mi + 1)}-01`;
      return range(from, periodOf(from, 'month').to, `${said} (the newest one in the data)`);
    },
  },
  { re: new RegExp(`\\b(?:in |during |for |of |over )?(?:the year )?${YEAR}\\b`, 'g'), window: (m, _d, said) => range(`${m[1]}-01-01`, `${m[1]}-12-31`, said) },
  { re: /\b(?:(?:of )?all[- ]time(?![- ](?:closing )?(?:high|low|record|peak|top|max))|ever|in history|all history|of all time|(?:over |across )?the (?:whole|entire|full) (?:price )?(?:history|data(?:set)?|record))\b/g, window: (_m, data, said) => range(data.oldest, data.newest, said) },
];

/**
 * "June 23-27 this year", "the first half of last year", "Q1 this year": the year said as its number, so that the
 * rules for a day, span, half or quarter of a year read them.
 */
export function sayYears(question: string, data: DataRange): string {
  const newest = Number(data.newest.slice(0, 4));
  const period = `(?:${MONTH_RE}\\.? \\d{1,2}(?:st|nd|rd|th)?(?: ?[-–] ?\\d{1,2}(?:st|nd|rd|th)?)?|(?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_RE}|(?:first|second|third|fourth|1st|2nd|3rd|4th) (?:half|quarter)|[hq][1-4]|${MONTH_RE})`;
  const said = question.replace(new RegExp(`\\b${period},? (?:of )?(?:this|last) (?:year|yr)\\b`, 'gi'), (m: string) => m.replace(/,? (?:of )?(this|last) (?:year|yr)$/i, (_e, which: string) => ` ${which.toLowerCase() === 'this' ? newest : newest - 1}`));
  // "H2 2016 compared to H1", "Q2 2016 than Q1": a half or quarter without a year has the one said with the other.
  const part = '(?:[hq][1-4]|(?:(?:the )?(?:first|second|third|fourth|1st|2nd|3rd|4th) (?:half|quarter)))';
  const year = new RegExp(`\\b${part},? (?:of )?((?:18|19|20)\\d{2})\\b`, 'i').exec(said)?.[1];
  const parts = year ? said.replace(new RegExp(`\\b(${part})\\b(?!,? ?(?:of )?\\d{4}|['’]\\d)`, 'gi'), `$1 ${year}`) : said;
  // "may vs april 2025": a month set against another of a year is of that year.
  return parts.replace(new RegExp(`\\b${MONTH_RE}\\.? (vs\\.?|versus|against|or|compared (?:to|with)) ${MONTH_RE}\\.?,? ((?:18|19|20)\\d{2})\\b`, 'gi'), (m: string, a: string, how: string, b: string, y: string) => `${a} ${y} ${how} ${b} ${y}`);
}

/** Every time expression of a question, in the order written, none overlapping another. */
export function findTimes(question: string, data: DataRange): TimeMatch[] {
  const q = question.toLowerCase();
  const taken: boolean[] = Array.from({ length: q.length }, () => false);
  const found: TimeMatch[] = [];
  for (const rule of RULES) {
    for (const m of q.matchAll(rule.re)) {
      const start = m.index ?? 0;
      const text = m[0];
      if (!text.trim() || taken.slice(start, start + text.length).some(Boolean)) continue;
      const read = rule.window(m as RegExpExecArray, data, text.trim());
      if (!read) continue;
      const { ends, ...window } = read;
      for (let i = start; i < start + text.length; i++) taken[i] = true;
      found.push({ window, text, index: start, ...(ends ? { ends } : {}) });
    }
  }
  const read = found.map((t) => bounded(q, t, data, found));
  return read.map((t): TimeMatch => (restates(q, t, read) ? { ...t, restates: true } : t)).sort((a, b) => a.index - b.index);
}

/**
 * "since the 2024 year-end close (Dec 31, 2024)", "the morning after the 2016 election, Nov 9 2016": a date in
 * brackets or after a comma right after a time, naming its day again.
 */
function restates(q: string, t: TimeMatch, all: TimeMatch[]): boolean {
  if (!/[(,]\s*(?:i\.?e\.?,?\s*|that is,?\s*)?$/.test(q.slice(0, t.index))) return false;
  const day = t.window.day ?? (t.window.from === t.window.to ? t.window.from : undefined);
  if (!day) return false;
  return all.some((o) => o !== t && o.index < t.index && /^\s*[(,]/.test(q.slice(o.index + o.text.length)) && (o.window.day === day || o.window.to === day || o.window.from === day));
}

/** "since", "before", "until" … written before a time the rules read alone: the window runs from or to it. */
const BOUND_WORD = '\\b(since|after|measured from|counting from|starting from|before|prior to|until|till|through|thru|up to(?: and including)?)\\s+(?:the\\s+)?';
const BOUND = new RegExp(`${BOUND_WORD}(?:(start|beginning|end|close)\\s+of\\s+(?:the\\s+)?)?$`);
/** The same before a time read with its "of" ("before the start" + "of 2016"). */
const BOUND_OF = new RegExp(`${BOUND_WORD}(start|beginning|end)\\s+$`);

/** "the day after", "the morning after" a day: the next calendar day, when it is a weekday ("what day after" is "since"). */
const NEXT_DAY = /\b(?:on )?the (?:day|morning|session|trading day) after\s+(?:the\s+)?$/;

function bounded(q: string, t: TimeMatch, data: DataRange, all: TimeMatch[]): TimeMatch {
  const next = NEXT_DAY.exec(q.slice(0, t.index));
  if (next) {
    const day = t.window.day;
    const after = day ? addDays(day, 1) : undefined;
    // A weekend or a span is not read: "the day after" must name one session.
    if (!after || [0, 6].includes(parseIso(after).getUTCDay())) return t;
    return { window: dayWindow(after, `${q.slice(next.index, t.index)}${t.text}`.trim()), text: q.slice(next.index, t.index) + t.text, index: next.index };
  }
  const m = BOUND.exec(q.slice(0, t.index)) ?? (/^\s*of\b/.test(t.text) ? BOUND_OF.exec(q.slice(0, t.index)) : null);
  // "March 2016 through June 2016" joins two times: not "everything up to June".
  if (m && /^(?:until|till|through|thru|up to)/.test(m[1] as string) && all.some((o) => o !== t && o.index + o.text.length >= m.index - 3 && o.index < m.index)) return t;
  const w = t.window;
  const first = w.from ?? w.day;
  const last = w.to ?? w.day;
  if (!m || !first || !last || w.tradingDays || w.firstTradingDays || w.before) return t;
  const [word, edge] = [m[1] as string, m[2]];
  const text = q.slice(m.index, t.index) + t.text;
  const said = text.trim();
  let window: Window;
  if (word === 'since' || word === 'after' || / from$/.test(word)) {
    // "since the 2024 year-end close": changes are measured from that close; "since July 2024": from its first day.
    const from = word === 'after' ? addDays(edge === 'start' || edge === 'beginning' ? first : last, 1) : edge === 'end' || edge === 'close' ? last : first;
    window = range(from, data.newest, said, Boolean(w.day) || edge === 'end' || edge === 'close');
  } else if (/^(before|prior)/.test(word)) {
    window = { ...range(data.oldest, addDays(edge === 'end' || edge === 'close' ? last : first, -1), said), before: true };
  } else window = { ...range(data.oldest, edge === 'start' || edge === 'beginning' ? first : last, said), before: true };
  return { window, text, index: m.index };
}

/** The first time expression of a question. */
export function findTime(question: string, data: DataRange): TimeMatch | undefined {
  return findTimes(question, data)[0];
}

/** The window a relative expression needs when the question named none: the whole data. */
export const allData = (data: DataRange): Window => ({ from: data.oldest, to: data.newest, label: `all data → ${data.oldest} … ${data.newest}` });

/** The N calendar weeks up to the newest date (52-week questions). */
export function weeksBack(data: DataRange, weeks: number, to = data.newest): Window {
  const from = addDays(to, -(weeks * 7 - 1));
  return { from, to, label: `${weeks} weeks up to ${to} → ${from} … ${to}` };
}
