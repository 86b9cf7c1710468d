"""Per-batch metrics: Spark's own progress reports, kept in the batch_metrics table for `stockctl status`."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import psycopg
from pyspark import SparkContext
from pyspark.sql.streaming.listener import StreamingQueryListener

from .connection import KeptConnection

_INSERT = """
INSERT INTO batch_metrics (query_id, batch_id, reported_at, input_rows, input_rows_per_second,
                           processed_rows_per_second, trigger_ms, add_batch_ms, kafka_lag)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (query_id, batch_id) DO NOTHING
"""


def kafka_lag(sources: list[dict[str, Any]]) -> int | None:
    """Offsets behind the end of the topic after the batch, as the Kafka source reports it."""
    for source in sources:
        behind = (source.get("metrics") or {}).get("maxOffsetsBehindLatest")
        if behind is not None:
            return int(float(behind))
    return None


def metrics_row(progress: dict[str, Any]) -> tuple[Any, ...]:
    durations = progress.get("durationMs") or {}
    return (
        progress["id"],
        progress["batchId"],
        progress["timestamp"],
        progress.get("numInputRows", 0),
        progress.get("inputRowsPerSecond"),
        progress.get("processedRowsPerSecond"),
        durations.get("triggerExecution"),
        durations.get("addBatch"),
        kafka_lag(progress.get("sources") or []),
    )


class MetricsListener(StreamingQueryListener):
    def __init__(self, connect: Callable[[], psycopg.Connection]) -> None:
        self.last: dict[str, Any] | None = None
        self._db = KeptConnection(connect)

    def onQueryStarted(self, event: Any) -> None:  # noqa: N802 (Spark's name)
        pass

    def onQueryProgress(self, event: Any) -> None:  # noqa: N802
        self.record(event.progress.json)

    def onQueryIdle(self, event: Any) -> None:  # noqa: N802
        pass

    def onQueryTerminated(self, event: Any) -> None:  # noqa: N802
        pass

    def record(self, progress_json: str) -> None:
        progress: dict[str, Any] = json.loads(progress_json)
        self.last = progress
        try:
            self._db.get().execute(_INSERT, metrics_row(progress))
        except psycopg.Error as e:
            self._db.close()
            # Metrics must never stop the data: a lost metrics row is reported, not raised.
            print(f"stockctl: could not record metrics of batch {progress.get('batchId')}: {e}", file=sys.stderr)

    @property
    def _jlistener(self) -> Any:
        # What `spark.streams.addListener` registers in the JVM. PySpark's own turns every report into Python
        # objects first: each of its map conversions ends in a Java exception that PySpark then classifies with a
        # dozen JVM calls, each scanning the class path; at several batches a second that was a visible share of
        # the job's CPU. This one asks the JVM for the report's JSON alone, in one call.
        if not hasattr(self, "_jlistenerobj"):
            jvm = SparkContext._jvm
            assert jvm is not None
            self._jlistenerobj = jvm.PythonStreamingQueryListenerWrapper(_ProgressJson(self.record))
        return self._jlistenerobj


class _ProgressJson:
    """The JVM's side of MetricsListener: hands on each progress report as JSON, ignores the other events."""

    def __init__(self, on_progress: Callable[[str], None]) -> None:
        self.on_progress = on_progress

    def onQueryStarted(self, jevent: Any) -> None:  # noqa: N802
        pass

    def onQueryProgress(self, jevent: Any) -> None:  # noqa: N802
        self.on_progress(jevent.progress().json())

    def onQueryIdle(self, jevent: Any) -> None:  # noqa: N802
        pass

    def onQueryTerminated(self, jevent: Any) -> None:  # noqa: N802
        pass

    class Java:
        implements = ["org.apache.spark.sql.streaming.PythonStreamingQueryListener"]
