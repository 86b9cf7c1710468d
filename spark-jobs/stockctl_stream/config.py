"""The job's settings, written by `stockctl up` as JSON into the state folder (mode 600: it holds a password)."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields


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

    @classmethod
    def from_file(cls, path: str) -> JobConfig:
        with open(path, encoding="utf-8") as f:
            raw = json.load(f)
        known = {f.name for f in fields(cls)}
        unknown = set(raw) - known
        if unknown:
            raise ValueError(f"{path}: unknown settings {sorted(unknown)}")
        return cls(**raw)
