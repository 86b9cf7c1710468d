// The kinds of condition `watch add` reads, one handler each, with the phrasings it takes next to its examples.
// Each sees the condition in lower case with the symbol (or "any stock") taken out, and either reads the whole
// of what is left into a rule or leaves it.

import type { Scope, WatchRule } from './rule.js';

export interface ConditionKind {
  kind: WatchRule['kind'];
  examples: string[];
  /** The rule, and the words it used; undefined when the words are not this kind's. */
  read(text: string, symbol: Scope): { rule: WatchRule; used: string } | undefined;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const WINDOW = String.raw`(\d{1,3})[- ]?(?:day|d|session)s?`;
const DOWN = 'falls?|drops?|declines?|loses?|sinks?|slides?|plunges?|tumbles?|slumps?|is down|goes down|moves? down|dips?';
const UP = 'rises?|gains?|jumps?|climbs?|surges?|soars?|rallies?|is up|goes up|moves? up|advances?|pops?';
const ABOVE = 'above|over';
const BELOW = 'below|under|beneath';

function match(re: RegExp, text: string): RegExpExecArray | undefined {
  return re.exec(text) ?? undefined;
}

const dailyChange: ConditionKind = {
  kind: 'daily-change',
  examples: ['Tesla falls more than 3% in a day', 'any stock rises more than 8% in a day', 'NVDA drops over 5% on the day'],
  read(text, symbol) {
    const m = match(new RegExp(String.raw`\b(${DOWN}|${UP})\s+(?:by\s+)?(?:more than|over|at least|by more than|>)?\s*${NUMBER}\s*(?:%|percent|pct)(?:\s+or\s+more)?(?:\s+(?:in|on|during|over|within)\s+(?:(?:a|one|the|a single|single)\s+)?(?:day|session|trading day)|\s+(?:daily|intraday|today|on the day|day over day|day-over-day))?`), text);
    if (!m) return undefined;
    const threshold = Number(m[2]) / 100;
    if (!(threshold > 0 && threshold < 10)) return undefined;
    const direction = new RegExp(`^(?:${DOWN})$`).test(m[1] as string) ? 'down' : 'up';
    return { rule: { kind: 'daily-change', symbol, direction, threshold }, used: m[0] };
  },
};

const MULTIPLE_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, double: 2, twice: 2, triple: 3, quadruple: 4 };
/** "3x", "2.5 times", "five times", "triple", "twice": group 1 the number or word. */
const MULTIPLE = String.raw`(\d+(?:\.\d+)?|${Object.keys(MULTIPLE_WORDS).join('|')})\s*(?:x|×|times)?`;
const multipleOf = (said: string) => MULTIPLE_WORDS[said] ?? Number(said);
const VOLUME_VERB = String.raw`(?:trades?|volume(?:\s+(?:is|goes|runs|reaches|hits|gets to|exceeds|tops))?(?:\s+(?:above|over|at))?)`;

const volumeSpike: ConditionKind = {
  kind: 'volume-spike',
  examples: ['any stock trades 3x its 20-day average volume', 'AMD volume above 2.5 times its 50-day average', 'IBM volume hits triple its 20-day average'],
  read(text, symbol) {
    const m =
      match(new RegExp(String.raw`\b${VOLUME_VERB}\s+(?:at least\s+|more than\s+)?${MULTIPLE}\s+(?:(?:its|the)\s+)?(?:average\s+)?${WINDOW}\s+(?:average|avg|mean)(?:\s+(?:daily\s+)?volume)?`), text) ??
      match(new RegExp(String.raw`\b${VOLUME_VERB}\s+(?:at least\s+|more than\s+)?${MULTIPLE}\s+(?:(?:its|the)\s+)?average\s+(?:daily\s+)?volume\s+(?:of|over)\s+the\s+(?:last|past|previous)\s+(\d{1,3})\s+(?:days|sessions)`), text);
    if (!m) return undefined;
    // A bare number needs its "x" or "times": "volume above 3 its 20-day average" says nothing.
    if (/^\d/.test(m[1] as string) && !/\d\s*(?:x|×|times)\b/.test(m[0])) return undefined;
    const multiple = multipleOf(m[1] as string);
    const window = Number(m[2]);
    if (!(multiple > 0) || window < 2 || window > 400) return undefined;
    return { rule: { kind: 'volume-spike', symbol, multiple, window }, used: m[0] };
  },
};

