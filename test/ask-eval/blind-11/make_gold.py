#!/usr/bin/env python3
"""blind-11: 240 questions for `stockctl ask`, with gold answers computed from the raw files.

Written blind: without reading the question engine. Standard library only.

Data: $ASK_EVAL_DATA if set, else <repo>/../shared/data, where <repo> is three levels above this file
(<repo>/test/ask-eval/blind-11/make_gold.py). Output: questions.jsonl beside this file.
Every gold answer is computed here; nothing is typed by hand except the questions and their parameters.
Any failed ambiguity check stops the run before anything is written.
"""
import datetime as DT
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
DATA = os.environ.get('ASK_EVAL_DATA') or os.path.normpath(os.path.join(REPO, '..', 'shared', 'data'))
OUT = os.path.join(HERE, 'questions.jsonl')

DAILY_SYMS = ['AAPL', 'AMD', 'AMZN', 'FB', 'GOOGL', 'IBM', 'INTC', 'JPM', 'KO', 'MSFT', 'NFLX', 'NVDA', 'TSLA']
ETF_SYMS = ['INDA', 'FXY', 'DBB']
ALL_SYMS = DAILY_SYMS + ETF_SYMS


class CheckFailed(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise CheckFailed(msg)


# ---------------------------------------------------------------- loading

def nth_sunday(y, m, n):
    d = DT.date(y, m, 1)
    d += DT.timedelta(days=(6 - d.weekday()) % 7)
    return d + DT.timedelta(days=7 * (n - 1))


def utc_to_ny(stamp):
    """US Eastern time by the post-2007 rule: EDT from the 2nd Sunday of March 02:00 local (07:00 UTC)
    to the 1st Sunday of November 02:00 local (06:00 UTC)."""
    t = DT.datetime.strptime(stamp, '%Y-%m-%d %H:%M:%S')
    start = DT.datetime.combine(nth_sunday(t.year, 3, 2), DT.time(7, 0))
    end = DT.datetime.combine(nth_sunday(t.year, 11, 1), DT.time(6, 0))
    return t - DT.timedelta(hours=4 if start <= t < end else 5)


BARS = {}  # sym -> [(date, open, high, low, close, volume)] ascending
MINS = {}  # ETF sym -> [(date, 'HH:MM', open, high, low, close, volume)] ascending, New York time


def load():
    for s in DAILY_SYMS:
        rows = []
        with open(os.path.join(DATA, 'stocks', s.lower() + '.us.txt')) as f:
            header = f.readline().strip().split(',')
            check(header[:6] == ['Date', 'Open', 'High', 'Low', 'Close', 'Volume'], 'header of ' + s)
            for line in f:
                p = line.strip().split(',')
                if len(p) < 6:
                    continue
                rows.append((p[0], float(p[1]), float(p[2]), float(p[3]), float(p[4]), float(p[5])))
        check(all(a[0] < b[0] for a, b in zip(rows, rows[1:])), s + ' dates not strictly ascending')
        BARS[s] = rows
    names = sorted(os.listdir(os.path.join(DATA, 'intraday')))
    for s in ETF_SYMS:
        fn = [n for n in names if n.startswith(s + '_1min_') and n.endswith('.csv')]
        check(len(fn) == 1, 'one minute file for ' + s)
        mins = []
        with open(os.path.join(DATA, 'intraday', fn[0])) as f:
            f.readline()
            for line in f:
                p = line.strip().split(',')
                if len(p) < 6:
                    continue
                t = utc_to_ny(p[0])
                mins.append((t.strftime('%Y-%m-%d'), t.strftime('%H:%M'),
                             float(p[1]), float(p[2]), float(p[3]), float(p[4]), float(p[5])))
        mins.sort(key=lambda r: (r[0], r[1]))
        check(all((a[0], a[1]) < (b[0], b[1]) for a, b in zip(mins, mins[1:])), s + ' duplicate minutes')
        MINS[s] = mins
        days = []
        for m in mins:
            if days and days[-1][0] == m[0]:
                d = days[-1]
                days[-1] = (d[0], d[1], max(d[2], m[3]), min(d[3], m[4]), m[5], d[5] + m[6])
            else:
                days.append((m[0], m[2], m[3], m[4], m[5], m[6]))
        BARS[s] = days


load()
IDX = {s: {b[0]: i for i, b in enumerate(BARS[s])} for s in ALL_SYMS}
FIELD = {'open': 1, 'high': 2, 'low': 3, 'close': 4, 'volume': 5}
END = max(BARS[s][-1][0] for s in ETF_SYMS)            # "today" for the ETFs
check(END == '2025-07-08', 'data end is ' + END)


def dd(s):
    return DT.date.fromisoformat(s)


# ---------------------------------------------------------------- periods

def month(y, m):
    last = (DT.date(y + (m == 12), m % 12 + 1, 1) - DT.timedelta(days=1))
    return '%04d-%02d-01' % (y, m), last.isoformat()


def quarter(y, q):
    return month(y, 3 * q - 2)[0], month(y, 3 * q)[1]


def half(y, h):
    return month(y, 6 * h - 5)[0], month(y, 6 * h)[1]


def year(y):
    return '%04d-01-01' % y, '%04d-12-31' % y


def week_of(d):
    x = dd(d)
    mon = x - DT.timedelta(days=x.weekday())
    return mon.isoformat(), (mon + DT.timedelta(days=4)).isoformat()


THIS_YEAR = ('2025-01-01', END)
THIS_MONTH = ('2025-07-01', END)
LAST_MONTH = month(2025, 6)
LAST_QUARTER = quarter(2025, 2)

# ---------------------------------------------------------------- basic measures


def bar(s, d):
    i = IDX[s].get(d)
    check(i is not None, '%s has no bar on %s' % (s, d))
    return BARS[s][i]


def value(s, d, field):
    b = bar(s, d)
    if field == 'range':
        return b[2] - b[3]
    return b[FIELD[field]]


def prev_bar(s, d):
    i = IDX[s][d]
    check(i > 0, '%s has no session before %s' % (s, d))
    p = BARS[s][i - 1]
    check((dd(d) - dd(p[0])).days <= 10, '%s: the session before %s is %s, across a hole in the data' % (s, d, p[0]))
    return p


def ret(s, d):
    return bar(s, d)[4] / prev_bar(s, d)[4] - 1


def gap(s, d):
    return bar(s, d)[1] / prev_bar(s, d)[4] - 1


def measure(s, d, m):
    if m == 'return':
        return ret(s, d)
    if m == 'gap':
        return gap(s, d)
    return value(s, d, m)


def on_or_before(s, d):
    best = None
    for b in BARS[s]:
        if b[0] <= d:
            best = b
        else:
            break
    check(best is not None, 'no session of %s on or before %s' % (s, d))
    return best


def window(s, d1, d2):
    w = [b for b in BARS[s] if d1 <= b[0] <= d2]
    check(len(w) > 0, 'empty window %s %s..%s' % (s, d1, d2))
    check(all((dd(b[0]) - dd(a[0])).days <= 10 for a, b in zip(w, w[1:])), 'hole inside window %s %s..%s' % (s, d1, d2))
    return w


def window_returns(s, d1, d2, include_first=True):
    w = window(s, d1, d2)
    out = [(b[0], ret(s, b[0])) for b in w]
    return out if include_first else out[1:]


def sma(s, d, n):
    i = IDX[s][d]
    check(i + 1 >= n, 'MA%d of %s undefined on %s' % (n, s, d))
    w = BARS[s][i - n + 1:i + 1]
    check(all((dd(b[0]) - dd(a[0])).days <= 10 for a, b in zip(w, w[1:])), 'MA window over a hole')
    return sum(b[4] for b in w) / n


def mean(xs):
    xs = list(xs)
    check(len(xs) > 0, 'mean of nothing')
    return sum(xs) / len(xs)


def sstd(xs):
    xs = list(xs)
    check(len(xs) > 2, 'too few values for a deviation')
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def pearson(xs, ys):
    mx, my = mean(xs), mean(ys)
    sxy = sum((a - mx) * (b - my) for a, b in zip(xs, ys))
    sxx = sum((a - mx) ** 2 for a in xs)
    syy = sum((b - my) ** 2 for b in ys)
    return sxy / math.sqrt(sxx * syy)


def change(s, d1, d2):
    a, b = on_or_before(s, d1), on_or_before(s, d2)
    check(a[0] < b[0], 'change over no time')
    return b[4] / a[4] - 1


def exact_change(s, d1, d2):
    """change between two named closes, which must both be sessions"""
    return value(s, d2, 'close') / value(s, d1, 'close') - 1


def agg(s, d1, d2, field, how):
    w = window(s, d1, d2)
    xs = [(b[2] - b[3]) if field == 'range' else b[FIELD[field]] for b in w]
    if how == 'mean':
        return mean(xs)
    if how == 'sum':
        return sum(xs)
    if how == 'max':
        return max(xs)
    if how == 'min':
        return min(xs)
    raise ValueError(how)


# ---------------------------------------------------------------- ambiguity helpers

def distinct(a, b, rel=2e-3, ab=1e-9):
    return abs(a - b) > max(rel * max(abs(a), abs(b)), ab)


def ranked(items, largest=True, n=None, by_abs=False):
    """items: [(label, value)]. Sort; check that the top n (+ the next one) are separated beyond rounding."""
    key = (lambda t: abs(t[1])) if by_abs else (lambda t: t[1])
    srt = sorted(items, key=key, reverse=largest)
    n = len(srt) if n is None else n
    check(len(srt) >= n, 'fewer items than asked')
    for a, b in zip(srt[:n + 1], srt[1:n + 1]):
        check(distinct(key(a), key(b)), 'tie in ranking: %r %r' % (a, b))
    return srt[:n]


def far_from(x, thr, rel=1e-3):
    return abs(x - thr) > rel * max(abs(thr), 1e-6)


def vwap_of(ms):
    check(len(ms) > 0, 'no minutes')
    v = sum(m[6] for m in ms)
    check(v > 0, 'no volume')
    return sum(m[5] * m[6] for m in ms) / v


def minutes(s, d, t1='00:00', t2='23:59'):
    return [m for m in MINS[s] if m[0] == d and t1 <= m[1] <= t2]


def streaks(series, up):
    """series: [(date, return)] -> [(length, first, last)] of consecutive up (>0) or down (<0) sessions"""
    out, cur = [], []
    for d, r in series:
        if (r > 0) if up else (r < 0):
            cur.append(d)
        else:
            if cur:
                out.append((len(cur), cur[0], cur[-1]))
            cur = []
    if cur:
        out.append((len(cur), cur[0], cur[-1]))
    return out


def longest_streak(s, d1, d2, up):
    a = streaks(window_returns(s, d1, d2, True), up)
    b = streaks(window_returns(s, d1, d2, False), up)
    check(a and b, 'no streak')
    la = sorted(a, key=lambda t: -t[0])
    lb = sorted(b, key=lambda t: -t[0])
    check(len(la) == 1 or la[0][0] > la[1][0], 'longest streak tied: %r' % la[:3])
    check(la[0] == lb[0], 'streak depends on the first session of the window')
    return la[0]


def ma_diff(s, i, fast, slow):
    d = BARS[s][i][0]
    if slow is None:
        return BARS[s][i][4] - sma(s, d, fast)
    return sma(s, d, fast) - sma(s, d, slow)


def crossings(s, fast, slow, direction):
    """all crossing days: direction 'above' = diff goes from < 0 to > 0 (fast over slow, or close over MA)"""
    need = max(fast, slow or 0)
    out = []
    B = BARS[s]
    for i in range(need, len(B)):
        try:
            p, c = ma_diff(s, i - 1, fast, slow), ma_diff(s, i, fast, slow)
        except CheckFailed:
            continue
        if (direction == 'above' and p < 0 < c) or (direction == 'below' and p > 0 > c):
            scale = B[i][4]
            check(abs(p) > 1e-6 * scale and abs(c) > 1e-6 * scale, 'near tie at crossing %s %s' % (s, B[i][0]))
            out.append(B[i][0])
        if p == 0 or c == 0:
            check(False, 'exact tie between series %s %s' % (s, B[i][0]))
    return out


def not_a_crossing_day(s, d, fast, slow):
    if d in IDX[s]:
        for direction in ('above', 'below'):
            check(d not in crossings(s, fast, slow, direction), 'the anchor date is itself a crossing')


def universe_on(d):
    return [s for s in ALL_SYMS if d in IDX[s]]


def universe_over(d1, d2):
    return [s for s in ALL_SYMS if d1 in IDX[s] and d2 in IDX[s]]


def high_52w(s, d, field='high', how='max'):
    x = dd(d)
    vals = []
    for back in (364, 365):
        start = (x - DT.timedelta(days=back)).isoformat()
        w = [b for b in BARS[s] if start <= b[0] <= d]
        check(len(w) > 200, '52-week window too thin')
        xs = [b[FIELD[field]] for b in w]
        vals.append(max(xs) if how == 'max' else min(xs))
    check(vals[0] == vals[1], '52-week value depends on a 364/365-day window')
    bar(s, d)
    return vals[0]


# ---------------------------------------------------------------- gold shapes

def rnd(x):
    if isinstance(x, str):
        return x
    check(isinstance(x, (int, float)) and math.isfinite(x), 'bad number %r' % (x,))
    r = round(float(x), 8)
    if r == int(r):
        return int(r)
    return r


def gold(rows, match, exact):
    return {'rows': [[rnd(c) for c in row] for row in rows], 'match': match, 'exact_rows': exact}


def first(*row):
    return gold([list(row)], 'first', False)


def as_set(rows):
    return gold(rows, 'set', True)


def as_ordered(rows, exact=True):
    return gold(rows, 'ordered', exact)


# ---------------------------------------------------------------- gold builders per kind

def g_latest(s, n, fields):
    rows = BARS[s][-n:]
    check(len(rows) == n, 'not enough rows')
    return as_set([[b[0]] + [b[FIELD[f]] for f in fields] for b in rows])


def g_day(s, d, field):
    return first(d, measure(s, d, field))


def g_rows(s, d1, d2, fields):
    w = window(s, d1, d2)
    check(len(w) >= 2, 'range too short')
    return as_set([[b[0]] + [b[FIELD[f]] for f in fields] for b in w])


def g_agg(s, d1, d2, field, how):
    return first(agg(s, d1, d2, field, how))


def g_extreme(s, d1, d2, field, largest):
    items = [(b[0], (b[2] - b[3]) if field == 'range' else b[FIELD[field]]) for b in window(s, d1, d2)]
    top = ranked(items, largest, 1)[0]
    return first(top[0], top[1])


def g_52(s, d, which):
    hi = high_52w(s, d, 'high', 'max')
    lo = high_52w(s, d, 'low', 'min')
    if which == 'high':
        return first(hi)
    if which == 'low':
        return first(lo)
    return first(lo, hi)


def g_change(s, d1, d2, sessions=True):
    if sessions:
        return first(exact_change(s, d1, d2))
    check(d1 not in IDX[s] and d2 not in IDX[s], 'expected non-trading end dates')
    return first(change(s, d1, d2))


def g_ret(s, d, m):
    return first(d, measure(s, d, m))


def g_biggest(s, d1, d2, m, mode):
    """mode: 'up' (largest), 'down' (most negative), 'abs' (largest either way)"""
    res = []
    for inc in (True, False):
        w = window(s, d1, d2)
        if not inc:
            w = w[1:]
        items = [(b[0], measure(s, b[0], m)) for b in w]
        if mode == 'abs':
            res.append(ranked(items, True, 1, by_abs=True)[0])
        else:
            res.append(ranked(items, mode == 'up', 1)[0])
    check(res[0] == res[1], 'winner depends on the first session')
    if mode == 'up':
        check(res[0][1] > 0, 'biggest gain is not a gain')
    if mode == 'down':
        check(res[0][1] < 0, 'biggest drop is not a drop')
    return first(res[0][0], res[0][1])


def g_xs(d, m, n, largest, singular=False, expect=None):
    syms = universe_on(d)
    if expect is not None:
        check(len(syms) == expect, 'universe on %s has %d symbols' % (d, len(syms)))
    items = [(s, measure(s, d, m)) for s in syms]
    top = ranked(items, largest, n)
    if singular:
        return first(*top[0])
    return as_ordered([list(t) for t in top])


def g_gainers(d1, d2, n, largest, singular=False, expect=None):
    syms = universe_over(d1, d2)
    if expect is not None:
        check(len(syms) == expect, 'universe over %s..%s has %d symbols' % (d1, d2, len(syms)))
    items = [(s, exact_change(s, d1, d2)) for s in syms]
    top = ranked(items, largest, n)
    if singular:
        return first(*top[0])
    return as_ordered([list(t) for t in top])


def g_pair(items, winner_first=True, largest=True):
    """items [(sym, value)]: 'which / did X or Y' -> ordered winner first; 'compare' -> set"""
    if winner_first:
        return as_ordered([list(t) for t in ranked(items, largest, 2)])
    return as_set([list(t) for t in items])


def period_value(s, d1, d2, field, how):
    if how == 'last':
        return window(s, d1, d2)[-1][FIELD[field]]
    return agg(s, d1, d2, field, how)


def g_grouped(s, periods, field, how):
    return as_ordered([[period_value(s, a, b, field, how)] for a, b in periods])


def g_pop(s, later, earlier, field):
    a = agg(s, later[0], later[1], field, 'mean')
    b = agg(s, earlier[0], earlier[1], field, 'mean')
    return first(a, b, a / b - 1)


def g_ma(s, d, n):
    return first(d, sma(s, d, n))


def g_cross(s, fast, slow, direction, after=None, before=None, pick='first', only=False):
    xs = crossings(s, fast, slow, direction)
    if after:
        not_a_crossing_day(s, after, fast, slow)
        xs = [x for x in xs if x > after]
    if before:
        not_a_crossing_day(s, before, fast, slow)
        xs = [x for x in xs if x < before]
    check(len(xs) > 0, 'no crossing found')
    if only:
        check(len(xs) == 1, 'more than one crossing: %r' % xs)
    return first(xs[0] if pick == 'first' else xs[-1])


def g_count(s, d1, d2, m, op, thr):
    """op: '>' or '<' or 'abs>'; return-based measures are checked with and without the window's first session"""
    counts = []
    for inc in (True, False):
        w = window(s, d1, d2)
        if not inc:
            if m not in ('return', 'gap'):
                continue
            w = w[1:]
        n = 0
        for b in w:
            x = measure(s, b[0], m)
            y = abs(x) if op == 'abs>' else x
            check(far_from(y, thr), 'value %r on %s too close to the threshold' % (x, b[0]))
            n += (y > thr) if op in ('>', 'abs>') else (y < thr)
        counts.append(n)
    if len(counts) == 2:
        check(counts[0] == counts[1], 'count depends on the first session')
    return first(counts[0])


def g_xcount(d, m, op, thr, expect=None):
    syms = universe_on(d)
    if expect is not None:
        check(len(syms) == expect, 'universe on %s has %d symbols' % (d, len(syms)))
    n = 0
    for s in syms:
        x = measure(s, d, m)
        check(far_from(x, thr), '%s %r too close to the threshold' % (s, x))
        n += (x > thr) if op == '>' else (x < thr)
    return first(n)


def g_vol(s, d1, d2):
    a = sstd([r for _, r in window_returns(s, d1, d2, True)])
    b = sstd([r for _, r in window_returns(s, d1, d2, False)])
    check(abs(a - b) < 0.00005, 'volatility depends on the first session: %r %r' % (a, b))
    return a


def corr(s1, s2, d1, d2, include_first=True):
    r1 = dict(window_returns(s1, d1, d2, include_first))
    r2 = dict(window_returns(s2, d1, d2, include_first))
    common = sorted(set(r1) & set(r2))
    check(len(common) > 20, 'too few common dates')
    return pearson([r1[d] for d in common], [r2[d] for d in common])


def g_corr(s1, s2, d1, d2):
    a, b = corr(s1, s2, d1, d2, True), corr(s1, s2, d1, d2, False)
    check(abs(a - b) < 0.5 * max(0.001 * abs(a), 0.0001), 'correlation depends on the first session: %r %r' % (a, b))
    return first(a)


def g_streak(s, d1, d2, up):
    n, a, b = longest_streak(s, d1, d2, up)
    check(n >= 2, 'streak of one')
    return first(n, a, b)


def g_vwap_day(s, d):
    allm = minutes(s, d)
    reg = minutes(s, d, '09:30', '15:59')
    a, b = vwap_of(allm), vwap_of(reg)
    check(abs(a / b - 1) < 0.001, 'regular-session VWAP disagrees on %s %s' % (s, d))
    return first(a)


def g_vwap_window(s, days, t1='00:00', t2='23:59'):
    ms = []
    for d in days:
        bar(s, d)
        ms += minutes(s, d, t1, t2)
    return first(vwap_of(ms))


def g_minute_rows(s, d, t1, t2, fields):
    ms = minutes(s, d, t1, t2)
    check(2 <= len(ms) <= 15, 'minute list of %d rows' % len(ms))
    col = {'open': 2, 'high': 3, 'low': 4, 'close': 5, 'volume': 6}
    return as_set([[m[0] + ' ' + m[1]] + [m[col[f]] for f in fields] for m in ms])


def g_candle(s, d1, d2):
    w = window(s, d1, d2)
    return first(w[0][1], max(b[2] for b in w), min(b[3] for b in w), w[-1][4], sum(b[5] for b in w))


def g_dist(s, d):
    i = IDX[s][d]
    peak = max(b[4] for b in BARS[s][:i + 1])
    v = BARS[s][i][4] / peak - 1
    check(v < -0.001, 'at or near the high')
    return first(d, v)


def g_dates_of(s):
    return first(BARS[s][0][0], BARS[s][-1][0])


def g_syms(pred):
    syms = [s for s in ALL_SYMS if pred(s)]
    check(len(syms) >= 1, 'empty symbol list')
    return as_set([[s] for s in syms])


