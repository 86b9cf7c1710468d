"""Kafka records → typed price rows, or a quarantine reason. Nothing is dropped and nothing is silently nulled.

`from_json` in its default (PERMISSIVE) mode turns what it cannot read into nulls, so every field is checked
twice: once as text (is it there at all?) and once typed (did it have the right type?).
"""

from __future__ import annotations

import functools

from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F
from pyspark.sql.types import StringType, StructField, StructType

from .schema import MESSAGE_SCHEMA, SCHEMA_VERSION

CORRUPT = "_corrupt"

# The typed schema, plus the column from_json fills with the text of a record it could not fully read.
_TYPED_SCHEMA = StructType([*MESSAGE_SCHEMA.fields, StructField(CORRUPT, StringType())])
_JSON_OPTIONS = {"mode": "PERMISSIVE", "columnNameOfCorruptRecord": CORRUPT, "allowNonNumericNumbers": "false"}

_TYPE_NAMES = {"v": "an integer", "volume": "an integer", "produced_at": "an integer (epoch milliseconds)"}
_PRICES = ["open", "high", "low", "close"]
# Parsed strictly: a calendar date, or a date and time with optional fraction; no offset (exchange-local time).
_TS_PATTERN = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?$"
_SYMBOL_PATTERN = r"^[A-Z0-9][A-Z0-9.\-_^=]{0,19}$"

PRICE_COLUMNS = ["symbol", "ts", "open", "high", "low", "close", "volume", "produced_at"]
KAFKA_COLUMNS = ["kafka_topic", "kafka_partition", "kafka_offset", "kafka_key", "raw_value"]


def _first_failure(checks: list[tuple[Column, Column | str]]) -> Column:
    """The reason of the first check that fails, or null when all pass."""
    expr = None
    for failed, reason in checks:
        reason_col = reason if isinstance(reason, Column) else F.lit(reason)
        expr = F.when(failed, reason_col) if expr is None else expr.when(failed, reason_col)
    assert expr is not None
    return expr.otherwise(F.lit(None).cast("string"))


def _decoded(kafka: DataFrame) -> DataFrame:
    """The Kafka columns under their own names, the payload as text and parsed (typed; nulls where it failed)."""
    text = F.col("value").cast("string")
    return kafka.select(
        F.col("topic").alias("kafka_topic"),
        F.col("partition").alias("kafka_partition"),
        F.col("offset").alias("kafka_offset"),
        F.col("key").cast("string").alias("kafka_key"),
        F.col("value").alias("raw_value"),
        text.alias("_text"),
        F.from_json(text, _TYPED_SCHEMA, _JSON_OPTIONS).alias("_typed"),
    )


def _t(name: str) -> Column:
    return F.col(f"_typed.{name}")


def _s(name: str) -> Column:
    """The field as written (null when absent): for reasons, and to tell missing from mistyped."""
    return F.get_json_object(F.col("_text"), f"$.{name}")


def _unreadable() -> Column:
    """Empty, not JSON, or a field missing or of the wrong type: from_json left a null or kept the text."""
    incomplete = F.col("_typed").isNull() | _t(CORRUPT).isNotNull()
    for field in MESSAGE_SCHEMA.fields:
        incomplete = incomplete | _t(field.name).isNull()
    return F.col("raw_value").isNull() | (F.length(F.col("raw_value")) == 0) | incomplete


def _semantic_checks() -> list[tuple[Column, Column | str]]:
    """(fails, reason) for a record whose every field was read with its type."""
    t, s = _t, _s
    checks: list[tuple[Column, Column | str]] = [
        (t("v") != SCHEMA_VERSION, F.concat(F.lit("unknown schema version "), t("v").cast("string"))),
        (~t("symbol").rlike(_SYMBOL_PATTERN), F.concat(F.lit("bad symbol: "), t("symbol"))),
        (
            ~t("ts").rlike(_TS_PATTERN) | F.try_to_timestamp(t("ts")).isNull(),
            F.concat(F.lit("unparseable timestamp: "), t("ts")),
        ),
    ]
    for p in _PRICES:
        checks.append((F.isnan(t(p)) | (t(p) <= 0), F.concat(F.lit(f"non-positive {p} price: "), s(p))))
    checks += [
        (t("high") < t("low"), F.concat(F.lit("high below low: "), s("high"), F.lit(" < "), s("low"))),
        (t("volume") < 0, F.concat(F.lit("negative volume: "), s("volume"))),
    ]
    return checks


def read_messages(kafka: DataFrame) -> DataFrame:
    """Takes the Kafka source's columns and returns PRICE_COLUMNS + KAFKA_COLUMNS + `valid`.

    The streaming query runs this on every record: one typed parse and a yes/no check. Why a record failed is
    worked out by `reject_reasons`, for the failed records only: the full explanation in every micro-batch's plan
    cost ~70 ms of planning and code generation per batch, most of a small batch's latency.
    """
    semantic_failure = functools.reduce(lambda a, b: a | b, [fails for fails, _ in _semantic_checks()])
    # Never null: a row that is neither valid nor invalid would fall out of both sides of the batch.
    valid = F.coalesce(F.when(_unreadable(), F.lit(False)).otherwise(~semantic_failure), F.lit(False))
    # Conversions run only for rows that passed: under ANSI mode a bad timestamp would fail the whole batch.
    ok = F.col("valid")
    return _decoded(kafka).withColumn("valid", valid).select(
        F.when(ok, _t("symbol")).alias("symbol"),
        F.when(ok, F.to_timestamp_ntz(_t("ts"))).alias("ts"),
        *[F.when(ok, _t(p)).alias(p) for p in _PRICES],
        F.when(ok, _t("volume")).alias("volume"),
        F.when(ok, F.timestamp_millis(_t("produced_at"))).alias("produced_at"),
        *KAFKA_COLUMNS,
        "valid",
    )


def reject_reasons(rejected: DataFrame) -> DataFrame:
    """Takes KAFKA_COLUMNS of records that `read_messages` found invalid; returns them with their `reason`.

    Each check runs only when the ones before it passed (CASE branches), so a reason names the first problem.
    """
    kafka = rejected.select(
        F.col("kafka_topic").alias("topic"), F.col("kafka_partition").alias("partition"),
        F.col("kafka_offset").alias("offset"), F.col("kafka_key").alias("key"), F.col("raw_value").alias("value"),
    )
    structural: list[tuple[Column, Column | str]] = [
        (F.col("raw_value").isNull() | (F.length(F.col("raw_value")) == 0), "empty message"),
        (
            ~F.ltrim(F.col("_text")).startswith("{") | F.get_json_object(F.col("_text"), "$").isNull(),
            "not a JSON object",
        ),
    ]
    for field in MESSAGE_SCHEMA.fields:
        name = field.name
        expected = _TYPE_NAMES.get(name, "a number" if field.dataType.typeName() == "double" else "a string")
        structural.append((_s(name).isNull(), f"missing field {name}"))
        structural.append((_t(name).isNull(), F.concat(F.lit(f"field {name} is not {expected}: "), _s(name))))
    structural.append((F.lit(True), "not a JSON object"))
    reason = F.when(_unreadable(), _first_failure(structural)).otherwise(_first_failure(_semantic_checks()))
    # Both functions read the same checks, so a rejected record always has a reason; the fallback only keeps a
    # bug here from failing the batch on the NOT NULL column.
    reason = F.coalesce(reason, F.lit("rejected (no reason found)"))
    return _decoded(kafka).select(*KAFKA_COLUMNS, reason.alias("reason"))
