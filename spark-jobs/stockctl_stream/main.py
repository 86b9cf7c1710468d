"""Entry point: read the price topic, land it in PostgreSQL, report status until asked to stop."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import datetime, timezone
from typing import Any

from pyspark.errors import StreamingQueryException
from pyspark.sql import SparkSession
from pyspark.sql.streaming.query import StreamingQuery

from .config import JobConfig
from .metrics import MetricsListener, kafka_lag
from .parse import read_messages
from .sink import PostgresSink, sink_columns, wait_for_database
from .webhooks import WebhookDeliverer


def write_status(path: str, state: str, **extra: Any) -> None:
    """Atomically replaces the status file that `stockctl up` and `stockctl status` read."""
    body = {"state": state, "pid": os.getpid(), "updated_at": datetime.now(timezone.utc).isoformat(), **extra}
    tmp = f"{path}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(body, f, default=str)
    os.replace(tmp, path)


def start_query(spark: SparkSession, config: JobConfig, sink: PostgresSink) -> StreamingQuery:
    stream = (
        spark.readStream.format("kafka")
        .option("kafka.bootstrap.servers", config.bootstrap_servers)
        .option("subscribe", config.topic)
        .option("startingOffsets", config.starting_offsets)
        .option("maxOffsetsPerTrigger", str(config.max_offsets_per_trigger))
        # The consumer's read-ahead fetch would otherwise sit at the end of the log for up to 500 ms, and the
        # next batch's read waits behind it. Spark only asks for offsets that exist, so 0 never spins.
        .option("kafka.fetch.max.wait.ms", "0")
        .options(**config.kafka_options)
        .load()
    )
    # Parsed in the query itself, not in the sink: the plan is built once, not once per micro-batch (building
    # it costs ~300 ms of Python, which would be most of a small batch's latency).
    return (
        sink_columns(read_messages(stream)).writeStream.queryName(config.query_name)
        .foreachBatch(sink.write_batch)
        .option("checkpointLocation", config.checkpoint)
        .trigger(processingTime=config.trigger_interval)
        .start()
    )


def stop_gracefully(query: StreamingQuery, timeout_s: float = 120.0) -> None:
    """Lets the batch in flight commit before stopping: a stop mid-batch would only redo it, but wastes it."""
    deadline = time.monotonic() + timeout_s
    while query.status.get("isTriggerActive") and time.monotonic() < deadline:
        time.sleep(0.2)
    query.stop()


def supervise(spark: SparkSession, config: JobConfig, sink: PostgresSink, metrics: MetricsListener) -> str:
    """Runs the query until it stops on request ("stopped") or fails ("failed: …"), writing the status file."""
    query = start_query(spark, config, sink)
    while True:
        if os.path.exists(config.stop_file):
            write_status(config.status_file, "stopping", query_id=str(query.id))
            stop_gracefully(query)
            return "stopped"
        last = sink.last
        write_status(
            config.status_file,
            "running",
            master=spark.sparkContext.master,
            query_id=str(query.id),
            run_id=str(query.runId),
            last_batch=last.__dict__ if last else None,
            kafka_lag=kafka_lag(metrics.last.get("sources") or []) if metrics.last else None,
        )
        try:
            if query.awaitTermination(1):
                break
        except StreamingQueryException:
            break
    error = query.exception()
    return f"failed: {error}" if error is not None else "stopped"


# A query that fails (a broker or a database gone for longer than their retries) is started again from its
# checkpoint, a few times, before the job gives up and says so: the checkpoint and the idempotent sink make a
# restart safe.
RESTARTS = 5


def run(config: JobConfig) -> int:
    spark = SparkSession.builder.appName(config.query_name).getOrCreate()
    sink = PostgresSink(config)
    write_status(config.status_file, "starting")
    wait_for_database(sink)
    metrics = MetricsListener(sink.connect)
    spark.streams.addListener(metrics)
    webhooks = WebhookDeliverer(sink.connect)
    webhooks.start()
    try:
        for attempt in range(RESTARTS + 1):
            outcome = supervise(spark, config, sink, metrics)
            if outcome == "stopped":
                write_status(config.status_file, "stopped")
                return 0
            print(f"stockctl: the streaming query {outcome[:2000]}", file=sys.stderr)
            if attempt == RESTARTS:
                write_status(config.status_file, "failed", error=outcome[8:2008])
                return 1
            delay = 2.0 ** (attempt + 1)
            write_status(config.status_file, "restarting", error=outcome[8:2008], attempt=attempt + 1)
            print(f"stockctl: restarting the query from its checkpoint in {delay:.0f} s "
                  f"(attempt {attempt + 1} of {RESTARTS})", file=sys.stderr)
            time.sleep(delay)
            wait_for_database(sink)
        return 1
    finally:
        webhooks.stop()
        spark.stop()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="stockctl: Kafka prices → PostgreSQL, exactly once")
    parser.add_argument("--config", required=True, help="job settings JSON written by `stockctl up`")
    args = parser.parse_args(argv)
    return run(JobConfig.from_file(args.config))
