"""Where the watch rules look after a batch: per symbol, its first and last market time, over every piece."""

from datetime import datetime

import pyarrow as pa

from stockctl_stream.alerts import LandedSpans


def piece(rows: list[tuple[str, datetime]]) -> pa.RecordBatch:
    return pa.RecordBatch.from_pydict(
        {"symbol": [s for s, _ in rows], "ts": pa.array([t for _, t in rows], pa.timestamp("us"))}
    )


def test_spans_cover_every_piece_in_any_order() -> None:
    landed = LandedSpans()
    pieces = [
        piece([("TSLA", datetime(2017, 1, 5)), ("AAPL", datetime(2017, 1, 4)), ("TSLA", datetime(2017, 1, 3))]),
        piece([]),
        piece([("TSLA", datetime(2016, 12, 30)), ("DBB", datetime(2024, 5, 15, 9, 31))]),
    ]
    assert list(landed.watch(pieces)) == pieces  # handed on unchanged
    assert landed.spans == {
        "TSLA": (datetime(2016, 12, 30), datetime(2017, 1, 5)),
        "AAPL": (datetime(2017, 1, 4), datetime(2017, 1, 4)),
        "DBB": (datetime(2024, 5, 15, 9, 31), datetime(2024, 5, 15, 9, 31)),
    }
