-- Each day of intraday rows as one daily bar, kept current by the Spark job's sink in each batch's own
-- transaction (so exactly as often as the rows themselves). Daily questions about a symbol with minute bars read
-- it instead of summing the minutes again: ~80,000 minute rows per question for a fund with two years of bars.

-- What the table must hold: the day's bar computed from prices. The sink refreshes the days a batch touched
-- from it, `stockctl db rebuild-summaries` refills the table from it, and the tests compare the two.
CREATE VIEW intraday_daily_computed AS
SELECT symbol,
       trade_date,
       (array_agg(open ORDER BY ts))[1]       AS open,
       max(high)                              AS high,
       min(low)                               AS low,
       (array_agg(close ORDER BY ts DESC))[1] AS close,
       sum(volume)::bigint                    AS volume,
       count(*)                               AS rows_in_day
FROM prices
WHERE ts::time <> time '00:00'
GROUP BY symbol, trade_date;

CREATE TABLE intraday_daily (
    symbol      text             NOT NULL,
    trade_date  date             NOT NULL,
    open        double precision NOT NULL,
    high        double precision NOT NULL,
    low         double precision NOT NULL,
    close       double precision NOT NULL,
    volume      bigint           NOT NULL,
    rows_in_day bigint           NOT NULL,
    PRIMARY KEY (symbol, trade_date)
);

-- The days of (symbols[i], days[i]) computed again from prices: what the sink calls after landing a batch.
CREATE FUNCTION refresh_intraday_daily(symbols text[], days date[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO intraday_daily
    SELECT c.* FROM intraday_daily_computed c JOIN unnest(symbols, days) AS t(symbol, trade_date) USING (symbol, trade_date)
    ON CONFLICT (symbol, trade_date) DO UPDATE
    SET open = EXCLUDED.open, high = EXCLUDED.high, low = EXCLUDED.low, close = EXCLUDED.close,
        volume = EXCLUDED.volume, rows_in_day = EXCLUDED.rows_in_day
$$;

INSERT INTO intraday_daily SELECT * FROM intraday_daily_computed;

CREATE OR REPLACE VIEW daily_bars AS
SELECT symbol, trade_date, open, high, low, close, volume, 1::bigint AS rows_in_day
FROM prices
WHERE ts::time = time '00:00'
UNION ALL
SELECT symbol, trade_date, open, high, low, close, volume, rows_in_day
FROM intraday_daily;
