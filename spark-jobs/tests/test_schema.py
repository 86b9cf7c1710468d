"""The Spark job reads exactly the message the replay writes: producer/message-schema.json is the contract."""

import json
import os

from stockctl_stream.schema import CONTRACT_TYPES, MESSAGE_SCHEMA, SCHEMA_VERSION

CONTRACT = os.path.join(os.path.dirname(__file__), "..", "..", "producer", "message-schema.json")


def load_contract() -> dict:
    with open(CONTRACT, encoding="utf-8") as f:
        return json.load(f)


def test_version_equals_contract() -> None:
    assert SCHEMA_VERSION == load_contract()["version"]


def test_fields_and_types_equal_contract() -> None:
    contract = [(f["name"], CONTRACT_TYPES[f["type"]]) for f in load_contract()["fields"]]
    spark = [(f.name, f.dataType) for f in MESSAGE_SCHEMA.fields]
    assert spark == contract
