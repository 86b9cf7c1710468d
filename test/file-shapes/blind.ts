/// <reference types="node" />
// Blind file shapes: real rows written the way the download sites write them, and what must then stand in
// PostgreSQL. Written from the sites' public conventions and the product's stated promises only, without
// looking at the readers. Every shape relabels real rows with tickers of its own (all start with 'Q').
// blind.README.md lists each shape with the convention it follows and where that convention was checked.
import { gzipSync } from 'node:zlib';
import type { DailyBar, ExpectedRow, FileShape, MinuteBar, RejectKind, ShapeSource } from './types.js';

// ---------------------------------------------------------------------------------------------------------
// Helpers: a printed value and the number the product must read back from it.
// ---------------------------------------------------------------------------------------------------------

type Rejected = { file: string; line: number; why: RejectKind };

/** A value as printed in the file (t) and the exact number that must land (v). */
interface Cell {
  t: string;
  v: number;
}
type Fmt = (v: number) => Cell;

interface Ohlcv {
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

interface Bar5 {
  o: Cell;
  h: Cell;
  l: Cell;
  c: Cell;
  vol: Cell;
}

/** The value as the source has it (JavaScript's shortest round-trip form, as pandas and most tools print). */
const exact: Fmt = (v) => ({ t: String(v), v });

/** A fixed number of decimals; the number that lands is that rounding. */
const fixed =
  (d: number): Fmt =>
  (v) => {
    const t = v.toFixed(d);
    return { t, v: Number(t) };
  };

const group = (int: string, sep: string): string => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** `1,189.01` (to be written inside double quotes in a comma-separated file). */
const usGrouped =
  (d: number): Fmt =>
  (v) => {
    const t0 = v.toFixed(d);
    const [i = '', f] = t0.split('.');
    return { t: group(i, ',') + (f === undefined ? '' : `.${f}`), v: Number(t0) };
  };

/** Excel "General" in a decimal-comma locale: `123,45`. */
const euroExact: Fmt = (v) => ({ t: String(v).replace('.', ','), v });

/** Excel `#.##0,00` in a German locale: `1.189,01`, `987,65`. */
const euroGrouped =
  (d: number): Fmt =>
  (v) => {
    const t0 = v.toFixed(d);
    const [i = '', f = ''] = t0.split('.');
    return { t: `${group(i, '.')},${f}`, v: Number(t0) };
  };

/** Nasdaq.com: `$` and up to four decimals with trailing zeros dropped (`$223`, `$227.2`, `$225.7601`). */
const dollar4: Fmt = (v) => {
  const n = Number(v.toFixed(4));
  return { t: `$${String(n)}`, v: n };
};

/** Investing.com volumes: `970.50K`, `25.56M`; lands rounded to the nearest share (25.56M -> 25560000). */
const suffixVol: Fmt = (v) => {
  const k = (v / 1e3).toFixed(2);
  if (v >= 1e3 && Number(k) < 1000) return { t: `${k}K`, v: Math.round(Number(k) * 1e3) };
  if (v >= 1e3) {
    const m = (v / 1e6).toFixed(2);
    return { t: `${m}M`, v: Math.round(Number(m) * 1e6) };
  }
  return { t: String(v), v };
};

/** A whole volume written with one decimal, as pandas writes a float column (`250.0`). */
const vol1: Fmt = (v) => ({ t: v.toFixed(1), v });

function fmt5(b: Ohlcv, p: Fmt, vf: Fmt = exact): Bar5 {
  return { o: p(b.open), h: p(b.high), l: p(b.low), c: p(b.close), vol: vf(b.volume) };
}

function row(symbol: string, ts: string, b: Bar5): ExpectedRow {
  return { symbol, ts, open: b.o.v, high: b.h.v, low: b.l.v, close: b.c.v, volume: b.vol.v };
}

const day = (date: string): string => `${date} 00:00:00`;

function need<T>(xs: T[], min: number, what: string): T[] {
  if (xs.length < min) throw new Error(`${what}: ${xs.length} source rows, expected at least ${min}`);
  return xs;
}

/** `count` minute bars from `fromUtc`, all on that UTC day (the INDA file, for one, has a gap of over a year). */
function minutesOn(src: ShapeSource, symbol: string, fromUtc: string, count: number): MinuteBar[] {
  const bars = src.minutes(symbol, fromUtc, count);
  if (bars.length !== count || bars.some((m) => m.utc.slice(0, 10) !== fromUtc.slice(0, 10)))
    throw new Error(`${symbol}: fewer than ${count} minute bars on ${fromUtc.slice(0, 10)} from ${fromUtc}`);
  return bars;
}

function pick<T>(xs: T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`no element ${i}`);
  return x;
}

const text = (lines: string[], eol = '\n'): string => lines.join(eol) + eol;

/** 1-based physical line of data row i (0-based) under a one-line header. */
const lineOf = (i: number): number => i + 2;

// ---------------------------------------------------------------------------------------------------------
// Dates as the sites print them.
// ---------------------------------------------------------------------------------------------------------

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function ymd(date: string): { y: string; m: string; d: string } {
  const hit = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!hit || hit[1] === undefined || hit[2] === undefined || hit[3] === undefined) throw new Error(`not ISO: ${date}`);
  return { y: hit[1], m: hit[2], d: hit[3] };
}
const monthName = (m: string): string => pick(MONTHS, Number(m) - 1);
const dayOfMonth = (date: string): number => Number(ymd(date).d);

const mdy = (s: string): string => { const { y, m, d } = ymd(s); return `${m}/${d}/${y}`; }; // 11/10/2017
const mdyShort = (s: string): string => { const { y, m, d } = ymd(s); return `${Number(m)}/${Number(d)}/${y}`; }; // 6/1/2017
const mdyy = (s: string): string => { const { y, m, d } = ymd(s); return `${m}/${d}/${y.slice(2)}`; }; // 10/20/17
const dmyDot = (s: string): string => { const { y, m, d } = ymd(s); return `${d}.${m}.${y}`; }; // 02.05.2016
const dmySlash = (s: string): string => { const { y, m, d } = ymd(s); return `${d}/${m}/${y}`; }; // 02/05/2016
const dmyDash = (s: string): string => { const { y, m, d } = ymd(s); return `${d}-${m}-${y}`; }; // 10-11-2017
const monDY = (s: string): string => { const { y, m, d } = ymd(s); return `${monthName(m)} ${d}, ${y}`; }; // Nov 10, 2017
const dMonYY = (s: string): string => { const { y, m, d } = ymd(s); return `${Number(d)}-${monthName(m)}-${y.slice(2)}`; }; // 7-Nov-17
const ddMonYYYY = (s: string): string => { const { y, m, d } = ymd(s); return `${d} ${monthName(m)} ${y}`; }; // 02 Jan 2017
const compact = (s: string): string => s.replace(/-/g, ''); // 20170103
/** Excel's serial day number: days since 1899-12-30. */
const excelSerial = (s: string): string => {
  const { y, m, d } = ymd(s);
  return String((Date.UTC(Number(y), Number(m) - 1, Number(d)) - Date.UTC(1899, 11, 30)) / 86_400_000);
};

