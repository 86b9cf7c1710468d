// A standing question as a typed rule: what `stockctl watch add` stores (watch_rules.rule, migration 009) and
// what the Spark job's sink evaluates on each batch. The one definition of its shape.

/** One symbol, or every symbol (null). */
export type Scope = string | null;

export type WatchRule =
  | { kind: 'daily-change'; symbol: Scope; direction: 'down' | 'up'; threshold: number }
  | { kind: 'volume-spike'; symbol: Scope; multiple: number; window: number }
  | { kind: 'ma-cross'; symbol: Scope; direction: 'above' | 'below'; window: number }
  | { kind: 'price-cross'; symbol: Scope; direction: 'above' | 'below'; level: number }
  | { kind: 'new-high' | 'new-low'; symbol: Scope };

export type RuleKind = WatchRule['kind'];

const pct = (x: number) => `${+(x * 100).toFixed(4)}%`;

/** The rule in words, as `watch list` and the alerts say it. */
export function describeRule(rule: WatchRule): string {
  const who = rule.symbol ?? 'any symbol';
  switch (rule.kind) {
    case 'daily-change':
      return `${who} ${rule.direction === 'down' ? 'falls' : 'rises'} more than ${pct(rule.threshold)} from the previous close`;
    case 'volume-spike':
      return `${who} trades at least ${rule.multiple}× its average volume of the ${rule.window} sessions before`;
    case 'ma-cross':
      return `${who} crosses ${rule.direction} its ${rule.window}-day moving average`;
    case 'price-cross':
      return `${who} crosses ${rule.direction} ${rule.level}`;
    case 'new-high':
      return `${who} makes a new 52-week high`;
    case 'new-low':
      return `${who} makes a new 52-week low`;
  }
}

/** An alert as stored (alerts, migration 009) and shown. */
export interface Alert {
  id: number;
  rule_id: number;
  condition: string;
  symbol: string;
  /** Market time of the bar that fired it, `YYYY-MM-DD HH:MM`. */
  market_time: string;
  values: Record<string, number | null>;
  fired_at: string;
}
