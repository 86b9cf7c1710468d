-- Each symbol of prices once, by probing the (symbol, ts) key from one symbol to the next (a loose index scan):
-- 1,000 probes instead of a pass over millions of rows. One definition for the question engine's list of symbols
-- with data, the check of daily_stats, and cross-sectional figures read from daily_stats (which has a row for
-- every symbol of prices once the sink or `stockctl db rebuild-summaries` has run).
CREATE FUNCTION symbols_with_prices() RETURNS SETOF text LANGUAGE sql STABLE AS $$
    WITH RECURSIVE s AS (
        SELECT min(symbol) AS symbol FROM prices
        UNION ALL
        SELECT (SELECT min(symbol) FROM prices WHERE symbol > s.symbol) FROM s WHERE s.symbol IS NOT NULL
    )
    SELECT symbol FROM s WHERE symbol IS NOT NULL
$$;

CREATE OR REPLACE VIEW daily_stats_computed AS
SELECT c.* FROM symbols_with_prices() s(symbol) CROSS JOIN LATERAL daily_stats_after(s.symbol, '-infinity') c;
