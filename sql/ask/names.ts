// Company names, aliases and tickers in a question → symbols.

export interface CompanyName {
  symbol: string;
  name: string;
  aliases: string[];
}

const norm = (s: string) => s.toLowerCase().replace(/[.,'’&]/g, ' ').replace(/\b(inc|corp|corporation|co|company|the|ltd|plc|class)\b/g, ' ').replace(/\s+/g, ' ').trim();

export interface NameMatch {
  symbols: string[];
  /** The words of the question that named them. */
  text: string;
}

/** Finds every company the question names; longest phrases first, so "tesla motors" beats "tesla". */
export function findCompanies(question: string, companies: CompanyName[]): NameMatch[] {
  const phrases = new Map<string, Set<string>>();
  const add = (phrase: string, symbol: string) => {
    const key = norm(phrase);
    if (!key) return;
    if (!phrases.has(key)) phrases.set(key, new Set());
    phrases.get(key)?.add(symbol);
  };
  for (const c of companies) {
    add(c.name, c.symbol);
    for (const a of c.aliases) add(a, c.symbol);
  }
  const tickers = new Set(companies.map((c) => c.symbol));
  let rest = ` ${norm(question)} `;
  const found: NameMatch[] = [];
  for (const phrase of [...phrases.keys()].sort((a, b) => b.length - a.length)) {
    const needle = ` ${phrase} `;
    if (rest.includes(needle)) {
      found.push({ symbols: [...(phrases.get(phrase) ?? [])].sort(), text: phrase });
      rest = rest.replace(needle, ' | ');
    }
  }
  // Tickers as written in the question keep their case: "KO" names Coca-Cola, "ko" in a sentence does not.
  for (const word of question.split(/[^A-Za-z0-9.-]+/)) {
    if (word.length >= 1 && word === word.toUpperCase() && tickers.has(word) && !found.some((f) => f.symbols.length === 1 && f.symbols[0] === word)) {
      found.push({ symbols: [word], text: word });
    }
  }
  return found;
}
