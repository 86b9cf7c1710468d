"""The Kafka message schema (version 1), equal to producer/message-schema.json (tests/test_schema.py checks)."""

from pyspark.sql.types import (
    DoubleType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
)

SCHEMA_VERSION = 1

# `ts` stays a string here: it is parsed on its own so that a bad timestamp gets its own quarantine reason.
MESSAGE_SCHEMA = StructType(
    [
        StructField("v", IntegerType()),
        StructField("symbol", StringType()),
        StructField("ts", StringType()),
        StructField("open", DoubleType()),
        StructField("high", DoubleType()),
        StructField("low", DoubleType()),
        StructField("close", DoubleType()),
        StructField("volume", LongType()),
        StructField("produced_at", LongType()),
    ]
)

FIELD_NAMES = [f.name for f in MESSAGE_SCHEMA.fields]

# How each contract type is held in Spark; the contract's local-timestamp travels as text.
CONTRACT_TYPES = {
    "int": IntegerType(),
    "long": LongType(),
    "double": DoubleType(),
    "string": StringType(),
    "local-timestamp": StringType(),
}
