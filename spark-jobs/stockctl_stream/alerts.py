"""Standing questions evaluated in each batch's transaction: the rows a batch landed, per symbol from its first to
its last market time, judged against the active watch rules (watch_rules.py, on the figures of watch_figures.py);
the alerts are written, and followers told, only when the batch commits, so a batch replayed after a crash never
fires twice, and (rule, symbol, day) is unique besides.

The rows are read back from `prices` (what the batch landed, with what was stored around it) as CSV by COPY and
judged with numpy: judging them in SQL, window by window, cost more than landing them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt
import psycopg
import pyarrow as pa

from .watch_figures import BatchRows, DailyBars, Figures, figures
from .watch_rules import Fired, Rule, judge

EPOCH = datetime(1970, 1, 1)  # market times and landing times are microseconds since it
EPOCH_DAY = date(2000, 1, 1)  # days are counted from it, as PostgreSQL's binary dates are
_PG_EPOCH_US = (datetime(2000, 1, 1) - EPOCH) // timedelta(microseconds=1)  # binary timestamps count from 2000
_DAY_US = 86_400_000_000


class LandedSpans:
    """Watches the rows a batch lands and keeps, per symbol, the first and last market time."""

    def __init__(self) -> None:
        self.spans: dict[str, tuple[datetime, datetime]] = {}

    def watch(self, pieces: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for piece in pieces:
            self.add(piece)
            yield piece

    def add(self, piece: pa.RecordBatch) -> None:
        if piece.num_rows == 0:
            return
        per_symbol = (
            pa.table({"symbol": piece.column("symbol"), "ts": piece.column("ts")})
            .group_by("symbol").aggregate([("ts", "min"), ("ts", "max")])
        )
        for symbol, first, last in zip(*(per_symbol.column(c).to_pylist() for c in ("symbol", "ts_min", "ts_max")),
                                       strict=True):
            seen = self.spans.get(symbol)
            self.spans[symbol] = (first, last) if seen is None else (min(seen[0], first), max(seen[1], last))


@dataclass(frozen=True)
class Watched:
    """The batch's symbols some rule watches, numbered 0… in this order, with how far back their rules look."""

    symbols: list[str]
    firsts: list[datetime]
    lasts: list[datetime]
    windows: list[int]  # the longest window of the symbol's rules, in sessions
    extremes: list[bool]  # whether a new-high or new-low rule watches it (52 weeks back)


def watched(rules: list[Rule], spans: dict[str, tuple[datetime, datetime]]) -> Watched:
    out = Watched([], [], [], [], [])
    for symbol in sorted(spans):
        applying = [r for r in rules if r.symbol is None or r.symbol == symbol]
        if not applying:
            continue
        out.symbols.append(symbol)
        out.firsts.append(spans[symbol][0])
        out.lasts.append(spans[symbol][1])
        out.windows.append(max(r.window for r in applying))
        out.extremes.append(any(r.extremes for r in applying))
    return out


_RULES_SQL = """
SELECT id, (extract(epoch FROM greatest(created_at, '1970-01-01')) * 1000000)::int8, rule, webhook_url
FROM watch_rules WHERE removed_at IS NULL
"""

# Per watched symbol: from which day its daily bars are read (the session n + 1 before the batch's first day, n its
# longest window: counted in sessions, so that a sparse history never shortens a window; a year before it for new
# highs and lows), and the day of its first row stored.
_SPANS_SQL = """
SELECT CASE WHEN s.since IS NOT NULL THEN least(s.since, CASE WHEN b.extremes THEN b.first_ts::date - 365 END) END,
       (SELECT min(p.ts)::date - date '2000-01-01' FROM prices p WHERE p.symbol = b.symbol)
FROM unnest(%s::text[], %s::timestamp[], %s::integer[], %s::boolean[])
     WITH ORDINALITY AS b (symbol, first_ts, n, extremes, k)
CROSS JOIN LATERAL (
    SELECT least(  -- null: fewer sessions before than that, read from the first
        (SELECT p.ts::date FROM prices p
         WHERE p.symbol = b.symbol AND p.ts < b.first_ts::date AND p.ts::time = time '00:00'
         ORDER BY p.ts DESC OFFSET b.n LIMIT 1),
        (SELECT i.trade_date FROM intraday_daily i WHERE i.symbol = b.symbol AND i.trade_date < b.first_ts::date
         ORDER BY i.trade_date DESC OFFSET b.n LIMIT 1)) AS since
) s
ORDER BY b.k
"""