const maCross: ConditionKind = {
  kind: 'ma-cross',
  examples: ['Apple crosses above its 50-day average', 'MSFT crosses below its 200-day moving average', 'Tesla falls below its 50 DMA'],
  read(text, symbol) {
    const verb = String.raw`(?:cross(?:es)?|breaks?|moves?|closes?|goes|falls?|drops?|dips?|sinks?|slips?|rises?|climbs?|pops?)`;
    const m = match(new RegExp(String.raw`\b${verb}\s+(${ABOVE}|${BELOW})\s+(?:(?:its|the)\s+)?${WINDOW}\s*(?:simple\s+)?(?:moving\s+)?(?:average|avg|ma|sma)\b`), text)
      ?? match(new RegExp(String.raw`\b${verb}\s+(${ABOVE}|${BELOW})\s+(?:(?:its|the)\s+)?(\d{1,3})[- ]?(?:dma|sma|ma)\b`), text);
    if (!m) return undefined;
    const window = Number(m[2]);
    if (window < 2 || window > 400) return undefined;
    const direction = new RegExp(`^(?:${ABOVE})$`).test(m[1] as string) ? 'above' : 'below';
    return { rule: { kind: 'ma-cross', symbol, direction, window }, used: m[0] };
  },
};

const priceCross: ConditionKind = {
  kind: 'price-cross',
  examples: ['Tesla crosses above $300', 'KO falls below 40 dollars', 'IBM closes above $150'],
  read(text, symbol) {
    const m = match(new RegExp(String.raw`\b(?:cross(?:es)?|breaks?|moves?|closes?|goes|trades?|rises?|climbs?|falls?|drops?|sinks?|is)\s+(${ABOVE}|${BELOW})\s+(\$\s*)?${NUMBER}(\s*(?:dollars|usd|\$))?(?!\s*(?:%|percent|[- ]?day|x\b|times))`), text);
    if (!m) return undefined;
    if (!m[2] && !m[4] && symbol === null) return undefined; // "any stock above 40": 40 of what? say it in dollars
    const level = Number(m[3]);
    if (!(level > 0)) return undefined;
    const direction = new RegExp(`^(?:${ABOVE})$`).test(m[1] as string) ? 'above' : 'below';
    return { rule: { kind: 'price-cross', symbol, direction, level }, used: m[0] };
  },
};

const newExtreme: ConditionKind = {
  kind: 'new-high',
  examples: ['new 52-week high for NVDA', 'any stock makes a new 52-week low', 'Amazon hits a 52 week high', 'KO sets a fresh one-year low'],
  read(text, symbol) {
    const m = match(/\b(?:(?:makes?|hits?|sets?|reaches?|at|prints?|(?:falls?|drops?|sinks?|rises?|climbs?) to)\s+)?(?:a\s+)?(?:(?:new|fresh)\s+)?(?:(?:52|fifty[- ]two)[- ]?(?:week|wk)|(?:one|1)[- ]year|12[- ]month)\s+(high|low)s?\b/, text);
    if (!m) return undefined;
    return { rule: { kind: m[1] === 'high' ? 'new-high' : 'new-low', symbol }, used: m[0] };
  },
};

/** The kinds, tried in this order: a moving average before a bare price, since both say "crosses above". */
export const CONDITION_KINDS: ConditionKind[] = [maCross, volumeSpike, dailyChange, newExtreme, priceCross];

export const CONDITION_EXAMPLES = CONDITION_KINDS.flatMap((k) => k.examples);
