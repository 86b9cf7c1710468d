"""The job's settings, written by `stockctl up` as JSON into the state folder (mode 600: it holds a password)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class JobConfig:
    bootstrap_servers: str
    topic: str
    starting_offsets: str
    max_offsets_per_trigger: int
    trigger_interval: str
    checkpoint: str
    db_host: str
    db_port: int
    db_name: str
    db_user: str
    db_password: str
    status_file: str
    stop_file: str
    query_name: str = "prices-to-postgres"
    # Spark's Kafka source options for the brokers' login (kafka.sasl.*), when they ask for one.
    kafka_options: dict[str, str] = field(default_factory=dict)
    # libpq settings beyond the login: a postgres.url's own (sslmode, sslrootcert, …) or TLS to the own cluster.
    db_options: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_file(cls, path: str) -> JobConfig:
        with open(path, encoding="utf-8") as f:
            raw = json.load(f)
        known = {f.name for f in fields(cls)}
        unknown = set(raw) - known
        if unknown:
            raise ValueError(f"{path}: unknown settings {sorted(unknown)}")
        return cls(**raw)
