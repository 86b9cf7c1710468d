"""The figures a standing question is judged on, for each row a batch landed, computed with numpy.

Each row is judged with its day so far (a daily bar is its own day; a minute bar is the day up to it) against the
daily bars before its day: the previous close, the sums of the n sessions before (moving averages, average
volume) and the 52 weeks before (new highs and lows). Window sums are differences of running sums in integers
(closes in millionths, volumes as they are), exact, so that they do not depend on where a batch began: the same
rows fire the same alerts whether they land in one batch or in twelve (running sums in floating point would
differ in the last digits, and a moving average equal to a close to 15 digits could cross or not).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt

F8 = npt.NDArray[np.float64]
I8 = npt.NDArray[np.int64]
B1 = npt.NDArray[np.bool_]

# A (symbol, day) pair as one sortable integer: the symbol's number in the batch above the day's.
_DAY_BITS = 22
_DAY_OFFSET = 1 << 21  # days are counted from 2000-01-01, before it too
CLOSE_UNITS = 1_000_000  # closes are summed in millionths of the currency


def day_keys(symbol: I8, day: I8) -> I8:
    return (symbol << _DAY_BITS) + (day + _DAY_OFFSET)


def in_order(major: I8, minor: I8) -> bool:
    """Whether rows are sorted by major, then minor (as they are read, usually: no sort needed)."""
    step = major[1:] - major[:-1]
    return bool(((step > 0) | ((step == 0) & (minor[1:] >= minor[:-1]))).all())


@dataclass
class DailyBars:
    """The daily bars around a batch (prices at 00:00 and the minute bars' days), for every symbol it touched."""

    symbol: I8  # the symbol's number in the batch
    day: I8  # days since 2000-01-01
    close: F8
    volume: F8
    high: F8
    low: F8

    def sorted(self) -> DailyBars:
        if in_order(self.symbol, self.day):
            return self
        order = np.lexsort((self.day, self.symbol))
        return DailyBars(*(a[order] for a in (self.symbol, self.day, self.close, self.volume, self.high, self.low)))


@dataclass
class BatchRows:
    """The rows of the batch's spans as stored: per symbol from its first market day to its last market time."""

    symbol: I8
    ts: I8  # market time, microseconds
    day: I8
    close: F8
    high: F8
    low: F8
    volume: F8
    landed: I8  # when it landed, microseconds since the epoch

    @staticmethod
    def concat(parts: list[BatchRows]) -> BatchRows:
        columns: list[Any] = [np.concatenate([getattr(p, c) for p in parts]) for c in (
            "symbol", "ts", "day", "close", "high", "low", "volume", "landed")]
        return BatchRows(*columns)

    def take(self, index: I8 | B1) -> BatchRows:
        columns: list[Any] = [a[index] for a in (self.symbol, self.ts, self.day, self.close, self.high, self.low,
                                                 self.volume, self.landed)]
        return BatchRows(*columns)


@dataclass
class Windows:
    """The sums over the n sessions before each row's day (and the n - 1 before, for the day's own average);
    closes in millionths."""

    has_n: B1
    closes_n: F8
    closes_n1: F8
    volumes_n: F8


@dataclass
class Figures:
    """Each judged row with its day so far and what it is compared with."""

    rows: BatchRows
    prev_close: F8  # the close of the session before the row's day (NaN: none fetched)
    change: F8  # close ÷ prev_close - 1
    position: I8  # the row's day among the daily bars
    start: I8  # where the row's symbol begins among the daily bars
    bars: DailyBars
    first_day: I8  # per symbol number: the day of its first row stored
    _windows: dict[int, Windows] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.position)

    def symbol_rows(self, symbol: int) -> slice:
        """Where a symbol's rows are (rows are sorted by symbol, then time)."""
        lo, hi = np.searchsorted(self.rows.symbol, [symbol, symbol + 1], side="left")
        return slice(int(lo), int(hi))

    @cached_property
    def year_of_history(self) -> B1:
        """Whether the symbol's rows began at least 365 days before the row's day (a first high is not news)."""
        return self.first_day[self.rows.symbol] <= self.rows.day - 365

    def add_windows(self, n: int, needed: B1) -> None:
        """Adds up the sums for window length n for the rows in `needed` (NaN elsewhere): once per length."""
        has_n = (self.position - self.start) >= n
        want = needed & has_n
        self._windows[n] = Windows(
            has_n,
            window_sums(self.running_closes, self.position, n, want),
            window_sums(self.running_closes, self.position, n - 1, want),
            window_sums(self.running_volumes, self.position, n, want),
        )

    @cached_property
    def running_closes(self) -> I8:
        """0, then the running sum of the bars' closes in millionths (each symbol's windows lie within it)."""
        return np.concatenate(([0], np.cumsum(np.rint(self.bars.close * CLOSE_UNITS).astype(np.int64))))

    @cached_property
    def running_volumes(self) -> I8:
        return np.concatenate(([0], np.cumsum(self.bars.volume.astype(np.int64))))

    def windows(self, n: int) -> Windows:
        return self._windows[n]

    def averages(self, n: int) -> tuple[F8, F8]:
        """Each row's n-session moving average (its close with the n - 1 sessions before) and the day before's."""
        w = self._windows[n]
        close_units = np.rint(self.rows.close * CLOSE_UNITS)
        return (w.closes_n1 + close_units) / (CLOSE_UNITS * n), w.closes_n / (CLOSE_UNITS * n)

    @cached_property
    def extremes(self) -> tuple[F8, F8]:
        """The highest high and lowest low of the 365 days before each row's day (NaN: no bar in them)."""
        keys = day_keys(self.bars.symbol, self.bars.day)
        since = np.searchsorted(keys, day_keys(self.rows.symbol, self.rows.day - 365), side="left")
        return (range_reduce(self.bars.high, since, self.position, np.maximum),
                range_reduce(self.bars.low, since, self.position, np.minimum))


