"""Every kind of bad message gets its own reason; good ones come out typed and exact."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from stockctl_stream.parse import KAFKA_COLUMNS, read_messages, reject_reasons

GOOD: dict[str, Any] = {
    "v": 1, "symbol": "TSLA", "ts": "2017-11-10T00:00:00", "open": 302.5, "high": 308.36, "low": 301.85,
    "close": 302.99, "volume": 4621912, "produced_at": 1732540000123,
}


def with_(**changes: Any) -> str:
    body = {**GOOD, **changes}
    return json.dumps({k: v for k, v in body.items() if v is not ...})


def parse_messages(kafka: DataFrame) -> DataFrame:
    """Both steps as the job runs them, on one DataFrame: valid rows with a null reason, rejects with theirs."""
    read = read_messages(kafka)
    accepted = read.where("valid").drop("valid").withColumn("reason", F.lit(None).cast("string"))
    rejected = reject_reasons(read.where(~F.col("valid")).select(*KAFKA_COLUMNS))
    return accepted.unionByName(rejected, allowMissingColumns=True)


def parse(spark: SparkSession, values: list[bytes | None]) -> list[Any]:
    rows = [(v, "TSLA", "stock-prices", 0, i) for i, v in enumerate(values)]
    df = spark.createDataFrame(rows, "value binary, key string, topic string, partition int, offset long")
    return sorted(parse_messages(df).collect(), key=lambda r: r.kafka_offset)


def test_good_message_is_typed_exactly(spark: SparkSession) -> None:
    [row] = parse(spark, [with_().encode()])
    assert row.reason is None
    assert (row.symbol, row.open, row.high, row.low, row.close, row.volume) == (
        "TSLA", 302.5, 308.36, 301.85, 302.99, 4621912,
    )
    assert row.ts == datetime(2017, 11, 10)
    assert row.produced_at == datetime(2024, 11, 25, 13, 6, 40, 123000)
    assert (row.kafka_topic, row.kafka_partition, row.kafka_offset, row.kafka_key) == ("stock-prices", 0, 0, "TSLA")


def test_intraday_timestamp_keeps_fraction(spark: SparkSession) -> None:
    [row] = parse(spark, [with_(ts="2017-11-10T09:31:00.250").encode()])
    assert row.reason is None
    assert row.ts == datetime(2017, 11, 10, 9, 31, 0, 250000)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (None, "empty message"),
        (b"", "empty message"),
        (b"garbage", "not a JSON object"),
        (b'{"v":1,"symbol":"TSLA"', "not a JSON object"),
        (b"[1,2,3]", "not a JSON object"),
        (b"\xff\xfe\x00binary", "not a JSON object"),
        (with_(v=...).encode(), "missing field v"),
        (with_(v="one").encode(), "field v is not an integer: one"),
        (with_(v=2).encode(), "unknown schema version 2"),
        (with_(symbol=...).encode(), "missing field symbol"),
        (with_(symbol="tsla").encode(), "bad symbol: tsla"),
        (with_(ts=...).encode(), "missing field ts"),
        (with_(ts="2017-13-45").encode(), "unparseable timestamp: 2017-13-45"),
        (with_(ts="yesterday").encode(), "unparseable timestamp: yesterday"),
        (with_(ts="2017-11-10T00:00:00+05:00").encode(), "unparseable timestamp: 2017-11-10T00:00:00+05:00"),
        (with_(open="302.5").encode(), "field open is not a number: 302.5"),
        (with_(open=...).encode(), "missing field open"),
        (with_(open=-1).encode(), "non-positive open price: -1"),
        (with_(close=0).encode(), "non-positive close price: 0"),
        (with_(high=1).encode(), "high below low: 1 < 301.85"),
        (with_(volume=-5).encode(), "negative volume: -5"),
        (with_(volume=1.5).encode(), "field volume is not an integer: 1.5"),
        (with_(produced_at=...).encode(), "missing field produced_at"),
        (b'{"v":1,"symbol":"TSLA","ts":"2017-11-10","open":NaN}', "not a JSON object"),
    ],
)
def test_bad_message_reason(spark: SparkSession, value: bytes | None, reason: str) -> None:
    [row] = parse(spark, [value])
    assert row.reason == reason
    # A quarantined row carries no half-typed values, only its raw bytes and Kafka coordinates.
    assert (row.symbol, row.ts, row.open, row.volume) == (None, None, None, None)
    assert row.raw_value == (bytearray(value) if value is not None else None)


def test_mixed_batch_keeps_every_record(spark: SparkSession) -> None:
    values = [with_().encode(), b"x", with_(symbol="AAPL").encode(), None]
    rows = parse(spark, values)
    assert [r.kafka_offset for r in rows] == [0, 1, 2, 3]
    assert [r.reason is None for r in rows] == [True, False, True, False]
