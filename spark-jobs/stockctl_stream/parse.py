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

# Every field as text, plus the column from_json fills with records it cannot read as JSON at all.
_PRESENCE_SCHEMA = StructType(
    [StructField(f.name, StringType()) for f in MESSAGE_SCHEMA.fields] + [StructField(CORRUPT, StringType())]
)
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
    """Takes the Kafka source's columns and returns PRICE_COLUMNS + KAFKA_COLUMNS + `reason` (null when valid)."""
    text = F.col("value").cast("string")
    seen = F.from_json(text, _PRESENCE_SCHEMA, _JSON_OPTIONS)
    typed = F.from_json(text, MESSAGE_SCHEMA, _JSON_OPTIONS)
    df = kafka.select(
        F.col("topic").alias("kafka_topic"),
        F.col("partition").alias("kafka_partition"),
        F.col("offset").alias("kafka_offset"),
        F.col("key").cast("string").alias("kafka_key"),
        F.col("value").alias("raw_value"),
        text.alias("_text"),
        seen.alias("_seen"),
        typed.alias("_typed"),
    )

    def s(name: str) -> Column:
        return F.col(f"_seen.{name}")

    def t(name: str) -> Column:
        return F.col(f"_typed.{name}")

    checks: list[tuple[Column, Column | str]] = [
        (F.col("raw_value").isNull() | (F.length(F.col("raw_value")) == 0), "empty message"),
        (
            F.col("_seen").isNull() | s(CORRUPT).isNotNull() | ~F.trim(F.col("_text")).startswith("{"),
            "not a JSON object",
        ),
    ]
    for field in MESSAGE_SCHEMA.fields:
        name = field.name
        checks.append((s(name).isNull(), f"missing field {name}"))
        expected = _TYPE_NAMES.get(name, "a number" if field.dataType.typeName() == "double" else "a string")
        checks.append((t(name).isNull(), F.concat(F.lit(f"field {name} is not {expected}: "), s(name))))
        if name == "v":
            checks.append(
                (t("v") != SCHEMA_VERSION, F.concat(F.lit("unknown schema version "), t("v").cast("string")))
            )
    checks += [
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

    # Conversions run only for rows that passed: under ANSI mode a bad timestamp would fail the whole batch.
    valid = F.col("reason").isNull()
    return df.withColumn("reason", _first_failure(checks)).select(
        F.when(valid, t("symbol")).alias("symbol"),
        F.when(valid, F.to_timestamp_ntz(t("ts"))).alias("ts"),
        *[F.when(valid, t(p)).alias(p) for p in _PRICES],
        F.when(valid, t("volume")).alias("volume"),
        F.when(valid, F.timestamp_millis(t("produced_at"))).alias("produced_at"),
        *KAFKA_COLUMNS,
        "reason",
    )
