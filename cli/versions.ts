// Pinned versions, read from the files that pin them (the Maven POMs and requirements.txt).

import { readFileSync } from 'node:fs';
import { fromRoot } from '../config/paths.js';

export const files = {
  kafkaPom: fromRoot('cli', 'setup', 'maven', 'kafka-broker.pom.xml'),
  sparkPom: fromRoot('cli', 'setup', 'maven', 'spark-connectors.pom.xml'),
  requirements: fromRoot('spark-jobs', 'requirements.txt'),
  requirementsDev: fromRoot('spark-jobs', 'requirements-dev.txt'),
};

function xmlProperty(file: string, name: string): string {
  const m = new RegExp(`<${name}>([^<]+)</${name}>`).exec(readFileSync(file, 'utf8'));
  if (!m?.[1]) throw new Error(`${file} has no <${name}>`);
  return m[1];
}

export function pinnedVersions() {
  const pyspark = /^pyspark==(\S+)/m.exec(readFileSync(files.requirements, 'utf8'))?.[1];
  if (!pyspark) throw new Error(`${files.requirements} does not pin pyspark`);
  return {
    kafka: xmlProperty(files.kafkaPom, 'kafka.version'),
    sparkConnector: xmlProperty(files.sparkPom, 'spark.version'),
    pyspark,
  };
}
