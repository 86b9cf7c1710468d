// Analysts' shorthand, spelled out before a question is read, so that every family reads one spelling:
// "52w hi/lo" is "52w high and low", "correl" is "correlation". Applied after the screens (which see the question
// as typed) and before names and times. Each entry says the words in full; nothing here guesses a meaning.

const SHORTHAND: [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  [/\bhi ?(?:\/|&|-|and) ?lo\b/gi, 'high and low'],
  [/\blo ?(?:\/|&|-|and) ?hi\b/gi, 'low and high'],
  [/\b(\d{2,3}[- ]?(?:w|wk|week|d|day)s?)\s+hi\b/gi, '$1 high'],
  [/\b(\d{2,3}[- ]?(?:w|wk|week|d|day)s?)\s+lo\b/gi, '$1 low'],
  [/\bcorrel\b|\bcorr\.?(?= )/gi, 'correlation'],
  [/\b(?:realized|realised|historical|historic|hist\.?)\s+vol(?:atility)?\b/gi, 'volatility'],
  [/\b(?:std\.?\s?dev\.?|stdev|stddev|standard deviation)\s+(?:of\s+)?(?:the\s+)?((?:[A-Za-z.&-]+['’]s\s+)?)(?:daily\s+)?(?:returns?|(?:%|percent(?:age)?)\s+changes?)(?!\w)/gi, '$1volatility'],
  [/\bo\/h\/l\/c\/v\b/gi, 'OHLCV'],
  [/\bO, ?H, ?L, ?C,? (?:and )?V\b/g, 'OHLCV'], // in capitals only: "o, h, l" are not price letters
  [/\bO, ?H, ?L,? (?:and )?C\b/g, 'OHLC'],
  [/\bo\/h\/l\/c\b/gi, 'OHLC'],
  [/\bOHLC\s*(?:\+|&|and|plus|with)\s*vol(?:ume)?\b/gi, 'OHLCV'],
  [/\bm\/m\b|\bm-o-m\b/gi, 'month over month'],
  [/\bq\/q\b|\bq-o-q\b/gi, 'quarter over quarter'],
  [/\by\/y\b|\by-o-y\b/gi, 'year over year'],
  [/\bpx\b/gi, 'price'],
  [/\bsd\b(?= of\b)/gi, 'standard deviation'],
  [/\b(open|high|low|close|volume)s? n (open|high|low|close|volume)s?\b/gi, '$1 and $2'], // "open n close"
  [/\b1d\b(?=\s+(?:%|percent|pct|change|move|return|gain|loss|drop|fall|decline|rise|jump|surge))/gi, 'one-day'],
  [/\bret\b(?=\s+(?:on\s+)?\d)/gi, 'return'],
  [/\brets\b/gi, 'returns'],
  // "the last week of 2016": the last week of its December (a week is counted in the month it starts or ends in).
  [/\b(first|last)\s+week\s+of\s+(\d{4})\b/gi, (_m: string, w: string, y: string) => `${w} week of ${w.toLowerCase() === 'first' ? 'January' : 'December'} ${y}`],
  // "close + vol", "px/vol": beside a price, "vol" is the volume (alone, a quant's "vol" is volatility, read above).
  [/(?<=\b(?:close|closes|open|high|low|price|prices|px|ohlc)\s*(?:\+|&|\/|,|and|plus)\s*)vol\b\.?/gi, 'volume'],
  [/\bvol\b\.?(?=\s*(?:\+|&|\/|,|and|plus)\s*(?:close|closes|open|high|low|price|prices|px)\b)/gi, 'volume'],
  // "the back half of 2013": its second half.
  [/\b(back|front)\s+half\b/gi, (_m: string, w: string) => (w.toLowerCase() === 'back' ? 'second half' : 'first half')],
  [/\bovr\b/gi, 'over'],
  [/\bquater(s?)\b/gi, 'quarter$1'],
  [/\b(\d+(?:\.\d+)?)\s*(?:million|mln)\b/gi, (_m: string, n: string) => String(Math.round(Number(n) * 1e6))],
  [/(?<!\w)#\s*(?=(?:of\s+)?(?:stocks|symbols|tickers|days|sessions)\b)/g, 'number of '],
  [/\bn\s+(?=(?:stocks|symbols|tickers)\b)/gi, 'number of '],
  [/\b1[- ]?m(?:in)?\s+(bars?|candles?|closes?|opens?|highs?|lows?|prices?|volumes?|data)\b/gi, 'minute $1'],
  [/\bincl\b\.?/gi, 'inclusive'],
  [/\btotal\s+vol\b\.?/gi, 'total volume'], // a total is of shares: volatility has none
  [/\bfirst\s*\/\s*last\b/gi, 'first and last'],
  [/\bw\/(?=\s)/gi, 'with'],
  [/\bpct\.?\s+(change|chg|return|move|gain|drop)/gi, (_m: string, w: string) => `percent ${w.toLowerCase() === 'chg' ? 'change' : w}`],
  [/\s+-+>\s+/g, ' to '], // "12/31/14 close -> 12/31/15 close"
  [/\b(avg|average|mean)\s+daily\s+vol\b\.?/gi, '$1 daily volume'], // the "ADV" of a desk: shares, not volatility
  [/\bchg\b/gi, 'change'],
  [/\b(?:one|1|single)[- ]day\s+(?:%|percent(?:age)?|pct)?\s*(?:change|move|return|gain)s?\b/gi, 'daily return'],
  [/\b(?:one|1|single)[- ]day\s+(?:%|percent(?:age)?|pct)?\s*(loss|drop|fall|decline|rise|jump|surge)(es|s)?\b/gi, 'daily $1$2'],
  [/\b(?:up|advancing)\s+movers\b|\badvancers\b/gi, 'gainers'],
  [/\b(?:down|declining)\s+movers\b/gi, 'losers'],
  [/\b(more|less|fewer|higher|lower|greater|bigger|smaller|larger|better|worse|wider|narrower|other)\s+then\b/gi, '$1 than'], // a common slip
  [/\bvolume[- ]weighted\s+(?:avg\.?|average|mean)(?:\s+(?:price|px))?\b/gi, 'VWAP'],
  // "went up", "go up or down"; "go up from H1 to H2" stays, a change between two periods.
  [/\b(?:went|gone|go(?:es)?)\s+(up|down)\b(?!\s+(?:from|between)\b)/gi, (_m: string, d: string) => (d.toLowerCase() === 'up' ? 'rose' : 'fell')],
  [/\bclosing\s+(above|below|over|under)\b/gi, 'closed $1'],
  // "50 cents", "75¢": dollars, as every price in the data is.
  [/\b(\d{1,3})\s?(?:cents?|¢)(?!\w)/gi, (_m: string, c: string) => `$${(Number(c) / 100).toFixed(2)}`],
  // "Q3'15", "H2'16": a quarter or half with its year's two digits after an apostrophe.
  [/\b([qh][1-4])\s?['’]([0-9]{2})\b/gi, (_m: string, p: string, yy: string) => `${p} ${Number(yy) >= 70 ? 19 : 20}${yy}`],
  // "q4 24", "H1 25": a quarter or half with its year's two digits, at the end or before "vs" or a comma.
  [/\b([qh][1-4])\s+([0-9]{2})\b(?=\s*(?:$|[,;?.!)]|vs\b|versus\b|and\b|to\b|through\b))/gi, (_m: string, p: string, yy: string) => `${p} ${Number(yy) >= 70 ? 19 : 20}${yy}`],
  // "Jan 19th '17", "Q1 '16": a year written with two digits after an apostrophe (a possessive is "'s", never digits).
  [/(?<=\s|^)['’]([0-9]{2})\b/g, (_m: string, yy: string) => `${Number(yy) >= 70 ? 19 : 20}${yy}`],
];

export function spellOut(question: string): string {
  let q = question;
  // replace() takes a string or a function; the cast only picks one of its overloads.
  for (const [re, full] of SHORTHAND) q = q.replace(re, full as string);
  return q;
}
