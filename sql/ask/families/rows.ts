// Rows as stored: the newest sessions of a symbol, every session of a window, or its minute bars within a day.

import type { Plan } from '../plan.js';
import type { Reading } from '../reading.js';
import { bounds, clockSql, dailyCte, describeWindow, lines, Params, pct, scopeSql, type CompiledQuery } from '../sql-parts.js';
import { takeCount, takeMeasures } from '../words.js';
import type { Family, ParseContext, Reading$ } from './family.js';

const LATEST = /\b(?:latest|newest|most recent|recent|last|final|current|currently|now|today's|todays|trading at|quote|tail(?: of)?)\b/;
const MINUTES = /\b(?:minute bars?|minute[- ]by[- ]minute|1[- ]min(?:ute)?(?: bars?| closes?| prices?)?|one[- ]minute(?: bars?)?|per[- ]minute|intraday bars?|minutes?|bars?)\b/;
const FIRST_MINUTES = /\b(?:first|opening) (\d{1,2}|five|ten|fifteen|thirty) minutes(?: of (?:regular )?trading)?\b/;

export const rows: Family = {
  name: 'rows',
  examples: ['recent Tesla prices', 'latest 5 Apple prices', 'Apple prices in March 2016', 'daily returns of Tesla last week', 'minute bars of Apple from 10:00 to 10:15 on 2017-11-10'],

  read(r: Reading, ctx: ParseContext): Reading$ | undefined {
    if (!r.symbols.length || r.times.length > 1) return undefined;
    const t = r.times[0]?.window;
    const first = r.take(FIRST_MINUTES);
    const minutes = Boolean(first) || (r.has(MINUTES) && (Boolean(r.clock) || r.has(/\bminute|1[- ]min/)));
    if (minutes) {
      r.takeAll(MINUTES);
      r.takeAll(/\b(?:regular trading|regular hours|trading|inclusive|new york time|ny time|et|am|pm|ohlcv?|candles?|each|every)\b/);
      takeMeasures(r, ['close', 'open', 'high', 'low', 'volume']);
      // "the last minute bar": one, the newest; "the last 5 minute bars": five, newest first.
      const count = takeCount(r) ?? (r.has(/\b(?:last|latest|final|most recent|newest) (?:minute|1[- ]min|one[- ]minute|bar|⟨s⟩)/) && !r.has(/\b(?:minutes|bars)\b/) ? 1 : undefined);
      r.takeAll(/\b(?:last|latest|final|most recent|newest)\b/);
      const day = t?.day ?? t?.to ?? ctx.data.newest;
      const n = first ? ({ five: 5, ten: 10, fifteen: 15, thirty: 30 }[first[1] as string] ?? Number(first[1])) : undefined;
      const clock = r.clock ? { from: r.clock.from, to: r.clock.to } : n ? { from: '09:30', to: `${String(9 + Math.floor((30 + n - 1) / 60)).padStart(2, '0')}:${String((30 + n - 1) % 60).padStart(2, '0')}` } : undefined;
      if (t && !t.day) return undefined;
      return { kind: 'minute-bars', symbols: r.symbols, window: t ?? { to: day, day, label: `the newest session in the data (up to ${day})` }, clock, order: count ? 'desc' : 'asc', limit: count ?? 0, restatement: `the minute bars of ${r.symbols.join(', ')} on ${day}${clock ? ` from ${clock.from} to ${clock.to} New York time` : ''}` };
    }
    if (r.clock) return undefined;
    const returns = Boolean(r.take(/\b(?:daily returns?|returns? (?:each|per|by) day|day[- ]over[- ]day (?:returns?|changes?))\b/));
    const count = takeCount(r);
    const measures = returns ? [] : takeMeasures(r, ['close', 'open', 'high', 'low', 'volume']);
    const latest = r.take(LATEST);
    if (latest) r.takeAll(/\b(?:trading day|trading session|session|day)(?: of data| in the data)?\b/);
    r.takeAll(/\b(?:daily|day[- ]by[- ]day|data points?|data|rows?|sessions?|trading days|days|week of|history|quotes?|ohlcv?|please|(?:the )?dates?(?= *(?:,|and|&|\+|with)\s)|each day|newest first|oldest first|most recent first|in order|for every session|every session|each session|(?:for )?each (?:trading )?day(?: of)?|every (?:trading )?day|for every|for each|all sessions|every|each)\b/);
    if (t?.before && count) {
      // "the 5 trading days leading up to and including June 24, 2016"
      return { kind: 'latest-rows', symbols: r.symbols, window: { to: t.to, label: t.label }, limit: count, order: 'desc', restatement: `the ${count} daily rows of ${r.symbols.join(', ')} up to ${t.to}, newest first` };
    }
    if (t && !latest) {
      if (t.day && t.from) return undefined; // one day's value: the values family
      return { kind: returns ? 'daily-returns' : 'date-range-rows', symbols: r.symbols, window: t, order: 'asc', limit: 0, restatement: `every ${returns ? "day's return" : 'daily row'} of ${r.symbols.join(', ')} over ${describeWindow(t)}` };
    }
    if (t && latest && !t.tradingDays && !t.day) return undefined;
    if (!latest && !measures.length && !count && !returns) return undefined;
    const n = t?.tradingDays ?? count ?? (r.has(/\b(?:prices|closes|rows|quotes|sessions|days|bars)\b/) || returns ? 10 : 1);
    return {
      kind: returns ? 'daily-returns' : 'latest-rows',
      symbols: r.symbols,
      window: returns ? { to: ctx.data.newest, tradingDays: n, label: `the last ${n} trading days up to ${ctx.data.newest}` } : t?.day ? { to: t.day, label: `up to ${t.day}` } : undefined,
      limit: n,
      order: 'desc',
      restatement: returns ? `each day's return of ${r.symbols.join(', ')} over the last ${n} trading days` : `the newest ${n} daily row${n === 1 ? '' : 's'} of ${r.symbols.join(', ')}, newest first`,
    };
  },

  compile(plan: Plan): CompiledQuery {
    const p = new Params();
    const scope = scopeSql(p, plan);
    switch (plan.kind) {
      case 'latest-rows':
        return {
          sql: lines(
            'SELECT symbol, trade_date, open, high, low, close, volume FROM (',
            '  SELECT symbol, trade_date, open, high, low, close, volume, row_number() OVER (PARTITION BY symbol ORDER BY trade_date DESC) AS n',
            `  FROM daily_bars WHERE ${scope}trade_date <= ${p.add(plan.window?.to ?? '9999-12-31', 'date')}`,
            `) newest WHERE n <= ${p.add(plan.limit ?? 10, 'int')}`,
            'ORDER BY symbol, trade_date DESC',
          ),
          params: p.values,
          chart: plan.symbols.length === 1 ? { x: 'trade_date', y: 'close' } : undefined,
        };
      case 'minute-bars': {
        const b = bounds(p, plan.window, scope);
        const clock = clockSql(p, plan);
        return {
          sql: lines(
            'SELECT symbol, ts AS minute, open, high, low, close, volume FROM prices',
            `WHERE ${scope}trade_date BETWEEN ${b.from} AND ${b.to} AND ts <> trade_date::timestamp${clock}`,
            plan.limit ? 'ORDER BY symbol, ts DESC' : 'ORDER BY symbol, ts',
            plan.limit ? `LIMIT ${p.add(plan.limit, 'int')}` : undefined,
          ),
          params: p.values,
          chart: plan.symbols.length === 1 ? { x: 'minute', y: 'close' } : undefined,
        };
      }
      case 'daily-returns': {
        const b = bounds(p, plan.window, scope);
        return {
          sql: lines(`WITH ${dailyCte(p, plan, b, [{ name: 'ret', measure: 'return' }], scope)}`, `SELECT symbol, trade_date, close, ${pct('ret')} AS daily_return_pct FROM d`, `WHERE trade_date BETWEEN ${b.from} AND ${b.to}`, 'ORDER BY symbol, trade_date'),
          params: p.values,
          chart: plan.symbols.length === 1 ? { x: 'trade_date', y: 'daily_return_pct' } : undefined,
        };
      }
      default: {
        const b = bounds(p, plan.window, scope);
        return {
          sql: lines('SELECT symbol, trade_date, open, high, low, close, volume FROM daily_bars', `WHERE ${scope}trade_date BETWEEN ${b.from} AND ${b.to}`, 'ORDER BY symbol, trade_date'),
          params: p.values,
          chart: plan.symbols.length === 1 ? { x: 'trade_date', y: 'close' } : undefined,
        };
      }
    }
  },
};
