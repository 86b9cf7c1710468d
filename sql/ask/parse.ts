// Question → Plan. Rule-based: no network, no model. Screens first (SQL or shell, measures the data lacks), then
// names and times, then the families in order; a reading that leaves a content word unused is not an answer.

import { EXAMPLES, FAMILIES } from './families/index.js';
import type { ParseContext } from './families/family.js';
import { confidentCorrection, editDistance, fuzzyCompanies, resolveNames, shareNoun } from './names.js';
import { isPlan, type NotUnderstood, type Plan } from './plan.js';
import { fillerSlip, isFiller, Reading } from './reading.js';
import { DATA_HOLDS, hostile, outOfScope } from './screen.js';
import { spellOut } from './shorthand.js';
import { findClock } from './clock.js';
import { findTimes, sayYears, type TimeMatch } from './time.js';

export type { ParseContext } from './families/family.js';
export { EXAMPLES } from './families/index.js';

/** Capitalised words that are not tickers: a question may hold them without naming a company. */
const NOT_TICKERS = new Set(['IPO', 'CEO', 'GDP', 'CPI', 'FOMC', 'FED', 'USA', 'UK', 'EU', 'ETF', 'VWAP', 'OHLC', 'OHLCV', 'ET', 'EST', 'EDT', 'NY', 'NYC', 'SMA', 'DMA', 'MA', 'ATH', 'YTD', 'MTD', 'QTD', 'WTD', 'YOY', 'MOM', 'QOQ', 'WOW', 'AM', 'PM', 'US', 'USD', 'OK', 'I', 'A', 'H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4', 'CSV', 'JSON', 'SQL', 'NASDAQ', 'NYSE', 'S', 'P', 'ALL', 'IT', 'ON', 'OR', 'AN', 'THE', 'AND', 'TO', 'IN', 'OF', 'FOR', 'IS', 'BY', 'AT', 'DAY', 'HIGH', 'LOW', 'OPEN', 'CLOSE', 'VOLUME', 'TOP', 'MAX', 'MIN', 'AVG', 'SUM', 'DMAS', 'SMAS', 'MAS', 'VS']);

/** Question words a misspelling is checked against (names are checked against the companies table). */
const QUESTION_WORDS = `average volume volatility volatile correlation correlated sessions session highest lowest return returns change
  between moving streak trading closing opening percent percentage maximum minimum median total daily weekly monthly
  quarterly yearly gainers losers performers performing performance biggest largest smallest widest heaviest range prices
  price close closed opened stocks symbols tickers companies crossover crossed golden record distance drawdown candle
  weighted minute minutes compare compared versus latest recent history available consecutive winning losing decline
  declines drops gains exceed above below higher lower quarter month year week first cheapest expensive traded shares
  standard deviation deviation cross crosses average moving session sessions candlestick intraday opening gapped
  weekly starting through minimum maximum volatility previous closing january february march april june july august
  september october november december`.split(/\s+/);

/** The one question word a misspelt word stands for (one edit for 5-7 letters, two from 8), if it is clear. */
function correctWord(w: string): string | undefined {
  const slip = QUESTION_WORDS.includes(w) || MEANINGFUL.has(w) ? undefined : fillerSlip(w);
  if (slip) return slip; // "how mcuh", "dose it cover"
  if (w.length < 5 || QUESTION_WORDS.includes(w) || isFiller(w)) return undefined; // "across" is not "cross"
  // A question word with an ending is a word of its own, not a typo: "recorded" is not "record".
  if (QUESTION_WORDS.some((q) => w.startsWith(q) && /^(?:s|es|d|ed|ing|er|ers|ly)$/.test(w.slice(q.length)))) return undefined;
  const max = w.length >= 8 ? 2 : 1;
  const near = [...new Set(QUESTION_WORDS)].map((q) => ({ q, d: editDistance(w, q) })).filter((x) => x.d <= max);
  const best = Math.min(...near.map((x) => x.d));
  const top = near.filter((x) => x.d === best);
  return top.length === 1 ? top[0]?.q : undefined;
}

/** Words a preamble may not hold: if it says one, it is part of the question, read (and refused) with it. */
const MEANINGFUL = new Set([...QUESTION_WORDS, 'open', 'high', 'low', 'gap', 'gaps', 'vwap', 'ohlc', 'candle', 'bar', 'bars', 'ma', 'sma', 'dma', 'adjusted', 'not', 'no', 'only', 'except', 'excluding', 'without', 'instead']);

