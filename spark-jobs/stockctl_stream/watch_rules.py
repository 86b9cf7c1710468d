"""The kinds of standing question (the typed rules of sql/watch/rule.ts), each with when it fires and the values
an alert shows: one small handler per kind, registered in KINDS."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from .watch_figures import B1, F8, I8, Figures, day_keys


@dataclass(frozen=True)
class Rule:
    id: int
    created_us: int  # rows landed before the rule was added never fire it
    rule: dict[str, Any]
    webhook_url: str | None

    @property
    def kind(self) -> str:
        return str(self.rule["kind"])

    @property
    def symbol(self) -> str | None:
        s = self.rule.get("symbol")
        return None if s is None else str(s)

    @property
    def direction(self) -> str:
        return str(self.rule.get("direction"))

    def number(self, key: str) -> float:
        return float(self.rule[key])

    @property
    def window(self) -> int:
        return int(self.rule.get("window") or 0)

    @property
    def extremes(self) -> bool:
        return self.kind in ("new-high", "new-low")


@dataclass(frozen=True)
class Kind:
    fires: Callable[[Rule, Figures, slice], B1]  # for the rows of a slice (one symbol's rows, or all)
    values: Callable[[Rule, Figures], dict[str, F8]]  # what an alert shows, for every row (read where it fired)


def _daily_change(rule: Rule, f: Figures, s: slice) -> B1:
    change, threshold = f.change[s], rule.number("threshold")
    with np.errstate(invalid="ignore"):
        return change < -threshold if rule.direction == "down" else change > threshold


def _volume_spike(rule: Rule, f: Figures, s: slice) -> B1:
    w = f.windows(rule.window)
    with np.errstate(invalid="ignore"):
        return w.has_n[s] & (f.rows.volume[s] >= rule.number("multiple") * (w.volumes_n[s] / rule.window))


def _ma_cross(rule: Rule, f: Figures, s: slice) -> B1:
    has_n = f.windows(rule.window).has_n[s]
    close, prev = f.rows.close[s], f.prev_close[s]
    average, previous = (a[s] for a in f.averages(rule.window))
    with np.errstate(invalid="ignore"):
        if rule.direction == "above":
            return has_n & (close > average) & (prev <= previous)
        return has_n & (close < average) & (prev >= previous)


def _price_cross(rule: Rule, f: Figures, s: slice) -> B1:
    level, close, prev = rule.number("level"), f.rows.close[s], f.prev_close[s]
    with np.errstate(invalid="ignore"):
        if rule.direction == "above":
            return (prev <= level) & (close > level)
        return (prev >= level) & (close < level)


def _new_high(rule: Rule, f: Figures, s: slice) -> B1:
    with np.errstate(invalid="ignore"):
        return f.year_of_history[s] & (f.rows.high[s] > f.extremes[0][s])


def _new_low(rule: Rule, f: Figures, s: slice) -> B1:
    with np.errstate(invalid="ignore"):
        return f.year_of_history[s] & (f.rows.low[s] < f.extremes[1][s])


def _change_values(rule: Rule, f: Figures) -> dict[str, F8]:
    return {"close": f.rows.close, "previous_close": f.prev_close, "change": f.change}


def _volume_values(rule: Rule, f: Figures) -> dict[str, F8]:
    return {"volume": f.rows.volume, "average_volume": f.windows(rule.window).volumes_n / rule.window}


def _cross_values(rule: Rule, f: Figures) -> dict[str, F8]:
    average, previous = f.averages(rule.window)
    return {"close": f.rows.close, "moving_average": average, "previous_close": f.prev_close,
            "previous_moving_average": previous}


def _level_values(rule: Rule, f: Figures) -> dict[str, F8]:
    return {"close": f.rows.close, "previous_close": f.prev_close}


def _high_values(rule: Rule, f: Figures) -> dict[str, F8]:
    return {"high": f.rows.high, "previous_52_week_high": f.extremes[0]}


def _low_values(rule: Rule, f: Figures) -> dict[str, F8]:
    return {"low": f.rows.low, "previous_52_week_low": f.extremes[1]}


KINDS: dict[str, Kind] = {
    "daily-change": Kind(_daily_change, _change_values),
    "volume-spike": Kind(_volume_spike, _volume_values),
    "ma-cross": Kind(_ma_cross, _cross_values),
    "price-cross": Kind(_price_cross, _level_values),
    "new-high": Kind(_new_high, _high_values),
    "new-low": Kind(_new_low, _low_values),
}


@dataclass(frozen=True)
class Fired:
    """The alerts of one rule: the rows that fired it (the first of each symbol's day that met it)."""

    rule: Rule
    rows: I8

    def values(self, f: Figures) -> list[dict[str, float | None]]:
        columns = {k: v[self.rows] for k, v in KINDS[self.rule.kind].values(self.rule, f).items()}
        as_lists = {k: [None if x != x else x for x in v.tolist()] if np.isnan(v).any() else v.tolist()  # NaN: null
                    for k, v in columns.items()}
        keys = list(as_lists)
        return [dict(zip(keys, vs, strict=True)) for vs in zip(*as_lists.values(), strict=True)]


def judge(rules: list[Rule], f: Figures, numbers: dict[str, int]) -> list[Fired]:
    """Each rule against the rows in its scope (its symbol's, or all; landed since the rule was added)."""
    scopes: list[tuple[Rule, slice]] = []
    for rule in rules:
        if rule.kind not in KINDS or (rule.symbol is not None and rule.symbol not in numbers):
            continue
        scopes.append((rule, f.symbol_rows(numbers[rule.symbol]) if rule.symbol is not None else slice(0, f.size)))
    for n in {rule.window for rule, _ in scopes if rule.window}:
        needed = np.zeros(f.size, np.bool_)
        for rule, s in scopes:
            if rule.window == n:
                needed[s] = True
        f.add_windows(n, needed)
    days = day_keys(f.rows.symbol, f.rows.day)
    fired: list[Fired] = []
    for rule, s in scopes:
        meets = KINDS[rule.kind].fires(rule, f, s) & (f.rows.landed[s] >= rule.created_us)
        rows = np.flatnonzero(meets) + s.start
        if len(rows):
            _, first = np.unique(days[rows], return_index=True)  # rows are in market order
            fired.append(Fired(rule, rows[first]))
    return fired
