import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './load.js';
import { ensureSecrets, forgetPreviousAdmin, readSecrets, rolePassword, rotateSecrets, SECRET_NAMES, secretsFile } from './secrets.js';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const stateFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stockctl-secrets-'));
  made.push(dir);
  return join(dir, 'state');
};

describe('the stack\'s secrets', () => {
  it('are generated once, random, into a file only its owner can read, and the same on every later read', () => {
    const state = stateFolder();
    const first = ensureSecrets(state);
    expect(first.generated).toEqual([...SECRET_NAMES]);
    expect(statSync(secretsFile(state)).mode & 0o777).toBe(0o600);
    for (const value of Object.values(first.secrets)) expect(value).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(new Set(Object.values(first.secrets)).size).toBe(SECRET_NAMES.length);
    const again = ensureSecrets(state);
    expect(again.generated).toEqual([]);
    expect(again.secrets).toEqual(first.secrets);
    expect(ensureSecrets(stateFolder()).secrets.postgres_admin).not.toBe(first.secrets.postgres_admin);
  });

  it('give each role its password from the state folder, read at each connection', () => {
    const state = stateFolder();
    const config = loadConfig({ env: { STOCKCTL_PATHS_STATE: state } });
    expect(() => rolePassword(config, 'reader')).toThrow(/no password for the PostgreSQL role "stockctl_reader" yet: .*secrets\.json does not exist/);
    const { secrets } = ensureSecrets(state);
    expect(rolePassword(config, 'admin')).toBe(secrets.postgres_admin);
    expect(rolePassword(config, 'writer')).toBe(secrets.postgres_writer);
    expect(rolePassword(config, 'reader')).toBe(secrets.postgres_reader);
    expect(readFileSync(secretsFile(state), 'utf8')).toContain(secrets.postgres_reader);
  });

  it('take a strong password set in config instead, and refuse a guessable one by its key', () => {
    const state = stateFolder();
    const strong = loadConfig({ env: { STOCKCTL_PATHS_STATE: state, STOCKCTL_POSTGRES_READER_PASSWORD: 'a-long-random-phrase-9' } });
    expect(rolePassword(strong, 'reader')).toBe('a-long-random-phrase-9');
    for (const [value, why] of [['stockctl_writer', 'well-known default'], ['stockctl_reader', 'well-known default'], ['short1', 'shorter than 12']]) {
      const weak = loadConfig({ env: { STOCKCTL_PATHS_STATE: state, STOCKCTL_POSTGRES_URL: 'postgres://admin:x@db.example/s', STOCKCTL_POSTGRES_WRITER_PASSWORD: value } });
      expect(() => rolePassword(weak, 'writer')).toThrow(new RegExp(`"postgres.writer_password" .*${why}`));
    }
  });

  it('rotate to new values, keeping the admin\'s current one until the cluster has the new one', () => {
    const state = stateFolder();
    expect(() => rotateSecrets(state)).toThrow(/nothing to rotate/);
    const { secrets: before } = ensureSecrets(state);
    rotateSecrets(state);
    const after = readSecrets(state);
    for (const name of SECRET_NAMES) expect(after?.[name], name).not.toBe(before[name]);
    expect(after?.previous_postgres_admin).toBe(before.postgres_admin);
    rotateSecrets(state); // twice before an up: the cluster still has the first one
    expect(readSecrets(state)?.previous_postgres_admin).toBe(before.postgres_admin);
    forgetPreviousAdmin(state);
    expect(readSecrets(state)?.previous_postgres_admin).toBeUndefined();
    expect(statSync(secretsFile(state)).mode & 0o777).toBe(0o600);
  });
});
