// The typed reading of a question: what `ask` understood, before any SQL exists. One shape for every family;
// each family fills the slots it needs (its module says which) and compiles them.

import type { Refusal } from './screen.js';

export type Period = 'week' | 'month' | 'quarter' | 'year';

/** A value of one symbol on one session, computed from its daily bars. */
export type Measure = 'close' | 'open' | 'high' | 'low' | 'volume' | 'range' | 'return' | 'gap' | 'intraday' | 'ma' | 'vs_ma' | 'off_high' | 'high_so_far' | 'high_52w' | 'low_52w';

/** How a window's daily values become one number. */
export type Stat = 'avg' | 'min' | 'max' | 'sum' | 'median' | 'stddev' | 'change' | 'count' | 'vwap' | 'first' | 'last';

/** A resolved time window, inclusive, in exchange-local dates (YYYY-MM-DD). */
export interface Window {
  from?: string;
  to?: string;
  /** The N newest trading days up to `to` (resolved in SQL: only the data knows the sessions). */
  tradingDays?: number;
  /** The N oldest trading days from `from` (up to `to` at most): "the first five trading days of 2009". */
  firstTradingDays?: number;
  /** How the question put it and what it became: "last month → 2017-10-01 … 2017-10-31". */
  label: string;
  /** A single day was asked for. */
  day?: string;
  /**
   * The window starts on a date the question named ("from 2015-01-02"): changes are measured from that day's
   * close. Otherwise (a year, "last month") from the close before the window, as performance is usually quoted.
   */
  anchored?: boolean;
  /** The window ends at a named date, from the start of the data ("before D", "up to and including D"). */
  before?: boolean;
}

export interface Threshold {
  op: '>' | '<' | '>=' | '<=';
  value: number;
  /** The value is a percentage (daily return above 5%). */
  percent: boolean;
  /** Either way: the size of the move ("moved more than 5% either way"). */
  abs?: boolean;
}

export interface Plan {
  /** The family that read the question (sql/ask/families/), and its kind of question. */
  family: string;
  kind: string;
  symbols: string[];
  /** All symbols with data (cross-sectional questions), rather than the named ones. */
  everyStock?: boolean;
  sector?: string;
  window?: Window;
  /** The earlier window of a period-over-period question. */
  baseWindow?: Window;
  measure?: Measure;
  /** Length of a moving average (measure 'ma'), or the short and long ones of a crossover. */
  lengths?: number[];
  stat?: Stat;
  groupBy?: Period;
  order?: 'asc' | 'desc';
  /** Rows asked for; 0 = all of them. */
  limit?: number;
  threshold?: Threshold;
  direction?: 'up' | 'down';
  /** Minutes of a day, New York time (intraday questions). */
  clock?: { from: string; to: string };
  /** One line saying how the question was read (--explain). */
  restatement: string;
  /** Things said about the reading itself, such as a corrected typo. */
  notes: string[];
  /** The words of the question the reading used (--explain). */
  used: string[];
}

/** The question could not be read as a plan; says why and what would work. */
export interface NotUnderstood {
  problem: string;
  suggestions: string[];
  /** Why it is refused: the user's question is not wrong in the same way in each case. */
  refusal?: Refusal;
}

export const isPlan = (p: Plan | NotUnderstood): p is Plan => 'family' in p;
