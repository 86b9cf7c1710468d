import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.js';
import { ensureSecrets } from '../../config/secrets.js';
import { scramBootstrapArgs } from './kafka-auth.js';
import { newClusterId, serverProperties } from './kafka.js';

describe('newClusterId', () => {
  it('gives 22 base64url characters for 16 bytes, never starting with "-"', () => {
    // One in 64 random ids starts with '-': 5,000 draws all but surely include some, had they not been skipped.
    for (let i = 0; i < 5_000; i++) {
      const id = newClusterId();
      expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{20}[AQgw]$/);
      expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    }
  });
});

describe('serverProperties', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const config = (env: Record<string, string>) => {
    const state = mkdtempSync(join(tmpdir(), 'stockctl-kafka-'));
    made.push(state);
    return loadConfig({ env: { STOCKCTL_PATHS_STATE: state, ...env } });
  };
  const props = (text: string) => new Map(text.split('\n').filter((l) => l.includes('=') && !l.startsWith('#')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

  it('keeps one machine\'s broker plaintext on its listeners (kafka.auth none)', () => {
    const p = props(serverProperties(config({})));
    expect(p.get('listener.security.protocol.map')).toBe('PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,TUNNEL:PLAINTEXT');
    expect([...p.keys()].some((k) => k.includes('sasl'))).toBe(false);
  });

  it('with kafka.auth scram, asks every listener for a login: SCRAM for brokers, clients and the tunnel, PLAIN for the controller', () => {
    const c = config({ STOCKCTL_KAFKA_AUTH: 'scram', STOCKCTL_KAFKA_TUNNEL_PORT: '19094' });
    const { secrets } = ensureSecrets(c.paths.state);
    const p = props(serverProperties(c));
    expect(p.get('listeners')).toBe(`BROKER://127.0.0.1:${c.kafka.port},CONTROLLER://127.0.0.1:${c.kafka.controller_port},TUNNEL://127.0.0.1:19094`);
    expect(p.get('listener.security.protocol.map')?.split(',').every((m) => m.endsWith(':SASL_PLAINTEXT'))).toBe(true);
    expect(p.get('sasl.mechanism.inter.broker.protocol')).toBe('SCRAM-SHA-512');
    expect(p.get('sasl.mechanism.controller.protocol')).toBe('PLAIN');
    expect(p.get('listener.name.broker.scram-sha-512.sasl.jaas.config')).toContain(`username="broker" password="${secrets.kafka_broker}"`);
    expect(p.get('listener.name.controller.plain.sasl.jaas.config')).toContain(`user_controller="${secrets.kafka_controller}"`);
    expect(scramBootstrapArgs(c)).toEqual(['--add-scram', `SCRAM-SHA-512=[name=broker,password=${secrets.kafka_broker}]`, '--add-scram', `SCRAM-SHA-512=[name=stockctl,password=${secrets.kafka_client}]`]);
  });

  it('with kafka.auth scram and no secrets yet, says to start the stack first', () => {
    expect(() => serverProperties(config({ STOCKCTL_KAFKA_AUTH: 'scram' }))).toThrow(/holds no Kafka passwords/);
  });
});
