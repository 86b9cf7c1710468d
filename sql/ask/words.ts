// The vocabulary several families share: measures, statistics, directions, counts and thresholds. A family
// takes these words from a Reading, so what it used is accounted for.

import type { Measure, Stat, Threshold } from './plan.js';
import type { Reading } from './reading.js';

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100 };
export const NUMBER = '(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|fifty)';
export const toNumber = (s: string) => NUMBER_WORDS[s] ?? Number(s);

/** Daily measures by their usual names; the first that fits wins (the more specific names first). */
const MEASURES: [RegExp, Measure][] = [
  [/\b(?:opening gap|overnight gap|gap[- ]ups?|gap(?:s|ped)?|gapp?ing|open(?:ed)? (?:above|below|higher|lower)(?: or (?:above|below|higher|lower))?(?: (?:than|the))* (?:prior|previous|last|preceding) (?:close|session's close))\b/, 'gap'],
  [/\b(?:open[- ]to[- ]close|intraday (?:returns?|changes?|moves?|gains?|loss(?:es)?)|(?:change|return|move) from (?:the )?open to (?:the )?close)\b/, 'intraday'],
  [/\b(?:how wide|(?:trading|daily|intraday|day's|high[- ]low|high minus low) ranges?(?:,? (?:from )?(?:the )?low to (?:the )?high)?|ranges?|high[- ]low|high minus low|spread)\b/, 'range'],
  [/\b(?:(?:daily |average daily |share |trading )?(?:trading )?volumes?|shares? traded|(?:shares )?changed hands|(?<!\b(?:has|have|had|it|⟨s⟩) )traded(?! at)|turnover|(?:number of )?shares(?! outstanding| (?:closed|close|opened|open|ended|finished|settled|fell|rose|dropped|gained|jumped|climbed|sank|slid)\b))\b/, 'volume'],
  [/\b(?:daily returns?|one[- ]day returns?|1[- ]day (?:% |percent(?:age)? )?change|daily (?:% |percent(?:age)? )?change|daily moves?|close[- ]to[- ]close(?: (?:returns?|changes?|moves?|basis))?|day[- ]over[- ]day (?:(?:% |percent(?:age)? )?changes?|returns?|moves?)|session returns?|price returns?|returns?|returned)\b/, 'return'],
  [/\b(?:opening prices?|open(?:ed|ing|s)?)\b/, 'open'],
  [/\b(?:(?:daily|session|intraday|day's|trading) )?highs?\b|\bhow high\b/, 'high'],
  [/\b(?:(?:daily|session|intraday|day's|trading) )?lows?\b|\bhow low\b/, 'low'],
  [/\b(?:closing (?:prices?|values?|levels?|quotes?)|close[sd]?|closing|settle(?:d|ment)?(?: price)?|(?:last|final|ending|end[- ]of[- ]day|eod) (?:traded )?prices?|(?:share |stock |intraday )?prices?|(?:daily )?bars?|trade[sd]? at|(?:finish|end)(?:ed)? the (?:day|session)(?: at)?|finish(?:ed)?(?: at)?|end(?:ed)? at)\b/, 'close'],
];

export function takeMeasure(r: Reading, allowed: Measure[] = ['close', 'open', 'high', 'low', 'volume', 'range', 'return', 'gap']): Measure | undefined {
  for (const [re, m] of MEASURES) {
    if (!allowed.includes(m) || !r.take(re)) continue;
    r.takeAll(re); // "trade at its lowest price": one measure said twice
    // "what price did it open at", "the high price": the price word names the measure already taken.
    if (m === 'open' || m === 'high' || m === 'low') r.take(/\bprices?\b/);
    // "which names opened with the biggest gaps": the opening is the gap's.
    if (m === 'gap') {
      r.take(/\b(?:opened|opens|opening)(?: with)?\b/);
      // "gap at the open vs the prior close": both ends of a gap are the gap's own words.
      r.takeAll(/\b(?:(?:at|on) (?:the )?)?open\b/);
      r.take(/\b(?:vs\.?|versus|against|from|relative to|compared (?:to|with)) (?:the )?(?:prior|previous|last) (?:day's |session's )?close\b/);
    }
    // "how many shares traded": the count of shares is the volume.
    if (m === 'volume' && r.has(/\bhow many (?:⟨s⟩ )?shares\b/)) r.take(/\bhow many\b/);
    return m;
  }
  return undefined;
}

export function takeMeasures(r: Reading, allowed?: Measure[]): Measure[] {
  const out: Measure[] = [];
  for (;;) {
    const m = takeMeasure(r, allowed);
    if (!m) return out;
    if (!out.includes(m)) out.push(m);
  }
}

const STATS: [RegExp, Stat][] = [
  [/\b(?:average|avg|mean)\b/, 'avg'],
  [/\bmedian\b/, 'median'],
  [/\b(?:total|sum|combined|cumulative)\b/, 'sum'],
  [/\b(?:max(?:imum)?|highest|peak|top|(?<!on )record|heaviest|busiest|biggest|largest|greatest|steepest|sharpest|widest|most(?! recent))\b/, 'max'],
  [/\b(?:min(?:imum)?|lowest|bottom|smallest|least|lightest|thinnest|narrowest|quietest)\b/, 'min'],
];

export function takeStat(r: Reading, allowed: Stat[] = ['avg', 'median', 'sum', 'max', 'min']): Stat | undefined {
  for (const [re, s] of STATS) {
    if (!allowed.includes(s) || !r.take(re)) continue;
    r.takeAll(re); // "the lowest minimum close": one statistic said twice
    return s;
  }
  return undefined;
}

/** "highest price" is the high and "lowest price" the low; "highest close" stays the close. */
export function priceOfStat(r: Reading, measure: Measure | undefined, stat: Stat | undefined): Measure | undefined {
  if (measure !== 'close' || !r.used.some((u) => /\bprices?$|trade[sd]? at$/.test(u)) || r.used.some((u) => /clos/.test(u))) return measure;
  return stat === 'max' ? 'high' : stat === 'min' ? 'low' : measure;
}

export const UP = /\b(?:ups?|gain(?:s|ed|ers?)?|rise|rose|risen|winning|winners?|green|positive|best|better|outperform\w*|higher|advanc\w*|jump\w*|rall\w*|climb\w*|increase[sd]?|moves? up)\b/;
export const DOWN = /\b(?:downs?|drops?|dropped|fall|fell|fallen|falls|losing|los(?:s|ses|ers?)|lost|red|negative|worst|worse|underperform\w*|lower|declin\w*|slid|slump\w*|tumbl\w*|plung\w*|decrease[sd]?|moves? down)\b/;

export function takeDirection(r: Reading): 'up' | 'down' | undefined {
  if (r.take(UP)) return 'up';
  if (r.take(DOWN)) return 'down';
  return undefined;
}

const OPS: [RegExp, Threshold['op']][] = [
  [/^(?:>=|at least|no less than|or more)$/, '>='],
  [/^(?:<=|at most|no more than|or less)$/, '<='],
  [/^(?:<|below|under|less than|lower than|beneath|worse than|down more than|down by more than|fell more than|dropped more than|lost more than)$/, '<'],
];

/** "above 300", "more than 5%", "over $1,000", "exceed 100 million shares", "worse than 5%" (a drop). */
export function takeThreshold(r: Reading): Threshold | undefined {
  const m = r.take(/(>=|<=|>|<|\babove\b|\bover\b|\bmore than\b|\bgreater than\b|\bhigher than\b|\bexceed(?:ed|ing|s)?\b|\btop(?:ped|s)\b|\bbelow\b|\bunder\b|\bless than\b|\blower than\b|\bbeneath\b|\bat least\b|\bat most\b|\bworse than\b|\bby more than\b|\bbeyond\b)\s*(?:of\s+)?\$?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(%|percent\b|pct\b|k\b|m\b|mm\b|million\b|b\b|bn\b|billion\b|thousand\b)?/);
  if (!m) return undefined;
  const word = (m[1] as string).trim();
  const op = OPS.find(([re]) => re.test(word))?.[1] ?? '>';
  const unit = m[3] ?? '';
  const scale = /^(k|thousand)$/.test(unit) ? 1e3 : /^(m|mm|million)$/.test(unit) ? 1e6 : /^(b|bn|billion)$/.test(unit) ? 1e9 : 1;
  const value = Number((m[2] as string).replace(/,/g, '')) * scale;
  const percent = /^(%|percent|pct)$/.test(unit);
  if (word === 'worse than') return { op: '<', value: -Math.abs(value), percent };
  return { op, value, percent };
}

/** Joining words of a comparison of two named things: "A vs B", "Q2 stacked up against Q1". */
export const VERSUS = /\b(?:vs\.?|versus|against|compared (?:to|with)|compare|comparing|relative to|stack(?:s|ed)? up (?:against|to|with))\b/;

/** "A vs B", "the close on D1 versus the close on D2": the joining words, when two things are named. */
export function takeVersus(r: Reading): void {
  if (r.symbols.length >= 2 || r.times.length === 2) r.takeAll(VERSUS);
}

/** "the close of D", "close on D", "the D close": the closes a change is measured between, when two days are named. */
export function takeNamedCloses(r: Reading): void {
  if (r.times.length !== 2) return;
  r.takeAll(/\b(?:the\s+)?(?:close|closing price)(?:\s+(?:of|on))?(?=\s+⟨t⟩)/);
  r.takeAll(/(?<=⟨t⟩\s+)(?:close|closing price)\b/);
}

/** "top 3", "5 worst", "the three cheapest": how many rows were asked for. */
export function takeCount(r: Reading): number | undefined {
  const m =
    r.take(new RegExp(`\\b(?:top|bottom|first|last|latest|newest|recent|most recent|best|worst|biggest|largest|smallest|highest|lowest) ${NUMBER}\\b(?![- ]?(?:day|week|month|year|minute|session)s?\\b)`)) ??
    r.take(new RegExp(`\\b${NUMBER} (?=(?:\\w+ ){0,3}(?:stocks|symbols|tickers|companies|names|etfs|funds|gainers|losers|performers|days|sessions|rows|prices|closes|moves|gains|drops|entries|bars|minutes|highest|lowest|widest|biggest|largest|best|worst|cheapest|most|least|daily))`));
  if (!m) return undefined;
  const raw = (m[0].match(new RegExp(NUMBER)) ?? [])[0] as string;
  const n = toNumber(raw);
  return n >= 1 && n <= 1000 ? n : undefined;
}

/** Moving-average lengths: "50-day", "200 day", "50-DMA", "the 50 and 200 day averages". */
export function takeLengths(r: Reading): number[] {
  const out: number[] = [];
  for (;;) {
    const m = r.take(/\b(\d{1,3}) (?:and|&|or|vs\.?) (\d{1,3})[- ]?(?:day|d|session)s?\b/) ?? r.take(/\b(\d{1,3})[- ]?(?:day|d|session|dma|sma|ma)s?\b/) ?? r.take(/\b(?:ma|sma|dma) ?(\d{1,3})\b/);
    if (!m) break;
    for (const g of [m[1], m[2]]) if (g) out.push(Number(g));
  }
  return [...new Set(out.filter((n) => n >= 2 && n <= 400))];
}
