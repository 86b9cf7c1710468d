-- What each role may do, re-applied by every `stockctl up` / `stockctl db migrate` after the migrations.
-- {{writer}}, {{reader}} and {{database}} are replaced by quoted names from config, {{…}} numbers by validated
-- integers from config.

GRANT USAGE ON SCHEMA public TO {{writer}}, {{reader}};

-- The Spark job: lands prices (COPY needs INSERT), quarantines, records batches; it stages in temporary tables.
GRANT SELECT, INSERT, UPDATE ON prices, quarantine, sink_batches, batch_metrics TO {{writer}};
-- …and keeps each day of intraday rows summed up, in the same transaction (migration 008).
GRANT SELECT, INSERT, UPDATE ON intraday_daily TO {{writer}};
GRANT SELECT ON intraday_daily_computed TO {{writer}};
-- …and each symbol's running statistics, recomputed from the batch's first session on (migration 011).
GRANT SELECT, INSERT, DELETE ON daily_stats TO {{writer}};
GRANT SELECT ON daily_bars TO {{writer}};
-- …evaluates the watch rules in the same transaction, and delivers the webhook outbox (migration 009).
GRANT SELECT ON watch_rules TO {{writer}};
GRANT SELECT, INSERT ON alerts TO {{writer}};
GRANT SELECT, INSERT, UPDATE ON alert_deliveries TO {{writer}};
GRANT USAGE ON SEQUENCE alerts_id_seq TO {{writer}};

-- Temporary tables only for the roles that use them: every role gets TEMP through PUBLIC by default, the reader
-- must not (a session of its own could fill the disk with them).
REVOKE TEMPORARY ON DATABASE {{database}} FROM PUBLIC;
REVOKE TEMPORARY ON DATABASE {{database}} FROM {{reader}};
GRANT TEMPORARY ON DATABASE {{database}} TO {{writer}}, CURRENT_USER;

-- `ask` and the dashboard: read the data, the company names and the job's metrics, nothing else.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {{reader}};
GRANT SELECT ON prices, companies, daily_bars, intraday_daily, daily_stats, minute_bars, daily_returns, moving_averages, sink_batches, batch_metrics, watch_rules, alerts, alert_deliveries TO {{reader}};

-- default_transaction_read_only is a setting any session may turn off (PostgreSQL cannot forbid it), so the
-- reader is read-only by privilege as well: no table it may write (above), no TEMP (above), no CREATE in the
-- schema (PostgreSQL 15 and newer revoke it from PUBLIC; older servers are brought in line here) and no large
-- objects, which any role may otherwise create.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION lo_create(oid), lo_creat(integer), lo_from_bytea(oid, bytea) FROM PUBLIC;
ALTER ROLE {{reader}} SET default_transaction_read_only = on;

-- A role-level budget, also for sessions that are not `ask`'s (which sets its own, per statement): each
-- statement, an idle open transaction, and how many sessions at once.
ALTER ROLE {{reader}} SET statement_timeout = {{statement_timeout_ms}};
ALTER ROLE {{reader}} SET idle_in_transaction_session_timeout = 60000;
ALTER ROLE {{reader}} CONNECTION LIMIT {{reader_connection_limit}};
