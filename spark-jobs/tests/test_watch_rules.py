"""The standing questions' judgement (watch_figures.py, watch_rules.py) against a plain reference written from the
rules' definitions (sql/watch/rule.ts), on real daily and minute bars: the same alerts, and the same whether the
rows come in one batch or in many."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from stockctl_stream.watch_figures import BatchRows, DailyBars, figures
from stockctl_stream.watch_rules import Rule, judge

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
EPOCH_DAY = date(2000, 1, 1)


def day_number(d: date) -> int:
    return (d - EPOCH_DAY).days


def micros(t: datetime) -> int:
    return int((t - datetime(1970, 1, 1)).total_seconds()) * 1_000_000


# (symbol, market time, open, high, low, close, volume)
Row = tuple[str, datetime, float, float, float, float, int]


def daily_rows(symbol: str, since: str) -> list[Row]:
    with open(DATA / "stocks" / f"{symbol.lower()}.us.txt", encoding="utf-8") as f:
        return [(symbol, datetime.fromisoformat(r["Date"]), float(r["Open"]), float(r["High"]), float(r["Low"]),
                 float(r["Close"]), int(r["Volume"])) for r in csv.DictReader(f) if r["Date"] >= since]


def minute_rows(symbol: str, since: str, until: str) -> list[Row]:
    path = next((DATA / "intraday").glob(f"{symbol}_1min_*.csv"))
    with open(path, encoding="utf-8") as f:
        return [(symbol, datetime.fromisoformat(r["timestamp"]), float(r["open"]), float(r["high"]), float(r["low"]),
                 float(r["close"]), int(float(r["volume"]))) for r in csv.DictReader(f)
                if since <= r["timestamp"] < until]


def day_bars(rows: list[Row]) -> dict[str, list[tuple[date, float, int, float, float]]]:
    """Per symbol its daily bars (day, close, volume, high, low): a daily row, or a day of minute rows summed."""
    days: dict[tuple[str, date], list[Row]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: (r[0], r[1])):
        days[(r[0], r[1].date())].append(r)
    out: dict[str, list[tuple[date, float, int, float, float]]] = defaultdict(list)
    for (symbol, d), rs in sorted(days.items()):
        out[symbol].append((d, rs[-1][5], sum(r[6] for r in rs), max(r[3] for r in rs), min(r[4] for r in rs)))
    return out


def engine_alerts(rules: list[Rule], all_rows: list[Row], batch: list[Row]) -> set[tuple[int, str, date]]:
    """What the judgement fires for `batch`, its daily bars read from every row up to the batch's last."""
    symbols = sorted({r[0] for r in all_rows})
    number = {s: k for k, s in enumerate(symbols)}
    last = max(r[1] for r in batch)
    bars = day_bars([r for r in all_rows if r[1] <= last])
    flat = [(number[s], day_number(b[0]), *b[1:]) for s in symbols for b in bars.get(s, [])]
    bar_columns: list[Any] = [np.array([b[i] for b in flat], dtype) for i, dtype in
                              enumerate([np.int64, np.int64, np.float64, np.float64, np.float64, np.float64])]
    daily = DailyBars(*bar_columns)
    # The span's rows: from each symbol's first day in the batch (its earlier minutes give the day so far).
    first = {s: min(r[1] for r in batch if r[0] == s) for s in {r[0] for r in batch}}
    span = [r for r in all_rows if r[0] in first and first[r[0]].date() <= r[1].date() and r[1] <= last]
    row_columns: list[Any] = [np.array(c, dtype) for c, dtype in [
        ([number[r[0]] for r in span], np.int64), ([micros(r[1]) for r in span], np.int64),
        ([day_number(r[1].date()) for r in span], np.int64), ([r[5] for r in span], np.float64),
        ([r[3] for r in span], np.float64), ([r[4] for r in span], np.float64),
        ([float(r[6]) for r in span], np.float64), ([1] * len(span), np.int64)]]
    rows = BatchRows(*row_columns)
    first_ts = np.array([micros(first[s]) if s in first else 2**62 for s in symbols], np.int64)
    first_day = np.array([day_number(min(r[1] for r in all_rows if r[0] == s).date()) for s in symbols], np.int64)
    f = figures(daily, rows, first_ts, first_day)
    return {(one.rule.id, symbols[int(f.rows.symbol[i])], EPOCH_DAY.fromordinal(EPOCH_DAY.toordinal()
            + int(f.rows.day[i]))) for one in judge(rules, f, number) for i in one.rows}


