"""Landing one micro-batch in PostgreSQL, inside the sink's transaction: prices by COPY or upsert, exact
duplicates counted, rejected records into the quarantine."""

from __future__ import annotations

from collections.abc import Iterable

import psycopg
import pyarrow as pa

from .parse import KAFKA_COLUMNS, PRICE_COLUMNS
from .pgbinary import COPY_HEADER, COPY_TRAILER, pg_binary_rows

QUARANTINE_COLUMNS = [*KAFKA_COLUMNS, "reason"]
# A valid row as the sink lands it: the price columns and where in Kafka it was read.
STAGED_PRICE_COLUMNS = [*PRICE_COLUMNS, "kafka_partition", "kafka_offset"]

_UPSERT = """
INSERT INTO prices AS p (symbol, ts, open, high, low, close, volume, produced_at, kafka_partition, kafka_offset)
{source}
ON CONFLICT (symbol, ts) DO UPDATE
SET open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low, close = EXCLUDED.close,
    volume = EXCLUDED.volume, produced_at = EXCLUDED.produced_at, landed_at = clock_timestamp(),
    kafka_partition = EXCLUDED.kafka_partition, kafka_offset = EXCLUDED.kafka_offset
WHERE (p.open, p.high, p.low, p.close, p.volume)
      IS DISTINCT FROM (EXCLUDED.open, EXCLUDED.high, EXCLUDED.low, EXCLUDED.close, EXCLUDED.volume)
"""

# Each key once in the batch (the usual case): a row the upsert neither inserts nor changes is an exact duplicate
# of the stored row, so the upsert's row count alone splits landed from duplicates, with no join and no sort.
_UPSERT_UNIQUE_SQL = _UPSERT.format(
    source="SELECT symbol, ts, open, high, low, close, volume, produced_at, kafka_partition, kafka_offset"
    " FROM stage_prices"
)

# A key sent again within the batch: each version is compared with the previous one in Kafka order (the first
# with the stored row); an equal one is an exact duplicate, absorbed and counted. The last version is written.
_COUNT_REPEATED_SQL = """
WITH versions AS (
    SELECT s.symbol, s.ts, s.open, s.high, s.low, s.close, s.volume,
           lag((s.open, s.high, s.low, s.close, s.volume)::text) OVER w AS previous
    FROM stage_prices s
    WINDOW w AS (PARTITION BY s.symbol, s.ts ORDER BY s.kafka_partition, s.kafka_offset)
)
SELECT count(*) FILTER (WHERE
           CASE WHEN v.previous IS NOT NULL
                THEN v.previous = (v.open, v.high, v.low, v.close, v.volume)::text
                ELSE p.symbol IS NOT NULL
                     AND (p.open, p.high, p.low, p.close, p.volume) = (v.open, v.high, v.low, v.close, v.volume)
           END) AS duplicates
FROM versions v
LEFT JOIN prices p ON p.symbol = v.symbol AND p.ts = v.ts
"""

_UPSERT_REPEATED_SQL = _UPSERT.format(
    source="SELECT DISTINCT ON (symbol, ts) symbol, ts, open, high, low, close, volume, produced_at,"
    " kafka_partition, kafka_offset FROM stage_prices ORDER BY symbol, ts, kafka_partition DESC, kafka_offset DESC"
)

# Per connection, emptied at each commit: a batch stages into tables no other session sees.
STAGING_SQL = """
CREATE TEMPORARY TABLE IF NOT EXISTS stage_prices (
    symbol text NOT NULL, ts timestamp NOT NULL, open double precision NOT NULL, high double precision NOT NULL,
    low double precision NOT NULL, close double precision NOT NULL, volume bigint NOT NULL,
    produced_at timestamptz NOT NULL, kafka_partition integer NOT NULL, kafka_offset bigint NOT NULL
) ON COMMIT DELETE ROWS;
CREATE TEMPORARY TABLE IF NOT EXISTS stage_quarantine (
    kafka_topic text NOT NULL, kafka_partition integer NOT NULL, kafka_offset bigint NOT NULL, kafka_key text,
    raw_value bytea, reason text NOT NULL
) ON COMMIT DELETE ROWS
"""

_QUARANTINE_SQL = """
INSERT INTO quarantine (kafka_topic, kafka_partition, kafka_offset, kafka_key, raw_value, reason)
SELECT kafka_topic, kafka_partition, kafka_offset, kafka_key, raw_value, reason FROM stage_quarantine
ON CONFLICT DO NOTHING
"""


def merge_prices(conn: psycopg.Connection, cur: psycopg.Cursor, batches: Iterable[pa.RecordBatch]) -> tuple[int, int]:
    """Lands a batch's valid rows inside the caller's transaction, reading them as they come (Arrow record
    batches, any order); returns (rows, exact duplicates among them).

    Keys new to the table (a first replay) go straight in, each piece written to one COPY as it arrives, so
    PostgreSQL takes the first rows while Spark still computes the others. A key already stored, or repeated in
    the batch, makes that COPY fail; its savepoint is rolled back and the rows take the upsert below.
    """
    pieces = iter(batches)
    kept: list[pa.RecordBatch] = []
    encoded: list[bytes] = []  # kept too: the fallback stages the same bytes without encoding them again

    def take(piece: pa.RecordBatch) -> bytes:
        kept.append(piece)
        encoded.append(pg_binary_rows(piece))
        return encoded[-1]

    try:
        with conn.transaction(), cur.copy(_copy_sql("prices", STAGED_PRICE_COLUMNS)) as copy:
            copy.write(COPY_HEADER)
            for piece in pieces:
                copy.write(take(piece))
            copy.write(COPY_TRAILER)
        return sum(p.num_rows for p in kept), 0
    except psycopg.errors.UniqueViolation:
        for piece in pieces:  # the rest of the batch, had the COPY failed before its end
            take(piece)
    rows = pa.Table.from_batches(kept) if kept else None
    if rows is None or rows.num_rows == 0:
        return 0, 0
    copy_binary(cur, "stage_prices", STAGED_PRICE_COLUMNS, COPY_HEADER + b"".join(encoded) + COPY_TRAILER)
    if has_repeated_keys(rows):
        duplicates: int = cur.execute(_COUNT_REPEATED_SQL).fetchone()[0]  # type: ignore[index]
        cur.execute(_UPSERT_REPEATED_SQL)
        return rows.num_rows, duplicates
    cur.execute(_UPSERT_UNIQUE_SQL)
    return rows.num_rows, rows.num_rows - cur.rowcount


def has_repeated_keys(rows: pa.Table) -> bool:
    distinct: int = rows.group_by(["symbol", "ts"]).aggregate([]).num_rows
    return distinct < int(rows.num_rows)


def _copy_sql(table: str, columns: list[str]) -> str:
    return f"COPY {table} ({', '.join(columns)}) FROM STDIN (FORMAT binary)"


def copy_binary(cur: psycopg.Cursor, table: str, columns: list[str], data: bytes) -> None:
    with cur.copy(_copy_sql(table, columns)) as copy:
        copy.write(data)


def quarantine(cur: psycopg.Cursor, rows: pa.Table) -> None:
    """Rejected records, with their raw bytes; one already quarantined (the same Kafka offset) is kept as it was."""
    if rows.num_rows == 0:
        return
    with cur.copy(f"COPY stage_quarantine ({', '.join(QUARANTINE_COLUMNS)}) FROM STDIN") as copy:
        for row in zip(*(rows.column(c).to_pylist() for c in QUARANTINE_COLUMNS), strict=True):
            copy.write_row(row)
    cur.execute(_QUARANTINE_SQL)
