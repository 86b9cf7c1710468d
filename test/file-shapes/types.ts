// The contract between the real-world file shapes (each builds a file from real rows, as a download site
// writes it) and the corpus test that replays them through the real stack and checks PostgreSQL.

/** One real daily bar of ../shared/data/stocks (Huge Stock Market Dataset layout). */
export interface DailyBar {
  symbol: string; // upper case, e.g. 'TSLA'
  date: string; // YYYY-MM-DD
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

/** One real 1-minute bar of ../shared/data/intraday; its timestamp is UTC. */
export interface MinuteBar {
  symbol: string; // 'INDA', 'FXY' or 'DBB'
  utc: string; // 'YYYY-MM-DD HH:MM:SS', UTC
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

/** Real rows to build files from. */
export interface ShapeSource {
  /** Daily bars of one of AAPL AMD AMZN FB GOOGL IBM INTC JPM KO MSFT NFLX NVDA TSLA, dates inclusive. */
  daily(symbol: string, from: string, to: string): DailyBar[];
  /** The first `count` minute bars of INDA, FXY or DBB at or after `fromUtc` ('YYYY-MM-DD HH:MM:SS'). */
  minutes(symbol: string, fromUtc: string, count: number): MinuteBar[];
}

/** A row as it must stand in PostgreSQL: market time in America/New_York, 00:00:00 for a daily bar. */
export interface ExpectedRow {
  symbol: string;
  ts: string; // 'YYYY-MM-DD HH:MM:SS', New York wall-clock time
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

/** Why a line is rejected (sent to the dead-letter topic and listed in the report), in the product's words. */
export type RejectKind =
  | 'no-data' // a row the site writes for a day without data (Yahoo's `null`s, empty fields)
  | 'bad-number' // a price or volume that is not a number
  | 'bad-date' // a date or time that cannot be read
  | 'conflicting-duplicate' // the same symbol and time twice with different values (both lines are rejected)
  | 'invalid-bar'; // high below low, a non-positive price, a negative volume

export type Expectation =
  | {
      kind: 'lands';
      /** Every row that must be in PostgreSQL afterwards, and nothing else for these symbols. */
      rows: ExpectedRow[];
      /** Rejected lines: file name, 1-based physical line number (the header is line 1), why. */
      rejected?: { file: string; line: number; why: RejectKind }[];
      /** Exact repeats of a line already read: counted and skipped, not rejected. */
      repeatsSkipped?: number;
    }
  | {
      kind: 'refused';
      /** The replay refuses the file before sending anything: non-zero exit; stderr names the file and matches. */
      message: RegExp;
    };

export interface ShapeFiles {
  files: { name: string; content: string | Buffer }[];
  /** Flags a user would add to `stockctl replay`, e.g. ['--symbol', 'TSLA'] or ['--day-first']. */
  args?: string[];
  expect: Expectation;
}

export interface FileShape {
  /** Unique, kebab-case: 'yahoo-download-with-nulls'. */
  name: string;
  /** The public convention it follows and where that is documented or seen. */
  source: string;
  build(src: ShapeSource): ShapeFiles;
}
