import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';
import { ensureSecrets } from '../config/secrets.js';
import { adminConnection, readerConnection, writerConnection } from './connection.js';

const state = join(mkdtempSync(join(tmpdir(), 'stockctl-conn-')), 'state');
const { secrets } = ensureSecrets(state);
afterAll(() => rmSync(join(state, '..'), { recursive: true, force: true }));

describe('connections of each role', () => {
  it('keep the TLS settings of a postgres.url, with the role\'s own name and password', () => {
    const url = 'postgres://admin:adm%40pw@db.example:6543/prices?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem';
    const config = loadConfig({ env: { STOCKCTL_PATHS_STATE: state, STOCKCTL_POSTGRES_URL: url } });
    for (const [conn, user, password] of [[readerConnection(config), 'stockctl_reader', secrets.postgres_reader], [writerConnection(config), 'stockctl_writer', secrets.postgres_writer]] as const) {
      const u = new URL(conn.connectionString as string);
      expect([u.hostname, u.port, u.pathname, decodeURIComponent(u.username), decodeURIComponent(u.password)]).toEqual(['db.example', '6543', '/prices', user, password]);
      expect(Object.fromEntries(u.searchParams)).toEqual({ sslmode: 'verify-full', sslrootcert: '/etc/ca.pem' });
    }
    expect(adminConnection(config).connectionString).toBe(url);
  });

  it('reach the own cluster with the generated passwords, over TLS when postgres.tls is on', () => {
    const plain = readerConnection(loadConfig({ env: { STOCKCTL_PATHS_STATE: state } }));
    expect(plain).toMatchObject({ host: '127.0.0.1', user: 'stockctl_reader', password: secrets.postgres_reader });
    expect(plain.ssl).toBeUndefined();
    const tls = adminConnection(loadConfig({ env: { STOCKCTL_PATHS_STATE: state, STOCKCTL_POSTGRES_TLS: 'on' } }));
    expect(tls).toMatchObject({ user: 'stockctl', password: secrets.postgres_admin, ssl: { rejectUnauthorized: false } });
  });
});
