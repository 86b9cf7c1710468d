import { join } from 'node:path';
import type { StockctlConfig } from '../config/schema.js';

/** Where every file of the installed tools and of the running stack lives; nothing else builds these paths. */
export function layout(config: Pick<StockctlConfig, 'paths'>) {
  const { state, tools } = config.paths;
  return {
    state,
    tools,
    run: join(state, 'run'),
    logs: join(state, 'logs'),
    kafka: {
      jars: join(tools, 'kafka', 'lib'),
      home: join(state, 'kafka'),
      data: join(state, 'kafka', 'data'),
      serverProperties: join(state, 'kafka', 'server.properties'),
      log4j: join(state, 'kafka', 'log4j.properties'),
      log: join(state, 'logs', 'kafka.log'),
    },
    // Everything of the cluster stays under one folder: as root it is handed to the postgres user.
    postgres: {
      home: join(state, 'postgres'),
      data: join(state, 'postgres', 'data'),
      socketDir: join(state, 'postgres', 'socket'),
      log: join(state, 'postgres', 'postgres.log'),
    },
    spark: {
      venv: join(tools, 'venv'),
      python: join(tools, 'venv', 'bin', 'python'),
      submit: join(tools, 'venv', 'bin', 'spark-submit'),
      jars: join(tools, 'spark-jars'),
      home: join(state, 'spark'),
      checkpoint: join(state, 'spark', 'checkpoint'),
      /** The driver's scratch space (Spark's block manager, PySpark's and the JVM's temporary files). */
      scratch: join(state, 'spark', 'tmp'),
      jobConfig: join(state, 'spark', 'job.json'),
      status: join(state, 'spark', 'status.json'),
      stopRequest: join(state, 'spark', 'stop-requested'),
      pyFiles: join(state, 'spark', 'stockctl_stream.zip'),
      log: join(state, 'logs', 'spark.log'),
    },
    replay: join(state, 'replay'),
  };
}

export type Layout = ReturnType<typeof layout>;
