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

  it('reads the language model keys of ask (off by default) from a file and from STOCKCTL_ASK_MODEL_*', () => {
    const off = loadConfig({ env: {} });
    expect(off.ask.model).toEqual({ url: '', name: '', key_env: '', timeout_ms: 30000, retries: 2 });
    const c = loadConfig({ configFile: file('ask:\n  model:\n    name: llama3.1:8b\n    key_env: MY_KEY\n'), env: { STOCKCTL_ASK_MODEL_URL: 'http://127.0.0.1:11434/v1', STOCKCTL_ASK_MODEL_RETRIES: '0' } });
    expect(c.ask.model).toEqual({ url: 'http://127.0.0.1:11434/v1', name: 'llama3.1:8b', key_env: 'MY_KEY', timeout_ms: 30000, retries: 0 });
    expect(c.ask.row_cap).toBe(1000);
    const bad = failure(() => loadConfig({ env: { STOCKCTL_ASK_MODEL_KEY_ENV: 'sk-a key value' } }));
    expect(bad.message).toContain('"ask.model.key_env"');
    expect(bad.message).toContain('STOCKCTL_ASK_MODEL_KEY_ENV');
    expect(bad.message).not.toContain('sk-a');
    expect(failure(() => loadConfig({ configFile: file('ask:\n  model:\n    url: ftp://x\n'), env: {} })).message).toContain('"ask.model.url"');
  });
});
