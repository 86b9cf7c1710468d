"""Which days a batch's rows touch in the intraday summary: minute bars only, each (symbol, day) once."""

from datetime import date, datetime

import pyarrow as pa

from stockctl_stream.summaries import IntradayDays


def piece(rows: list[tuple[str, datetime]]) -> pa.RecordBatch:
    return pa.RecordBatch.from_pydict(
        {"symbol": [s for s, _ in rows], "ts": pa.array([t for _, t in rows], pa.timestamp("us"))}
    )


def test_minute_bars_mark_their_day_once_and_daily_bars_none() -> None:
    days = IntradayDays()
    pieces = [
        piece([("DBB", datetime(2024, 5, 15, 9, 30)), ("DBB", datetime(2024, 5, 15, 9, 31)),
               ("AAPL", datetime(2017, 11, 10))]),
        piece([("DBB", datetime(2024, 5, 16, 15, 59)), ("FXY", datetime(2024, 5, 15, 10, 0))]),
    ]
    assert list(days.watch(pieces)) == pieces  # handed on unchanged, in order
    assert days.days == {("DBB", date(2024, 5, 15)), ("DBB", date(2024, 5, 16)), ("FXY", date(2024, 5, 15))}


def test_a_batch_of_daily_bars_touches_nothing() -> None:
    days = IntradayDays()
    days.add(piece([("AAPL", datetime(2017, 11, 10)), ("IBM", datetime(2017, 11, 9))]))
    assert days.days == set()
