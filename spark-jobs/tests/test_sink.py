"""Which failures the sink waits out (the database going away) and which it lets fail the batch."""

import psycopg
import pytest

from stockctl_stream.sink import is_connection_failure


@pytest.mark.parametrize(
    "text",
    [
        "org.postgresql.util.PSQLException: Connection to 127.0.0.1:15432 refused. Check that the hostname and port",
        "FATAL: terminating connection due to administrator command",
        "An I/O error occurred while sending to the backend.",
        "FATAL: the database system is in recovery mode",
        "This connection has been closed.",
    ],
)
def test_database_outages_are_retried(text: str) -> None:
    assert is_connection_failure(RuntimeError(text))


def test_psycopg_operational_errors_are_retried() -> None:
    assert is_connection_failure(psycopg.OperationalError("connection failed"))


@pytest.mark.parametrize(
    "text",
    [
        'ERROR: new row for relation "prices" violates check constraint "prices_check"',
        "ERROR: permission denied for table prices",
        "AnalysisException: cannot resolve column",
    ],
)
def test_other_errors_fail_the_batch(text: str) -> None:
    assert not is_connection_failure(RuntimeError(text))
