"""Exactly-once micro-batches into PostgreSQL.

foreachBatch is at-least-once: after a crash Spark runs the last batch again with the same batch id. Each batch
is staged through JDBC, then merged in one transaction together with a marker row (query id, batch id); a batch
whose marker exists is skipped, and the merge itself is an upsert, so a replayed batch changes nothing.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg
from pyspark.sql import DataFrame
from pyspark.sql import functions as F

from .config import JobConfig
from .parse import KAFKA_COLUMNS, PRICE_COLUMNS, parse_messages

# Versions of a key inside one batch are compared with the previous version in Kafka order; the first version
# is compared with the stored row. Equal values are an exact duplicate: absorbed, counted, not written.
_COUNT_SQL = """
WITH versions AS (
    SELECT s.symbol, s.ts, s.open, s.high, s.low, s.close, s.volume,
           lag((s.open, s.high, s.low, s.close, s.volume)::text) OVER w AS previous
    FROM stage_prices s
    WINDOW w AS (PARTITION BY s.symbol, s.ts ORDER BY s.kafka_partition, s.kafka_offset)
)
SELECT count(*) AS valid,
       count(*) FILTER (WHERE
           CASE WHEN v.previous IS NOT NULL
                THEN v.previous = (v.open, v.high, v.low, v.close, v.volume)::text
                ELSE p.symbol IS NOT NULL
                     AND (p.open, p.high, p.low, p.close, p.volume) = (v.open, v.high, v.low, v.close, v.volume)
           END) AS duplicates
FROM versions v
LEFT JOIN prices p ON p.symbol = v.symbol AND p.ts = v.ts
"""

# The last version of each key in Kafka order wins; an identical stored row is left untouched.
_MERGE_SQL = """
INSERT INTO prices AS p (symbol, ts, open, high, low, close, volume, produced_at, kafka_partition, kafka_offset)
SELECT DISTINCT ON (symbol, ts) symbol, ts, open, high, low, close, volume, produced_at, kafka_partition, kafka_offset
FROM stage_prices
ORDER BY symbol, ts, kafka_partition DESC, kafka_offset DESC
ON CONFLICT (symbol, ts) DO UPDATE
SET open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low, close = EXCLUDED.close,
    volume = EXCLUDED.volume, produced_at = EXCLUDED.produced_at, landed_at = clock_timestamp(),
    kafka_partition = EXCLUDED.kafka_partition, kafka_offset = EXCLUDED.kafka_offset
WHERE (p.open, p.high, p.low, p.close, p.volume)
      IS DISTINCT FROM (EXCLUDED.open, EXCLUDED.high, EXCLUDED.low, EXCLUDED.close, EXCLUDED.volume)
"""

_QUARANTINE_SQL = """
INSERT INTO quarantine (kafka_topic, kafka_partition, kafka_offset, kafka_key, raw_value, reason)
SELECT kafka_topic, kafka_partition, kafka_offset, kafka_key, raw_value, reason FROM stage_quarantine
ON CONFLICT DO NOTHING
"""


@dataclass(frozen=True)
class BatchResult:
    batch_id: int
    input_rows: int
    landed: int
    quarantined: int
    duplicates: int
    skipped: bool = False


def query_id_from_checkpoint(checkpoint: str) -> str:
    """The streaming query's id, which Spark keeps in the checkpoint: stable across restarts, new after a purge."""
    with open(os.path.join(checkpoint, "metadata"), encoding="utf-8") as f:
        return str(json.load(f)["id"])


