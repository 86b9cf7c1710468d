"""One PostgreSQL connection kept open across micro-batches: a new one per batch (a password exchange each) was
a visible share of the job's CPU at several batches a second."""

from __future__ import annotations

from collections.abc import Callable

import psycopg


class KeptConnection:
    def __init__(self, connect: Callable[[], psycopg.Connection], setup: str | None = None) -> None:
        self._connect = connect
        self._setup = setup
        self._conn: psycopg.Connection | None = None

    def get(self) -> psycopg.Connection:
        """The open connection (autocommit; transactions are explicit), opened again if it was closed or broke."""
        if self._conn is None or self._conn.closed:
            conn = self._connect()
            conn.autocommit = True
            if self._setup:
                conn.execute(self._setup)
            self._conn = conn
        return self._conn

    def close(self) -> None:
        """After a failure: the next get() starts afresh."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