# The daily bars come back packed: per symbol one bytea of fixed-width big-endian records (the binary send
# functions: no number formatted as text, one value per symbol rather than a message per row). A daily row is both
# a bar and a row to judge (with when it landed); a day of minute bars is a bar only (landed: -infinity).
_BARS_SQL = """
SELECT b.k - 1, count(*),
       string_agg(date_send(d.trade_date) || float8send(d.close) || int8send(d.volume) || float8send(d.high)
                  || float8send(d.low) || timestamptz_send(d.landed_at), ''::bytea)
FROM unnest(%s::text[], %s::date[], %s::date[]) WITH ORDINALITY AS b (symbol, since, until, k)
JOIN LATERAL (
    SELECT trade_date, close, volume, high, low, landed_at FROM prices
    WHERE symbol = b.symbol AND ts >= coalesce(b.since, '-infinity') AND ts < b.until + 1 AND ts::time = time '00:00'
    UNION ALL
    SELECT trade_date, close, volume, high, low, timestamptz '-infinity' FROM intraday_daily
    WHERE symbol = b.symbol AND trade_date BETWEEN coalesce(b.since, '-infinity') AND b.until
) d ON true
GROUP BY b.k
"""
_BAR_RECORD = np.dtype([("day", ">i4"), ("close", ">f8"), ("volume", ">i8"), ("high", ">f8"), ("low", ">f8"),
                        ("landed", ">i8")])
_NOT_A_ROW = np.iinfo(np.int64).min  # -infinity, sent

# The minute bars of each span, from the first day's start (a minute bar is judged with its day so far).
_MINUTES_SQL = """
SELECT b.k, count(*),
       string_agg(timestamp_send(p.ts) || date_send(p.trade_date) || float8send(p.close) || float8send(p.high)
                  || float8send(p.low) || int8send(p.volume) || timestamptz_send(p.landed_at), ''::bytea)
FROM unnest(%s::integer[], %s::text[], %s::timestamp[], %s::timestamp[]) AS b (k, symbol, first_ts, last_ts)
JOIN LATERAL (
    SELECT * FROM prices p
    WHERE p.symbol = b.symbol AND p.ts >= b.first_ts::date AND p.ts <= b.last_ts AND p.ts::time <> time '00:00'
) p ON true
GROUP BY b.k
"""
_MINUTE_RECORD = np.dtype([("ts", ">i8"), ("day", ">i4"), ("close", ">f8"), ("high", ">f8"), ("low", ">f8"),
                           ("volume", ">i8"), ("landed", ">i8")])

# A rule's alert already written for that symbol and day (the batch was replayed after landing before): the
# alerts go in one by one, the written ones skipped. As JSON: one parameter, parsed by the server.
_INSERT_SQL = """
INSERT INTO alerts (rule_id, symbol, trade_date, ts, detail)
SELECT (a ->> 0)::bigint, a ->> 1, (a ->> 2)::date, (a ->> 3)::timestamp, (a -> 4)::jsonb
FROM json_array_elements(%s::json) AS a
ON CONFLICT (rule_id, symbol, trade_date) DO NOTHING
"""

# The webhook outbox of the alerts written now (the sink is their only writer: ids above those before are new).
_OUTBOX_SQL = """
INSERT INTO alert_deliveries (alert_id, url)
SELECT a.id, w.webhook_url FROM alerts a JOIN watch_rules w ON w.id = a.rule_id
WHERE a.id > %s AND w.webhook_url IS NOT NULL
"""

Alert = tuple[int, str, str, str, dict[str, float | None]]  # rule, symbol, day, market time, values


def write_alerts(cur: psycopg.Cursor[Any], alerts: list[Alert], webhooks: bool) -> int:
    """Writes the alerts (by COPY: a replay fires tens of thousands), each rule's first per symbol and day kept
    when some were written before; their webhook deliveries with them. Returns how many were written."""
    if not alerts:
        return 0
    # The outbox takes the alerts with ids above the newest before these (read only when a webhook waits for them).
    before = cur.execute("SELECT coalesce(max(id), 0) FROM alerts").fetchone() if webhooks else None
    # Symbols hold no tab, newline or backslash (the job's parse checks them), values are JSON numbers.
    text = "".join(f"{rule}\t{symbol}\t{day}\t{ts}\t{json.dumps(values)}\n" for rule, symbol, day, ts, values in alerts)
    try:
        with cur.connection.transaction(), \
                cur.copy("COPY alerts (rule_id, symbol, trade_date, ts, detail) FROM STDIN") as copy:
            copy.write(text)
        written = len(alerts)
    except psycopg.errors.UniqueViolation:
        written = cur.execute(_INSERT_SQL, (json.dumps(alerts),)).rowcount
    if before is not None and written:
        cur.execute(_OUTBOX_SQL, (before[0],))
    return written


