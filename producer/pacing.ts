// Market time → wall time. The replay asks, before each row, how long to wait so the feed keeps its pace.

import { UserError } from '../config/errors.js';

export type Speed =
  | { kind: 'max' }
  /** The market clock runs `factor` times faster than the wall clock (10x). */
  | { kind: 'factor'; factor: number }
  /** `perSecond` trading days a second; nights, weekends and holidays take no time (daily data, watchable). */
  | { kind: 'days'; perSecond: number };

export function parseSpeed(text: string): Speed {
  const t = text.trim().toLowerCase();
  if (t === 'max') return { kind: 'max' };
  let m = /^(\d+(?:\.\d+)?)x$/.exec(t);
  if (m && Number(m[1]) > 0) return { kind: 'factor', factor: Number(m[1]) };
  m = /^(\d+(?:\.\d+)?)d\/s$/.exec(t);
  if (m && Number(m[1]) > 0) return { kind: 'days', perSecond: Number(m[1]) };
  throw new UserError(`--speed ${JSON.stringify(text)} is not a speed`, 'use 10x (ten times the market clock), 1d/s (a trading day a second) or max');
}

export const describeSpeed = (s: Speed) =>
  s.kind === 'max' ? 'as fast as the broker takes' : s.kind === 'factor' ? `${s.factor}× market time` : `${s.perSecond} trading day(s) a second`;

/** Market time of an ISO local timestamp, in ms (read as UTC: only differences matter). */
export const marketMs = (ts: string) => Date.parse(ts.length === 10 ? `${ts}T00:00:00Z` : `${ts}Z`);

// A regular session, 9:30 to 16:00: how far into its day an intraday bar is, in `days` mode.
const SESSION_MS = 6.5 * 3600_000;

export class Pacer {
  private startWall?: number;
  private firstMarket = 0;
  private day = -1;
  private dayKey = '';
  private dayFirst = 0;

  constructor(
    readonly speed: Speed,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Wall-clock ms since the start at which the row at market time `ts` is due. */
  dueAt(ts: string): number {
    if (this.speed.kind === 'max') return 0;
    const market = marketMs(ts);
    if (this.startWall === undefined) {
      this.startWall = this.now();
      this.firstMarket = market;
    }
    if (this.speed.kind === 'factor') return Math.max(0, (market - this.firstMarket) / this.speed.factor);
    const key = ts.slice(0, 10);
    if (key !== this.dayKey) {
      this.day++;
      this.dayKey = key;
      this.dayFirst = market;
    }
    const within = Math.min(1, Math.max(0, (market - this.dayFirst) / SESSION_MS));
    return ((this.day + within) / this.speed.perSecond) * 1000;
  }

  /** How long to wait now before sending the row at `ts` (0 when it is already due). */
  delay(ts: string): number {
    const due = this.dueAt(ts);
    if (this.startWall === undefined) return 0;
    return Math.max(0, due - (this.now() - this.startWall));
  }

  /**
   * The pace achieved so far, in the unit of the target (× or days a second): the schedule of the last row
   * against the wall time it took. undefined at max speed or before any time has passed.
   */
  achieved(lastTs: string, wallNow = this.now()): number | undefined {
    if (this.speed.kind === 'max' || this.startWall === undefined) return undefined;
    const elapsed = wallNow - this.startWall;
    const due = this.dueAt(lastTs);
    if (elapsed <= 0 || due <= 0) return undefined;
    const target = this.speed.kind === 'factor' ? this.speed.factor : this.speed.perSecond;
    return (target * due) / elapsed;
  }
}
