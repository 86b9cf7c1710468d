"""Exactly-once micro-batches into PostgreSQL.

foreachBatch is at-least-once: after a crash Spark runs the last batch again with the same batch id. Each batch
is read as Arrow (one Spark job, its rows landed as they arrive) in one transaction together with a marker row
(query id, batch id); a batch whose marker exists is skipped, and the landing itself is idempotent (merge.py), so
a replayed batch changes nothing.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg
import pyarrow as pa
import pyarrow.compute as pc
from psycopg.conninfo import make_conninfo
from pyspark.sql import DataFrame
from pyspark.sql import functions as F
from pyspark.sql.types import BinaryType, IntegerType, LongType, StringType, StructField, StructType

from .alerts import LandedSpans, evaluate_watch_rules
from .arrow_stream import arrow_batches
from .config import JobConfig
from .connection import KeptConnection
from .merge import QUARANTINE_COLUMNS, STAGED_PRICE_COLUMNS, STAGING_SQL, merge_prices, quarantine
from .parse import KAFKA_COLUMNS, PRICE_COLUMNS, reject_reasons
from .summaries import IntradayDays, refresh_daily_stats, refresh_intraday_daily


@dataclass(frozen=True)
class BatchResult:
    batch_id: int
    input_rows: int
    landed: int
    quarantined: int
    duplicates: int
    skipped: bool = False
    alerts: int = 0


def query_id_from_checkpoint(checkpoint: str) -> str:
    """The streaming query's id, which Spark keeps in the checkpoint: stable across restarts, new after a purge."""
    with open(os.path.join(checkpoint, "metadata"), encoding="utf-8") as f:
        return str(json.load(f)["id"])


class PostgresSink:
    def __init__(self, config: JobConfig, outage_tolerance_s: float = 300.0) -> None:
        self.config = config
        self.outage_tolerance_s = outage_tolerance_s
        self._query_id: str | None = None
        self._db = KeptConnection(self.connect, setup=STAGING_SQL)
        self.last: BatchResult | None = None

    def connect(self) -> psycopg.Connection:
        c = self.config
        # The extra libpq settings travel as a conninfo string: as keywords they would be typed as connect()'s own.
        return psycopg.connect(
            make_conninfo("", **c.db_options),
            host=c.db_host, port=c.db_port, dbname=c.db_name, user=c.db_user, password=c.db_password,
            application_name="stockctl-spark-sink", connect_timeout=10,
        )

    @property
    def query_id(self) -> str:
        if self._query_id is None:
            self._query_id = query_id_from_checkpoint(self.config.checkpoint)
        return self._query_id

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
                self._db.close()
                print(f"stockctl: batch {batch_id}: database unreachable ({first_line(e)}); retrying in {delay:.0f} s",
                      file=sys.stderr)
                time.sleep(delay)
                delay = min(delay * 2, 15.0)

    def _write_batch_once(self, batch: DataFrame, batch_id: int) -> None:
        started = datetime.now(timezone.utc)
        conn = self._db.get()
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

        reading = time.monotonic()
        read = ReadBatch(batch)
        with conn.transaction(), conn.cursor() as cur:
            touched, landed = IntradayDays(), LandedSpans()
            accepted, duplicates = merge_prices(conn, cur, landed.watch(touched.watch(read.accepted())))
            refresh_intraday_daily(cur, touched)
            refresh_daily_stats(cur, landed.spans)
            alerts = evaluate_watch_rules(cur, landed)
            rejected = read.explained_rejects()
            spark_done = time.monotonic()
            quarantine(cur, rejected)
            result = BatchResult(
                batch_id, accepted + rejected.num_rows, accepted - duplicates, rejected.num_rows, duplicates,
                alerts=alerts,
            )
            # The marker's primary key makes a concurrent second writer of the same batch fail, not double-count.
            # stage_ms: Spark's part, until its last rows and the reasons of the rejected ones arrived (the COPY
            # of the first rows runs alongside); merge_ms: the rest of the transaction.
            cur.execute(
                "INSERT INTO sink_batches (query_id, batch_id, input_rows, landed, quarantined, duplicates,"
                " started_at, stage_ms, merge_ms) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (self.query_id, batch_id, result.input_rows, result.landed, result.quarantined, result.duplicates,
                 started, round((spark_done - reading) * 1000), round((time.monotonic() - spark_done) * 1000)),
            )
        self.last = result


def sink_columns(parsed: DataFrame) -> DataFrame:
    """What the sink collects of each record read: a valid row's topic, key and raw bytes are not needed."""
    invalid = ~F.col("valid")
    return parsed.select(
        *PRICE_COLUMNS, F.when(invalid, F.col("kafka_topic")).alias("kafka_topic"), "kafka_partition", "kafka_offset",
        F.when(invalid, F.col("kafka_key")).alias("kafka_key"), F.when(invalid, F.col("raw_value")).alias("raw_value"),
        "valid",
    )


class ReadBatch:
    """One micro-batch read in one Spark job, its valid rows handed on as they arrive, its invalid ones kept."""

    def __init__(self, batch: DataFrame) -> None:
        self.batch = batch
        self.rejected: list[pa.RecordBatch] = []

    def accepted(self) -> Iterator[pa.RecordBatch]:
        """The valid rows, ready to land (STAGED_PRICE_COLUMNS), piece by piece as Spark's tasks finish."""
        for piece in arrow_batches(self.batch):
            valid = piece.column("valid")
            if valid.false_count:
                self.rejected.append(piece.filter(pc.invert(valid)).select(KAFKA_COLUMNS))
                piece = piece.filter(valid)
            yield piece.select(STAGED_PRICE_COLUMNS)

    def explained_rejects(self) -> pa.Table:
        """The invalid records with their reasons (QUARANTINE_COLUMNS), worked out by a second Spark job for those
        alone, when there are any; call once `accepted()` is used up."""
        rejected = pa.Table.from_batches(self.rejected) if self.rejected else None
        if rejected is None or rejected.num_rows == 0:
            return pa.table({c: [] for c in QUARANTINE_COLUMNS})
        explained = reject_reasons(self.batch.sparkSession.createDataFrame(rejected, schema=_REJECTED_SCHEMA))
        return explained.toArrow().select(QUARANTINE_COLUMNS)


_REJECTED_SCHEMA = StructType([
    StructField("kafka_topic", StringType()), StructField("kafka_partition", IntegerType()),
    StructField("kafka_offset", LongType()), StructField("kafka_key", StringType()),
    StructField("raw_value", BinaryType()),
])


# Connection failures recognised by their wording, for errors that are not a psycopg OperationalError.
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