def read_packed(cur: psycopg.Cursor[Any], sql: str, params: tuple[object, ...],
                record: np.dtype[np.void]) -> dict[str, npt.NDArray[Any]]:
    """The records of a packed query (symbol number, count, records) as native numpy columns, with `symbol`."""
    parts = sorted(cur.execute(sql, params, binary=True).fetchall(), key=lambda p: int(p[0]))  # by symbol
    data = np.frombuffer(b"".join(bytes(p) for _, _, p in parts), dtype=record)
    columns = {name: data[name].astype(data.dtype[name].newbyteorder("=")) for name in record.names or ()}
    columns["symbol"] = np.repeat(np.array([k for k, _, _ in parts], np.int64), [n for _, n, _ in parts])
    return columns


def read_figures(cur: psycopg.Cursor[Any], w: Watched) -> Figures:
    """The watched symbols' daily bars and rows, read back from what is stored, with their figures."""
    spans = cur.execute(_SPANS_SQL, (w.symbols, w.firsts, w.windows, w.extremes)).fetchall()
    since = [s for s, _ in spans]
    first_day = np.array([d for _, d in spans], np.int64)
    b = read_packed(cur, _BARS_SQL, (w.symbols, since, [t.date() for t in w.lasts]), _BAR_RECORD)
    day = b["day"].astype(np.int64)
    bars = DailyBars(b["symbol"], day, b["close"], b["volume"].astype(np.float64), b["high"], b["low"])
    daily = b["landed"] != _NOT_A_ROW
    rows = [BatchRows(b["symbol"][daily], day[daily] * _DAY_US + _PG_EPOCH_US, day[daily], b["close"][daily],
                      b["high"][daily], b["low"][daily], bars.volume[daily], b["landed"][daily] + _PG_EPOCH_US)]
    # Minute bars only where the span holds a day of them.
    first_days = np.array([(t.date() - EPOCH_DAY).days for t in w.firsts], np.int64)
    minutes = np.unique(b["symbol"][~daily & (day >= first_days[b["symbol"]])])
    if len(minutes):
        m = read_packed(cur, _MINUTES_SQL, (minutes.tolist(), [w.symbols[k] for k in minutes],
                                            [w.firsts[k] for k in minutes], [w.lasts[k] for k in minutes]),
                        _MINUTE_RECORD)
        rows.append(BatchRows(m["symbol"], m["ts"] + _PG_EPOCH_US, m["day"].astype(np.int64), m["close"], m["high"],
                              m["low"], m["volume"].astype(np.float64), m["landed"] + _PG_EPOCH_US))
    firsts_us = np.array([(t - EPOCH) // timedelta(microseconds=1) for t in w.firsts], np.int64)
    return figures(bars, BatchRows.concat(rows), firsts_us, first_day)


def alerts_of(fired: list[Fired], f: Figures, symbols: list[str]) -> list[Alert]:
    """The alerts as written, in market order."""
    names = np.array(symbols, dtype=object)
    alerts: list[Alert] = []
    for one in fired:
        at = one.rows
        market = (np.datetime64("1970-01-01T00:00:00", "us") + f.rows.ts[at]).astype(str).tolist()
        alerts.extend(zip([one.rule.id] * len(at), names[f.rows.symbol[at]].tolist(),
                          [t[:10] for t in market], market, one.values(f), strict=True))
    alerts.sort(key=lambda a: (a[3], a[0], a[1]))
    return alerts


def evaluate_watch_rules(cur: psycopg.Cursor[Any], landed: LandedSpans) -> int:
    """Fires the rules the landed rows meet, inside the caller's transaction; returns the alerts written."""
    if not landed.spans:
        return 0
    rules = [Rule(int(i), int(c), r, url) for i, c, r, url in cur.execute(_RULES_SQL).fetchall()]
    w = watched(rules, landed.spans)
    if not w.symbols:
        return 0
    f = read_figures(cur, w)
    fired = judge(rules, f, {s: k for k, s in enumerate(w.symbols)})
    written = write_alerts(cur, alerts_of(fired, f, w.symbols), any(one.rule.webhook_url for one in fired))
    if written:
        cur.execute("SELECT pg_notify('stockctl_alerts', %s)", (str(written),))
    return written
