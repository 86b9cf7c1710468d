// The kinds of question a plan can be, each with the family whose compiler writes its SQL and the slots that
// kind needs. The rules produce exactly these; a model's plan is held to the same list (validate.ts), and the
// model is told them (prompt.ts).

import type { Measure, Stat } from '../plan.js';

/** Slots of a plan the model may fill (plan-schema.ts defines their JSON Schema). */
export type Slot = 'symbols' | 'everyStock' | 'sector' | 'window' | 'baseWindow' | 'measure' | 'lengths' | 'stat' | 'groupBy' | 'order' | 'limit' | 'threshold' | 'direction' | 'clock';

export interface KindSpec {
  family: string;
  /** For the model: what the kind answers and how its slots are filled. */
  about: string;
  /** For the user: the head of a model plan's restatement (to-plan.ts). */
  said: string;
  /** How many symbols it names: [min, max]; [0, 0] for questions over every stock. */
  symbols: [number, number];
  /** Slots it must have. */
  needs: Slot[];
  /** Slots it may have besides those (any other slot given is refused). */
  may?: Slot[];
  measures?: Measure[];
  stats?: Stat[];
}

const PRICES: Measure[] = ['close', 'open', 'high', 'low', 'volume', 'range'];
const DAILY: Measure[] = [...PRICES, 'return', 'gap', 'intraday', 'vs_ma', 'off_high'];
const MANY = 20;

