"""The Spark job reads exactly the message the replay writes: producer/message-schema.json is the contract."""

import json
import os
from typing import Any

from stockctl_stream.schema import CONTRACT_TYPES, MESSAGE_SCHEMA, SCHEMA_VERSION

CONTRACT = os.path.join(os.path.dirname(__file__), "..", "..", "producer", "message-schema.json")


def load_contract() -> dict[str, Any]:
    with open(CONTRACT, encoding="utf-8") as f:
        contract: dict[str, Any] = json.load(f)
    return contract


def test_version_equals_contract() -> None:
    assert load_contract()["version"] == SCHEMA_VERSION


def test_fields_and_types_equal_contract() -> None:
    contract = [(f["name"], CONTRACT_TYPES[f["type"]]) for f in load_contract()["fields"]]
    spark = [(f.name, f.dataType) for f in MESSAGE_SCHEMA.fields]
    assert spark == contract
