-- Standing questions are judged by the Spark job's sink itself (spark-jobs/stockctl_stream/alerts.py), still in
-- each batch's own transaction: the rows read back packed and judged with numpy cost a fifth of what judging them
-- in SQL window by window did (a full-speed replay ran at 0.60× its rate without rules).
DROP FUNCTION evaluate_watch_rules(text[], timestamp[], timestamp[]);

-- An alert's rule is never deleted (`watch remove` sets removed_at), so the reference guarded nothing, and its
-- check cost a third of writing the alerts of a replay that fires tens of thousands.
ALTER TABLE alerts DROP CONSTRAINT alerts_rule_id_fkey;