// New York time (US rule since 2007: EDT from the second Sunday of March, 2:00, to the first Sunday of November, 2:00).
function sundayOnOrAfter(y: number, month0: number, dayOfM: number): number {
  const dow = new Date(Date.UTC(y, month0, dayOfM)).getUTCDay();
  return dayOfM + ((7 - dow) % 7);
}
function isEdt(ms: number): boolean {
  const y = new Date(ms).getUTCFullYear();
  const start = Date.UTC(y, 2, sundayOnOrAfter(y, 2, 8), 7); // 2:00 EST
  const end = Date.UTC(y, 10, sundayOnOrAfter(y, 10, 1), 6); // 2:00 EDT
  return ms >= start && ms < end;
}
/** 'YYYY-MM-DD HH:MM:SS' UTC -> New York wall clock and its offset. */
function utcToNy(utc: string): { wall: string; offset: string } {
  const ms = Date.parse(`${utc.replace(' ', 'T')}Z`);
  if (Number.isNaN(ms)) throw new Error(`bad UTC time ${utc}`);
  const h = isEdt(ms) ? 4 : 5;
  return { wall: new Date(ms - h * 3_600_000).toISOString().slice(0, 19).replace('T', ' '), offset: `-0${h}:00` };
}
/** The offset of New York midnight on a date (a daily bar of yfinance is stamped at it). */
const midnightOffset = (date: string): string => (isEdt(Date.parse(`${date}T04:00:00Z`)) ? '-04:00' : '-05:00');