/**
 * The context said before a question ("My boss keeps asking about the yen. By how much did FXY gap …", "For a memo:
 * how many …"): the text before its last sentence, when that text holds none of the words the engine reads. It is
 * an aside: answered around, and named back.
 */
function preamble(q: string): string | undefined {
  const cuts = [...q.matchAll(/(?:[.;:!?]|\s[-–—]{1,2})\s+(?=\S)/g)];
  const cut = cuts.at(-1);
  if (!cut || cut.index === undefined) return undefined;
  const [head, tail] = [q.slice(0, cut.index), q.slice(cut.index + cut[0].length)];
  if (tail.split(/\s+/).filter(Boolean).length < 3) return undefined;
  const words = head.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.some((w) => MEANINGFUL.has(w)) ? undefined : head;
}

/**
 * A preamble that is part of the question: it sets two names against each other ("Netflx vs Tesla: …"), or holds a
 * misspelt name the question may be about. Names spelt right are read wherever they are.
 */
function partOfQuestion(text: string, ctx: ParseContext): boolean {
  if (/\b(?:vs\.?|versus|against)\b/i.test(text)) return true;
  const words = text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 5 && !QUESTION_WORDS.includes(w));
  return fuzzyCompanies(words, ctx.companies).some(({ word, candidates }) => candidates.every((c) => c.distance > 0) && confidentCorrection(word, candidates.filter((c) => ctx.dataSymbols.has(c.symbol)))?.length === 1);
}

/** A word that may change what is asked: one the engine reads, or a form of one ("closes", "excluded"). */
const STEMS = [...MEANINGFUL].filter((m) => m.length >= 4);
const meaningful = (w: string) => MEANINGFUL.has(w) || /^(?:exclud|includ|ignor|skip|adjust|split|dividend)/.test(w) || STEMS.some((m) => w.startsWith(m));

/**
 * What is said after the question ("… on July 19th 2016? I remember it being a bad day"): the sentences after the
 * first one, when they hold no word the engine reads, no number and no name. An aside, named back.
 */
function postamble(q: string, ctx: ParseContext): string | undefined {
  const said = afterQuestion(q, ctx);
  return said && !said.tail.toLowerCase().split(/[^a-z]+/).some(meaningful) ? said.tail : undefined;
}

/** The sentences after the first one ("Hi! Could you …? My dad …"), when they hold no number, time or name. */
function afterQuestion(q: string, ctx: ParseContext): { head: string; tail: string } | undefined {
  // The first sentence end after a question of three words or more.
  const cut = [...q.matchAll(/[?.!]\s+(?=\S)/g)].find((c) => (c.index ?? 0) > 0 && (q.slice(0, c.index).split(/[?.!]\s+/).at(-1) ?? '').split(/\s+/).filter(Boolean).length >= 3);
  if (!cut || cut.index === undefined) return undefined;
  const [head, tail] = [q.slice(0, cut.index), q.slice(cut.index + cut[0].length)];
  if (!head || /\d|⟨[tc]⟩/.test(tail) || resolveNames(tail, ctx.companies, ctx.dataSymbols).matches.length || partOfQuestion(tail, ctx)) return undefined;
  return { head: `${head}${cut[0].trim()}`, tail };
}

/** Words after a question that narrow it, widen it or ask for more: such a sentence is never a mere comment. */
const CHANGES_WHAT_IS_ASKED = /\b(?:not|no|only|except|exclud\w*|includ\w*|without|instead|ignor\w*|skip\w*|adjust\w*|split\w*|dividends?|but|rather|also|too|plus|add\w*|what about|how about|as well|either|each|every|per|separately|both)\b/;
/** The measures and statistics a comment may name: only those the reading of the question already answers. */
const MEASURE_STEMS = /\b(open|high|low|clos|volum|vwap|return|gap|range|ohlc|candle|volatil|averag|mean|median|total|sum|correl|percent|change|moving)\w*/g;

/** Stems that name one thing: a comment's "sum" restates a reading's "total". */
const SAME_STEMS: Record<string, string[]> = { sum: ['sum', 'total'], total: ['sum', 'total'], mean: ['mean', 'averag'], averag: ['mean', 'averag'], percent: ['percent', '%', 'change', 'return'], change: ['change', 'return', '%'] };

