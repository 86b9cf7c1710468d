// A question being read: its names and times already found, and an account of which words a family used.
// A family takes the words it understands; whatever content word is left was not understood, and the question
// is refused with that word named, never answered as a different question.

import type { ClockRange } from './clock.js';
import type { TimeMatch } from './time.js';

/** Words that carry no meaning of their own in a question about prices. */
const FILLER = new Set(
  `a an the of for on in at to by is was were are be been being did does do done what what's whats which who whose how me my i i'm
   we our you your please pls show give tell list get find report display provide could would can will shall there their its it
   it's that this these those as and or with per from into than then just also only all any some up down so
   day's stock stock's stocks ticker tickers symbol symbols company company's companies share shares data number
   value values figure level levels amount had has have having hit reach reached see let us look lookup check
   hey hi okay ok quick quickly exactly about around approximately roughly ever s teh hte waht only pls over during throughout within calendar pearson dataset database across inclusive q figures rounded fine approx approximately size post single overall compute calculate determine i'd like know want wondering curious coefficient sample percentage pull bring fetch grab them they plz i.e ie e.g eg & thanks thank
   need needs needed want wanted wanna kindly request requesting requested providing mind appreciate appreciated greatly
   interested trying try out actually really basically exact precise precisely specific specifically particular
   given respectively here full complete entire whole period timeframe time-frame span stretch much where
   when whenever print prints printed gave use using identify came going hello hiya howdy thx ty cheers sorry giving love suffer suffered u ur trading available group file files info information details inc corp corporation incorporated co ltd plc llc holdings
   name names dollars usd terms basis respective ones time measured measuring counted counting taken based recorded happen happened happens occur occurred occurs you've got percentage-wise percent-wise touched touch dollar sitting
   maybe perhaps wer brought where's how's when's very`
    .split(/\s+/)
    .filter(Boolean),
);

/** A word every question may hold without meaning anything ("across", "please"): never a misspelling of another. */
export const isFiller = (word: string) => FILLER.has(word);

/** The filler word a word of four letters or more is a slip of two neighbouring letters away from ("dose", "mcuh"). */
export function fillerSlip(word: string): string | undefined {
  if (word.length < 4 || FILLER.has(word)) return undefined;
  for (let i = 0; i + 1 < word.length; i++) {
    const swapped = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
    if (swapped !== word && FILLER.has(swapped)) return swapped;
  }
  return undefined;
}

export class Reading {
  /** Words not yet used, in the question's order (names, times and filler removed). */
  private left: string;
  readonly used: string[] = [];

  constructor(
    /** The question as asked. */
    readonly original: string,
    /** Lower case, with names replaced by ⟨s⟩ and times by ⟨t⟩, for the families' patterns. */
    readonly text: string,
    readonly symbols: string[],
    readonly times: TimeMatch[],
    readonly clock: ClockRange | undefined,
    readonly sector: string | undefined,
    /** Unknown words inside parentheses: an aside, named back rather than refused. */
    readonly asides: string[],
    left?: string,
  ) {
    this.left = left ?? text;
  }

  fork(): Reading {
    return new Reading(this.original, this.text, this.symbols, this.times, this.clock, this.sector, this.asides, this.left);
  }

  /** Whether the question says this (anywhere, used or not). */
  has(re: RegExp): boolean {
    return re.test(this.text);
  }

  /** Uses the first words matching the pattern, if they are still unused; returns the match. */
  take(re: RegExp): RegExpExecArray | undefined {
    const m = re.exec(this.left);
    if (!m) return undefined;
    this.used.push(m[0].trim());
    this.left = `${this.left.slice(0, m.index)} ${this.left.slice(m.index + m[0].length)}`;
    return m;
  }

  /** Uses every match of the pattern. */
  takeAll(re: RegExp): number {
    let n = 0;
    while (this.take(re)) n++;
    return n;
  }

  /** The question's window: its one time, or the span between two named days ("from the 2014 close to …"). */
  span(): TimeMatch['window'] | undefined {
    if (this.times.length === 1) return this.times[0]?.window;
    const [a, b] = this.times.map((t) => t.window);
    // "from the 12/31/2024 close to today's close": the first may also read as "from D on".
    const start = a?.day ?? (a?.anchored ? a.from : undefined);
    if (this.times.length !== 2 || !start || !b?.day || !a?.from) return undefined;
    const [from, to] = start < b.day ? [start, b.day] : [b.day, start];
    return { from, to, anchored: true, label: `${a.label}, ${b.label} → ${from} … ${to}` };
  }

