"""Kafka records → typed price rows, or a quarantine reason. Nothing is dropped and nothing is silently nulled.

`from_json` in its default (PERMISSIVE) mode turns what it cannot read into nulls, so every field is checked
twice: once as text (is it there at all?) and once typed (did it have the right type?).
"""

from __future__ import annotations

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


def parse_messages(kafka: DataFrame) -> DataFrame:
    """Takes the Kafka source's columns and returns PRICE_COLUMNS + KAFKA_COLUMNS + `reason` (null when valid).

    Each record is parsed once, typed. Only a record with a missing or mistyped field is looked at again, field
    by field as text, to say which: those checks sit in CASE branches that Spark evaluates only when reached.
    """
    text = F.col("value").cast("string")
    df = kafka.select(
        F.col("topic").alias("kafka_topic"),
        F.col("partition").alias("kafka_partition"),
        F.col("offset").alias("kafka_offset"),
        F.col("key").cast("string").alias("kafka_key"),
        F.col("value").alias("raw_value"),
        text.alias("_text"),
        F.from_json(text, _TYPED_SCHEMA, _JSON_OPTIONS).alias("_typed"),
    )

    def s(name: str) -> Column:
        """The field as written (null when absent): for reasons, and to tell missing from mistyped."""
        return F.get_json_object(F.col("_text"), f"$.{name}")

    def t(name: str) -> Column:
        return F.col(f"_typed.{name}")

    empty = F.col("raw_value").isNull() | (F.length(F.col("raw_value")) == 0)
    incomplete = F.col("_typed").isNull() | t(CORRUPT).isNotNull()
    for field in MESSAGE_SCHEMA.fields:
        incomplete = incomplete | t(field.name).isNull()

    structural: list[tuple[Column, Column | str]] = [
        (empty, "empty message"),
        (
            ~F.ltrim(F.col("_text")).startswith("{") | F.get_json_object(F.col("_text"), "$").isNull(),
            "not a JSON object",
        ),
    ]
    for field in MESSAGE_SCHEMA.fields:
        name = field.name
        expected = _TYPE_NAMES.get(name, "a number" if field.dataType.typeName() == "double" else "a string")
        structural.append((s(name).isNull(), f"missing field {name}"))
        structural.append((t(name).isNull(), F.concat(F.lit(f"field {name} is not {expected}: "), s(name))))
    structural.append((F.lit(True), "not a JSON object"))

    semantic: list[tuple[Column, Column | str]] = [
        (t("v") != SCHEMA_VERSION, F.concat(F.lit("unknown schema version "), t("v").cast("string"))),
        (~t("symbol").rlike(_SYMBOL_PATTERN), F.concat(F.lit("bad symbol: "), t("symbol"))),
        (
            ~t("ts").rlike(_TS_PATTERN) | F.try_to_timestamp(t("ts")).isNull(),
            F.concat(F.lit("unparseable timestamp: "), t("ts")),
        ),
    ]
    for p in _PRICES:
        semantic.append((F.isnan(t(p)) | (t(p) <= 0), F.concat(F.lit(f"non-positive {p} price: "), s(p))))
    semantic += [
        (t("high") < t("low"), F.concat(F.lit("high below low: "), s("high"), F.lit(" < "), s("low"))),
        (t("volume") < 0, F.concat(F.lit("negative volume: "), s("volume"))),
    ]
    reason = F.when(empty | incomplete, _first_failure(structural)).otherwise(_first_failure(semantic))

    # Conversions run only for rows that passed: under ANSI mode a bad timestamp would fail the whole batch.
    valid = F.col("reason").isNull()
    return df.withColumn("reason", reason).select(
        F.when(valid, t("symbol")).alias("symbol"),
        F.when(valid, F.to_timestamp_ntz(t("ts"))).alias("ts"),
        *[F.when(valid, t(p)).alias(p) for p in _PRICES],
        F.when(valid, t("volume")).alias("volume"),
        F.when(valid, F.timestamp_millis(t("produced_at"))).alias("produced_at"),
        *KAFKA_COLUMNS,
        "reason",
    )
