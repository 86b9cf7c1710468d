-- What each role may do, re-applied by every `stockctl up` / `stockctl db migrate` after the migrations.
-- {{writer}} and {{reader}} are replaced by the quoted role names from config.

GRANT USAGE ON SCHEMA public TO {{writer}}, {{reader}};

-- The Spark job: lands prices (COPY needs INSERT), quarantines, records batches; it stages in temporary tables.
GRANT SELECT, INSERT, UPDATE ON prices, quarantine, sink_batches, batch_metrics TO {{writer}};

-- `ask` and the dashboard: read the data, the company names and the job's metrics, nothing else; read-only
-- even if a statement slipped through (ask's own checks allow only the data tables).
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {{reader}};
GRANT SELECT ON prices, companies, daily_bars, minute_bars, daily_returns, moving_averages, sink_batches, batch_metrics TO {{reader}};
ALTER ROLE {{reader}} SET default_transaction_read_only = on;
