// File shapes from the issue's own examples, beside the blind ones (blind.ts): the ones a helper could not know
// to write, because they are about the replay's limits rather than a site's format.

import { tableFromArrays, tableToIPC } from 'apache-arrow';
import type { DailyBar, ExpectedRow, FileShape } from './types.js';

const expected = (symbol: string, b: DailyBar): ExpectedRow => ({ symbol, ts: `${b.date} 00:00:00`, open: b.open, high: b.high, low: b.low, close: b.close, volume: b.volume });
const line = (b: DailyBar, name?: string) => `${b.date},${b.open},${b.high},${b.low},${b.close},${b.volume}${name ? `,${name}` : ''}`;

export const OWN_SHAPES: FileShape[] = [
  {
    // all_stocks_5yr as Kaggle ships it: sorted by Name, then date (every ticker's history one after another).
    name: 'own-all-stocks-sorted-by-name',
    source: 'Kaggle all_stocks_5yr.csv (camnugent/sandp500): rows grouped by Name',
    build(src) {
      const parts = [
        ['QZA', src.daily('AAPL', '2016-01-04', '2016-12-30')],
        ['QZB', src.daily('MSFT', '2016-01-04', '2016-12-30')],
        ['QZC', src.daily('TSLA', '2016-01-04', '2016-12-30')],
      ] as const;
      const body = parts.flatMap(([name, bars]) => bars.map((b) => line(b, name)));
      return {
        files: [{ name: 'all_stocks_5yr.csv', content: ['date,open,high,low,close,volume,Name', ...body].join('\n') + '\n' }],
        expect: { kind: 'lands', rows: parts.flatMap(([name, bars]) => bars.map((b) => expected(name, b))) },
      };
    },
  },
  {
    // Newest first and large enough that a small sort budget spills (the corpus test sets one): sorted on disk.
    name: 'own-newest-first-long-history',
    source: 'a Yahoo-style download saved newest first, 1,800 sessions',
    build(src) {
      const bars = src.daily('TSLA', '2010-01-01', '2017-12-31');
      return {
        files: [{ name: 'QZD.csv', content: ['Date,Open,High,Low,Close,Volume', ...[...bars].reverse().map((b) => line(b))].join('\n') + '\n' }],
        expect: { kind: 'lands', rows: bars.map((b) => expected('QZD', b)) },
      };
    },
  },
  {
    // Thousands of bad lines among good ones: their dead letters must go out in bounded requests, and every good
    // row read before and after them must land.
    name: 'own-thousands-of-bad-lines',
    source: 'a broken export: 7,000 lines with text in the close column between valid rows',
    build(src) {
      const bars = src.daily('IBM', '1990-01-01', '1990-12-31');
      const bad = Array.from({ length: 7_000 }, (_, i) => `1991-01-02,1,2,0.5,garbage-${'x'.repeat(i % 3 === 0 ? 2_000 : 20)},100`);
      const lines = ['Date,Open,High,Low,Close,Volume', ...bars.slice(0, 100).map((b) => line(b)), ...bad, ...bars.slice(100).map((b) => line(b))];
      return {
        files: [{ name: 'QZE.csv', content: lines.join('\n') + '\n' }],
        expect: {
          kind: 'lands',
          rows: bars.map((b) => expected('QZE', b)),
          rejected: bad.map((_, i) => ({ file: 'QZE.csv', line: 102 + i, why: 'bad-number' as const })),
        },
      };
    },
  },
  {
    // The same ticker in two files that disagree on one day: both lines are rejected, the rest lands once.
    name: 'own-two-files-disagree-on-a-day',
    source: 'two downloads of one ticker from different sites, one with a corrected close',
    build(src) {
      const bars = src.daily('KO', '2015-03-02', '2015-03-31');
      const changed = bars.map((b, i) => (i === 10 ? { ...b, close: b.close + 0.01 } : b));
      const header = 'Date,Open,High,Low,Close,Volume';
      return {
        files: [
          { name: 'QZF.csv', content: [header, ...bars.map((b) => line(b))].join('\n') + '\n' },
          { name: 'qzf_daily.csv', content: [header, ...changed.map((b) => line(b))].join('\n') + '\n' },
        ],
        expect: {
          kind: 'lands',
          rows: bars.filter((_, i) => i !== 10).map((b) => expected('QZF', b)),
          rejected: [
            { file: 'QZF.csv', line: 12, why: 'conflicting-duplicate' },
            { file: 'qzf_daily.csv', line: 12, why: 'conflicting-duplicate' },
          ],
          repeatsSkipped: bars.length - 1,
        },
      };
    },
  },
];

/** A Feather (Arrow IPC) file as pandas writes it: dates as text, float prices, int64 volumes. */
function feather(bars: { date: string; open: number; high: number; low: number; close: number; volume: number }[]): Buffer {
  const table = tableFromArrays({
    Date: bars.map((b) => b.date),
    Open: Float64Array.from(bars.map((b) => b.open)),
    High: Float64Array.from(bars.map((b) => b.high)),
    Low: Float64Array.from(bars.map((b) => b.low)),
    Close: Float64Array.from(bars.map((b) => b.close)),
    Volume: BigInt64Array.from(bars.map((b) => BigInt(b.volume))),
  });
  return Buffer.from(tableToIPC(table, 'file'));
}

OWN_SHAPES.push(
  {
    // Arrow input goes the way text does: newest first is sorted, a bad row is rejected (its line is its row
    // number) and dead-lettered, the others land.
    name: 'own-feather-newest-first-with-a-bad-row',
    source: 'pandas DataFrame.to_feather() of a newest-first download, one row with high below low',
    build(src) {
      const bars = [...src.daily('JPM', '2016-05-02', '2016-06-30')].reverse();
      const written = bars.map((b, i) => (i === 5 ? { ...b, high: b.low / 2 } : b));
      return {
        files: [{ name: 'QZG.feather', content: feather(written) }],
        expect: {
          kind: 'lands',
          rows: bars.filter((_, i) => i !== 5).map((b) => expected('QZG', b)),
          rejected: [{ file: 'QZG.feather', line: 6, why: 'invalid-bar' }],
        },
      };
    },
  },
  {
    name: 'own-feather-without-a-ticker-refused',
    source: 'a Feather file saved as data.feather, no symbol column',
    build(src) {
      return { files: [{ name: 'data.feather', content: feather(src.daily('JPM', '2016-05-02', '2016-05-31')) }], expect: { kind: 'refused', message: /data\.feather: its name does not say which ticker/ } };
    },
  },
);