/** A deterministic shuffle (mulberry32), so the "random order" file is the same on every run. */
function shuffled<T>(xs: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const tmp = pick(out, i);
    out[i] = pick(out, j);
    out[j] = tmp;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Writers shared by several shapes.
// ---------------------------------------------------------------------------------------------------------

const YAHOO_HEADER = 'Date,Open,High,Low,Close,Adj Close,Volume';

/** Yahoo's download (query1 .../v7/finance/download): six decimals, an Adj Close below the Close. */
function yahooLine(date: string, b: Bar5): string {
  const adj = (b.c.v * 0.9817).toFixed(6);
  return `${date},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${adj},${b.vol.t}`;
}

/** A Yahoo-download file of daily bars (ascending unless `newestFirst`); returns the text and the rows. */
function yahooFile(symbol: string, bars: DailyBar[], newestFirst = false): { content: string; rows: ExpectedRow[] } {
  const ordered = newestFirst ? bars.slice().reverse() : bars;
  const lines = [YAHOO_HEADER];
  const rows: ExpectedRow[] = [];
  for (const bar of ordered) {
    const b = fmt5(bar, fixed(6));
    lines.push(yahooLine(bar.date, b));
    rows.push(row(symbol, day(bar.date), b));
  }
  return { content: text(lines), rows };
}

const percent = (now: number, before: number | undefined): string =>
  before === undefined ? '0.00%' : `${(((now - before) / before) * 100).toFixed(2)}%`;

// ---------------------------------------------------------------------------------------------------------
// The shapes.
// ---------------------------------------------------------------------------------------------------------

export const BLIND_SHAPES: FileShape[] = [
  // ======================================= Yahoo Finance =======================================
  {
    name: 'yahoo-download-with-null-rows',
    source:
      'Yahoo Finance "Download" (query1.finance.yahoo.com/v7/finance/download): Date,Open,High,Low,Close,Adj Close,Volume, ' +
      'ISO dates, six decimals, a `null` in every field for a day without data (here the holidays 2017-05-29 and 2017-07-04)',
    build(src: ShapeSource) {
      const file = 'QAA.csv';
      const bars = need(src.daily('AAPL', '2017-05-15', '2017-07-14'), 40, 'AAPL');
      const nullDates = ['2017-05-29', '2017-07-04'];
      const entries: { date: string; bar?: DailyBar }[] = [
        ...bars.map((bar) => ({ date: bar.date, bar })),
        ...nullDates.map((date) => ({ date })),
      ].sort((a, b) => a.date.localeCompare(b.date));
      const lines = [YAHOO_HEADER];
      const rows: ExpectedRow[] = [];
      const rejected: Rejected[] = [];
      entries.forEach((e, i) => {
        if (e.bar === undefined) {
          lines.push(`${e.date},null,null,null,null,null,null`);
          rejected.push({ file, line: lineOf(i), why: 'no-data' });
        } else {
          const b = fmt5(e.bar, fixed(6));
          lines.push(yahooLine(e.date, b));
          rows.push(row('QAA', day(e.date), b));
        }
      });
      return { files: [{ name: file, content: text(lines) }], expect: { kind: 'lands', rows, rejected } };
    },
  },
  {
    name: 'yahoo-resaved-excel-csv-utf8-bom',
    source:
      'A Yahoo download opened in US Excel and saved as "CSV UTF-8 (Comma delimited)": UTF-8 BOM, CRLF, dates as Excel ' +
      'displays them (M/D/YYYY, no zero padding), numbers in General format',
    build(src) {
      const bars = need(src.daily('MSFT', '2017-03-01', '2017-03-31'), 20, 'MSFT');
      const lines = [YAHOO_HEADER];
      const rows: ExpectedRow[] = [];
      for (const bar of bars) {
        const b = fmt5(bar, exact);
        const adj = Number((bar.close * 0.9705).toFixed(6));
        lines.push(`${mdyShort(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${adj},${b.vol.t}`);
        rows.push(row('QAB', day(bar.date), b));
      }
      return { files: [{ name: 'QAB.csv', content: '\uFEFF' + text(lines, '\r\n') }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'yahoo-legacy-ichart-table-csv',
    source:
      'Yahoo ichart download before May 2017 (ichart.finance.yahoo.com/table.csv, saved as table.csv): ' +
      'Date,Open,High,Low,Close,Volume,Adj Close, newest first, two decimals; the name holds no ticker, so --symbol',
    build(src) {
      const bars = need(src.daily('KO', '2016-11-01', '2016-12-15'), 25, 'KO').slice().reverse();
      const lines = ['Date,Open,High,Low,Close,Volume,Adj Close'];
      const rows: ExpectedRow[] = [];
      for (const bar of bars) {
        const b = fmt5(bar, fixed(2));
        lines.push(`${bar.date},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t},${(bar.close * 0.9611).toFixed(2)}`);
        rows.push(row('QAC', day(bar.date), b));
      }
      return { files: [{ name: 'table.csv', content: text(lines) }], args: ['--symbol', 'QAC'], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'yahoo-same-day-twice-different-values',
    source:
      'A Yahoo download with a hand-appended corrected line for 2017-08-15 (same date, other volume) at the end: ' +
      'both lines of that day are conflicting duplicates, the other days land',
    build(src) {
      const file = 'QAD.csv';
      const bars = need(src.daily('INTC', '2017-08-01', '2017-08-31'), 20, 'INTC');
      const lines = [YAHOO_HEADER];
      const rows: ExpectedRow[] = [];
      const rejected: Rejected[] = [];
      let dup = '';
      bars.forEach((bar, i) => {
        const b = fmt5(bar, fixed(6));
        lines.push(yahooLine(bar.date, b));
        if (bar.date === '2017-08-15') {
          rejected.push({ file, line: lineOf(i), why: 'conflicting-duplicate' });
          dup = yahooLine(bar.date, { ...b, vol: { t: String(bar.volume + 1500), v: bar.volume + 1500 } });
        } else {
          rows.push(row('QAD', day(bar.date), b));
        }
      });
      if (dup === '') throw new Error('INTC 2017-08-15 missing');
      lines.push(dup);
      rejected.push({ file, line: lines.length, why: 'conflicting-duplicate' });
      return { files: [{ name: file, content: text(lines) }], expect: { kind: 'lands', rows, rejected } };
    },
  },
  {
    name: 'yahoo-exact-repeated-lines',
    source:
      'A Yahoo download into which three lines were pasted twice (copy/paste overlap): exact repeats are counted and skipped',
    build(src) {
      const bars = need(src.daily('JPM', '2017-04-03', '2017-04-28'), 18, 'JPM');
      const { rows } = yahooFile('QAE', bars);
      const body = bars.map((bar) => yahooLine(bar.date, fmt5(bar, fixed(6))));
      const withRepeats = [...body.slice(0, 10), ...body.slice(7, 10), ...body.slice(10)];
      return {
        files: [{ name: 'QAE.csv', content: text([YAHOO_HEADER, ...withRepeats]) }],
        expect: { kind: 'lands', rows, repeatsSkipped: 3 },
      };
    },
  },
  {
    name: 'yahoo-browser-repeat-overlapping-downloads',
    source:
      'Two Yahoo downloads of one ticker with overlapping ranges, the second saved by the browser as "QAF (1).csv": ' +
      'the name still means QAF; the overlapping days are exact repeats',
    build(src) {
      const a = need(src.daily('NVDA', '2017-01-03', '2017-02-17'), 25, 'NVDA');
      const b = need(src.daily('NVDA', '2017-02-01', '2017-03-17'), 25, 'NVDA');
      const fa = yahooFile('QAF', a);
      const fb = yahooFile('QAF', b);
      const seen = new Set(a.map((x) => x.date));
      const overlap = b.filter((x) => seen.has(x.date)).length;
      const rows = [...fa.rows, ...fb.rows.filter((r) => !seen.has(r.ts.slice(0, 10)))];
      return {
        files: [
          { name: 'QAF.csv', content: fa.content },
          { name: 'QAF (1).csv', content: fb.content },
        ],
        expect: { kind: 'lands', rows, repeatsSkipped: overlap },
      };
    },
  },
  {
    name: 'yahoo-every-row-null',
    source:
      'A Yahoo download of a range with no data at all: every line is `null`s. Every row is rejected as no-data, ' +
      'nothing lands; the corpus test also checks the non-zero exit for a file whose every row is rejected',
    build() {
      const file = 'QAG.csv';
      const dates = ['2017-06-05', '2017-06-06', '2017-06-07', '2017-06-08', '2017-06-09', '2017-06-12'];
      const lines = [YAHOO_HEADER, ...dates.map((d) => `${d},null,null,null,null,null,null`)];
      const rejected: Rejected[] = dates.map((_, i) => ({ file, line: lineOf(i), why: 'no-data' }));
      // Every row rejected: a failure of the replay (non-zero exit), checked by the corpus test for this case.
      return { files: [{ name: file, content: text(lines) }], expect: { kind: 'lands', rows: [], rejected } };
    },
  },
  {
    name: 'yahoo-hand-edited-bad-lines',
    source:
      'A Yahoo download edited by hand: a word in a price (bad-number), Excel\'s "#######" for a too-narrow date ' +
      '(bad-date), high and low swapped, a negative volume and a zero close (invalid-bar); the other lines land',
    build(src) {
      const file = 'QAH.csv';
      const bars = need(src.daily('NFLX', '2017-06-01', '2017-06-30'), 21, 'NFLX');
      const lines = [YAHOO_HEADER];
      const rows: ExpectedRow[] = [];
      const rejected: Rejected[] = [];
      bars.forEach((bar, i) => {
        const b = fmt5(bar, fixed(6));
        let line = yahooLine(bar.date, b);
        let why: RejectKind | undefined;
        if (i === 3) {
          line = yahooLine(bar.date, { ...b, o: { t: 'abc', v: NaN } });
          why = 'bad-number';
        } else if (i === 6) {
          line = yahooLine('#######', b);
          why = 'bad-date';
        } else if (i === 10) {
          line = yahooLine(bar.date, { ...b, h: b.l, l: b.h });
          if (!(bar.high > bar.low)) throw new Error('need a bar with high > low');
          why = 'invalid-bar';
        } else if (i === 13) {
          line = yahooLine(bar.date, { ...b, vol: { t: `-${b.vol.t}`, v: -b.vol.v } });
          why = 'invalid-bar';
        } else if (i === 16) {
          line = yahooLine(bar.date, { ...b, c: { t: '0.000000', v: 0 } });
          why = 'invalid-bar';
        }
        lines.push(line);
        if (why === undefined) rows.push(row('QAH', day(bar.date), b));
        else rejected.push({ file, line: lineOf(i), why });
      });
      return { files: [{ name: file, content: text(lines) }], expect: { kind: 'lands', rows, rejected } };
    },
  },

  // ======================================= yfinance =======================================
  {
    name: 'yfinance-history-to-csv-daily-offsets',
    source:
      'yfinance Ticker.history(...).to_csv(): Date,Open,High,Low,Close,Volume,Dividends,Stock Splits, the index stamped ' +
      'at New York midnight with its offset (-05:00, then -04:00 after 2017-03-12), floats as pandas prints them',
    build(src) {
      const bars = need(src.daily('KO', '2017-02-21', '2017-03-24'), 20, 'KO');
      const lines = ['Date,Open,High,Low,Close,Volume,Dividends,Stock Splits'];
      const rows: ExpectedRow[] = [];
      for (const bar of bars) {
        const b = fmt5(bar, exact);
        const div = bar.date === '2017-03-13' ? '0.37' : '0.0';
        lines.push(`${bar.date} 00:00:00${midnightOffset(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t},${div},0.0`);
        rows.push(row('QAI', day(bar.date), b));
      }
      return { files: [{ name: 'QAI.csv', content: text(lines) }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'yfinance-intraday-datetime-with-offsets',
    source:
      'yfinance history(interval="1m").to_csv(): the index is named Datetime and stamped in New York time with its offset ' +
      '(2023-08-14 09:30:00-04:00; a February 2025 file at -05:00); two files, two tickers',
    build(src) {
      const files: { name: string; content: string }[] = [];
      const rows: ExpectedRow[] = [];
      const parts: [string, string, string][] = [
        ['QAJ', 'QAJ.csv', '2023-08-14 13:30:00'],
        ['QAK', 'QAK.csv', '2025-02-10 14:30:00'],
      ];
      for (const [sym, name, from] of parts) {
        const bars = minutesOn(src, 'INDA', from, 20);
        const lines = ['Datetime,Open,High,Low,Close,Volume,Dividends,Stock Splits'];
        for (const m of bars) {
          const ny = utcToNy(m.utc);
          const b = fmt5(m, exact);
          lines.push(`${ny.wall}${ny.offset},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t},0.0,0.0`);
          rows.push(row(sym, ny.wall, b));
        }
        files.push({ name, content: text(lines) });
      }
      return { files, expect: { kind: 'lands', rows } };
    },
  },

  // ======================================= Investing.com =======================================
  {
    name: 'investing-com-quoted-thousands-and-suffixed-volumes',
    source:
      'Investing.com "Download Data" ("QAL Historical Data.csv"): "Date","Price","Open","High","Low","Vol.","Change %", ' +
      'every field quoted, newest first, MM/DD/YYYY, prices over 1,000 with thousands commas, volumes as 970.50K / 1.46M',
    build(src) {
      const bars = need(src.daily('GOOGL', '2017-10-16', '2017-11-10'), 19, 'GOOGL');
      const lines = ['"Date","Price","Open","High","Low","Vol.","Change %"'];
      const rows: ExpectedRow[] = [];
      for (let i = bars.length - 1; i >= 0; i--) {
        const bar = pick(bars, i);
        const b = fmt5(bar, usGrouped(2), suffixVol);
        const prev = i > 0 ? pick(bars, i - 1).close : undefined;
        lines.push(
          [mdy(bar.date), b.c.t, b.o.t, b.h.t, b.l.t, b.vol.t, percent(bar.close, prev)].map((x) => `"${x}"`).join(','),
        );
        rows.push(row('QAL', day(bar.date), b));
      }
      return {
        files: [{ name: 'QAL Historical Data.csv', content: text(lines) }],
        args: ['--symbol', 'QAL'],
        expect: { kind: 'lands', rows },
      };
    },
  },
  {
    name: 'investing-com-month-name-dates',
    source:
      'Investing.com download as written before its 2023 redesign: "Date","Price","Open","High","Low","Vol.","Change %" ' +
      'with dates like "Oct 31, 2017", newest first, M-suffixed volumes',
    build(src) {
      const bars = need(src.daily('NVDA', '2017-09-15', '2017-10-31'), 30, 'NVDA');
      const lines = ['"Date","Price","Open","High","Low","Vol.","Change %"'];
      const rows: ExpectedRow[] = [];
      for (let i = bars.length - 1; i >= 0; i--) {
        const bar = pick(bars, i);
        const b = fmt5(bar, fixed(2), suffixVol);
        const prev = i > 0 ? pick(bars, i - 1).close : undefined;
        lines.push(
          [monDY(bar.date), b.c.t, b.o.t, b.h.t, b.l.t, b.vol.t, percent(bar.close, prev)].map((x) => `"${x}"`).join(','),
        );
        rows.push(row('QAM', day(bar.date), b));
      }
      return {
        files: [{ name: 'QAM Historical Data.csv', content: text(lines) }],
        args: ['--symbol', 'QAM'],
        expect: { kind: 'lands', rows },
      };
    },
  },

  // ======================================= Nasdaq.com =======================================
  {
    name: 'nasdaq-com-historical-data-with-symbol',
    source:
      'Nasdaq.com historical quotes download (HistoricalData_<epoch ms>.csv): Date,Close/Last,Volume,Open,High,Low, ' +
      'MM/DD/YYYY, newest first, prices with `$` and trailing zeros dropped ($223, $227.2, $225.7601)',
    build(src) {
      const bars = need(src.daily('AMD', '2017-08-01', '2017-09-29'), 40, 'AMD').slice().reverse();
      const lines = ['Date,Close/Last,Volume,Open,High,Low'];
      const rows: ExpectedRow[] = [];
      for (const bar of bars) {
        const b = fmt5(bar, dollar4);
        lines.push(`${mdy(bar.date)},${b.c.t},${b.vol.t},${b.o.t},${b.h.t},${b.l.t}`);
        rows.push(row('QAN', day(bar.date), b));
      }
      return {
        files: [{ name: 'HistoricalData_1510358400000.csv', content: text(lines) }],
        args: ['--symbol', 'QAN'],
        expect: { kind: 'lands', rows },
      };
    },
  },
  {
    name: 'nasdaq-com-historical-data-name-refused',
    source: 'The same Nasdaq.com download without --symbol: HistoricalData_<epoch ms>.csv names no ticker, so it is refused',
    build(src) {
      const bars = need(src.daily('AMD', '2017-10-02', '2017-10-31'), 20, 'AMD').slice().reverse();
      const lines = ['Date,Close/Last,Volume,Open,High,Low'];
      for (const bar of bars) {
        const b = fmt5(bar, dollar4);
        lines.push(`${mdy(bar.date)},${b.c.t},${b.vol.t},${b.o.t},${b.h.t},${b.l.t}`);
      }
      return {
        files: [{ name: 'HistoricalData_1510444800000.csv', content: text(lines) }],
        expect: { kind: 'refused', message: /HistoricalData_1510444800000\.csv/ },
      };
    },
  },

  // ======================================= WSJ / MarketWatch =======================================
  {
    name: 'wsj-historicalprices-name-refused',
    source: 'WSJ quote page "Download a Spreadsheet": HistoricalPrices.csv names no ticker; without --symbol it is refused',
    build(src) {
      const bars = need(src.daily('IBM', '2017-09-05', '2017-10-20'), 30, 'IBM').slice().reverse();
      const lines = ['Date, Open, High, Low, Close, Volume'];
      for (const bar of bars) {
        const b = fmt5(bar, fixed(2));
        lines.push(`${mdyy(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
      }
      return {
        files: [{ name: 'HistoricalPrices.csv', content: text(lines) }],
        expect: { kind: 'refused', message: /HistoricalPrices\.csv/ },
      };
    },
  },
  {
    name: 'wsj-historicalprices-two-digit-years-with-symbol',
    source:
      'WSJ HistoricalPrices.csv with --symbol: header "Date, Open, High, Low, Close, Volume" (a space after each comma), ' +
      'rows MM/DD/YY with two-digit years, two decimals, newest first',
    build(src) {
      const bars = need(src.daily('IBM', '2017-09-05', '2017-10-20'), 30, 'IBM').slice().reverse();
      const lines = ['Date, Open, High, Low, Close, Volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of bars) {
        const b = fmt5(bar, fixed(2));
        lines.push(`${mdyy(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
        rows.push(row('QAO', day(bar.date), b));
      }
      return {
        files: [{ name: 'HistoricalPrices.csv', content: text(lines) }],
        args: ['--symbol', 'QAO'],
        expect: { kind: 'lands', rows },
      };
    },
  },
  {
    name: 'marketwatch-download-data-name-refused',
    source:
      'MarketWatch "Download Data" names its file "Download Data - STOCK_US_XNAS_<TICKER>.csv": ambiguous by the ' +
      'promise, refused without --symbol',
    build(src) {
      const bars = need(src.daily('NFLX', '2017-07-03', '2017-08-15'), 25, 'NFLX').slice().reverse();
      const lines = ['Date,Open,High,Low,Close,Volume'];
      for (const bar of bars) {
        const b = fmt5(bar, fixed(2), usGrouped(0));
        lines.push(`${mdy(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},"${b.vol.t}"`);
      }
      return {
        files: [{ name: 'Download Data - STOCK_US_XNAS_QAP.csv', content: text(lines) }],
        expect: { kind: 'refused', message: /Download Data - STOCK_US_XNAS_QAP\.csv/ },
      };
    },
  },
  {
    name: 'marketwatch-download-data-quoted-volume-with-symbol',
    source:
      'MarketWatch "Download Data" with --symbol: Date,Open,High,Low,Close,Volume, MM/DD/YYYY, newest first, ' +
      'volume quoted with thousands commas ("12,345,678")',
    build(src) {
      const bars = need(src.daily('JPM', '2017-07-03', '2017-08-15'), 25, 'JPM').slice().reverse();
      const lines = ['Date,Open,High,Low,Close,Volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of bars) {
        const b = fmt5(bar, fixed(2), usGrouped(0));
        lines.push(`${mdy(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},"${b.vol.t}"`);
        rows.push(row('QAQ', day(bar.date), b));
      }
      return {
        files: [{ name: 'Download Data - STOCK_US_XNYS_QAQ.csv', content: text(lines) }],
        args: ['--symbol', 'QAQ'],
        expect: { kind: 'lands', rows },
      };
    },
  },

  // ======================================= Stooq =======================================
  {
    name: 'stooq-daily-csv',
    source:
      'Stooq daily download (stooq.com/q/d/l/?s=<ticker>.us&i=d, saved as <ticker>_us_d.csv): Date,Open,High,Low,Close,Volume, ' +
      'ISO dates, oldest first; --symbol given because `_us_d` is not one of the promised name forms',
    build(src) {
      const bars = need(src.daily('AMZN', '2017-01-03', '2017-02-10'), 25, 'AMZN');
      const lines = ['Date,Open,High,Low,Close,Volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of bars) {
        const b = fmt5(bar, exact);
        lines.push(`${bar.date},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
        rows.push(row('QAR', day(bar.date), b));
      }
      return { files: [{ name: 'qar_us_d.csv', content: text(lines) }], args: ['--symbol', 'QAR'], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'stooq-bulk-ascii-txt',
    source:
      'Stooq bulk database (d_us_txt.zip, data/daily/us/.../<ticker>.us.txt): <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,' +
      '<LOW>,<CLOSE>,<VOL>,<OPENINT>, ticker QAS.US, compact dates 20170103, time 000000',
    build(src) {
      const bars = need(src.daily('MSFT', '2017-01-03', '2017-02-10'), 25, 'MSFT');
      const lines = ['<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>'];
      const rows: ExpectedRow[] = [];
      for (const bar of bars) {
        const b = fmt5(bar, exact);
        lines.push(`QAS.US,D,${compact(bar.date)},000000,${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t},0`);
        rows.push(row('QAS', day(bar.date), b));
      }
      return { files: [{ name: 'qas.us.txt', content: text(lines, '\r\n') }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'stooq-index-without-volume',
    source:
      'Stooq daily download of an index (e.g. ^spx): Date,Open,High,Low,Close with no Volume column at all; ' +
      'volume absent → 0 (the only shape that assumes this)',
    build(src) {
      const bars = need(src.daily('IBM', '2016-03-01', '2016-03-31'), 20, 'IBM');
      const lines = ['Date,Open,High,Low,Close'];
      const rows: ExpectedRow[] = [];
      for (const bar of bars) {
        const b = fmt5(bar, exact, () => ({ t: '', v: 0 }));
        lines.push(`${bar.date},${b.o.t},${b.h.t},${b.l.t},${b.c.t}`);
        rows.push(row('QAT', day(bar.date), b));
      }
      return { files: [{ name: 'qat_d.csv', content: text(lines) }], args: ['--symbol', 'QAT'], expect: { kind: 'lands', rows } };
    },
  },

  // ======================================= Alpha Vantage =======================================
  {
    name: 'alphavantage-daily-csv',
    source:
      'Alpha Vantage TIME_SERIES_DAILY&datatype=csv: timestamp,open,high,low,close,volume, newest first, four decimals',
    build(src) {
      const bars = need(src.daily('KO', '2017-05-01', '2017-06-09'), 25, 'KO').slice().reverse();
      const lines = ['timestamp,open,high,low,close,volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of bars) {
        const b = fmt5(bar, fixed(4));
        lines.push(`${bar.date},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
        rows.push(row('QAU', day(bar.date), b));
      }
      return { files: [{ name: 'QAU.csv', content: text(lines) }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'alphavantage-daily-adjusted-csv',
    source:
      'Alpha Vantage TIME_SERIES_DAILY_ADJUSTED&datatype=csv: timestamp,open,high,low,close,adjusted_close,volume,' +
      'dividend_amount,split_coefficient, newest first; the stored close is `close`, not `adjusted_close`',
    build(src) {
      const bars = need(src.daily('MSFT', '2017-05-01', '2017-05-31'), 20, 'MSFT').slice().reverse();
      const lines = ['timestamp,open,high,low,close,adjusted_close,volume,dividend_amount,split_coefficient'];
      const rows: ExpectedRow[] = [];
      for (const bar of bars) {
        const b = fmt5(bar, fixed(4));
        const div = bar.date === '2017-05-16' ? '0.3900' : '0.0000';
        lines.push(`${bar.date},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${(bar.close * 0.9523).toFixed(4)},${b.vol.t},${div},1.0`);
        rows.push(row('QAV', day(bar.date), b));
      }
      return { files: [{ name: 'QAV.csv', content: text(lines) }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'alphavantage-intraday-eastern-across-dst',
    source:
      'Alpha Vantage TIME_SERIES_INTRADAY&interval=1min&datatype=csv: timestamp,open,high,low,close,volume in US/Eastern ' +
      'wall-clock time without zone, newest first; minutes on both sides of the 2024-03-10 clock change',
    build(src) {
      const bars: MinuteBar[] = [
        ...minutesOn(src, 'FXY', '2024-03-08 14:30:00', 15),
        ...minutesOn(src, 'FXY', '2024-03-11 13:30:00', 15),
      ];
      const lines = ['timestamp,open,high,low,close,volume'];
      const rows: ExpectedRow[] = [];
      for (const m of bars.slice().reverse()) {
        const ny = utcToNy(m.utc);
        const b = fmt5(m, fixed(4));
        lines.push(`${ny.wall},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
        rows.push(row('QAW', ny.wall, b));
      }
      return {
        files: [{ name: 'intraday_1min_QAW.csv', content: text(lines) }],
        args: ['--symbol', 'QAW'],
        expect: { kind: 'lands', rows },
      };
    },
  },

  // ======================================= Kaggle =======================================
  {
    name: 'kaggle-all-stocks-5yr',
    source:
      'Kaggle "S&P 500 stock data" all_stocks_5yr.csv: date,open,high,low,close,volume,Name, ticker in Name, ' +
      'sorted by Name then date',
    build(src) {
      const parts: [string, string][] = [
        ['QAX', 'AAPL'],
        ['QAY', 'AMZN'],
        ['QAZ', 'KO'],
      ];
      const lines = ['date,open,high,low,close,volume,Name'];
      const rows: ExpectedRow[] = [];
      for (const [sym, real] of parts) {
        for (const bar of need(src.daily(real, '2017-10-16', '2017-11-10'), 19, real)) {
          const b = fmt5(bar, exact);
          lines.push(`${bar.date},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t},${sym}`);
          rows.push(row(sym, day(bar.date), b));
        }
      }
      return { files: [{ name: 'all_stocks_5yr.csv', content: text(lines) }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'kaggle-individual-stocks-5yr-data-csv',
    source:
      'Kaggle "S&P 500 stock data" individual_stocks_5yr/<TICKER>_data.csv: the same columns with the Name column',
    build(src) {
      const lines = ['date,open,high,low,close,volume,Name'];
      const rows: ExpectedRow[] = [];
      for (const bar of need(src.daily('FB', '2017-08-01', '2017-09-15'), 30, 'FB')) {
        const b = fmt5(bar, exact);
        lines.push(`${bar.date},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t},QBA`);
        rows.push(row('QBA', day(bar.date), b));
      }
      return { files: [{ name: 'QBA_data.csv', content: text(lines) }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'kaggle-5yr-ddmmyyyy-newest-first-late-decider',
    source:
      'all_stocks_5yr re-saved with DD-MM-YYYY dates, each ticker newest first; the first 2,500+ data lines hold only ' +
      'days <= 12 (ambiguous) and the first deciding date (day > 12) comes near the end of the file',
    build(src) {
      const parts: [string, string][] = [
        ['QBB', 'AAPL'],
        ['QBC', 'MSFT'],
        ['QBD', 'INTC'],
        ['QBE', 'KO'],
        ['QBF', 'JPM'],
      ];
      const lines = ['date,open,high,low,close,volume,Name'];
      const rows: ExpectedRow[] = [];
      const put = (sym: string, bar: DailyBar): void => {
        const b = fmt5(bar, exact);
        lines.push(`${dmyDash(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t},${sym}`);
        rows.push(row(sym, day(bar.date), b));
      };
      for (const [sym, real] of parts) {
        const bars = src.daily(real, '2012-11-12', '2017-11-10').filter((b) => dayOfMonth(b.date) <= 12);
        for (const bar of need(bars, 450, real).slice().reverse()) put(sym, bar);
      }
      const late = need(src.daily('IBM', '2017-01-01', '2017-11-10'), 200, 'IBM').filter((b) => dayOfMonth(b.date) <= 12);
      for (const bar of late.slice().reverse()) put('QBG', bar);
      const deciding = need(src.daily('IBM', '2016-12-27', '2016-12-30'), 3, 'IBM');
      for (const bar of deciding.slice().reverse()) put('QBG', bar);
      return { files: [{ name: 'all_stocks_5yr_ddmmyyyy.csv', content: text(lines) }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'huge-stock-market-dataset-us-txt',
    source:
      'Kaggle "Huge Stock Market Dataset" Stocks/<ticker>.us.txt: Date,Open,High,Low,Close,Volume,OpenInt, ISO dates, ' +
      'OpenInt always 0; the ticker comes from the file name',
    build(src) {
      const lines = ['Date,Open,High,Low,Close,Volume,OpenInt'];
      const rows: ExpectedRow[] = [];
      for (const bar of need(src.daily('TSLA', '2017-09-01', '2017-10-31'), 40, 'TSLA')) {
        const b = fmt5(bar, exact);
        lines.push(`${bar.date},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t},0`);
        rows.push(row('QBH', day(bar.date), b));
      }
      return { files: [{ name: 'qbh.us.txt', content: text(lines) }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'huge-stock-market-dataset-gzip',
    source: 'A Huge Stock Market Dataset file gzipped as <ticker>.us.txt.gz: the name still means the ticker',
    build(src) {
      const lines = ['Date,Open,High,Low,Close,Volume,OpenInt'];
      const rows: ExpectedRow[] = [];
      for (const bar of need(src.daily('NVDA', '2016-01-04', '2016-02-26'), 35, 'NVDA')) {
        const b = fmt5(bar, exact);
        lines.push(`${bar.date},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t},0`);
        rows.push(row('QBI', day(bar.date), b));
      }
      return {
        files: [{ name: 'qbi.us.txt.gz', content: gzipSync(Buffer.from(text(lines), 'utf8')) }],
        expect: { kind: 'lands', rows },
      };
    },
  },
  {
    name: 'kaggle-stock-exchange-indexprocessed',
    source:
      'Kaggle "Stock Exchange Data" indexProcessed.csv: Index,Date,Open,High,Low,Close,Adj Close,Volume,CloseUSD, ' +
      'the ticker in Index, volumes as pandas floats (4621912.0); Close (not Adj Close, not CloseUSD) is the close',
    build(src) {
      const parts: [string, string][] = [
        ['QBJ', 'IBM'],
        ['QBK', 'KO'],
      ];
      const lines = ['Index,Date,Open,High,Low,Close,Adj Close,Volume,CloseUSD'];
      const rows: ExpectedRow[] = [];
      for (const [sym, real] of parts) {
        for (const bar of need(src.daily(real, '2017-06-01', '2017-06-30'), 20, real)) {
          const b = fmt5(bar, exact, vol1);
          const usd = (bar.close * 1.0001).toFixed(4);
          lines.push(`${sym},${bar.date},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.c.t},${b.vol.t},${usd}`);
          rows.push(row(sym, day(bar.date), b));
        }
      }
      return { files: [{ name: 'indexProcessed.csv', content: text(lines) }], expect: { kind: 'lands', rows } };
    },
  },

  // ======================================= European Excel =======================================
  {
    name: 'excel-german-semicolon-decimal-comma',
    source:
      'A Yahoo download opened and saved by German Excel as CSV: `;` separator, decimal commas (123,45), dates ' +
      'DD.MM.YYYY, CRLF',
    build(src) {
      const lines = ['Date;Open;High;Low;Close;Adj Close;Volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of need(src.daily('AAPL', '2016-05-02', '2016-06-15'), 30, 'AAPL')) {
        const b = fmt5(bar, euroExact);
        const adj = euroExact(Number((bar.close * 0.9412).toFixed(6))).t;
        lines.push(`${dmyDot(bar.date)};${b.o.t};${b.h.t};${b.l.t};${b.c.t};${adj};${b.vol.t}`);
        rows.push(row('QBL', day(bar.date), b));
      }
      return { files: [{ name: 'QBL.csv', content: text(lines, '\r\n') }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'excel-french-semicolon-ddmmyyyy',
    source:
      'A Yahoo download saved by French Excel as CSV: `;` separator, decimal commas, dates DD/MM/YYYY (the file ' +
      'decides: days above 12 in the first field), CRLF',
    build(src) {
      const lines = ['Date;Open;High;Low;Close;Adj Close;Volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of need(src.daily('INTC', '2016-09-01', '2016-10-14'), 30, 'INTC')) {
        const b = fmt5(bar, euroExact);
        const adj = euroExact(Number((bar.close * 0.9388).toFixed(6))).t;
        lines.push(`${dmySlash(bar.date)};${b.o.t};${b.h.t};${b.l.t};${b.c.t};${adj};${b.vol.t}`);
        rows.push(row('QBM', day(bar.date), b));
      }
      return { files: [{ name: 'QBM.csv', content: text(lines, '\r\n') }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'excel-german-thousands-dots',
    source:
      'German Excel with the number format #.##0,00 on the price columns: `1.020,04` above 1,000 and `987,65` below, ' +
      '`;` separator, DD.MM.YYYY, volumes left in General format',
    build(src) {
      const lines = ['Date;Open;High;Low;Close;Volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of need(src.daily('AMZN', '2017-07-03', '2017-08-15'), 30, 'AMZN')) {
        const b = fmt5(bar, euroGrouped(2));
        lines.push(`${dmyDot(bar.date)};${b.o.t};${b.h.t};${b.l.t};${b.c.t};${b.vol.t}`);
        rows.push(row('QBN', day(bar.date), b));
      }
      return { files: [{ name: 'QBN.csv', content: text(lines, '\r\n') }], expect: { kind: 'lands', rows } };
    },
  },

  // ======================================= Other real-world shapes =======================================
  {
    name: 'quoted-thousands-web-table-copy',
    source:
      'A price table copied from a quote page into a CSV: Date,Open,High,Low,Close,Volume with numbers formatted as the ' +
      'page shows them, quoted because of their thousands commas ("1,032.48", "1,458,691")',
    build(src) {
      const lines = ['Date,Open,High,Low,Close,Volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of need(src.daily('GOOGL', '2017-09-01', '2017-10-13'), 25, 'GOOGL')) {
        const b = fmt5(bar, usGrouped(2), usGrouped(0));
        lines.push(`${bar.date},"${b.o.t}","${b.h.t}","${b.l.t}","${b.c.t}","${b.vol.t}"`);
        rows.push(row('QBO', day(bar.date), b));
      }
      return { files: [{ name: 'QBO.csv', content: text(lines) }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'excel-unicode-text-utf16le-tabs',
    source:
      'A Yahoo download saved by Excel as "Unicode Text (*.txt)": UTF-16 LE with BOM (FF FE), tab-separated, CRLF, ' +
      'M/D/YYYY dates and General numbers as US Excel displays them',
    build(src) {
      const lines = ['Date\tOpen\tHigh\tLow\tClose\tAdj Close\tVolume'];
      const rows: ExpectedRow[] = [];
      for (const bar of need(src.daily('KO', '2015-06-01', '2015-07-15'), 30, 'KO')) {
        const b = fmt5(bar, exact);
        const adj = Number((bar.close * 0.9134).toFixed(6));
        lines.push([mdyShort(bar.date), b.o.t, b.h.t, b.l.t, b.c.t, String(adj), b.vol.t].join('\t'));
        rows.push(row('QBP', day(bar.date), b));
      }
      const content = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(lines, '\r\n'), 'utf16le')]);
      return { files: [{ name: 'QBP.txt', content }], args: ['--symbol', 'QBP'], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'multi-ticker-file-random-order',
    source:
      'One file of several tickers in no order at all (a database or spreadsheet export): Date,Symbol,Open,High,Low,' +
      'Close,Volume, rows shuffled; they land as the same set',
    build(src) {
      const parts: [string, string][] = [
        ['QBQ', 'AAPL'],
        ['QBR', 'MSFT'],
        ['QBS', 'NVDA'],
      ];
      const lines: string[] = [];
      const rows: ExpectedRow[] = [];
      for (const [sym, real] of parts) {
        for (const bar of need(src.daily(real, '2016-02-01', '2016-02-29'), 18, real)) {
          const b = fmt5(bar, exact);
          lines.push(`${bar.date},${sym},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
          rows.push(row(sym, day(bar.date), b));
        }
      }
      const content = text(['Date,Symbol,Open,High,Low,Close,Volume', ...shuffled(lines, 20160201)]);
      return { files: [{ name: 'prices.csv', content }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'two-files-one-ascending-one-descending',
    source:
      'Two Yahoo-layout files replayed together, one oldest first (as downloaded) and one sorted newest first in a ' +
      'spreadsheet; both land in market-time order',
    build(src) {
      const a = yahooFile('QBT', need(src.daily('INTC', '2015-03-02', '2015-04-15'), 30, 'INTC'));
      const d = yahooFile('QBU', need(src.daily('AMD', '2015-03-02', '2015-04-15'), 30, 'AMD'), true);
      return {
        files: [
          { name: 'QBT.csv', content: a.content },
          { name: 'QBU.csv', content: d.content },
        ],
        expect: { kind: 'lands', rows: [...a.rows, ...d.rows] },
      };
    },
  },
  {
    name: 'iso-utc-z-intraday-across-both-clock-changes',
    source:
      'Minute bars with ISO 8601 UTC timestamps (2024-03-08T14:30:00Z), as APIs such as Alpaca or Polygon exports write ' +
      'them; converted to New York time across the November 2023 and March 2024 clock changes',
    build(src) {
      const bars: MinuteBar[] = [
        ...minutesOn(src, 'FXY', '2023-11-03 14:30:00', 6),
        ...minutesOn(src, 'FXY', '2023-11-06 14:30:00', 6),
        ...minutesOn(src, 'FXY', '2024-03-08 14:30:00', 6),
        ...minutesOn(src, 'FXY', '2024-03-11 13:30:00', 6),
      ];
      const lines = ['timestamp,open,high,low,close,volume'];
      const rows: ExpectedRow[] = [];
      for (const m of bars) {
        const b = fmt5(m, exact);
        lines.push(`${m.utc.replace(' ', 'T')}Z,${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
        rows.push(row('QBV', utcToNy(m.utc).wall, b));
      }
      return { files: [{ name: 'QBV.csv', content: text(lines) }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'minute-file-named-ticker-1min-range',
    source:
      'A minute-bar file named <TICKER>_1min_<from>_to_<to>.csv (as in the Wat-Street/money-making datasets): ' +
      'timestamp,open,high,low,close,volume, New York wall-clock times without zone (taken as written), volumes 250.0',
    build(src) {
      const lines = ['timestamp,open,high,low,close,volume'];
      const rows: ExpectedRow[] = [];
      for (const m of minutesOn(src, 'DBB', '2024-07-15 13:30:00', 30)) {
        const ny = utcToNy(m.utc);
        const b = fmt5(m, exact, vol1);
        lines.push(`${ny.wall},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
        rows.push(row('QBW', ny.wall, b));
      }
      return {
        files: [{ name: 'QBW_1min_2023-07-10_to_2025-07-08.csv', content: text(lines) }],
        expect: { kind: 'lands', rows },
      };
    },
  },
  {
    name: 'excel-serial-dates',
    source:
      'A sheet saved to CSV after its date column lost its date format: Excel serial day numbers (42373 = 2016-01-04, ' +
      'days since 1899-12-30)',
    build(src) {
      const lines = ['Date,Open,High,Low,Close,Volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of need(src.daily('JPM', '2016-01-04', '2016-02-12'), 25, 'JPM')) {
        const b = fmt5(bar, exact);
        lines.push(`${excelSerial(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
        rows.push(row('QBX', day(bar.date), b));
      }
      return { files: [{ name: 'QBX.csv', content: text(lines, '\r\n') }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'google-finance-data-csv-refused',
    source:
      'Google Finance "Download to spreadsheet" (until 2018), saved as data.csv: Date,Open,High,Low,Close,Volume, ' +
      'dates like 7-Nov-17, newest first; data.csv names no ticker, refused without --symbol',
    build(src) {
      const lines = ['Date,Open,High,Low,Close,Volume'];
      for (const bar of need(src.daily('MSFT', '2017-10-02', '2017-11-10'), 25, 'MSFT').slice().reverse()) {
        const b = fmt5(bar, fixed(2));
        lines.push(`${dMonYY(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
      }
      return {
        files: [{ name: 'data.csv', content: '\uFEFF' + text(lines) }],
        expect: { kind: 'refused', message: /data\.csv/ },
      };
    },
  },
  {
    name: 'google-finance-d-mmm-yy-with-symbol',
    source:
      'The Google Finance data.csv with --symbol: UTF-8 BOM, dates d-Mmm-yy (7-Nov-17, 10-Nov-17), two decimals, newest first',
    build(src) {
      const lines = ['Date,Open,High,Low,Close,Volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of need(src.daily('MSFT', '2017-10-02', '2017-11-10'), 25, 'MSFT').slice().reverse()) {
        const b = fmt5(bar, fixed(2));
        lines.push(`${dMonYY(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
        rows.push(row('QBY', day(bar.date), b));
      }
      return {
        files: [{ name: 'data.csv', content: '\uFEFF' + text(lines) }],
        args: ['--symbol', 'QBY'],
        expect: { kind: 'lands', rows },
      };
    },
  },
  {
    name: 'dd-mmm-yyyy-dates',
    source:
      'Dates written "02 Jan 2017" (Excel\'s dd mmm yyyy display, common in UK-locale exports), across a year end',
    build(src) {
      const lines = ['Date,Open,High,Low,Close,Volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of need(src.daily('AAPL', '2016-12-01', '2017-01-31'), 35, 'AAPL')) {
        const b = fmt5(bar, exact);
        lines.push(`${ddMonYYYY(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
        rows.push(row('QBZ', day(bar.date), b));
      }
      return { files: [{ name: 'QBZ.csv', content: text(lines) }], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'ambiguous-day-month-refused',
    source:
      'DD/MM/YYYY dates in which every day is <= 12 (only the 1st-12th of each month kept): nothing in the file decides ' +
      'the order, so it is refused with a message naming --day-first / --month-first',
    build(src) {
      const bars = need(src.daily('KO', '2016-01-01', '2016-03-31'), 20, 'KO').filter((b) => dayOfMonth(b.date) <= 12);
      const lines = ['Date,Open,High,Low,Close,Volume'];
      for (const bar of bars) {
        const b = fmt5(bar, exact);
        lines.push(`${dmySlash(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
      }
      return {
        files: [{ name: 'QCA.csv', content: text(lines) }],
        expect: { kind: 'refused', message: /--day-first|--month-first/ },
      };
    },
  },
  {
    name: 'ambiguous-day-month-with-day-first',
    source: 'An all-ambiguous DD/MM/YYYY file (every day <= 12) replayed with --day-first: it lands',
    build(src) {
      const bars = need(src.daily('KO', '2016-01-01', '2016-03-31'), 20, 'KO').filter((b) => dayOfMonth(b.date) <= 12);
      const lines = ['Date,Open,High,Low,Close,Volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of bars) {
        const b = fmt5(bar, exact);
        lines.push(`${dmySlash(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
        rows.push(row('QCB', day(bar.date), b));
      }
      return { files: [{ name: 'QCB.csv', content: text(lines) }], args: ['--day-first'], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'ambiguous-month-day-with-month-first',
    source: 'An all-ambiguous MM/DD/YYYY file (every day <= 12) replayed with --month-first: it lands',
    build(src) {
      const bars = need(src.daily('JPM', '2016-04-01', '2016-06-30'), 20, 'JPM').filter((b) => dayOfMonth(b.date) <= 12);
      const lines = ['Date,Open,High,Low,Close,Volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of bars) {
        const b = fmt5(bar, exact);
        lines.push(`${mdy(bar.date)},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
        rows.push(row('QCC', day(bar.date), b));
      }
      return { files: [{ name: 'QCC.csv', content: text(lines) }], args: ['--month-first'], expect: { kind: 'lands', rows } };
    },
  },
  {
    name: 'ticker-daily-file-name',
    source: 'A Yahoo-layout file saved as <ticker>_daily.csv in lower case (qcd_daily.csv means QCD)',
    build(src) {
      const f = yahooFile('QCD', need(src.daily('FB', '2016-04-01', '2016-05-13'), 25, 'FB'));
      return { files: [{ name: 'qcd_daily.csv', content: f.content }], expect: { kind: 'lands', rows: f.rows } };
    },
  },
  {
    name: 'browser-export-numbered-name-refused',
    source: 'A broker/web-app export saved by the browser as "export (3).csv": no ticker in the name, refused',
    build(src) {
      const lines = ['Date,Open,High,Low,Close,Volume'];
      for (const bar of need(src.daily('AMZN', '2016-08-01', '2016-08-31'), 20, 'AMZN')) {
        const b = fmt5(bar, exact);
        lines.push(`${bar.date},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
      }
      return {
        files: [{ name: 'export (3).csv', content: text(lines) }],
        expect: { kind: 'refused', message: /export \(3\)\.csv/ },
      };
    },
  },
  {
    name: 'browser-export-numbered-name-with-symbol',
    source: 'The same "export (3).csv" with --symbol: it lands under that ticker',
    build(src) {
      const lines = ['Date,Open,High,Low,Close,Volume'];
      const rows: ExpectedRow[] = [];
      for (const bar of need(src.daily('AMZN', '2016-08-01', '2016-08-31'), 20, 'AMZN')) {
        const b = fmt5(bar, exact);
        lines.push(`${bar.date},${b.o.t},${b.h.t},${b.l.t},${b.c.t},${b.vol.t}`);
        rows.push(row('QCE', day(bar.date), b));
      }
      return {
        files: [{ name: 'export (3).csv', content: text(lines) }],
        args: ['--symbol', 'QCE'],
        expect: { kind: 'lands', rows },
      };
    },
  },
];
