-- Derived analytics, computed from prices when read (always current, nothing to maintain).
-- Daily questions read daily_bars, which is the daily data itself or the day's aggregate of intraday rows.

-- Daily rows are taken as they are (fast: no aggregation over millions of daily bars); intraday rows are
-- aggregated per day. A symbol-day has one kind or the other.
CREATE VIEW daily_bars AS
SELECT symbol, trade_date, open, high, low, close, volume, 1::bigint AS rows_in_day
FROM prices
WHERE ts = trade_date::timestamp
UNION ALL
SELECT symbol,
       trade_date,
       (array_agg(open ORDER BY ts))[1]       AS open,
       max(high)                              AS high,
       min(low)                               AS low,
       (array_agg(close ORDER BY ts DESC))[1] AS close,
       sum(volume)::bigint                    AS volume,
       count(*)                               AS rows_in_day
FROM prices
WHERE ts <> trade_date::timestamp
GROUP BY symbol, trade_date;

CREATE VIEW minute_bars AS
SELECT symbol,
       date_trunc('minute', ts)               AS minute,
       (array_agg(open ORDER BY ts))[1]       AS open,
       max(high)                              AS high,
       min(low)                               AS low,
       (array_agg(close ORDER BY ts DESC))[1] AS close,
       sum(volume)::bigint                    AS volume,
       sum(close * volume) / nullif(sum(volume), 0) AS vwap
FROM prices
GROUP BY symbol, date_trunc('minute', ts);

CREATE VIEW daily_returns AS
SELECT symbol,
       trade_date,
       close,
       lag(close) OVER w                      AS previous_close,
       close / lag(close) OVER w - 1          AS daily_return
FROM daily_bars
WINDOW w AS (PARTITION BY symbol ORDER BY trade_date);

CREATE VIEW moving_averages AS
SELECT symbol,
       trade_date,
       close,
       avg(close) OVER (PARTITION BY symbol ORDER BY trade_date ROWS BETWEEN 19 PRECEDING AND CURRENT ROW) AS ma20,
       avg(close) OVER (PARTITION BY symbol ORDER BY trade_date ROWS BETWEEN 49 PRECEDING AND CURRENT ROW) AS ma50,
       count(*)   OVER (PARTITION BY symbol ORDER BY trade_date ROWS BETWEEN 49 PRECEDING AND CURRENT ROW) AS days_in_window
FROM daily_bars;
