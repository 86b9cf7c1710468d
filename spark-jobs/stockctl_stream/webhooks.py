"""The webhook outbox (migration 009), delivered by a thread of the driver: at least once, each alert POSTed with
its id as the idempotency key, a failed one tried again later with backoff. It runs beside the stream on its own
connection, so a slow or dead webhook never holds a batch."""

from __future__ import annotations

import json
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg

# Retry after 1, 2, 4 … seconds, at most 5 minutes apart.
BACKOFF_FIRST_S = 1.0
BACKOFF_MAX_S = 300.0


def backoff_s(failures: int) -> float:
    """Seconds to wait after the failures-th failure in a row."""
    return float(min(BACKOFF_FIRST_S * 2.0 ** max(failures - 1, 0), BACKOFF_MAX_S))


@dataclass(frozen=True)
class Delivery:
    alert_id: int
    url: str
    failures: int
    body: dict[str, Any]


def post(url: str, body: dict[str, Any], timeout_s: float = 5.0) -> str | None:
    """POSTs one alert; None when the receiver took it (2xx), else what went wrong."""
    request = urllib.request.Request(
        url, data=json.dumps(body, default=str).encode(), method="POST",
        headers={"Content-Type": "application/json", "Idempotency-Key": f"stockctl-alert-{body['id']}",
                 "User-Agent": "stockctl-alerts"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:  # noqa: S310 (the user's own URL)
            return None if 200 <= response.status < 300 else f"HTTP {response.status}"
    except urllib.error.HTTPError as e:
        return f"HTTP {e.code}"
    except (urllib.error.URLError, OSError) as e:
        return str(getattr(e, "reason", e))[:200]


_DUE = """
SELECT d.alert_id, d.url, d.failures, a.rule_id, w.condition, a.symbol, a.ts, a.detail, a.fired_at
FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id JOIN watch_rules w ON w.id = a.rule_id
WHERE d.delivered_at IS NULL AND d.next_attempt_at <= clock_timestamp()
ORDER BY d.next_attempt_at, d.alert_id LIMIT 100
"""


def due(conn: psycopg.Connection) -> list[Delivery]:
    return [
        Delivery(alert_id, url, failures, {
            "id": alert_id, "rule_id": rule_id, "rule": condition, "symbol": symbol, "market_time": ts.isoformat(),
            "values": detail, "fired_at": fired_at.isoformat(),
        })
        for alert_id, url, failures, rule_id, condition, symbol, ts, detail, fired_at in conn.execute(_DUE)
    ]


def deliver_due(conn: psycopg.Connection, send: Callable[[str, dict[str, Any]], str | None] = post) -> int:
    """Sends what is due, recording each outcome; returns how many were delivered."""
    delivered = 0
    for d in due(conn):
        error = send(d.url, d.body)
        if error is None:
            conn.execute("UPDATE alert_deliveries SET attempts = attempts + 1, delivered_at = clock_timestamp(),"
                         " last_error = NULL WHERE alert_id = %s", (d.alert_id,))
            delivered += 1
        else:
            conn.execute("UPDATE alert_deliveries SET attempts = attempts + 1, failures = failures + 1,"
                         " last_error = %s, next_attempt_at = clock_timestamp() + make_interval(secs => %s)"
                         " WHERE alert_id = %s", (error, backoff_s(d.failures + 1), d.alert_id))
    return delivered


class WebhookDeliverer(threading.Thread):
    """Polls the outbox every `poll_s` until stopped; errors are reported and waited out, never raised."""

    def __init__(self, connect: Callable[[], psycopg.Connection], poll_s: float = 0.5) -> None:
        super().__init__(name="stockctl-webhooks", daemon=True)
        self.connect = connect
        self.poll_s = poll_s
        self.stopping = threading.Event()

    def run(self) -> None:
        conn: psycopg.Connection | None = None
        while not self.stopping.is_set():
            try:
                if conn is None or conn.closed:
                    conn = self.connect()
                    conn.autocommit = True
                deliver_due(conn)
            except psycopg.Error as e:
                print(f"stockctl: webhook deliveries paused: {str(e).strip()[:200]}", file=sys.stderr)
                if conn is not None:
                    conn.close()
                conn = None
                self.stopping.wait(5.0)
            self.stopping.wait(self.poll_s)
        if conn is not None:
            conn.close()

    def stop(self) -> None:
        self.stopping.set()