def day_so_far(rows: BatchRows) -> BatchRows:
    """Each row's high, low and volume from its day's first bar up to it (rows sorted by symbol and time)."""
    keys = day_keys(rows.symbol, rows.day)
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], len(keys)]
    long_days = np.flatnonzero(ends - starts > 1)
    if len(long_days) == 0:  # daily bars: each row is its whole day
        return rows
    high, low, volume = rows.high.copy(), rows.low.copy(), rows.volume.copy()
    for d in long_days:
        s, e = starts[d], ends[d]
        np.maximum.accumulate(high[s:e], out=high[s:e])
        np.minimum.accumulate(low[s:e], out=low[s:e])
        np.cumsum(volume[s:e], out=volume[s:e])
    return BatchRows(rows.symbol, rows.ts, rows.day, rows.close, high, low, volume, rows.landed)


def figures(bars: DailyBars, rows: BatchRows, first_ts: I8, first_day: I8) -> Figures:
    """The figures of the rows at or after their symbol's first time in the batch (`first_ts[symbol]`);
    `first_day[symbol]`: the day of the symbol's first row stored."""
    bars = bars.sorted()
    if not in_order(rows.symbol, rows.ts):
        rows = rows.take(np.lexsort((rows.ts, rows.symbol)))
    rows = day_so_far(rows)
    rows = rows.take(rows.ts >= first_ts[rows.symbol])
    keys, wanted = day_keys(bars.symbol, bars.day), day_keys(rows.symbol, rows.day)
    position = np.searchsorted(keys, wanted, side="left")
    found = position < len(keys)
    found[found] = keys[position[found]] == wanted[found]
    rows, position = rows.take(found), position[found]
    start = np.searchsorted(bars.symbol, rows.symbol, side="left")
    prev = position - 1
    prev_close = np.where(prev >= start, bars.close[np.maximum(prev, 0)], np.nan)  # (no row found: all empty)
    with np.errstate(invalid="ignore", divide="ignore"):
        change = rows.close / prev_close - 1
    return Figures(rows, prev_close, change, position, start, bars, first_day)


def window_sums(running: I8, position: I8, n: int, want: B1) -> F8:
    """For each wanted row, the sum of the n bars before position (running: 0, then the running sums)."""
    out = np.full(len(position), np.nan)
    p = position[want]
    out[want] = running[p] - running[p - max(n, 0)]
    return out


def range_reduce(values: F8, lo: I8, hi: I8, op: np.ufunc) -> F8:
    """op over values[lo:hi] for each pair (a sparse table: log2(n) levels, each query two reads); NaN if empty."""
    out = np.full(len(lo), np.nan)
    length = hi - lo
    some = length > 0
    if not some.any():
        return out
    levels = [values]
    while (1 << len(levels)) <= int(length.max()):
        half = 1 << (len(levels) - 1)
        last = levels[-1]
        levels.append(op(last[:-half], last[half:]) if len(last) > half else last[:0])
    k = np.floor(np.log2(np.maximum(length, 1))).astype(np.int64)
    idx = np.flatnonzero(some)
    for level in np.unique(k[idx]):
        at = idx[k[idx] == level]
        table = levels[level]
        out[at] = op(table[lo[at]], table[hi[at] - (1 << int(level))])
    return out
