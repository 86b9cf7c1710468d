"""Spark's progress report → one batch_metrics row."""

from stockctl_stream.metrics import kafka_lag, metrics_row

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
