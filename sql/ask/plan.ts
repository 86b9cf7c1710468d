// The typed reading of a question: what `ask` understood, before any SQL exists.

export const INTENTS = [
  'latest', // newest rows of one or more symbols
  'on_date', // the row of a day (a non-trading day answers with the session before)
  'rows', // every row in a window
  'aggregate', // avg/min/max/sum/median of a metric over a window
  'extreme_date', // the day of the highest/lowest value
  'week52', // 52-week high and low
  'change', // percent change over a window
  'daily_returns', // each day's return in a window
  'biggest_moves', // a symbol's largest daily gains or drops
  'top', // top/bottom N symbols by change or volume over a window
  'compare', // several symbols side by side over a window
  'rank', // a given list ordered by a measure
  'grouped', // a metric aggregated by week/month/quarter/year
  'period_change', // change per week/month/quarter/year (period over period)
  'moving_average', // N-day moving averages
  'crossover', // days where a short moving average crosses a long one
  'threshold_days', // days the metric was above/below a value
  'count_days', // how many days met a condition
  'volatility', // standard deviation of daily returns, annualised
  'correlation', // correlation of two symbols' daily returns
  'day_range', // high - low per day (intraday range)
  'gaps', // opening gaps against the previous close
  'sector', // aggregates per sector
  'streak', // longest run of up or down days
  'vwap', // volume-weighted average price
  'minute_bars', // per-minute OHLCV of intraday data
  'period_summary', // one OHLCV bar for a whole window: first open, high, low, last close, volume
  'off_high', // how far the last close is below the highest close of a window
  'first_day', // when a symbol's data starts (its first session), and its first and last rows
  'coverage', // which dates the data covers
  'symbols', // which symbols there are
] as const;

export type Intent = (typeof INTENTS)[number];

export type Metric = 'close' | 'open' | 'high' | 'low' | 'volume' | 'return' | 'range';
export type Aggregation = 'avg' | 'min' | 'max' | 'sum' | 'median' | 'count';
export type Period = 'week' | 'month' | 'quarter' | 'year';

/** A resolved time window, inclusive, in exchange-local dates (YYYY-MM-DD). */
export interface Window {
  from?: string;
  to?: string;
  /** The N newest trading days up to `to` (resolved in SQL: only the data knows the sessions). */
  tradingDays?: number;
  /** How the question put it and what it became: "last month → 2017-10-01 … 2017-10-31". */
  label: string;
  /** A single day was asked for (on_date questions). */
  day?: string;
  /**
   * The window starts on a date the question named ("from 2015-01-02"): changes are measured from that day's
   * close. Otherwise (a year, "last month") from the close before the window, as performance is usually quoted.
   */
  anchored?: boolean;
}

export interface Threshold {
  op: '>' | '<' | '>=' | '<=';
  value: number;
  /** The value is a percentage (daily return above 5%). */
  percent: boolean;
}

export interface Plan {
  intent: Intent;
  symbols: string[];
  sector?: string;
  metric: Metric;
  aggregation?: Aggregation;
  window?: Window;
  groupBy?: Period;
  order: 'asc' | 'desc';
  limit: number;
  threshold?: Threshold;
  /** Moving-average lengths (crossover: short, long). */
  lengths?: number[];
  /** Direction for streaks, top lists and biggest moves. */
  direction?: 'up' | 'down';
  /** One line saying how the question was read (--explain). */
  restatement: string;
  /** Things said about the reading itself, such as a corrected typo. */
  notes: string[];
}

/** The question could not be read as a plan; says why and what would work. */
export interface NotUnderstood {
  problem: string;
  suggestions: string[];
}

export const isPlan = (p: Plan | NotUnderstood): p is Plan => 'intent' in p;
