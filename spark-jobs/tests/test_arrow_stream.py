"""arrow_batches: the rows of toArrow, handed over as tasks finish, and Spark's failures raised."""

import pyarrow as pa
import pytest
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from stockctl_stream.arrow_stream import arrow_batches


def sample(spark: SparkSession, rows: int = 30_000) -> DataFrame:
    return spark.range(rows, numPartitions=4).select(
        F.col("id"),
        F.concat(F.lit("S"), (F.col("id") % 97).cast("string")).alias("symbol"),
        (F.col("id") / 7).alias("price"),
        F.timestamp_seconds(F.col("id") * 60).alias("at"),
        F.to_timestamp_ntz(F.lit("2017-11-10 09:31:00")).alias("local"),
    )


def rows_of(table: pa.Table) -> list[tuple[object, ...]]:
    return sorted(tuple(r.values()) for r in table.to_pylist())


def test_it_gives_the_rows_of_to_arrow(spark: SparkSession) -> None:
    df = sample(spark)
    pieces = list(arrow_batches(df))
    assert len(pieces) >= 4  # a piece or more per task
    streamed = pa.Table.from_batches(pieces)
    expected = df.toArrow()
    assert streamed.column_names == expected.column_names
    assert streamed.num_rows == expected.num_rows == 30_000
    # Same instants; toArrow also labels them with its time zone.
    assert rows_of(streamed.cast(expected.schema)) == rows_of(expected)


def test_a_failure_in_spark_is_raised(spark: SparkSession) -> None:
    df = spark.range(1000, numPartitions=2).select(
        F.when(F.col("id") == 777, F.raise_error(F.lit("boom at 777"))).otherwise(F.col("id")).alias("id")
    )
    with pytest.raises(Exception, match="boom at 777"):
        for _ in arrow_batches(df):
            pass


def test_leaving_early_leaves_the_session_usable(spark: SparkSession) -> None:
    df = sample(spark)
    for _ in arrow_batches(df):
        break
    assert df.count() == 30_000
    assert sum(p.num_rows for p in arrow_batches(df)) == 30_000


def test_pieces_follow_the_arrow_batch_size(spark: SparkSession) -> None:
    # `spark.write_batch_rows` in stockctl's config: the size of each piece the sink writes into COPY.
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", "1000")
    try:
        pieces = list(arrow_batches(sample(spark)))
    finally:
        spark.conf.unset("spark.sql.execution.arrow.maxRecordsPerBatch")
    assert max(p.num_rows for p in pieces) == 1000
    assert sum(p.num_rows for p in pieces) == 30_000
