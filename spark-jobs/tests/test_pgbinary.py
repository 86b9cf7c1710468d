import struct
from datetime import datetime, timedelta, timezone
from typing import Any

import pyarrow as pa
import pytest

from stockctl_stream.pgbinary import COPY_HEADER, COPY_TRAILER, pg_binary_rows


def to_pg_binary(table: pa.Table) -> bytes:
    """A whole COPY stream of the table, as the sink frames its pieces."""
    return COPY_HEADER + pg_binary_rows(table) + COPY_TRAILER


PG_EPOCH = datetime(2000, 1, 1)
UTC = timezone.utc


def decode(data: bytes, types: list[str]) -> list[tuple[Any, ...]]:
    """PostgreSQL's binary COPY format read back, field by field, as the server reads it."""
    assert data[:11] == b"PGCOPY\n\xff\r\n\x00" and data[11:19] == bytes(8)
    pos, rows = 19, list[tuple[Any, ...]]()
    while True:
        (count,) = struct.unpack_from(">h", data, pos)
        pos += 2
        if count == -1:
            assert pos == len(data)
            return rows
        assert count == len(types)
        row: list[Any] = []
        for t in types:
            (n,) = struct.unpack_from(">i", data, pos)
            raw = data[pos + 4: pos + 4 + n]
            pos += 4 + n
            if t == "text":
                row.append(raw.decode())
            elif t == "timestamp":
                row.append(PG_EPOCH + timedelta(microseconds=struct.unpack(">q", raw)[0]))
            elif t == "timestamptz":
                row.append((PG_EPOCH + timedelta(microseconds=struct.unpack(">q", raw)[0])).replace(tzinfo=UTC))
            else:
                row.append(struct.unpack({"float8": ">d", "int8": ">q", "int4": ">i"}[t], raw)[0])
        rows.append(tuple(row))


def test_every_value_goes_over_exactly() -> None:
    rows = [
        ("TSLA", datetime(2017, 11, 10), 302.5, 0.1 + 0.2, 4621912,
         datetime(2024, 11, 25, 13, 6, 40, 123456, tzinfo=UTC), 2, 2**62),
        ("BRK-B", datetime(1970, 1, 2, 9, 31, 0, 250001), 1e-7, 1.7976931348623157e308, 0,
         datetime(1999, 12, 31, 23, 59, 59, tzinfo=UTC), 0, 0),
        ("ÄÖ€", datetime(2000, 1, 1), 12.345, 5e-324, 2**63 - 1, datetime(2000, 1, 1, tzinfo=UTC), 2**31 - 1, 7),
        ("", datetime(1800, 1, 1), 1.0, 2.0, 1, datetime(2200, 1, 1, tzinfo=UTC), 1, 1),
        ("A", datetime(2017, 11, 10), 1.5, 2.5, 3, datetime(2017, 11, 10, tzinfo=UTC), 1, 9),
    ]
    table = pa.table({
        "symbol": [r[0] for r in rows],
        "ts": pa.array([r[1] for r in rows], pa.timestamp("us")),
        "open": [r[2] for r in rows],
        "high": [r[3] for r in rows],
        "volume": pa.array([r[4] for r in rows], pa.int64()),
        "produced_at": pa.array([r[5] for r in rows], pa.timestamp("us", "UTC")),
        "kafka_partition": pa.array([r[6] for r in rows], pa.int32()),
        "kafka_offset": pa.array([r[7] for r in rows], pa.int64()),
    })
    types = ["text", "timestamp", "float8", "float8", "int8", "timestamptz", "int4", "int8"]
    # Rows are grouped by their text's length: the same rows, in another order.
    assert sorted(decode(to_pg_binary(table), types)) == sorted(rows)
    # A table of several chunks, sliced (an Arrow offset into its buffers), reads the same.
    chunked = pa.concat_tables([table.slice(0, 2), table.slice(2)]).slice(1, 3)
    assert sorted(decode(to_pg_binary(chunked), types)) == sorted(rows[1:4])
    assert decode(to_pg_binary(table.slice(0, 0)), types) == []


def test_millisecond_timestamps_and_nulls() -> None:
    ms = pa.table({"t": pa.array([datetime(2017, 1, 2, 3, 4, 5, 6000)], pa.timestamp("ms"))})
    assert decode(to_pg_binary(ms), ["timestamp"]) == [(datetime(2017, 1, 2, 3, 4, 5, 6000),)]
    with pytest.raises(ValueError, match="column n has NULLs"):
        to_pg_binary(pa.table({"n": pa.array([1, None], pa.int64())}))
    with pytest.raises(TypeError, match="no binary COPY encoding for bool"):
        to_pg_binary(pa.table({"b": [True]}))
