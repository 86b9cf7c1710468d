import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from './errors.js';
import { fromRoot } from './paths.js';
import { loadConfig } from './load.js';

const dir = mkdtempSync(join(tmpdir(), 'stockctl-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const file = (text: string) => {
  const f = join(dir, `c${++files}.yaml`);
  writeFileSync(f, text);
  return f;
};

const failure = (fn: () => unknown): UserError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
};

describe('loadConfig', () => {
  it('reads the shipped defaults and makes paths absolute', () => {
    const c = loadConfig({ env: {} });
    expect(c.kafka.port).toBe(19092);
    expect(c.kafka.partitions).toBe(3);
    expect(c.market.timezone).toBe('America/New_York');
    expect(c.paths.state).toBe(fromRoot('.stockctl', 'state'));
  });

  it('lets a --config file override only the keys it names', () => {
    const c = loadConfig({ configFile: file('kafka:\n  port: 29092\n'), env: {} });
    expect(c.kafka.port).toBe(29092);
    expect(c.kafka.topic).toBe('stock-prices');
  });

  it('lets environment variables override the file', () => {
    const c = loadConfig({ configFile: file('kafka:\n  port: 29092\n'), env: { STOCKCTL_KAFKA_PORT: '39092', STOCKCTL_PATHS_STATE: '/tmp/x' } });
    expect(c.kafka.port).toBe(39092);
    expect(c.paths.state).toBe('/tmp/x');
  });

  it('names the key and the variable of a bad value', () => {
    const e = failure(() => loadConfig({ env: { STOCKCTL_KAFKA_PORT: 'abc' } }));
    expect(e.message).toContain('"kafka.port"');
    expect(e.message).toContain('STOCKCTL_KAFKA_PORT');
  });

  it('names an unknown key instead of ignoring a typo', () => {
    const e = failure(() => loadConfig({ configFile: file('kafka:\n  prot: 1\n'), env: {} }));
    expect(e.message).toContain('"kafka.prot"');
    expect(e.hint).toContain('port');
  });

  it('refuses out-of-range numbers, bad time zones and malformed YAML', () => {
    expect(failure(() => loadConfig({ configFile: file('kafka:\n  partitions: 0\n'), env: {} })).message).toContain('"kafka.partitions"');
    expect(failure(() => loadConfig({ configFile: file('market:\n  timezone: Mars/Olympus\n'), env: {} })).message).toContain('"market.timezone"');
    expect(failure(() => loadConfig({ configFile: file('kafka: [1, 2\n'), env: {} })).message).toContain('not valid YAML');
    expect(failure(() => loadConfig({ configFile: '/nonexistent.yaml', env: {} })).message).toContain('not found');
  });
});