class PostgresSink:
    def __init__(self, config: JobConfig, outage_tolerance_s: float = 300.0) -> None:
        self.config = config
        self.outage_tolerance_s = outage_tolerance_s
        self._query_id: str | None = None
        self.last: BatchResult | None = None

    def connect(self) -> psycopg.Connection:
        c = self.config
        return psycopg.connect(
            host=c.db_host, port=c.db_port, dbname=c.db_name, user=c.db_user, password=c.db_password,
            application_name="stockctl-spark-sink", connect_timeout=10,
        )

    @property
    def query_id(self) -> str:
        if self._query_id is None:
            self._query_id = query_id_from_checkpoint(self.config.checkpoint)
        return self._query_id

    def _jdbc(self, df: DataFrame, table: str) -> None:
        c = self.config
        df.write.jdbc(
            c.jdbc_url, table, mode="append",
            properties={
                "user": c.db_user, "password": c.db_password, "driver": "org.postgresql.Driver",
                "batchsize": str(c.jdbc_batch_size),
            },
        )

    def write_batch(self, batch: DataFrame, batch_id: int) -> None:
        """foreachBatch callback. A database outage is waited out: the batch is idempotent, so retrying is safe."""
        delay = 1.0
        deadline = time.monotonic() + self.outage_tolerance_s
        while True:
            try:
                self._write_batch_once(batch, batch_id)
                return
            except Exception as e:
                if not is_connection_failure(e) or time.monotonic() + delay > deadline:
                    raise
                print(f"stockctl: batch {batch_id}: database unreachable ({first_line(e)}); retrying in {delay:.0f} s",
                      file=sys.stderr)
                time.sleep(delay)
                delay = min(delay * 2, 15.0)

    def _write_batch_once(self, batch: DataFrame, batch_id: int) -> None:
        started = datetime.now(timezone.utc)
        with self.connect() as conn:
            marker = conn.execute(
                "SELECT input_rows, landed, quarantined, duplicates FROM sink_batches"
                " WHERE query_id = %s AND batch_id = %s",
                (self.query_id, batch_id),
            ).fetchone()
            if marker is not None:
                # Committed before a crash, replayed by Spark now: nothing to do.
                rows, landed, quarantined, duplicates = marker
                self.last = BatchResult(batch_id, rows, landed, quarantined, duplicates, skipped=True)
                return
            conn.execute("TRUNCATE stage_prices, stage_quarantine")
            conn.commit()

        staging = time.monotonic()
        parsed = parse_messages(batch).persist()
        try:
            valid = F.col("reason").isNull()
            self._jdbc(parsed.where(valid).select(*PRICE_COLUMNS, "kafka_partition", "kafka_offset"), "stage_prices")
            self._jdbc(parsed.where(~valid).select(*KAFKA_COLUMNS, "reason"), "stage_quarantine")
        finally:
            parsed.unpersist()

        merging = time.monotonic()
        with self.connect() as conn, conn.transaction():
            valid_rows, duplicates = conn.execute(_COUNT_SQL).fetchone() or (0, 0)
            conn.execute(_MERGE_SQL)
            quarantined = conn.execute("SELECT count(*) FROM stage_quarantine").fetchone()[0]  # type: ignore[index]
            conn.execute(_QUARANTINE_SQL)
            landed = valid_rows - duplicates
            # The marker's primary key makes a concurrent second writer of the same batch fail, not double-count.
            conn.execute(
                "INSERT INTO sink_batches (query_id, batch_id, input_rows, landed, quarantined, duplicates,"
                " started_at, stage_ms, merge_ms) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (self.query_id, batch_id, valid_rows + quarantined, landed, quarantined, duplicates, started,
                 round((merging - staging) * 1000), round((time.monotonic() - merging) * 1000)),
            )
        self.last = BatchResult(batch_id, valid_rows + quarantined, landed, quarantined, duplicates)


# Connection failures, as psycopg and the JDBC driver (wrapped in a Py4J error) word them.
_CONNECTION_FAILURES = re.compile(
    r"Connection refused|Connection to \S+ refused|connection attempt failed|terminating connection"
    r"|server closed the connection|An I/O error occurred|This connection has been closed"
    r"|the database system is (starting up|shutting down|in recovery mode)|connection failed|EOFException"
)


def first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0][:200]


def is_connection_failure(e: BaseException) -> bool:
    if isinstance(e, psycopg.OperationalError):
        return True
    return _CONNECTION_FAILURES.search(str(e)) is not None


def wait_for_database(sink: PostgresSink, attempts: int = 30, delay: float = 2.0) -> None:
    """The job may start before the database accepts connections (or while it restarts): retry with a delay."""
    for attempt in range(1, attempts + 1):
        try:
            with sink.connect() as conn:
                conn.execute("SELECT 1 FROM sink_batches LIMIT 1")
            return
        except psycopg.OperationalError:
            if attempt == attempts:
                raise
            time.sleep(delay)
