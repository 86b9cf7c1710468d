"""A DataFrame's rows as Arrow record batches, handed over as Spark's tasks finish them.

`DataFrame.toArrow()` returns once every task has finished; reading the same stream batch by batch lets the sink
send the first rows to PostgreSQL while Spark still computes the others. PySpark has no public call for this, so
this uses the one `toArrow` uses itself (pinned PySpark version; tests/test_arrow_stream.py holds it to toArrow).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pyarrow as pa
from pyspark.errors.exceptions.captured import unwrap_spark_exception
from pyspark.sql import DataFrame
from pyspark.sql.pandas.serializers import ArrowCollectSerializer
from pyspark.traceback_utils import SCCallSiteSync
from pyspark.util import _load_from_socket


def arrow_batches(df: DataFrame) -> Iterator[pa.RecordBatch]:
    """The rows in batches of up to spark.sql.execution.arrow.maxRecordsPerBatch, in the order tasks finish (not
    partition order). Timestamps come as the JVM writes them: the same instants as toArrow's, time zone aside."""
    with SCCallSiteSync(df.sparkSession.sparkContext):  # type: ignore[no-untyped-call]
        port, secret, server = df._jdf.collectAsArrowToPython()
    try:
        with _load_from_socket((port, secret), ArrowCollectSerializer()) as stream:  # type: ignore[no-untyped-call]
            for item in stream:
                # The stream ends with the batches' partition order, which the caller does not need.
                if isinstance(item, pa.RecordBatch):
                    yield item
    except GeneratorExit:
        # Left early (the caller failed): Spark's writer meets a closed socket; the caller's error is the one to see.
        with contextlib.suppress(Exception):
            server.getResult()
        raise
    except Exception:
        # A stream cut short: Spark's own failure, when there is one, says why.
        with unwrap_spark_exception():
            server.getResult()
        raise
    with unwrap_spark_exception():
        server.getResult()  # raises what failed in Spark
