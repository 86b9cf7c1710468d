// Questions refused before any reading: SQL or shell typed as a question, and measures the data does not hold.
// Both are refused by category, so the user learns why and what the data does hold.

export type Refusal = 'hostile' | 'out-of-scope' | 'unknown-symbol' | 'not-understood' | 'ambiguous' | 'no-data';

/** Statements, shell and database internals: no analyst question contains these. */
const HOSTILE: RegExp[] = [
  /^\s*(select|insert|update|delete|drop|truncate|alter|grant|revoke|create|copy|vacuum|call|do|listen|notify|explain|set|begin|commit|with|lo_\w+|dblink\w*)\b/i,
  // Stacked statements: a command after a semicolon (a semicolon in prose is punctuation).
  /;\s*(?:select|insert|update|delete|drop|truncate|alter|grant|revoke|create|copy|vacuum|call|do|listen|notify|explain|set|begin|commit|rollback|with|values|table|show|reset|load|ls|cat|echo|rm|curl|wget|bash|sh|zsh|python\d?|perl|ruby|node|nc|ncat|chmod|chown|kill|pkill|shutdown|reboot|sudo|su|exec|eval|env|id|whoami|uname|touch|mv|cp|dd|mkfs|\d|['"`;(])/i,
  // A comment ends an injected statement ("…'; DROP TABLE prices; --"); a dash between words is punctuation.
  /--\s*$|['";)]\s*--|--\s*['";(]|\/\*|\*\/|`|\$\(|&&|\|\||\|\s*\w|\\!/,
  // eslint-disable-next-line no-control-regex -- a NUL byte in a question is an attack on a C string somewhere
  /\u0000/,
  /'\s*(or|and|union|;|\))/i,
  /\b(union\s+(all\s+)?select|select\s+\*|select\s+\w+\s*(,|from)|insert\s+into|delete\s+from|drop\s+(table|database|schema|role)|truncate\s+\w+|alter\s+(role|table|user)|grant\s+all|into\s+stolen)\b/i,
  /\b(pg_\w+|information_schema|current_setting|set_config|pg_sleep|passwd|password|superuser|\/etc\/|rm\s+-rf|curl\s|wget\s|sudo\s)/i,
  /\b(delete|drop|truncate|destroy|wipe|erase)\b.*\b(table|tables|rows?|prices|database|data|everything)\b/i,
  /\b(ignore|forget|disregard)\b.*\b(instructions|rules|previous)\b/i,
  /\b(you are now|act as an?|pretend (to be|you are)|from now on,? you|new persona)\b/i, // a role for the model, not a question
  /\b(run|execute|exec)\s+(ls|cat|rm|curl|wget|bash|sh|python\d?|nc|id|whoami)\b|\bls\s+-[a-z]+/i,
  /\b(admin|administrator|system)\s*(mode|:)/i,
  /\$\$/,
];

/** Measures and facts the price data cannot answer, with the word that says so. */
const OUT_OF_SCOPE: [RegExp, string][] = [
  [/\b(p\/?e|pe ratio|price[- ]to[- ]\w+|p\/b|valuation|multiples?)\b/i, 'valuation ratios'],
  [/\b(eps|earnings|revenue|sales|profits?|income|margins?|ebitda|guidance|balance sheet|cash flow|debt|book value|fundamentals?)\b/i, 'company fundamentals'],
  [/\b(dividends?|yield|payout|buybacks?|splits?)\b/i, 'dividends and corporate actions'],
  [/\b(market cap(itali[sz]ation)?|shares outstanding|float)\b/i, 'market capitalisation'],
  [/\b(news|headlines?|sentiment|twitter|tweets?|reddit|rumou?rs?|press)\b/i, 'news and sentiment'],
  [/\b(forecast|predict\w*|projection|will (it|\w+) (close|be|go|rise|fall)|next (week|month|year|quarter|friday|monday|tuesday|wednesday|thursday)|tomorrow|price target|target price|outlook)\b/i, 'forecasts'],
  [/\b(implied volatility|options?|calls|puts|strike|greeks|open interest)\b/i, 'options'],
  [/\b(analysts?|consensus|ratings?|upgrades?|downgrades?|short interest|insiders?|institutional|holders?|ownership|esg)\b/i, 'analyst and ownership data'],
];

export function hostile(question: string): boolean {
  return HOSTILE.some((re) => re.test(question));
}

/** The kind of data a question asks for that the price data does not hold, if any. */
export function outOfScope(question: string): string | undefined {
  return OUT_OF_SCOPE.find(([re]) => re.test(question))?.[1];
}

export const DATA_HOLDS = 'the data holds daily and minute prices (open, high, low, close) and volume; from them: returns, gaps, ranges, averages, volatility, correlations, moving averages, highs and lows, VWAP';