def reference_alerts(rules: list[Rule], all_rows: list[Row]) -> set[tuple[int, str, date]]:
    """The rules' definitions, row by row: each row with its day so far against the daily bars before its day."""
    bars = day_bars(all_rows)
    out: set[tuple[int, str, date]] = set()
    by_symbol: dict[str, list[Row]] = defaultdict(list)
    for r in sorted(all_rows, key=lambda r: (r[0], r[1])):
        by_symbol[r[0]].append(r)
    for symbol, rows in by_symbol.items():
        days = [b[0] for b in bars[symbol]]
        day_high, day_low, day_volume = 0.0, 0.0, 0
        for k, r in enumerate(rows):
            d = r[1].date()
            if k == 0 or rows[k - 1][1].date() != d:
                day_high, day_low, day_volume = r[3], r[4], 0
            day_high, day_low, day_volume = max(day_high, r[3]), min(day_low, r[4]), day_volume + r[6]
            j = days.index(d)
            before = bars[symbol][:j]
            prev = before[-1][1] if before else None
            for rule in rules:
                spec = rule.rule
                if spec.get("symbol") not in (None, symbol) or (rule.id, symbol, d) in out:
                    continue
                n = spec.get("window", 0)
                fires = False
                if spec["kind"] == "daily-change" and prev is not None:
                    change = r[5] / prev - 1
                    fires = change < -spec["threshold"] if spec["direction"] == "down" else change > spec["threshold"]
                elif spec["kind"] == "volume-spike" and j >= n:
                    fires = day_volume >= spec["multiple"] * sum(b[2] for b in before[-n:]) / n
                elif spec["kind"] == "ma-cross" and j >= n and prev is not None:
                    today = (sum(b[1] for b in before[-(n - 1):]) + r[5]) / n
                    yesterday = sum(b[1] for b in before[-n:]) / n
                    fires = (r[5] > today and prev <= yesterday) if spec["direction"] == "above" else \
                        (r[5] < today and prev >= yesterday)
                elif spec["kind"] == "price-cross" and prev is not None:
                    level = spec["level"]
                    fires = (prev <= level < r[5]) if spec["direction"] == "above" else (prev >= level > r[5])
                elif spec["kind"] in ("new-high", "new-low") and (d - rows[0][1].date()).days >= 365:
                    year = [b for b in before if (d - b[0]).days <= 365]
                    if year:
                        fires = day_high > max(b[3] for b in year) if spec["kind"] == "new-high" else \
                            day_low < min(b[4] for b in year)
                if fires:
                    out.add((rule.id, symbol, d))
    return out


def rules_of(specs: list[dict[str, object]]) -> list[Rule]:
    return [Rule(i + 1, 0, spec, None) for i, spec in enumerate(specs)]


DAILY_RULES = rules_of([
    {"kind": "daily-change", "symbol": None, "direction": "down", "threshold": 0.05},
    {"kind": "daily-change", "symbol": "TSLA", "direction": "up", "threshold": 0.08},
    {"kind": "volume-spike", "symbol": None, "multiple": 3, "window": 20},
    {"kind": "ma-cross", "symbol": "AAPL", "direction": "above", "window": 50},
    {"kind": "ma-cross", "symbol": "TSLA", "direction": "below", "window": 20},
    {"kind": "price-cross", "symbol": "TSLA", "direction": "above", "level": 200},
    {"kind": "new-high", "symbol": "NVDA"},
    {"kind": "new-low", "symbol": "AAPL"},
])

MINUTE_RULES = rules_of([
    {"kind": "daily-change", "symbol": "FXY", "direction": "up", "threshold": 0.004},
    {"kind": "daily-change", "symbol": None, "direction": "down", "threshold": 0.006},
    {"kind": "volume-spike", "symbol": "DBB", "multiple": 2, "window": 5},
    {"kind": "ma-cross", "symbol": "FXY", "direction": "above", "window": 10},
    {"kind": "new-high", "symbol": None},
    {"kind": "new-low", "symbol": "FXY"},
])


@pytest.fixture(scope="module")
def daily() -> list[Row]:
    return [r for s in ("TSLA", "AAPL", "NVDA") for r in daily_rows(s, "2012-01-01")]


@pytest.fixture(scope="module")
def minutes() -> list[Row]:
    return [r for s in ("FXY", "DBB") for r in minute_rows(s, "2024-05-01", "2024-09-01")] + \
        [r for s in ("FXY", "DBB") for r in minute_rows(s, "2023-07-10", "2023-09-01")]


def test_daily_bars_fire_what_the_definitions_say(daily: list[Row]) -> None:
    expected = reference_alerts(DAILY_RULES, daily)
    assert {rule.id for rule in DAILY_RULES} == {a[0] for a in expected}  # every rule fires somewhere
    assert engine_alerts(DAILY_RULES, daily, daily) == expected


def test_minute_bars_are_judged_with_their_day_so_far(minutes: list[Row]) -> None:
    expected = reference_alerts(MINUTE_RULES, minutes)
    assert {rule.id for rule in MINUTE_RULES} == {a[0] for a in expected}
    assert engine_alerts(MINUTE_RULES, minutes, minutes) == expected


@pytest.mark.parametrize("pieces", [5, 23])
def test_the_same_alerts_however_the_rows_are_batched(daily: list[Row], minutes: list[Row], pieces: int) -> None:
    for rules, rows in ((DAILY_RULES, daily), (MINUTE_RULES, minutes)):
        ordered = sorted(rows, key=lambda r: r[1])
        cuts = np.linspace(0, len(ordered), pieces + 1).astype(int)
        batched: set[tuple[int, str, date]] = set()
        for lo, hi in zip(cuts[:-1], cuts[1:], strict=True):
            batched |= engine_alerts(rules, ordered[:hi], ordered[lo:hi])
        assert batched == engine_alerts(rules, ordered, ordered)


def test_rows_landed_before_a_rule_was_added_do_not_fire_it(daily: list[Row]) -> None:
    late = [Rule(r.id, 2, r.rule, None) for r in DAILY_RULES]  # added after every row landed (landed = 1)
    assert engine_alerts(late, daily, daily) == set()
