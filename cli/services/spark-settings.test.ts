import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.js';
import { ensureSecrets } from '../../config/secrets.js';
import { dbOptions, jobSettings, kafkaOptions, sparkAuthProperties } from './spark-settings.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function config(env: Record<string, string> = {}) {
  const state = mkdtempSync(join(tmpdir(), 'stockctl-spark-'));
  made.push(state);
  return loadConfig({ env: { STOCKCTL_PATHS_STATE: state, ...env } });
}

describe('the job\'s settings', () => {
  it('carry the writer\'s generated password, and no Kafka login or TLS on one machine', () => {
    const c = config();
    const { secrets } = ensureSecrets(c.paths.state);
    expect(jobSettings(c)).toMatchObject({ db_user: 'stockctl_writer', db_password: secrets.postgres_writer, kafka_options: {}, db_options: {} });
    expect(sparkAuthProperties(c)).toEqual([]);
  });

  it('keep a postgres.url\'s TLS settings for the job\'s own connection', () => {
    expect(dbOptions(config({ STOCKCTL_POSTGRES_URL: 'postgres://a:b@db.example/s?sslmode=verify-full&sslrootcert=/etc/ca.pem' }))).toEqual({ sslmode: 'verify-full', sslrootcert: '/etc/ca.pem' });
    expect(dbOptions(config({ STOCKCTL_POSTGRES_TLS: 'on' }))).toEqual({ sslmode: 'require' });
  });

  it('log the Kafka source in with SCRAM, and Spark\'s processes with the shared secret, when the AWS layout asks', () => {
    const c = config({ STOCKCTL_KAFKA_AUTH: 'scram', STOCKCTL_SPARK_AUTHENTICATE: 'true' });
    expect(() => kafkaOptions(c)).toThrow(/no Kafka password/);
    expect(() => sparkAuthProperties(c)).toThrow(/no Spark secret/);
    const { secrets } = ensureSecrets(c.paths.state);
    expect(kafkaOptions(c)).toEqual({
      'kafka.security.protocol': 'SASL_PLAINTEXT',
      'kafka.sasl.mechanism': 'SCRAM-SHA-512',
      'kafka.sasl.jaas.config': `org.apache.kafka.common.security.scram.ScramLoginModule required username="stockctl" password="${secrets.kafka_client}";`,
    });
    expect(sparkAuthProperties(c)).toEqual(['spark.authenticate true', `spark.authenticate.secret ${secrets.spark_auth}`, 'spark.network.crypto.enabled true']);
  });
});
