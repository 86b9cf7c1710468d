"""Spark's progress report → one batch_metrics row."""

import time
from pathlib import Path

from pyspark.sql import DataFrame, SparkSession

from stockctl_stream.metrics import MetricsListener, kafka_lag, metrics_row

PROGRESS = {
    "id": "6f0c-query",
    "runId": "run",
    "batchId": 7,
    "timestamp": "2026-11-25T13:31:11.000Z",
    "numInputRows": 199999,
    "inputRowsPerSecond": 21000.5,
    "processedRowsPerSecond": 23500.25,
    "durationMs": {"addBatch": 8100, "triggerExecution": 8512},
    "sources": [
        {
            "description": "KafkaV2[Subscribe[stock-prices]]",
            "metrics": {
                "avgOffsetsBehindLatest": "10.0",
                "maxOffsetsBehindLatest": "1200",
                "minOffsetsBehindLatest": "0",
            },
        }
    ],
}


def test_row_has_counts_durations_and_lag() -> None:
    assert metrics_row(PROGRESS) == (
        "6f0c-query", 7, "2026-11-25T13:31:11.000Z", 199999, 21000.5, 23500.25, 8512, 8100, 1200,
    )


def test_lag_is_unknown_without_kafka_metrics() -> None:
    assert kafka_lag([{"description": "other", "metrics": {}}]) is None
    assert kafka_lag([]) is None


class _Recorded:
    """Stands in for the psycopg connection: keeps what the listener inserts."""

    def __init__(self) -> None:
        self.closed = False
        self.autocommit = False
        self.rows: list[tuple[object, ...]] = []

    def execute(self, _sql: str, params: tuple[object, ...]) -> None:
        self.rows.append(params)


def _count(batch: DataFrame, _batch_id: int) -> None:
    batch.count()  # a batch that is not read reports no input rows


def test_listener_records_each_batch_of_a_real_query(spark: SparkSession, tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for i, lines in enumerate([["a", "b"], ["c"], ["d", "e", "f"]]):
        (source / f"{i}.txt").write_text("\n".join(lines) + "\n")
    recorded = _Recorded()
    listener = MetricsListener(lambda: recorded)  # type: ignore[arg-type, return-value]
    spark.streams.addListener(listener)
    try:
        query = (
            spark.readStream.format("text").option("maxFilesPerTrigger", 1).load(str(source))
            .writeStream.foreachBatch(_count)
            .option("checkpointLocation", str(tmp_path / "checkpoint"))
            .trigger(availableNow=True).start()
        )
        query.awaitTermination(60)
        deadline = time.monotonic() + 30  # listeners hear of progress asynchronously
        while len(recorded.rows) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        spark.streams.removeListener(listener)
    # One file per batch, in the order the file source picks them (files written together may share a time).
    assert [(r[0], r[1]) for r in recorded.rows] == [(str(query.id), 0), (str(query.id), 1), (str(query.id), 2)]
    assert sorted(int(str(r[3])) for r in recorded.rows) == [1, 2, 3]
    assert listener.last is not None and listener.last["batchId"] == 2
