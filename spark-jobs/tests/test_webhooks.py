"""The webhook POST, against a real HTTP server on loopback that fails and then recovers, and its backoff."""

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from stockctl_stream.webhooks import BACKOFF_MAX_S, backoff_s, post


class Receiver(BaseHTTPRequestHandler):
    statuses: list[int] = []
    received: list[tuple[str | None, dict[str, object]]] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        Receiver.received.append((self.headers["Idempotency-Key"], body))
        self.send_response(Receiver.statuses.pop(0) if Receiver.statuses else 200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Receiver.received = []
    yield f"http://127.0.0.1:{server.server_port}/hook"
    server.shutdown()


def test_a_failing_receiver_is_reported_and_a_recovered_one_takes_the_same_key(receiver: str) -> None:
    Receiver.statuses = [503, 500]
    alert = {"id": 42, "symbol": "TSLA", "values": {"change": -0.05}}
    assert post(receiver, alert) == "HTTP 503"
    assert post(receiver, alert) == "HTTP 500"
    assert post(receiver, alert) is None
    assert [key for key, _ in Receiver.received] == ["stockctl-alert-42"] * 3
    assert Receiver.received[-1][1] == alert


def test_a_dead_receiver_is_an_error_not_an_exception() -> None:
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    port = server.server_port
    server.server_close()  # nothing listens there now
    error = post(f"http://127.0.0.1:{port}/hook", {"id": 1})
    assert error is not None and "refused" in error.lower()


def test_backoff_doubles_up_to_its_cap() -> None:
    assert [backoff_s(n) for n in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 8.0]
    assert backoff_s(30) == BACKOFF_MAX_S
