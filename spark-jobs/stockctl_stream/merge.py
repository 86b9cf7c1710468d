"""Landing one micro-batch in PostgreSQL, inside the sink's transaction: prices by COPY or upsert, exact
duplicates counted, rejected records into the quarantine."""

from __future__ import annotations

import psycopg
import pyarrow as pa

from .parse import KAFKA_COLUMNS
from .pgbinary import to_pg_binary

QUARANTINE_COLUMNS = [*KAFKA_COLUMNS, "reason"]

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


def merge_prices(conn: psycopg.Connection, cur: psycopg.Cursor, rows: pa.Table) -> int:
    """Lands a batch's valid rows inside the caller's transaction; returns how many were exact duplicates."""
    if rows.num_rows == 0:
        return 0
    data = to_pg_binary(rows)
    repeated = has_repeated_keys(rows)
    if not repeated:
        # Keys new to the table (a first replay): straight in, at COPY's own speed. A key already stored makes
        # the COPY fail where it meets it; the savepoint is rolled back and the rows take the upsert below.
        try:
            with conn.transaction():
                copy_binary(cur, "prices", rows.column_names, data)
            return 0
        except psycopg.errors.UniqueViolation:
            pass
    copy_binary(cur, "stage_prices", rows.column_names, data)
    if repeated:
        duplicates: int = cur.execute(_COUNT_REPEATED_SQL).fetchone()[0]  # type: ignore[index]
        cur.execute(_UPSERT_REPEATED_SQL)
        return duplicates
    cur.execute(_UPSERT_UNIQUE_SQL)
    return int(rows.num_rows) - cur.rowcount


def has_repeated_keys(rows: pa.Table) -> bool:
    distinct: int = rows.group_by(["symbol", "ts"]).aggregate([]).num_rows
    return distinct < int(rows.num_rows)


def copy_binary(cur: psycopg.Cursor, table: str, columns: list[str], data: bytes) -> None:
    with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN (FORMAT binary)") as copy:
        copy.write(data)


def quarantine(cur: psycopg.Cursor, rows: pa.Table) -> None:
    """Rejected records, with their raw bytes; one already quarantined (the same Kafka offset) is kept as it was."""
    if rows.num_rows == 0:
        return
    with cur.copy(f"COPY stage_quarantine ({', '.join(QUARANTINE_COLUMNS)}) FROM STDIN") as copy:
        for row in zip(*(rows.column(c).to_pylist() for c in QUARANTINE_COLUMNS), strict=True):
            copy.write_row(row)
    cur.execute(_QUARANTINE_SQL)
