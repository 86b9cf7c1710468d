-- Standing questions (`stockctl watch`): rules, the alerts they fire and the webhook outbox. The Spark job's sink
-- calls evaluate_watch_rules() in each batch's own transaction, so an alert is written exactly when its rows are:
-- a batch replayed after a crash finds its marker and skips, and (rule, symbol, day) is unique besides.

-- A rule as typed (`condition`) and as read (`rule`, the typed rule of cli/watch/rule.ts):
--   {"kind": "daily-change", "symbol": "TSLA" | null, "direction": "down" | "up", "threshold": 0.03}
--   {"kind": "volume-spike", "symbol", "multiple": 3, "window": 20}
--   {"kind": "ma-cross",     "symbol", "direction": "above" | "below", "window": 50}
--   {"kind": "price-cross",  "symbol", "direction": "above" | "below", "level": 300}
--   {"kind": "new-high" | "new-low", "symbol"}                       (52 weeks: the 365 days before)
-- A symbol of null means every symbol. A removed rule is kept (its alerts name it), only no longer evaluated.
CREATE TABLE watch_rules (
    id          bigserial   PRIMARY KEY,
    condition   text        NOT NULL,
    rule        jsonb       NOT NULL,
    webhook_url text,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    removed_at  timestamptz
);

-- At most one alert per rule, symbol and market day: the first bar of the day that meets the rule.
CREATE TABLE alerts (
    id         bigserial   PRIMARY KEY,
    rule_id    bigint      NOT NULL REFERENCES watch_rules (id),
    symbol     text        NOT NULL,
    trade_date date        NOT NULL,
    ts         timestamp   NOT NULL,   -- market time of the bar that fired it
    detail     jsonb       NOT NULL,   -- the values that fired it
    fired_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (rule_id, symbol, trade_date)
);

-- The webhook outbox: written with the alert, emptied by the deliverer at its own pace (a dead webhook never
-- holds a batch). At least once: the receiver gets the alert id as an idempotency key.
CREATE TABLE alert_deliveries (
    alert_id        bigint      PRIMARY KEY REFERENCES alerts (id),
    url             text        NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    failures        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    delivered_at    timestamptz,
    last_error      text
);
CREATE INDEX alert_deliveries_pending_idx ON alert_deliveries (next_attempt_at) WHERE delivered_at IS NULL;

