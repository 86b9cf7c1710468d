import json
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict

from stockctl_stream.config import JobConfig
from stockctl_stream.sink import PostgresSink

BASE = {
    "bootstrap_servers": "127.0.0.1:19092", "topic": "t", "starting_offsets": "earliest", "max_offsets_per_trigger": 10,
    "trigger_interval": "0 seconds", "checkpoint": "/c", "db_host": "db.example", "db_port": 5432, "db_name": "s",
    "db_user": "w", "db_password": "pw", "status_file": "/s", "stop_file": "/x",
}


def write(tmp_path: Path, extra: dict[str, Any]) -> str:
    path = tmp_path / "job.json"
    path.write_text(json.dumps({**BASE, **extra}))
    return str(path)


def test_settings_without_logins_read_as_none(tmp_path: Path) -> None:
    config = JobConfig.from_file(write(tmp_path, {}))
    assert config.kafka_options == {}
    assert config.db_options == {}


def test_sink_connects_with_the_urls_tls_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    options = {"sslmode": "verify-full", "sslrootcert": "/etc/ca.pem"}
    config = JobConfig.from_file(write(tmp_path, {"db_options": options}))
    seen: dict[str, Any] = {}
    monkeypatch.setattr(psycopg, "connect", lambda conninfo, **kw: seen.update(kw, conninfo=conninfo))
    PostgresSink(config).connect()
    assert conninfo_to_dict(seen["conninfo"]) == options
    assert seen["host"] == "db.example" and seen["user"] == "w"


def test_unknown_settings_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown settings"):
        JobConfig.from_file(write(tmp_path, {"db_tls": "x"}))
