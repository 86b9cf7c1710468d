-- Per-batch metrics of the streaming query, as Spark reports them (StreamingQueryListener.onQueryProgress).
-- Counts of what landed stay in sink_batches, written in the batch's own transaction, with the sink's timings.

ALTER TABLE sink_batches
    ADD COLUMN stage_ms bigint,   -- parse, validate and copy into the staging tables
    ADD COLUMN merge_ms bigint;   -- the transaction: count, upsert, quarantine, marker

CREATE TABLE batch_metrics (
    query_id                  text             NOT NULL,
    batch_id                  bigint           NOT NULL,
    reported_at               timestamptz      NOT NULL,
    input_rows                bigint           NOT NULL,
    input_rows_per_second     double precision,
    processed_rows_per_second double precision,
    trigger_ms                bigint,            -- the whole micro-batch
    add_batch_ms              bigint,            -- inside foreachBatch: staging and the merge transaction
    kafka_lag                 bigint,            -- offsets behind the end of the topic after this batch
    PRIMARY KEY (query_id, batch_id)
);