/**
 * A comment after the question that restates it or chats ("Just the sum of the daily volumes is fine", "That dip
 * looked scary"): the question is read alone, when the comment names no measure that reading does not already
 * answer and nothing that narrows, widens or adds to it. Named back.
 */
function readAlone(q: string, ctx: ParseContext, read: (text: string) => Plan | NotUnderstood): Plan | undefined {
  const said = afterQuestion(q, ctx);
  if (!said || CHANGES_WHAT_IS_ASKED.test(said.tail.toLowerCase())) return undefined;
  const plan = read(said.head);
  if (!isPlan(plan)) return undefined;
  const answered = `${plan.restatement} ${plan.used.join(' ')}`.toLowerCase();
  const named = [...said.tail.toLowerCase().matchAll(MEASURE_STEMS)].map((m) => m[1] as string);
  if (!named.every((stem) => (SAME_STEMS[stem] ?? [stem]).some((s) => answered.includes(s)))) return undefined;
  plan.notes.push(`not used (a comment): ${said.tail.trim()}`);
  return plan;
}

/**
 * Words that only say what a named day was: "on Aug 5, 2024, the day of the carry-trade unwind", "from the Brexit
 * vote close on June 23, 2016". The date says when; the words are named back as an aside, when none is one the
 * engine reads and none names a company.
 */
