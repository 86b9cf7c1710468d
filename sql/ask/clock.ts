// Minutes of a day in a question ("10:00 through 10:15", "the 10 o'clock hour", "the first 30 minutes of the
// session", "at 10:23"), New York time. Days and windows are read in time.ts; this reads the clock within a day.

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes of a day (New York time): "10:00 through 10:15", "9:30-9:34 am". */
export interface ClockRange {
  from: string;
  to: string;
  text: string;
  /** The same minutes said again in other words. */
  also?: string[];
}

const CLOCK = '(\\d{1,2}|noon|midday)(?::(\\d{2}))? ?(am|pm|a\\.m\\.|p\\.m\\.)?';
const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
const clockOf = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
/** A bare hour of a trading day: "1:00" is the afternoon. */
const hourOf = (h: number, mer?: string) => (mer?.startsWith('p') && h < 12 ? h + 12 : !mer && h < 8 ? h + 12 : h);
const SPAN_WORDS: Record<string, number> = { hour: 60, 'half hour': 30, 'half-hour': 30 };
const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, 'forty-five': 45, 'forty five': 45, sixty: 60, ninety: 90 };
/** "15", "five", "forty-five": how many minutes or hours. */
const COUNT = `(\\d{1,3}|${Object.keys(COUNT_WORDS).join('|')})`;
const countOf = (n: string | undefined) => (n === undefined ? 1 : (COUNT_WORDS[n] ?? Number(n)));
const spanOf = (n: string | undefined, unit: string) => (unit.startsWith('minute') ? countOf(n) : (SPAN_WORDS[unit] ?? 60) * countOf(n));
const SESSION = '(?:of (?:the )?(?:regular )?(?:session|trading(?: day| session)?|day|market day)|after the open(?:ing bell)?|before the close(?: of trading)?|of regular hours)';

/** One way of naming minutes of a day (New York time), and the range it means. */
interface ClockRule {
  re: RegExp;
  range(m: RegExpExecArray): { from: string; to: string } | undefined;
}

const CLOCK_RULES: ClockRule[] = [
  // "10:00 through 10:15", "9:30-9:34 am", "between 10:00 and 10:59 ET", "2pm to 3pm" (the hour before 3pm)
  {
    re: new RegExp(`\\b(?:between |from )?${CLOCK} ?(-|–|to|through|thru|and|until) ?${CLOCK}(?: ?\\(?(inclusive)\\)?)?(?: ?(?:et|est|edt|new york time|ny time))?(?=(?:[^?!]*?\\b(inclusive)\\b)?)`, 'g'),
    range: (m) => {
      // A clock needs minutes or am/pm on one side ("2pm and 3pm", "10:00 to 10:15"), else "5 to 10" is not a time.
      if (!m[2] && !m[6] && !m[3] && !m[7] && !/noon|midday/.test(m[0])) return undefined;
      const at = (h: string, mi: string | undefined, mer: string | undefined) => (/noon|midday/.test(h) ? '12:00' : `${pad(hourOf(Number(h), mer))}:${mi ?? '00'}`);
      const from = at(m[1] as string, m[2], m[3] ?? m[7]);
      let to = at(m[5] as string, m[6], m[7]);
      // "10:00 through 10:15", "inclusive" (here or later in the sentence), "10:00-10:59" and an end that is not
      // a round time ("2:31 to 2:36") include the end; "2pm to 3pm" and "10:00 to 10:15" do not.
      const inclusive = /through|thru/.test(m[4] as string) || Boolean(m[8] ?? m[9]) || Number(to.slice(3)) % 5 !== 0;
      if (!inclusive) to = clockOf(minutesOf(to) - 1);
      return from <= to ? { from, to } : undefined;
    },
  },
  // "the 10 o'clock hour", "the 2pm hour": its sixty minutes.
  {
    re: /\b(?:during |in |over |for )?the (\d{1,2}) ?(o'clock|am|pm|a\.m\.|p\.m\.) hour(?: ?(?:et|est|edt|new york time|ny time))?/g,
    range: (m) => {
      const h = hourOf(Number(m[1]), m[2] === "o'clock" ? undefined : m[2]);
      return h >= 4 && h <= 19 ? { from: `${pad(h)}:00`, to: `${pad(h)}:59` } : undefined;
    },
  },
  // "the first 30 minutes of the session", "the first hour of trading", "the opening half hour"
  {
    re: new RegExp(`\\b(?:during |in |over |for )?the (?:first|opening) (?:${COUNT} )?(minutes?|hours?|half[- ]hour)(?: ${SESSION})?(?=\\W|$)`, 'g'),
    range: (m) => {
      if (!m[0].includes(' of ') && !/after the open/.test(m[0]) && !/opening|hour/.test(m[0])) return undefined;
      const n = spanOf(m[1], m[2] as string);
      return n >= 1 && n <= 390 ? { from: '09:30', to: clockOf(570 + n - 1) } : undefined;
    },
  },
  // "the last half hour before the close", "the final 15 minutes of trading", "the closing hour"
  {
    re: new RegExp(`\\b(?:during |in |over |for )?the (?:last|final|closing) (?:${COUNT} )?(minutes?|hours?|half[- ]hour)(?: ${SESSION})?(?=\\W|$)`, 'g'),
    range: (m) => {
      if (!m[0].includes(' of ') && !/before the close/.test(m[0]) && !/closing|hour/.test(m[0])) return undefined;
      const n = spanOf(m[1], m[2] as string);
      return n >= 1 && n <= 390 ? { from: clockOf(960 - n), to: '15:59' } : undefined;
    },
  },
  // "at 10:23 New York time": that minute.
  {
    re: /\b(?:at|for) (\d{1,2}):(\d{2}) ?(am|pm|a\.m\.|p\.m\.)?(?: ?(?:et|est|edt|new york time|ny time))?/g,
    range: (m) => {
      const t = `${pad(hourOf(Number(m[1]), m[3]))}:${m[2]}`;
      return { from: t, to: t };
    },
  },
];

/**
 * The minutes of a day a question names ("10:00 through 10:15", "the 10 o'clock hour", "the first 30 minutes of
 * the session"). The same range said twice ("the last half hour, i.e. 15:30 to 15:59") is one, and `also` holds
 * the other words that said it; two different ranges are not read as one (the second is left unread).
 */
export function findClock(question: string): ClockRange | undefined {
  const q = question.toLowerCase();
  const found: { from: string; to: string; text: string; index: number }[] = [];
  for (const rule of CLOCK_RULES) {
    for (const m of q.matchAll(rule.re)) {
      const at = m.index ?? 0;
      if (found.some((f) => at < f.index + f.text.length && f.index < at + m[0].length)) continue;
      const r = rule.range(m as RegExpExecArray);
      if (r) found.push({ ...r, text: m[0], index: at });
    }
  }
  const first = found.sort((a, b) => a.index - b.index)[0];
  if (!first) return undefined;
  const same = found.filter((f) => f !== first && f.from === first.from && f.to === first.to).map((f) => f.text);
  return { from: first.from, to: first.to, text: first.text, ...(same.length ? { also: same } : {}) };
}
