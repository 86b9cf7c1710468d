// Company names, aliases, tickers and sectors in a question → symbols. Exact phrases first (longest wins:
// "tesla motors" over "tesla"), then tickers as written, then close misspellings of a name.

export interface CompanyName {
  symbol: string;
  name: string;
  aliases: string[];
  sector?: string | null;
}

export interface NameMatch {
  symbols: string[];
  /** The words of the question that named them. */
  text: string;
  /** Set when a misspelling was read as this name. */
  corrected?: string;
}

const LEGAL = /\b(inc|corp|corporation|co|company|companies|the|ltd|plc|class|group|holdings)\b/g;

export const normName = (s: string) =>
  s
    .toLowerCase()
    .replace(/[.,'’()!]/g, ' ')
    .replace(/&/g, ' and ')
    .replace(LEGAL, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Damerau–Levenshtein distance (with transpositions), for typos such as "Micorsoft". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** How many typos a word of this length may carry and still be read as a name. */
const tolerance = (len: number) => (len >= 8 ? 2 : len >= 5 ? 1 : 0);

export const SECTORS: Record<string, string[]> = {
  'Information Technology': ['information technology', 'technology', 'tech', 'it sector'],
  'Communication Services': ['communication services', 'communications', 'telecom', 'media'],
  'Consumer Discretionary': ['consumer discretionary', 'discretionary', 'retail'],
  'Consumer Staples': ['consumer staples', 'staples'],
  Energy: ['energy', 'oil and gas'],
  Financials: ['financials', 'financial', 'banks', 'banking', 'finance'],
  'Health Care': ['health care', 'healthcare', 'pharma', 'biotech'],
  Industrials: ['industrials', 'industrial'],
  Materials: ['materials'],
  'Real Estate': ['real estate', 'reits', 'reit'],
  Utilities: ['utilities', 'utility'],
  // Not a sector: what the companies table files exchange-traded funds under, read the same way ("the three ETFs").
  ETF: ['etfs', 'exchange traded funds', 'exchange-traded funds'],
};

export interface Resolution {
  matches: NameMatch[];
  sector?: { name: string; text: string };
  /** The question with every name and ticker taken out (for the rest of the parser). */
  rest: string;
}

/** Words that are tickers but, written in capitals, far more often mean themselves. */
const COMMON_CAPS = new Set(['A', 'I', 'ALL', 'IT', 'ON', 'OR', 'AN', 'ARE', 'NOW', 'KEY', 'LOW', 'HAS', 'SO', 'BE', 'GO', 'BY', 'AM', 'PM', 'RE', 'ED', 'ES', 'EL', 'CE', 'IP', 'MA', 'MO', 'TAP', 'SEE', 'DOW', 'MAX', 'MIN', 'AVG', 'SUM', 'YTD', 'MTD', 'QTD', 'VWAP', 'USD', 'ETF', 'SQL']);

/** Short English words that are also tickers: written in lower case they are the word, not the company. */
const ENGLISH = new Set(['a', 'an', 'am', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we', 'all', 'are', 'now', 'key', 'low', 'cost', 'well', 'fast', 'has', 'peak', 'see', 'tap', 'ice', 'cat', 'tech', 'bio', 'reg', 'hold', 'hope', 'main', 'post', 'safe', 'tell', 'true', 'real', 'life', 'love', 'play', 'site', 'cash', 'car', 'ago', 'day', 'big', 'best', 'max', 'min', 'avg', 'sum', 'ytd', 'mtd', 'qtd', 'vwap', 'ma', 'mom', 'yoy', 'top', 'why', 'how', 'can', 'any', 'one', 'two', 'for', 'man', 'new', 'old', 'run', 'win', 'pm', 'el', 'es', 're', 'ed', 'ce', 'ip', 'mo', 'dow', 'low', 'gap', 'gaps', 'bars', 'rank', 'days', 'data', 'ups', 'wk', 'mar', 'nov']);

/** Names that are also words a question about prices uses; read as names only when capitalised. */
const WORDS_FIRST = new Set(['gap', 'target', 'nov', 'news', 'pool', 'progressive', 'southern', 'ball', 'booking', 'discovery', 'ti', 'visa', 'match', 'waters', 'dover', 'regions', 'principal', 'general', 'public', 'global', 'united', 'national', 'ups']);

export function resolveNames(question: string, companies: CompanyName[], dataSymbols: Set<string>): Resolution {
  const phrases = new Map<string, Set<string>>();
  const add = (phrase: string, symbol: string) => {
    const key = normName(phrase);
    if (!key) return;
    if (!phrases.has(key)) phrases.set(key, new Set());
    phrases.get(key)?.add(symbol);
  };
  for (const c of companies) {
    add(c.name, c.symbol);
    for (const a of c.aliases) add(a, c.symbol);
  }
  const known = new Set([...companies.map((c) => c.symbol), ...dataSymbols]);
  const found: NameMatch[] = [];
  let rest = question;

  // Tickers as written: $tsla always; TSLA in capitals unless it is a common capitalised word.
  rest = rest.replace(/\$([A-Za-z][A-Za-z0-9.-]{0,9})\b/g, (all, t: string) => {
    const sym = t.toUpperCase();
    if (!known.has(sym)) return all;
    found.push({ symbols: [sym], text: all });
    return ' ';
  });
  // "iShares MSCI India ETF": a ticker inside a longer name the question says is that name's word, not a ticker.
  // The names of several words the question says, found once (only when a ticker is met).
  let said: string[] | undefined;
  const inName = (word: string) => {
    if (!said) {
      const whole = ` ${normName(question)} `;
      said = [...phrases.keys()].filter((p) => p.includes(' ') && whole.includes(` ${p} `));
    }
    return said.some((p) => ` ${p} `.includes(` ${word} `));
  };
  rest = rest.replace(/\b[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z])?\b/g, (word, offset: number) => {
    const sym = word.toUpperCase();
    if (!known.has(sym) || inName(word.toLowerCase())) return word;
    if (word === sym) {
      if (COMMON_CAPS.has(word)) return word;
      if (word.length === 1 && offset === 0) return word; // "A …" opening a sentence
    } else if (word.length < 2 || ENGLISH.has(word.toLowerCase()) || phrases.has(word.toLowerCase())) {
      // Lower case: "tsla" is Tesla, but "all", "key" or "apple" (a name, matched below) stay words.
      return word;
    }
    found.push({ symbols: [sym], text: word });
    return ' ';
  });

  // Company names and aliases, longest phrase first.
  let text = ` ${normName(rest)} `;
  for (const phrase of [...phrases.keys()].sort((a, b) => b.length - a.length)) {
    const needle = ` ${phrase} `;
    // "gap", "target", "news": words of a question first; a name only when written as one ("Gap Inc", "GPS").
    if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)$/.test(phrase) && new RegExp(`\\b${phrase}\\.? \\d`, 'i').test(question)) continue; // "Nov 10": a date
    // A capital at the start of a sentence says nothing: "Gap at the open for FXY" is the gap.
    if (WORDS_FIRST.has(phrase) && !new RegExp(`(?<!^\\s*|[.!?:]\\s*)\\b${phrase[0]?.toUpperCase()}${phrase.slice(1)}\\b`).test(question)) continue;
    while (text.includes(needle)) {
      found.push({ symbols: [...(phrases.get(phrase) ?? [])].sort(), text: phrase });
      text = text.replace(needle, ' | ');
    }
  }
  // Possessives: "tesla's" was normalised to "tesla s".
  text = text.replace(/ \| s /g, ' | ');

  let sector: Resolution['sector'];
  for (const [name, words] of Object.entries(SECTORS)) {
    for (const w of words.sort((a, b) => b.length - a.length)) {
      const re = new RegExp(`\\b${w}\\b(?: (?:sector|stocks|companies|names))?`);
      const m = re.exec(text);
      if (m && !sector) {
        sector = { name, text: m[0] };
        text = text.replace(m[0], ' ');
      }
    }
  }
  return { matches: found, sector, rest: text.replace(/\|/g, ' ').replace(/\s+/g, ' ').trim() };
}

/** Words of the question that may be a misspelt name: long, and not vocabulary the parser knows. */
export function fuzzyCompanies(words: string[], companies: CompanyName[]): { word: string; candidates: { symbol: string; name: string; distance: number }[] }[] {
  const out: { word: string; candidates: { symbol: string; name: string; distance: number }[] }[] = [];
  for (const word of words) {
    if (word.length < 4) continue;
    const candidates: { symbol: string; name: string; distance: number }[] = [];
    for (const c of companies) {
      let best = Infinity;
      // A word stands for a name by its first word ("tesla" for Tesla Motors), never by a later one: "life"
      // is not Globe Life.
      for (const phrase of [c.name, ...c.aliases]) {
        const token = normName(phrase).split(' ')[0] ?? '';
        if (token.length < 4) continue;
        best = Math.min(best, editDistance(word, token));
      }
      if (best <= Math.max(tolerance(word.length), 2)) candidates.push({ symbol: c.symbol, name: c.name, distance: best });
    }
    if (candidates.length) out.push({ word, candidates: candidates.sort((a, b) => a.distance - b.distance || a.symbol.localeCompare(b.symbol)) });
  }
  return out;
}

/** A misspelling close enough to read as the name without asking (one candidate within tolerance). */
export function confidentCorrection(word: string, candidates: { symbol: string; name: string; distance: number }[]) {
  const within = candidates.filter((c) => c.distance <= tolerance(word.length));
  const best = within[0];
  if (!best) return undefined;
  const tied = within.filter((c) => c.distance === best.distance);
  // Google's two share classes tie on purpose: that is asked back, not guessed.
  return tied.length === 1 || new Set(tied.map((c) => c.name.replace(/ \(.*\)$/, ''))).size === 1 ? tied : undefined;
}

/**
 * "the India, yen and base metals ETFs": a list of names sharing one plural noun is each name with that noun
 * ("India ETF, yen ETF and base metals ETF"), when every one of them is then a name the companies table knows.
 */
export function shareNoun(question: string, companies: CompanyName[]): string {
  let known: Set<string> | undefined; // built only for a question that holds such a list
  const item = "[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,2}";
  const sep = '(?:\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+)';
  const list = new RegExp(`\\b(${item}(?:${sep}${item}){1,5})\\s+(ETFs|funds|trusts)\\b`, 'gi');
  return question.replace(list, (all, items: string, noun: string) => {
    known ??= new Set(companies.flatMap((c) => [c.name, ...c.aliases].map(normName)));
    const one = noun.slice(0, -1);
    const parts = items.split(new RegExp(sep));
    const named = parts.map((p) => {
      const words = p.split(' ');
      // The longest end of the item that is a name with the noun: "the India" is "the" and "India ETF".
      for (let i = 0; i < words.length; i++) if (known?.has(normName(`${words.slice(i).join(' ')} ${one}`))) return `${words.slice(0, i).join(' ')} ${words.slice(i).join(' ')} ${one}`.trim();
      return undefined;
    });
    if (named.some((n) => n === undefined)) return all;
    const seps = [...items.matchAll(new RegExp(sep, 'g'))].map((m) => m[0]);
    return named.map((n, i) => `${n}${seps[i] ?? ''}`).join('');
  });
}