  /** Content words nobody used. */
  leftover(): string[] {
    return this.left
      .replace(/\b(?:the\s+)?(?:calendar\s+)?year(?=\s+⟨t⟩)/g, ' ') // "calendar year 2014": the time says it
      .replace(this.clock || /\b(?:first|last|opening|closing)\s+\S+\s+minutes?\b/.test(this.text) ? /\b(?:(?:on|in)\s+)?(?:the\s+)?(?:morning|afternoon)(?:\s+of)?(?=\s+⟨t⟩)/g : /$^/g, ' ') // "the first five minutes on the morning of D"
      .replace(this.times.some((t) => t.window.anchored && !t.window.day) ? /\b(?:the\s+)?(?:summer|winter|spring|autumn|fall)(?:\s+of)?(?=\s+⟨t⟩)/g : /$^/g, ' ') // "the summer of 2023 (July 10 through October 16)": the dates say it
      .replace(/\b(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?(?:month|quarter|year)\s+of(?=\s+⟨t⟩)/g, ' ')
      // "For April 2025, … for the month?", "in 2015 … each month of that year": the one period named, said again.
      .replace(this.times.length === 1 && !this.times[0]?.window.day ? /\b(?:for|in|of|over|during)\s+(?:the|that|this)\s+(?:month|quarter|year|week|period)\b(?!\s+(?:before|after|prior))/g : /$^/g, ' ') // "the whole month of March 2016"
      .replace(/\b(?:the\s+)?(?:trading\s+)?(?:session|day)\s+(?:of|on)(?=\s+⟨t⟩)/g, ' ') // "on the session of 23 Sept 2008"
      .replace(/⟨t⟩\s+(?:through|thru|until|till|to)\s+(?:(?:the|close|closing|price|of|on)\s+)*(?=⟨t⟩)/g, '⟨t⟩ ') // the words between two named days
      .replace(/\bbetween(?=(?:\s+(?:the|its|their|close|closing|price|of|on))*\s+⟨t⟩)/g, ' ')
      .replace(/⟨[stc]⟩/g, ' ')
      // "of the stocks with prices on both days": a change across every stock counts those only, said already.
      .replace(/\b(?:(?:with|having)\s+)?(?:(?:prices|data|a close|closes)\s+)?(?:on|at|for)\s+both\s+(?:days|dates|ends|sessions)\b/g, ' ')
      .replace(/^\W*quick (?:one|question)\b/g, ' ')
      .replace(/\b(?:good (?:morning|afternoon|evening)|hi there|hey there|(?:sorry )?if this is a (?:silly|dumb|stupid|basic|naive) question(?:,? but)?|in order|(?:that |which )?(?:i|we) can (?:ask|query|look up)(?: about)?)\b/g, ' ')
      .replace(/\b(?:with |and )?(?:all|every) (?:the )?(?:columns?|fields)\b/g, ' ') // every row shows every column
      .replace(/\b(?:(?:has|have|had)\s+)?put\s+together\b|\bwill\s+do\b/g, ' ') // "the longest run it has put together"
      .replace(/\b(?:it|they|⟨s⟩|that|which)\s+(?:has\s+|had\s+)?traded\b(?!\s+(?:at|above|below|over|under|more|less|higher|lower)\b)/g, ' ') // "the last five sessions it traded"
      .replace(/\b(?:last|latest|past|recent)\s+few\b/.test(this.text) ? /\bfew\b/g : /$^/g, ' ') // "its last few closes": as many as the rows show
      // "if I'd bought it at the D1 close and sold at the D2 close": a change between two named closes, said as a trade.
      .replace(this.times.length === 2 ? /\bif\s+(?:i|you|we|someone|one)(?:'d|\s+had|\s+would\s+have)?\s+(?:bought|purchased|invested\s+in|buy)\b|\b(?:and\s+)?(?:then\s+)?(?:sold|sell|exited)\b/g : /$^/g, ' ')
      .replace(/\bi mean\b/g, ' ') // "I mean the standard deviation of its daily returns": a restatement
      .replace(/\b(?:and )?(?:on )?what (?:date|day) (?:is|was) (?:it|that)(?: from)?\b/g, ' ') // the rows show their dates
      .replace(/\bone (?:row )?(?:per|a|each) (?:month|quarter|year|week)\b|\bone\s*$/g, ' ') // "…, one per month"
      .replace(/\b(?:so far|thus far|to date|as of (?:its|the|their) (?:latest|last|most recent|newest) (?:trading )?(?:session|day|close))\b/g, ' ') // "as of now": the window already says when
      // Where the data is and how a window's edges count: said already by the window itself.
      .replace(/\b(?:(?:that\s+)?(?:(?:the\s+)?data(?:set)?\s+)?covers|on\s+(?:file|record)|(?:with\s+)?both\s+(?:(?:days|dates|ends)\s+)?(?:included|inclusive)|including\s+both(?:\s+(?:days|dates|ends))?|(?:you|we)\s+(?:hold|have|track|cover|follow|carry)|as\s+part\b(?:\s+of)?(?:\s+(?:that|this))?|along\s+with|(?:one|a|1)\s+(?:row|line)\s+(?:per|for\s+each|each|a)\s+(?:trading\s+)?(?:day|session|date)|(?:work|figure)\s+out|break(?:s|ing)?\s+(?:it\s+)?down|breakdown)/g, ' ')
      .replace(this.clock ? /\b(?:(?:of|in|during)\s+)?(?:the\s+)?regular\s+(?:trading\s+)?(?:session|hours)\b/g : /$^/g, ' ') // a clock window says it
      .split(/[^a-z0-9%$&'.-]+/)
      .map((w) => w.replace(/^['.-]+|['.-]+$/g, ''))
      .filter((w) => w && !FILLER.has(w) && !/^[.,%$-]+$/.test(w)); // a stray number is content: it meant something
  }

}