function eventAsides(q: string, ctx: ParseContext): string[] {
  const found = [
    ...[...q.matchAll(/⟨t⟩\s*,\s*(?:which\s+was\s+)?(the\s+(?:day|session|week|month)\s+(?:of|after|before|following|when)\s+[^,.?!;()⟨]*)/gi)].map((m) => m[1] as string),
    // "on the morning after the Brexit vote, 2016-06-24": the day named by its event, then by its date.
    ...[...q.matchAll(/\b(the\s+(?:day|morning|session)\s+(?:of|after|before|following)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Za-z'’-]+){0,2})\s*,\s*(?=⟨t⟩)/g)].map((m) => m[1] as string),
    // "On Brexit day, June 24th 2016, …", "from the Brexit vote close on June 23": an event's name, capitalised.
    ...[...q.matchAll(/(?:^|\b[Oo]n\s+)([A-Z][\w'’-]*\s+(?:[A-Za-z'’-]+\s+)?[Dd]ay)\s*,?\s*(?=⟨t⟩)/g)].map((m) => m[1] as string),
    ...[...q.matchAll(/\bthe\s+([A-Z][\w'’-]*\s+(?:[A-Za-z'’-]+\s+){0,2}?)(?=(?:(?:close|closing price|open|opening price)\s+(?:on|of)\s+)?⟨t⟩)/g)].map((m) => m[1] as string),
  ];
  return found.filter((text) => {
    const words = text.toLowerCase().replace(/^the\s+(?:day|morning|session|week|month)\s+\w+\s+/, '').split(/[^a-z]+/).filter(Boolean);
    return words.length > 0 && !words.some(meaningful) && !resolveNames(text, ctx.companies, ctx.dataSymbols).matches.length;
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const list = (s: string[]) => (s.length <= 1 ? (s[0] ?? '') : `${s.slice(0, -1).join(', ')} and ${s[s.length - 1]}`);

function nearExamples(q: string, n = 3): string[] {
  const words = new Set(q.toLowerCase().split(/\W+/).filter((w) => w.length > 2));
  return EXAMPLES.map((e, i) => ({ e, i, score: e.toLowerCase().split(/\W+/).filter((w) => words.has(w)).length }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, n)
    .map((x) => x.e);
}

const refuse = (problem: string, refusal: NotUnderstood['refusal'], suggestions: string[]): NotUnderstood => ({ problem, refusal, suggestions });

/** Replaces the spans of the question that named times with ⟨t⟩ (from the end, so indexes hold). */
function maskTimes(q: string, spans: { index: number; text: string }[]): string {
  let out = q;
  for (const s of [...spans].sort((a, b) => b.index - a.index)) out = `${out.slice(0, s.index)} ⟨t⟩ ${out.slice(s.index + s.text.length)}`;
  return out;
}

interface Names {
  symbols: string[];
  text: string;
  sector?: string;
  notes: string[];
}

/** Words that make "shares" a count of shares traded, said before it ("how many shares") or after ("shares traded"). */
const COUNTED = /(?:how many|number of|volume of|million|thousand|total|average|avg|most|fewest|least|more|fewer|\d)\s+$/;
const TRADED = /^\s+(?:were\s+|was\s+)?(?:traded|changed hands|exchanged|volume|outstanding)\b/;

/**
 * "IBM shares", "shares of IBM": the stock itself, not its volume, unless the shares are counted or traded; "the
 * iShares India fund": the name and what it is.
 */
function stockShares(text: string): string {
  return text
    .replace(/⟨s⟩ (?:etf|fund|trust)\b/g, '⟨s⟩').replace(/⟨s⟩ shares\b|\bshares of ⟨s⟩/g, (m, at: number, all: string) => (COUNTED.test(all.slice(0, at)) || TRADED.test(all.slice(at + m.length)) ? m : '⟨s⟩'));
}

/** Companies and tickers → symbols, in the order named; their words become ⟨s⟩ in the text. */
function readNames(masked: string, ctx: ParseContext): Names | NotUnderstood {
  const names = resolveNames(masked.replace(/[:;!?]/g, ' '), ctx.companies, ctx.dataSymbols);
  const notes: string[] = [];
  let text = ` ${masked.toLowerCase()} `;
  const placed: { at: number; symbols: string[] }[] = [];
  for (const m of names.matches) {
    const words = m.text.toLowerCase().replace(/^\$/, '').split(/[^a-z0-9&$.-]+/).filter(Boolean);
    const re = new RegExp(`(?<![a-z0-9])\\$?${words.map(escape).join("[\\s.,'’()&-]+")}(?:'s|’s|s')?(?![a-z0-9])`);
    const at = re.exec(text);
    let symbols = m.symbols;
    if (symbols.length > 1) {
      // "Google": GOOG or GOOGL. When only one has data, that one, said so; else asked back.
      const withData = symbols.filter((s) => ctx.dataSymbols.has(s));
      if (withData.length === 1) {
        notes.push(`read "${m.text}" as ${withData[0]} (the only one of ${symbols.join(', ')} with data)`);
        symbols = withData;
      } else {
        const options = symbols.map((s) => `${s} (${ctx.companies.find((c) => c.symbol === s)?.name ?? s})`);
        return refuse(`"${m.text}" could mean ${list(options)}: which one?`, 'ambiguous', symbols.map((s) => masked.replace(new RegExp(escape(m.text), 'i'), s)));
      }
    }
    if (at) {
      placed.push({ at: at.index, symbols });
      text = `${text.slice(0, at.index)} ⟨s⟩ ${text.slice(at.index + at[0].length)}`;
    } else placed.push({ at: Number.MAX_SAFE_INTEGER, symbols });
  }
  const symbols: string[] = [];
  for (const p of placed.sort((a, b) => a.at - b.at)) for (const s of p.symbols) if (!symbols.includes(s)) symbols.push(s);
  // "the three ETFs": the funds' own word stays, read as "stocks" are; a sector's words are said by the sector.
  if (names.sector) text = text.replace(new RegExp(`\\b${escape(names.sector.text)}\\b`), names.sector.name === 'ETF' ? ' etfs ' : ' ');
  return { symbols, text: stockShares(text.replace(/\s+/g, ' ').trim()), sector: names.sector?.name, notes };
}

function noData(symbols: string[], ctx: ParseContext): NotUnderstood | undefined {
  const missing = symbols.filter((s) => !ctx.dataSymbols.has(s));
  if (!missing.length) return undefined;
  const named = missing.map((s) => {
    const c = ctx.companies.find((x) => x.symbol === s);
    return c ? `${c.name} (${s})` : s;
  });
  return refuse(`there is no data for ${list(named)}: replay its file first (stockctl replay FILE); the data holds ${[...ctx.dataSymbols].sort().slice(0, 20).join(', ')}${ctx.dataSymbols.size > 20 ? ', …' : ''}`, 'unknown-symbol', []);
}

/** Tries each family; the first reading that uses every content word wins. */
function readFamilies(base: Reading, ctx: ParseContext): { plan?: Plan; leftover?: string[]; family?: string } {
  let nearest: { leftover: string[]; family: string } | undefined;
  for (const f of FAMILIES) {
    const r = base.fork();
    const read = f.read(r, ctx);
    if (!read) continue;
    if ('problem' in read) return { leftover: [], family: f.name };
    const all = r.leftover();
    // An aside naming two days ("(Jan 2 to Jan 9)") may say another window: left unread, the answer could be to
    // another question. One day ("(Nov 8)", "(through Nov 10)") restates the question's own.
    const dated = (a: string) => (a.match(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}/gi) ?? []).length >= 2;
    const aside = new Set(base.asides.filter((a) => !dated(a)).flatMap((a) => a.toLowerCase().split(/[^a-z0-9%$&'.-]+/).flatMap((w) => [w, ...w.split('-')])));
    const left = all.filter((w) => !aside.has(w));
    const notes = all.length > left.length ? [`not used (an aside): ${all.filter((w) => aside.has(w)).join(' ')}`] : [];
    if (left.length === 0) return { plan: { ...read, family: f.name, notes, used: r.used } };
    if (!nearest || left.length < nearest.leftover.length) nearest = { leftover: left, family: f.name };
  }
  return nearest ?? {};
}

/**
 * "in Q1 2017, measured from the Dec 30, 2016 close to the Mar 31, 2017 close": a period restated as a range of
 * named closes is that range (the period's words are read as said by it).
 */
function restated(times: TimeMatch[]): TimeMatch[] {
  const range = times.find((t) => t.window.anchored && t.window.from && t.window.to && !t.window.day);
  if (!range) return times;
  const { from, to } = range.window as { from: string; to: string };
  return times.filter((t) => t === range || Boolean(t.window.day) || !t.window.from || !t.window.to || t.window.to < from || t.window.from > to);
}

/**
 * "the last 4 sessions of Coca-Cola ending on 2016-12-30", "last 3 trading days of TSLA up to Nov 10 2017": the
 * sessions counted back from that day, one window (said apart, the name between them).
 */
function sessionsUpTo(times: TimeMatch[]): TimeMatch[] {
  const [a, b] = times;
  if (times.length !== 2 || !a?.window.tradingDays || a.window.day || !b?.window.before || !b.window.to) return times;
  const n = a.window.tradingDays;
  return [{ ...a, window: { to: b.window.to, tradingDays: n, label: `${a.text}, ${b.text} → the ${n} trading days up to ${b.window.to}` } }];
}

/** Days a symbol's data may end before the newest date and still have "last month" count from the newest date. */
const STALE_DAYS = 45;

export function parseQuestion(question: string, ctx: ParseContext): Plan | NotUnderstood {
  const plan = parseWith(question, ctx);
  if (!isPlan(plan) || !plan.symbols.length || !ctx.lastDay) return plan;
  // "Apple's last 5 days" when Apple's data ends in 2017: relative times count from Apple's newest session.
  const last = plan.symbols.map((s) => ctx.lastDay?.get(s)).filter((d): d is string => Boolean(d)).sort().at(-1);
  if (!last || Date.parse(ctx.data.newest) - Date.parse(last) <= STALE_DAYS * 86_400_000) return plan;
  const again = parseWith(question, { ...ctx, data: { ...ctx.data, newest: last } });
  if (!isPlan(again)) return plan;
  if (JSON.stringify(again.window) !== JSON.stringify(plan.window)) again.notes.push(`relative dates count from ${last}, the newest session of ${plan.symbols.join(', ')}`);
  return again;
}

function parseWith(question: string, ctx: ParseContext): Plan | NotUnderstood {
  const original = question.replace(/\s+/g, ' ').trim();
  if (!original) return refuse('the question is empty', 'not-understood', EXAMPLES.slice(0, 3));
  if (original.length > 300) return refuse('the question is longer than 300 characters', 'not-understood', nearExamples(original));
  if (hostile(original)) return refuse('this reads as a database or shell command, not a question about prices: ask reads questions only, and never runs what is typed', 'hostile', EXAMPLES.slice(0, 3));
  const scope = outOfScope(original);
  if (scope) return refuse(`the data does not hold ${scope}: ${DATA_HOLDS}`, 'out-of-scope', nearExamples(original));

  // "intc/amd": two tickers with data joined by a slash are two names (dates and "p/e" never reach here as such).
  const spelled = shareNoun(spellOut(original), ctx.companies).replace(/\b([A-Za-z]{1,5})\/([A-Za-z]{1,5})\b/g, (all, a: string, b: string) => (ctx.dataSymbols.has(a.toUpperCase()) && ctx.dataSymbols.has(b.toUpperCase()) ? `${a} and ${b}` : all));
  const dated = sayYears(spelled, ctx.data);
  const found = findTimes(dated, ctx.data);
  let masked = maskTimes(dated, found);
  // "on Black Monday, 19 Oct 1987": one day said twice is one time.
  const said = found.filter((t) => !t.restates);
  const times = sessionsUpTo(restated(said.filter((t, i) => !said.slice(0, i).some((o) => JSON.stringify({ ...o.window, label: '' }) === JSON.stringify({ ...t.window, label: '' })))));
  const clock = findClock(masked);
  for (const text of clock ? [clock.text, ...(clock.also ?? [])] : []) {
    const at = masked.toLowerCase().indexOf(text);
    masked = `${masked.slice(0, at)} ⟨c⟩ ${masked.slice(at + text.length)}`;
  }
  // Asides in parentheses, such as "(Lehman day)": their unknown words are named back, not refused.
  const asides = [...masked.matchAll(/\(([^()]*)\)/g)].map((m) => m[1] as string);
  const before = preamble(masked);
  if (before && !partOfQuestion(before, ctx)) asides.push(before);
  const after = postamble(masked, ctx);
  if (after && after !== before) asides.push(after);
  asides.push(...eventAsides(masked, ctx));

  const read = (text: string, notes: string[]): Plan | NotUnderstood => {
    const names = readNames(text, ctx);
    if ('problem' in names) return names;
    const missing = noData(names.symbols, ctx);
    if (missing) return missing;
    const unknownTicker = [...text.matchAll(/(?<![\w$])\$?([A-Z][A-Z0-9]{1,4})(?![\w])/g)]
      .map((m) => m[1] as string)
      .find((t) => !NOT_TICKERS.has(t) && !names.symbols.includes(t) && new RegExp(`\\b${t.toLowerCase()}\\b`).test(names.text));
    if (unknownTicker) return refuse(`there is no data for ${unknownTicker}: replay its file first (stockctl replay FILE)`, 'unknown-symbol', []);
    const reading = new Reading(original, names.text, names.symbols, times, clock, names.sector, asides);
    const found = readFamilies(reading, ctx);
    if (found.plan) {
      found.plan.notes.push(...notes, ...names.notes);
      return found.plan;
    }
    return refuse(
      found.leftover?.length ? `not understood: ${found.leftover.map((w) => `"${w}"`).join(', ')}${found.family ? ` (the rest reads as a question about ${found.family})` : ''}` : names.symbols.length || names.sector ? 'this kind of question is not one ask reads yet' : 'no company, ticker or kind of question found in it',
      'not-understood',
      nearExamples(original),
    );
  };

  const first = read(masked, []);
  if ('family' in first || first.refusal !== 'not-understood') return first;
  // A misspelt question word ("avrage", "volatilty"): read the one clear correction and try again, saying so.
  const fixes = masked
    .toLowerCase()
    .split(/[^a-z-]+/)
    .map((w) => ({ w, to: correctWord(w) }))
    .filter((f): f is { w: string; to: string } => Boolean(f.to));
  if (fixes.length) {
    let fixed = masked;
    for (const f of fixes) fixed = fixed.replace(new RegExp(`\\b${escape(f.w)}\\b`, 'i'), f.to);
    const again = read(fixed, fixes.map((f) => `read "${f.w}" as "${f.to}"`));
    if ('family' in again) return again;
  }
  // A misspelt company name ("Mircosoft"): read a clear one and try again, saying so.
  // A question word is not a misspelt name: "shares" is not iShares.
  const words = masked.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 5 && !QUESTION_WORDS.includes(w));
  for (const { word, candidates } of fuzzyCompanies(words, ctx.companies)) {
    const sure = confidentCorrection(word, candidates.filter((c) => ctx.dataSymbols.has(c.symbol)));
    if (sure?.length !== 1) continue;
    const c = sure[0] as { symbol: string; name: string };
    const again = read(masked.replace(new RegExp(`\\b${escape(word)}\\b`, 'i'), c.symbol), [`read "${word}" as ${c.name} (${c.symbol})`]);
    if ('family' in again) return again;
  }
  return readAlone(masked, ctx, (text) => read(text, [])) ?? first;
}
