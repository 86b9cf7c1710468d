// `stockctl setup`: everything the stack needs, installed once and cached under paths.tools.

import { mkdirSync } from 'node:fs';
import type { StockctlConfig } from '../../config/schema.js';
import { layout } from '../layout.js';
import { log } from '../ui/log.js';
import { files, pinnedVersions } from '../versions.js';
import { ensureVenv, resolveJars } from './artifacts.js';
import { ensurePromtool } from './promtool.js';
import { ensureChromium, ensureJava, ensureMaven, ensurePostgresServer, ensurePython } from './system.js';

export interface Toolchain {
  javaHome: string;
  postgresBin?: string;
}

function timed<T>(label: string, work: () => T): T {
  const started = Date.now();
  const result = work();
  const outcome = result === 'cached' ? 'cached' : `${((Date.now() - started) / 1000).toFixed(1)} s`;
  log.ok(`${label} (${outcome})`);
  return result;
}

export function install(config: StockctlConfig, opts: { dev?: boolean } = {}): Toolchain {
  const paths = layout(config);
  const pins = pinnedVersions();
  mkdirSync(paths.tools, { recursive: true });

  const javaHome = timed('Java runtime', () => ensureJava());
  log.detail(`JAVA_HOME=${javaHome}`);
  timed('Maven', () => ensureMaven());
  const postgresBin = config.postgres.url ? undefined : timed('PostgreSQL server programs', () => ensurePostgresServer());
  if (postgresBin) log.detail(postgresBin);
  const python = timed('Python 3 with venv', () => ensurePython());

  log.step(`Apache Kafka ${pins.kafka} broker jars`);
  timed(`Kafka ${pins.kafka} → ${paths.kafka.jars}`, () => resolveJars(files.kafkaPom, paths.kafka.jars, 'copy-dependencies', javaHome));
  log.step(`Spark ${pins.sparkConnector} Kafka connector`);
  timed(`connector jars → ${paths.spark.jars}`, () => resolveJars(files.sparkPom, paths.spark.jars, 'copy', javaHome));
  // The test tools are small; one environment for both keeps `demo` and `npm test` from rebuilding it in turn.
  log.step(`PySpark ${pins.pyspark} in a virtual environment`);
  timed(`Python packages → ${paths.spark.venv}`, () => ensureVenv(python, paths.spark.venv, [files.requirements, files.requirementsDev]));
  if (opts.dev) timed('Chromium for the browser tests', () => ensureChromium());
  if (opts.dev) timed('promtool for the metrics tests', () => ensurePromtool(config));
  return { javaHome, postgresBin };
}