-- Evaluates the active rules over the rows a batch landed: for each symbol, its rows from firsts[i] to lasts[i].
-- Each row is judged with its day so far (a daily bar is its own day; a minute bar is the day up to it) against
-- the daily bars before its day. Only rows landed after a rule was created fire it. Returns the alerts written,
-- and tells followers (LISTEN stockctl_alerts) on commit.
CREATE FUNCTION evaluate_watch_rules(symbols text[], firsts timestamp[], lasts timestamp[]) RETURNS integer
-- The batch's arrays are parameters: the planner cannot know how many rows they hold, and a nested loop it picks
-- on a guess of a few rescans the bars for every row (1 ms a row). Joins are hashed; reads by the key are LATERAL.
-- No JIT: the forced costs would make every batch compile its plan (2 s).
LANGUAGE plpgsql SET enable_mergejoin = off SET enable_nestloop = off SET jit = off SET work_mem = '64MB' AS $$
DECLARE
    fired integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM watch_rules WHERE removed_at IS NULL) THEN
        RETURN 0;
    END IF;
    WITH rules AS (
        SELECT id, created_at, webhook_url, rule ->> 'kind' AS kind, rule ->> 'symbol' AS symbol,
               rule ->> 'direction' AS direction, (rule ->> 'threshold')::float8 AS threshold,
               (rule ->> 'multiple')::float8 AS multiple, coalesce((rule ->> 'window')::integer, 0) AS n,
               (rule ->> 'level')::float8 AS level
        FROM watch_rules WHERE removed_at IS NULL
    ),
    batch AS (
        SELECT b.symbol, b.first_ts, b.last_ts
        FROM unnest(symbols, firsts, lasts) AS b (symbol, first_ts, last_ts)
    ),
    -- Each rule with each of the batch's symbols it watches.
    applies AS (
        SELECT r.*, b.symbol AS on_symbol FROM rules r JOIN batch b ON r.symbol IS NULL OR r.symbol = b.symbol
    ),
    -- Per symbol and window length, the mildest condition any of its rules sets: a row that meets none of these
    -- cannot fire a rule, and is not judged rule by rule (most rows of a day move less than any threshold).
    bounds AS (
        SELECT on_symbol AS symbol, n,
               min(threshold) FILTER (WHERE kind = 'daily-change') AS min_change,
               min(multiple) FILTER (WHERE kind = 'volume-spike') AS min_multiple,
               bool_or(kind = 'ma-cross') AS crosses,
               min(level) FILTER (WHERE kind = 'price-cross') AS min_level,
               max(level) FILTER (WHERE kind = 'price-cross') AS max_level,
               bool_or(kind IN ('new-high', 'new-low')) AS extremes
        FROM applies GROUP BY on_symbol, n
    ),
    -- The batch's rows, each with its day so far.
    candidates AS (
        SELECT * FROM (
            SELECT p.symbol, p.ts, p.trade_date, p.landed_at, b.first_ts, p.close,
                   max(p.high) OVER d AS high, min(p.low) OVER d AS low, sum(p.volume) OVER d AS volume
            FROM batch b
            JOIN LATERAL (
                SELECT * FROM prices p WHERE p.symbol = b.symbol AND p.ts >= b.first_ts::date AND p.ts <= b.last_ts
                OFFSET 0  -- kept a read by the key per symbol, not flattened into a join with every row
            ) p ON true
            WHERE EXISTS (SELECT 1 FROM bounds WHERE bounds.symbol = b.symbol)
            WINDOW d AS (PARTITION BY p.symbol, p.trade_date ORDER BY p.ts)
        ) days WHERE ts >= first_ts
    ),
    -- From the session n + 1 before the batch's first day, n the symbol's longest window: counted in sessions,
    -- not calendar days, so that a batch boundary never shortens a window (a sparse history has gaps).
    spans AS (
        SELECT s.symbol, s.until, s.first_date,
               coalesce(least(
                   (SELECT p.ts::date FROM prices p
                    WHERE p.symbol = s.symbol AND p.ts < s.first_day AND p.ts::time = time '00:00'
                    ORDER BY p.ts DESC OFFSET s.n LIMIT 1),
                   (SELECT i.trade_date FROM intraday_daily i WHERE i.symbol = s.symbol AND i.trade_date < s.first_day
                    ORDER BY i.trade_date DESC OFFSET s.n LIMIT 1)), '-infinity') AS since
        FROM (
            SELECT b.symbol, min(b.first_ts)::date AS first_day, max(b.last_ts)::date AS until,
                   (SELECT max(x.n) FROM bounds x WHERE x.symbol = b.symbol) AS n,
                   (SELECT min(p.ts)::date FROM prices p WHERE p.symbol = b.symbol) AS first_date
            FROM batch b WHERE EXISTS (SELECT 1 FROM bounds x WHERE x.symbol = b.symbol) GROUP BY b.symbol
        ) s
    ),
    -- The daily bars around the batch (prices at 00:00 and the minute bars' days), with running sums
    -- (numeric: exact) for the moving averages, and the close before each day.
    bars AS (
        SELECT d.symbol, d.trade_date, d.close, d.volume, s.first_date,
               sum(d.close::numeric) OVER w AS cum_close, sum(d.volume::numeric) OVER w AS cum_volume,
               lag(d.close) OVER w AS prev_close
        FROM spans s
        JOIN LATERAL (
            SELECT symbol, trade_date, close, volume FROM prices
            WHERE symbol = s.symbol AND ts >= s.since AND ts < s.until + 1 AND ts::time = time '00:00'
            UNION ALL
            SELECT symbol, trade_date, close, volume FROM intraday_daily
            WHERE symbol = s.symbol AND trade_date BETWEEN s.since AND s.until
        ) d ON true
        WINDOW w AS (PARTITION BY d.symbol ORDER BY d.trade_date)
    ),
    -- For each window length n its rules use: the sums over the n sessions before each day, and over the n - 1
    -- before it (the day's own moving average adds the row's close), as differences of running sums.
    windows AS MATERIALIZED (
        SELECT b.symbol, b.trade_date, b.prev_close, b.first_date, x.n,
               (b.cum_close - b.close::numeric) - lag(b.cum_close, x.n + 1, 0) OVER w AS closes_n,
               (b.cum_close - b.close::numeric) - lag(b.cum_close, x.n, 0) OVER w AS closes_n1,
               (b.cum_volume - b.volume) - lag(b.cum_volume, x.n + 1, 0) OVER w AS volumes_n,
               row_number() OVER w > x.n AS has_n
        FROM bars b JOIN bounds x ON x.symbol = b.symbol
        WINDOW w AS (PARTITION BY b.symbol, x.n ORDER BY b.trade_date)
    ),
    -- Each batch row's figures for each window length, kept only when some rule could fire on them (materialized:
    -- filtered before it meets the rules, not after).
    measured AS MATERIALIZED (
        SELECT c.symbol, c.trade_date, c.ts, c.landed_at, c.close, c.high, c.low, c.volume, h.n, h.has_n,
               h.prev_close, h.first_date, e.high_before, e.low_before, m.*
        FROM candidates c
        JOIN windows h ON h.symbol = c.symbol AND h.trade_date = c.trade_date
        JOIN bounds x ON x.symbol = c.symbol AND x.n = h.n
        -- The 52 weeks before the day, only where a new-high or new-low rule watches: read from the key per row
        -- (a sliding maximum over every bar costs a pass over the window per bar).
        LEFT JOIN LATERAL (
            SELECT max(y.high) AS high_before, min(y.low) AS low_before FROM (
                SELECT high, low FROM prices
                WHERE symbol = c.symbol AND ts >= c.trade_date - 365 AND ts < c.trade_date AND ts::time = time '00:00'
                UNION ALL
                SELECT high, low FROM intraday_daily
                WHERE symbol = c.symbol AND trade_date >= c.trade_date - 365 AND trade_date < c.trade_date
            ) y WHERE x.extremes
        ) e ON true
        CROSS JOIN LATERAL (
            SELECT c.close / h.prev_close - 1 AS change,
                   h.volumes_n::float8 / nullif(h.n, 0) AS average_volume,
                   (h.closes_n1 + c.close::numeric)::float8 / nullif(h.n, 0) AS average,
                   h.closes_n::float8 / nullif(h.n, 0) AS previous_average
        ) m
        WHERE abs(m.change) > x.min_change
           OR (h.has_n AND c.volume >= x.min_multiple * m.average_volume)
           OR (x.crosses AND h.has_n AND (c.close > m.average) IS DISTINCT FROM (h.prev_close > m.previous_average))
           OR (x.crosses AND h.has_n AND (c.close < m.average) IS DISTINCT FROM (h.prev_close < m.previous_average))
           OR (least(c.close, h.prev_close) <= x.max_level AND greatest(c.close, h.prev_close) >= x.min_level)
           OR (x.extremes AND (c.high > e.high_before OR c.low < e.low_before))
    ),
    -- Each rule against the rows that could fire it.
    judged AS (
        SELECT r.id AS rule_id, r.kind, m.*,
               CASE r.kind
                   WHEN 'daily-change' THEN
                       CASE r.direction WHEN 'down' THEN m.change < -r.threshold ELSE m.change > r.threshold END
                   WHEN 'volume-spike' THEN m.has_n AND m.volume >= r.multiple * m.average_volume
                   WHEN 'ma-cross' THEN m.has_n AND
                       CASE r.direction WHEN 'above' THEN m.close > m.average AND m.prev_close <= m.previous_average
                                        ELSE m.close < m.average AND m.prev_close >= m.previous_average END
                   WHEN 'price-cross' THEN
                       CASE r.direction WHEN 'above' THEN m.prev_close <= r.level AND m.close > r.level
                                        ELSE m.prev_close >= r.level AND m.close < r.level END
                   WHEN 'new-high' THEN m.first_date <= m.trade_date - 365 AND m.high > m.high_before
                   WHEN 'new-low' THEN m.first_date <= m.trade_date - 365 AND m.low < m.low_before
                   ELSE false
               END AS fires
        FROM measured m
        JOIN applies r ON r.on_symbol = m.symbol AND r.n = m.n AND m.landed_at >= r.created_at
    ),
    firing AS (
        SELECT DISTINCT ON (rule_id, symbol, trade_date) *
        FROM judged WHERE fires
        ORDER BY rule_id, symbol, trade_date, ts
    ),
    inserted AS (
        INSERT INTO alerts (rule_id, symbol, trade_date, ts, detail)
        SELECT rule_id, symbol, trade_date, ts,
               CASE kind
                   WHEN 'daily-change' THEN
                       jsonb_build_object('close', close, 'previous_close', prev_close, 'change', change)
                   WHEN 'volume-spike' THEN jsonb_build_object('volume', volume, 'average_volume', average_volume)
                   WHEN 'ma-cross' THEN jsonb_build_object('close', close, 'moving_average', average,
                       'previous_close', prev_close, 'previous_moving_average', previous_average)
                   WHEN 'price-cross' THEN jsonb_build_object('close', close, 'previous_close', prev_close)
                   WHEN 'new-high' THEN jsonb_build_object('high', high, 'previous_52_week_high', high_before)
                   WHEN 'new-low' THEN jsonb_build_object('low', low, 'previous_52_week_low', low_before)
               END
        FROM firing
        ON CONFLICT (rule_id, symbol, trade_date) DO NOTHING
        RETURNING id, rule_id
    ),
    outbox AS (
        INSERT INTO alert_deliveries (alert_id, url)
        SELECT i.id, w.webhook_url FROM inserted i JOIN watch_rules w ON w.id = i.rule_id
        WHERE w.webhook_url IS NOT NULL
    )
    SELECT count(*) INTO fired FROM inserted;

    IF fired > 0 THEN
        PERFORM pg_notify('stockctl_alerts', fired::text);
    END IF;
    RETURN fired;
END
$$;
