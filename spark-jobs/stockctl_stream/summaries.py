"""Summaries kept in each batch's transaction, so exactly as current as the rows themselves (a replayed batch too).

- `intraday_daily` (migration 008): a day of minute bars as one daily bar, recomputed for the days a batch
  touched (daily rows, at 00:00, are their own daily bar).
- `daily_stats` (migration 011): each symbol's running sums and highest close per session, recomputed from the
  batch's first session of the symbol on; the sessions before keep theirs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

import psycopg
import pyarrow as pa
import pyarrow.compute as pc


class IntradayDays:
    """Watches the rows a batch lands and remembers which (symbol, day) pairs had intraday rows."""

    def __init__(self) -> None:
        self.days: set[tuple[str, object]] = set()

    def watch(self, pieces: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for piece in pieces:
            self.add(piece)
            yield piece

    def add(self, piece: pa.RecordBatch) -> None:
        ts = piece.column("ts")
        day = pc.floor_temporal(ts, unit="day")
        intraday = pc.not_equal(ts, day)
        if not pc.any(intraday).as_py():  # daily rows only: the usual case for daily files, nothing to do
            return
        touched = pa.table({"symbol": piece.column("symbol"), "day": pc.cast(day, pa.date32())}).filter(intraday)
        self.days.update(zip(touched.column("symbol").to_pylist(), touched.column("day").to_pylist(), strict=True))


def refresh_intraday_daily(cur: psycopg.Cursor, days: IntradayDays) -> None:
    """Recomputes the touched days inside the caller's transaction."""
    if not days.days:
        return
    symbols, dates = zip(*sorted(days.days), strict=True)
    cur.execute("SELECT refresh_intraday_daily(%s::text[], %s::date[])", (list(symbols), list(dates)))


def refresh_daily_stats(cur: psycopg.Cursor, spans: dict[str, tuple[datetime, datetime]]) -> None:
    """Recomputes each landed symbol's sessions from its first landed one, inside the caller's transaction; call
    after `refresh_intraday_daily` (daily_stats reads the daily bars it keeps)."""
    if not spans:
        return
    symbols = sorted(spans)
    cur.execute("SELECT refresh_daily_stats(%s::text[], %s::date[])",
                (symbols, [spans[s][0].date() for s in symbols]))