export const KINDS: Record<string, KindSpec> = {
  // technicals
  correlation: { family: 'technicals', said: 'the correlation of daily returns', about: 'the correlation of two symbols\' daily returns over a window', symbols: [2, 2], needs: ['window'], may: ['measure'], measures: ['return'] },
  crossover: { family: 'technicals', said: 'the days the short moving average crossed the long one', about: 'days a symbol\'s short moving average (lengths [short, long]; short 1 = the close) crossed its long one; direction up = golden cross, down = death cross; limit 1 = the most recent, or with order asc the first', symbols: [1, MANY], needs: ['window', 'lengths'], may: ['direction', 'limit', 'order'] },
  'moving-average': { family: 'technicals', said: 'the moving averages of the close', about: 'each session\'s N-day moving averages of the close over a window (lengths: 1 or 2 values)', symbols: [1, MANY], needs: ['window', 'lengths'], may: ['order', 'limit'] },
  // streaks
  streak: { family: 'streaks', said: 'the longest run of consecutive sessions', about: 'the longest run of consecutive up or down closes (direction), or of sessions with a measure beyond a threshold', symbols: [1, MANY], needs: ['window'], may: ['direction', 'measure', 'threshold'], measures: PRICES },
  'current-streak': { family: 'streaks', said: 'the run of consecutive closes going on at the last session', about: 'the run of consecutive up or down closes going on at the last session of the window', symbols: [1, MANY], needs: ['window', 'direction'] },
  // coverage
  sessions: { family: 'coverage', said: 'the number of sessions', about: 'how many sessions (trading days) the symbols have in a window', symbols: [0, MANY], needs: [], may: ['window'] },
  'session-before': { family: 'coverage', said: 'the last session on or before the window\'s end', about: 'the last session on or before a date (window.to)', symbols: [0, MANY], needs: ['window'] },
  'first-session': { family: 'coverage', said: 'the first session', about: 'the first session of each symbol (in a window, if given)', symbols: [0, MANY], needs: [], may: ['window', 'everyStock'] },
  'last-session': { family: 'coverage', said: 'the last session', about: 'the last session of each symbol (in a window, if given)', symbols: [0, MANY], needs: [], may: ['window', 'everyStock'] },
  'date-range': { family: 'coverage', said: 'the first and last session in the data', about: 'the first and last session of each symbol in the data', symbols: [0, MANY], needs: [], may: ['everyStock'] },
  symbols: { family: 'coverage', said: 'the symbols with data', about: 'the symbols with data (of a sector, if given), with names and date ranges', symbols: [0, 0], needs: [], may: ['sector'] },
  'symbols-starting': { family: 'coverage', said: 'the symbols whose data begins in a window', about: 'the symbols whose first session falls in the window ("which stocks have data going back before 1980": the window up to 1979-12-31)', symbols: [0, 0], needs: ['window'] },
  'symbols-intraday': { family: 'coverage', said: 'the symbols with minute bars', about: 'the symbols with minute bars, and the dates they cover', symbols: [0, 0], needs: [] },
  // counts
  'threshold-count': { family: 'counts', said: 'the number of sessions meeting a condition', about: 'how many sessions of the symbols met a condition (measure, threshold) in a window', symbols: [1, MANY], needs: ['window', 'measure', 'threshold'], may: ['lengths', 'stat', 'order'], measures: DAILY, stats: ['count'] },
  'threshold-days': { family: 'counts', said: 'the sessions meeting a condition', about: 'the sessions of the symbols that met a condition (measure, threshold) in a window', symbols: [1, MANY], needs: ['window', 'measure', 'threshold'], may: ['lengths', 'stat'], measures: DAILY, stats: ['count'] },
  'cross-stock-count': { family: 'counts', said: 'the number of stocks meeting a condition', about: 'how many stocks met a condition on a day or over a window (stat change: the change over the window)', symbols: [0, 0], needs: ['everyStock', 'window', 'measure', 'threshold'], may: ['lengths', 'stat', 'sector'], measures: DAILY, stats: ['count', 'change'] },
  'stocks-meeting': { family: 'counts', said: 'the stocks meeting a condition', about: 'which stocks met a condition on a day or over a window (stat change: the change over the window)', symbols: [0, 0], needs: ['everyStock', 'window', 'measure', 'threshold'], may: ['lengths', 'stat', 'sector'], measures: DAILY, stats: ['count', 'change'] },
  // periods
  'period-over-period': { family: 'periods', said: 'a figure over one period against an earlier one', about: 'a statistic of a measure over one window (window) against an earlier one (baseWindow), and the change', symbols: [1, MANY], needs: ['window', 'baseWindow', 'stat', 'measure'], measures: PRICES, stats: ['avg', 'median', 'sum', 'max', 'min'] },
  'period-change': { family: 'periods', said: 'the change of the close from period to period', about: 'the change of the close from each week, month, quarter or year (groupBy) to the next', symbols: [1, MANY], needs: ['window', 'groupBy'], may: ['stat', 'measure', 'order', 'limit'], measures: ['close'], stats: ['change'] },
  'grouped-by-period': { family: 'periods', said: 'a figure per period', about: 'a statistic of a measure per week, month, quarter or year (groupBy)', symbols: [1, MANY], needs: ['window', 'groupBy', 'stat', 'measure'], may: ['order', 'limit'], measures: PRICES, stats: ['avg', 'median', 'sum', 'max', 'min', 'first', 'last'] },
  // rankings
  'gainers-losers': { family: 'rankings', said: 'the biggest gainers or losers by change of the close', about: 'every stock ranked by the change of its close over a window: order desc = gainers, asc = losers; limit = how many', symbols: [0, 0], needs: ['everyStock', 'window', 'order'], may: ['stat', 'measure', 'limit', 'sector'], measures: ['close'], stats: ['change'] },
  'cross-sectional-ranking': { family: 'rankings', said: 'a ranking', about: 'every stock ranked by a measure on a day (no stat) or a statistic of it over a window', symbols: [0, 0], needs: ['everyStock', 'window', 'measure', 'order'], may: ['stat', 'limit', 'sector'], measures: DAILY, stats: ['avg', 'min', 'max', 'sum', 'median', 'stddev', 'change'] },
  'named-comparison': { family: 'rankings', said: 'a ranking', about: 'the named symbols ranked by a measure on a day (no stat) or a statistic of it over a window', symbols: [2, MANY], needs: ['window', 'measure', 'order'], may: ['stat', 'limit'], measures: DAILY, stats: ['avg', 'min', 'max', 'sum', 'median', 'stddev', 'change'] },
  'side-by-side': { family: 'rankings', said: 'first and last close, change, average volume and volatility side by side', about: 'the named symbols side by side over a window: first and last close, change, average volume, volatility', symbols: [2, MANY], needs: ['window'], may: ['stat', 'measure'], measures: ['close'], stats: ['change'] },
  'by-sector': { family: 'rankings', said: 'a figure per sector', about: 'per sector: the average change of the close (measure close) or the total volume (measure volume) over a window', symbols: [0, 0], needs: ['everyStock', 'window', 'measure'], may: ['stat'], measures: ['close', 'volume'], stats: ['change', 'sum'] },
  // extremes
  'extreme-day': { family: 'extremes within a window', said: 'the day of the extreme value', about: 'the day(s) of the highest (direction up) or lowest (direction down) value of a price measure in a window', symbols: [1, MANY], needs: ['window', 'measure', 'direction'], may: ['limit'], measures: PRICES },
  'biggest-move-day': { family: 'extremes within a window', said: 'the day of the biggest move', about: 'the day(s) of the biggest up or down daily return or gap in a window (stat max: either way)', symbols: [1, MANY], needs: ['window', 'measure', 'direction'], may: ['limit', 'stat'], measures: ['return', 'gap'], stats: ['max'] },
  // figures over a window
  aggregate: { family: 'figures over a window', said: 'one figure', about: 'one statistic of a price measure over a window (average close, highest volume, …)', symbols: [1, MANY], needs: ['window', 'stat', 'measure'], measures: PRICES, stats: ['avg', 'min', 'max', 'sum', 'median', 'first', 'last'] },
  change: { family: 'figures over a window', said: 'the percent change of the close', about: 'the percent change of the close over a window', symbols: [1, MANY], needs: ['window'], may: ['stat', 'measure'], measures: ['close'], stats: ['change'] },
  volatility: { family: 'figures over a window', said: 'the volatility (standard deviation of daily returns)', about: 'the standard deviation of daily returns over a window', symbols: [1, MANY], needs: ['window'], may: ['stat', 'measure'], measures: ['return'], stats: ['stddev'] },
  vwap: { family: 'figures over a window', said: 'the volume-weighted average price', about: 'the volume-weighted average price over a window (and clock minutes of one day)', symbols: [1, MANY], needs: ['window'], may: ['stat', 'measure', 'clock'], measures: ['close'], stats: ['vwap'] },
  candle: { family: 'figures over a window', said: 'one bar (first open, highest high, lowest low, last close, total volume)', about: 'one bar over a window: first open, highest high, lowest low, last close, total volume', symbols: [1, MANY], needs: ['window'], may: ['stat', 'measure', 'clock'], measures: ['close'], stats: ['first'] },
  // values on a day
  'day-value': { family: 'values on a day', said: 'the value on a day (or the session before it)', about: 'a measure of the symbols on one day (window.day), or the session before it if it did not trade; ma needs lengths [N]', symbols: [1, MANY], needs: ['window', 'measure'], may: ['lengths', 'stat'], measures: [...DAILY, 'ma', 'high_52w', 'low_52w'], stats: ['max'] },
  // rows
  'latest-rows': { family: 'rows', said: 'the newest daily rows', about: 'the newest N daily rows (limit) of the symbols, up to window.to if given', symbols: [1, MANY], needs: ['limit'], may: ['window', 'order'] },
  'date-range-rows': { family: 'rows', said: 'every daily row', about: 'every daily row (open, high, low, close, volume) of the symbols in a window', symbols: [1, MANY], needs: ['window'], may: ['order', 'limit'] },
  'daily-returns': { family: 'rows', said: 'each day\'s return', about: 'each day\'s return of the symbols over a window', symbols: [1, MANY], needs: ['window'], may: ['order', 'limit'] },
  'minute-bars': { family: 'rows', said: 'the minute bars', about: 'the minute bars of the symbols on one day (window.day), between clock times if given; limit N = the last N bars', symbols: [1, MANY], needs: ['window'], may: ['clock', 'order', 'limit'] },
};

/** The family of a kind, for a plan built from a model's reply. */
export const familyOf = (kind: string): string | undefined => KINDS[kind]?.family;

/** Slots a plan has set (empty lists and false flags count as unset). */
export function slotsOf(plan: { [K in Slot]?: unknown }): Slot[] {
  const all: Slot[] = ['symbols', 'everyStock', 'sector', 'window', 'baseWindow', 'measure', 'lengths', 'stat', 'groupBy', 'order', 'limit', 'threshold', 'direction', 'clock'];
  return all.filter((s) => {
    const v = plan[s];
    return v !== undefined && v !== null && v !== false && !(Array.isArray(v) && v.length === 0);
  });
}
