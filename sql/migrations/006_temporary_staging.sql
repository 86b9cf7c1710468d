-- The Spark job now stages each batch in temporary tables of its own session (COPY from Arrow), not in shared
-- UNLOGGED tables written through JDBC.
DROP TABLE IF EXISTS stage_prices, stage_quarantine;
