-- Prices as landed by the Spark job, one row per (symbol, market timestamp).

CREATE TABLE prices (
    symbol          text             NOT NULL,
    ts              timestamp        NOT NULL,   -- market time in the exchange's zone (market.timezone); 00:00 for daily bars
    trade_date      date             GENERATED ALWAYS AS (ts::date) STORED,
    open            double precision NOT NULL,
    high            double precision NOT NULL,
    low             double precision NOT NULL,
    close           double precision NOT NULL,
    volume          bigint           NOT NULL,
    produced_at     timestamptz      NOT NULL,   -- when the replay sent it: produce → visible latency
    landed_at       timestamptz      NOT NULL DEFAULT clock_timestamp(),
    kafka_partition integer          NOT NULL,
    kafka_offset    bigint           NOT NULL,
    PRIMARY KEY (symbol, ts),
    CHECK (low <= high AND open > 0 AND high > 0 AND low > 0 AND close > 0 AND volume >= 0)
);

-- "on a date across all symbols" (gainers, most traded) and "newest date in the data".
CREATE INDEX prices_trade_date_idx ON prices (trade_date, symbol);

-- Messages the job could not accept: kept with their raw bytes and the reason, never dropped.
CREATE TABLE quarantine (
    kafka_topic     text        NOT NULL,
    kafka_partition integer     NOT NULL,
    kafka_offset    bigint      NOT NULL,
    kafka_key       text,
    raw_value       bytea,
    reason          text        NOT NULL,
    quarantined_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (kafka_topic, kafka_partition, kafka_offset)
);

-- One row per committed micro-batch: the marker that makes a replayed batch a no-op, and its metrics.
CREATE TABLE sink_batches (
    query_id     text        NOT NULL,
    batch_id     bigint      NOT NULL,
    input_rows   bigint      NOT NULL,
    landed       bigint      NOT NULL,   -- inserted, or replaced with different values
    quarantined  bigint      NOT NULL,
    duplicates   bigint      NOT NULL,   -- same key and same values as a row already there: absorbed
    started_at   timestamptz NOT NULL,
    committed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (query_id, batch_id)
);

-- Staging for one micro-batch at a time (the job truncates them first); UNLOGGED: no WAL for throw-away rows.
CREATE UNLOGGED TABLE stage_prices (
    symbol          text             NOT NULL,
    ts              timestamp        NOT NULL,
    open            double precision NOT NULL,
    high            double precision NOT NULL,
    low             double precision NOT NULL,
    close           double precision NOT NULL,
    volume          bigint           NOT NULL,
    produced_at     timestamptz      NOT NULL,
    kafka_partition integer          NOT NULL,
    kafka_offset    bigint           NOT NULL
);

CREATE UNLOGGED TABLE stage_quarantine (
    kafka_topic     text    NOT NULL,
    kafka_partition integer NOT NULL,
    kafka_offset    bigint  NOT NULL,
    kafka_key       text,
    raw_value       bytea,
    reason          text    NOT NULL
);
