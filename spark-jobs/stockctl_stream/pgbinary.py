"""An Arrow table as PostgreSQL's binary COPY format, built with whole-column numpy operations.

PostgreSQL reads binary COPY ~15% faster than CSV (no number or timestamp text to parse), and doubles go over as
their exact bits. Rows come out grouped by the length of their text fields, not in table order: COPY does not
care, and equal-length groups make every row of a group one fixed-width record that numpy copies in bulk.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + (0).to_bytes(4, "big") + (0).to_bytes(4, "big")
COPY_TRAILER = (-1).to_bytes(2, "big", signed=True)
# PostgreSQL counts timestamps in microseconds from 2000-01-01, Arrow from 1970-01-01.
_PG_EPOCH_US = 946_684_800_000_000

_FIXED = {"int32": ">i4", "int64": ">i8", "double": ">f8"}


def _fixed_field(column: pa.Array) -> npt.NDArray[np.uint8]:
    """(rows, 4 + width) bytes: each value's length, then the value, big-endian."""
    t = column.type
    if pa.types.is_timestamp(t):
        values = pc.cast(column, pa.timestamp("us", t.tz)).cast(pa.int64()).to_numpy() - _PG_EPOCH_US
        dtype = ">i8"
    elif str(t) in _FIXED:
        values, dtype = column.to_numpy(), _FIXED[str(t)]
    else:
        raise TypeError(f"no binary COPY encoding for {t}")
    width = np.dtype(dtype).itemsize
    data = values.astype(dtype).view(np.uint8).reshape(len(column), width)
    lengths = np.full(len(column), width, ">i4").view(np.uint8).reshape(len(column), 4)
    return np.hstack([lengths, data])


def _text_parts(column: pa.Array) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.int32], npt.NDArray[np.int32]]:
    """The UTF-8 bytes of a text column, each value's start in them, and its length."""
    column = column.cast(pa.string())
    offsets = np.frombuffer(column.buffers()[1], np.int32)[column.offset: column.offset + len(column) + 1]
    data = np.frombuffer(column.buffers()[2] or b"", np.uint8)
    return data, offsets[:-1], np.diff(offsets)


def _one_array(column: pa.Array | pa.ChunkedArray) -> pa.Array:
    return column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column


def pg_binary_rows(table: pa.Table | pa.RecordBatch) -> bytes:
    """The rows alone, to write between COPY_HEADER and COPY_TRAILER (one COPY can take several such pieces), for
    columns of the same names and types (text, integer, bigint, double precision, timestamp, timestamptz). NULLs
    are refused: these rows have none."""
    n = table.num_rows
    if n == 0:
        return b""
    columns = [_one_array(table.column(i)) for i in range(table.num_columns)]
    for name, column in zip(table.column_names, columns, strict=True):
        if column.null_count:
            raise ValueError(f"column {name} has NULLs, which this encoder does not write")
    is_text = [pa.types.is_string(c.type) or pa.types.is_large_string(c.type) for c in columns]
    texts = {i: _text_parts(c) for i, c in enumerate(columns) if is_text[i]}
    fixed = {i: _fixed_field(c) for i, c in enumerate(columns) if i not in texts}
    count = np.full(n, len(columns), ">i2").view(np.uint8).reshape(n, 2)

    # Rows whose text fields all have the same lengths form one block of equal records.
    lengths = np.stack([texts[i][2] for i in texts], axis=1) if texts else np.zeros((n, 0), np.int32)
    shapes, group = np.unique(lengths, axis=0, return_inverse=True)
    blocks = []
    for g, shape in enumerate(shapes):
        rows = np.flatnonzero(group.reshape(-1) == g)
        parts = [count[rows]]
        for i in range(len(columns)):
            if i in texts:
                data, starts, _ = texts[i]
                width = int(shape[list(texts).index(i)])
                parts.append(np.full((len(rows), 1), width, ">i4").view(np.uint8).reshape(len(rows), 4))
                parts.append(data[starts[rows, None] + np.arange(width)])
            else:
                parts.append(fixed[i][rows])
        blocks.append(np.hstack(parts).tobytes())
    return b"".join(blocks)
