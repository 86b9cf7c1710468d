"""Standing questions evaluated in each batch's transaction (migration 009): the rows a batch landed, per symbol
from its first to its last market time, judged against the active watch rules; the alerts are written, and
followers told, only when the batch commits, so a batch replayed after a crash never fires twice."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

import psycopg
import pyarrow as pa


class LandedSpans:
    """Watches the rows a batch lands and keeps, per symbol, the first and last market time."""

    def __init__(self) -> None:
        self.spans: dict[str, tuple[datetime, datetime]] = {}

    def watch(self, pieces: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for piece in pieces:
            self.add(piece)
            yield piece

    def add(self, piece: pa.RecordBatch) -> None:
        if piece.num_rows == 0:
            return
        per_symbol = (
            pa.table({"symbol": piece.column("symbol"), "ts": piece.column("ts")})
            .group_by("symbol").aggregate([("ts", "min"), ("ts", "max")])
        )
        for symbol, first, last in zip(*(per_symbol.column(c).to_pylist() for c in ("symbol", "ts_min", "ts_max")),
                                       strict=True):
            seen = self.spans.get(symbol)
            self.spans[symbol] = (first, last) if seen is None else (min(seen[0], first), max(seen[1], last))


def evaluate_watch_rules(cur: psycopg.Cursor, landed: LandedSpans) -> int:
    """Fires the rules the landed rows meet, inside the caller's transaction; returns the alerts written."""
    if not landed.spans:
        return 0
    symbols = sorted(landed.spans)
    cur.execute(
        "SELECT evaluate_watch_rules(%s::text[], %s::timestamp[], %s::timestamp[])",
        (symbols, [landed.spans[s][0] for s in symbols], [landed.spans[s][1] for s in symbols]),
    )
    row = cur.fetchone()
    return int(row[0]) if row else 0
