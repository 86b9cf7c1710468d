"""How the sink splits and encodes a batch, and which failures it waits out (the database going away)."""

import json
from datetime import datetime, timezone

import psycopg
import pyarrow as pa
import pytest
from pyspark.sql import DataFrame, SparkSession

from stockctl_stream.merge import QUARANTINE_COLUMNS, has_repeated_keys
from stockctl_stream.parse import PRICE_COLUMNS, read_messages
from stockctl_stream.sink import ReadBatch, is_connection_failure, sink_columns


@pytest.mark.parametrize(
    "text",
    [
        "org.postgresql.util.PSQLException: Connection to 127.0.0.1:15432 refused. Check that the hostname and port",
        "FATAL: terminating connection due to administrator command",
        "An I/O error occurred while sending to the backend.",
        "FATAL: the database system is in recovery mode",
        "This connection has been closed.",
    ],
)
def test_database_outages_are_retried(text: str) -> None:
    assert is_connection_failure(RuntimeError(text))


def test_psycopg_operational_errors_are_retried() -> None:
    assert is_connection_failure(psycopg.OperationalError("connection failed"))


@pytest.mark.parametrize(
    "text",
    [
        'ERROR: new row for relation "prices" violates check constraint "prices_check"',
        "ERROR: permission denied for table prices",
        "AnalysisException: cannot resolve column",
    ],
)
def test_other_errors_fail_the_batch(text: str) -> None:
    assert not is_connection_failure(RuntimeError(text))


def kafka_batch(spark: SparkSession, values: list[bytes | None]) -> DataFrame:
    rows = [(v, "TSLA", "stock-prices", 1, 100 + i) for i, v in enumerate(values)]
    df = spark.createDataFrame(rows, "value binary, key string, topic string, partition int, offset long")
    return sink_columns(read_messages(df))


def test_a_read_batch_hands_on_valid_rows_and_explains_the_rest(spark: SparkSession) -> None:
    good = json.dumps({"v": 1, "symbol": "TSLA", "ts": "2017-11-10T00:00:00", "open": 302.5, "high": 308.36,
                       "low": 301.85, "close": 302.99, "volume": 4621912, "produced_at": 1732540000123}).encode()
    read = ReadBatch(kafka_batch(spark, [good, b"garbage", None]))
    accepted = pa.Table.from_batches(list(read.accepted()))
    rejected = read.explained_rejects()
    assert accepted.column_names == [*PRICE_COLUMNS, "kafka_partition", "kafka_offset"]
    assert accepted.to_pylist() == [{
        "symbol": "TSLA", "ts": datetime(2017, 11, 10), "open": 302.5, "high": 308.36, "low": 301.85,
        "close": 302.99, "volume": 4621912,
        "produced_at": datetime(2024, 11, 25, 13, 6, 40, 123000, tzinfo=timezone.utc),
        "kafka_partition": 1, "kafka_offset": 100,
    }]
    assert sorted((r["kafka_offset"], r["reason"], r["raw_value"]) for r in rejected.to_pylist()) == [
        (101, "not a JSON object", b"garbage"), (102, "empty message", None),
    ]
    assert rejected.column_names == QUARANTINE_COLUMNS


def test_repeated_keys_are_found() -> None:
    days = [datetime(2020, 1, 1), datetime(2020, 1, 2), datetime(2020, 1, 1)]
    rows = pa.table({"symbol": ["A", "A", "B"], "ts": days})
    assert not has_repeated_keys(rows)
    assert has_repeated_keys(pa.concat_tables([rows, rows.slice(1, 1)]))
