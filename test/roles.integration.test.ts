// The roles on a real PostgreSQL (the project's own cluster, started alone): the generated passwords, and the
// reader tried at each way out of read-only, at TEMP, at its timeout and at its connection limit.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSecrets, secretsFile } from '../config/secrets.js';
import { readerConnection, writerConnection } from '../sql/connection.js';
import { Harness, runCli } from './harness.js';

const LIMIT = 3;
const TIMEOUT_MS = 400;

describe('PostgreSQL roles and passwords', { timeout: 180_000 }, () => {
  let h: Harness;
  let upOutput = '';
  const open: pg.Client[] = [];

  beforeAll(async () => {
    h = await Harness.create('roles', { STOCKCTL_POSTGRES_READER_CONNECTION_LIMIT: String(LIMIT), STOCKCTL_ASK_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS) });
    const up = await h.cli(['up', '--only', 'postgres', '--skip-setup']);
    if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}`);
    upOutput = up.stdout + up.stderr;
  });

  afterAll(async () => {
    await Promise.all(open.map((c) => c.end().catch(() => undefined)));
    await h.cli(['down', '--purge']);
  });

  async function reader(): Promise<pg.Client> {
    const client = new pg.Client(readerConnection(h.config));
    await client.connect();
    open.push(client);
    return client;
  }

  const codeOf = (sql: string, client: pg.Client) => client.query(sql).then(() => 'ok', (e: { code?: string }) => e.code);

  it('generates random passwords at the first up, mode 600, never printed', () => {
    const secrets = readSecrets(h.state);
    expect(statSync(secretsFile(h.state)).mode & 0o777).toBe(0o600);
    for (const value of Object.values(secrets ?? {})) {
      expect(value).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(upOutput).not.toContain(value);
    }
    expect(readFileSync(secretsFile(h.state), 'utf8')).not.toMatch(/"stockctl(_reader|_writer)?"/);
  });

  it('lets no one in without the password: not the old default, not an empty one, over TCP or the socket', async () => {
    const { host, port } = h.config.postgres;
    for (const conn of [{ host, port }, { host: `${h.state}/postgres/socket`, port }]) {
      for (const password of ['stockctl', '']) {
        const client = new pg.Client({ ...conn, database: 'postgres', user: 'stockctl', password, connectionTimeoutMillis: 5_000 });
        const code = await client.connect().then(() => 'connected', (e: { code?: string; message: string }) => e.code ?? e.message);
        await client.end().catch(() => undefined);
        expect(code).not.toBe('connected');
      }
    }
  });

  it('keeps the reader read-only even after it turns read-only off: no table, schema, TEMP or large object to write', async () => {
    const client = await reader();
    expect((await client.query('SHOW transaction_read_only')).rows[0].transaction_read_only).toBe('on');
    await client.query('SET default_transaction_read_only = off');
    await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE');
    expect((await client.query('SHOW transaction_read_only')).rows[0].transaction_read_only).toBe('off');
    expect(await codeOf("INSERT INTO companies (symbol, name) VALUES ('ZZZZ', 'x')", client)).toBe('42501');
    expect(await codeOf('DELETE FROM prices', client)).toBe('42501');
    expect(await codeOf('CREATE TABLE public.mine (x int)', client)).toBe('42501');
    expect(await codeOf('CREATE TEMP TABLE mine (x int)', client)).toBe('42501');
    expect(await codeOf('SELECT lo_create(0)', client)).toBe('42501');
    expect(await codeOf("SELECT lo_from_bytea(0, 'x')", client)).toBe('42501');
    expect(await codeOf('SELECT count(*) FROM prices', client)).toBe('ok');
  });

  it('stops any statement of the reader at its role-level timeout', async () => {
    const client = await reader();
    expect((await client.query('SHOW statement_timeout')).rows[0].statement_timeout).toBe(`${TIMEOUT_MS}ms`);
    expect(await codeOf(`SELECT pg_sleep(${(TIMEOUT_MS * 5) / 1000})`, client)).toBe('57014');
  });

  it('refuses the reader one session past its connection limit', async () => {
    await Promise.all(open.splice(0).map((c) => c.end()));
    for (let i = 0; i < LIMIT; i++) await reader();
    const extra = new pg.Client(readerConnection(h.config));
    const code = await extra.connect().then(() => 'connected', (e: { code?: string }) => e.code);
    await extra.end().catch(() => undefined);
    expect(code).toBe('53300');
  });

  it('rotates the passwords: refused while the stack runs, applied by the next up, the old ones refused after', async () => {
    const refused = await h.cli(['secrets', 'rotate']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('the stack is running (postgres)');
    const before = readSecrets(h.state);
    await Promise.all(open.splice(0).map((c) => c.end()));
    expect((await h.cli(['down'])).status).toBe(0);
    const rotate = await h.cli(['secrets', 'rotate']);
    expect(rotate.status, rotate.stderr).toBe(0);
    const up = await h.cli(['up', '--only', 'postgres', '--skip-setup']);
    expect(up.status, up.stderr).toBe(0);
    const after = readSecrets(h.state);
    expect(after?.previous_postgres_admin).toBeUndefined();
    for (const key of ['postgres_admin', 'postgres_writer', 'postgres_reader'] as const) expect(after?.[key]).not.toBe(before?.[key]);
    expect(await h.sql('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await reader();
    const { host, port } = h.config.postgres;
    for (const [user, password] of [['stockctl', before?.postgres_admin], ['stockctl_reader', before?.postgres_reader], ['stockctl_writer', before?.postgres_writer]]) {
      const old = new pg.Client({ host, port, database: 'stockctl', user, password, connectionTimeoutMillis: 5_000 });
      const code = await old.connect().then(() => 'connected', (e: { code?: string }) => e.code);
      await old.end().catch(() => undefined);
      expect(code, user).toBe('28P01');
    }
  });

  it('takes over a cluster made before passwords were generated: the old default admin password is replaced at up', async () => {
    await Promise.all(open.splice(0).map((c) => c.end()));
    await h.sql("ALTER ROLE stockctl PASSWORD 'stockctl'"); // what such a cluster has
    expect((await h.cli(['down'])).status).toBe(0);
    const up = await h.cli(['up', '--only', 'postgres', '--skip-setup']);
    expect(up.status, up.stderr).toBe(0);
    expect(up.stdout + up.stderr).toContain('had the old shared default password');
    expect(await h.sql('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    const old = new pg.Client({ host: h.config.postgres.host, port: h.config.postgres.port, database: 'postgres', user: 'stockctl', password: 'stockctl', connectionTimeoutMillis: 5_000 });
    expect(await old.connect().then(() => 'connected', (e: { code?: string }) => e.code)).toBe('28P01');
    await old.end().catch(() => undefined);
  });

  it('refuses a guessable password for a server of the user\'s own before connecting to it', async () => {
    const res = await runCli({ ...h.env, STOCKCTL_PATHS_STATE: join(h.state, 'other'), STOCKCTL_POSTGRES_URL: 'postgres://admin:x@127.0.0.1:9/stockctl', STOCKCTL_POSTGRES_WRITER_PASSWORD: 'stockctl_writer' }, ['up', '--only', 'postgres', '--skip-setup']);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('config key "postgres.writer_password" is a well-known default');
    expect(res.stdout).not.toContain('PostgreSQL at 127.0.0.1:9');
  });

  it('leaves the writer its TEMP tables (the Spark job stages in them)', async () => {
    const client = new pg.Client(writerConnection(h.config));
    await client.connect();
    try {
      expect(await codeOf('CREATE TEMP TABLE staging (x int)', client)).toBe('ok');
    } finally {
      await client.end();
    }
  });
});
